import { describe, expect, it } from 'vitest';
import { highlandStart, isForeignWord, readForeignName, readVietnameseName } from '../../../src/enrichers/officials/names.js';
import { tokenize } from '../../../src/enrichers/officials/tokens.js';

const vietnamese = (text: string) => readVietnameseName(tokenize(text), 0)?.name ?? null;

describe('readVietnameseName', () => {
  it.each([
    ['Trần Cẩm Tú chủ trì', 'Trần Cẩm Tú'],
    ['Trần Thị Diệu Thúy, Thành ủy viên', 'Trần Thị Diệu Thúy'],
    ['Hồ Đức Phớc thừa nhận', 'Hồ Đức Phớc'],
    // A line in capitals: the name ends where a word of the sentence starts (round 39; before, no name).
    ['TRẦN CẨM TÚ PHÁT BIỂU', 'Trần Cẩm Tú'],
    ['NGUYỄN VĂN A.', 'Nguyễn Văn A'],
    ['Tô Lâm', 'Tô Lâm'],
    ['Lê Văn, Bộ trưởng', 'Lê Văn'],
  ])('%s → %s', (text, name) => expect(vietnamese(text)).toBe(name));

  it.each([
    ['a place', 'Hà Giang năm nay'],
    ['a place inside the run', 'Sơn Thanh Hóa'],
    ['a compound body', 'Đoàn Đại biểu Quốc hội'],
    ['a brand', 'Kim Oanh Group cho biết'],
    ['one syllable', 'Trần nhà'],
    ['too long a run', 'Nguyễn Văn Minh Hoàng Anh Tuấn'],
    ['not a family name', 'Thanh Hóa'],
    ['a name cut at its middle word (the given name typed in lower case)', 'Nguyễn Văn hiến (sinh năm 1954)'],
    ['a district named like a person', 'Châu Thành tỉnh Long An'],
  ])('not a name: %s', (_, text) => expect(vietnamese(text)).toBeNull());
});

describe('foreign names', () => {
  it.each(['Putin', 'Scott', 'Jae-in', 'Lee', 'Yoon', 'Smith', 'Zelensky'])('%s cannot be a Vietnamese syllable', (word) =>
    expect(isForeignWord(tokenize(word)[0])).toBe(true),
  );
  it.each(['Trung', 'Quốc', 'Nghiêm', 'Khuyến', 'Huỳnh', 'Chính'])('%s can', (word) => expect(isForeignWord(tokenize(word)[0])).toBe(false));

  it('a run of capitalised words, stopping at a country, one word only when trusted', () => {
    expect(readForeignName(tokenize('Abdel Fattah Al Sisi; Quốc'), 0, true)?.name).toBe('Abdel Fattah Al Sisi');
    expect(readForeignName(tokenize('Mswati III đã gửi'), 0, true)?.name).toBe('Mswati III');
    expect(readForeignName(tokenize('Marc E. Knapper và'), 0, true)?.name).toBe('Marc E. Knapper');
    expect(readForeignName(tokenize('Ả-rập Ai Cập Abdel'), 0, false)).toBeNull();
    expect(readForeignName(tokenize('Putin đã ký'), 0, false)).toBeNull();
    expect(readForeignName(tokenize('Putin đã ký'), 0, true)?.name).toBe('Putin');
    expect(readForeignName(tokenize('VietnamPlus phát'), 0, true)).toBeNull();
  });
});

describe('highlandStart: a Central Highlands name opened by "Y"', () => {
  const at = (text: string, i: number) => highlandStart(tokenize(text), i);
  it('"Y" and a capitalised word start a name, read whole past a word that looks like a family name', () => {
    expect(at('Y Khoa Hà Niê phát biểu', 0)).toBe(true);
    expect(readForeignName(tokenize('Y Khoa Hà Niê Kđăm; ông'), 0, false)?.name).toBe('Y Khoa Hà Niê Kđăm');
  });
  it('traps: medicine and lowercase words', () => {
    expect(at('Đại học Y Dược', 2)).toBe(false);
    expect(at('Trường Y Hà Nội', 1)).toBe(false);
    expect(at('Bộ Y tế', 1)).toBe(false);
    expect(at('Y Dược học', 0)).toBe(false);
  });
});
