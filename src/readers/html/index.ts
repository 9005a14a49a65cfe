/**
 * The HTML reader: a saved news page → the article's text, laid out as a person copying the
 * article would get it (headline, byline, lead, paragraphs, each image as a line with its
 * address followed by its caption), plus what the page's metadata says. parse.ts runs the
 * plain-text reader on that text, so one set of rules reads both, and fills from the
 * metadata only what the text does not print (a section, the time, the headline).
 *
 *   1. parse   parse5, into hast (hast-util-from-parse5): the browser's own parsing rules, so any
 *              markup, broken or hostile, gives a tree
 *   2. meta    <meta>, <title> and JSON-LD (meta.ts)
 *   3. region  page chrome out, the paragraphs' container and the headline found (region.ts)
 *   4. text    hast-util-to-text over the region: the `innerText` algorithm, so blocks, line
 *              breaks and white space come out as a browser would copy them
 */
import type { Element, ElementContent, Root } from 'hast';
import { fromParse5 } from 'hast-util-from-parse5';
import { parse } from 'parse5';
import { toText } from 'hast-util-to-text';
import type { Warning } from '../../model/article.js';
import { VnnewsError } from '../../errors.js';
import { readMeta, vietnamTime, type PageMeta } from './meta.js';
import type { ReadResult } from '../text/index.js';
import { articleRegion, findContainer, findHeadline, linesAboveHeadline, linesAfterBody, prune, pruneChrome } from './region.js';
import { elementsOf } from './tree.js';
import { dropLinkBoxes, imagesAsLines, LINE_BREAK } from './layout.js';

export { isHtmlDocument } from './detect.js';
export type { PageMeta } from './meta.js';

export interface HtmlRead {
  /** The article's text, one block a line, blank lines between blocks. */
  text: string;
  meta: PageMeta;
  warnings: Warning[];
}

/**
 * The region's text as the text reader reads it best: one blank line between blocks (innerText
 * puts one line break after a <div> and two after a <p>, and a page mixes them), a single line
 * break only where the page broke a line inside a block (LINE_BREAK); lines trimmed, tabs
 * between table cells as spaces.
 */
function tidy(text: string): string {
  return text
    .split('\n')
    .map((line) => line.replace(/[\t ]+/gu, ' ').trim())
    .filter((line) => line !== '')
    .join('\n\n')
    .split(LINE_BREAK)
    .map((line) => line.trim())
    .join('\n')
    .replace(/\n{3,}/gu, '\n\n');
}

/**
 * A page → its article's text and metadata. Throws a VnnewsError (INVALID_HTML) only for a page
 * nested deeper than the tree tools can walk (hast-util-from-parse5 and hast-util-to-text recurse
 * per level: tens of thousands of levels, which no real page has).
 */
export function readHtml(html: string): HtmlRead {
  try {
    return readPage(html);
  } catch (error) {
    if (error instanceof RangeError) {
      throw new VnnewsError('INVALID_HTML', 'HTML nested too deeply to read (tens of thousands of tags inside each other)', { cause: error });
    }
    throw error;
  }
}

/** The page's <body> (parse5 always makes one, under <html>). */
function bodyOf(tree: Root): Element | undefined {
  for (const element of elementsOf(tree)) if (element.tagName === 'body') return element;
  return undefined;
}

function readPage(html: string): HtmlRead {
  const warnings: Warning[] = [];
  // parse5 without source locations: hast-util-from-html always asks for them, a sixth of the time on a big page.
  const tree = fromParse5(parse(html.replaceAll(LINE_BREAK, ''))) as Root;
  const meta = readMeta(tree);
  const body = bodyOf(tree);
  const { parent, order } = prune(tree);
  const container = findContainer(parent, order);
  let region: ElementContent[];
  if (container === null) {
    warnings.push({ line: null, rule: 'html/no-article', message: 'no block of paragraphs found on the page: read its whole body' });
    region = body ? [body] : [];
  } else {
    const headline = findHeadline(order, container, parent, meta.title);
    region = pruneChrome(articleRegion(headline, container, parent), new Set(headline ? [headline, container] : [container]));
    const line = (text: string): ElementContent => ({ type: 'element', tagName: 'p', properties: {}, children: [{ type: 'text', value: text }] });
    if (headline) region.unshift(...linesAboveHeadline(headline, parent).map(line));
    region.push(...linesAfterBody(container, parent).map(line));
    if (headline === null && meta.title !== null) {
      region.unshift({ type: 'element', tagName: 'h1', properties: {}, children: [{ type: 'text', value: meta.title }] });
    }
  }
  dropLinkBoxes(region, container);
  imagesAsLines(region);
  const text = tidy(toText({ type: 'element', tagName: 'div', properties: {}, children: region }));
  return { text, meta, warnings };
}

/** Warnings of the text reader that the metadata answers. */
const ANSWERED: Readonly<Record<string, (fields: ReadResult['fields']) => boolean>> = {
  'published/missing': (fields) => fields.published !== null,
  'byline/missing': (fields) => (fields.byline?.authors.length ?? 0) > 0,
};

/** The text reader's fields, with what the text did not print taken from the page's metadata. */
export function completeFromMeta(read: ReadResult, meta: PageMeta): ReadResult {
  const fields = { ...read.fields };
  fields.title ??= meta.title;
  fields.section ??= meta.section;
  fields.published ??= vietnamTime(meta.published);
  if ((fields.byline?.authors.length ?? 0) === 0 && meta.authors.length > 0) {
    fields.byline = { text: fields.byline?.text || meta.authors.join(', '), authors: meta.authors };
  }
  const warnings = read.warnings.filter((warning) => !ANSWERED[warning.rule]?.(fields));
  return { fields, warnings };
}
