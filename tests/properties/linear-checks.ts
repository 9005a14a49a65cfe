/**
 * The linear-time check of tests/properties/parse-linear.test.ts (see there for how it
 * avoids flaking), shared with the regression cases (fixtures/regressions/).
 */
import { parseArticle } from '../../src/parse.js';

export const FACTOR = 8;
export const MAX_RATIO = 24;
/** Measurements before a ratio over the limit is believed. */
const ATTEMPTS = 3;
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
export function sizes(chunk: string, glue: string): [string, string] {
  const unit = chunk + glue;
  const k = Math.max(1, Math.ceil(SMALL_BYTES / unit.length));
  return [unit.repeat(k), unit.repeat(k * FACTOR)];
}

/** What is wrong with parsing `chunk` repeated k and 8k times (as lines, or on one line); [] when linear. */
export function linearProblems(chunk: string, oneLine: boolean): string[] {
  const [small, large] = oneLine ? sizes(chunk.replace(/[\r\n]+/gu, ' '), ' ') : sizes(chunk, '\n\n');
  // A ratio over the limit counts only when it comes back on two more measurements (the
  // smallest of the three is taken): load on a busy machine does not repeat, a quadratic path does.
  let ratio = Number.POSITIVE_INFINITY;
  for (let attempt = 0; attempt < ATTEMPTS && ratio >= MAX_RATIO; attempt++) ratio = Math.min(ratio, growth((t) => parseArticle(t), small, large));
  return ratio < MAX_RATIO ? [] : [`${FACTOR}× the input took ${ratio.toFixed(1)}× the time (limit ${MAX_RATIO}×), ${small.length} → ${large.length} characters`];
}
