/**
 * Property 3b (issue 6): the Markdown of any article reads back to the same article.
 *
 * Articles are generated with hostile strings (Markdown and YAML syntax, HTML, URL
 * schemes, character references, Unicode controls and bidi marks) in every field, put
 * in reader form (markdown-checks.ts says what that is and why the round trip is exact
 * only for it), with mentions pointing at their text and images after existing
 * paragraphs, as the parser makes them. toMarkdown → parseDocument must give every field
 * but `source` and `warnings` back deep-equal, and no warning; by path (a .md file) and
 * by content (stdin).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Article } from '../../src/model/article.js';
import { article } from './arbitraries.js';
import { readerForm, roundTripProblems } from './markdown-checks.js';
import { holds, timeoutFor } from './settings.js';

const readerArticle = article({ shape: readerForm, consistentMentions: true, imagesInRange: true });

describe('toMarkdown → parseDocument gives back the same article', () => {
  it('for any article in reader form, read as a .md file and from stdin', async () => {
    await holds(
      'Markdown round trip',
      150,
      fc.asyncProperty(readerArticle, fc.constantFrom('article.md', null), async (a, path) => {
        const problems = await roundTripProblems(a, path);
        if (problems.length > 0) throw new Error(problems.join('\n'));
        return true;
      }),
    );
  }, timeoutFor(150));

  it('reader form keeps text and drops only what no reader keeps', () => {
    expect(readerForm('  Tiêu đề\t có\u00a0dấu  \r\n\r\n dòng hai ')).toBe('  Tiêu đề  có dấu\n\n dòng hai');
    expect(readerForm('\u200b\u0007')).toBeNull();
    expect(readerForm('a\ud800b')).toBe('a\ufffdb');
  });

  it('the check can fail: a changed field is reported', async () => {
    const a = { schemaVersion: 1, section: null, title: 'A', byline: null, published: null, lead: null, paragraphs: ['a\tb'], images: [], officials: [], references: [], warnings: [], source: { path: null, sha256: '0'.repeat(64), encoding: 'utf-8', normalizations: [] } } as Article;
    expect((await roundTripProblems(a))[0]).toMatch(/^paragraphs: wrote \["a\\tb"\], read \["a b"\]/);
  });
});
