import { describe, expect, it } from 'vitest';
import {
  endsSentence,
  hasPositionMarker,
  imageSource,
  isAltText,
  isBoilerplate,
  isBracketLink,
  isCopyright,
  isImageRef,
  isRelatedHeader,
  isSourceLine,
  isTagLine,
  sectionOf,
  splitGluedAlt,
  taggedImage,
} from '../../../src/readers/text/patterns.js';

describe('line patterns', () => {
  it('IMAGE_REF: file names and URLs of images', () => {
    for (const t of ['le-tien-chau.jpg', 'flc vietnamnet.jpg', 'Ảnh màn hình 2026-03-06 lúc 23.12.56.png', 'a.webp', 'https://cdn.vn/a/b.jpeg?w=600', 'x.GIF']) {
      expect(isImageRef(t), t).toBe(true);
    }
    for (const t of ['Xem ảnh tại đây.', 'https://congluan.vn/', 'jpg', 'Ảnh: TTXVN', '.jpg', '/Uploads/ảnh 1.jpg', 'C:\\ảnh\\a.jpg', '\\\\server\\a.jpg', 'https://x.vn/a b.jpg', 'ảnh.jpg.txt']) {
      expect(isImageRef(t), t).toBe(false);
    }
    for (const t of ['1(4).jpg', 'anh.PNG?v=2', 'https://x.vn/a.jpg#top', 'IMG_0123.HEIC', 'anh.jfif', '/Uploads/images/2025/03/anh-1.jpg', '//cdn.vn/a.png']) expect(isImageRef(t), t).toBe(true);
    expect(isImageRef('a'.repeat(300) + '.jpg')).toBe(false);
    // An image CDN's address with no extension, its format in the query (audit r49); traps: a page's query, a file name with no URL.
    for (const t of ['https://img.x.vn/abc123?format=webp&w=800', 'https://cdn.vn/p/xyz?w=680&fm=jpg', 'https://cdn.vn/p/xyz?fm=PNG#a']) expect(isImageRef(t), t).toBe(true);
    for (const t of ['https://x.vn/tin-tuc?format=amp', 'https://x.vn/a?page=2&format=json', 'https://x.vn/anh?formats=webp', 'abc123?format=webp', 'https://x.vn/a?format=webp x']) expect(isImageRef(t), t).toBe(false);
    // Markdown images, with a table cell's bar; the address is the image's source (none when empty).
    for (const t of ['![]()', '![]() |', '![Ảnh 1](https://cdn.vn/a.jpg)', '![x](a.png)|']) expect(isImageRef(t), t).toBe(true);
    for (const t of ['![]() | x', '![a](b c)', '!không', '![Ảnh] chú thích']) expect(isImageRef(t), t).toBe(false);
    expect(imageSource('![Ảnh 1](https://cdn.vn/a.jpg)')).toBe('https://cdn.vn/a.jpg');
    expect(imageSource('![]() |')).toBeNull();
    expect(imageSource('le-tien-chau.jpg')).toBe('le-tien-chau.jpg');
    // A page dump's "<image>SRC alt="ALT"</image>": an image line; its address a URL or none, its alt text inside.
    const dump = '<image>data:image/s3,"s3://crabby-images/a4d57/a4d579b8b90c166158426f4199bca5a80cb736a7" alt="Lãnh đạo tỉnh trao quyết định. Ảnh: HẢI HÀ"</image>';
    expect(isImageRef(dump)).toBe(true);
    expect(taggedImage(dump)).toEqual({ src: null, alt: 'Lãnh đạo tỉnh trao quyết định. Ảnh: HẢI HÀ' });
    expect(taggedImage('<image>https://cdn.vn/a.jpg alt=""</image>')).toEqual({ src: 'https://cdn.vn/a.jpg', alt: null });
    expect(imageSource('<image>https://cdn.vn/a.jpg</image>')).toBe('https://cdn.vn/a.jpg');
    for (const t of ['<image>a.jpg', '<image>x</image> và chú thích', 'Ảnh <image>x</image>']) expect(isImageRef(t), t).toBe(false);
  });

  it('ALT_TEXT and GLUED_ALT: image alt text left in the copy', () => {
    expect(isAltText('Những sai sót hộ kinh doanh thường gặp - Ảnh 1.')).toBe(true);
    expect(isAltText('Toan canh Quoc hoi tien hanh bau Chu tich nuoc - Anh 1')).toBe(true);
    expect(isAltText('Ảnh 1 cho thấy điều đó.')).toBe(false);
    expect(splitGluedAlt('Bổ nhiệm hai thứ trưởng ảnh 1Trung tướng Võ Minh Lương (trái).')).toEqual({
      alt: 'Bổ nhiệm hai thứ trưởng',
      caption: 'Trung tướng Võ Minh Lương (trái).',
    });
    expect(splitGluedAlt('Xem ảnh 1 và ảnh 2.')).toBeNull();
  });

  it('TAG_LINE, COPYRIGHT, SOURCE_LINE, BRACKET_LINK', () => {
    expect(isTagLine('#xử phạt thao túng chứng khoán # AAT')).toBe(true);
    expect(isTagLine('Từ khóa: cầu, Hà Nội')).toBe(true);
    expect(isTagLine('Tags: kinh tế')).toBe(true);
    expect(isTagLine('Số 1 trong năm')).toBe(false);
    expect(isCopyright('Bản quyền © Báo điện tử Thể thao & Văn hóa - TTXVN')).toBe(true);
    expect(isCopyright('(*) Không sao chép dưới mọi hình thức khi chưa có sự đồng ý')).toBe(true);
    expect(isCopyright('Bản quyền tác giả là vấn đề lớn.')).toBe(false);
    expect(isCopyright('© 2025 Báo Nhân Dân')).toBe(true);
    expect(isSourceLine('Nguồn Công Luận: https://congluan.vn/')).toBe(true);
    expect(isSourceLine('Nguồn: www.baochinhphu.vn')).toBe(true);
    expect(isSourceLine('Nguồn vốn đầu tư công tăng mạnh trong năm.')).toBe(false);
    expect(isBracketLink('[Thủ tướng bổ nhiệm Thứ trưởng Bộ Văn hóa, Thể thao và Du lịch]')).toBe(true);
    expect(isBracketLink('[1]')).toBe(false);
  });

  it('BOILERPLATE_LINES, counters and audio-player leftovers', () => {
    for (const t of ['Chia sẻ', 'Bình luận', 'Bình luận bài viết này', 'TIN LIÊN QUAN', '1.234 lượt xem', 'Lượt xem: 1234', '00:00 / 03:12', 'Nghe bài viết']) {
      expect(isBoilerplate(t), t).toBe(true);
    }
    expect(isBoilerplate('Chia sẻ kinh nghiệm làm giàu từ nông nghiệp')).toBe(false);
    // A player's clock at zero alone; a time of day is no chrome.
    for (const t of ['0:00', '00:00', '0:00:00']) expect(isBoilerplate(t), t).toBe(true);
    for (const t of ['10:00', '0:05', '00:30']) expect(isBoilerplate(t), t).toBe(false);
    // Links to other stories behind arrows, a player's fallback text, a table of contents' label.
    for (const t of ['>>> HLV Park Hang seo nắn gân ĐT Việt Nam bằng bài tập siêu dị', '>> Đại hội Đoàn tỉnh Bình Phước', 'Your browser does not support the video tag.', 'Mục lục']) {
      expect(isBoilerplate(t), t).toBe(true);
    }
    for (const t of ['> Trích dẫn một câu', 'Giá vàng tăng >> 2 triệu đồng']) expect(isBoilerplate(t), t).toBe(false);
    for (const t of ['./.', '(Hết)', '***', '* * *', '---', 'o0o', '|', '| |']) expect(isBoilerplate(t), t).toBe(true);
    for (const t of ['- Thứ nhất, tăng cường hợp tác.', '* Nhân dịp đồng chí được bầu']) expect(isBoilerplate(t), t).toBe(false);
    // A view counter under the title by its other labels.
    for (const t of ['Người xem: 162', 'Số lượt xem: 1.024', 'Lượt truy cập: 35']) expect(isBoilerplate(t), t).toBe(true);
    expect(isBoilerplate('Người xem: đông nghịt')).toBe(false);
  });

  it('a "read on" link ("Đọc tiếp…", an ellipsis after it) and a menu button ("Tất cả chuyên mục") are chrome', () => {
    for (const t of ['Đọc tiếp…', 'Đọc tiếp', 'Xem thêm…', 'Tất cả chuyên mục', 'TẤT CẢ CHUYÊN MỤC']) expect(isBoilerplate(t), t).toBe(true);
    // Traps: a sentence that opens with the words, a word cut off by an ellipsis.
    for (const t of ['Đọc tiếp phần hai của loạt bài vào số sau.', 'Tất cả chuyên mục đều được cập nhật hằng ngày.', 'Đọc…']) {
      expect(isBoilerplate(t), t).toBe(false);
    }
  });

  it('an invitation to the site\'s programmes ("Mời quý độc giả theo dõi …") and a player\'s "now playing" and close button are chrome', () => {
    for (const t of ['Mời quý độc giả theo dõi các chương trình đã phát sóng của Đài Truyền hình Việt Nam TV Online.', 'Mời bạn đọc đón đọc kỳ tiếp theo.', 'ĐANG PHÁT', 'X']) {
      expect(isBoilerplate(t), t).toBe(true);
    }
    // Traps: an invitation inside the story, a headline with "X" in it.
    for (const t of ['Mời khách vào nhà, ông Ba kể lại chuyện cũ.', 'Mời quý khách tham quan triển lãm ảnh.', 'X quang phổi cho thấy tổn thương nặng']) {
      expect(isBoilerplate(t), t).toBe(false);
    }
  });

  it('a blog\'s comment form (WordPress): its notice, heading and cancel link are chrome', () => {
    for (const t of [
      'Email của bạn sẽ không được hiển thị công khai. Các trường bắt buộc được đánh dấu *',
      'Địa chỉ email của bạn sẽ không được công bố. Các trường bắt buộc được đánh dấu *',
      'Để lại một bình luận',
      'Hủy trả lời',
      'Leave a Reply',
    ]) {
      expect(isBoilerplate(t), t).toBe(true);
    }
    // Trap: a sentence about an email address is prose.
    expect(isBoilerplate('Email của bạn đọc gửi về tòa soạn cho biết nhiều hộ dân đã mất nước ba ngày.')).toBe(false);
  });

  it('HOTLINE, WEATHER, POWERED_BY and "(0) Bình luận": site bars, widgets and CMS credits', () => {
    for (const t of [
      'HOTLINE: 0903.343.439 - HOTLINE Phát hành: 0819.123.127 - ĐẶT MUA BÁO',
      'Đường dây nóng: 0912 345 678',
      '| TP HỒ CHÍ MINH 34°C /57% weather',
      'POWERED BY ONECMS - A PRODUCT OF NEKO',
      '(0) Bình luận',
      '• Click để copy',
      'Mời bạn thảo luận hoặc đánh giá về bài viết này',
      'Bài viết hay? Hãy đánh giá bài viết',
      'Đang tải dữ liệu ...',
      'Email: danchuphapluat@moj.gov.vn',
      'Tư vấn luật lao động, gọi 1900.6162',
      'Hỏi:',
      'Xem cỡ chữ',
      'Hà Nội: 26°C Hà Nội',
      'Đà Nẵng: 30°C',
      'En',
    ]) {
      expect(isBoilerplate(t), t).toBe(true);
    }
    // Traps: a headline with a temperature, a sentence about a hotline, a number of comments in prose.
    for (const t of ['Hà Nội nắng nóng 40°C, người dân đổ ra đường', 'Hà Nội: 40°C ngày mai', 'Hotline của bệnh viện đã nhận 300 cuộc gọi trong ngày.', '(0) Bình luận viên nói gì về trận đấu']) {
      expect(isBoilerplate(t), t).toBe(false);
    }
  });

  it('RELATED_HEADERS', () => {
    expect(isRelatedHeader('TIN LIÊN QUAN')).toBe(true);
    expect(isRelatedHeader('Xem thêm:')).toBe(true);
    expect(isRelatedHeader('Tin liên quan đến vụ án đã được công bố.')).toBe(false);
  });

  it('POSITION_MARKER: captions that place people in a photo', () => {
    expect(hasPositionMarker('Ông A (bên phải) tặng hoa ông B (bên trái)')).toBe(true);
    expect(hasPositionMarker('Ông Đỗ Tiến Đông (đứng giữa).')).toBe(true);
    expect(hasPositionMarker('Bà C (thứ hai từ trái sang) nhận bằng khen')).toBe(true);
    expect(hasPositionMarker('Khách hàng mua vàng. Ảnh minh họa')).toBe(true);
    expect(hasPositionMarker('Bộ Y tế kêu gọi người dân phòng chống COVID-19 (hình minh họa)')).toBe(true);
    expect(hasPositionMarker('Xem hình minh họa ở trang sau (trang 4)')).toBe(false);
    expect(hasPositionMarker('Rẽ phải ở ngã tư.')).toBe(false);
  });

  it('SENTENCE_END', () => {
    expect(endsSentence('Câu kết thúc.')).toBe(true);
    expect(endsSentence('Anh nói: “Được.”')).toBe(true);
    expect(endsSentence('Cổ phiếu FLC được giao dịch trở lại')).toBe(false);
  });

  it('sectionOf: known sections, combined and breadcrumbs', () => {
    expect(sectionOf('Chính trị')).toBe('Chính trị');
    expect(sectionOf('Chính trị - Xã hội')).toBe('Chính trị - Xã hội');
    // A breadcrumb's separator before its first level.
    expect(sectionOf('» Chính trị')).toBe('Chính trị');
    expect(sectionOf('> Thời sự > Chính trị')).toBe('Thời sự');
    expect(sectionOf('Đầu tư tài chính')).toBe('Đầu tư tài chính');
    expect(sectionOf('Thời sự > Chính trị')).toBe('Thời sự');
    // Levels glued by a copy ("Văn hóaSức khỏe"): the first, when each of its parts is a section's name.
    expect(sectionOf('Y tế - Văn hóaSức khỏe đời sống')).toBe('Y tế - Văn hóa');
    expect(sectionOf('Thời sựGiao thông')).toBe('Thời sự');
    // Traps: a brand written in camel case is no glued level.
    expect(sectionOf('Kinh doanh xe VinFast: doanh số tăng')).toBeNull();
    expect(sectionOf('Trang chủ > Thời sự > Chính trị')).toBe('Thời sự');
    expect(sectionOf('Sức khoẻ')).toBe('Sức khoẻ');
    expect(sectionOf('TTVH Online')).toBeNull();
    expect(sectionOf('Vũ Ba')).toBeNull();
    expect(sectionOf('Kinh tế tăng trưởng 8% trong năm 2025')).toBeNull();
    // A short headline that opens with a section's name goes on for more than a narrower section would.
    expect(sectionOf('Thể thao quốc tế')).toBe('Thể thao quốc tế');
    expect(sectionOf('Hà Nội khánh thành cầu mới')).toBeNull();
    expect(sectionOf('Giáo dục đổi mới thi cử')).toBeNull();
  });

  it('sectionOf: a breadcrumb parted by arrows names its first level, known or not', () => {
    expect(sectionOf('Đời thường > Công nghệ')).toBe('Đời thường');
    expect(sectionOf('Nhịp sống › Ẩm thực › Món ngon')).toBe('Nhịp sống');
    expect(sectionOf('Trang chủ » Góc nhìn » Bình luận')).toBe('Góc nhìn');
    // Traps: an unknown label parted by a bar or a slash, a level in lower case, a long level, a headline with an arrow.
    expect(sectionOf('Đời thường | Công nghệ')).toBeNull();
    expect(sectionOf('Đời thường > công nghệ')).toBeNull();
    expect(sectionOf('Đời thường > Những chiếc xe máy cũ của phố')).toBeNull();
    expect(sectionOf('Giá vàng > 90 triệu đồng')).toBeNull();
    expect(sectionOf('Lãi suất>Lạm phát')).toBeNull();
  });

  it('sectionOf: a breadcrumb separated by bars, and a CMS export\'s "Chuyên mục:" label before the section', () => {
    expect(sectionOf('Quốc tế | Châu Mỹ')).toBe('Quốc tế');
    expect(sectionOf('Trang chủ | Thời sự | Chính trị')).toBe('Thời sự');
    expect(sectionOf('Chuyên mục: Thời sự')).toBe('Thời sự');
    expect(sectionOf('Danh mục : Kinh tế > Tài chính')).toBe('Kinh tế');
    // Traps: a title with the site's name after a bar, a byline with its time, a label before no section.
    expect(sectionOf('Hà Nội khánh thành cầu mới | HNMO')).toBeNull();
    expect(sectionOf('Minh Anh | 11/03/2025 20:25')).toBeNull();
    expect(sectionOf('Chuyên mục: Những câu chuyện cảm động về tình người')).toBeNull();
  });
});
