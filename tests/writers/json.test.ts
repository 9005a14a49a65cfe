import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/parse.js';
import { toJson } from '../../src/writers/json.js';
import { FORMATS, isFormat, WRITERS } from '../../src/writers/index.js';

const article = parseArticle('THỜI SỰ\nTiêu đề bài báo thử\nVũ Ba 11/03/2025 - 20:25\nĐoạn mở đầu của bài.\n');

describe('toJson', () => {
  it('one line with a final newline by default, and reads back equal', () => {
    const text = toJson(article);
    expect(text.endsWith('}\n')).toBe(true);
    expect(text.trimEnd()).not.toContain('\n');
    expect(JSON.parse(text)).toEqual(article);
  });

  it('indented with pretty', () => {
    const text = toJson(article, { pretty: true });
    expect(text).toMatch(/^\{\n {2}"schemaVersion"/);
    expect(JSON.parse(text)).toEqual(article);
  });
});

describe('WRITERS', () => {
  it('looks formats up by name', () => {
    expect(FORMATS).toContain('json');
    expect(isFormat('json')).toBe(true);
    expect(isFormat('toString')).toBe(false);
    expect(WRITERS.json.extension).toBe('json');
  });

  it('has json, md and html, each loaded on demand as a writer of its format', async () => {
    expect(FORMATS).toEqual(['json', 'md', 'html']);
    expect((await WRITERS.json.load())(article)).toBe(toJson(article));
    expect((await WRITERS.md.load())(article, { frontMatter: false })).toMatch(/^# Tiêu đề bài báo thử\n/);
    expect((await WRITERS.html.load())(article, { fragment: true })).toMatch(/^<article>/);
    expect(FORMATS.map((format) => WRITERS[format].extension)).toEqual(['json', 'md', 'html']);
  });
});
