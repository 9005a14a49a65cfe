import { describe, expect, it } from 'vitest';
import { authorsOfLine, isPersonName, mergeAuthors } from '../../../src/readers/text/authors.js';

describe('authorsOfLine', () => {
  const cases: Array<[string, string[]]> = [
    ['Vũ Ba', ['Vũ Ba']],
    ['NHẬT XUÂN', ['NHẬT XUÂN']],
    ['(TTXVN/Vietnam+)', ['TTXVN/Vietnam+']],
    ['Theo Chí Kiên (Báo điện tử Chính Phủ)', ['Chí Kiên']],
    ['Theo Hải Minh /VGP', ['Hải Minh']],
    ['Văn Giang (Theo Sputnik)', ['Văn Giang']],
    ['Bài và ảnh: Minh Anh', ['Minh Anh']],
    ['Nguyễn Văn An - Trần Thị Bình', ['Nguyễn Văn An', 'Trần Thị Bình']],
    ['Thu Hà, Minh Khôi', ['Thu Hà', 'Minh Khôi']],
    ['Ban Thời sự', ['Ban Thời sự']],
    ['Nhóm PV', ['Nhóm PV']],
    ['PV', ['PV']],
    ['Theo TTXVN', ['TTXVN']],
    ['Hồng Hạnh (tổng hợp)', ['Hồng Hạnh']],
    ['Q.Anh', ['Q.Anh']],
    ['Theo Báo và PTTH Tuyên Quang', ['Báo và PTTH Tuyên Quang']],
    ['Theo Reuters', ['Reuters']],
    ['Tin, ảnh: Minh Hà', ['Minh Hà']],
    ['Bởi Thu Hà', ['Thu Hà']],
  ];
  for (const [line, authors] of cases) {
    it(`reads "${line}"`, () => {
      expect(authorsOfLine(line)).toEqual(authors);
    });
  }

  it('rejects prose, source lines and headlines', () => {
    expect(authorsOfLine('Cầu dài 5 km, được xây dựng trong ba năm.')).toBeNull();
    expect(authorsOfLine('Nguồn Công Luận: https://congluan.vn/')).toBeNull();
    expect(authorsOfLine('Cổ phiếu FLC được giao dịch trở lại')).toBeNull();
    expect(authorsOfLine('')).toBeNull();
    expect(authorsOfLine('Ảnh: Minh Hà')).toBeNull();
    expect(authorsOfLine('Theo kế hoạch')).toBeNull();
    expect(authorsOfLine('Theo Bộ Y tế, số ca mắc giảm.')).toBeNull();
  });
});

describe('isPersonName', () => {
  it('wants capitalised syllables', () => {
    expect(isPersonName('Trần Cẩm Tú')).toBe(true);
    expect(isPersonName('Kinh doanh')).toBe(false);
    expect(isPersonName('Minh')).toBe(false);
  });
});

describe('mergeAuthors', () => {
  it('keeps the first spelling of each name', () => {
    expect(mergeAuthors(['Vũ Ba'], ['VŨ BA', 'Văn Giang'])).toEqual(['Vũ Ba', 'Văn Giang']);
  });
});
