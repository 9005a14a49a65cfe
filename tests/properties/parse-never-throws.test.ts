/**
 * Property 1 (issue 6): parsing never throws on text and always returns a sound article.
 *
 * parseArticle over any string (arbitrary code points, lone surrogates, news-like lines,
 * and the bundled fixture articles mutated: lines shuffled, duplicated, truncated, joined,
 * diacritics stripped, NFC/NFD flipped, CRLF mixed in); parseBytes and parseDocument over
 * any bytes, where the only error allowed is the documented VnnewsError for input that is
 * not text. "Sound": tests/properties/article-checks.ts (the JSON Schema, closed, and the
 * invariants it states in words).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { VnnewsError } from '../../src/errors.js';
import { parseArticle, parseBytes, parseDocument } from '../../src/parse.js';
import { anyBytes, anyText, fixtureTexts, mutatedFixture, newsText } from './arbitraries.js';
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
});
