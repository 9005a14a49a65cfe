/**
 * The plain-text reader: raw article text as copied from a news site or a CMS
 * export → the article's fields. A fixed cascade of stages over the text's lines:
 *
 *   1. lines    split into non-blank lines, remembering the blank gaps
 *   2. header   section, title, byline lines and time, until the lead (and a time line
 *               of its own just inside the body or at its end, when the header had none)
 *   3. tail     from the end: page chrome and the author's signature
 *   4. body     lead, paragraphs and images between the two
 *   5. byline   authors of the header and the signature, merged
 */
import type { Article, Warning } from '../../model/article.js';
import { mergeAuthors } from './authors.js';
import { takeCredits } from './credits.js';
import { withoutDocumentLists } from './documents.js';
import { withoutPageChrome } from './pages.js';
import { withoutPlayer } from './player.js';
import { withoutWidgets } from './widgets.js';
import { withoutWriterProfession } from './profession.js';
import { withoutBoldMarkers } from './markup.js';
import { dropped } from './dropped.js';
import { joinWrappedLines, readBody } from './body.js';
import { readHeader, splitOneLinePage, strayTimestamp } from './header.js';
import { isBlankSeparated, toLines, type Line } from './lines.js';
import { isArrowHeadline } from './patterns.js';
import { readTail } from './tail.js';

export type ReadFields = Pick<Article, 'section' | 'title' | 'byline' | 'published' | 'lead' | 'paragraphs' | 'images'>;

export interface ReadResult {
  fields: ReadFields;
  warnings: Warning[];
}

export function readPlainText(text: string): ReadResult {
  const warnings: Warning[] = [];
  const pages = withoutPageChrome(withoutBoldMarkers(toLines(text)), warnings);
  let lines = pages.lines;
  const blankSeparated = isBlankSeparated(lines);
  const wrapped = joinWrappedLines(lines);
  lines = wrapped.lines;
  lines = splitOneLinePage(lines) ?? lines;
  lines = withoutArrowLinks(lines, warnings);
  lines = withoutDocumentLists(lines, warnings);
  lines = withoutPlayer(lines, warnings);
  lines = withoutWidgets(lines, warnings);
  const profession = withoutWriterProfession(lines, warnings);
  lines = profession.lines;
  const credits = takeCredits(lines, warnings);
  lines = credits.lines;
  const header = readHeader(lines, warnings);
  const stray = strayTimestamp(lines, header.bodyStart, lines.length, header);
  if (stray !== null) lines = lines.filter((_, k) => k !== stray);
  const tail = readTail(lines, header.bodyStart, blankSeparated, header.title, warnings);
  const body = readBody(lines, header.bodyStart, tail.start, header.title, blankSeparated, warnings, wrapped.width ?? undefined);

  // A source named with no address, at the end ("Nguồn: VNE") or under the title ("Nguồn : Báo Lâm Đồng"),
  // credits the article when no one signs it; the one under the title first.
  const named = header.source ?? tail.source;
  const source = header.authors.length === 0 && credits.authors.length === 0 && tail.authors.length === 0 ? named : null;
  for (const unused of [header.source, tail.source]) {
    if (unused !== null && unused !== source && !header.bylineLines.includes(unused.line.text)) warnings.push(dropped(unused.line, 'boilerplate/dropped', 'page chrome'));
  }
  const authors = mergeAuthors(header.authors, credits.authors, tail.authors, source ? [source.name] : []);
  // A source printed beside the date is in the header's byline lines already.
  const sourceLine = source && !header.bylineLines.includes(source.line.text) ? [source.line.text] : [];
  const bylineLines = [...header.bylineLines, ...profession.text, ...credits.text, ...tail.signatureLines, ...sourceLine];
  const byline = bylineLines.length > 0 || authors.length > 0 ? { text: bylineLines.join('\n'), authors } : null;
  if (byline === null || authors.length === 0) warnings.push({ line: null, rule: 'byline/missing', message: 'no author found' });
  // A date under the signature dates the article when the header prints none.
  const published = header.published ?? tail.published ?? pages.published;
  if (published === null) warnings.push({ line: null, rule: 'published/missing', message: 'no publication date found' });
  if (body.lead === null) warnings.push({ line: null, rule: 'lead/missing', message: 'no lead paragraph found' });

  return {
    fields: {
      section: header.section,
      title: header.title,
      byline,
      published,
      lead: body.lead,
      paragraphs: body.paragraphs,
      images: body.images,
    },
    warnings: warnings.sort(byLine),
  };
}

/**
 * Links to other stories, one headline a line behind one arrow, two or more in a row ("> Nghệ An, Phú
 * Thọ có Bí thư mới" / "> Cho thôi chức Chủ tịch tỉnh Bình Phước", under the title): dropped wherever
 * they stand. One such line alone stays (a quotation marked so).
 */
function withoutArrowLinks(lines: readonly Line[], warnings: Warning[]): Line[] {
  const kept: Line[] = [];
  for (let i = 0; i < lines.length; ) {
    let end = i;
    while (end < lines.length && isArrowHeadline((lines[end] as Line).text)) end++;
    if (end - i >= MIN_ARROW_LINKS) {
      for (const line of lines.slice(i, end)) warnings.push(dropped(line, 'boilerplate/related', 'link to another story'));
      i = end;
    } else {
      kept.push(lines[i] as Line);
      i++;
    }
  }
  return kept.length === lines.length ? (lines as Line[]) : kept;
}

/** Arrowed headlines in a row that make a box of links (withoutArrowLinks). */
const MIN_ARROW_LINKS = 2;

/** Warnings in the order of the lines they name; those about the whole text last. */
function byLine(a: Warning, b: Warning): number {
  return (a.line ?? Number.MAX_SAFE_INTEGER) - (b.line ?? Number.MAX_SAFE_INTEGER);
}
