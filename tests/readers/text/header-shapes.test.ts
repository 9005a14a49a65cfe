/**
 * Header shapes of audit round 43 (fixtures/audit/r43): a menu on one line above the section, page
 * widgets above the title, a source or a labelled byline where the byline stands, dates with the
 * month in words, view counters, a sapo set in bold. Each rule with the texts it must not fire on.
 */
import { describe, expect, it } from 'vitest';
import { readPlainText } from '../../../src/readers/text/index.js';
import { isSpacedMenu } from '../../../src/readers/text/patterns.js';
import { isBoilerplate } from '../../../src/readers/text/patterns.js';
import { findTimestamp } from '../../../src/readers/text/datetime.js';
import { authorsOfLine } from '../../../src/readers/text/authors.js';
import { withoutBoldMarks } from '../../../src/readers/text/markup.js';

const read = (lines: string[]) => readPlainText(lines.join('\n'));
const TITLE = 'Hà Nội lát lại vỉa hè 12 tuyến phố cổ trước Tết';
const LEAD = 'Sáng 11/3, UBND TP Hà Nội tổ chức lễ khánh thành cầu mới bắc qua sông Hồng, nối hai bờ của thành phố.';
const P1 = 'Cầu dài 5 km, được xây dựng trong ba năm.';

describe('a site menu on one line, its items run together with spaces', () => {
  it('above the section is page chrome: the title is the headline under them', () => {
    const menus = [
      'Thời sự Góc nhìn Thế giới Video Podcasts Kinh doanh Bất động sản Khoa học Giải trí Thể thao Pháp luật Giáo dục Sức khỏe',
      'Chính trị Thời sự Kinh doanh Dân tộc Tôn giáo Thể thao Giáo dục Thế giới Đời sống Văn hóa Giải trí',
    ];
    for (const menu of menus) {
      const { fields } = read([menu, 'Thời sự', 'Thứ bảy, 13/11/2015, 08:15 (GMT+7)', TITLE, '', LEAD, '', P1]);
      expect(fields, menu).toMatchObject({ section: 'Thời sự', title: TITLE, lead: LEAD, paragraphs: [P1], published: '2015-11-13T08:15:00+07:00' });
    }
  });

  it('isSpacedMenu: four known items at least, capitalised, few other words', () => {
    expect(isSpacedMenu('Thời sự Góc nhìn Thế giới Video Podcasts Kinh doanh')).toBe(true);
    expect(isSpacedMenu('Trang chủ Thời sự Thế giới Kinh doanh')).toBe(true);
    // Traps: headlines with section names in them, a short menu, lower case, a sentence, Title Case.
    expect(isSpacedMenu('Kinh tế Việt Nam tăng trưởng mạnh trong quý ba')).toBe(false);
    expect(isSpacedMenu('Giáo dục, Y tế, Văn hóa, Thể thao, Du lịch đồng loạt tăng ngân sách')).toBe(false);
    expect(isSpacedMenu('Thời Sự Kinh Tế Xã Hội Và Giáo Dục Hôm Nay')).toBe(false);
    expect(isSpacedMenu('Thời sự Thế giới Kinh doanh')).toBe(false);
    expect(isSpacedMenu('thời sự thế giới kinh doanh giải trí thể thao')).toBe(false);
    expect(isSpacedMenu('Thời sự Thế giới Kinh doanh Giải trí Thể thao.')).toBe(false);
  });

  it('a title that names sections stays the title (trap)', () => {
    const title = 'Giáo dục, Y tế, Văn hóa, Thể thao, Du lịch đồng loạt tăng ngân sách';
    expect(read(['Thời sự', title, 'Vũ Ba 11/03/2025 - 20:25', '', LEAD, '', P1]).fields).toMatchObject({ section: 'Thời sự', title, lead: LEAD });
  });
});

