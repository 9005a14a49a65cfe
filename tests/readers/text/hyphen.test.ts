import { describe, expect, it } from 'vitest';
import { glueLine } from '../../../src/readers/text/hyphen.js';
import { readPlainText } from '../../../src/readers/text/index.js';

describe('glueLine: a line glued to the line it carries on', () => {
  it('a foreign word broken with a hyphen at the line end is one word again, without the hyphen', () => {
    expect(glueLine('công nghệ của tập đoàn Siemens Ga-', 'mesa (Tây Ban Nha).')).toBe('công nghệ của tập đoàn Siemens Gamesa (Tây Ban Nha).');
    expect(glueLine('hợp tác với các đối tác inter-', 'national khác')).toBe('hợp tác với các đối tác international khác');
  });

  it('two Vietnamese syllables keep the hyphen: a transcribed loanword is printed hyphenated', () => {
    expect(glueLine('Dự án gồm 40 tua-', 'bin, mỗi tua-bin')).toBe('Dự án gồm 40 tua-bin, mỗi tua-bin');
    expect(glueLine('các nước Ả-', 'rập Xê-út')).toBe('các nước Ả-rập Xê-út');
  });

  it('anything else is glued with a space (traps)', () => {
    // No hyphen, or a dash with a space before it, or a number before it.
    expect(glueLine('so với tuần trước,', 'số ca giảm')).toBe('so với tuần trước, số ca giảm');
    expect(glueLine('Hà Nội -', 'thủ đô')).toBe('Hà Nội - thủ đô');
    expect(glueLine('giai đoạn 2021-', 'nay')).toBe('giai đoạn 2021- nay');
    // The next line opens with a capital or a digit: no word goes on there.
    expect(glueLine('Siemens Ga-', 'Mesa')).toBe('Siemens Ga- Mesa');
    expect(glueLine('Siemens Ga-', '2025')).toBe('Siemens Ga- 2025');
    // A hyphen alone.
    expect(glueLine('-', 'mesa')).toBe('- mesa');
  });

  it('looks back over one word only: a line of a million letters before the hyphen is no slower than a short one', () => {
    const long = `${'a'.repeat(1_000_000)} -`;
    const started = performance.now();
    expect(glueLine(long, 'mesa')).toBe(`${long} mesa`);
    expect(glueLine(`${'a'.repeat(1_000_000)}-`, 'mesa')).toBe(`${'a'.repeat(1_000_000)}- mesa`);
    expect(performance.now() - started).toBeLessThan(1000);
  });
});

describe('readPlainText: a hard-wrapped column with a word broken at a line end', () => {
  it('the paragraph holds the word whole', () => {
    const f = readPlainText(
      [
        'KINH TẾ',
        '',
        'Khánh thành nhà máy điện gió ngoài khơi',
        '',
        'BẠC LIÊU - Ngày 11-11, Công ty cổ phần Năng lượng Biển Xanh khánh thành nhà máy điện gió 200 MW.',
        '',
        'Dự án gồm 40 tua-bin, sử dụng công nghệ của tập đoàn Siemens Ga-',
        'mesa (Tây Ban Nha), mỗi tua-',
        'bin công suất 5 MW.',
      ].join('\n'),
    ).fields;
    expect(f.paragraphs).toEqual(['Dự án gồm 40 tua-bin, sử dụng công nghệ của tập đoàn Siemens Gamesa (Tây Ban Nha), mỗi tua-bin công suất 5 MW.']);
  });
});
