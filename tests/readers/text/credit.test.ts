import { describe, expect, it } from 'vitest';
import { hasCredit, splitCredit } from '../../../src/readers/text/credit.js';

describe('splitCredit', () => {
  const cases: Array<[string, string | null, string | null]> = [
    ['Ông Hồ Đức Phớc, Bộ trưởng Tài chính. Ảnh: Hoàng Phong', 'Ông Hồ Đức Phớc, Bộ trưởng Tài chính.', 'Hoàng Phong'],
    ['Lễ đón tại sân bay quân sự Seoul. (Ảnh: Thống Nhất/TTXVN)', 'Lễ đón tại sân bay quân sự Seoul.', 'Thống Nhất/TTXVN'],
    ['Ông Đỗ Tiến Đông, PCT UBND tỉnh Gia Lai (đứng giữa). Ảnh Hồng Thi.', 'Ông Đỗ Tiến Đông, PCT UBND tỉnh Gia Lai (đứng giữa).', 'Hồng Thi'],
    ['Trung tướng Võ Minh Lương (trái). (Nguồn: Kinhtedothi.vn)', 'Trung tướng Võ Minh Lương (trái).', 'Kinhtedothi.vn'],
    ['Kỳ họp thứ Nhất HĐND tỉnh Bắc Ninh ngày 22/6 (Ảnh: Diên An)', 'Kỳ họp thứ Nhất HĐND tỉnh Bắc Ninh ngày 22/6', 'Diên An'],
    ['Toàn cảnh hội nghị - Ảnh: VGP/Nhật Bắc', 'Toàn cảnh hội nghị', 'VGP/Nhật Bắc'],
    ['Một dự án của FLC. Ảnh: Hồng Khanh', 'Một dự án của FLC.', 'Hồng Khanh'],
    ['Khách hàng mua vàng (Ảnh minh họa)', 'Khách hàng mua vàng (Ảnh minh họa)', null],
    ['Ảnh: TTXVN', null, 'TTXVN'],
    ['Anh Long chụp ảnh tại bàn (Ảnh Trần Thành Công).', 'Anh Long chụp ảnh tại bàn', 'Trần Thành Công'],
    ['Đồng chí Lê Tiến Châu phát biểu tại hội nghị.', 'Đồng chí Lê Tiến Châu phát biểu tại hội nghị.', null],
  ];
  for (const [line, caption, credit] of cases) {
    it(`splits "${line}"`, () => {
      expect(splitCredit(line)).toEqual({ caption, credit });
    });
  }

  it('does not take a byline label for a caption', () => {
    expect(hasCredit('Bài và ảnh: Nguyễn Văn An')).toBe(false);
    expect(hasCredit('Bài, ảnh: Minh Anh')).toBe(false);
  });
});
