/**
 * A government portal's list of the documents an article cites, under its label, after the body:
 *
 *   Văn bản liên quan                                              ← the label
 *   Nghị định 73/2024/NĐ-CP quy định mức lương cơ sở …             ← a document's title
 *   - Quyết định số 1340/QĐ-BYT ban hành hướng dẫn …               ← one with a dash
 *
 * Links to the documents, not the article's text: the label and the titles under it are dropped;
 * what follows them (the signature) stays.
 */
import type { Warning } from '../../model/article.js';
import { dropped } from './dropped.js';
import type { Line } from './lines.js';

/** The list's label: "Văn bản liên quan", "Các văn bản liên quan:", "Văn bản pháp luật liên quan", "Văn bản đính kèm". */
const LIST_LABEL = /^(?:các )?văn bản (?:pháp luật |pháp lý )?(?:liên quan|đính kèm)(?: ?:)?$/iu;
/** A document's title: its kind first (after a dash or bullet), a number or words after it, no sentence's end. */
const DOCUMENT_TITLE =
  /^(?:[-–•+*] )?(?:nghị định|nghị quyết|quyết định|thông tư liên tịch|thông tư|công văn|công điện|chỉ thị|kết luận|quy định|quy chế|thông báo|luật|pháp lệnh|hướng dẫn|kế hoạch|tờ trình|lệnh|hiến pháp) \S/iu;
/** A title is at most this long. */
const MAX_TITLE_LENGTH = 300;

function isDocumentTitle(text: string): boolean {
  return text.length <= MAX_TITLE_LENGTH && DOCUMENT_TITLE.test(text) && !/[.!?]$/u.test(text);
}

/** The lines without such lists (the same array when there is none). A label with no title under it stays. */
export function withoutDocumentLists(lines: Line[], warnings: Warning[]): Line[] {
  const kept: Line[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as Line;
    let end = i + 1;
    if (LIST_LABEL.test(line.text)) while (end < lines.length && isDocumentTitle((lines[end] as Line).text)) end++;
    if (end - i < 2) {
      kept.push(line);
      continue;
    }
    for (const taken of lines.slice(i, end)) warnings.push(dropped(taken, 'boilerplate/related', 'list of related documents'));
    i = end - 1;
  }
  return kept.length === lines.length ? lines : kept;
}
