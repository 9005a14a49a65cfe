/**
 * The credits block of a longform (e-magazine) page: who wrote, shot, drew and designed it, one
 * label a line or several labels on one line, under the title or at the very end.
 *
 *   Nội dung: Hoàng Táo - Đắc Thành        ← the writers: the article's authors
 *   Ảnh: Giang Huy                         ← the photographer
 *   Thiết kế: Khánh Hoàng                  ← the designer
 *
 *   Bài: THÁI THỊNH - Ảnh: NGUYỄN KHÁNH - Thiết kế: VĂN HOÀNG
 *
 * The block is no paragraph, lead or caption. Its authors are the writers' names; with no writer
 * named, the makers' (graphics, photos, video): an infographic's "Đồ họa: X" signs it.
 */
import type { Warning } from '../../model/article.js';
import { isPersonName } from './authors.js';
import { dropped } from './dropped.js';
import type { Line } from './lines.js';

/** Labels naming the writers. */
const WRITER_LABELS = new Set(['nội dung', 'bài', 'bài viết', 'thực hiện', 'tác giả', 'bài và ảnh', 'bài, ảnh', 'nội dung và ảnh']);
/** Labels naming who made the pictures: the authors when no writer is named. */
const MAKER_LABELS = new Set(['ảnh', 'đồ họa', 'đồ hoạ', 'minh họa', 'minh hoạ', 'video', 'infographic']);
/** Labels naming the rest of the team: never authors. */
const TEAM_LABELS = new Set(['thiết kế', 'trình bày', 'kỹ thuật', 'kĩ thuật', 'biên tập', 'quay phim', 'dựng phim', 'dựng video', 'sản xuất', 'chế bản']);

/** "Label: rest" at the start of a part; the label is matched against the sets above. */
const LABELLED = /^([\p{L} ,]{2,20}?) ?: ?(\S.*)$/u;
/** Parts of a credits line and names of one part: " - ", " – ", " | ", " / " between them. */
const PART_SEPARATOR = / [-–|/] /u;
/** Names within one part: "Hoàng Táo, Đắc Thành", "Hoàng Táo và Đắc Thành". */
const NAME_SEPARATOR = /, | và | & /u;
/** A block under the title starts among the first this many lines. */
const MAX_HEAD_LINES = 8;

interface Credit {
  label: string;
  names: string[];
}

/** The labelled parts of a credits line, or null when any part is not "known label: names". */
export function creditsOfLine(text: string): Credit[] | null {
  if (text.length > 200) return null;
  const credits: Credit[] = [];
  for (const piece of text.split(PART_SEPARATOR)) {
    const m = LABELLED.exec(piece);
    const label = m ? (m[1] as string).toLowerCase() : null;
    if (m && label !== null && (WRITER_LABELS.has(label) || MAKER_LABELS.has(label) || TEAM_LABELS.has(label))) {
      credits.push({ label, names: [] });
      if (!addNames(credits.at(-1) as Credit, m[2] as string)) return null;
    } else if (credits.length === 0 || !addNames(credits.at(-1) as Credit, piece)) {
      // A name after a dash belongs to the label before it ("Nội dung: Hoàng Táo - Đắc Thành").
      return null;
    }
  }
  return credits.length > 0 ? credits : null;
}

function addNames(credit: Credit, text: string): boolean {
  const names = text.replace(/\.$/u, '').split(NAME_SEPARATOR).map((s) => s.trim());
  if (!names.every(isPersonName)) return false;
  credit.names.push(...names);
  return true;
}

/** The authors a block credits: its writers, else its makers. */
function authorsOf(credits: readonly Credit[]): string[] {
  const writers = credits.filter((c) => WRITER_LABELS.has(c.label));
  return (writers.length > 0 ? writers : credits.filter((c) => MAKER_LABELS.has(c.label))).flatMap((c) => c.names);
}

/**
 * A credits block: lines in a row, each of labelled parts only, with two labels at least in all
 * (a photo's "Ảnh: X" alone under its caption is a credit, not a block). Alone, one line is a block
 * when it is the text's last line and names a writer or a maker other than a photographer
 * ("Đồ họa: Hồng Nhung" under an infographic).
 */
export function takeCredits(lines: readonly Line[], warnings: Warning[]): { lines: Line[]; authors: string[]; text: string[] } {
  const none = { lines: lines as Line[], authors: [], text: [] };
  for (let i = 0; i < lines.length; i++) {
    const first = creditsOfLine((lines[i] as Line).text);
    if (first === null) continue;
    const credits = [...first];
    let end = i + 1;
    for (let c: Credit[] | null; end < lines.length && (c = creditsOfLine((lines[end] as Line).text)) !== null; end++) credits.push(...c);
    const atHead = i < MAX_HEAD_LINES;
    const atEnd = end === lines.length;
    const labels = new Set(credits.map((c) => c.label));
    const block = labels.size >= 2 || (atEnd && end - i === 1 && !labels.has('ảnh') && credits.some((c) => !TEAM_LABELS.has(c.label)));
    if (block && (atHead || atEnd)) {
      const taken = lines.slice(i, end);
      for (const line of taken) warnings.push(dropped(line, 'byline/credits', 'credits block'));
      return { lines: [...lines.slice(0, i), ...lines.slice(end)], authors: authorsOf(credits), text: taken.map((l) => l.text) };
    }
    i = end - 1;
  }
  return none;
}
