/**
 * The header zone: everything above the lead. Section, title, byline lines and
 * the publication time, in whatever order the site printed them.
 *
 *   Chính trị                         ← section
 *   Thông qua kết quả kiểm tra …      ← title
 *   Vũ Ba 11/03/2025 - 20:25          ← byline with time
 *   Ngày 11/3, Đoàn kiểm tra …        ← lead: the header ends here
 */
import type { Warning } from '../../model/article.js';
import { authorsOfLine, isCitedOutlet, isOutletCredit, LEAD_LABEL } from './authors.js';
import { findTimestamp, isTimeOnly, type FoundTimestamp } from './datetime.js';
import { dropped } from './dropped.js';
import { isSeriesPart } from './series.js';
import { foldedSet, foldKey, inCapitals, sameText } from './fold.js';
import { OUTLET_NAMES } from './vocabulary.js';
import type { Line } from './lines.js';
import {
  ARROW_CRUMB,
  endsSentence,
  isAltText,
  isBoilerplate,
  isButtonRow,
  isHeaderChrome,
  isImageRef,
  isRelatedHeader,
  isMenuButton,
  isSectionName,
  isUrlLine,
  labelledCaption,
  sectionOf,
  sectionParts,
  splitGluedAlt,
} from './patterns.js';
import { hasCredit } from './credit.js';
import { namedSource } from './tail.js';

/** A title is a headline: no longer than this, and not ending as a sentence does. */
const MAX_TITLE_LENGTH = 250;
/** A masthead ("TTVH Online") above the title is at most this many words. */
const MAX_MASTHEAD_WORDS = 4;
/** A date/byline line carries at most this much other text. */
const MAX_BYLINE_LENGTH = 120;

export interface Header {
  section: string | null;
  title: string | null;
  /** Lines that make up the byline as printed. */
  bylineLines: string[];
  authors: string[];
  published: string | null;
  /** Index in `lines` where the body (starting with the lead) begins. */
  bodyStart: number;
  /**
   * A source named under the title where a byline would be ("Nguồn : Báo Lâm Đồng", as portals that
   * reprint print it): the article's credit when no one signs it (see index.ts), as one at the end.
   */
  source: { line: Line; name: string } | null;
}

interface BylineLine {
  published: string;
  authors: string[];
  /** A section label printed in the same line ("BIẾN ĐỔI KHÍ HẬU - Thanh Tùng - 18:51 31/05/2022"). */
  section: string | null;
  /** A source named in the same line ("Nguồn : Báo Lâm Đồng | 13/11/2015"), see Header.source. */
  source?: string;
}

/** A label in capitals ("BIẾN ĐỔI KHÍ HẬU"), at most this many words: a section when a byline line also names an author. */
const MAX_CAPITALS_LABEL_WORDS = 6;

function isCapitalsLabel(s: string): boolean {
  return inCapitals(s) && !/[\d.,;:!?()]/u.test(s) && s.split(' ').length <= MAX_CAPITALS_LABEL_WORDS;
}

/** An icon's name glued to the date after it, left by a copy: "ClockThứ Hai, 01/01/2024 20:16". */
const ICON_WORD = /^[A-Z][a-z]{1,11}(?=Thứ |Chủ nhật|\d{1,2}[/:])/u;

/** The line without an icon's name glued to its front (ICON_WORD). */
function withoutIconWord(text: string): string {
  const icon = ICON_WORD.exec(text);
  return icon ? text.slice(icon[0].length) : text;
}

/**
 * A line that is a timestamp, possibly with an author and a section label:
 * "Nguyên Minh - 07/03/2026 08:47", "BIẾN ĐỔI KHÍ HẬU - Thanh Tùng - 18:51 31/05/2022".
 * Null when other words are left over: then it is prose with a date in it.
 */
function bylineOf(line: string): BylineLine | null {
  const text = withoutIconWord(line);
  if (text.length > MAX_BYLINE_LENGTH) return null;
  const stamp = findTimestamp(text);
  if (!stamp) return null;
  if (stamp.rest === '') return { published: stamp.iso, authors: [], section: null };
  // "Thứ hai, 20/01/2020 09:34 AM - 0 Trả lời": a counter printed with the time says nothing.
  if (stamp.parts.length > 0 && stamp.parts.every(isBoilerplate)) return { published: stamp.iso, authors: [], section: null };
  // "Vũ Ba | 13/11/2015 08:15 | Lượt xem: 1.234": the counter beside the name and the time, left out;
  // "10/03/2025 08:00 GMT+7 | Cập nhật 10/03/2025 09:15": so is a second time (the update's), and the
  // article dates from the earlier of the two.
  const chrome = stamp.parts.some(isChromePart);
  const found = chrome ? withoutChromeParts(stamp, earliestTime(stamp.iso, stamp.parts)) : stamp;
  if (found.rest === '') return { published: found.iso, authors: [], section: null };
  // "Thời sự - Thứ Ba, 11/03/2025 - 20:25", "BIẾN ĐỔI KHÍ HẬU - Thanh Tùng - 18:51 31/05/2022":
  // a section label first, then authors if any. A label in capitals is a section only
  // beside names that are not ("THANH HÀ - MINH ANH" are two authors).
  const [first = '', ...others] = found.parts;
  const otherAuthors = others.map(authorsOfLine);
  if (otherAuthors.every((a) => a !== null)) {
    const capitalsLabel = isCapitalsLabel(first) && others.some((o) => o !== o.toUpperCase());
    // "08-03-2024 - 17:36 PM | Sống": a short label alone with the time is the section too.
    const section = sectionOf(first) ?? (capitalsLabel ? first : null) ?? (others.length === 0 && looksLikeSection(first) ? first : null);
    if (section !== null) return { published: found.iso, authors: otherAuthors.flatMap((a) => a ?? []), section };
  }
  const authors = authorsOfLine(found.rest);
  if (authors) return { published: found.iso, authors, section: null };
  // "HNMO| 18/11/2017 08:00": the site's mark beside the time (as under the title, SITE_MARK) signs nothing.
  if (found.parts.length === 1 && SITE_MARK.test(found.rest)) return { published: found.iso, authors: [], section: null };
  // "Nguồn : Báo Lâm Đồng | 13/11/2015": the source the story was taken from, beside the date.
  const source = found.parts.length === 1 ? namedSource(found.rest) : null;
  if (source !== null) return { published: found.iso, authors: [], section: null, source };
  return null;
}

/**
 * How long ago, after the writer's name: "Minh Nhật - 2 giờ trước", "Thu Hà, 15 phút trước" (a listing's
 * relative time, no date: it says nothing once copied). One separator or a space before it.
 */
const AGE_AFTER = /(?:\s?[-–|,•·]\s?|\s)\d{1,3}\s?(?:giây|phút|giờ|tiếng|ngày|tuần|tháng)\strước$/iu;

/** The line without the relative time at its end (AGE_AFTER), or "" when it has none. */
function withoutAge(text: string): string {
  const age = AGE_AFTER.exec(text);
  return age ? text.slice(0, age.index) : '';
}

