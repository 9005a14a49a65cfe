import { describe, expect, it } from 'vitest';
import { authorsOfLine, isCitedOutlet } from '../../../src/readers/text/authors.js';
import { readPlainText } from '../../../src/readers/text/index.js';
import { namedSource } from '../../../src/readers/text/tail.js';
import { isArrowHeadline, isPhotoPlaceholder } from '../../../src/readers/text/patterns.js';

const read = (lines: string[]) => readPlainText(lines.join('\n')).fields;
const TITLE = 'Bình Lâm di dời hơn 300 hộ dân khỏi vùng sạt lở';
const LEAD = 'Sáng 11/3, UBND tỉnh Bình Lâm quyết định di dời khẩn cấp 312 hộ dân ở các huyện miền núi.';
const P1 = 'Mỗi hộ di dời được hỗ trợ 60 triệu đồng để làm nhà mới.';
const P2 = 'Theo kế hoạch, việc di dời hoàn thành trước ngày 15/4.';
const P3 = 'Ngoài ra, tỉnh hỗ trợ tiền di chuyển và ổn định đời sống trong sáu tháng đầu.';
const HEAD = ['Xã hội', '11/03/2025 20:25', TITLE, LEAD];

describe('readPlainText: the signature at the end', () => {
  it('a bulleted signature ("* Hoàng Lam", "- Minh Quân", "• Thu Hà") signs without its bullet', () => {
    for (const bullet of ['*', '-', '•']) {
      const fields = read([...HEAD, P1, P2, `${bullet} Hoàng Lam`, 'Bình luận', 'Gửi bình luận', 'Đăng nhập để bình luận']);
      expect(fields.byline?.authors, bullet).toEqual(['Hoàng Lam']);
      expect(fields.paragraphs, bullet).toEqual([P1, P2]);
    }
  });

  it("a comment box's login prompt under the signature is chrome", () => {
    for (const prompt of ['Đăng nhập để bình luận', 'Bạn cần đăng nhập để bình luận', 'Vui lòng đăng nhập để bình luận']) {
      const fields = read([...HEAD, P1, P2, 'Hoàng Lam', 'Gửi bình luận', prompt]);
      expect(fields.byline?.authors, prompt).toEqual(['Hoàng Lam']);
      expect(fields.paragraphs, prompt).toEqual([P1, P2]);
    }
  });

  it('a bulleted writer with the outlet after a slash, or above an outlet cited under it, signs', () => {
    expect(read([...HEAD, P1, P2, '- Văn An/VOV', 'Chia sẻ']).byline?.authors).toEqual(['Văn An/VOV']);
    expect(read([...HEAD, P1, P2, '- PV (tổng hợp)']).byline?.authors).toEqual(['PV']);
    const cited = read([...HEAD, P1, P2, '* Thu Hà', 'Theo TTXVN']);
    expect(cited.byline?.authors).toEqual(['Thu Hà']);
    expect(cited.paragraphs).toEqual([P1, P2]);
  });

  it("under an interview's last line behind the same dash, the dashed name signs", () => {
    const fields = read([...HEAD, '- Thưa ông, người dân cần làm gì?', P1, '- Xin cảm ơn ông!', '- Thu Hằng']);
    expect(fields.byline?.authors).toEqual(['Thu Hằng']);
    expect(fields.paragraphs).toEqual(['- Thưa ông, người dân cần làm gì?', P1, '- Xin cảm ơn ông!']);
  });

  it('a list of people at the end, each behind the same bullet, is the body\'s (trap)', () => {
    const fields = read([...HEAD, 'Danh sách được khen thưởng gồm:', '- Trần Thị Bình', '- Nguyễn Văn An']);
    expect(fields.paragraphs).toEqual(['Danh sách được khen thưởng gồm:', '- Trần Thị Bình', '- Nguyễn Văn An']);
    expect(fields.byline?.authors ?? []).toEqual([]);
  });

  it('a bulleted list item that is no name stays a paragraph (trap)', () => {
    const fields = read([...HEAD, 'Các hộ được hỗ trợ:', '- Di dời tập trung đến khu tái định cư.', '- Tự tìm nơi ở mới an toàn.']);
    expect(fields.paragraphs).toEqual(['Các hộ được hỗ trợ:', '- Di dời tập trung đến khu tái định cư.', '- Tự tìm nơi ở mới an toàn.']);
  });
});

