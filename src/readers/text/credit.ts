/**
 * Captions and their credits.
 *
 *   "Ông Hồ Đức Phớc, Bộ trưởng Tài chính. Ảnh: Hoàng Phong" → credit "Hoàng Phong"
 *   "... tại sân bay quân sự Seoul. (Ảnh: Thống Nhất/TTXVN)"   → credit "Thống Nhất/TTXVN"
 *   "... (đứng giữa). Ảnh Hồng Thi."                           → credit "Hồng Thi"
 *   "... ngoại ô thủ đô Damascus. ảnh SANA"                    → credit "SANA"
 *   "... Lê Huy Vịnh. (Nguồn: Kinhtedothi.vn)"                 → credit "Kinhtedothi.vn"
 *   "... (Ảnh Trần Thành Công)."                                → credit "Trần Thành Công"
 *   "Ông Thái Thanh Quý (ảnh Dân trí)"                           → credit "Dân trí"
 *   "... lễ đón Chủ tịch nước - Ảnh GIẢN THANH SƠN"             → credit "GIẢN THANH SƠN"
 *   "... trong clip nhái Jessica. Ảnh chụp màn hình."           → credit "Ảnh chụp màn hình"
 *   "... quy định mới về thuế (Ảnh minh hoạ)"                  → no credit: part of the caption
 */

import { creditLabelOf, type CreditLabel } from '../../model/credit-labels.js';
import { withoutItalics } from './markup.js';

/*
 * PAREN_CREDIT and COLON_CREDIT: the credit after the colon starts and (COLON_CREDIT) ends
 * at a non-space character, so each space around it has one place to go: when a run of
 * spaces could be split between \s* and the credit, it was tried every way (quadratic).
 * A colon followed by spaces only ("(Ảnh: )") is still a credit clause, an empty one (the
 * second alternative). The credit's length limit is checked in findCredit: with a {1,120}
 * in it PAREN_CREDIT was too large for recheck to decide in 120 s; without, recheck's
 * automaton checker proves both linear in under a second.
 */
/** A credit is at most this many characters; a longer "(Ảnh: …)" or "Ảnh: …" is not a credit clause. */
const MAX_CREDIT_LENGTH = 120;
/**
 * "(Ảnh: X)", "(Nguồn: X)", "(Photo: X)", "(Tranh: X)", "(Nguồn ảnh: X)", "(Ảnh minh họa: X)", "(Đồ họa: X)"
 * closing the caption. (Without the longer labels, "(Nguồn ảnh: Reuters)" was cut at "ảnh:" by COLON_CREDIT.)
 */
const PAREN_CREDIT = /\(\s*(nguồn hình ảnh|nguồn ảnh|ảnh minh họa|ảnh minh hoạ|đồ họa|đồ hoạ|ảnh|nguồn|photo|hình|tranh|ảnh\s*[-–]\s*nguồn)\s*:(?:\s*([^()\s][^()]*)|\s+)\)\s*\.?$/iu;
/** "Ảnh: X", "- Ảnh: X", "Nguồn: X", "Nguồn ảnh: X", "Đồ họa: X" after the caption's last sentence or a dash. */
const COLON_CREDIT = /(^|[.!?…)"”»]\s*|\s[-–—|]\s*|\s)(nguồn ảnh|ảnh minh họa|ảnh minh hoạ|ảnh [-–] nguồn|ảnh|nguồn|photo|hình|đồ họa|đồ hoạ)\s*:(?:\s*([^:\s](?:[^:]*?[^:\s])?)\s*\.?|\s+)$/iu;
/**
 * A painting's credit: "Tác phẩm "Chùa Thầy". Tranh: NGÔ THÀNH NHÂN" ("(Tranh: X)" is a
 * PAREN_CREDIT). "tranh" is a common word ("cạnh tranh: …"), so only after the caption's last
 * sentence or a dash, or opening the line.
 */
const PAINTING_CREDIT = /(^|[.!?…)"”»]\s*|\s[-–—|]\s*)(tranh)\s*:(?:\s*([^:\s](?:[^:]*?[^:\s])?)\s*\.?|\s+)$/iu;
/** BBC's credit line: "Nguồn hình ảnh, Getty Images" (a comma for the colon). */
const COMMA_CREDIT = /^(nguồn hình ảnh|nguồn ảnh), ([^,:]{1,80})$/iu;
/**
 * "(Ảnh Trần Thành Công)", "(ảnh Dân trí)", "(ảnh báo Khoa học phát triển)" — in brackets without a
 * colon: the name must be capitalised, or be a paper's ("báo", "tạp chí") with a capitalised name
 * ("(Ảnh minh họa)", "(ảnh bên phải)" are no credit).
 */
const PAREN_BARE_CREDIT = /\(\s*[Ảả]nh\s+((?:báo |tạp chí )?\p{Lu}[^()]{0,60})\)\s*\.?$/u;
/**
 * "Ảnh Hồng Thi.", "Ảnh V. MAI." — no colon: only after a full stop, and the name must be
 * capitalised (an initial and its full stop may open it).
 */
const BARE_CREDIT = /([.!?…)]\s+)([Ảả]nh)\s+(\p{Lu}(?:\.\s?\p{Lu})?[^.:()]{0,60}?)\.?$/u;
/**
 * "… lễ đón Chủ tịch nước - Ảnh GIẢN THANH SƠN": no colon, after a dash, and the name in
 * capitals (after a dash, "Ảnh Hà Nội xưa" would be the caption's own words).
 */
/** "… trong clip nhái Jessica. Ảnh chụp màn hình.": a screenshot, the credit the caption gives for it. */
const SCREENSHOT_CREDIT = /([.!?…)]\s+|\s[-–]\s)(Ảnh chụp màn hình|Ảnh cắt từ (?:clip|video)|Ảnh chụp từ (?:clip|video))\.?$/iu;
/**
 * The same in brackets: "… trên đường Trần Duy Hưng (Ảnh chụp màn hình)." No space is matched before the
 * bracket (tidy trims it): a leading \s* would be tried from every space of a long run (quadratic).
 */