/** A note in brackets closing a byline: what the writer did ("(tổng hợp)", "(lược dịch)"), whom after ("(theo Reuters)"). */
const WRITERS_NOTE = /\((?:tổng hợp|lược dịch|biên dịch|theo [^()]{2,60})\)$/iu;
/** A bracketed note at the end of a line, its content (at most 60 characters). */
const BRACKETED_END = /\(([^()]{2,60})\)$/u;

/** Whether the line ends with a writer's note (WRITERS_NOTE) or an agency or outlet in brackets ("(TTXVN)"). */
function hasWritersNote(text: string): boolean {
  if (WRITERS_NOTE.test(text)) return true;
  const note = BRACKETED_END.exec(text)?.[1];
  return note !== undefined && isOutletCredit(note);
}

/**
 * A second timestamp alone among a date line's leftovers: the update's time printed beside the posting
 * time ("… | Cập nhật 10/03/2025 09:15", its label gone with the others). Only a part with a digit is tried.
 */
function isTimestampPart(part: string): boolean {
  return /\d/u.test(part) && findTimestamp(part)?.rest === '';
}

/** A part of a date line that says nothing of who wrote it: a counter, or another timestamp. */
function isChromePart(part: string): boolean {
  return isBoilerplate(part) || isTimestampPart(part);
}

/** Of the line's first timestamp and the timestamps among its parts, the earliest (posted before updated). */
function earliestTime(iso: string, parts: readonly string[]): string {
  let best = iso;
  for (const part of parts) {
    if (!isTimestampPart(part)) continue;
    const other = (findTimestamp(part) as FoundTimestamp).iso;
    // Both with a time, or both a day: an ISO day sorts before its own times, so like is compared with like.
    if (other.includes('T') === best.includes('T') && Date.parse(other) < Date.parse(best)) best = other;
  }
  return best;
}

/** The timestamp's leftovers without the parts that are chrome (a counter, a second time), the rest joined again with " - ". */
function withoutChromeParts(stamp: FoundTimestamp, iso: string): FoundTimestamp {
  const parts = stamp.parts.filter((part) => !isChromePart(part));
  return { iso, parts, rest: parts.join(' - ') };
}

/**
 * A time and date glued to the end of the title: "… Nghị quyết Đại hội XIV 30/01/2026 17:43".
 * The pattern holds one space before the stamp; trailingTimestamp takes the rest of the run
 * of spaces by hand (a leading `\s+`, tried from every position of a long run, is quadratic).
 */
const TRAILING_TIMESTAMP = /\s(?:\d{1,2}\/\d{1,2}\/\d{4},?\s+\d{1,2}:\d{2}|\d{1,2}:\d{2},?\s+\d{1,2}\/\d{1,2}\/\d{4})$/u;
const SPACE = /\s/u;

/** The timestamp at the end of a title line, with all the spaces before it, and where that starts. */
export function trailingTimestamp(text: string): { index: number; stamp: string } | null {
  const m = TRAILING_TIMESTAMP.exec(text);
  if (!m) return null;
  let index = m.index;
  while (index > 0 && SPACE.test(text.charAt(index - 1))) index--;
  return { index, stamp: text.slice(index) };
}

/** The text without the "?"/"!" it ends with ("Vì sao?!" → "Vì sao"), by a scan from the end. */
export function withoutTrailingMarks(text: string): string {
  let end = text.length;
  while (end > 0 && (text.charAt(end - 1) === '?' || text.charAt(end - 1) === '!')) end--;
  return text.slice(0, end);
}

/** The text without the "..." or "…" it trails off with ("Thân Hữu Tiếp Tay..." → "Thân Hữu Tiếp Tay"). */
function withoutEllipsis(text: string): string {
  if (text.endsWith('...')) return text.slice(0, -3);
  return text.endsWith('…') ? text.slice(0, -1) : text;
}

/** A headline may trail off ("Những điều chưa kể...") when it is this short. */
const MAX_ELLIPSIS_TITLE_LENGTH = 160;

