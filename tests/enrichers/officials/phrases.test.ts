import { describe, expect, it } from 'vitest';
import { phraseTables } from '../../../src/enrichers/officials/phrases.js';
import { tokenize } from '../../../src/enrichers/officials/tokens.js';

const { tables, starts } = phraseTables({
  HEADS: ['Phó Chủ tịch', 'Chủ tịch', 'Chủ tịch nước', 'Bí thư'],
  HONORIFIC: ['ông', 'bà', 'đồng chí'],
  PLACES: ['Hà Nội', 'Hòa Bình'],
});

describe('phraseTables', () => {
  it('match: the longest entry from a token, in tokens covered; 0 where none starts', () => {
    const tokens = tokenize('Chủ tịch nước Lương Cường gặp Chủ tịch Hà Nội');
    expect(tables.HEADS.match(tokens, 0)).toBe(3);
    expect(tables.HEADS.match(tokens, 6)).toBe(2);
    expect(tables.HEADS.match(tokens, 3)).toBe(0);
    expect(tables.PLACES.match(tokens, 8)).toBe(2);
  });

  it('entries match however the text is cased or its tones placed', () => {
    expect(tables.HEADS.match(tokenize('PHÓ CHỦ TỊCH'), 0)).toBe(3);
    expect(tables.PLACES.match(tokenize('Hoà Bình'), 0)).toBe(2);
    expect(tables.HONORIFIC.match(tokenize('Đồng chí'), 0)).toBe(2);
  });

  it('find: the entry as listed, the longest within a limit of words', () => {
    const tokens = tokenize('chủ tịch nước');
    expect(tables.HEADS.find(tokens, 0)).toBe('Chủ tịch nước');
    expect(tables.HEADS.find(tokens, 0, 2)).toBe('Chủ tịch');
    expect(tables.HEADS.find(tokens, 0, 1)).toBeNull();
  });

  it('positions outside the tokens and entries running past the last token match nothing', () => {
    const tokens = tokenize('ông Phó');
    expect(tables.HONORIFIC.match(tokens, -1)).toBe(0);
    expect(tables.HONORIFIC.match(tokens, tokens.length)).toBe(0);
    expect(tables.HONORIFIC.find(tokens, 99)).toBeNull();
    // "Phó Chủ tịch" starts at the last token but needs two more.
    expect(tables.HEADS.match(tokens, 1)).toBe(0);
  });

  it('a word that starts an entry of another list only matches nothing in this one', () => {
    const tokens = tokenize('Hà Nội');
    expect(tables.HEADS.match(tokens, 0)).toBe(0);
    expect(tables.HONORIFIC.find(tokens, 0)).toBeNull();
  });

  it('starts: one bit per list with an entry beginning with the word; 0 for any other word', () => {
    const [chu, ong, ha, cuong] = tokenize('Chủ ông Hà Cường');
    expect(starts(chu!)).toBe(tables.HEADS.bit);
    expect(starts(ong!)).toBe(tables.HONORIFIC.bit);
    expect(starts(ha!)).toBe(tables.PLACES.bit);
    expect(starts(cuong!)).toBe(0);
    expect(new Set([tables.HEADS.bit, tables.HONORIFIC.bit, tables.PLACES.bit]).size).toBe(3);
  });

  it('has: whole folded phrases only', () => {
    expect(tables.HEADS.has('phó chủ tịch')).toBe(true);
    expect(tables.HEADS.has('phó chủ')).toBe(false);
  });
});
