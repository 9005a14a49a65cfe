/**
 * A text copied from a PDF e-paper: the page's running header or footer, printed again on every
 * page the article runs over, with the page's number ("NHÂN DÂN Thứ Ba, ngày 12-11-2024 Trang 3",
 * "Báo Lao Động số 215 - Trang 5"), and a page number alone ("Trang 3"). Page chrome, wherever it
 * stands. The date a running header prints is the day the article came out: the
 * publication date when the text has no other.
 */
import type { Warning } from '../../model/article.js';
import { findTimestamp } from './datetime.js';
import { dropped } from './dropped.js';
import type { Line } from './lines.js';
import { endsSentence } from './patterns.js';

/** A page's number: "Trang 3", "Tr. 3", "Page 12", at the end or between words. */
const PAGE_NUMBER = /(?:^|\s)(?:trang|tr\.|page) ?\d{1,3}(?:$|\s)/iu;
/** A page number alone on a line: "Trang 3", "- 3 -". */
const PAGE_NUMBER_ALONE = /^(?:(?:trang|tr\.|page) ?\d{1,3}|- ?\d{1,3} ?-)$/iu;
/** A running header is short, and no sentence (a pull quote repeats a sentence of the body). */
const MAX_RUNNING_HEADER_LENGTH = 120;

export interface Pages {
  lines: Line[];
  /** The date of the issue a running header prints, or null. */
  published: string | null;
}

/** The lines without the e-paper's running headers and page numbers (the same array when there are none). */
export function withoutPageChrome(lines: Line[], warnings: Warning[]): Pages {
  const counts = new Map<string, number>();
  for (const line of lines) {
    if (line.text.length <= MAX_RUNNING_HEADER_LENGTH && PAGE_NUMBER.test(line.text) && !endsSentence(line.text)) counts.set(line.text, (counts.get(line.text) ?? 0) + 1);
  }
  let published: string | null = null;
  const kept = lines.filter((line) => {
    const running = (counts.get(line.text) ?? 0) >= 2;
    if (!running && !PAGE_NUMBER_ALONE.test(line.text)) return true;
    if (running && published === null) published = findTimestamp(line.text)?.iso ?? null;
    warnings.push(dropped(line, 'boilerplate/dropped', running ? "e-paper's running header" : 'page number'));
    return false;
  });
  return { lines: kept.length === lines.length ? lines : kept, published };
}