describe('authorsOfLine: writers joined by a bar', () => {
  it('"Thanh Hùng | Nguyễn Huế" names two writers', () => {
    expect(authorsOfLine('Thanh Hùng | Nguyễn Huế')).toEqual(['Thanh Hùng', 'Nguyễn Huế']);
    const fields = read([...HEAD, P1, P2, 'Thanh Hùng | Nguyễn Huế', 'Bình luận']);
    expect(fields.byline?.authors).toEqual(['Thanh Hùng', 'Nguyễn Huế']);
    expect(fields.paragraphs).toEqual([P1, P2]);
  });

  it('a bar between labels that are no names signs nobody (trap)', () => {
    expect(authorsOfLine('Thời sự | Chính trị trong nước')).toBeNull();
    expect(authorsOfLine('Giá vàng hôm nay | Tăng mạnh sau phiên sáng')).toBeNull();
  });
});

describe('readPlainText: the outlet cited under the writer', () => {
  it('"Theo TTXVN", "Theo Báo Hà Nội Mới" under a writer\'s name is where the piece first ran, no second author', () => {
    for (const outlet of ['Theo TTXVN', 'Theo Báo Hà Nội Mới', 'Theo vtv.vn']) {
      const fields = read([...HEAD, P1, P2, 'Minh Thu', outlet, 'Chia sẻ']);
      expect(fields.byline?.authors, outlet).toEqual(['Minh Thu']);
      expect(fields.paragraphs, outlet).toEqual([P1, P2]);
    }
  });

  it('a paper\'s title of two names joined by "&" ("Theo Kinh tế & Đô thị") is an outlet too', () => {
    for (const outlet of ['Theo Kinh tế & Đô thị', 'Theo Sức khỏe & Đời sống', 'Theo Khoa học & Phát triển']) {
      const fields = read([...HEAD, P1, P2, 'Thanh Xuân', outlet, '', 'Tags: giá xăng dầu Bộ Tài chính']);
      expect(fields.byline?.authors, outlet).toEqual(['Thanh Xuân']);
      expect(fields.paragraphs, outlet).toEqual([P1, P2]);
      expect(isCitedOutlet(outlet), outlet).toBe(true);
    }
    // Traps: two writers joined by "&" sign both; a sentence with "&" is no outlet.
    expect(authorsOfLine('Theo Minh Anh & Thu Hà')).not.toEqual(['Minh Anh & Thu Hà']);
    expect(isCitedOutlet('Theo Minh Anh & Thu Hà')).toBe(false);
    expect(isCitedOutlet('Theo Bộ Tài chính & các bộ, ngành liên quan, giá xăng sẽ giảm.')).toBe(false);
  });

  it('alone at the end, the cited agency signs the piece (trap)', () => {
    expect(read([...HEAD, P1, P2, 'Theo TTXVN']).byline?.authors).toEqual(['TTXVN']);
  });

  it('a person cited so, or a paragraph opening with "Theo", is no outlet (trap)', () => {
    expect(isCitedOutlet('Theo Thanh Hảo')).toBe(false);
    expect(isCitedOutlet('Theo kế hoạch, việc di dời hoàn thành trước ngày 15/4.')).toBe(false);
    expect(isCitedOutlet('Theo TTXVN')).toBe(true);
    const fields = read([...HEAD, P1, 'Minh Thu', P2]);
    expect(fields.paragraphs).toContain(P2);
  });
});

