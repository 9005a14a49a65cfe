/**
 * The failures the property tests found (fixtures/regressions/, README there), each run
 * through the checks it once failed.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Article } from '../../src/model/article.js';
import { parseArticle } from '../../src/parse.js';
import { articleProblems } from './article-checks.js';
import { safetyProblems, validityProblems } from './html-checks.js';
import { linearProblems } from './linear-checks.js';
import { roundTripProblems } from './markdown-checks.js';

const DIR = fileURLToPath(new URL('../../fixtures/regressions/', import.meta.url));

interface Case {
  checks: string[];
  what: string;
  found: string;
  article?: Article;
  text?: string;
}

const CHECKS: Readonly<Record<string, (c: Case) => Promise<string[]> | string[]>> = {
  'html-safe': (c) => safetyProblems(c.article as Article),
  'html-valid': (c) => validityProblems(c.article as Article),
  'markdown-round-trip': (c) => roundTripProblems(c.article as Article),
  parse: (c) => articleProblems(parseArticle(c.text as string)),
  linear: (c) => [...linearProblems(c.text as string, false), ...linearProblems(c.text as string, true)],
};

const cases = readdirSync(DIR, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => [entry.name, JSON.parse(readFileSync(join(DIR, entry.name, 'case.json'), 'utf8')) as Case] as const)
  .sort(([a], [b]) => a.localeCompare(b));

describe('regression cases from the property tests', () => {
  it('has cases, each with checks it knows and the input they need', () => {
    expect(cases.length).toBeGreaterThanOrEqual(8);
    for (const [name, c] of cases) {
      expect(c.checks.length, name).toBeGreaterThan(0);
      for (const check of c.checks) {
        expect(Object.keys(CHECKS), name).toContain(check);
        const wantsText = check === 'parse' || check === 'linear';
        expect(wantsText ? typeof c.text : typeof c.article, `${name}: ${check}`).toBe(wantsText ? 'string' : 'object');
      }
    }
  });

  it.each(cases.flatMap(([name, c]) => c.checks.map((check) => [`${name}: ${check}`, check, c] as const)))('%s', async (_name, check, c) => {
    expect(await CHECKS[check]!(c)).toEqual([]);
  });
});