describe('page widgets above the title', () => {
  it('a font-size toolbar ("A- A A+") and "Theo dõi trên Google News" are chrome', () => {
    for (const widget of ['A- A A+', 'A A A', 'Cỡ chữ: A- A+', 'Theo dõi trên Google News', 'Theo dõi trên']) expect(isBoilerplate(widget), widget).toBe(true);
    const { fields } = read(['A- A A+', 'Theo dõi trên Google News', 'Thời sự', TITLE, 'Hồng Nhung', '13/11/2015 08:15 GMT+7', '(NLĐO) - ' + LEAD, '', P1]);
    expect(fields).toMatchObject({ section: 'Thời sự', title: TITLE, lead: '(NLĐO) - ' + LEAD });
    expect(fields.byline?.authors).toEqual(['Hồng Nhung']);
  });

  it('traps: letters that are no toolbar, a sentence about following something', () => {
    for (const text of ['A', 'A B C', 'AA A', 'Theo dõi sát diễn biến giá vàng trên thị trường thế giới']) expect(isBoilerplate(text), text).toBe(false);
  });
});

describe('a view counter in brackets under the date', () => {
  it('"(Xem: 1234)" is chrome, as "Lượt xem: 1.234" is', () => {
    for (const text of ['(Xem: 1234)', '(Lượt xem: 1.234)', '(Đọc: 56)', 'Lượt xem: 1.234']) expect(isBoilerplate(text), text).toBe(true);
    const { fields } = read(['Kinh tế', TITLE, '13 Tháng 11, 2015 | 08:15 CH', '(Xem: 1234)', LEAD, '', P1]);
    expect(fields).toMatchObject({ title: TITLE, lead: LEAD, published: '2015-11-13T20:15:00+07:00' });
  });

  it('traps: a bracket that points at a text, not a count', () => {
    for (const text of ['(Xem: Phụ lục 2)', '(Xem: 12 điều cần biết)']) expect(isBoilerplate(text), text).toBe(false);
  });
});

describe('dates with the month in words', () => {
  it('"13 Tháng Mười Một 2015 12:00 SA" (12:00 SA is midnight), "1 tháng Mười Hai, 2023", "13 tháng Ba 2015"', () => {
    const cases: Array<[string, string]> = [
      ['13 Tháng Mười Một 2015 12:00 SA', '2015-11-13T00:00:00+07:00'],
      ['Thứ Sáu, 1 tháng Mười Hai, 2023 08:15 CH', '2023-12-01T20:15:00+07:00'],
      ['13 tháng Ba 2015', '2015-03-13'],
      ['Thứ bảy, 13 tháng 11 năm 2015', '2015-11-13'],
      ['13 Tháng 11, 2015 | 08:15 CH', '2015-11-13T20:15:00+07:00'],
    ];
    for (const [line, iso] of cases) expect(findTimestamp(line)?.iso, line).toBe(iso);
    const { fields } = read(['Tin tức - Sự kiện', TITLE, '13 Tháng Mười Một 2015 12:00 SA', LEAD, '', P1]);
    expect(fields).toMatchObject({ title: TITLE, lead: LEAD, published: '2015-11-13T00:00:00+07:00' });
  });

  it('traps: the lunar "tháng Giêng", no month ("tháng Mười Ba"), a month with no year', () => {
    for (const line of ['ngày 5 tháng Giêng năm 2024', '13 tháng Mười Ba 2015', '13 tháng Mười Một']) expect(findTimestamp(line), line).toBeNull();
  });
});

describe('"Nguồn : X" under the title, where the byline stands', () => {
  it("is the article's credit when no one signs it", () => {
    const { fields } = read(['Tin tức - Sự kiện', TITLE, 'Nguồn : Báo Lâm Đồng', '13/11/2015 08:15', LEAD, '', P1]);
    expect(fields).toMatchObject({ title: TITLE, lead: LEAD, paragraphs: [P1], published: '2015-11-13T08:15:00+07:00' });
    expect(fields.byline?.authors).toEqual(['Báo Lâm Đồng']);
  });

  it('traps: a writer who signs comes first; an address is no name', () => {
    const signed = read([TITLE, 'Nguồn : Báo Lâm Đồng', '13/11/2015 08:15', LEAD, '', P1, '', 'Minh Khôi']).fields;
    expect(signed.byline?.authors).toEqual(['Minh Khôi']);
    expect(signed.paragraphs).toEqual([P1]);
    const address = read([TITLE, 'Nguồn : www.baolamdong.vn', '13/11/2015 08:15', LEAD, '', P1]).fields;
    expect(address).toMatchObject({ title: TITLE, lead: LEAD });
    expect(address.byline?.authors ?? []).toEqual([]);
  });
});

