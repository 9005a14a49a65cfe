/**
 * Issue 6: the patterns of src/readers/text/header.ts that recheck reported vulnerable (polynomial) or
 * could not decide were rewritten. Each case feeds the new code a long input of the kind
 * recheck attacks with (200 000 characters; the old quadratic patterns took about 0.4 to
 * 1.4 s at 20 000, so tens of seconds here), checks it answers at once, and that ordinary
 * lines still read as before.
 */
import { FAST_MS, LONG, timed } from './timed.js';
import { describe, expect, it } from 'vitest';
import { trailingTimestamp, withoutTrailingMarks } from '../../../src/readers/text/header.js';
import { readPlainText } from '../../../src/readers/text/index.js';
import { withoutBoldMarks } from '../../../src/readers/text/markup.js';
import { isSpacedMenu } from '../../../src/readers/text/patterns.js';


describe('header patterns stay linear on adversarial lines', () => {
  it('header TRAILING_TIMESTAMP: a long run of spaces that no timestamp ends', () => {
    const { value, ms } = timed(() => trailingTimestamp('Tiêu đề' + ' '.repeat(LONG) + 'x 30/01/2026'));
    expect(value).toBeNull();
    expect(ms).toBeLessThan(FAST_MS);
    expect(trailingTimestamp('Nghị quyết Đại hội XIV \t 30/01/2026 17:43')).toEqual({ index: 22, stamp: ' \t 30/01/2026 17:43' });
    expect(trailingTimestamp('Tin 17:43, 30/01/2026')).toEqual({ index: 3, stamp: ' 17:43, 30/01/2026' });
    expect(trailingTimestamp('Tin 30/01/2026')).toBeNull();
  });

  it('header `[?!]+$`: a long run of marks followed by a letter', () => {
    const text = '?!'.repeat(LONG / 2) + 'a';
    const { value, ms } = timed(() => withoutTrailingMarks(text));
    expect(value).toBe(text);
    expect(ms).toBeLessThan(FAST_MS);
    expect(withoutTrailingMarks('Vì sao?!')).toBe('Vì sao');
    expect(withoutTrailingMarks('Thật sao?!.')).toBe('Thật sao?!.');
  });

  it('header AGE_AFTER ("Minh Nhật - 2 giờ trước"): a long run of separators and digits under the title that no age ends', () => {
    const line = 'Minh Nhật' + ' - 2'.repeat(LONG / 4) + ' giờ trướcx';
    const { value, ms } = timed(() => readPlainText(['Thời sự', 'Tiêu đề bài báo', line, 'Sáng 11/3, UBND TP Hà Nội tổ chức lễ khánh thành.'].join('\n')));
    expect(value.fields.byline?.authors ?? []).toEqual([]);
    expect(ms).toBeLessThan(FAST_MS);
  });

  it('isSpacedMenu and withoutBoldMarks: long lines of menu words and of asterisks', () => {
    const menu = 'Thời sự '.repeat(LONG / 8);
    expect(timed(() => isSpacedMenu(menu)).ms).toBeLessThan(FAST_MS);
    expect(isSpacedMenu(menu)).toBe(false);
    const stars = '**' + '*'.repeat(LONG) + 'a**';
    const { value, ms } = timed(() => withoutBoldMarks(stars));
    expect(value).toBe(stars);
    expect(ms).toBeLessThan(FAST_MS);
  });
});
