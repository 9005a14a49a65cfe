/**
 * Photos, captions and credits of audit round 49 (fixtures/audit/r49): a photo story's title opening
 * with "Ảnh:", captions in a CMS export's italics, alt text above the caption printed again with its
 * credit, and more. Each rule with the texts it must not fire on.
 */
import { describe, expect, it } from 'vitest';
import { readPlainText } from '../../../src/readers/text/index.js';
import { isPhotoStoryTitle } from '../../../src/readers/text/header.js';
import { withoutItalics } from '../../../src/readers/text/markup.js';
import { splitCredit } from '../../../src/readers/text/credit.js';

const read = (lines: string[]) => readPlainText(lines.join('\n')).fields;
const LEAD = 'Những ngày giáp Tết, phố cổ Hội An khoác lên mình diện mạo mới với sắc đỏ của đèn lồng và dòng người du xuân tấp nập.';
const P1 = 'Theo Trung tâm Quản lý bảo tồn di sản văn hóa Hội An, trong dịp Tết, phố cổ sẽ tổ chức nhiều hoạt động như hát bài chòi và trò chơi dân gian.';
const P2 = 'Du khách nên đặt phòng trước ít nhất một tuần vì các khách sạn ở trung tâm thường kín chỗ vào cuối tuần.';

describe('a photo story titled "Ảnh: …"', () => {
  it('is the title on the first line and under the section, not a credit', () => {
    const title = 'Ảnh: Sắc xuân trên phố cổ Hội An';
    for (const head of [[title], ['Văn hóa', title], [title, '28/01/2025 08:00']]) {
      const got = read([...head, '', LEAD, '', 'pho-co-1.jpg', 'Đèn lồng đỏ dọc đường Trần Phú - Ảnh: VĨNH LỘC', '', P1]);
      expect(got.title, head.join(' | ')).toBe(title);
      expect(got.lead).toBe(LEAD);
      expect(got.images.map((i) => i.caption)).toEqual(['Đèn lồng đỏ dọc đường Trần Phú']);
    }
  });

  it('isPhotoStoryTitle: a genre label and a headline in sentence case; a credit\'s name is none', () => {
    expect(isPhotoStoryTitle('Ảnh: Sắc xuân trên phố cổ Hội An')).toBe(true);
    expect(isPhotoStoryTitle('Video: Người dân đổ xăng trước giờ điều chỉnh giá')).toBe(true);
    expect(isPhotoStoryTitle('Infographic: Giá xăng tăng lần thứ ba liên tiếp')).toBe(true);
    // Traps: credits alone (names, agencies, two photographers), a caption with its credit, a lower-case label.
    expect(isPhotoStoryTitle('Ảnh: Thống Nhất/TTXVN')).toBe(false);
    expect(isPhotoStoryTitle('Ảnh: Lâm Khánh - Phương Hoa/TTXVN')).toBe(false);
    expect(isPhotoStoryTitle('Ảnh: VGP/Nhật Bắc')).toBe(false);
    expect(isPhotoStoryTitle('Ảnh: NGUYỄN KHÁNH')).toBe(false);
    expect(isPhotoStoryTitle('Toàn cảnh hội nghị. Ảnh: Trần Hải')).toBe(false);
    expect(isPhotoStoryTitle('ảnh: sắc xuân trên phố cổ')).toBe(false);
    // Who supplied the photo, in sentence case too: a credit.
    expect(isPhotoStoryTitle('Ảnh: Nhân vật cung cấp')).toBe(false);
    expect(isPhotoStoryTitle('Ảnh: Gia đình cung cấp cho báo')).toBe(false);
  });

  it('a credit alone at the top is still no title', () => {
    const got = read(['Văn hóa', 'Phố cổ Hội An rực rỡ đón Tết', 'Ảnh: Vĩnh Lộc', '', LEAD, '', P1]);
    expect(got.title).toBe('Phố cổ Hội An rực rỡ đón Tết');
  });
});

