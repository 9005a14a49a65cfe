/**
 * The Markdown vnnews writes, rendered by an independent renderer (markdown-it with raw
 * HTML allowed, tables and strikethrough on, as its default preset has them): every
 * element in the result is one the layout made (h1 for the title, strong for the lead,
 * p, img + br + em for an image), counted exactly; none comes from the article's text.
 *
 * The body is rendered without the YAML front matter, as front-matter-aware tools
 * (static site generators, GitHub) treat it; a renderer that knows nothing of front
 * matter would show the YAML as text (see the README).
 */
import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import type { Article } from '../../src/model/article.js';
import { isSafeImageSrc } from '../../src/model/image-src.js';
import { toMarkdown } from '../../src/writers/markdown/index.js';
import { edgeArticles, realArticles, type NamedArticle } from './articles.js';

const renderer = new MarkdownIt({ html: true });

/** Each start tag in rendered HTML: its name and attribute names and values. */
function elements(html: string): { name: string; attributes: Record<string, string> }[] {
  return [...html.matchAll(/<([a-zA-Z][\w-]*)((?:\s+[^\s=>/]+(?:="[^"]*")?)*)\s*\/?>/g)].map((match) => ({
    name: match[1]!.toLowerCase(),
    attributes: Object.fromEntries([...match[2]!.matchAll(/([^\s=]+)(?:="([^"]*)")?/g)].map((a) => [a[1]!, a[2] ?? ''])),
  }));
}

/** How many of each element the layout makes for an article. */
function expectedCounts(article: Article): Record<string, number> {
  const withBeneath = article.images.filter((image) => image.caption !== null || image.credit !== null).length;
  const counts: Record<string, number> = {
    h1: article.title === null ? 0 : 1,
    strong: article.lead === null ? 0 : 1,
    p: (article.lead === null ? 0 : 1) + article.paragraphs.length + article.images.length,
    img: article.images.length,
    br: withBeneath,
    em: article.images.filter((image) => image.caption !== null).length,
  };
  return Object.fromEntries(Object.entries(counts).filter(([, n]) => n > 0));
}

const hostile = (cases: NamedArticle[]): NamedArticle[] =>
  cases.filter((c) => c.name.includes('hostile') || c.name.startsWith('text that looks') || c.name.startsWith('image sources'));

describe('markdown-it (html: true) renders only the layout', () => {
  const cases = hostile([...realArticles(), ...edgeArticles()]);

  it('checks the hostile fixture and the look-alike articles', () => {
    expect(cases.map((c) => c.name)).toEqual([
      'fixtures/hostile/input.txt',
      'text that looks like Markdown or HTML',
      'image sources a renderer must not link, and ones that look defused',
    ]);
  });

  it.each(cases.map((c) => [c.name, c.article] as const))('%s', (_name, article) => {
    const html = renderer.render(toMarkdown(article, { frontMatter: false }));
    const found = elements(html);
    const counts: Record<string, number> = {};
    for (const element of found) counts[element.name] = (counts[element.name] ?? 0) + 1;
    expect(counts).toEqual(expectedCounts(article));
    for (const element of found) {
      const allowed = element.name === 'img' ? ['src', 'alt'] : [];
      expect(Object.keys(element.attributes).filter((name) => !allowed.includes(name)), element.name).toEqual([]);
    }
    for (const img of found.filter((element) => element.name === 'img')) {
      const src = decodeURI(img.attributes.src ?? '');
      expect(src === '' || isSafeImageSrc(src), src).toBe(true);
    }
  });

  it('would notice an element from the text (the check can fail)', () => {
    const article = { ...edgeArticles()[0]!.article, paragraphs: ['x'] };
    const html = renderer.render(`${toMarkdown(article, { frontMatter: false })}\n<b>injected</b>\n`);
    expect(elements(html).some((element) => element.name === 'b')).toBe(true);
  });
});
