/**
 * Property 2, in practice (issue 6): a 1 MB single line of adversarial text parses in under
 * a second, through parseArticle in this process: runs of what the patterns pivot on
 * (capitals, dots, commas, digits, slashes, spaces, "!", "?") and of the phrases the
 * enrichers look for ("Bộ trưởng ", "Nguyễn Văn ", "ông An ", "và ", "Nghị quyết số 1/").
 *
 * The time is the fastest of up to three runs (a run under the limit ends the case): the
 * cost of the code, not of whatever else a loaded CI machine is doing. A quadratic path
 * over 1 MB costs minutes, not a second, so the limit still catches one.
 */
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/parse.js';
import { articleProblems } from './article-checks.js';

const SIZE = 1_000_000;
const LIMIT_MS = 1_000;

export const ADVERSARIAL_UNITS: readonly string[] = [
  'ABCDEFGH ', 'ĐẠI HỘI ', '.', ',', '1', '/', ' ', '!', '?', ':', '-', '(', ')', '1.', '1/', '1/1/2025 ', 'A. ', 'A, ',
  'Bộ trưởng ', 'Nguyễn Văn ', 'ông An ', 'và ', 'Nghị quyết số 1/', 'Ảnh: ', '(Ảnh: ', 'Luật Đất ', 'Theo ', 'của Bộ ',
];

/** The fastest of up to `runs` runs, in ms, stopping at the first under `limit`. */
function fastest(run: () => void, runs: number, limit: number): number {
  let best = Number.POSITIVE_INFINITY;
  for (let i = 0; i < runs && best >= limit; i++) {
    const start = performance.now();
    run();
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

describe('a 1 MB line of adversarial text parses in under a second', () => {
  parseArticle('Khởi động: một lần cho JIT.\n\nBộ trưởng Nguyễn Văn An, Nghị quyết số 1/2025.');
  it.each(ADVERSARIAL_UNITS.map((unit) => [JSON.stringify(unit), unit] as const))('%s repeated', (_name, unit) => {
    const text = unit.repeat(Math.ceil(SIZE / unit.length));
    let article: unknown;
    const ms = fastest(() => (article = parseArticle(text)), 3, LIMIT_MS);
    expect(articleProblems(article)).toEqual([]);
    expect(ms, `${JSON.stringify(unit)} × ${text.length / unit.length}: ${ms.toFixed(0)} ms`).toBeLessThan(LIMIT_MS);
  }, 60_000);
});