describe('readPlainText: the share box repeating the title and the sapo at the end', () => {
  it('the title and the sapo printed again as the last lines, chrome below or not, are dropped; the signature above them signs', () => {
    for (const chrome of [[], ['Chia sẻ']]) {
      const fields = read([...HEAD, P1, P2, 'Mộc Miên', TITLE, LEAD, ...chrome]);
      expect(fields.paragraphs).toEqual([P1, P2]);
      expect(fields.images).toEqual([]);
      expect(fields.byline?.authors).toEqual(['Mộc Miên']);
    }
  });

  it("the card's sapo may leave out the site's mark the lead opens with ('TTO - ')", () => {
    const fields = read(['Xã hội', '11/03/2025 20:25', TITLE, `TTO - ${LEAD}`, P1, P2, 'HÀ MAI', TITLE, LEAD, 'Chia sẻ']);
    expect(fields.paragraphs).toEqual([P1, P2]);
    expect(fields.images).toEqual([]);
    expect(fields.byline?.authors).toEqual(['HÀ MAI']);
  });

  it('the title alone printed again over the share buttons is dropped, and the signature above it read', () => {
    const fields = read([...HEAD, P1, P2, 'Hoàng Lam', TITLE, 'Chia sẻ', 'Bình luận (0)']);
    expect(fields.paragraphs).toEqual([P1, P2]);
    expect(fields.byline?.authors).toEqual(['Hoàng Lam']);
  });

  it('a body paragraph that quotes the title is no share box (trap)', () => {
    const quoted = `Bài viết "${TITLE}" được nhiều bạn đọc quan tâm.`;
    expect(read([...HEAD, P1, quoted, P2]).paragraphs).toEqual([P1, quoted, P2]);
  });
});

describe('readPlainText: related links in the body', () => {
  it('arrowed headlines with a full stop inside a number or an abbreviation are links too', () => {
    expect(isArrowHeadline('> Ký túc xá mới 3.000 chỗ ở của Đại học Quốc gia TP.HCM đi vào hoạt động')).toBe(true);
    const links = ['> Sinh viên chật vật tìm phòng trọ giá rẻ', '> Ký túc xá mới 3.000 chỗ ở của Đại học Quốc gia TP.HCM đi vào hoạt động'];
    expect(read([...HEAD, P1, ...links, P2]).paragraphs).toEqual([P1, P2]);
  });

  it('an arrowed line that ends a sentence or has a colon is no headline (trap)', () => {
    expect(isArrowHeadline('> Giá vé là 8.000 đồng.')).toBe(false);
    expect(isArrowHeadline('> Ông nói: 3.000 chỗ là chưa đủ')).toBe(false);
    expect(isArrowHeadline('> Ab.')).toBe(false);
  });
});

describe('readPlainText: placeholders where a photo stood', () => {
  const CAPTION = 'Lãnh đạo tỉnh cắt băng khánh thành cầu Bạch Đằng 2';
  it('"Responsive image", "[Ảnh]", "Ảnh minh họa" stand for a photo; a caption-like line glued under it is its caption', () => {
    for (const mark of ['Responsive image', '[Ảnh]', '[Hình ảnh]', 'Ảnh minh họa', '(Ảnh minh hoạ)']) {
      const fields = read([...HEAD, P1, mark, CAPTION, P2]);
      expect(fields.paragraphs, mark).toEqual([P1, P2]);
      expect(fields.images, mark).toMatchObject([{ src: null, caption: CAPTION, credit: null }]);
      const credited = read([...HEAD, P1, mark, 'Xe buýt điện chạy thử trên đường ven biển. Ảnh: Hoàng Hiệp', P2]);
      expect(credited.images, mark).toMatchObject([{ caption: 'Xe buýt điện chạy thử trên đường ven biển.', credit: 'Hoàng Hiệp' }]);
    }
  });

  it('in a text double-spaced throughout, the caption stands one blank line under the placeholder', () => {
    const spaced = [...HEAD, P1, '[Ảnh]', CAPTION, P2, 'Ảnh minh họa', P3, 'Hoàng Lam'].join('\n\n');
    const fields = readPlainText(spaced).fields;
    expect(fields.paragraphs).toEqual([P1, P2, P3]);
    expect(fields.images).toMatchObject([{ caption: CAPTION }, { caption: null }]);
  });

  it('alone, or above a sentence of the story, the placeholder is a photo with no caption (trap: the sentence stays)', () => {
    for (const mark of ['Responsive image', '[Ảnh]', 'Ảnh minh họa']) {
      const fields = read([...HEAD, P1, mark, P2, 'Chia sẻ']);
      expect(fields.paragraphs, mark).toEqual([P1, P2]);
      expect(fields.images, mark).toMatchObject([{ src: null, caption: null, credit: null }]);
    }
  });

  it('a sentence that names an illustration is no placeholder (trap)', () => {
    expect(isPhotoPlaceholder('Ảnh minh họa cho bài viết được lấy từ kho ảnh của tòa soạn.')).toBe(false);
    expect(isPhotoPlaceholder('Ảnh: Hoàng Hiệp')).toBe(false);
    expect(isPhotoPlaceholder('[Ảnh]')).toBe(true);
  });
});

