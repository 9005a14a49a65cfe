/**
 * Article → HTML: a standalone HTML5 page (or, with `fragment`, the <article> alone)
 * built as a hast tree with hastscript and serialised by hast-util-to-html, which
 * escapes text and attributes and keeps Vietnamese as UTF-8. Never string concatenation.
 */
import type { Nodes, Root } from 'hast';
import { toHtml as hastToHtml } from 'hast-util-to-html';
import { h } from 'hastscript';
import type { Article, Warning } from '../../model/article.js';
import { articleToHast, hasText, lines, safeSources } from './article-to-hast.js';
import { newsArticle, scriptJson } from './json-ld.js';
import { STYLESHEET } from './style.js';

export interface HtmlOptions {
  /** Only the <article> element, no page around it (and no JSON-LD). */
  fragment?: boolean;
  /** Receives what the writer left out, e.g. an image src that is not safe to link. */
  warn?: (warning: Warning) => void;
}

/** `&lt;` rather than `&#x3C;` where escaping is needed (everything else stays UTF-8); `<!DOCTYPE html>`. */
const SERIALIZE = { characterReferences: { useNamedReferences: true }, upperDoctype: true } as const;

/** The page title when the article has none (or a blank one). */
const UNTITLED = 'Bài viết không có tiêu đề';

/**
 * U+0000 is the one character HTML cannot carry at all: the parser drops it from text or
 * reads it as U+FFFD, even written as `&#0;`. Article text (from JSON or a caller; the text
 * reader removes control characters) gets U+FFFD in its place, so what a browser shows is
 * what the page says.
 */
const NUL = /\0/gu;
const REPLACEMENT = '\uFFFD';

/** The tree with U+0000 replaced in every text node and string property. */
function withoutNul<T extends Nodes>(node: T): T {
  if (node.type === 'text') return { ...node, value: node.value.replace(NUL, REPLACEMENT) };
  if (node.type !== 'element' && node.type !== 'root') return node;
  const properties =
    node.type === 'element'
      ? Object.fromEntries(Object.entries(node.properties).map(([k, v]) => [k, typeof v === 'string' ? v.replace(NUL, REPLACEMENT) : v]))
      : undefined;
  const children = node.children.map((child) => withoutNul(child as Nodes));
  return (properties ? { ...node, properties, children } : { ...node, children }) as T;
}

export function toHtml(article: Article, options: HtmlOptions = {}): string {
  const sources = safeSources(article, options.warn ?? (() => {}));
  const body = withoutNul(articleToHast(article, sources));
  if (options.fragment) return `${hastToHtml(body, SERIALIZE)}\n`;
  const images = sources.filter((src): src is string => src !== null);
  const page: Root = {
    type: 'root',
    children: [
      { type: 'doctype' },
      { type: 'text', value: '\n' },
      h(
        'html',
        { lang: 'vi' },
        lines([
          h(
            'head',
            lines([
              h('meta', { charSet: 'utf-8' }),
              h('meta', { name: 'viewport', content: 'width=device-width, initial-scale=1' }),
              h('title', article.title !== null && hasText(article.title) ? article.title.replace(NUL, REPLACEMENT) : UNTITLED),
              h('meta', { name: 'generator', content: 'vnnews' }),
              h('style', `\n${STYLESHEET}\n`),
              h('script', { type: 'application/ld+json' }, `\n${scriptJson(newsArticle(article, images))}\n`),
            ]),
          ),
          h('body', lines([body])),
        ]),
      ),
    ],
  };
  return `${hastToHtml(page, SERIALIZE)}\n`;
}
