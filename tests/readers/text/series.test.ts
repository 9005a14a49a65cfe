/**
 * Multi-part series (audit round r50): the series' name printed above a part's headline, and the
 * marks a part ends with ("(Còn nữa)", the next part's headline, "Kỳ tới: …"). Each rule with the
 * texts it must not fire on.
 */
import { describe, expect, it } from 'vitest';
import { readPlainText } from '../../../src/readers/text/index.js';
import { isContinuedMark, isNextPartTeaser, isSeriesPart } from '../../../src/readers/text/series.js';

const read = (lines: string[]) => readPlainText(lines.join('\n')).fields;
const PART = 'Bài 1: Những công trình chậm tiến độ';
const LEAD = 'Nhiều dự án giao thông trọng điểm tại khu vực miền trung sau nhiều năm triển khai vẫn dang dở, gây lãng phí lớn.';
const P1 = 'Dự án đường ven biển được khởi công từ năm 2018 với tổng mức đầu tư hơn 3.000 tỷ đồng.';
const P2 = 'Theo các chuyên gia, việc chậm tiến độ không chỉ làm đội vốn mà còn khiến hiệu quả đầu tư giảm mạnh.';
const DATE = 'Thứ Hai, 02-12-2024, 05:45';

describe("a series' name above a part's headline", () => {
  it('in capitals, in brackets or in sentence case, glued or past a blank line: the part is the title', () => {
    for (const name of ['ĐIỂM NGHẼN Ở CÁC DỰ ÁN GIAO THÔNG MIỀN TRUNG', '[Bảo tồn di sản thiên nhiên thế giới]', 'Điểm nghẽn ở các dự án giao thông miền trung']) {
      for (const gap of [[], ['']]) {
        const fields = read(['Xã hội', DATE, '', name, ...gap, PART, '', LEAD, '', P1]);
        expect(fields, name).toMatchObject({ section: 'Xã hội', title: PART, lead: LEAD, paragraphs: [P1] });
      }
    }
    for (const part of ['Kỳ 2: Ký ức ngày bến cảng mở cửa', 'Bài cuối: Để vịnh Hạ Long mãi là di sản', 'Phần III: Vươn ra biển lớn']) {
      expect(read(['Xã hội', DATE, 'CẢNG HẢI PHÒNG - 150 NĂM MỘT BẾN BỜ', part, LEAD, P1]).title, part).toBe(part);
    }
  });

  it('a part alone is the title; a section above it stays the section; a headline opening with "Bài học" is no part (traps)', () => {
    expect(read(['Xã hội', DATE, PART, LEAD, P1])).toMatchObject({ section: 'Xã hội', title: PART, lead: LEAD });
    expect(read([DATE, 'Xã hội', PART, LEAD, P1])).toMatchObject({ section: 'Xã hội', title: PART, lead: LEAD });
    const lesson = 'Bài học từ vụ sạt lở: Cần quy hoạch lại khu dân cư';
    expect(read(['Xã hội', DATE, 'Sạt lở ở miền núi', lesson, LEAD, P1]).title).not.toBe(lesson);
    expect(isSeriesPart('Bài học từ vụ sạt lở: Cần quy hoạch')).toBe(false);
    expect(isSeriesPart('Kỳ 2: Ký ức ngày bến cảng mở cửa')).toBe(true);
    expect(isSeriesPart('Kỳ họp thứ 8: Quốc hội thông qua')).toBe(false);
  });
});

describe("a series' marks under a part", () => {
  const SIG = 'NGỌC SƠN - TRUNG HƯNG';
  it('"(Còn nữa)", the next part\'s headline glued above it or under it and "Kỳ tới: …" go; the signature signs', () => {
    const shapes = [
      ['(Còn nữa)', '', 'Kỳ tới: Trách nhiệm thuộc về ai?'],
      ['Kỳ cuối: Vươn ra biển lớn', '(Còn nữa)'],
      ['(Còn nữa)', 'Bài 2: Trách nhiệm thuộc về ai?'],
      ['(Còn nữa)', '', 'Bài cuối: Gỡ điểm nghẽn thế nào?'],
      ['(còn tiếp)'],
      ['Đón đọc kỳ tới: Trách nhiệm thuộc về ai?'],
    ];
    for (const marks of shapes) {
      const fields = read(['Xã hội', DATE, PART, '', LEAD, '', P1, '', P2, '', ...marks, '', SIG]);
      expect(fields.paragraphs, marks.join(' / ')).toEqual([P1, P2]);
      expect(fields.byline?.authors, marks.join(' / ')).toEqual(['NGỌC SƠN', 'TRUNG HƯNG']);
    }
  });

  it('a sentence opening with "Kỳ tới", a part named in the text, "(còn nữa)" inside a line stay (traps)', () => {
    const next = 'Kỳ tới, Quốc hội sẽ xem xét thông qua Luật Đường bộ sửa đổi.';
    const part = 'Bài 2: Trách nhiệm thuộc về ai';
    expect(read(['Xã hội', DATE, PART, '', LEAD, '', next, '', part, '', P1, '', P2]).paragraphs).toEqual([next, part, P1, P2]);
    expect(isContinuedMark('(Còn nữa)')).toBe(true);
    expect(isContinuedMark('(còn nữa, hết phần một)')).toBe(false);
    expect(isNextPartTeaser('Kỳ tới: Trách nhiệm thuộc về ai?')).toBe(true);
    expect(isNextPartTeaser('Kỳ tới, Quốc hội sẽ xem xét')).toBe(false);
    expect(isNextPartTeaser('Kỳ họp tới: Quốc hội xem xét')).toBe(false);
  });
});
