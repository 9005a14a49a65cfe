import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../src/enrichers/officials/tokens.js';

describe('tokenize', () => {
  it('words with offsets into the text, punctuation as single tokens, spaces dropped', () => {
    const text = 'Ông Phớc, Bộ trưởng (TP.HCM) – “Ả-rập”.';
    const tokens = tokenize(text);
    expect(tokens.map((t) => t.text)).toEqual(['Ông', 'Phớc', ',', 'Bộ', 'trưởng', '(', 'TP.HCM', ')', '–', '“', 'Ả-rập', '”', '.']);
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
  });

  it('word, capital and all-capitals flags', () => {
    const [ong, ubnd, x, comma, n2024] = tokenize('Ông UBND x , 2024');
    expect([ong!.word, ong!.cap, ong!.caps]).toEqual([true, true, false]);
    expect([ubnd!.cap, ubnd!.caps]).toEqual([true, true]);
    expect([x!.cap, x!.caps]).toEqual([false, false]);
    expect(comma!.word).toBe(false);
    expect([n2024!.word, n2024!.cap, n2024!.caps]).toEqual([true, false, false]);
  });

  it('keys fold case and old-style tone placement, so "Thuỷ" and "THỦY" meet', () => {
    expect(tokenize('Thuỷ THỦY Hoà hòa').map((t) => t.key)).toEqual(['thủy', 'thủy', 'hòa', 'hòa']);
  });

  it('a dot or dash between words joins them; at the end of a word it does not', () => {
    expect(tokenize('R.Pompeo Jae-in Hải Phòng. Tiếp -').map((t) => t.text)).toEqual(['R.Pompeo', 'Jae-in', 'Hải', 'Phòng', '.', 'Tiếp', '-']);
  });

  it('a capitalised syllable glued by a dash to a syllable is two words; foreign and lower-case joins stay one', () => {
    expect(tokenize('Nguyễn Trọng Nghĩa-Ủy viên').map((t) => t.text)).toEqual(['Nguyễn', 'Trọng', 'Nghĩa', '-', 'Ủy', 'viên']);
    expect(tokenize('Mira Rapp-Hooper Jean-Pierre Jae-in Ả-rập').map((t) => t.text)).toEqual(['Mira', 'Rapp-Hooper', 'Jean-Pierre', 'Jae-in', 'Ả-rập']);
  });

  it('a character is a word character or not whatever its case: the Ohm, Kelvin and Angstrom signs are letters', () => {
    // Classed on the block's lower-case copy, where they are "ω", "k", "å": the same tokens either way.
    expect(tokenize('10 kΩ 5 \u212a \u212bngström').map((t) => t.text)).toEqual(['10', 'kΩ', '5', '\u212a', '\u212bngström']);
    expect(tokenize('a \u2122 b').map((t) => t.text)).toEqual(['a', '\u2122', 'b']);
    // A text whose lower case changes its length is tokenized without the copy, alike.
    expect(tokenize('İ 10 kΩ').map((t) => t.text)).toEqual(['İ', '10', 'kΩ']);
  });

  it('empty and space-only text give no tokens', () => {
    expect(tokenize('')).toEqual([]);
    expect(tokenize(' \u00a0 ')).toEqual([]);
  });
});
