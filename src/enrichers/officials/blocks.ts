/**
 * The article's text blocks in reading order, as mentions name them: the title, the
 * lead, then each paragraph followed by the captions of the images after it.
 */
import type { Article, Mention } from '../../model/article.js';

export interface Block {
  in: Mention['in'];
  index: number;
  text: string;
}

export function blocksOf(article: Article): Block[] {
  const blocks: Block[] = [];
  if (article.title) blocks.push({ in: 'title', index: 0, text: article.title });
  if (article.lead) blocks.push({ in: 'lead', index: 0, text: article.lead });
  const captionsAfter = (p: number): void => {
    article.images.forEach((image, index) => {
      if (image.afterParagraph === p && image.caption) blocks.push({ in: 'caption', index, text: image.caption });
    });
  };
  captionsAfter(-1);
  article.paragraphs.forEach((text, index) => {
    blocks.push({ in: 'paragraph', index, text });
    captionsAfter(index);
  });
  // Captions placed past the last paragraph.
  article.images.forEach((image, index) => {
    if (image.afterParagraph >= article.paragraphs.length && image.caption) blocks.push({ in: 'caption', index, text: image.caption });
  });
  return blocks;
}