describe('a caption in a CMS export\'s italics', () => {
  it('withoutItalics: the marks around a caption go, a credit after the closing mark stays', () => {
    expect(withoutItalics('_Phó Thủ tướng chủ trì cuộc họp. Ảnh: VGP/Hải Minh_')).toBe('Phó Thủ tướng chủ trì cuộc họp. Ảnh: VGP/Hải Minh');
    expect(withoutItalics('*Toàn cảnh cuộc họp - Ảnh: VGP/Hải Minh*')).toBe('Toàn cảnh cuộc họp - Ảnh: VGP/Hải Minh');
    expect(withoutItalics('*Trang trại bò sữa.* Ảnh: Thanh Phúc')).toBe('Trang trại bò sữa. Ảnh: Thanh Phúc');
    // Traps: a bullet, bold, a marker inside a word or the text, two italic runs, a mark left open.
    for (const same of ['* Hoàng Lam', '**Toàn cảnh hội nghị**', '_id_x', 'Giá tăng 5*', '*Hà Nội* và *Huế*', '*Toàn cảnh hội nghị', '_ Toàn cảnh_']) {
      expect(withoutItalics(same), same).toBe(same);
    }
  });

  it('splitCredit reads the caption and its credit without the marks', () => {
    expect(splitCredit('_Phó Thủ tướng chủ trì cuộc họp. Ảnh: VGP/Hải Minh_')).toEqual({ caption: 'Phó Thủ tướng chủ trì cuộc họp.', credit: 'VGP/Hải Minh', label: 'Ảnh' });
    expect(splitCredit('*Thu hái chè ở Na Hang. (Ảnh: Minh Hoa)*')).toEqual({ caption: 'Thu hái chè ở Na Hang.', credit: 'Minh Hoa', label: 'Ảnh' });
    expect(splitCredit('*Trang trại bò sữa.*')).toEqual({ caption: 'Trang trại bò sữa.', credit: null, label: null });
  });

  it('under a Markdown image', () => {
    const got = read(['Kinh tế', 'Tuyên Quang thu hút vốn vào nông nghiệp', '', LEAD, '', '![Trang trại](/a/trang-trai.jpg?w=800)', '*Trang trại bò sữa công nghệ cao.* Ảnh: Thanh Phúc', '', P1]);
    expect(got.images).toMatchObject([{ src: '/a/trang-trai.jpg?w=800', caption: 'Trang trại bò sữa công nghệ cao.', credit: 'Thanh Phúc', creditLabel: 'Ảnh' }]);
  });
});

describe('alt text under the image line, then the caption again with its credit', () => {
  const ALT = 'Xe cộ nhích từng mét trên đường Giải Phóng giờ cao điểm chiều';
  it('is one photo, credited', () => {
    const got = read(['Xã hội', 'Hà Nội sẽ thu phí ô tô vào nội đô', '', LEAD, '', 'https://cdn.example.vn/thumb_w/680/un-tac.jpg', ALT, `${ALT} (Ảnh: Mạnh Quân).`, '', P1]);
    expect(got.images).toMatchObject([{ src: 'https://cdn.example.vn/thumb_w/680/un-tac.jpg', caption: ALT, credit: 'Mạnh Quân', creditLabel: 'Ảnh' }]);
    expect(got.paragraphs).toEqual([P1]);
  });
  it('trap: a line glued under the caption that goes on with more words is no repeat', () => {
    const got = read(['Xã hội', 'Hà Nội sẽ thu phí ô tô vào nội đô', '', LEAD, '', 'un-tac.jpg', `${ALT}. Ảnh: Mạnh Quân`, `${ALT} khiến nhiều người đến muộn.`, '', P2]);
    expect(got.images).toMatchObject([{ src: 'un-tac.jpg', caption: `${ALT}.`, credit: 'Mạnh Quân' }]);
  });
});

