import { describe, expect, it } from 'vitest';
import { isHtmlDocument } from '../../../src/readers/html/detect.js';

describe('isHtmlDocument', () => {
  it.each([
    ['a doctype', '<!DOCTYPE html>\n<html><body><p>x</p></body></html>'],
    ['a lower-case doctype after a BOM and blank lines', '\uFEFF\n\n<!doctype html><title>x</title>'],
    ['an <html> tag with attributes', '<html lang="vi">\n<head></head>'],
    ['a comment before the doctype', '<!-- saved from url=(0014)about:internet -->\n<!DOCTYPE html><html>'],
    ['an XML declaration before <html>', '<?xml version="1.0" encoding="utf-8"?>\n<html xmlns="http://www.w3.org/1999/xhtml">'],
    ['a fragment that opens with <body>', '<body><p>Đoạn văn</p></body>'],
  ])('says yes to %s', (_, text) => {
    expect(isHtmlDocument(text, null)).toBe(true);
  });

  it('says yes to a .html path whose text has tags, wherever they start', () => {
    expect(isHtmlDocument('Tiêu đề\n<p>Đoạn văn</p>', 'trang/bai-viet.html')).toBe(true);
    expect(isHtmlDocument('<div>Đoạn văn</div>', 'bai.HTM')).toBe(true);
  });

  it.each([
    ['news text', 'Chính trị\n\nTiêu đề bài viết\n\nVũ Ba 11/03/2025 - 20:25\n'],
    ['news text with a tag inside a paragraph', 'Tiêu đề\n\nĐoạn văn có <b>chữ đậm</b> ở giữa.\n'],
    ['a line that opens with "<" but is no tag', '<<< Tin nóng >>>\nTiêu đề bài viết\n'],
    ['vnnews Markdown', '---\nschemaVersion: 1\n---\n# Tiêu đề\n'],
  ])('says no to %s', (_, text) => {
    expect(isHtmlDocument(text, 'bai.txt')).toBe(false);
  });

  it('says no to plain text saved under a .html name (no tag in it)', () => {
    expect(isHtmlDocument('Chính trị\n\nTiêu đề bài viết\n\nĐoạn văn đầu tiên.\n', 'bai.html')).toBe(false);
  });
});
