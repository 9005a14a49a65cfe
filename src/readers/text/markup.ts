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
