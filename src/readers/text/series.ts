/**
 * Multi-part series ("Bài 1: …", "Kỳ 2: …", "Bài cuối: …"): a part's headline, and the marks a part
 * ends with — "(Còn nữa)" and a teaser for the next part ("Kỳ tới: Trách nhiệm thuộc về ai?") — which
 * are the series' furniture, not the story's text.
 */

/**
 * A part of a series as a headline: "Bài 1: Những công trình chậm tiến độ", "Kỳ 2: …", "Phần III: …",
 * "Bài cuối: …", "Kỳ cuối: …".
 */
const SERIES_PART = /^(?:Bài|Kỳ|Phần) (?:\d{1,2}|[IVX]{1,4}|cuối):\s\p{Lu}/u;

export function isSeriesPart(text: string): boolean {
  const c = text.charCodeAt(0);
  // 'B', 'K', 'P' first: the cheap gate.
  return (c === 66 || c === 75 || c === 80) && SERIES_PART.test(text);
}

/** "(Còn nữa)", "(còn tiếp)", "(Còn nữa...)": the part ends, the series goes on. */
const CONTINUED = /^\((?:còn nữa|còn tiếp|còn tiếp nữa)(?:\.{3}|…)?\)$/iu;

export const isContinuedMark = (text: string): boolean => text.startsWith('(') && text.length <= 20 && CONTINUED.test(text);

/**
 * A teaser for the next part under the text: "Kỳ tới: Trách nhiệm thuộc về ai?", "Bài sau: …",
 * "Đón đọc kỳ tới: …", "Số tới: …".
 */
const NEXT_PART = /^(?:(?:kỳ|bài|số) (?:tới|sau)|đón đọc(?: kỳ| bài| số)? (?:tới|sau)) ?: ?\p{Lu}/iu;
/** A teaser is a headline: at most this long. */
const MAX_TEASER_LENGTH = 160;

export function isNextPartTeaser(text: string): boolean {
  const c = text.charCodeAt(0);
  // 'K', 'B', 'S', 'Đ' (either case) first: the cheap gate.
  if (text.length > MAX_TEASER_LENGTH || !(c === 75 || c === 107 || c === 66 || c === 98 || c === 83 || c === 115 || c === 272 || c === 273)) return false;
  return NEXT_PART.test(text);
}
