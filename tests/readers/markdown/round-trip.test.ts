/**
 * Markdown written by vnnews reads back to the same article.
 *
 * "The same article" means every field of the JSON except `source` and `warnings`, which
 * describe the input file (the .md's own path, hash and encoding; what reading that file
 * found): schemaVersion, section, title, byline, published, lead, paragraphs, images,
 * officials (with their mentions) and references are deep-equal. A vnnews-written
 * Markdown also reads back without a single warning.
 *
 * Over every corpus article (skipped without ../shared/corpus), every fixture, and
 * synthetic articles at the edges of the layout.
 */
import { describe, expect, it } from 'vitest';
import type { Article } from '../../../src/model/article.js';
import { parseDocument } from '../../../src/parse.js';
import { toMarkdown } from '../../../src/writers/markdown/index.js';
import { edgeArticles, realArticles } from '../../writers/articles.js';

/** The article without the fields that describe the input file. */
export function sameArticleFields(article: Article): Omit<Article, 'source' | 'warnings'> {
  const { source: _source, warnings: _warnings, ...rest } = article;
  return rest;
}

const encode = (text: string): Uint8Array => new TextEncoder().encode(text);

const cases = [...realArticles(), ...edgeArticles()];

describe('toMarkdown → parseDocument gives the same article', () => {
  it('has real articles to check (fixtures, and the corpus when present)', () => {
    expect(realArticles().length).toBeGreaterThanOrEqual(8);
  });

  it.each(cases.map((c) => [c.name, c.article] as const))('%s', async (_name, article) => {
    const back = await parseDocument(encode(toMarkdown(article)), { path: 'article.md' });
    expect(sameArticleFields(back)).toEqual(sameArticleFields(article));
    expect(back.warnings).toEqual([]);
    expect(back.source.path).toBe('article.md');
  });

  it('recognises the Markdown by content when there is no path (stdin)', async () => {
    for (const { article } of edgeArticles()) {
      const back = await parseDocument(encode(toMarkdown(article)), { path: null });
      expect(sameArticleFields(back)).toEqual(sameArticleFields(article));
    }
  });

  it('without front matter, the text comes back: title, lead, paragraphs, images', async () => {
    for (const { name, article } of cases) {
      if (article.title === null) continue; // no H1 and no front matter: nothing says Markdown but the path
      const back = await parseDocument(encode(toMarkdown(article, { frontMatter: false })), { path: null });
      const text = (a: Article) => ({ title: a.title, lead: a.lead, paragraphs: a.paragraphs, images: a.images });
      expect(text(back), name).toEqual(text(article));
      expect(back.section, name).toBeNull();
    }
  });

  it('survives Windows line ends and a BOM added by an editor', async () => {
    const article = edgeArticles()[0]!.article;
    const markdown = `\uFEFF${toMarkdown(article).replace(/\n/g, '\r\n')}`;
    const back = await parseDocument(encode(markdown), { path: 'edited.md' });
    expect(sameArticleFields(back)).toEqual(sameArticleFields(article));
  });
});
