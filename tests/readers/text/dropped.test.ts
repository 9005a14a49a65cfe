import { describe, expect, it } from 'vitest';
import { dropped } from '../../../src/readers/text/dropped.js';

describe('dropped', () => {
  const line = (text: string) => ({ no: 13, text, gapBefore: 0, gapAfter: 0 });

  it('names the line, the rule and what was dropped, quoting the line', () => {
    expect(dropped(line('Chia sẻ'), 'boilerplate/dropped', 'page chrome')).toEqual({
      line: 13,
      rule: 'boilerplate/dropped',
      message: 'page chrome dropped: "Chia sẻ"',
    });
  });

  it('quotes at most 80 characters of a long line', () => {
    const message = dropped(line('x'.repeat(500)), 'boilerplate/related', 'related-article link').message;
    expect(message).toBe(`related-article link dropped: "${'x'.repeat(80)}…"`);
  });
});
