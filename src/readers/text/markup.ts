/**
 * Bold markers of a text copied as Markdown, opening a paragraph: an interview's speaker
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

/** The lines with their bold pairs unmarked (the same array when none has any). */
export function withoutBoldMarkers(lines: Line[]): Line[] {
  let changed = false;
  const out = lines.map((line) => {
    const text = withoutBold(line.text);
    if (text === null || text === '') return line;
    changed = true;
    return { ...line, text };
  });
  return changed ? out : lines;
}