describe('a byline with its label above the title', () => {
  it('"Theo Hồng Điệp (TTXVN)" above the headline signs the article', () => {
    const { fields } = read(['Theo Hồng Điệp (TTXVN)', TITLE, 'Thứ Tư, 12/06/2024 - 15:20', LEAD, '', P1]);
    expect(fields).toMatchObject({ title: TITLE, lead: LEAD, published: '2024-06-12T15:20:00+07:00' });
    expect(fields.byline?.authors).toEqual(['Hồng Điệp']);
  });

  it('traps: a label naming no one above the title; a name with no label above it is no byline there', () => {
    const column = read(['Bài: Sống chậm giữa phố', TITLE, '12/06/2024 15:20', LEAD, '', P1]).fields;
    expect(column.byline?.authors ?? []).toEqual([]);
    const label = read(['Sống khỏe', TITLE, '12/06/2024 15:20', LEAD, '', P1]).fields;
    expect(label).toMatchObject({ section: 'Sống khỏe', title: TITLE });
    expect(label.byline?.authors ?? []).toEqual([]);
  });
});

describe('a comma left after the byline\'s name', () => {
  it('"Minh Nhật ," (Kenh14, the time after it dropped) signs Minh Nhật', () => {
    expect(authorsOfLine('Minh Nhật ,')).toEqual(['Minh Nhật']);
    const { fields } = read(['Xã hội', TITLE, 'Minh Nhật ,', '2 giờ trước', LEAD, '', P1]);
    expect(fields).toMatchObject({ title: TITLE, lead: LEAD, published: null });
    expect(fields.byline?.authors).toEqual(['Minh Nhật']);
  });

  it('traps: two names with a comma between them, a sentence', () => {
    expect(authorsOfLine('Minh Nhật, Hoàng Anh')).toEqual(['Minh Nhật', 'Hoàng Anh']);
    expect(authorsOfLine('Nhiều người dân đến xem ,')).toBeNull();
  });
});

describe('a sapo set in bold, "**…**"', () => {
  it('is the lead without its marks', () => {
    const sapo = '**Sáng 15/6, giá vàng miếng SJC tăng thêm 500.000 đồng/lượng, lên mức 92,2 triệu đồng/lượng bán ra.**';
    const { fields } = read(['Kinh doanh', TITLE, 'Hoàng Anh', 'Thứ bảy, 15/6/2024 09:00 (GMT+07:00)', sapo, '', P1]);
    expect(fields).toMatchObject({ title: TITLE, lead: sapo.slice(2, -2), paragraphs: [P1] });
  });
});

describe('withoutBoldMarks', () => {
  it('unwraps a line set in bold whole; leaves bold words inside a line (trap)', () => {
    expect(withoutBoldMarks('**Giá vàng tăng mạnh.**')).toBe('Giá vàng tăng mạnh.');
    expect(withoutBoldMarks('**Hà Nội** và **Huế**')).toBe('**Hà Nội** và **Huế**');
    expect(withoutBoldMarks('****')).toBe('****');
    expect(withoutBoldMarks('Giá vàng **tăng**')).toBe('Giá vàng **tăng**');
  });
});

describe('a view counter with no brackets, "Xem: 1234"', () => {
  it('is chrome under the byline', () => {
    for (const text of ['Xem: 1234', 'Xem: 1.234', 'Đọc: 56']) expect(isBoilerplate(text), text).toBe(true);
    const { fields } = read(['Thời sự', TITLE, 'Vũ Ba', '13/11/2015 08:15', 'Xem: 1234', LEAD, '', P1]);
    expect(fields).toMatchObject({ title: TITLE, lead: LEAD, paragraphs: [P1] });
  });

  it('traps: "Xem: Phụ lục 2", "Xem 12 điều" point at a text', () => {
    for (const text of ['Xem: Phụ lục 2', 'Xem 12 điều cần biết']) expect(isBoilerplate(text), text).toBe(false);
  });
});

describe('a counter printed in the byline line', () => {
  it('"Vũ Ba | 13/11/2015 08:15 | Lượt xem: 1.234": the name signs, the time dates, the counter is left out', () => {
    const { fields } = read(['Thời sự', TITLE, 'Vũ Ba | 13/11/2015 08:15 | Lượt xem: 1.234', LEAD, '', P1]);
    expect(fields).toMatchObject({ title: TITLE, lead: LEAD, published: '2015-11-13T08:15:00+07:00' });
    expect(fields.byline?.authors).toEqual(['Vũ Ba']);
  });

  it('trap: with the counter gone, words that name no one still make the line prose', () => {
    const prose = 'Người dân đổ về quảng trường | 13/11/2015 08:15 | Lượt xem: 1.234';
    expect(read(['Thời sự', TITLE, LEAD, '', prose]).fields.byline?.authors ?? []).toEqual([]);
  });
});

