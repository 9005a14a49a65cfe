/**
 * Property 1 (issue 6): parsing never throws on text and always returns a sound article.
 *
 * parseArticle over any string (arbitrary code points, lone surrogates, news-like lines,
 * and the bundled fixture articles mutated: lines shuffled, duplicated, truncated, joined,
 * diacritics stripped, NFC/NFD flipped, CRLF mixed in); parseBytes and parseDocument over
 * any bytes, where the only error allowed is the documented VnnewsError for input that is
 * not text. "Sound": tests/properties/article-checks.ts (the JSON Schema, closed, and the
 * invariants it states in words). Saved pages too: parseDocument over random HTML (a tree of
 * the tags the HTML reader looks at, with random attributes, metadata and JSON-LD, any text).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { VnnewsError } from '../../src/errors.js';
import { parseArticle, parseBytes, parseDocument } from '../../src/parse.js';
import { anyBytes, anyText, fixtureTexts, hostileString, mutatedFixture, newsText } from './arbitraries.js';
import { articleProblems } from './article-checks.js';
import { holds, timeoutFor } from './settings.js';

/** Errors parseBytes / parseDocument may throw, by design, for bytes that are not text. */
const NOT_TEXT = new Set(['EMPTY_INPUT', 'BINARY_INPUT', 'BAD_ENCODING']);

function sound(article: unknown): boolean {
  const problems = articleProblems(article);
  if (problems.length > 0) throw new Error(problems.join('\n'));
  return true;
}

/** Either a sound article, or the VnnewsError for input that is not text. */
async function soundOrNotText(parse: () => unknown): Promise<boolean> {
  try {
    return sound(await parse());
  } catch (error) {
    if (error instanceof VnnewsError && NOT_TEXT.has(error.code)) return true;
    throw error;
  }
}

const encode = (text: string): Uint8Array => new TextEncoder().encode(text);

/** Tags the HTML reader treats specially (region, headline, images, chrome), and a few it does not. */
const TAGS = ['div', 'p', 'h1', 'h2', 'span', 'a', 'figure', 'figcaption', 'table', 'tr', 'td', 'ul', 'li', 'nav', 'aside', 'script', 'style', 'form', 'article', 'b', 'br'];
const attribute = fc.oneof(
  fc.constantFrom('class="related"', 'class="sidebar-1"', 'hidden', 'style="display:none"', 'id="comment"', 'class="box-category-item"', ''),
  hostileString.map((value) => `title="${value.replace(/"/g, '&quot;')}"`),
);
const image = fc
  .record({ src: fc.oneof(fc.constantFrom('a.jpg', 'data:image/gif;base64,AA', '/i/x.svg', ''), fc.webUrl()), width: fc.constantFrom('', ' width="20"', ' width="640"'), lazy: fc.boolean() })
  .map(({ src, width, lazy }) => `<img ${lazy ? 'data-src' : 'src'}="${src}"${width}>`);
const text = fc.oneof(newsText, anyText, hostileString).map((value) => value.replace(/</g, '&lt;'));
const { node } = fc.letrec<{ node: string }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    text,
    image,
    fc.tuple(fc.constantFrom(...TAGS), attribute, fc.array(tie('node'), { maxLength: 4 })).map(([tag, attrs, children]) => `<${tag} ${attrs}>${children.join('')}</${tag}>`),
  ),
}));
const head = fc.oneof(
  fc.constant(''),
  text.map((value) => `<meta property="og:title" content="${value.replace(/"/g, '')}"><meta property="article:published_time" content="${value.slice(0, 25).replace(/"/g, '')}">`),
  fc.json().map((json) => `<script type="application/ld+json">${json.replace(/</g, '')}</script>`),
  fc.constant('<script type="application/ld+json">{"@type":"BreadcrumbList","itemListElement":[{"position":"x","item":null},7]}</script>'),
);
const page = fc.tuple(head, fc.array(node, { maxLength: 6 })).map(([meta, body]) => `<!DOCTYPE html><html><head>${meta}</head><body>${body.join('')}</body></html>`);
const FIXTURES = fixtureTexts();

describe('parsing never throws and always gives a sound article', () => {
  it('has fixture articles to mutate', () => {
    expect(FIXTURES.map((f) => f.name)).toContain('seed');
    expect(FIXTURES.length).toBeGreaterThanOrEqual(7);
  });

  it('parseArticle: any string', async () => {
    await holds('parseArticle(any string)', 300, fc.property(anyText, (text) => sound(parseArticle(text))));
  }, timeoutFor(300));

  it('parseArticle: fixture articles, mutated', async () => {
    await holds('parseArticle(mutated fixture)', 120, fc.property(mutatedFixture(FIXTURES), ({ text }) => sound(parseArticle(text, { path: 'mutated.txt' }))));
  }, timeoutFor(120));

  it('parseBytes: any bytes', async () => {
    await holds('parseBytes(any bytes)', 250, fc.asyncProperty(anyBytes, (bytes) => soundOrNotText(() => parseBytes(bytes))));
  }, timeoutFor(250));

  it('parseDocument: any text, with and without the openings that say vnnews Markdown', async () => {
    const opening = fc.constantFrom('', '# ', '---\nschemaVersion: 1\n', '---\nschemaVersion: 1\ntitle: [\n---\n', '---\nschemaVersion: 1\nofficials: [{name: a, titles: [], mentions: [{in: lead, index: 0, start: 0, end: 9, text: x}]}]\n---\n\n**x**\n');
    const path = fc.constantFrom(null, 'a.md', 'a.txt');
    await holds(
      'parseDocument(any text)',
      200,
      fc.asyncProperty(opening, fc.oneof(anyText, newsText), path, (start, text, at) => soundOrNotText(() => parseDocument(encode(start + text), { path: at }))),
    );
  }, timeoutFor(200));

  it('parseDocument: any saved page (random HTML with metadata)', async () => {
    await holds('parseDocument(any page)', 150, fc.asyncProperty(page, (html) => soundOrNotText(() => parseDocument(encode(html), { path: 'page.html' }))));
  }, timeoutFor(150));
});