describe('a gallery\'s counter glued above its photo ("Ảnh 1" / "a-01.webp")', () => {
  const head = ['Du lịch', 'Mùa lúa chín vàng ở Mù Cang Chải', '', LEAD, ''];
  it('is dropped; the caption under the photo stays its caption', () => {
    const got = read([...head, 'Ảnh 1', 'lua-01.webp', 'Đồi Mâm Xôi ở xã La Pán Tẩn. Ảnh: Nguyễn Hằng', '', 'Ảnh 2/3', 'lua-02.webp', 'Người Mông thu hoạch lúa. Ảnh: Nguyễn Hằng', '', P1]);
    expect(got.paragraphs).toEqual([P1]);
    expect(got.images).toMatchObject([
      { src: 'lua-01.webp', caption: 'Đồi Mâm Xôi ở xã La Pán Tẩn.', credit: 'Nguyễn Hằng' },
      { src: 'lua-02.webp', caption: 'Người Mông thu hoạch lúa.', credit: 'Nguyễn Hằng' },
    ]);
  });
  it('traps: a counter above text or past a blank line, and a longer line naming a photo, stay text', () => {
    expect(read([...head, 'Ảnh 1', P1, '', P2]).paragraphs).toEqual(['Ảnh 1', P1, P2]);
    expect(read([...head, 'Ảnh 1', '', 'lua-01.webp', 'Đồi Mâm Xôi ở xã La Pán Tẩn. Ảnh: Nguyễn Hằng', '', P1]).paragraphs).toEqual(['Ảnh 1', P1]);
    expect(read([...head, 'Ảnh 1 cho thấy', 'lua-01.webp', 'Đồi Mâm Xôi. Ảnh: Nguyễn Hằng', '', P1]).paragraphs).toEqual(['Ảnh 1 cho thấy', P1]);
  });
});

describe('a caption printed above its photo, glued to the image line', () => {
  const head = ['Xã hội', 'Đà Nẵng thông xe cầu vượt nút giao Võ Chí Công', '', LEAD, '', P1, ''];
  const CAP = 'Các đại biểu cắt băng thông xe cầu vượt. Ảnh: HOÀNG HIỆP';
  it('is that photo\'s caption when the photo has none under it', () => {
    const got = read([...head, CAP, 'https://cdn.example.vn/2025/03/26/cau-vuot.jpg', '', P2]);
    expect(got.images).toMatchObject([{ src: 'https://cdn.example.vn/2025/03/26/cau-vuot.jpg', caption: 'Các đại biểu cắt băng thông xe cầu vượt.', credit: 'HOÀNG HIỆP', creditLabel: 'Ảnh' }]);
    expect(got.paragraphs).toEqual([P1, P2]);
  });
  it('traps: a photo with its own caption, a caption past a blank line, an uncredited line above', () => {
    const own = read([...head, CAP, 'cau-vuot.jpg', 'Phương tiện qua cầu vượt. Ảnh: HOÀNG HIỆP', '', P2]);
    expect(own.images).toMatchObject([
      { src: null, caption: 'Các đại biểu cắt băng thông xe cầu vượt.' },
      { src: 'cau-vuot.jpg', caption: 'Phương tiện qua cầu vượt.' },
    ]);
    const apart = read([...head, CAP, '', 'cau-vuot.jpg', '', P2]);
    expect(apart.images).toMatchObject([{ src: null, caption: 'Các đại biểu cắt băng thông xe cầu vượt.' }, { src: 'cau-vuot.jpg', caption: null }]);
    const plain = read([...head, P2, 'cau-vuot.jpg', '', P1]);
    expect(plain.images).toMatchObject([{ src: 'cau-vuot.jpg', caption: null }]);
    expect(plain.paragraphs).toEqual([P1, P2, P1]);
  });
});

describe('photos printed one under the other with one caption under the last', () => {
  const head = ['Thể thao', 'Tuyển Việt Nam vô địch AFF Cup', '', LEAD, '', P1, ''];
  const CAP = 'Xuân Son ghi bàn và ăn mừng trước khán đài. Ảnh: Minh Chiến';
  const shared = { caption: 'Xuân Son ghi bàn và ăn mừng trước khán đài.', credit: 'Minh Chiến', creditLabel: 'Ảnh' };
  it('share the caption, two or three in a row', () => {
    expect(read([...head, 'a.jpg', 'b.jpg', CAP, '', P2]).images).toMatchObject([{ src: 'a.jpg', ...shared }, { src: 'b.jpg', ...shared }]);
    expect(read([...head, 'a.jpg', 'b.jpg', 'c.jpg', CAP, '', P2]).images).toMatchObject([{ src: 'a.jpg', ...shared }, { src: 'b.jpg', ...shared }, { src: 'c.jpg', ...shared }]);
  });
  it('traps: photos apart by a blank line, a photo with its own caption, a run with no caption', () => {
    expect(read([...head, 'a.jpg', '', 'b.jpg', CAP, '', P2]).images).toMatchObject([{ src: 'a.jpg', caption: null }, { src: 'b.jpg', ...shared }]);
    expect(read([...head, 'a.jpg', 'Tiến Linh đánh đầu gỡ hòa. Ảnh: Minh Chiến', 'b.jpg', CAP, '', P2]).images).toMatchObject([
      { src: 'a.jpg', caption: 'Tiến Linh đánh đầu gỡ hòa.' }, { src: 'b.jpg', ...shared }]);
    expect(read([...head, 'a.jpg', 'b.jpg', '', P2]).images).toMatchObject([{ src: 'a.jpg', caption: null }, { src: 'b.jpg', caption: null }]);
  });
});

