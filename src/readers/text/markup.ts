/**
 * Bold markers of a text copied as Markdown: a line set in bold whole (a sapo, a subheading), or
 * bold opening a paragraph: an interview's speaker
 * ("**PV:** Thưa ông, …") or a question in bold ("**Thưa Thứ trưởng, …?**"). The stars are markup,
 * not the article's text: each pair goes, its words stay. Stars inside a sentence ("… và **đậm**
 * và …") may be the text's own, and stay.
 *
 *   "**PV:** Thưa ông, …"   → "PV: Thưa ông, …"
 *   "Giá tăng 5**"          → unchanged (a lone marker: no pair)
 *   "_tên_ và **đậm**"      → unchanged (not at the start)
 */
import type { Line } from './lines.js';

const BOLD = '**';

/** The text without its bold pairs, or null when it has none or a marker without its pair. */
export function withoutBold(text: string): string | null {
  if (!text.startsWith(BOLD)) return null;
  const parts = text.split(BOLD);
  // An odd number of parts: the markers pair up. Each bold run holds words, the stars glued to them.
  if (parts.length < 3 || parts.length % 2 === 0) return null;
  for (let k = 1; k < parts.length; k += 2) {
    const inner = parts[k] as string;
    if (inner === '' || inner.trim() !== inner || inner.includes('*')) return null;
  }
  return parts.join('').replace(/ {2,}/gu, ' ').trim();
}

/**
 * A line set in bold as Markdown prints it, "**Sáng 15/6, giá vàng …**" (a sapo, a subheading copied by a
 * converter): the text without the marks. Only a line wrapped whole, with no other mark inside
 * ("**Hà Nội** và **Huế**" keeps its marks here; withoutBold takes its pairs).
 */
export function withoutBoldMarks(text: string): string {
  if (text.length <= 4 || !text.startsWith('**') || !text.endsWith('**')) return text;
  const inner = text.slice(2, -2);
  return inner.includes('**') || inner.trim() === '' ? text : inner.trim();
}

/** The lines with their bold unmarked: a line wrapped whole (withoutBoldMarks), then pairs opening one (withoutBold); the same array when none has any. */
export function withoutBoldMarkers(lines: Line[]): Line[] {
  let changed = false;
  const out = lines.map((line) => {
    const whole = withoutBoldMarks(line.text);
    const pairs = withoutBold(whole);
    const text = pairs === null || pairs === '' ? whole : pairs;
    if (text === line.text) return line;
    changed = true;
    return { ...line, text };
  });
  return changed ? out : lines;
}

/**
 * A caption set in italics as a CMS export prints it, "_Toàn cảnh cuộc họp. Ảnh: VGP/Hải Minh_" or
 * "*Trang trại bò sữa.* Ảnh: Thanh Phúc" (the credit after the closing mark): the text without the
 * marks. One marker, `_` or `*`, opening the line glued to a word and closing glued to one; nothing
 * but a credit or punctuation after it, and no other such marker inside. A bullet ("* Hoàng Lam"),
 * bold ("**…**") and a marker inside the text ("… 5*") are no italics.
 *
 *   "_Ông X phát biểu. Ảnh: TTXVN_"  → "Ông X phát biểu. Ảnh: TTXVN"
 *   "*Trang trại.* Ảnh: Thanh Phúc"  → "Trang trại. Ảnh: Thanh Phúc"
 *   "* Hoàng Lam", "_id_x"           → unchanged
 */
export function withoutItalics(text: string): string {
  const mark = text.charAt(0);
  if ((mark !== '_' && mark !== '*') || text.length < 3) return text;
  const second = text.charAt(1);
  if (second === mark || second === ' ') return text;
  const close = text.indexOf(mark, 1);
  if (close < 2 || text.charAt(close - 1) === ' ' || text.indexOf(mark, close + 1) !== -1) return text;
  const after = text.slice(close + 1);
  // The mark closes a word: the line ends there, or a space or punctuation follows it.
  if (after !== '' && !/^[\s.,;:)]/u.test(after)) return text;
  return `${text.slice(1, close)}${after}`.trim();
}
