/**
 * Property 1, "linear time" (issue 6): parsing an input repeated 8k times costs about 8
 * times what it costs repeated k times, for any news-like chunk, on many lines and on one.
 *
 * How it avoids flaking on a loaded 2-core CI box yet still fails on a quadratic path:
 * the two sizes are timed alternately (small, large, small, large, …) so a load spike hits
 * both; the median of RUNS of each is compared; the ratio allowed, MAX_RATIO = 24, is three
 * times the linear 8, while a quadratic path gives 64 (and the check "the check can fail"
 * below shows a quadratic function is caught). Sizes start at SMALL_BYTES so timer
 * resolution does not matter. The check is in linear-checks.ts, shared with fixtures/regressions/.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { newsText } from './arbitraries.js';
import { growth, linearProblems, MAX_RATIO, sizes } from './linear-checks.js';
import { holds, timeoutFor } from './settings.js';

const chunk = newsText.filter((text) => text.trim().length >= 20);

describe('parseArticle runs in linear time', () => {
  it('an article chunk repeated k and 8k times, as lines and as one line', async () => {
    await holds(
      'parseArticle is linear',
      6,
      fc.property(chunk, fc.boolean(), (text, oneLine) => {
        const problems = linearProblems(text, oneLine);
        if (problems.length > 0) throw new Error(problems.join('\n'));
        return true;
      }),
    );
  }, timeoutFor(6));

  it('the check can fail: a quadratic function is caught', () => {
    const quadratic = (text: string): number => {
      let sum = 0;
      for (let i = 0; i < text.length; i += 32) for (let j = 0; j < i; j += 32) sum += text.charCodeAt(j);
      return sum;
    };
    const [small, large] = sizes('Bộ trưởng Nguyễn Văn An. ', ' ');
    expect(growth(quadratic, small, large)).toBeGreaterThan(MAX_RATIO);
  });
});
