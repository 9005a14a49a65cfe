/**
 * The `vnnews officials` table: a person's view of `article.officials`. Pure: officials
 * and a painter in, a string out (the command decides colour and width).
 *
 *   Name              Mentions  Titles
 *   Trần Cẩm Tú              3  Ủy viên Bộ Chính trị
 *                               Thường trực Ban Bí thư
 *                               Trưởng Đoàn kiểm tra
 *   Nghiêm Phú Cường         2  Phó chủ nhiệm Ủy ban Kiểm tra Trung ương
 *
 * One title per line; a title wider than its column wraps at spaces, its continuation
 * lines indented by TITLE_INDENT so each title still reads as one. Names are bold and
 * the heading bold and underlined when the painter colours; padding is computed on the
 * plain text, so colour never shifts a column.
 */
import type { Official } from '../model/article.js';
import type { Painter } from './colour.js';
import { displayWidth, padStart, wrapText } from './wrap.js';

export interface TableOptions {
  painter: Painter;
  /** Terminal columns: lines are kept within it when the name column leaves room. */
  width: number;
}

/** Column headings, in order. */
const HEADINGS = { name: 'Name', mentions: 'Mentions', titles: 'Titles' } as const;
/** Spaces between columns. */
const GAP = '  ';
/** A name column is at most this wide; longer names wrap within it. */
const NAME_MAX = 32;
/** The titles column keeps at least this width even on a narrow terminal (lines then overflow). */
const TITLES_MIN = 16;
/** Continuation lines of a wrapped title are indented this much inside the titles column. */
const TITLE_INDENT = '  ';
/** Shown in the titles column for an official the article gives no title. */
const NO_TITLE = '-';

/** The line printed instead of a table when an article names no officials. */
export const NO_OFFICIALS = 'no officials found';

export function renderOfficialsTable(officials: readonly Official[], { painter, width }: TableOptions): string {
  if (officials.length === 0) return `${painter.dim(NO_OFFICIALS)}\n`;
  const nameWidth = Math.min(NAME_MAX, Math.max(displayWidth(HEADINGS.name), ...officials.map((o) => displayWidth(o.name))));
  const countWidth = displayWidth(HEADINGS.mentions);
  const titlesWidth = Math.max(TITLES_MIN, width - nameWidth - countWidth - 2 * GAP.length);

  const heading = [styledPadEnd(HEADINGS.name, nameWidth, painter.heading), painter.heading(HEADINGS.mentions), painter.heading(HEADINGS.titles)];
  const lines = [heading.join(GAP)];
  for (const official of officials) {
    const names = wrapText(official.name, nameWidth);
    const titles = titleLines(official.titles, titlesWidth);
    const rows = Math.max(names.length, titles.length);
    for (let row = 0; row < rows; row += 1) {
      const name = names[row] ?? '';
      const count = row === 0 ? String(official.mentions.length) : '';
      const cells = [styledPadEnd(name, nameWidth, painter.name), padStart(count, countWidth), titles[row] ?? ''];
      lines.push(cells.join(GAP).trimEnd());
    }
  }
  return `${lines.join('\n')}\n`;
}

/** `text` styled, then padded to `width` columns: an underline covers the words, not the spaces after them. */
function styledPadEnd(text: string, width: number, style: (text: string) => string): string {
  return style(text) + ' '.repeat(Math.max(0, width - displayWidth(text)));
}

/** Every title on its own line(s), wrapped to `width` with continuation lines indented. */
function titleLines(titles: readonly string[], width: number): string[] {
  if (titles.length === 0) return [NO_TITLE];
  return titles.flatMap((title) => {
    const [first = '', ...rest] = wrapText(title, width);
    const continued = rest.length === 0 ? [] : wrapText(rest.join(' '), width - TITLE_INDENT.length);
    return [first, ...continued.map((line) => TITLE_INDENT + line)];
  });
}
