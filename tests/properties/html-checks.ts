/**
 * The checks behind property 3a (tests/properties/html-safe.test.ts), shared with the
 * regression cases (fixtures/regressions/). See the test for what they require.
 */
import { HtmlValidate, type ConfigData } from 'html-validate';
import { parse, parseFragment, type DefaultTreeAdapterMap } from 'parse5';
import { expect } from 'vitest';
import type { Article } from '../../src/model/article.js';
import { isSafeImageSrc } from '../../src/model/image-src.js';
import { toHtml } from '../../src/writers/html/index.js';
import { newsArticle } from '../../src/writers/html/json-ld.js';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

/** Every element the HTML writer makes, with the attributes it may carry. */
const ALLOWED: Readonly<Record<string, readonly string[]>> = {
  html: ['lang'],
  head: [],
  body: [],
  meta: ['charset', 'name', 'content'],
  title: [],
  style: [],
  script: ['type'],
  article: [],
  header: [],
  p: ['class'],
  h1: [],
  span: ['class'],
  time: ['datetime'],
  figure: [],
  img: ['src', 'alt', 'loading'],
  figcaption: [],
  data: ['class', 'value', 'title'],
};

/**
 * The config of tests/writers/html-validate.test.ts ('long-title' off: see the reason there),
 * and one more rule off for generated articles only: 'no-trailing-whitespace' is about how
 * the source is laid out, and here the only trailing whitespace is the article's own text
 * (a caption "a \nb" has a line that ends in a space), which the page must carry as is.
 * Parsed articles never have it (normalizeText cuts spaces at line ends), and the writer
 * tests keep the rule on for them.
 */
const CONFIG: ConfigData = { extends: ['html-validate:recommended'], rules: { 'long-title': 'off', 'no-trailing-whitespace': 'off' } };
const validator = new HtmlValidate(CONFIG);

function elements(node: Node): Element[] {
  const children = 'childNodes' in node ? node.childNodes : [];
  const own = 'tagName' in node ? [node as Element] : [];
  const inTemplate = 'content' in node && node.content ? elements(node.content as Node) : [];
  return [...own, ...children.flatMap((child) => elements(child as Node)), ...inTemplate];
}

function textOf(node: Node): string {
  if (node.nodeName === '#text') return (node as DefaultTreeAdapterMap['textNode']).value;
  return 'childNodes' in node ? node.childNodes.map((child) => textOf(child as Node)).join('') : '';
}

/** Attributes whose value HTML reads as a URL (of every element, not only those the writer makes). */
const URL_ATTRIBUTES = new Set(['src', 'href', 'action', 'formaction', 'poster', 'srcset', 'cite', 'background', 'data', 'codebase', 'manifest', 'ping', 'xlink:href']);
/** A URL scheme that runs code or carries a document, as a browser reads it (controls and spaces skipped). */
const SCRIPT_URL = /^(?:javascript|vbscript|data):/iu;
const urlScheme = (value: string): string => value.replace(/[\u0000-\u0020\u007f]/gu, '');

/**
 * A text as a browser reads it back from the page: HTML parsing turns CR LF and CR into
 * LF (WHATWG "preprocessing the input stream"), and the writer puts U+FFFD for U+0000,
 * which HTML cannot carry (src/writers/html/index.ts). Nothing else may change.
 */
const asParsed = (text: string): string => text.replace(/\r\n?/gu, '\n').replace(/\0/gu, '\uFFFD');
/** A blank title makes no <h1> (src/writers/html/article-to-hast.ts: hasText). */
const headings = (title: string | null): string[] => (title === null || !/\S/u.test(title) ? [] : [asParsed(title)]);

export function htmlProblems(html: string, a: Article, fragment: boolean): string[] {
  const out: string[] = [];
  const tree = fragment ? parseFragment(html) : parse(html);
  const all = elements(tree as Node);
  for (const element of all) {
    const allowed = ALLOWED[element.tagName];
    if (allowed === undefined) out.push(`element <${element.tagName}> the writer never makes`);
    for (const { name, value } of element.attrs) {
      if (allowed !== undefined && !allowed.includes(name)) out.push(`attribute ${name} on <${element.tagName}>`);
      if (/^on/iu.test(name)) out.push(`event handler ${name}`);
      if (URL_ATTRIBUTES.has(name) && SCRIPT_URL.test(urlScheme(value))) out.push(`script URL in ${name}: ${JSON.stringify(value)}`);
    }
  }
  const scripts = all.filter((e) => e.tagName === 'script');
  if (fragment && scripts.length > 0) out.push('a script in a fragment');
  if (!fragment) {
    if (scripts.length !== 1) out.push(`${scripts.length} script elements`);
    else {
      const images = a.images.flatMap((image) => (image.src !== null && isSafeImageSrc(image.src) ? [image.src] : []));
      try {
        expect(JSON.parse(textOf(scripts[0] as Node))).toEqual(JSON.parse(JSON.stringify(newsArticle(a, images))));
      } catch (error) {
        out.push(`JSON-LD does not read back: ${String(error).slice(0, 300)}`);
      }
    }
  }
  const body = all.find((e) => e.tagName === 'article');
  if (!body) return [...out, 'no <article>'];
  const inArticle = elements(body);
  const h1 = inArticle.filter((e) => e.tagName === 'h1').map(textOf);
  if (JSON.stringify(h1) !== JSON.stringify(headings(a.title))) out.push(`<h1> reads ${JSON.stringify(h1)}, title is ${JSON.stringify(a.title)}`);
  const paragraphs = inArticle.filter((e) => e.tagName === 'p' && e.attrs.length === 0).map(textOf);
  if (JSON.stringify(paragraphs) !== JSON.stringify(a.paragraphs.map(asParsed))) out.push(`body <p> read ${JSON.stringify(paragraphs)}, paragraphs are ${JSON.stringify(a.paragraphs)}`);
  return out;
}

export async function validationProblems(html: string): Promise<string[]> {
  const report = await validator.validateString(html);
  return report.results.flatMap((result) => result.messages.map((m) => `html-validate ${m.line}:${m.column} ${m.ruleId}: ${m.message}`));
}

/** Every safety problem of the page and the fragment of an article. */
export const safetyProblems = (a: Article): string[] => [...htmlProblems(toHtml(a), a, false), ...htmlProblems(toHtml(a, { fragment: true }), a, true)];

/** Every html-validate message on the page and the fragment of an article. */
export const validityProblems = async (a: Article): Promise<string[]> => [
  ...(await validationProblems(toHtml(a))),
  ...(await validationProblems(toHtml(a, { fragment: true }))),
];