describe('readPlainText: a related box in the body', () => {
  const Q = 'TP.HCM đề xuất học sinh nghỉ Tết 3 tuần, giáo viên nói gì?';
  const H = 'Lịch nghỉ Tết Nguyên đán 2025 của học sinh 63 tỉnh thành';
  it('under its header a headline may ask a question', () => {
    expect(read([...HEAD, P1, 'Xem thêm:', H, Q, '', P2, P3]).paragraphs).toEqual([P1, P2, P3]);
  });

  it('in a text double-spaced throughout, the links one blank line apart are one box', () => {
    const spaced = [...HEAD, P1, 'ĐỌC THÊM', H, 'Vịnh Hạ Long lọt top điểm đến đẹp nhất châu Á', P2, P3, 'Chia sẻ'].join('\n\n');
    expect(readPlainText(spaced).fields.paragraphs).toEqual([P1, P2, P3]);
  });

  it('past a blank line in a text that is not double-spaced, a short line is the story again (trap)', () => {
    expect(read([...HEAD, '', P1, 'Xem thêm:', H, '', 'Lịch thi học kỳ', P2, P3]).paragraphs).toEqual([P1, 'Lịch thi học kỳ', P2, P3]);
  });

  it('a question in the story, no box above it, stays (trap)', () => {
    expect(read([...HEAD, P1, 'Giáo viên được nghỉ bao lâu?', P2]).paragraphs).toEqual([P1, 'Giáo viên được nghỉ bao lâu?', P2]);
  });

  it("a short common label glued under the box's links, with the story under it, is the body's sub-heading", () => {
    for (const sub of ['Ba giải pháp trọng tâm cuối năm', 'Lịch thi, lịch kết thúc học kỳ', 'Quỹ bình ổn còn hơn 6.000 tỷ đồng', 'MỤC TIÊU ĐẾN NĂM 2030']) {
      expect(read([...HEAD, P1, 'Xem thêm:', H, Q, sub, P2, P3]).paragraphs, sub).toEqual([P1, sub, P2, P3]);
      expect(read([...HEAD, P1, '* Xem thêm:', H, sub, '', P2, P3]).paragraphs, sub).toEqual([P1, sub, P2, P3]);
    }
  });

  it('a box of the site\'s videos ("Video đang được quan tâm") is a related box, in the body and under the signature', () => {
    const inBody = read([...HEAD, P1, 'Video đang được quan tâm', H, 'Sông Tô Lịch sau 5 năm làm sạch', '', 'MỤC TIÊU ĐẾN NĂM 2030', '', P2, P3]);
    expect(inBody.paragraphs).toEqual([P1, 'MỤC TIÊU ĐẾN NĂM 2030', P2, P3]);
    const atEnd = read([...HEAD, P1, P2, '', 'Hải Hiền', '', 'Video đang được quan tâm', H, 'Cháy nhà trọ ở quận Cầu Giấy, nhiều người thoát nạn']);
    expect(atEnd.paragraphs).toEqual([P1, P2]);
    expect(atEnd.byline?.authors).toEqual(['Hải Hiền']);
    // Trap: a sentence of the story opening with the same words stays.
    const prose = 'Video đang được quan tâm nhất tuần qua ghi lại cảnh lũ cuốn trôi cây cầu tạm ở Kỳ Sơn.';
    expect(read([...HEAD, P1, prose, P2]).paragraphs).toEqual([P1, prose, P2]);
  });

  it("a last link naming someone, as long as the others, or with no story under it stays in the box (traps)", () => {
    // Names in it: a headline, however short.
    expect(read([...HEAD, P1, 'Tin liên quan', H, 'Thủ tướng tiếp Chủ tịch Tập đoàn Temasek', P2, P3]).paragraphs).toEqual([P1, P2, P3]);
    // As long as the link above it.
    expect(read([...HEAD, P1, 'Xem thêm:', 'Giá vàng tăng mạnh', 'Lãi suất tiết kiệm giảm', P2, P3]).paragraphs).toEqual([P1, P2, P3]);
    // More than eight words.
    expect(read([...HEAD, P1, 'Xem thêm:', H, 'học sinh các tỉnh miền núi được hỗ trợ thêm tiền ăn trưa', P2, P3]).paragraphs).toEqual([P1, P2, P3]);
    // No sentence of the story under it: the box's last link before a sub-heading of the story.
    expect(read([...HEAD, P1, 'Xem thêm:', H, 'Lịch thi học kỳ', '', 'Giáo viên được nghỉ bao lâu', '', P2, P3]).paragraphs).toEqual([P1, 'Giáo viên được nghỉ bao lâu', P2, P3]);
  });
});

