import { describe, expect, it } from 'vitest';
import { moveTones } from '../../src/text/move-tones.js';

describe('moveTones', () => {
  it.each([
    ['Uỷ ban', 'Ủy ban'],
    ['khoá XIII', 'khóa XIII'],
    ['Thanh Hoá', 'Thanh Hóa'],
    ['Hoà Bình', 'Hòa Bình'],
    ['hoè', 'hòe'],
    ['Thuỵ Điển', 'Thụy Điển'],
    ['Ủy ban khóa', 'Ủy ban khóa'], // already new style: unchanged
    ['Nghị quyết số 57-NQ/TW', 'Nghị quyết số 57-NQ/TW'],
    // Before a final consonant both styles mark the second vowel: nothing to move.
    ['toàn quốc hoạt động khoảng Quyết', 'toàn quốc hoạt động khoảng Quyết'],
    ['hoà, toà; Uỷ.', 'hòa, tòa; Ủy.'],
  ])('%s → %s', (text, moved) => {
    expect(moveTones(text)).toBe(moved);
  });

  it('keeps the length, so indexes into the result are indexes into the input', () => {
    const text = 'của Uỷ ban nhân dân tỉnh Thanh Hoá khoá mới';
    expect(moveTones(text)).toHaveLength(text.length);
  });
});
