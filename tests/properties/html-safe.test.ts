/**
 * Property 3a (issue 6): the HTML of any article is safe and valid.
 *
 * For any Article the schema allows (tests/properties/arbitraries.ts: hostile strings in
 * every field, mentions pointing anywhere, images after any paragraph), toHtml's page and
 * fragment, parsed by parse5 (the WHATWG HTML parsing algorithm browsers implement):
 *   - has only the elements and attributes the writer makes (ALLOWED), so none came from
 *     the article's text;
 *   - has no `on*` attribute and no javascript: (or vbscript:/data:) URL in any attribute
 *     HTML reads as a URL (an alt or title text may say "javascript:": it is text);
 *   - has one <script>, the JSON-LD, whose text is JSON that reads back to the same data;
 *   - shows each text where it belongs, as text: the <h1> reads the title, the body's
 *     plain <p> elements read the paragraphs, in order;
 *   - passes html-validate with the config of tests/writers/html-validate.test.ts (one
 *     rule more left out, for a reason given in html-checks.ts).
 * The checks are in html-checks.ts, shared with fixtures/regressions/.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Article } from '../../src/model/article.js';
import { article } from './arbitraries.js';
import { htmlProblems, safetyProblems, validityProblems } from './html-checks.js';
import { holds, timeoutFor } from './settings.js';

/** Any article the schema allows: fields as generated, mentions and images anywhere. */
const anyArticle = article({ shape: (text) => text, consistentMentions: false, imagesInRange: false });

describe('the HTML of any article is safe and valid', () => {
  it('page: only the writer\'s elements and attributes, no handler or script URL, texts in place, JSON-LD intact', async () => {
    await holds(
      'toHtml(any article) is safe',
      150,
      fc.property(anyArticle, (a) => {
        const found = safetyProblems(a);
        if (found.length > 0) throw new Error(found.join('\n'));
        return true;
      }),
    );
  }, timeoutFor(150));

  it('page and fragment pass html-validate', async () => {
    await holds(
      'toHtml(any article) validates',
      60,
      fc.asyncProperty(anyArticle, async (a) => {
        const found = await validityProblems(a);
        if (found.length > 0) throw new Error(found.join('\n'));
        return true;
      }),
    );
  }, timeoutFor(60));

  it('the checks can fail: injected markup, a handler and a script URL are all reported', () => {
    const a = { title: null, paragraphs: [], images: [] } as unknown as Article;
    const bad = '<article><b onclick="x">x</b><img src="java\tscript:alert(1)"></article>';
    const found = htmlProblems(bad, a, true);
    expect(found).toContain('element <b> the writer never makes');
    expect(found).toContain('event handler onclick');
    expect(found.some((p) => p.startsWith('script URL in src'))).toBe(true);
  });
});
