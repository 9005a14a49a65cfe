/**
 * Header and tail shapes of audit round 47 (fixtures/audit/r47): a date line printing the posting and the
 * update time, a paper's name made of sections' names above its section, a "Đọc tiếp" box at the end. Each rule with the texts it
 * must not fire on.
 */
import { describe, expect, it } from 'vitest';
import { readPlainText } from '../../../src/readers/text/index.js';

const read = (lines: string[]) => readPlainText(lines.join('\n'));
const TITLE = 'Hà Nội lát lại vỉa hè 12 tuyến phố cổ trước Tết';
const LEAD = 'Sáng 11/3, UBND TP Hà Nội tổ chức lễ khánh thành cầu mới bắc qua sông Hồng, nối hai bờ của thành phố.';
const P1 = 'Cầu dài 5 km, được xây dựng trong ba năm.';

describe('a date line with the posting and the update time', () => {
  it('"10/03/2025 08:00 GMT+7 | Cập nhật 10/03/2025 09:15": one date line, dated by the posting time', () => {
    for (const stamp of ['10/03/2025 08:00 GMT+7 | Cập nhật 10/03/2025 09:15', 'Đăng: 10/03/2025 08:00 - Cập nhật: 10/03/2025 09:15']) {
      const { fields } = read(['Công đoàn', TITLE, 'Ngọc Trinh', stamp, LEAD, '', P1]);
      expect(fields, stamp).toMatchObject({ title: TITLE, lead: LEAD, paragraphs: [P1], published: '2025-03-10T08:00:00+07:00' });
      expect(fields.byline?.authors, stamp).toEqual(['Ngọc Trinh']);
    }
  });

  it('the update printed first: the earlier time is still the posting time', () => {
    const { fields } = read(['Công đoàn', TITLE, 'Cập nhật lúc 10/03/2025 09:15 | Đăng lúc 10/03/2025 08:00', LEAD, '', P1]);
    expect(fields).toMatchObject({ lead: LEAD, published: '2025-03-10T08:00:00+07:00' });
  });

  it('the name beside both times still signs', () => {
    const { fields } = read(['Công đoàn', TITLE, 'Ngọc Trinh | 10/03/2025 08:00 | Cập nhật 10/03/2025 09:15', LEAD, '', P1]);
    expect(fields).toMatchObject({ lead: LEAD, published: '2025-03-10T08:00:00+07:00' });
    expect(fields.byline?.authors).toEqual(['Ngọc Trinh']);
  });

  it('traps: a sentence with two dates is the lead; a date beside a day alone keeps the time', () => {
    const lead = 'Từ 10/03/2025 đến 20/03/2025, người dân được đăng ký trực tuyến tại cổng dịch vụ công.';
    expect(read(['Công đoàn', TITLE, lead, '', P1]).fields).toMatchObject({ lead, published: null });
    expect(read(['Công đoàn', TITLE, '10/03/2025 08:00 | Cập nhật 09/03/2025', LEAD, '', P1]).fields).toMatchObject({ lead: LEAD, published: '2025-03-10T08:00:00+07:00' });
  });
});

describe("a paper's name made of sections' names above its section", () => {
  it('"Kinh tế & Đô thị" / "Đô thị" / title: the part repeated alone is the section', () => {
    const { fields, warnings } = read(['Kinh tế & Đô thị', 'Đô thị', TITLE, '10/03/2025 - 15:42', LEAD, '', P1]);
    expect(fields).toMatchObject({ section: 'Đô thị', title: TITLE, lead: LEAD });
    expect(warnings.some((w) => w.rule === 'header/masthead' && w.message.includes('Kinh tế & Đô thị'))).toBe(true);
  });

  it('traps: a section and another level, a section with one part, a section then the title', () => {
    expect(read(['Kinh tế & Đô thị', TITLE, '10/03/2025 - 15:42', LEAD, '', P1]).fields).toMatchObject({ section: 'Kinh tế & Đô thị', title: TITLE });
    expect(read(['Kinh tế - Xã hội', 'Thời sự', TITLE, '10/03/2025 - 15:42', LEAD, '', P1]).fields).toMatchObject({ section: 'Kinh tế - Xã hội', title: TITLE });
    expect(read(['Đô thị', 'Đô thị', TITLE, '10/03/2025 - 15:42', LEAD, '', P1]).fields).toMatchObject({ section: 'Đô thị', title: TITLE });
  });
});

describe('a box of other stories headed "Đọc tiếp" at the end', () => {
  const P2 = 'Theo kế hoạch, công trình sẽ hoàn thành vào cuối năm 2025 và đưa vào khai thác từ năm 2026.';
  it('under the share row and a comment count: the box and the chrome go', () => {
    const { fields } = read(['Kinh doanh', TITLE, 'Bảo Anh', '10/03/2025 15:42', LEAD, '', P1, '', P2, '', 'Chia sẻ', 'Bình luận (14)', '',
      'Đọc tiếp', 'Cao tốc Biên Hòa - Vũng Tàu thông xe đoạn đầu tiên', 'ACV lãi kỷ lục năm 2024']);
    expect(fields.paragraphs).toEqual([P1, P2]);
  });

  it('trap: a sentence under the label in the body stays a paragraph', () => {
    const { fields } = read(['Kinh doanh', TITLE, '10/03/2025 15:42', LEAD, '', P1, '', 'Đọc tiếp', P2, '', 'Bảo Anh']);
    expect(fields.paragraphs).toEqual([P1, P2]);
  });
});
