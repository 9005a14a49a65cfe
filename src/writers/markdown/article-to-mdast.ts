/**
 * Article → mdast, laid out as model/markdown-layout.ts describes. Text goes into
 * `text` nodes only; remark-stringify escapes whatever would read as Markdown.
 */
import type { Paragraph, PhrasingContent, Root, RootContent } from 'mdast';
import type { Article, ArticleImage } from '../../model/article.js';
import { creditClause, defuseSrc } from '../../model/markdown-layout.js';

export interface MdastOptions {
  /** YAML front matter text (without fences), or null for none. */
  frontMatter: string | null;
}

const text = (value: string): PhrasingContent => ({ type: 'text', value });

/**
 * Text with its line breaks as text nodes of their own: mdast-util-to-markdown escapes what would
 * start a block at the start of a node, but inside one it can miss the second of two such lines
 * ("-\n- item" was written "\-\n- item", a paragraph and a list when read back). Found by
 * tests/properties/markdown-round-trip.test.ts (npm run fuzz, seed 877290511);
 * fixtures/regressions/md-list-after-line-break.
 */
const texts = (value: string): PhrasingContent[] =>
  value.includes('\n') ? value.split(/(\n)/u).filter((part) => part !== '').map(text) : [text(value)];

export function articleToMdast(article: Article, { frontMatter }: MdastOptions): Root {
  const children: RootContent[] = [];
  if (frontMatter !== null) children.push({ type: 'yaml', value: frontMatter });
  if (article.title !== null) children.push({ type: 'heading', depth: 1, children: texts(article.title) });
  if (article.lead !== null) children.push({ type: 'paragraph', children: [{ type: 'strong', children: texts(article.lead) }] });
  children.push(...imagesAfter(article, -1));
  article.paragraphs.forEach((paragraph, index) => {
    children.push({ type: 'paragraph', children: texts(paragraph) });
    children.push(...imagesAfter(article, index));
  });
  // Images pointing past the last paragraph (only possible in hand-made JSON) go last.
  const last = article.paragraphs.length - 1;
  children.push(...article.images.filter((image) => image.afterParagraph > last).map(imageParagraph));
  return { type: 'root', children };
}

function imagesAfter(article: Article, index: number): Paragraph[] {
  return article.images.filter((image) => image.afterParagraph === index).map(imageParagraph);
}

const LINE_BREAKS = /[\n\r]+/u;

/** `![caption](src)\` + hard break + `*caption* (Ảnh: credit)`, the credit after its own label. */
function imageParagraph(image: ArticleImage): Paragraph {
  // Alt text is one line: a caption's line break, followed by "- …" or "1. …", would open a list
  // inside the image's brackets (the caption itself is printed whole, escaped, beneath).
  const alt = image.caption === null ? '' : image.caption.split(LINE_BREAKS).map((part) => part.trim()).filter((part) => part !== '').join(' ');
  const children: PhrasingContent[] = [{ type: 'image', url: image.src === null ? '' : defuseSrc(image.src), alt }];
  const beneath: PhrasingContent[] = [];
  if (image.caption !== null) beneath.push({ type: 'emphasis', children: texts(image.caption) });
  if (image.credit !== null) beneath.push(...texts(`${beneath.length > 0 ? ' ' : ''}${creditClause(image.credit, image.creditLabel)}`));
  if (beneath.length > 0) children.push({ type: 'break' }, ...beneath);
  return { type: 'paragraph', children };
}
