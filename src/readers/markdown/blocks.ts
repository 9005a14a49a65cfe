/**
 * The body of vnnews Markdown (model/markdown-layout.ts), block by block: the first H1
 * is the title, a lone bold paragraph before any other text the lead, a paragraph that
 * opens with an image an image (caption in italics and credit beneath), every other
 * paragraph a paragraph. Blocks vnnews never writes (lists, quotes, code, other
 * headings: a person's edits) become paragraphs of their text, with a warning;
 * thematic breaks and HTML comments are dropped with one.
 */
import type { Paragraph, PhrasingContent, RootContent } from 'mdast';
import type { ArticleImage, Warning } from '../../model/article.js';
import { readCreditClause, restoreSrc } from '../../model/markdown-layout.js';
import { plainText } from './plain-text.js';

export interface Body {
  title: string | null;
  lead: string | null;
  paragraphs: string[];
  images: ArticleImage[];
}

const lineOf = (node: RootContent): number | null => node.position?.start.line ?? null;

/** Blocks whose text becomes one paragraph per child block / item. */
const CONTAINERS = new Set(['list', 'listItem', 'blockquote']);
/** Blocks left out. */
const DROPPED = new Set(['thematicBreak', 'definition', 'yaml']);

export function readBlocks(blocks: readonly RootContent[], warnings: Warning[]): Body {
  const body: Body = { title: null, lead: null, paragraphs: [], images: [] };
  // Title and lead come first: nothing of the body may stand before them.
  const atTop = (): boolean => body.lead === null && body.paragraphs.length === 0 && body.images.length === 0;
  const visit = (node: RootContent, nested: boolean): void => {
    if (node.type === 'heading' && node.depth === 1 && !nested && body.title === null && atTop()) {
      body.title = plainText(node);
    } else if (node.type === 'paragraph' && !nested && atTop() && isLead(node)) {
      body.lead = plainText(node);
    } else if (node.type === 'paragraph' && node.children[0]?.type === 'image') {
      body.images.push(readImage(node, body.paragraphs.length - 1, lineOf(node), warnings));
    } else if (node.type === 'paragraph') {
      body.paragraphs.push(plainText(node));
    } else if (CONTAINERS.has(node.type) && 'children' in node) {
      if (!nested) warnings.push({ line: lineOf(node), rule: 'markdown/unexpected-block', message: `${node.type} read as paragraphs` });
      for (const child of node.children) visit(child as RootContent, true);
    } else if (DROPPED.has(node.type) || (node.type === 'html' && node.value.startsWith('<!--'))) {
      warnings.push({ line: lineOf(node), rule: 'markdown/dropped', message: `${node.type} dropped` });
    } else {
      warnings.push({ line: lineOf(node), rule: 'markdown/unexpected-block', message: `${node.type} read as a paragraph` });
      body.paragraphs.push(plainText(node));
    }
  };
  for (const block of blocks) visit(block, false);
  return body;
}

/** `**The lead.**` alone in its paragraph. */
function isLead(node: Paragraph): boolean {
  return node.children.length === 1 && node.children[0]?.type === 'strong';
}

/** `![alt](src)\` + break + `*caption*` + ` (Ảnh: credit)` (any label); alt is a copy of the caption. */
function readImage(node: Paragraph, afterParagraph: number, line: number | null, warnings: Warning[]): ArticleImage {
  const [image, ...rest] = node.children;
  const src = image?.type === 'image' && image.url !== '' ? restoreSrc(image.url) : null;
  const beneath: PhrasingContent[] = rest[0]?.type === 'break' ? rest.slice(1) : rest;
  const caption = beneath[0]?.type === 'emphasis' ? plainText(beneath[0]) : null;
  const after = (caption === null ? beneath : beneath.slice(1)).map(plainText).join('');
  const clause = caption === null ? after : after.replace(/^ /, '');
  if (clause === '') return { src, caption, credit: null, creditLabel: null, afterParagraph };
  const credit = readCreditClause(clause);
  if (credit !== null) return { src, caption, credit: credit.credit, creditLabel: credit.label, afterParagraph };
  // Hand-written text beneath an image that is not in the credit form: keep it as the caption.
  warnings.push({ line, rule: 'markdown/caption', message: 'text beneath an image is not "*caption* (Ảnh: credit)": kept as the caption' });
  return { src, caption: [caption, clause].filter((part) => part !== null).join(' '), credit: null, creditLabel: null, afterParagraph };
}
