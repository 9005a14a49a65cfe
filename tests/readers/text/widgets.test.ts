import { describe, expect, it } from 'vitest';
import { readPlainText } from '../../../src/readers/text/index.js';
import { withoutWidgets } from '../../../src/readers/text/widgets.js';
import { toLines } from '../../../src/readers/text/lines.js';
import { isBoilerplate, isFooterChrome, isHeaderChrome } from '../../../src/readers/text/patterns.js';

const read = (lines: string[]) => readPlainText(lines.join('\n')).fields;
const kept = (lines: string[]) => withoutWidgets(toLines(lines.join('\n')), []).map((l) => l.text);
const TITLE = 'Thi tốt nghiệp THPT 2025: thí sinh làm bài môn Ngữ văn trong 120 phút';
const LEAD = 'Bộ Giáo dục và Đào tạo vừa ban hành quy chế thi tốt nghiệp THPT 2025, trong đó môn Ngữ văn thi theo hình thức tự luận với thời gian làm bài 120 phút.';
const P1 = 'Theo quy chế, mỗi thí sinh dự thi 4 môn gồm 2 môn bắt buộc là Toán, Ngữ văn và 2 môn tự chọn trong số các môn còn lại được học ở lớp 12.';
const P2 = 'Bộ trưởng cho biết đề thi năm nay sẽ tăng câu hỏi vận dụng, gắn với thực tiễn, giảm câu hỏi ghi nhớ máy móc.';
const HEAD = ['Giáo dục', '', TITLE, '', 'Thanh Hà', '18/03/2025 07:45 GMT+7', ''];

describe('withoutWidgets: a box under its label', () => {
  it('a summary box over the lead goes whole, label and bullets', () => {
    const f = read([...HEAD, 'Tóm tắt', '• Môn Ngữ văn thi tự luận, thời gian 120 phút.', '• Kỳ thi diễn ra ngày 26 và 27/6.', '', LEAD, '', P1]);
    expect(f).toMatchObject({ title: TITLE, lead: LEAD, paragraphs: [P1] });
    expect(read([...HEAD, 'Nội dung chính', 'Trạm y tế có bác sĩ gia đình', 'Khám bệnh bằng căn cước', '', LEAD, '', P1]).lead).toBe(LEAD);
  });

  it('a poll, a table of contents, a newsletter box and a video box go, in the body or under it', () => {
    const poll = ['Bạn nghĩ sao?', 'Bạn có thường đi cao tốc?', 'Thường xuyên', 'Chưa bao giờ', 'Bình chọn'];
    expect(read([...HEAD, LEAD, '', P1, '', ...poll, '', P2]).paragraphs).toEqual([P1, P2]);
    expect(read([...HEAD, 'Mục lục', '1. Con đường mây', '2. Những vụ chè', '', LEAD, '', '1. Con đường mây', '', P1]).paragraphs).toEqual(['1. Con đường mây', P1]);
    expect(read([...HEAD, LEAD, '', P1, '', 'Đăng ký nhận bản tin sức khỏe miễn phí', 'Đăng ký', '', P2]).paragraphs).toEqual([P1, P2]);
    expect(read([...HEAD, LEAD, '', P1, '', 'Xem thêm video', 'Dấu hiệu nhận biết bệnh sởi ở trẻ nhỏ']).paragraphs).toEqual([P1]);
  });

  it('a label alone past a blank line stays: a subheading (trap)', () => {
    expect(read([...HEAD, LEAD, '', 'Tóm tắt', '', P1, '', P2]).paragraphs).toEqual(['Tóm tắt', P1, P2]);
    expect(read([...HEAD, LEAD, '', 'Những điểm nhấn của nhiệm kỳ', '', P1]).paragraphs).toEqual(['Những điểm nhấn của nhiệm kỳ', P1]);
  });

  it('a label glued to a long paragraph, or a text with no blank lines, keeps its lines (trap)', () => {
    const long = `${P1} ${P2}`;
    expect(kept(['Điểm nhấn', long, '', P2])).toEqual(['Điểm nhấn', long, P2]);
    expect(kept(['Tóm tắt', 'Một', 'Hai'])).toEqual(['Tóm tắt', 'Một', 'Hai']);
  });

  it('a sentence about advertising or a public vote stays (trap)', () => {
    const ad = 'Theo quy định, biển quảng cáo trong khu phố cổ không được che chắn kiến trúc mặt tiền.';
    const vote = 'Người dân có thể bình chọn phương án yêu thích trên cổng thông tin điện tử của tỉnh.';
    expect(read([...HEAD, LEAD, '', 'Quảng cáo', '', ad, '', vote]).paragraphs).toEqual([ad, vote]);
  });
});