describe("readPlainText: the photographer's line under the signature", () => {
  it('"Ảnh: Giang Huy" under the writer (bulleted or not) is the signature\'s line: no author, no photo', () => {
    for (const writer of ['Vũ Ba', '* Vũ Ba', '- Vũ Ba']) {
      const fields = read([...HEAD, P1, P2, writer, 'Ảnh: Giang Huy', 'Từ khóa: sạt lở, di dời']);
      expect(fields.byline?.authors, writer).toEqual(['Vũ Ba']);
      expect(fields.byline?.text, writer).toContain('Ảnh: Giang Huy');
      expect(fields.paragraphs, writer).toEqual([P1, P2]);
      expect(fields.images, writer).toEqual([]);
    }
  });

  it("a caption's credit on the line under it, at the end of the body, stays the photo's (trap)", () => {
    const fields = read([...HEAD, P1, P2, 'Người dân nhận tiền hỗ trợ di dời tại xã Nậm Cắn.', 'Ảnh: Hoàng Lam']);
    expect(fields.images).toMatchObject([{ caption: 'Người dân nhận tiền hỗ trợ di dời tại xã Nậm Cắn.', credit: 'Hoàng Lam' }]);
  });
});

describe('readPlainText: a source line at the end', () => {
  it('"Nguồn: VITIC/Reuters." names its source with or without the full stop: the author only when no one signs', () => {
    expect(namedSource('Nguồn: VITIC/Reuters.')).toBe('VITIC/Reuters');
    expect(read([...HEAD, P1, P2, 'Nguồn: VITIC/Reuters.']).byline?.authors).toEqual(['VITIC/Reuters']);
    const signed = read([...HEAD, P1, P2, 'Hương Giang', 'Nguồn: VITIC/Reuters.', 'Chia sẻ']);
    expect(signed.byline?.authors).toEqual(['Hương Giang']);
    expect(signed.paragraphs).toEqual([P1, P2]);
  });

  it('a source line that is a sentence names nobody (trap)', () => {
    expect(namedSource('Nguồn: Theo báo cáo của Bộ Tài chính năm 2024.')).toBeNull();
    expect(namedSource('Nguồn: Bộ Tài chính cho biết.')).toBeNull();
  });
});