const PAREN_SCREENSHOT_CREDIT = /\((Ảnh chụp màn hình|Ảnh cắt từ (?:clip|video)|Ảnh chụp từ (?:clip|video))\)\.?$/iu;
const DASH_CAPITALS_CREDIT = /\s[-–]\sẢnh\s(\p{Lu}[\p{Lu}\p{M} .]{1,60})$/u;

export interface SplitCaption {
  caption: string | null;
  credit: string | null;
  /** The word the credit was printed after, canonical ("ẢNH" → "Ảnh"); null without a credit or for one that names itself. */
  label: CreditLabel | null;
}

/** Trim, and drop a dangling separator left where the credit was cut off ("Toàn cảnh -"). */
function tidy(s: string): string | null {
  let t = s.trim();
  const last = t.charAt(t.length - 1);
  if (last === '-' || last === '–' || last === '—' || last === '|') t = t.slice(0, -1).trim();
  return t === '' ? null : t;
}

/** Split a caption line into the caption proper and its credit. */
/**
 * What stands before "ảnh:" in a byline, not a caption: "Bài và ảnh: X", "Bài, ảnh: X".
 * The joining word takes the spaces before it (not `\s*(?:và)?\s*`: two loops over one run of spaces).
 */
const BYLINE_LABEL = /^(?:bài|tin|bài viết)(?:\s*(?:và|,|&|\+))?\s*$/iu;

function credited(text: string, captionEnd: number, tail: string, credit: string, label: string | null): SplitCaption | null {
  const caption = tidy(text.slice(0, captionEnd) + tail.trimEnd());
  if (caption !== null && BYLINE_LABEL.test(caption)) return null;
  const kept = tidy(credit);
  return { caption, credit: kept, label: kept === null || label === null ? null : creditLabelOf(label) };
}

export function splitCredit(line: string): SplitCaption {
  // A caption in a CMS export's italics ("_… Ảnh: X_", "*…* Ảnh: X"): the marks are no part of it.
  const text = withoutItalics(line.trim());
  const found = findCredit(text);
  return found ?? { caption: tidy(text), credit: null, label: null };
}

/** Every credit names one of these words: lines without any are skipped at the cost of one search. */
const CREDIT_WORD = /[ảẢ]nh|ẢNH|[nN]guồn|NGUỒN|[pP]hoto|[hH]ình|[đĐ]ồ họa|[đĐ]ồ hoạ|[tT]ranh|TRANH/u;

/*
 * Each of PAREN_CREDIT and COLON_CREDIT can take its credit from one place only (the last
 * brackets; what follows the last colon), so a credit over the limit means that pattern has
 * no match, as when the limit was written in it.
 */
const short = (credit: string | undefined): boolean => (credit ?? '').length <= MAX_CREDIT_LENGTH;

/** A credit that ends with an initial ("P.V", "T.H", "Q"): the full stop after it is the initial's. */
const ENDS_WITH_INITIAL = /(?:^|[.\s])\p{Lu}$/u;

/** A name cut from `text` ("P.V" of "Ảnh: P.V."), with the full stop `text` ends with when that is its last initial's. */
export function withInitialsDot(credit: string, text: string): string {
  return text.endsWith('.') && ENDS_WITH_INITIAL.test(credit) ? `${credit}.` : credit;
}

function findCredit(text: string): SplitCaption | null {
  if (!CREDIT_WORD.test(text)) return null;
  let m = PAREN_CREDIT.exec(text);
  if (m && short(m[2])) return credited(text, m.index, '', m[2] ?? '', m[1]!);
  m = PAREN_BARE_CREDIT.exec(text);
  if (m) return credited(text, m.index, '', m[1] ?? '', 'Ảnh');
  m = COMMA_CREDIT.exec(text);
  if (m) return credited(text, 0, '', m[2] ?? '', m[1]!);
  m = COLON_CREDIT.exec(text);
  if (m && short(m[3])) return credited(text, m.index, m[1] ?? '', withInitialsDot(m[3] ?? '', text), m[2]!);
  m = PAINTING_CREDIT.exec(text);
  if (m && short(m[3])) return credited(text, m.index, m[1] ?? '', withInitialsDot(m[3] ?? '', text), m[2]!);
  m = BARE_CREDIT.exec(text);
  if (m) return credited(text, m.index, m[1] ?? '', m[3] ?? '', m[2]!);
  // The credit names itself ("Ảnh chụp màn hình"): no label before it.
  m = SCREENSHOT_CREDIT.exec(text);
  if (m) return credited(text, m.index, /^\s[-–]\s$/u.test(m[1] ?? '') ? '' : (m[1] ?? ''), m[2] ?? '', null);
  m = PAREN_SCREENSHOT_CREDIT.exec(text);
  if (m) return credited(text, m.index, '', m[1] ?? '', null);
  m = DASH_CAPITALS_CREDIT.exec(text);
  if (m) return credited(text, m.index, '', m[1] ?? '', 'Ảnh');
  return null;
}

/** True when the line ends with a credit clause. */
export function hasCredit(line: string): boolean {
  return splitCredit(line).credit !== null;
}
