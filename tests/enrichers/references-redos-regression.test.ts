/**
 * Issue 6 regressions for the references enricher's rewritten patterns: WORD_BEFORE (was
 * `([letters]+) $`, quadratic unanchored) and DATE_TAIL_PATTERN (its `,? +` lead now read in
 * code). Long adversarial inputs are handled fast; ordinary ones read as before.
 */
import { describe, expect, it } from 'vitest';
import { DATE_TAIL_PATTERN } from '../../src/enrichers/references-patterns.js';
import { findReferences, WORD_BEFORE } from '../../src/enrichers/references.js';

const timed = (run: () => unknown): number => {
  const started = performance.now();
  run();
  return performance.now() - started;
};

describe('WORD_BEFORE', () => {
  it.each([
    ['Trường Đại học ', 'học'],
    ['học ', 'học'],
    ['x, Pháp ', 'Pháp'],
    ['1Luật ', 'Luật'],
    ['ab  ', undefined],
    ['ab', undefined],
    ['', undefined],
  ])('%j → %j', (text, word) => {
    expect(WORD_BEFORE.exec(text)?.[1]).toBe(word);
  });

  it('a long run of letters with no space after is refused in linear time', () => {
    const letters = 'Đ'.repeat(200_000);
    expect(timed(() => expect(WORD_BEFORE.exec(`${letters}x`)).toBeNull())).toBeLessThan(500);
    expect(timed(() => expect(WORD_BEFORE.exec(`${letters} `)?.[1]).toBe(letters))).toBeLessThan(500);
  });

  it('schools and papers still are not laws', () => {
    expect(findReferences('sinh viên Trường Đại học Luật Hà Nội')).toEqual([]);
    expect(findReferences('Báo Pháp Luật TP Hồ Chí Minh tặng sách')).toEqual([]);
  });
});

describe('DATE_TAIL_PATTERN', () => {
  it('starts at "ngày": the ",? +" before it is read in code', () => {
    expect(DATE_TAIL_PATTERN.startsWith('ngày ')).toBe(true);
  });

  it.each([
    ['Nghị quyết số 57-NQ/TW ngày 22/12/2024', '2024-12-22'],
    ['Nghị quyết số 57-NQ/TW, ngày 22/12/2024', '2024-12-22'],
    ['Nghị quyết số 57-NQ/TW ,   ngày 22 tháng 12 năm 2024', null],
    ['Nghị quyết số 57-NQ/TW,   ngày 22 tháng 12 năm 2024', '2024-12-22'],
    ['Nghị quyết số 57-NQ/TWngày 22/12/2024', null],
    ['Nghị quyết số 57-NQ/TW,ngày 22/12/2024', null],
    ['Nghị quyết số 57-NQ/TW ngày 22/12/20245', null],
    ['Nghị quyết số 57-NQ/TW ngày 22/12-2024', null],
  ])('%s → %s', (text, date) => {
    expect(findReferences(text)[0]?.date).toBe(date);
  });

  it('long runs of spaces (searched from every position, the stricter case) are fast', () => {
    const regex = new RegExp(DATE_TAIL_PATTERN, 'gu');
    const spaces = ' '.repeat(500_000);
    expect(timed(() => expect(regex.exec(`${spaces}x`)).toBeNull())).toBeLessThan(500);
    const text = `Nghị quyết số 57-NQ/TW${' ,'.repeat(100_000)}${spaces}ngày 22/12/2024`;
    expect(timed(() => findReferences(text))).toBeLessThan(1_000);
    expect(findReferences(`Nghị quyết số 57-NQ/TW${spaces}ngày 22/12/2024`)[0]?.date).toBe('2024-12-22');
  });
});
