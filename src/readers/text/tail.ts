/**
 * The tail: what follows the last body paragraph. Read backwards from the end:
 * page chrome (tags, comment labels, copyright, source lines, related links),
 * then the author's signature.
 *
 *   … khắc phục các sai phạm.           ← last paragraph
 *   Tử Hưng                             ← signature (an author)
 *   Nguồn Công Luận: https://…          ← source line (dropped, not an author)
 */
import type { Warning } from '../../model/article.js';
import { authorsOfLine, OUTLET_NAME } from './authors.js';
import { dropped } from './dropped.js';
import type { Line } from './lines.js';
import {
  isBoilerplate,
  isBracketLink,
  isCopyright,
  isRelatedHeader,
  isRelatedLink,
  isSourceLine,
  isTagLine,
  isUrlLine,
  isImageRef,
  endsSentence,
} from './patterns.js';

/** A related box lists at most this many links. */
const MAX_RELATED_LINKS = 12;
/** At most this many signature lines stand at the end ("Văn Giang (Theo Sputnik)"). */
const MAX_SIGNATURE_LINES = 2;

export interface Tail {
  /** Index in `lines` where the tail starts (= end of the body). */
  start: number;
  signatureLines: string[];
  authors: string[];
}

/** An outlet's name alone after the signature ("Báo Công Luận"): where it first ran, not an author. */
const MAX_OUTLET_LINE_LENGTH = 60;

function isOutletLine(text: string): boolean {
  return text.length <= MAX_OUTLET_LINE_LENGTH && OUTLET_NAME.test(text) && !endsSentence(text);
}

export function isTrailingChrome(text: string): boolean {
  return (
    isBoilerplate(text) ||
    isRelatedHeader(text) ||
    isTagLine(text) ||
    isCopyright(text) ||
    isSourceLine(text) ||
    isBracketLink(text) ||
    (isUrlLine(text) && !isImageRef(text))
  );
}

/**
 * Find the tail, never reaching above `bodyStart + 1` (the lead stays).
 * `blankSeparated`: lines glued to trailing chrome (a related box's headline and
 * sapo above the tag line) are chrome too when the text uses blank lines.
 */
export function readTail(lines: readonly Line[], bodyStart: number, blankSeparated: boolean, warnings: Warning[]): Tail {
  const tail: Tail = { start: lines.length, signatureLines: [], authors: [] };
  let signatures = 0;
  let chromeBelow = false;
  /** Headline-like lines seen below: a related box's links if a box header stands above them. */
  let links: Line[] = [];
  for (let j = lines.length - 1; j > bodyStart; j--) {
    const line = lines[j] as Line;
    if (isRelatedHeader(line.text) && links.length > 0) {
      for (const link of [line, ...links]) {
        warnings.push(dropped(link, 'boilerplate/related', 'related-article box'));
      }
      links = [];
      chromeBelow = true;
      tail.start = j;
      continue;
    }
    if (links.length > 0) {
      if (isRelatedLink(line.text) && line.gapAfter === 0 && links.length < MAX_RELATED_LINKS) {
        links.unshift(line);
        continue;
      }
      break;
    }
    if (isTrailingChrome(line.text)) {
      warnings.push(dropped(line, 'boilerplate/dropped', 'page chrome'));
      chromeBelow = true;
      tail.start = j;
      continue;
    }
    if (isOutletLine(line.text)) {
      warnings.push(dropped(line, 'byline/outlet', 'original outlet (not an author)'));
      tail.start = j;
      continue;
    }
    const authors = signatures < MAX_SIGNATURE_LINES ? authorsOfLine(line.text) : null;
    if (authors) {
      tail.signatureLines.unshift(line.text);
      tail.authors.unshift(...authors);
      signatures++;
      chromeBelow = false;
      tail.start = j;
      continue;
    }
    if (blankSeparated && chromeBelow && line.gapAfter === 0 && signatures === 0) {
      warnings.push(dropped(line, 'boilerplate/related', 'line glued to page chrome'));
      tail.start = j;
      continue;
    }
    if (chromeBelow && isRelatedLink(line.text)) {
      links.unshift(line);
      continue;
    }
    break;
  }
  return tail;
}