describe('"Chính sách" is a section (SECTION_NAMES)', () => {
  it('opens a breadcrumb whose second level is long', () => {
    const got = read(['Chính sách > Chỉ đạo quyết định của Chính phủ, Thủ tướng', 'Thủ tướng chủ trì phiên họp Chính phủ chuyên đề', '10/10/2025 17:30', '', LEAD, '', P1]);
    expect(got).toMatchObject({ section: 'Chính sách', title: 'Thủ tướng chủ trì phiên họp Chính phủ chuyên đề', lead: LEAD });
  });
  it('trap: a headline opening with the words is the title', () => {
    const got = read(['Thời sự', 'Chính sách mới có hiệu lực từ tháng 7', '', LEAD, '', P1]);
    expect(got).toMatchObject({ section: 'Thời sự', title: 'Chính sách mới có hiệu lực từ tháng 7' });
  });
});

describe('a credit alone printed above its caption, with no image line', () => {
  const head = ['Thời sự', 'Hà Nội khánh thành cầu mới qua sông Hồng', '', LEAD, ''];
  const SHORT = 'Cây cầu dài 5 km, được xây dựng trong ba năm với tổng vốn đầu tư hơn 8.000 tỷ đồng từ ngân sách thành phố.';
  const CAP = 'Chủ tịch UBND TP Hà Nội phát biểu tại lễ khánh thành.';
  it('set off from the paragraph above, credits the line glued under it, not the paragraph', () => {
    const got = read([...head, SHORT, '', 'Ảnh: Giang Huy', CAP, '', P2]);
    expect(got.images).toMatchObject([{ src: null, caption: CAP, credit: 'Giang Huy', creditLabel: 'Ảnh' }]);
    expect(got.paragraphs).toEqual([SHORT, P2]);
  });
  it('traps: a credit glued under its caption, or alone past blank lines, is the line above\'s', () => {
    const under = read([...head, P1, '', 'Toàn cảnh cây cầu mới.', 'Ảnh: Giang Huy', '', P2]);
    expect(under.images).toMatchObject([{ caption: 'Toàn cảnh cây cầu mới.', credit: 'Giang Huy' }]);
    expect(under.paragraphs).toEqual([P1, P2]);
    const apart = read([...head, P1, '', 'Toàn cảnh cây cầu mới.', '', 'Ảnh: Giang Huy', '', P2]);
    expect(apart.images).toMatchObject([{ caption: 'Toàn cảnh cây cầu mới.', credit: 'Giang Huy' }]);
    expect(apart.paragraphs).toEqual([P1, P2]);
  });
  it('trap: the line under the credit is no caption when more text is glued under it', () => {
    const got = read([...head, SHORT, '', 'Ảnh: Giang Huy', CAP, P2, '', P1]);
    expect(got.paragraphs).toContain(P2);
    expect(got.images.map((i) => i.caption)).not.toContain(P2);
  });
});

describe('an image CDN\'s address with its format in the query', () => {
  it('is a photo\'s line, its caption glued under it', () => {
    const got = read(['Kinh tế', 'Giá xăng tăng lần thứ ba liên tiếp', '', LEAD, '', 'https://img.example.vn/a1b2c3?format=webp&w=800', 'Người dân đổ xăng trên đường Láng. Ảnh: Hoàng Hà', '', P1]);
    expect(got.images).toMatchObject([{ src: 'https://img.example.vn/a1b2c3?format=webp&w=800', caption: 'Người dân đổ xăng trên đường Láng.', credit: 'Hoàng Hà' }]);
    expect(got.paragraphs).toEqual([P1]);
  });
});
