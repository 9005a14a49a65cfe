import { describe, expect, it } from 'vitest';
import { displayWidth, padStart, wrapText } from '../../src/cli/wrap.js';

describe('displayWidth', () => {
  it.each([
    ['Trần Cẩm Tú', 11],
    ['Ủy viên Bộ Chính trị', 20],
    ['Trần Cẩm Tú'.normalize('NFD'), 11], // NFD: combining marks take no column
    ['e\u0301\u0323', 1], // a letter with two stray marks
    ['', 0],
    ['Nguyễn Thị Thanh Hoà', 20],
  ])('%j → %i', (text, width) => {
    expect(displayWidth(text)).toBe(width);
  });
});

describe('padStart', () => {
  it('pads by columns, not UTF-16 units, and never cuts', () => {
    expect(padStart('Tú'.normalize('NFD'), 4)).toBe(`  ${'Tú'.normalize('NFD')}`);
    expect(padStart('3', 4)).toBe('   3');
    expect(padStart('Nghiêm Phú Cường', 3)).toBe('Nghiêm Phú Cường');
  });
});

describe('wrapText', () => {
  it('breaks at spaces within the width', () => {
    expect(wrapText('Phó chủ nhiệm Ủy ban Kiểm tra Trung ương', 20)).toEqual(['Phó chủ nhiệm Ủy ban', 'Kiểm tra Trung ương']);
  });

  it('keeps a text that fits on one line, collapsing spaces', () => {
    expect(wrapText('  Thường trực   Ban Bí thư ', 40)).toEqual(['Thường trực Ban Bí thư']);
  });

  it('cuts a word longer than a line', () => {
    expect(wrapText('abcdefghij xy', 4)).toEqual(['abcd', 'efgh', 'ij', 'xy']);
  });

  it('measures NFD text as NFC and returns NFC', () => {
    const lines = wrapText('Ủy viên Bộ Chính trị'.normalize('NFD'), 12);
    expect(lines).toEqual(['Ủy viên Bộ', 'Chính trị']);
  });

  it('an empty text is one empty line', () => {
    expect(wrapText('', 10)).toEqual(['']);
  });

  it('every line fits', () => {
    const text = 'Bí thư Thành ủy Hải Phòng, Ủy viên Trung ương Đảng, Trưởng Đoàn đại biểu Quốc hội thành phố Hải Phòng';
    for (const width of [5, 9, 17, 30]) {
      for (const line of wrapText(text, width)) expect(displayWidth(line), line).toBeLessThanOrEqual(width);
    }
  });
});
