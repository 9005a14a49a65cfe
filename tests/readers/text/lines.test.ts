import { describe, expect, it } from 'vitest';
import { readPlainText } from '../../../src/readers/text/index.js';
import { toLines } from '../../../src/readers/text/lines.js';

const PARA = 'Tối thứ Bảy, phố đi bộ ven hồ đông người dạo chơi, các gia đình đưa con nhỏ đi xem múa lân và mua đèn lồng.';
const gap = ' '.repeat(40);

describe('toLines: a signature aligned right on the last line of a paragraph', () => {
  it('splits it off as a line of its own, glued under the paragraph', () => {
    const lines = toLines(`${PARA}${gap}P.V`);
    expect(lines.map((l) => l.text)).toEqual([PARA, 'P.V']);
    expect(lines[1]).toMatchObject({ no: 1, gapBefore: 0 });
    const { fields } = readPlainText(['Phố đi bộ đông vui dịp cuối tuần', '', `${PARA}${gap}Minh Hà`].join('\n'));
    expect(fields).toMatchObject({ lead: PARA, paragraphs: [], byline: { authors: ['Minh Hà'] } });
  });

  it('leaves a table row, a short line, a narrow gap and an aside too long as one line', () => {
    expect(toLines(`Giá vàng miếng SJC mua vào${gap}92,5 triệu`)).toHaveLength(1);
    expect(toLines(`Ngắn thôi.${gap}P.V`)).toHaveLength(1);
    expect(toLines(`${PARA}   P.V`).map((l) => l.text)).toEqual([`${PARA} P.V`]);
    expect(toLines(`${PARA}${gap}${'Một ghi chú rất dài ở cuối dòng không phải chữ ký'}`)).toHaveLength(1);
  });
});