describe('withoutWidgets: comments, weather, the footer', () => {
  it("a reader's comment (its name, text and both buttons) is no signature", () => {
    const f = read([...HEAD, LEAD, '', P1, '', 'Gia Chính', '', 'Ý kiến (12)', 'Mới nhất', '', 'Minh Hoàng', 'Cần công khai vị trí camera.', 'Trả lời', 'Thích', '24', '2 giờ trước']);
    expect(f.paragraphs).toEqual([P1]);
    expect(f.byline?.authors).toEqual(['Thanh Hà', 'Gia Chính']);
  });

  it('a block with one of the buttons only stays (trap)', () => {
    expect(kept(['Hỏi: Tôi có được nghỉ phép?', 'Trả lời', 'Có, theo Bộ luật Lao động.', '', P1])).toHaveLength(4);
  });

  it('a weather widget over the header goes; a temperature in a sentence stays (trap)', () => {
    expect(read(['Hà Nội', '24°C', 'Nhiều mây', 'Độ ẩm: 85%', '', ...HEAD, LEAD, '', P1])).toMatchObject({ section: 'Giáo dục', title: TITLE, lead: LEAD });
    expect(kept(['Nhiệt độ cao nhất', '38°C là mức của ngày hôm qua ở Hà Nội, theo trung tâm khí tượng, kéo dài suốt buổi chiều và tối.'])).toHaveLength(2);
    expect(isBoilerplate('Hà Tĩnh 29°C Mây rải rác')).toBe(true);
    expect(isBoilerplate('Huế 31°C Nắng')).toBe(true);
    expect(isBoilerplate('Hà Tĩnh 29°C Bình Định')).toBe(false);
  });

  it("the paper's footer block, its editor no official, in the text's second half", () => {
    const footer = ['BÁO HÀ TĨNH - CƠ QUAN CỦA ĐẢNG BỘ TỈNH HÀ TĨNH', 'Tổng Biên tập: Nguyễn Văn Minh', 'Giấy phép số 21/GP-BTTTT', 'Địa chỉ: Số 2 Phan Đình Phùng, TP Hà Tĩnh'];
    expect(read([...HEAD, LEAD, '', P1, '', P2, '', ...footer]).paragraphs).toEqual([P1, P2]);
    expect(isFooterChrome('Giấy phép số: 286/GP-BTTTT ngày 15/6/2021')).toBe(true);
  });

  it('an editor named in the body stays (trap)', () => {
    const s = 'Tổng biên tập: Nguyễn Văn Minh là người ký quyết định này.';
    expect(kept([P1, '', s, 'Ông Minh cho biết sẽ làm rõ.', '', P2])).toContain(s);
  });
});

describe('patterns: tickers, voice pickers, comment counters', () => {
  it("a market ticker's line is chrome above the title", () => {
    for (const t of ['VN-INDEX 1.318,45 +6,72 (+0,51%)', 'VN-Index: 1.297,12 ▲ 4,35 (0,34%)', 'USD/VND: 25.630', 'Giá vàng SJC 96,30 / 97,80 triệu đồng/lượng']) {
      expect(isHeaderChrome(t), t).toBe(true);
    }
    const f = read(['VN-INDEX 1.318,45 +6,72 (+0,51%)', 'HNX-INDEX 236,18 -0,42 (-0,18%)', '', ...HEAD, LEAD, '', P1]);
    expect(f).toMatchObject({ section: 'Giáo dục', title: TITLE, lead: LEAD });
  });

  it('a sentence about the index is no ticker (trap)', () => {
    expect(isHeaderChrome('VN-Index tăng 6,72 điểm lên 1.318,45 điểm nhờ nhóm ngân hàng')).toBe(false);
    expect(isHeaderChrome('VN-Index 1.318 điểm: nhà đầu tư chốt lời')).toBe(false);
  });

  it("an audio player's voice picker and a comment counter are chrome", () => {
    for (const t of ['Giọng đọc: Nam miền Bắc', 'Giọng đọc: Nữ miền Nam', 'Giọng nữ', 'Ý kiến (12)', 'Bình luận (0)', 'Sponsored', 'Xem thêm video']) {
      expect(isBoilerplate(t), t).toBe(true);
    }
    expect(isBoilerplate('Giọng đọc của nghệ sĩ Nam miền Bắc')).toBe(false);
    expect(isBoilerplate('Ý kiến (12 người) phản đối')).toBe(false);
  });
});

describe('header: an outlet cited under the writer (audit r53)', () => {
  it('"Hà Linh" / "Theo Người Lao Động": the outlet is no second author', () => {
    const f = read(['Tài chính - ngân hàng', '', TITLE, '', '24-03-2025 - 16:40 PM', '', 'Hà Linh', 'Theo Người Lao Động', '', LEAD, '', P1]);
    expect(f.byline?.authors).toEqual(['Hà Linh']);
    expect(f.lead).toBe(LEAD);
  });

  it('a person cited under the writer, or an outlet alone, still signs (trap)', () => {
    expect(read(['Giáo dục', '', TITLE, '', 'Hà Linh', 'Theo Minh Hòa', '', LEAD, '', P1]).byline?.authors).toEqual(['Hà Linh', 'Minh Hòa']);
    expect(read(['Giáo dục', '', TITLE, '', 'Theo Người Lao Động', '', LEAD, '', P1]).byline?.authors).toEqual(['Người Lao Động']);
  });
});
