/** The article-JSON reader: schema-checked, and refused with the path of the problem. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isArticleJson } from '../../../src/readers/json/detect.js';
import { readArticleJson as read } from '../../../src/readers/json/index.js';
import { ROOT } from '../../writers/articles.js';

const seed = JSON.parse(readFileSync(join(ROOT, 'fixtures/seed/expected.json'), 'utf8')) as Record<string, unknown>;

function refusal(change: (article: Record<string, any>) => void): string {
  const article = structuredClone(seed);
  change(article);
  try {
    read(JSON.stringify(article));
  } catch (error) {
    expect((error as { code?: string }).code).toBe('INVALID_ARTICLE');
    return (error as Error).message;
  }
  throw new Error('accepted');
}

describe('readArticleJson', () => {
  it('reads a valid article as it is (a BOM allowed)', () => {
    expect(read(`\uFEFF${JSON.stringify(seed)}`)).toEqual(seed);
  });

  it('reads an article written before images had creditLabel: "Ảnh" where there is a credit, as every writer printed', () => {
    const older = structuredClone(seed) as Record<string, any>;
    older.images = [
      { src: 'a.jpg', caption: 'Một', credit: 'TTXVN', afterParagraph: 0 },
      { src: 'b.jpg', caption: 'Hai', credit: null, afterParagraph: 0 },
    ];
    expect(read(JSON.stringify(older)).images.map((image) => image.creditLabel)).toEqual(['Ảnh', null]);
  });

  it('keeps a creditLabel it is given, null included (a credit that names itself)', () => {
    const given = structuredClone(seed) as Record<string, any>;
    given.images = [{ src: 'a.jpg', caption: 'Một', credit: 'Ảnh chụp màn hình', creditLabel: null, afterParagraph: 0 }];
    expect(read(JSON.stringify(given)).images[0]!.creditLabel).toBeNull();
  });

  it('accepts fields it does not know (the schema is open within version 1)', () => {
    expect(read(JSON.stringify({ ...seed, extra: true }))).toMatchObject({ extra: true });
  });

  it.each<[string, (a: Record<string, any>) => void, string]>([
    ['a caption of the wrong type', (a) => (a.images[0].caption = 5), '/images/0/caption: expected string or null'],
    ['a missing field', (a) => delete a.lead, '/lead: missing'],
    ['a missing nested field', (a) => delete a.images[1].credit, '/images/1/credit: missing'],
    ['a bad byline (oneOf: the deeper error wins)', (a) => (a.byline = { text: 3, authors: [] }), '/byline/text: expected string'],
    ['a bad date', (a) => (a.published = '11/03/2025'), '/published: expected an ISO 8601 date or time such as 2025-03-11 or 2025-03-11T20:25:00+07:00'],
    ['a bad mention', (a) => (a.officials = [{ name: 'A', titles: [], mentions: [{ in: 'body', index: 0, start: 0, end: 1, text: 'A' }] }]), '/officials/0/mentions/0/in: expected one of "title", "lead", "paragraph", "caption"'],
    ['a negative index', (a) => (a.images[0].afterParagraph = -2), '/images/0/afterParagraph: expected at least -1'],
    ['a credit label that is none', (a) => (a.images[0].creditLabel = 'Ảnh:'), '/images/0/creditLabel: expected one of "Ảnh", "Nguồn", "Nguồn ảnh", "Nguồn hình ảnh", "Ảnh - Nguồn", "Ảnh minh họa", "Hình", "Photo", "Tranh", "Đồ họa", null'],
    ['another schema version', (a) => (a.schemaVersion = 2), 'article JSON of schema version 2; this vnnews reads version 1'],
  ])('refuses %s', (_what, change, message) => {
    expect(refusal(change)).toBe(message);
  });

  it('refuses text that is not JSON, on one line', () => {
    expect(() => read('{\n  "a": }')).toThrow(/^not valid JSON \([^\n]*\)$/);
  });

  it('refuses JSON that is not an object', () => {
    expect(() => read('[1]')).toThrow('/: expected object');
  });
});

describe('isArticleJson', () => {
  it.each([
    ['{"schemaVersion":1}', true],
    ['\uFEFF  \n{', true],
    ['Chính trị\n{', false],
    ['[1]', false],
  ])('%j → %s', (text, expected) => expect(isArticleJson(text)).toBe(expected));
});
