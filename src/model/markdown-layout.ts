/**
 * How vnnews lays an article out in Markdown: the contract between the Markdown writer
 * (src/writers/markdown/) and the Markdown reader (src/readers/markdown/), which depend
 * on the model and never on each other. Plain data.
 *
 *   ---                                  YAML front matter: FrontMatter below
 *   schemaVersion: 1
 *   title: …
 *   ---
 *
 *   # Title                              the title (absent when null)
 *
 *   **The lead, in bold as sites set the sapo.**     (absent when null)
 *
 *   A paragraph.
 *
 *   ![Caption](photo.jpg)\               an image where it stood: the image (src "" when null,
 *                                        an unsafe src defused as "./javascript:…", see below),
 *   *Caption* (Ảnh: Credit)              a hard break, the caption in italics, the credit
 *                                        after its label (model/credit-labels.ts)
 *
 * Article text is escaped, so a body paragraph can never be a lone bold or italic run or
 * start with an image: the lead and images are recognised by shape, never by guessing.
 */
import type { Official, Reference, Source } from './article.js';
import { creditLabelOf, creditText, type CreditLabel } from './credit-labels.js';
import { isSafeImageSrc } from './image-src.js';

/** The credit clause after a caption: `(Ảnh: TTXVN)`, `(Ảnh chụp màn hình)`. */
export function creditClause(credit: string, label: CreditLabel | null | undefined): string {
  return `(${creditText(credit, label)})`;
}

/**
 * A clause in brackets beneath an image → its credit and label: `(Nguồn: Reuters)` → "Reuters",
 * "Nguồn"; `(Ảnh chụp màn hình)` → the whole, no label (the words before ": " are a label only
 * when they are one of CREDIT_LABELS, in any case). Null when the clause is not in brackets.
 * Not exact in one case vnnews never writes: a credit with no label that itself opens with a
 * label and ": " reads back as that label and the rest.
 */
export function readCreditClause(clause: string): { credit: string; label: CreditLabel | null } | null {
  if (clause.length < 2 || !clause.startsWith('(') || !clause.endsWith(')')) return null;
  const inner = clause.slice(1, -1);
  const colon = inner.indexOf(': ');
  const label = colon > 0 ? creditLabelOf(inner.slice(0, colon)) : null;
  return label === null ? { credit: inner, label: null } : { credit: inner.slice(colon + 2), label };
}

/** The metadata the front matter carries (YAML keys, in this order). */
export interface FrontMatter {
  schemaVersion: 1;
  /** A copy of the H1 for site generators; the H1 is the text of record. */
  title: string | null;
  section: string | null;
  /** byline.text, or null when the article has no byline. */
  byline: string | null;
  authors: string[];
  published: string | null;
  officials: Official[];
  references: Reference[];
  /** Where the article was first read from (the Markdown's own source is the .md file). */
  source: Source;
}

/**
 * An image src that is not safe to link (model/image-src.ts: "javascript:alert(1)//a.jpg")
 * is written behind this prefix, which makes it a harmless relative path for any renderer,
 * and the reader takes the prefix off again. A src that already looks defused ("./x:y")
 * gets one more, so the read-back is exact for every string.
 */
export const DEFUSE_PREFIX = './';

/** Would the reader take a prefix off this written src? */
function looksDefused(written: string): boolean {
  if (!written.startsWith(DEFUSE_PREFIX)) return false;
  const rest = written.slice(DEFUSE_PREFIX.length);
  return !isSafeImageSrc(rest) || rest.startsWith(DEFUSE_PREFIX);
}

/** src → the URL written in the Markdown. */
export function defuseSrc(src: string): string {
  return !isSafeImageSrc(src) || looksDefused(src) ? `${DEFUSE_PREFIX}${src}` : src;
}

/** The URL written in the Markdown → src. */
export function restoreSrc(written: string): string {
  return looksDefused(written) ? written.slice(DEFUSE_PREFIX.length) : written;
}
