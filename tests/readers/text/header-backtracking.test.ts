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
});
