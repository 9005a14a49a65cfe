/**
 * The article's text blocks in reading order, as mentions name them: the title, the
 * lead, the captions of images placed before the first paragraph, then each paragraph
 * followed by the captions of the images after it, and last the captions of images
 * placed anywhere else. Linear in the article: the images are grouped by paragraph once
 * (an archive's 10,000-paragraph page must not cost paragraphs × images).
 */
import type { Article, Mention } from './article.js';

export interface Block {
  in: Mention['in'];
  index: number;
  text: string;
}

export function textBlocks(article: Article): Block[] {
  const blocks: Block[] = [];
  if (article.title) blocks.push({ in: 'title', index: 0, text: article.title });
  if (article.lead) blocks.push({ in: 'lead', index: 0, text: article.lead });
  const count = article.paragraphs.length;
  /** Image indexes by the paragraph they follow; slot 0 is "before the first paragraph". */
  const after: number[][] = Array.from({ length: count + 1 }, () => []);
  const elsewhere: number[] = [];
  article.images.forEach((image, index) => {
    if (!image.caption) return;
    const slot = image.afterParagraph + 1;
    if (slot >= 0 && slot <= count) after[slot]!.push(index);
    else elsewhere.push(index);
  });
  const captions = (indexes: readonly number[]): void => {
    for (const index of indexes) blocks.push({ in: 'caption', index, text: article.images[index]!.caption! });
  };
  captions(after[0]!);
  article.paragraphs.forEach((text, index) => {
    blocks.push({ in: 'paragraph', index, text });
    captions(after[index + 1]!);
  });
  captions(elsewhere);
  return blocks;
}
