/**
 * Article → the <article> element: a <header> (section, <h1>, byline with <time>), the
 * lead, paragraphs, and each image where it stood as a <figure> with <img alt> and a
 * <figcaption> holding the caption and credit. Text only ever goes into text nodes and
 * attribute values, which hast-util-to-html escapes; no attribute comes from the text
 * except src (checked by model/image-src.ts), alt, value, title and datetime.
 */
import type { Element, ElementContent } from 'hast';
import { h } from 'hastscript';
import type { Article, ArticleImage, Warning } from '../../model/article.js';
import { displayDate } from './display-date.js';
import { markedText } from './marked-text.js';
import { isSafeImageSrc } from '../../model/image-src.js';
import { creditText } from '../../model/credit-labels.js';

/** Between author names in the byline. */
const AUTHOR_SEPARATOR = ', ';

/**
 * Does a text show anything? A blank title ("", spaces) makes no <h1>: an empty heading
 * is invalid HTML and says nothing. (JavaScript's \s: every Unicode space, a superset of HTML's.)
 */
export const hasText = (text: string): boolean => /\S/u.test(text);

const NEWLINE: ElementContent = { type: 'text', value: '\n' };

/** Block children one per line (null ones left out), so the source reads line by line. */
export function lines(children: readonly (ElementContent | null)[]): ElementContent[] {
  const present = children.filter((child): child is ElementContent => child !== null);
  return [...present.flatMap((child) => [NEWLINE, child]), NEWLINE];
}

/** The image sources that are safe to show, reporting the others through `warn`. */
export function safeSources(article: Article, warn: (warning: Warning) => void): (string | null)[] {
  return article.images.map((image, index) => {
    if (image.src === null || isSafeImageSrc(image.src)) return image.src;
    warn({
      line: null,
      rule: 'html/unsafe-src',
      message: `image ${index + 1}: src ${JSON.stringify(image.src)} dropped (not a relative path or an http(s) URL)`,
    });
    return null;
  });
}

export function articleToHast(article: Article, sources: readonly (string | null)[]): Element {
  const { officials } = article;
  const figure = (image: ArticleImage, index: number): Element | null => {
    const src = sources[index] ?? null;
    const caption: ElementContent[] = [];
    if (image.caption !== null) caption.push(...markedText(image.caption, { in: 'caption', index }, officials));
    if (image.credit !== null) {
      if (caption.length > 0) caption.push({ type: 'text', value: ' ' });
      caption.push(h('span', { className: ['credit'] }, creditText(image.credit, image.creditLabel)));
    }
    if (src === null && caption.length === 0) return null;
    return h(
      'figure',
      lines([src === null ? null : h('img', { src, alt: image.caption ?? '', loading: 'lazy' }), caption.length > 0 ? h('figcaption', caption) : null]),
    );
  };
  const figuresAfter = (paragraph: number): (Element | null)[] =>
    article.images.map((image, index) => (image.afterParagraph === paragraph ? figure(image, index) : null));
  const last = article.paragraphs.length - 1;

  return h(
    'article',
    lines([
      header(article),
      article.lead === null ? null : h('p', { className: ['lead'] }, markedText(article.lead, { in: 'lead', index: 0 }, officials)),
      ...figuresAfter(-1),
      ...article.paragraphs.flatMap((text, index) => [h('p', markedText(text, { in: 'paragraph', index }, officials)), ...figuresAfter(index)]),
      ...article.images.map((image, index) => (image.afterParagraph > last ? figure(image, index) : null)),
    ]),
  );
}

function header(article: Article): Element | null {
  const authors = article.byline?.authors ?? [];
  const byline: ElementContent[] = [];
  if (authors.length > 0) byline.push(h('span', { className: ['author'] }, authors.join(AUTHOR_SEPARATOR)));
  if (article.published !== null) {
    if (byline.length > 0) byline.push({ type: 'text', value: ' · ' });
    byline.push(h('time', { dateTime: article.published }, displayDate(article.published)));
  }
  const parts = [
    article.section === null ? null : h('p', { className: ['section'] }, article.section),
    article.title === null || !hasText(article.title) ? null : h('h1', markedText(article.title, { in: 'title', index: 0 }, article.officials)),
    byline.length > 0 ? h('p', { className: ['byline'] }, byline) : null,
  ];
  return parts.some((part) => part !== null) ? h('header', lines(parts)) : null;
}
