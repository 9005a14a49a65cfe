/**
 * Every HTML export passes html-validate (the npm package, run in-process) with its
 * recommended rules, less those below, each with the reason it is left out. Over every
 * corpus article (when ../shared/corpus is present), every fixture, and the synthetic
 * articles at the edges; as a page and as a fragment.
 */
import { HtmlValidate, type ConfigData } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { toHtml } from '../../src/writers/html/index.js';
import { edgeArticles, realArticles } from './articles.js';

/** Recommended rules left out, and why. */
const RULES_LEFT_OUT: Readonly<Record<string, string>> = {
  // The <title> is the article's own headline; cutting it at 70 characters (an SEO
  // heuristic about search-result snippets) would misquote it. 7 of 17 corpus titles are longer.
  'long-title': 'off',
};

const CONFIG: ConfigData = { extends: ['html-validate:recommended'], rules: { ...RULES_LEFT_OUT } as ConfigData['rules'] };
const validator = new HtmlValidate(CONFIG);

async function problems(html: string): Promise<string[]> {
  const report = await validator.validateString(html);
  return report.results.flatMap((result) => result.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}: ${m.message}`));
}

const cases = [...realArticles(), ...edgeArticles()];

describe('html-validate (recommended)', () => {
  it.each(cases.map((c) => [c.name, c.article] as const))('%s', async (_name, article) => {
    expect(await problems(toHtml(article))).toEqual([]);
  });

  // A fragment is the page's <article> alone: checking it for the fixtures is enough.
  it.each(cases.filter((c) => c.name.startsWith('fixtures/')).map((c) => [c.name, c.article] as const))(
    '%s as a fragment',
    async (_name, article) => {
      expect(await problems(toHtml(article, { fragment: true }))).toEqual([]);
    },
  );

  it('is strict enough to fail: a page with a bad attribute is reported', async () => {
    expect(await problems('<!DOCTYPE html><html lang="vi"><head><title>x</title></head><body><img src="a.jpg"></body></html>')).not.toEqual([]);
  });

  it('leaves out only documented rules', () => {
    expect(Object.keys(RULES_LEFT_OUT)).toEqual(['long-title']);
  });
});