/** A headline opens with a capital, a digit or an opening quote/bracket, never in lower case (but for a brand, BRAND_START). */
const HEADLINE_START = /^[\p{Lu}\d"'“‘«([]/u;

/**
 * Which of several header timestamps is the article's: one with a time beats a bare
 * date (a page header's "today" date is chrome), then one on a byline with an
 * author, then one below the title; the first wins a tie below the title, the last above it.
 */
function timestampRank(line: BylineLine, belowTitle: boolean): number {
  return (line.published.includes('T') ? 4 : 0) + (line.authors.length > 0 ? 2 : 0) + (belowTitle ? 1 : 0);
}

/** A lead's opening mark: the site's name in brackets and a dash ("(Chinhphu.vn) - ", "(NLĐO)- "). */
const BRACKETED_SITE_MARK = /^\([^()]{2,30}\) ?[-–] ?\p{Lu}/u;

/** A headline may open with a brand written in camel case: "iPhone 7 và 7 Plus …", "eSIM du lịch …", "mRNA …". */
const BRAND_START = /^\p{Ll}{1,2}\p{Lu}\p{L}* /u;

function isHeadline(text: string): boolean {
  if (text.length > MAX_TITLE_LENGTH || isImageRef(text) || isUrlLine(text) || !(HEADLINE_START.test(text) || BRAND_START.test(text))) return false;
  // "… Nguyễn Thanh Sơn: “Quan hệ Việt - Nga … thử thách quyết liệt...”": the ellipsis inside the quote.
  // A sapo cut off with an ellipsis opens with the site's mark ("(Chinhphu.vn) - Tháng 3/2026 có … ngân hàng…"): no title.
  if (/(?:\.{3}|…)["'”’»]?$/u.test(text)) return text.length <= MAX_ELLIPSIS_TITLE_LENGTH && !BRACKETED_SITE_MARK.test(text);
  return !endsSentence(withoutTrailingMarks(text));
}

/**
 * A section printed above the title that is not in SECTION_NAMES ("Sống khỏe"):
 * a short label in sentence case. Not a masthead ("TTVH Online", "Báo Nhân Dân"),
 * which carries an all-capitals word, a domain or a publication word.
 */
const MASTHEAD_WORD = /(?:^|\s)(?:báo|tạp chí|online|điện tử|news|times|plus)(?=\s|$)|\.(?:vn|com|net|org)(?=\s|$)/iu;
/** A word in capitals ("TTVH"): an abbreviation, so a masthead rather than a section. */
const hasCapitalsWord = (s: string): boolean => s.split(' ').some((w) => w.length >= 2 && inCapitals(w));
const MAX_SECTION_WORDS = 3;

function looksLikeSection(text: string): boolean {
  const words = text.split(' ');
  if (words.length > MAX_SECTION_WORDS || text.length > 40 || /[\d.,:;!?"“”()]/u.test(text)) return false;
  if (!HEADLINE_START.test(text) || /^[\d"'“‘«([]/u.test(text) || MASTHEAD_WORD.test(text) || hasCapitalsWord(text)) return false;
  return authorsOfLine(text) === null;
}

/**
 * A longer section name in sentence case opening the text right above the title ("Chính sách và
 * cuộc sống"): MAX_SECTION_WORDS + 1 to MAX_LONG_SECTION_WORDS words, every word after the first in
 * lower case (a headline or a name capitalises more), otherwise as looksLikeSection.
 */
const MAX_LONG_SECTION_WORDS = 7;

function looksLikeLongSection(text: string): boolean {
  const words = text.split(' ');
  if (words.length <= MAX_SECTION_WORDS || words.length > MAX_LONG_SECTION_WORDS || text.length > 40) return false;
  // Every word after the first in lower case, but for a body of two words last, capitalised as a name is
  // ("Hoạt động Mặt trận", "Tin tức Quốc hội"): its first word, after two words or more in sentence case.
  const named = words.length - 2;
  if (words.slice(1).some((w, k) => k + 1 !== named && !/^\p{Ll}/u.test(w))) return false;
  return looksLikeSection(words.slice(0, MAX_SECTION_WORDS).join(' ')) && !/[\d.,:;!?"“”()]/u.test(text) && !MASTHEAD_WORD.test(text);
}

/**
 * The series' name printed above a part's headline, glued or past a blank line: a headline itself
 * (in capitals, in brackets, "[Bảo tồn di sản thiên nhiên thế giới]", or in sentence case), no part
 * and no date line, with the part's headline under it and more text under that.
 */
function isSeriesNameAbove(lines: readonly Line[], i: number): boolean {
  const next = lines[i + 1];
  if (next === undefined || lines.length <= i + 2 || !isSeriesPart(next.text) || !isHeadline(next.text)) return false;
  const text = (lines[i] as Line).text;
  return isHeadline(text) && !isSeriesPart(text) && bylineOf(text) === null;
}

/** Lines a header may hold between its parts, to be dropped. */
function isChrome(text: string): boolean {
  return isBoilerplate(text) || isRelatedHeader(text) || isButtonRow(text) || isHeaderChrome(text);
}

function isBodyStart(text: string): boolean {
  return isImageRef(text) || isAltText(text) || splitGluedAlt(text) !== null || (hasCredit(text) && !isPhotoStoryTitle(text));
}

/** "Ảnh: Sắc xuân trên phố cổ Hội An", "Video: …", "Infographic: …": a photo story's title, its genre before a colon. */
const PHOTO_STORY_TITLE = /^(?:Ảnh|Chùm ảnh|Phóng sự ảnh|Photo|Video|Clip|Infographic)\s?:\s?\p{Lu}/u;
/** Words of a photo story's title after its label that open in lower case, at least: a credit's name ("Ảnh: Thống Nhất/TTXVN") has none. */
const MIN_STORY_TITLE_LOWER_WORDS = 3;
/** A credit naming who supplied the photo: "… cung cấp", "… cung cấp cho báo". */
const SUPPLIED = /\scung cấp(?:\s|$)/u;

/**
 * A photo story's title, printed where a credit alone would read the same ("Ảnh: Sắc xuân trên phố cổ
 * Hội An" / "Ảnh: Thống Nhất/TTXVN"): the label, then a headline in sentence case (three words or more
 * in lower case), where a photographer's or agency's name has every word capitalised.
 */
export function isPhotoStoryTitle(text: string): boolean {
  if (!PHOTO_STORY_TITLE.test(text)) return false;
  const rest = text.slice(text.indexOf(':') + 1).trim();
  // "Ảnh: Nhân vật cung cấp", "Ảnh: Gia đình cung cấp cho báo": who supplied the photo, a credit.
  if (SUPPLIED.test(rest)) return false;
  const words = rest.split(' ');
  let lower = 0;
  for (const w of words) if (/^\p{Ll}/u.test(w)) lower++;
  return lower >= MIN_STORY_TITLE_LOWER_WORDS;
}

/**
 * The line from `from` on, past date/byline lines and chrome, when it reads as a title:
 * a headline that is not a section, a caption or an image line. Null otherwise.
 */
function headlineAfter(lines: readonly Line[], from: number): Line | null {
  let j = from;
  while (j < lines.length && (isChrome((lines[j] as Line).text) || bylineOf((lines[j] as Line).text) !== null)) j++;
  const line = lines[j];
  if (!line || !isHeadline(line.text) || isBodyStart(line.text) || sectionOf(line.text) !== null) return null;
  return line;
}

/** The index of the first line from `from` on that is not page chrome (lines.length when none). */
function pastChrome(lines: readonly Line[], from: number): number {
  let j = from;
  while (j < lines.length && isChrome((lines[j] as Line).text)) j++;
  return j;
}

/** A stray label above the title is at most this many words and characters. */
const MAX_STRAY_WORDS = 3;
const MAX_STRAY_LENGTH = 30;

/** A short label in lower case, no sentence ("mp3", a blog widget's name): never a title, section or byline. */
function isStrayLabel(text: string): boolean {
  return text.length <= MAX_STRAY_LENGTH && /^\p{Ll}/u.test(text) && !endsSentence(text) && text.split(' ').length <= MAX_STRAY_WORDS;
}

/**
 * Whether a stray label at `i` stands above the title: past it, other stray labels, chrome and
 * date lines, the next line reads as a title (as headlineAfter asks). "mp3" / "quảng cáo" / "mp3" /
 * "Thứ Sáu, 31 tháng 3, 2017" / "Đến hồ Lắk huyền thoại" (a blog's widgets above its post).
 */
function isStrayLabelAboveTitle(lines: readonly Line[], i: number): boolean {
  if (!isStrayLabel((lines[i] as Line).text)) return false;
  let j = i + 1;
  while (j < lines.length && (isStrayLabel((lines[j] as Line).text) || isChrome((lines[j] as Line).text))) j++;
  return headlineAfter(lines, j) !== null && lines.length > j + 1;
}

/**
 * A time and date at the very start of a line, before a capitalised sentence, spaced or glued:
 * "16:44, 24/06/2021 Ngày 24/6, …", "09/01/2024 09:16Mùa mai anh đào …".
 */
const LEADING_TIMESTAMP = /^(?:\d{1,2}:\d{2},? \d{1,2}\/\d{1,2}\/\d{4}|\d{1,2}\/\d{1,2}\/\d{4},? \d{1,2}:\d{2}) ?(?=\p{Lu})/u;

/**
 * A time and date glued to the title line, at its end ("… Đại hội XIV 30/01/2026 17:43") or at its
 * front ("09/01/2024 09:16Mùa mai anh đào …"): the title without it, the stamp and its time.
 */
function titleStamp(text: string): { title: string; stamp: string; iso: string } | null {
  const trailing = trailingTimestamp(text);
  const atEnd = trailing && trailing.index > 0 ? findTimestamp(trailing.stamp) : null;
  if (trailing && atEnd) return { title: text.slice(0, trailing.index), stamp: trailing.stamp.trim(), iso: atEnd.iso };
  const leading = LEADING_TIMESTAMP.exec(text);
  const atFront = leading ? findTimestamp(leading[0]) : null;
  if (leading && atFront) return { title: text.slice(leading[0].length), stamp: leading[0].trim(), iso: atFront.iso };
  return null;
}

/**
 * A time and date between spaces, before a capital: where a page copied onto one line has its title
 * end and its text begin ("… đảo ngọc Phú Quốc phát triển 11:30 12/11/2014 Trong những ngày đầu …").
 */
const INNER_TIMESTAMP = /\s(?:\d{1,2}:\d{2},? \d{1,2}\/\d{1,2}\/\d{4}|\d{1,2}\/\d{1,2}\/\d{4},? \d{1,2}:\d{2})\s(?=\p{Lu})/u;

/**
 * A page copied onto one line, its title, its time and its text run together: the title, the
 * timestamp and the rest as lines of their own, or null. Only when the text is that one line, it
 * cannot be a title itself, and what stands before its first time and date is a headline.
 */
export function splitOneLinePage(lines: readonly Line[]): Line[] | null {
  const first = lines[0];
  if (!first || lines.length !== 1 || isHeadline(first.text)) return null;
  const m = INNER_TIMESTAMP.exec(first.text);
  if (!m || m.index > MAX_TITLE_LENGTH) return null;
  const title = first.text.slice(0, m.index);
  const stamp = m[0].trim();
  if (!isHeadline(title) || isBodyStart(title) || findTimestamp(stamp) === null) return null;
  const part = (text: string): Line => ({ ...first, text, gapBefore: 0, gapAfter: 0 });
  const rest = { ...first, text: first.text.slice(m.index + m[0].length), gapBefore: 0 };
  return [part(title), part(stamp), rest];
}

/** How far into the body, and back from its end, a stray timestamp line is looked for. */
const STRAY_WINDOW = 3;

/**
 * A publication time the header did not have, printed on a line of its own just inside the
 * body ("24/06/2021, 19:05" under the lead, as some sites print it) or among its last lines
 * ("Thời sự Thứ tư, 29/3/2017, 13:53 (GMT+7)" at the foot of a copy). Only a line that is
 * a timestamp with a time, plus at most a section label and authors, counts: a sentence with
 * a date in it never does. Returns the line's index in `lines`, and fills in the header.
 * A time and date glued to the front of the lead are cut off it (`lines` is changed).
 */
export function strayTimestamp(lines: Line[], from: number, to: number, header: Header): number | null {
  if (header.published !== null && header.published.includes('T')) return null;
  // "16:44, 24/06/2021 Ngày 24/6, HĐND …": the time glued to the front of the lead.
  const lead = lines[from];
  const glued = lead ? LEADING_TIMESTAMP.exec(lead.text) : null;
  const stamp = glued ? findTimestamp(glued[0]) : null;
  if (lead && glued && stamp) {
    header.published = stamp.iso;
    header.bylineLines.push(glued[0].trim());
    lines[from] = { ...lead, text: lead.text.slice(glued[0].length) };
    return null;
  }
  const candidates = [...Array(STRAY_WINDOW).keys()].flatMap((k) => [from + k, to - 1 - k]);
  for (const index of candidates) {
    if (index < from || index >= to) continue;
    const line = lines[index] as Line;
    const byline = bylineOf(line.text);
    if (!byline || !byline.published.includes('T')) continue;
    header.published = byline.published;
    header.section ??= byline.section;
    header.bylineLines.push(line.text);
    header.authors.push(...byline.authors);
    return index;
  }
  return null;
}

/** A site's short name in capitals, with an optional domain: "TPO", "NLĐO", "VOV.VN". */
const SITE_MARK = /^\p{Lu}{2,5}(?:\.VN)?$/u;
/** A number alone: a comment or like count left by the page. */
const COUNT = /^\d{1,4}$/u;

/** What a line under the title is when it is none of the article's: its warning rule and description. */
function underTitle(text: string, title: string): { rule: string; what: string } | null {
  if (SITE_MARK.test(text)) return { rule: 'header/masthead', what: 'site name under the title' };
  if (COUNT.test(text)) return { rule: 'boilerplate/dropped', what: 'a count under the title' };
  if (sameText(text, title)) return { rule: 'boilerplate/title-repeat', what: 'title printed again' };
  return null;
}

/** A kicker is a short line: at most this long. */
const MAX_KICKER_LENGTH = 160;
/** A quotation as a headline: "“Ước gì có thể ở Việt Nam mãi mãi...”". */
const QUOTED_HEADLINE = /^["“].*["”]$/u;

/**
 * A kicker (the line some papers print above the title, ending with a colon) and the
 * headline under it, joined: "Diễn đàn cấp cao về Công nghiệp 4.0: Định vị rõ hơn mục
 * tiêu …". Null unless the line at `i` ends with ":" and reads as a headline otherwise,
 * and the next is a headline (or a quotation) with body text after it.
 */
function kickerAt(lines: readonly Line[], i: number): string | null {
  const line = lines[i];
  const next = lines[i + 1];
  if (!line || !next || lines.length <= i + 2) return null;
  const text = line.text;
  if (text.length > MAX_KICKER_LENGTH || !(text.endsWith(':') || brokenBefore(line)) || !HEADLINE_START.test(text)) return null;
  if (isBodyStart(text) || isUrlLine(text) || endsSentence(text.slice(0, -1))) return null;
  const title = next.text;
  if (title.length > MAX_TITLE_LENGTH || isBodyStart(title) || bylineOf(title) !== null) return null;
  if (!isHeadline(title) && !QUOTED_HEADLINE.test(title)) return null;
  return `${text} ${title}`;
}

/**
 * Words that never end a headline: prepositions, conjunctions, plural words ("… kiểm tra đối với" /
 * "Ban Thường vụ Thành ủy …"). A line ending with one goes on in the next. Not those that end a
 * compound ("cấp trên", "hiện tại", "tự do", "trở về", "tiếp theo", "bên trong", "công bằng").
 */
const DANGLING_END = /\s(?:với|của|và|cho|các|những|là|để|khi|vì|nhưng|hoặc|mà|thì)$/iu;

/**
 * A headline broken over two lines where its second half opens with a capital (a name, a body: "…
 * đối với" / "Ban Thường vụ …"), which joinWrappedLines leaves apart: the first half ends with a
 * DANGLING_END word and is glued to the second. (Read as a kicker with no colon.)
 */
function brokenBefore(line: Line): boolean {
  return line.gapAfter === 0 && DANGLING_END.test(line.text);
}

/** The home page as a breadcrumb's first word, its separators lost: "Trang chủ Nghiên cứu lý luận …". */
const HOME_START = /^(?:trang chủ|trang nhất|home)(?:\s|(?=\p{Lu}))/iu;
/** Where levels run together with no space: "NewsThời sự" → "News", "Thời sự". */
const GLUED_LEVEL = /(?<=\p{Ll})(?=\p{Lu})/u;
/** At most this many words between the home page and the title in such a breadcrumb. */
const MAX_CRUMB_SECTION_WORDS = 5;

/**
 * A breadcrumb line from the home page whose separators were lost ("Trang chủ Nghiên cứu lý
 * luận Vận dụng lý luận …", where the page spaced its levels apart): the section is what comes
 * between "Trang chủ" and the title when the line ends with the headline printed below it,
 * else none. Null when the line is no such breadcrumb.
 */
function homeBreadcrumb(text: string, below: Line | null): { section: string | null } | null {
  const home = HOME_START.exec(text);
  if (!home || endsSentence(text)) return null;
  const rest = text.slice(home[0].length);
  if (below === null || !rest.endsWith(below.text)) return sectionOf(rest) === null ? null : { section: sectionOf(rest) };
  const middle = rest.slice(0, rest.length - below.text.length).trim();
  // "Trang chủNewsThời sựNẻo về nguồn cội": levels glued together; the last known section among them.
  const levels = middle.split(GLUED_LEVEL);
  const section = levels.length > 1 ? ([...levels].reverse().find((level) => sectionOf(level) !== null) ?? middle) : middle;
  const words = section === '' ? 0 : section.split(' ').length;
  return { section: words > 0 && words <= MAX_CRUMB_SECTION_WORDS && HEADLINE_START.test(section) ? section : null };
}

/** A breadcrumb ending with the title stands at most this many lines from the top (a portal's header above it). */
const MAX_CRUMB_LINE = 40;

/**
 * A breadcrumb whose last level is the title printed right below it ("Bệnh viện X > TIN TỨC > Tin y tế >
 * <title>" / <title>): the page's own path to the article. Its first level is the home page, by name
 * ("Trang chủ") or by the site's name, unless it is a section's name; the level after it is the section.
 * Null when the line is no such breadcrumb.
 */
function breadcrumbToTitle(lines: readonly Line[], i: number): { section: string | null } | null {
  const text = (lines[i] as Line).text;
  const below = lines[i + 1];
  // Most lines fail on the literal test, before the split.
  if (below === undefined || !(text.includes('>') || text.includes('›') || text.includes('»')) || !isHeadline(below.text)) return null;
  const crumbs = text.split(ARROW_CRUMB).map((c) => c.trim());
  if (crumbs.length < 2 || !sameText(crumbs.at(-1) as string, below.text)) return null;
  const levels = crumbs.slice(0, -1);
  if (HOME_START.test(`${levels[0] ?? ''} `) || (levels.length > 1 && sectionOf(levels[0] as string) === null)) levels.shift();
  const section = levels[0] ?? null;
  const words = section === null ? 0 : section.split(' ').length;
  return { section: section !== null && words <= MAX_CRUMB_SECTION_WORDS && HEADLINE_START.test(section) ? section : null };
}

/** Where a breadcrumb ending with the title stands near the top (breadcrumbToTitle), and its section; or null. */
function breadcrumbToTitleLine(lines: readonly Line[]): { at: number; section: string | null } | null {
  const end = Math.min(lines.length - 2, MAX_CRUMB_LINE);
  for (let j = 0; j < end; j++) {
    const crumb = breadcrumbToTitle(lines, j);
    if (crumb !== null) return { at: j, section: crumb.section };
  }
  return null;
}

/** A site menu has at least this many words ("Bạn cần biết Tiện ích Liên hệ"); a shorter line may be a label. */
const MIN_MENU_WORDS = 4;

/**
 * A line of menu items above the section label, with the title after the label: the line is
 * several words, no sentence, no label itself, the next line a section (known, or label-like),
 * and the headline after them longer than both.
 */
function isMenuAbove(text: string, next: string, title: Line | null): boolean {
  if (title === null || text.split(' ').length < MIN_MENU_WORDS || endsSentence(text) || looksLikeSection(text)) return false;
  if (sectionOf(next) === null && !looksLikeSection(next)) return false;
  return title.text.length > text.length && title.text.length > next.length;
}

/** A paper's name: its kind first ("BÁO ĐIỆN TỬ TIN NHANH", "Tạp chí điện tử …", "Cổng thông tin …"). */
const SITE_NAME = /^(?:báo|tạp chí|cổng thông tin|trang thông tin|đài phát thanh|đài truyền hình|truyền hình|thông tấn xã)\s/iu;
/** A paper's name above the title is at most this many words, … */
const MAX_SITE_NAME_WORDS = 8;
/** … and the title comes within this many lines under it (menus, tagline, date bar between). */
const MAX_SITE_NAME_LOOKAHEAD = 20;

const OUTLETS = foldedSet(OUTLET_NAMES);
/** An outlet's name is at most this long ("Báo Sài Gòn Giải Phóng điện tử"). */
const MAX_OUTLET_LENGTH = 40;
/** "Báo " before a paper's name, " Online" / " điện tử" after it. */
const OUTLET_KIND = /^báo\s/iu;
const OUTLET_EDITION = /\s(?:online|điện tử)$/iu;

/** A paper's mark for its online edition, four or five capitals ending in "O" ("NLĐO", "HNMO", "BTNO"). */
const ONLINE_MARK = /^\p{Lu}{3,4}O$/u;

/**
 * A known paper's name alone (OUTLET_NAMES), as the logo's text at the top of a copied page or the
 * name of its Facebook page: "VnExpress", "Thanh Niên Online", "Báo Tuổi Trẻ", "Dân trí".
 */
export function isOutletName(text: string): boolean {
  if (ONLINE_MARK.test(text)) return true;
  if (text.length > MAX_OUTLET_LENGTH || /[\d,:;!?]/u.test(text)) return false;
  return OUTLETS.has(foldKey(text.replace(OUTLET_KIND, '').replace(OUTLET_EDITION, '')));
}

/**
 * A paper's name above the title, with the title still to come: its kind first, a few words, no
 * sentence, in capitals or with "điện tử" / "online" ("BÁO ĐIỆN TỬ TIN NHANH", "Báo Đồng Nai điện tử";
 * not the headline "Báo Mỹ đưa tin …").
 */
function isSiteNameAbove(lines: readonly Line[], i: number): boolean {
  const text = (lines[i] as Line).text;
  if (isOutletName(text)) return lines.slice(i + 1, i + 1 + MAX_SITE_NAME_LOOKAHEAD).some((line) => isHeadline(line.text) && !isOutletName(line.text) && line.text.length > text.length);
  if (!SITE_NAME.test(text) || text.split(' ').length > MAX_SITE_NAME_WORDS || endsSentence(text)) return false;
  if (!inCapitals(text) && !/(?:^|\s)(?:điện tử|online)(?=\s|$)/iu.test(text)) return false;
  return lines.slice(i + 1, i + 1 + MAX_SITE_NAME_LOOKAHEAD).some((line) => isHeadline(line.text) && !SITE_NAME.test(line.text) && line.text.length > text.length);
}

/**
 * Whether the line at `i` is a section's name alone that repeats one part of the section read from the
 * line right above it ("Kinh tế & Đô thị" / "Đô thị"): then the line above is a name made of sections'
 * names, the paper's, and this line the section.
 */
function isPartOfSectionAbove(lines: readonly Line[], i: number, section: string | null): boolean {
  const above = lines[i - 1];
  const text = (lines[i] as Line).text;
  if (section === null || above === undefined || above.text !== section || !isSectionName(text)) return false;
  const parts = sectionParts(section);
  return parts.length >= 2 && parts.some((part) => sameText(part, text));
}

/** A site's menu printed one item a line has at least this many items (a breadcrumb has two or three). */
const MIN_MENU_COLUMN_ITEMS = 4;

/**
 * Where a site's menu printed one item a line starts at `i` and ends ("Thời sự" / "Thế giới" /
 * "Kinh doanh" / "Giải trí" / … above the article, or a box's tabs "Nóng" / "Mới" / "Video" / "Chủ
 * đề"): at least MIN_MENU_COLUMN_ITEMS lines in a row, each a known section's name or a button's
 * label (BOILERPLATE_LINES), one of them a section's. Returns the index after it, or null. When the
 * title comes next (past date lines) and the last line is a section's name, that name is left out
 * of the menu: it is more often the article's section, printed under the menu.
 */
function menuColumnEnd(lines: readonly Line[], i: number): number | null {
  let j = i;
  let sections = 0;
  for (; j < lines.length; j++) {
    const text = (lines[j] as Line).text;
    if (isSectionName(text)) sections++;
    else if (!isMenuButton(text)) break;
  }
  if (j - i < MIN_MENU_COLUMN_ITEMS || sections === 0) return null;
  return headlineAfter(lines, j) !== null && isSectionName((lines[j - 1] as Line).text) ? j - 1 : j;
}

/** A list bullet alone on its line, its item's text on the next one. */
const isBullet = (text: string): boolean => text === '-' || text === '•' || text === '*';
/** Above the title, a run of at least this many bulleted headlines is a list of links ("Tin nóng"). */
const MIN_BULLET_LINKS = 2;

/**
 * Where a list of bulleted links above the title ends: "-" / "Lời khai tiết lộ …" / "-" / "Ít nhất
 * gần 200 người …", each bullet alone on its line and its headline under it, at least
 * MIN_BULLET_LINKS of them. Returns the index after the list, or null when none starts at `i`.
 */
function bulletLinksEnd(lines: readonly Line[], i: number): number | null {
  let j = i;
  let links = 0;
  while (isBullet(lines[j]?.text ?? '') && isHeadline(lines[j + 1]?.text ?? '') && !isBullet(lines[j + 1]?.text ?? '')) {
    j += 2;
    links++;
  }
  return links >= MIN_BULLET_LINKS ? j : null;
}

/**
 * A site's name above the title, where the title (the next headline, past chrome) is followed
 * by its date line: "Báo Đồng Nai điện tử" / "En" / title / "10:05, 18/05/2012". The line is
 * shorter than that headline and does not end as a sentence (a kicker ends with ":").
 */
function isMastheadAboveDatedTitle(lines: readonly Line[], i: number, title: Line | null): boolean {
  const text = (lines[i] as Line).text;
  if (title === null || endsSentence(text)) return false;
  // Longer than the headline under it: a banner above the title ("Kỷ niệm 73 năm …" / title / date),
  // unless that headline is a label or a name ("Miền nam", "Thanh Hà" under the title).
  if (text.length >= title.text.length && (title !== lines[i + 1] || sameText(text, title.text) || looksLikeSection(title.text) || authorsOfLine(title.text) !== null)) return false;
  const below = lines[lines.indexOf(title) + 1];
  return below !== undefined && bylineOf(below.text)?.published !== undefined;
}

/** A title in capitals has at least this many words ("THỜ CÚNG TỔ NGHỀ NÉT ĐẸP …"); a label above it at most this many characters. */
const MIN_CAPITALS_TITLE_WORDS = 4;
const MAX_LABEL_ABOVE_CAPITALS = 80;

/**
 * A category label printed above a title in capitals: "Những di sản thuộc loại hình Tập quán xã hội" /
 * "THỜ CÚNG TỔ NGHỀ NÉT ĐẸP VĂN HÓA CỦA NGƯỜI VIỆT QUẢNG TRỊ" / lead. The line at `i` is a short
 * headline not in capitals and no byline; the next is a headline in capitals of MIN_CAPITALS_TITLE_WORDS
 * words or more that is no section, byline or caption, with text after it. Then the first is the section.
 */
function isLabelAboveCapitalsTitle(lines: readonly Line[], i: number): boolean {
  const text = (lines[i] as Line).text;
  const next = lines[i + 1];
  if (!next || lines.length <= i + 2 || text.length > MAX_LABEL_ABOVE_CAPITALS || inCapitals(text) || !inCapitals(next.text)) return false;
  if (!isHeadline(text) || isBodyStart(text) || authorsOfLine(text) !== null) return false;
  const title = next.text;
  if (title.split(' ').length < MIN_CAPITALS_TITLE_WORDS || !isHeadline(title) || isBodyStart(title)) return false;
  return sectionOf(title) === null && bylineOf(title) === null && authorsOfLine(title) === null;
}

/** A title with a full stop is at most this long; the body's first line under its byline is longer. */
const MAX_DOTTED_TITLE_LENGTH = 160;

/**
 * A title printed with a full stop, as some CMS exports keep it: "Kinh tế" / "Giá lúa tăng mạnh." /
 * "Thanh Hà" / "11/03/2025 20:25" / lead. The line at `i` is one short sentence (one full stop, at
 * its end), a headline but for the stop, no caption, and byline or date lines follow it (at most
 * MAX_BYLINE_LINES), then a longer line. A lead has no byline under it; a short line with no byline
 * under it stays the lead.
 */
function isDottedTitle(lines: readonly Line[], i: number): boolean {
  const text = lines[i]?.text ?? '';
  if (text.length > MAX_DOTTED_TITLE_LENGTH || !text.endsWith('.') || text.endsWith('..')) return false;
  const bare = text.slice(0, -1);
  if (/[.!?…]\s/u.test(bare) || !isHeadline(bare) || isBodyStart(text)) return false;
  let j = i + 1;
  while (j < lines.length && j <= i + MAX_BYLINE_LINES) {
    const below = (lines[j] as Line).text;
    if (bylineOf(below) === null && authorsOfLine(below) === null) break;
    j++;
  }
  const lead = lines[j];
  return j > i + 1 && lead !== undefined && lead.text.length > text.length;
}

/** An ISO date's day part, "2019-12-31". */
const DAY_LENGTH = 'yyyy-mm-dd'.length;

/** At most this many date or byline lines stand between the title and the lead. */
const MAX_BYLINE_LINES = 3;

/**
 * The sapo (the page's meta description) printed above the headline, and again as the lead
 * under the byline: "Những ngày qua, triều cường …" / "Giờ cao điểm, … 'sông'!" / "Minh Trung |
 * 11/09/2018, 06:45" / "Những ngày qua, triều cường …". The line at `i` is such a sapo when the
 * next line is a headline, one to MAX_BYLINE_LINES dated byline lines follow it, and the line
 * after them repeats the one at `i`.
 */
function isSapoAboveTitle(lines: readonly Line[], i: number): boolean {
  const line = lines[i];
  const title = lines[i + 1];
  if (!line || !title || !isHeadline(title.text) || isBodyStart(title.text)) return false;
  let j = i + 2;
  while (j < lines.length && j < i + 2 + MAX_BYLINE_LINES && bylineOf((lines[j] as Line).text) !== null) j++;
  const repeat = lines[j];
  return j > i + 2 && repeat !== undefined && sameText(repeat.text, line.text);
}

/**
 * Whether a title with its date line starts at `j`: a kicker and its headline, or a headline alone
 * (no section, byline or author line), then a date or byline line right under it.
 */
function isDatedTitleAt(lines: readonly Line[], j: number): boolean {
  const line = lines[j];
  if (!line) return false;
  let below = j + 2;
  if (kickerAt(lines, j) === null) {
    const text = line.text;
    if (!isHeadline(text) || isBodyStart(text) || sectionOf(text) !== null || bylineOf(text) !== null || authorsOfLine(text) !== null) return false;
    below = j + 1;
  }
  const date = lines[below];
  return date !== undefined && bylineOf(date.text) !== null && lines.length > below + 1;
}

/**
 * A banner printed twice above the title (a campaign's or a widget's line, "Tư tưởng Hồ Chí Minh 20
 * tháng 11" / the same / kicker / title / date line): a headline-like line repeated right under itself,
 * with a dated title under the repeat. (A title printed again has its byline or lead under the repeat.)
 */
function isBannerTwiceAboveTitle(lines: readonly Line[], i: number): boolean {
  const line = lines[i];
  const next = lines[i + 1];
  if (!line || !next || !sameText(line.text, next.text) || !isHeadline(line.text)) return false;
  return isDatedTitleAt(lines, i + 2);
}

export function readHeader(lines: readonly Line[], warnings: Warning[]): Header {
  const header: Header = { section: null, title: null, bylineLines: [], authors: [], published: null, bodyStart: 0, source: null };
  let publishedRank = -1;
  /** Date lines above the title that name no one (perhaps the site's date of today), by day, and whether the time came from below it. */
  const datesAbove: { line: Line; day: string }[] = [];
  let publishedBelow = false;
  /** The date line (no time) the published date came from, while it is the line just taken. */
  let dateOnlyLine: Line | null = null;
  let i = 0;
  const take = (line: Line): boolean => {
    const text = line.text;
    const dateAbove = dateOnlyLine !== null && lines[i - 1] === dateOnlyLine ? dateOnlyLine : null;
    dateOnlyLine = null;
    if (isChrome(text)) {
      warnings.push(dropped(line, 'boilerplate/dropped', 'page chrome'));
      return true;
    }
    // "Chủ nhật, ngày 08 tháng 12 năm 2024" / "16:02 (GMT +7)": the time printed alone under the date line.
    const timed = dateAbove && isTimeOnly(text) ? findTimestamp(`${dateAbove.text} ${text}`) : null;
    if (timed && timed.iso.includes('T') && timed.iso.startsWith(header.published ?? '-')) {
      header.published = timed.iso;
      publishedRank = timestampRank({ published: timed.iso, authors: [], section: null }, header.title !== null);
      header.bylineLines.push(text);
      return true;
    }
    const byline = bylineOf(text);
    if (byline) {
      const rank = timestampRank(byline, header.title !== null);
      // Above the title, of two date lines alike the one nearer the title is the article's (the page's
      // bar of today's date and time stands at the top: "Thứ Bảy, ngày 28/11/2026 10:15" / section / date / title).
      if (rank > publishedRank || (rank === publishedRank && header.title === null)) {
        header.published = byline.published;
        publishedRank = rank;
        publishedBelow = header.title !== null;
        if (!byline.published.includes('T')) dateOnlyLine = line;
      }
      if (header.title === null && byline.authors.length === 0 && byline.section === null) datesAbove.push({ line, day: byline.published.slice(0, DAY_LENGTH) });
      if (header.section === null) header.section = byline.section;
      if (byline.source !== undefined && header.source === null) header.source = { line, name: byline.source };
      header.bylineLines.push(text);
      header.authors.push(...byline.authors);
      return true;
    }
    if (header.section === null) {
      const section = sectionOf(text);
      if (section !== null) {
        header.section = section;
        return true;
      }
    }
    return false;
  };

  // A breadcrumb ending with the title: the lines above it are the page's header (hotline, slogan, opening
  // hours, menus), dropped but for date lines; the breadcrumb gives the section.
  const crumb = breadcrumbToTitleLine(lines);
  if (crumb !== null) {
    for (; i < crumb.at; i++) {
      const line = lines[i] as Line;
      if (bylineOf(line.text) === null || !take(line)) warnings.push(dropped(line, 'boilerplate/dropped', 'page header above the breadcrumb'));
    }
    header.section = crumb.section ?? header.section;
    warnings.push(dropped(lines[crumb.at] as Line, 'header/breadcrumb', 'breadcrumb ending with the title'));
    i = crumb.at + 1;
  }
  // Above the title: section, date lines, chrome, a masthead.
  while (i < lines.length) {
    const line = lines[i] as Line;
    if (header.title === null && isSiteNameAbove(lines, i)) {
      warnings.push(dropped(line, 'header/masthead', "the paper's name above the title"));
      i++;
      continue;
    }
    const menu = header.title === null ? menuColumnEnd(lines, i) : null;
    if (menu !== null) {
      for (const item of lines.slice(i, menu)) warnings.push(dropped(item, 'boilerplate/dropped', 'site menu above the title'));
      i = menu;
      continue;
    }
    const bulleted = header.title === null ? bulletLinksEnd(lines, i) : null;
    if (bulleted !== null) {
      for (const link of lines.slice(i, bulleted)) warnings.push(dropped(link, 'boilerplate/related', 'bulleted links above the title'));
      i = bulleted;
      continue;
    }
    if (take(line)) {
      i++;
      continue;
    }
    const next = lines[i + 1];
    const words = line.text.split(' ').length;
    // "Theo Hồng Điệp (TTXVN)", "Minh Đức (tổng hợp)" / title: a byline opened by its label ("Theo", "Bài:",
    // "Tác giả:") or closed by a writer's note above the headline, as papers that reprint a story print it.
    // A name with neither above the title may be a label. The section may stand between them.
    const signed = header.title === null && (LEAD_LABEL.test(line.text) || hasWritersNote(line.text)) ? authorsOfLine(line.text) : null;
    const sectionBelow = next !== undefined && header.section === null && sectionOf(next.text) !== null;
    if (signed !== null && (headlineAfter(lines, i + 1) !== null || (sectionBelow && headlineAfter(lines, i + 2) !== null))) {
      header.bylineLines.push(line.text);
      header.authors.push(...signed);
      i++;
      continue;
    }
    // "Trang chủ Nghiên cứu lý luận <title>": a breadcrumb from the home page, its levels' spacing
    // lost; what comes between "Trang chủ" and the title printed below is the section.
    const crumb = header.title === null ? homeBreadcrumb(line.text, headlineAfter(lines, i + 1)) : null;
    if (crumb) {
      warnings.push(dropped(line, 'header/breadcrumb', 'breadcrumb from the home page above the title'));
      header.section ??= crumb.section;
      i++;
      continue;
    }
    // A banner printed twice above a dated title: chrome, both times.
    if (header.title === null && isBannerTwiceAboveTitle(lines, i)) {
      warnings.push(dropped(line, 'boilerplate/dropped', 'banner above the title'));
      warnings.push(dropped(lines[i + 1] as Line, 'boilerplate/dropped', 'banner above the title'));
      i += 2;
      continue;
    }
    // A blog widget's name or another stray label in lower case above the title ("mp3"): chrome.
    if (header.title === null && isStrayLabelAboveTitle(lines, i)) {
      warnings.push(dropped(line, 'boilerplate/dropped', 'stray label above the title'));
      i++;
      continue;
    }
    // A site menu or name above the section label: "Bạn cần biết Tiện ích Liên hệ" / "Thời sự Quốc phòng" / title,
    // chrome between them or not ("Báo điện tử …" / "Thời sự | Thế giới | …" / "Chính trị" / title).
    const label = header.section === null && header.title === null ? pastChrome(lines, i + 1) : lines.length;
    if (label < lines.length && isMenuAbove(line.text, (lines[label] as Line).text, headlineAfter(lines, label + 1))) {
      warnings.push(dropped(line, 'header/masthead', 'site menu above the section'));
      i++;
      continue;
    }
    // A headline broken over two lines is no section, no masthead and its title (kickerAt joins the halves).
    if (header.title === null && brokenBefore(line) && kickerAt(lines, i) !== null) break;
    // A series' name above one of its parts ("CẢNG HẢI PHÒNG - 150 NĂM MỘT BẾN BỜ" / "Kỳ 2: Ký ức …"):
    // the part's headline is the title.
    if (header.title === null && isSeriesNameAbove(lines, i) && !(header.section === null && looksLikeSection(line.text))) {
      warnings.push(dropped(line, 'header/series', "the series' name above the part's title"));
      i++;
      continue;
    }
    // A label above the title (past date lines and chrome): the title must follow, longer than it.
    const title = headlineAfter(lines, i + 1);
    // The longer label opens the text: the first line, or the first past the page's chrome and masthead (nothing
    // read above it), right above the title or its date lines ("Báo Điện tử Chính phủ" / "Hoạt động của lãnh đạo
    // Chính phủ" / "17/08/2012 | 15:20" / title).
    const opens = i === 0 || (header.title === null && header.bylineLines.length === 0);
    if (header.section === null && title && (looksLikeSection(line.text) || (opens && looksLikeLongSection(line.text))) && title.text.length > line.text.length) {
      header.section = line.text;
      i++;
      continue;
    }
    // A category label above a title in capitals: the label is the section.
    if (header.section === null && header.title === null && isLabelAboveCapitalsTitle(lines, i)) {
      header.section = line.text;
      i++;
      continue;
    }
    // A breadcrumb's second level under the section, with date lines before the title
    // ("Thể thao" / "Bóng đá" / "Thứ sáu, 19/12/2025, 00:15 (GMT+7)" / title): the section is the first.
    if (header.section !== null && title && title !== next && looksLikeSection(line.text) && title.text.length > line.text.length) {
      warnings.push(dropped(line, 'header/breadcrumb', 'second breadcrumb level above the title'));
      i++;
      continue;
    }
    // "Kinh tế & Đô thị" / "Đô thị" / title: a name made of sections' names (the paper's, above its own
    // section) and then one of its parts alone: the part is the section, the line above it the masthead
    // (a breadcrumb's second level never repeats part of the first's name).
    if (header.title === null && title && isPartOfSectionAbove(lines, i, header.section)) {
      warnings.push(dropped(lines[i - 1] as Line, 'header/masthead', "the paper's name above the section"));
      header.section = line.text;
      i++;
      continue;
    }
    if (header.title === null && next && words <= MAX_MASTHEAD_WORDS && !endsSentence(withoutEllipsis(line.text)) && title === next && next.text.length > line.text.length) {
      warnings.push(dropped(line, 'header/masthead', 'masthead above the title'));
      i++;
      continue;
    }
    if (header.title === null && isMastheadAboveDatedTitle(lines, i, title)) {
      warnings.push(dropped(line, 'header/masthead', 'site name above the title and its date'));
      i++;
      continue;
    }
    break;
  }

  if (isSapoAboveTitle(lines, i)) {
    warnings.push(dropped(lines[i] as Line, 'boilerplate/lead-repeat', 'lead printed above the title'));
    i++;
  }
  // The title, when the first remaining line reads as a headline, with the kicker above it
  // when there is one ("Diễn đàn cấp cao về Công nghiệp 4.0:").
  const kicker = kickerAt(lines, i);
  const first = lines[i];
  if (kicker) {
    header.title = kicker;
    i += 2;
  } else if (first && ((isHeadline(first.text) && !isBodyStart(first.text)) || isDottedTitle(lines, i)) && lines.length > i + 1) {
    const split = titleStamp(first.text);
    header.title = split?.title ?? first.text;
    if (split) {
      header.published = split.iso;
      publishedRank = timestampRank({ published: split.iso, authors: [], section: null }, true);
      header.bylineLines.push(split.stamp);
    }
    i++;
  } else {
    warnings.push({ line: first?.no ?? null, rule: 'title/missing', message: 'no title line found' });
  }

  // Below the title: section, byline and time lines, chrome, until the lead.
  while (i < lines.length) {
    const line = lines[i] as Line;
    if (take(line)) {
      i++;
      continue;
    }
    // An agency's name right above BBC's "Image caption …" credits that photo: no byline.
    const authors = labelledCaption(lines[i + 1]?.text) === null ? (authorsOfLine(line.text) ?? authorsOfLine(withoutAge(line.text))) : null;
    if (authors && header.title !== null && lines.length > i + 1) {
      header.bylineLines.push(line.text);
      // "Hà Linh" / "Theo Người Lao Động": an outlet cited under the writer's name is where the piece first ran, no second author.
      if (header.authors.length === 0 || !(line.text.length <= 60 && isCitedOutlet(line.text))) header.authors.push(...authors);
      i++;
      continue;
    }
    // "Nguồn : Báo Lâm Đồng" under the title, where the byline stands: the source it was taken from.
    const source = header.source === null && header.title !== null && lines.length > i + 1 ? namedSource(line.text) : null;
    if (source !== null) {
      header.source = { line, name: source };
      i++;
      continue;
    }
    // A section label between the title and its repeat ("Videos", the title printed again below it).
    const next = lines[i + 1];
    if (header.section === null && header.title !== null && next && sameText(next.text, header.title) && looksLikeSection(line.text)) {
      header.section = line.text;
      i++;
      continue;
    }
    // Under the title: the site's short name alone ("TPO", "TTO", where the lead usually starts
    // with it: "TPO - …"), a comment count ("0"), the title printed again.
    const under = header.title !== null && lines.length > i + 1 ? underTitle(line.text, header.title) : null;
    if (under) {
      warnings.push(dropped(line, under.rule, under.what));
      i++;
      continue;
    }
    break;
  }
  // "Chủ nhật, 25/08/2024, 15:11" above the title, "Thứ 3, 31/12/2019 | 09:15:07" under it: the article's
  // time is the one under the title (timestampRank); one above that names no one and another day is the
  // site's date of today, printed at the top of every page, no part of the byline. (The same day above
  // is the article's date printed twice, and stays.)
  const published = header.published;
  const today = publishedBelow && published !== null ? datesAbove.filter((date) => date.day !== published.slice(0, DAY_LENGTH)) : [];
  if (today.length > 0) {
    for (const { line } of today) warnings.push(dropped(line, 'header/masthead', "the site's date of today above the title"));
    header.bylineLines = header.bylineLines.filter((text) => !today.some(({ line }) => line.text === text));
  }
  header.bodyStart = i;
  return header;
}
