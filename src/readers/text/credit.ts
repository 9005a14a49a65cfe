/**
 * Captions and their credits.
 *
 *   "Ông Hồ Đức Phớc, Bộ trưởng Tài chính. Ảnh: Hoàng Phong" → credit "Hoàng Phong"
 *   "... tại sân bay quân sự Seoul. (Ảnh: Thống Nhất/TTXVN)"   → credit "Thống Nhất/TTXVN"
 *   "... (đứng giữa). Ảnh Hồng Thi."                           → credit "Hồng Thi"
 *   "... Lê Huy Vịnh. (Nguồn: Kinhtedothi.vn)"                 → credit "Kinhtedothi.vn"
 *   "... (Ảnh Trần Thành Công)."                                → credit "Trần Thành Công"
 *   "... quy định mới về thuế (Ảnh minh hoạ)"                  → no credit: part of the caption
 */

/** "(Ảnh: X)", "(Nguồn: X)", "(Photo: X)" closing the caption. */
const PAREN_CREDIT = /\(\s*(?:ảnh|nguồn|photo|hình|ảnh\s*[-–]\s*nguồn)\s*:\s*([^()]{1,120})\)\s*\.?$/iu;
/** "Ảnh: X", "- Ảnh: X", "Nguồn: X" after the caption's last sentence or a dash. */
const COLON_CREDIT = /(^|[.!?…)"”»]\s*|\s[-–—|]\s*|\s)(?:ảnh|nguồn|photo|hình)\s*:\s*([^:]{1,120}?)\s*\.?$/iu;
/** "(Ảnh Trần Thành Công)" — in brackets without a colon: the name must be capitalised ("(Ảnh minh họa)" is no credit). */
const PAREN_BARE_CREDIT = /\(\s*Ảnh\s+(\p{Lu}[^()]{0,60})\)\s*\.?$/u;
/** "Ảnh Hồng Thi." — no colon: only after a full stop, and the name must be capitalised. */
const BARE_CREDIT = /([.!?…)]\s+)Ảnh\s+(\p{Lu}[^.:()]{0,60}?)\.?$/u;

export interface SplitCaption {
  caption: string | null;
  credit: string | null;
}

/** Trim, and drop a dangling separator left where the credit was cut off ("Toàn cảnh -"). */
function tidy(s: string): string | null {
  let t = s.trim();
  const last = t.charAt(t.length - 1);
  if (last === '-' || last === '–' || last === '—' || last === '|') t = t.slice(0, -1).trim();
  return t === '' ? null : t;
}

/** Split a caption line into the caption proper and its credit. */
/** What stands before "ảnh:" in a byline, not a caption: "Bài và ảnh: X", "Bài, ảnh: X". */
const BYLINE_LABEL = /^(?:bài|tin|bài viết)\s*(?:và|,|&|\+)?\s*$/iu;

function credited(text: string, captionEnd: number, tail: string, credit: string): SplitCaption | null {
  const caption = tidy(text.slice(0, captionEnd) + tail.trimEnd());
  if (caption !== null && BYLINE_LABEL.test(caption)) return null;
  return { caption, credit: tidy(credit) };
}

export function splitCredit(line: string): SplitCaption {
  const text = line.trim();
  const found = findCredit(text);
  return found ?? { caption: tidy(text), credit: null };
}

/** Every credit names one of these words: lines without any are skipped at the cost of one search. */
const CREDIT_WORD = /[ảẢ]nh|ẢNH|[nN]guồn|NGUỒN|[pP]hoto|[hH]ình/u;

function findCredit(text: string): SplitCaption | null {
  if (!CREDIT_WORD.test(text)) return null;
  let m = PAREN_CREDIT.exec(text);
  if (m) return credited(text, m.index, '', m[1] ?? '');
  m = PAREN_BARE_CREDIT.exec(text);
  if (m) return credited(text, m.index, '', m[1] ?? '');
  m = COLON_CREDIT.exec(text);
  if (m) return credited(text, m.index, m[1] ?? '', m[2] ?? '');
  m = BARE_CREDIT.exec(text);
  if (m) return credited(text, m.index, m[1] ?? '', m[2] ?? '');
  return null;
}

/** True when the line ends with a credit clause. */
export function hasCredit(line: string): boolean {
  return splitCredit(line).credit !== null;
}
