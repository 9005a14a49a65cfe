import { describe, expect, it } from 'vitest';
import { covers, foldTitle, fullestTitles } from '../../../src/enrichers/officials/fold-title.js';

describe('foldTitle', () => {
  it('spells out abbreviations and folds case and tone placement', () => {
    expect(foldTitle('Phó Chủ nhiệm UBKT Trung ương')).toEqual(foldTitle('Phó chủ nhiệm Ủy ban Kiểm tra Trung ương'));
    expect(foldTitle('Chủ tịch LĐLĐ TP.HCM')).toEqual(foldTitle('Chủ tịch Liên đoàn Lao động Thành phố HCM'));
    expect(foldTitle('Thủ tướng Chính phủ')).toEqual(foldTitle('THỦ TƯỚNG CHÍNH PHỦ'));
    expect(foldTitle('Chủ tịch Quốc hội')).not.toEqual(foldTitle('Chủ tịch Chính phủ'));
  });
});

describe('covers', () => {
  const f = foldTitle;
  it('same head and every word in order', () => {
    expect(covers(f('Bí thư Thành ủy Hải Phòng'), f('Bí thư Thành ủy'))).toBe(true);
    expect(covers(f('Phó Chủ tịch UBND tỉnh Sơn La'), f('Phó Chủ tịch tỉnh Sơn La'))).toBe(true);
    expect(covers(f('Bộ trưởng Bộ Ngoại giao'), f('Bộ trưởng Ngoại giao'))).toBe(true);
  });
  it('not a different head, not a different body', () => {
    expect(covers(f('Phó Bí thư Thành ủy'), f('Bí thư Thành ủy'))).toBe(false);
    expect(covers(f('Bí thư Thành ủy Hải Phòng'), f('Bí thư Tỉnh ủy'))).toBe(false);
    expect(covers(f('Bí thư Thành ủy'), f('Bí thư Thành ủy Hải Phòng'))).toBe(false);
  });
});

describe('fullestTitles', () => {
  it('one title: as printed; one with no words: none', () => {
    expect(fullestTitles(['Phó Chủ tịch UBND tỉnh'])).toEqual(['Phó Chủ tịch UBND tỉnh']);
    expect(fullestTitles(['(“”)'])).toEqual([]);
    expect(fullestTitles([])).toEqual([]);
  });

  it('keeps each post once, in its fullest print, in order', () => {
    expect(fullestTitles(['Thường trực Ban Bí thư', 'Bí thư Thành ủy', 'Bí thư Thành ủy Hải Phòng', 'Thường trực Ban Bí thư'])).toEqual([
      'Thường trực Ban Bí thư',
      'Bí thư Thành ủy Hải Phòng',
    ]);
    expect(fullestTitles(['Phó Chủ tịch UBND TP.HCM', 'Phó Chủ tịch Ủy ban nhân dân TP.HCM'])).toEqual(['Phó Chủ tịch Ủy ban nhân dân TP.HCM']);
  });
  it('two prints of one post that do not cover each other are both kept', () => {
    expect(fullestTitles(['Tổng thống Mỹ', 'Tổng thống Hợp chúng quốc Hoa Kỳ'])).toEqual(['Tổng thống Mỹ', 'Tổng thống Hợp chúng quốc Hoa Kỳ']);
  });
});

describe('fullestTitles on hostile input', () => {
  it('a one-word title is still covered by a longer one with its head', () => {
    expect(fullestTitles(['Phó', 'Phó Chủ tịch UBND tỉnh'])).toEqual(['Phó Chủ tịch UBND tỉnh']);
    expect(fullestTitles(['Phó Chủ tịch UBND tỉnh', 'Phó'])).toEqual(['Phó Chủ tịch UBND tỉnh']);
    expect(fullestTitles(['Phó', 'Phó'])).toEqual(['Phó']);
  });

  it('thousands of prints stay fast and keep every distinct post', () => {
    const prints = Array.from({ length: 5000 }, (_, k) => `Giám đốc Sở Số${k}`);
    const started = performance.now();
    expect(fullestTitles([...prints, ...prints])).toHaveLength(5000);
    expect(performance.now() - started).toBeLessThan(5000);
  });
});

describe('fullestTitles: a post printed as former and as such (audit round 44)', () => {
  it('"nguyên Bí thư Tỉnh ủy Nghệ An" and "Bí thư Tỉnh ủy Nghệ An" are one post, kept as former', () => {
    expect(fullestTitles(['nguyên Bí thư Tỉnh ủy Nghệ An', 'Bí thư Huyện ủy Nghĩa Đàn', 'Bí thư Tỉnh ủy Nghệ An'])).toEqual([
      'nguyên Bí thư Tỉnh ủy Nghệ An',
      'Bí thư Huyện ủy Nghĩa Đàn',
    ]);
    expect(fullestTitles(['Phó Thủ tướng Chính phủ', 'cựu Phó Thủ tướng Chính phủ'])).toEqual(['cựu Phó Thủ tướng Chính phủ']);
  });
  it('traps: another post of the same head stays ("nguyên Bí thư Tỉnh ủy Hà Giang", "Bí thư Tỉnh ủy Tuyên Quang", "Bí thư Tỉnh ủy")', () => {
    expect(fullestTitles(['nguyên Bí thư Tỉnh ủy Hà Giang', 'Bí thư Tỉnh ủy Tuyên Quang'])).toEqual(['nguyên Bí thư Tỉnh ủy Hà Giang', 'Bí thư Tỉnh ủy Tuyên Quang']);
    expect(fullestTitles(['nguyên Bí thư Tỉnh ủy Hà Giang', 'Bí thư Tỉnh ủy'])).toEqual(['nguyên Bí thư Tỉnh ủy Hà Giang', 'Bí thư Tỉnh ủy']);
  });
});