describe('a relative time after the name, "Minh Nhật - 2 giờ trước"', () => {
  it('the name signs; no publication time', () => {
    for (const byline of ['Minh Nhật - 2 giờ trước', 'Minh Nhật, 15 phút trước', 'Minh Nhật | 3 ngày trước']) {
      const { fields } = read(['Xã hội', TITLE, byline, LEAD, '', P1]);
      expect(fields, byline).toMatchObject({ title: TITLE, lead: LEAD, published: null });
      expect(fields.byline?.authors, byline).toEqual(['Minh Nhật']);
    }
  });

  it('trap: a sentence ending "… 2 giờ trước" is the lead', () => {
    const lead = 'Vụ cháy xảy ra tại quận Hoàng Mai, lực lượng cứu hỏa có mặt từ 2 giờ trước';
    expect(read(['Xã hội', TITLE, lead, '', P1]).fields).toMatchObject({ title: TITLE, lead });
  });
});

describe("an agency's regional bureau after the writer's name", () => {
  it('"Thanh Thảo/VOV-Miền Trung" signs as printed, as "Thi Uyên/VOV.VN" does', () => {
    expect(authorsOfLine('Thanh Thảo/VOV-Miền Trung')).toEqual(['Thanh Thảo/VOV-Miền Trung']);
    expect(authorsOfLine('Quang Vũ/TTXVN - Cần Thơ')).toEqual(['Quang Vũ/TTXVN - Cần Thơ']);
    const { fields } = read(['Xã hội', TITLE, '18/11/2023 11:20', LEAD, '', P1, '', 'Thanh Thảo/VOV-Miền Trung']);
    expect(fields.paragraphs).toEqual([P1]);
    expect(fields.byline?.authors).toEqual(['Thanh Thảo/VOV-Miền Trung']);
  });

  it('traps: a body that is no agency, a place in lower case', () => {
    expect(authorsOfLine('Thanh Thảo/Sở Y tế - Hà Nội')).toBeNull();
    expect(authorsOfLine('Thanh Thảo/VOV-miền trung bộ')).toBeNull();
  });
});

describe('a site menu on one line: items of several words, joined by dashes', () => {
  it("items the vocabulary does not know, in lower case after their first word, and dashes joining two, as the sites' menus print them", () => {
    const menus = [
      'Mới nhất Thời sự Góc nhìn Thế giới Video Podcasts Kinh doanh Bất động sản Khoa học Giải trí Thể thao Pháp luật Giáo dục Sức khỏe Đời sống Du lịch Số hóa Xe Ý kiến Tâm sự Thư giãn Tất cả',
      'Xã hội Thế giới Kinh doanh Bất động sản Thể thao Lao động - Việc làm Tấm lòng nhân ái Sức khỏe Văn hóa Giải trí Công nghệ Giáo dục Pháp luật Ô tô - Xe máy Du lịch Đời sống',
      'Thời sự Thế giới Pháp luật Kinh doanh Công nghệ Xe Du lịch Nhịp sống trẻ Văn hóa Giải trí Thể thao Giáo dục Nhà đất Sức khỏe Giả thật Bạn đọc làm báo',
    ];
    for (const menu of menus) {
      expect(isSpacedMenu(menu), menu).toBe(true);
      const { fields } = read([menu, 'Thời sự', TITLE, 'Vũ Ba', '13/11/2015 08:15', LEAD, '', P1]);
      expect(fields, menu).toMatchObject({ section: 'Thời sự', title: TITLE, lead: LEAD });
    }
  });

  it('traps: a headline listing sections with commas, or with words of its own', () => {
    expect(isSpacedMenu('Giáo dục, Y tế, Văn hóa, Thể thao, Du lịch tăng ngân sách')).toBe(false);
    expect(isSpacedMenu('Thời sự, Thế giới, Kinh doanh và Giải trí là những chuyên mục được đọc nhiều nhất')).toBe(false);
    expect(isSpacedMenu('Sức khỏe Văn hóa Giải trí Thể thao: mùa giải mới')).toBe(false);
    expect(isSpacedMenu('- Thời sự Thế giới Kinh doanh Giải trí')).toBe(false);
  });
});

