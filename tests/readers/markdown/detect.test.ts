import { describe, expect, it } from 'vitest';
import { isVnnewsMarkdown } from '../../../src/readers/markdown/detect.js';

describe('isVnnewsMarkdown', () => {
  it.each([
    ['a .md path, whatever the content', 'Chính trị\n\nTiêu đề', 'tin.md', true],
    ['a .markdown path', 'x', 'TIN.MARKDOWN', true],
    ['front matter with schemaVersion', '---\nschemaVersion: 1\ntitle: x\n---\n', null, true],
    ['the same with a BOM and CRLF', '\uFEFF---\r\nschemaVersion: 1\r\n---\r\n', null, true],
    ['an H1 first (no front matter)', '# Tiêu đề\n\n**Sapo**\n', 'tin.txt', true],
    ['raw news text', 'Chính trị\n\nThông qua kết quả\n', 'tin.txt', false],
    ['a rule line that is not front matter', '---\nChính trị\n', null, false],
    ['a hashtag, not a heading', '#ThờiSự\nTiêu đề\n', null, false],
  ])('%s', (_what, text, path, expected) => {
    expect(isVnnewsMarkdown(text, path)).toBe(expected);
  });
});
