/**
 * A page's widgets copied with the article, each a block of short lines glued together (no blank line
 * inside, a blank line around it), dropped whole wherever it stands:
 *
 *   Tóm tắt                                   ← a box's label (WIDGET_LABELS)
 *   • Môn Ngữ văn thi tự luận, 120 phút.      ← its items: short lines glued under it
 *   • Kỳ thi diễn ra ngày 26 và 27/6.
 *
 *   Minh Hoàng                                ← a reader's comment: the name, the text,
 *   Lắp nhiều camera là đúng, nhưng …
 *   Trả lời                                   ← the comment's buttons (both "Trả lời" and "Thích")
 *   Thích
 *   2 giờ trước
 *
 *   Hà Nội / 24°C / Nhiều mây / Độ ẩm: 85%    ← a weather widget: a temperature alone on a line
 *
 *   BÁO HÀ TĨNH - CƠ QUAN CỦA …               ← the paper's footer in the text's second half:
 *   Tổng Biên tập: Nguyễn Văn Minh            ← who answers for it or its licence, with the
 *   Địa chỉ: Số 2 Phan Đình Phùng …           ← name, address and contact lines glued to it
 *
 * A label alone past a blank line ("Tóm tắt" over a paragraph, "Những điểm nhấn" as a subheading) stays;
 * so does a block with a long line in it (a text whose paragraphs are not set apart by blank lines).
 */
import type { Warning } from '../../model/article.js';
import { dropped } from './dropped.js';
import { foldedSet } from './fold.js';
import type { Line } from './lines.js';
import { endsSentence, isMastheadLine, labelKey } from './patterns.js';
import { WIDGET_LABELS } from './vocabulary.js';

const LABELS = foldedSet(WIDGET_LABELS);
/** A newsletter's sign-up box: "Đăng ký nhận bản tin", "Đăng ký nhận bản tin sức khỏe miễn phí". */
const NEWSLETTER = /^(?:đăng ký|đăng kí) nhận (?:bản tin|tin|email|thông báo)(?: [^.!?]{1,40})?$/iu;
/** A temperature alone on its line: "24°C", "-2 °C". */
const TEMPERATURE = /^-?\d{1,2} ?°[CF]$/u;
/** A box has at most this many lines, each at most this long (a label's items, a comment, a footer's lines). */
const MAX_BOX_LINES = 10;
const MAX_ITEM_LENGTH = 160;
/** A weather widget's lines are short: a city, a temperature, the sky, the humidity. */
const MAX_WEATHER_LINES = 6;
const MAX_WEATHER_LINE_LENGTH = 30;
/** A comment's buttons, printed alone on their lines. */
const REPLY = 'trả lời';
const LIKE = 'thích';

const isLabel = (t: string): boolean => t.length <= 60 && (LABELS.has(labelKey(t)) || NEWSLETTER.test(t));

/** What the block lines[from..to) is, if a widget. */
function widgetOf(lines: readonly Line[], from: number, to: number): string | null {
  const count = to - from;
  if (count < 2 || count > MAX_BOX_LINES) return null;
  let longest = 0;
  let reply = false;
  let like = false;
  let temperature = false;
  let masthead = false;
  for (let k = from; k < to; k++) {
    const t = (lines[k] as Line).text;
    if (t.length > longest) longest = t.length;
    if (t.length <= 7) {
      const low = t.toLowerCase();
      if (low === REPLY) reply = true;
      else if (low === LIKE) like = true;
      else if (t.includes('°') && TEMPERATURE.test(t)) temperature = true;
    } else if (!masthead && t.length > 12 && isMastheadLine(t)) {
      masthead = true;
    }
  }
  if (longest > MAX_ITEM_LENGTH) return null;
  if (isLabel((lines[from] as Line).text)) return 'widget box';
  if (reply && like) return "reader's comment";
  if (temperature && count <= MAX_WEATHER_LINES && longest <= MAX_WEATHER_LINE_LENGTH) return 'weather widget';
  if (masthead && from * 2 >= lines.length && !endsSentence((lines[from] as Line).text)) return "paper's footer";
  return null;
}

/** The lines without the widgets' blocks (the same array when there are none). */
export function withoutWidgets(lines: Line[], warnings: Warning[]): Line[] {
  let kept: Line[] | null = null;
  for (let i = 0; i < lines.length; ) {
    let end = i + 1;
    while (end < lines.length && (lines[end] as Line).gapBefore === 0) end++;
    // A block set apart: the whole text is not one block.
    const what = end - i < lines.length ? widgetOf(lines, i, end) : null;
    if (what !== null) {
      kept ??= lines.slice(0, i);
      for (let k = i; k < end; k++) warnings.push(dropped(lines[k] as Line, 'boilerplate/widget', what));
    } else if (kept !== null) {
      for (let k = i; k < end; k++) kept.push(lines[k] as Line);
    }
    i = end;
  }
  return kept ?? lines;
}