describe('an English date line that names its writer', () => {
  it('"Posted on Nov 13, 2015 by Thu Hà": "Thu" is the name\'s, not Thursday', () => {
    expect(findTimestamp('Posted on Nov 13, 2015 by Thu Hà')).toMatchObject({ iso: '2015-11-13', rest: 'by Thu Hà' });
    const { fields } = read(['Thời sự', TITLE, 'Posted on Nov 13, 2015 by Thu Hà', LEAD, '', P1]);
    expect(fields).toMatchObject({ title: TITLE, lead: LEAD, published: '2015-11-13' });
    expect(fields.byline?.authors).toEqual(['Thu Hà']);
  });

  it('weekdays still go: whole, or short with their comma or stop', () => {
    for (const line of ['Thu, 13 Nov 2015 08:15:00 +0700', 'Thursday, November 13, 2015', 'Thu. Nov 13, 2015']) expect(findTimestamp(line)?.rest, line).toBe('');
  });
});

describe("a byline closed by a writer's note above the title", () => {
  it('"Minh Đức (tổng hợp)", "Thu Hà (TTXVN)", "Lan Anh (theo Reuters)" above the headline sign the article', () => {
    for (const [byline, name] of [['Minh Đức (tổng hợp)', 'Minh Đức'], ['Thu Hà (TTXVN)', 'Thu Hà'], ['Lan Anh (theo Reuters)', 'Lan Anh']]) {
      const { fields } = read([byline as string, TITLE, '13/11/2015 08:15', LEAD, '', P1]);
      expect(fields, byline).toMatchObject({ title: TITLE, lead: LEAD });
      expect(fields.byline?.authors, byline).toEqual([name]);
    }
  });

  it('traps: a place with its country in brackets, a section with a label in brackets', () => {
    for (const above of ['Hà Nội (Việt Nam)', 'Thời sự (Video)']) {
      expect(read([above, TITLE, '13/11/2015 08:15', LEAD, '', P1]).fields.byline?.authors ?? [], above).toEqual([]);
    }
  });
});

describe('a source named beside the date', () => {
  it('"Nguồn : Báo Lâm Đồng | 13/11/2015" dates the article and credits it when no one signs', () => {
    const { fields, warnings } = read(['Thời sự', TITLE, 'Nguồn : Báo Lâm Đồng | 13/11/2015', LEAD, '', P1]);
    expect(fields).toMatchObject({ title: TITLE, lead: LEAD, published: '2015-11-13' });
    expect(fields.byline).toEqual({ text: 'Nguồn : Báo Lâm Đồng | 13/11/2015', authors: ['Báo Lâm Đồng'] });
    expect(warnings.filter((w) => w.rule === 'boilerplate/dropped')).toEqual([]);
  });

  it('traps: a writer who signs comes first; a sentence beside the date is no source', () => {
    expect(read(['Thời sự', TITLE, 'Nguồn : Báo Lâm Đồng | 13/11/2015', LEAD, '', P1, '', 'Minh Khôi']).fields.byline?.authors).toEqual(['Minh Khôi']);
    const prose = read(['Thời sự', TITLE, LEAD, '', 'Nguồn: Sở Y tế cho biết số ca mắc giảm. | 13/11/2015', '', P1]).fields;
    expect(prose.byline?.authors ?? []).toEqual([]);
  });
});

describe('a labelled byline above the section and the title', () => {
  it('"Theo Hồng Điệp (TTXVN)" / "Thời sự" / title: the byline signs, the section stays', () => {
    const { fields } = read(['Theo Hồng Điệp (TTXVN)', 'Thời sự', TITLE, '13/11/2015 08:15', LEAD, '', P1]);
    expect(fields).toMatchObject({ section: 'Thời sự', title: TITLE, lead: LEAD });
    expect(fields.byline?.authors).toEqual(['Hồng Điệp']);
  });

  it('trap: with no headline under the section, the rule does not fire (the line stays where it was read before)', () => {
    const { fields } = read(['Theo Hồng Điệp (TTXVN)', 'Thời sự', LEAD, '', P1]);
    expect(fields).toMatchObject({ section: 'Thời sự', lead: LEAD, byline: null });
  });
});
