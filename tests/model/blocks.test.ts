import { describe, expect, it } from 'vitest';
import { textBlocks } from '../../src/model/blocks.js';
import type { Article } from '../../src/model/article.js';
import { parseArticle } from '../../src/parse.js';

const base = parseArticle('Thời sự\nTiêu đề bài\nVũ Ba 11/03/2025 - 20:25\nMở đầu bài viết.\nĐoạn một dài hơn một chút.\nĐoạn hai cũng vậy.', { enrichers: [] });

function withImages(images: { afterParagraph: number; caption: string | null }[]): Article {
  return { ...base, images: images.map((image, k) => ({ src: `a${k}.jpg`, credit: null, ...image })) } as Article;
}

describe('textBlocks: reading order', () => {
  it('title, lead, captions before the first paragraph, each paragraph then its captions, then stray captions', () => {
    const article = withImages([
      { afterParagraph: 1, caption: 'C0' },
      { afterParagraph: -1, caption: 'C1' },
      { afterParagraph: 0, caption: 'C2' },
      { afterParagraph: 0, caption: null },
      { afterParagraph: 9, caption: 'C4' },
      { afterParagraph: -5, caption: 'C5' },
      { afterParagraph: 0, caption: 'C6' },
    ]);
    expect(article.paragraphs.length).toBe(2);
    expect(textBlocks(article).map((b) => `${b.in}:${b.index}`)).toEqual([
      'title:0', 'lead:0', 'caption:1', 'paragraph:0', 'caption:2', 'caption:6', 'paragraph:1', 'caption:0', 'caption:4', 'caption:5',
    ]);
  });

  it('is linear: 20,000 paragraphs each with an image take well under a second', () => {
    const n = 20_000;
    const article = { ...withImages(Array.from({ length: n }, (_, k) => ({ afterParagraph: k, caption: `Ảnh ${k}` }))), paragraphs: Array.from({ length: n }, (_, k) => `Đoạn ${k}.`) };
    const started = performance.now();
    const blocks = textBlocks(article);
    expect(performance.now() - started).toBeLessThan(1000);
    expect(blocks.length).toBe(2 + 2 * n);
    expect(blocks.at(-1)).toEqual({ in: 'caption', index: n - 1, text: `Ảnh ${n - 1}` });
  });
});
