/**
 * Property 1, "linear time" (issue 6): parsing an input repeated 8k times costs about 8
 * times what it costs repeated k times, for any news-like chunk, on many lines and on one.
 *
 * How it avoids flaking on a loaded 2-core CI box yet still fails on a quadratic path:
 * the two sizes are timed alternately (small, large, small, large, …) so a load spike hits
 * both; the median of RUNS of each is compared; the ratio allowed, MAX_RATIO = 24, is three
 * times the linear 8, while a quadratic path gives 64 (and the check "the check can fail"
 * below shows a quadratic function is caught). Sizes start at SMALL_BYTES so timer
 * resolution does not matter.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/parse.js';
import { newsText } from './arbitraries.js';
import { holds, timeoutFor } from './settings.js';

const FACTOR = 8;
const MAX_RATIO = 24;
const RUNS = 5;
const SMALL_BYTES = 24_000;

const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

/** Median time of `work(large)` over median time of `work(small)`, timed alternately. */
export function growth(work: (text: string) => unknown, small: string, large: string): number {
  work(small);
  work(large);
  const times: [number[], number[]] = [[], []];
  for (let i = 0; i < RUNS; i++) {
    for (const [index, text] of [small, large].entries()) {
      const start = performance.now();
      work(text);
      times[index as 0 | 1].push(performance.now() - start);
    }
  }
  return median(times[1]) / Math.max(median(times[0]), 0.05);
}

/** The chunk repeated to about SMALL_BYTES, and FACTOR times that. */
function sizes(chunk: string, glue: string): [string, string] {
  const unit = chunk + glue;
  const k = Math.max(1, Math.ceil(SMALL_BYTES / unit.length));
  return [unit.repeat(k), unit.repeat(k * FACTOR)];
}

const chunk = newsText.filter((text) => text.trim().length >= 20);

describe('parseArticle runs in linear time', () => {
  it('an article chunk repeated k and 8k times, as lines and as one line', async () => {
    await holds(
      'parseArticle is linear',
      6,
      fc.property(chunk, fc.boolean(), (text, oneLine) => {
        const [small, large] = oneLine ? sizes(text.replace(/[\r\n]+/gu, ' '), ' ') : sizes(text, '\n\n');
        const ratio = growth((t) => parseArticle(t), small, large);
        if (ratio >= MAX_RATIO) throw new Error(`${FACTOR}× the input took ${ratio.toFixed(1)}× the time (limit ${MAX_RATIO}×), ${small.length} → ${large.length} characters`);
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
