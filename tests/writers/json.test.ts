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
});
