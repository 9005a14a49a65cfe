/**
 * Publication timestamps as Vietnamese sites print them. Day-first, but for a date that can
 * only be month-first ("2/27/2018", as blog platforms print it in English).
 *
 *   "11/03/2025 - 20:25"                     "Thứ năm, 2/11/2023, 19:20 (GMT+7)"
 *   "11/03/2025 20:25 GMT+7"                 "Thứ Ba, 11/03/2025 - 20:25"
 *   "11/03/2025 | 20:25"                     "20:25 ngày 11/03/2025"
 *   "11-03-2025 20:25"                       "Cập nhật: 11/3/2025 20:25"
 *   "ngày 11 tháng 3 năm 2025"               "Thứ hai, 1/7/2024, 19h42"
 *   "07/03/2026   08:52 (GMT+07:00)"
 *
 * Every pattern is a single pass over bounded character classes (no nested
 * quantifiers), so it is linear in the line length.
 */

/** dd/mm/yyyy, d-m-yyyy, dd.mm.yyyy, and dd/mm/yy as older pages print it (the separator must repeat). */
const NUMERIC_DATE = /(?<![\d/.-])(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})(?![\d/.-]*\d)/u;
/** A two-digit year up to this one is 20yy, above it 19yy. */
const PIVOT_YEAR = 69;
/** Year first, as CMS exports print it: "2025-03-11 20:25", "2025-03-11T20:25:00+07:00". */
const ISO_DATE = /(?<!\d)(\d{4})-(\d{1,2})-(\d{1,2})(?![\d-])/u;
/**
 * An ISO offset after the time: "20:25:00+07:00", "20:25:00.123+07:00", "20:25Z", or one space
 * apart as CMS exports and feeds print it: "11/03/2025 20:25 +07:00", "20:25:00 +0700" (the sign
 * glued to the digits: "20:25 - 0979" is no offset).
 * Fractional seconds are at most 9 digits (nanoseconds, the finest any clock or CMS
 * prints): with an unbounded \d+ the look-behind, tried at every position, ran back over
 * the whole of a long run of digits each time (quadratic).
 */
const ISO_OFFSET = /(?<=\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?)(?: ?([+-])(\d{2}):?(\d{2})(?!\d)|Z)/u;
/** "08:25 PM", "8:25 SA" (sáng), "8:25 CH" (chiều): a 12-hour clock. */
const MERIDIEM = /^\s*(am|pm|sa|ch)(?=$|[\s.,;:!?)\]|/-])/iu;
/**
 * "ngày 11 tháng 3 năm 2025" (also without "ngày"), and the month in words as portals' date templates
 * print it: "13 Tháng Mười Một 2015 12:00 SA", "13 tháng Ba, 2015" (MONTH_WORDS; not "tháng Giêng", the lunar year's first month).
 */
const WORDED_DATE =
  /(?:ngày\s+)?(\d{1,2})\s+tháng\s+(\d{1,2}|mười một|mười hai|mười|một|hai|ba|tư|bốn|năm|sáu|bảy|tám|chín)(?:\s*(?:năm|,)\s*|\s+)(\d{4})/iu;
/** The months in words (lower case, NFC): "Tháng Mười Một" is November. */
const MONTH_WORDS: ReadonlyMap<string, number> = new Map([
  ['một', 1], ['hai', 2], ['ba', 3], ['tư', 4], ['bốn', 4], ['năm', 5], ['sáu', 6],
  ['bảy', 7], ['tám', 8], ['chín', 9], ['mười', 10], ['mười một', 11], ['mười hai', 12],
]);
/** The month of WORDED_DATE's second group: a number, or a number in words (MONTH_WORDS; 0 when none). */
function monthOf(text: string): number {
  return /^\d/u.test(text) ? Number(text) : (MONTH_WORDS.get(text.toLowerCase().replace(/\s+/gu, ' ')) ?? 0);
}
/**
 * 20:25, 20h25, 20g25, 8:05:10, 20:25:07.250 (the fraction, at most nanoseconds, is dropped), the
 * minutes with their mark, as TTXVN's sites print them: "09:03' - 09/10/2017", and the hour in words,
 * "20 giờ 25, 11/03/2025", "20 giờ 25 phút ngày 11/3/2025".
 */
const TIME = /(?<![\d:])([01]?\d|2[0-3])\s?(?:[:hg]|giờ)\s?([0-5]\d)(?::([0-5]\d)(?:\.\d{1,9})?|['’]|\sphút(?!\p{L}))?(?![\d:])/iu;
/**
 * A date as English-style CMS templates print it: "March 11, 2025", "Mar 11, 2025", "11 Mar 2025",
 * "11 March, 2025", "Tue, 11 Mar 2025 20:25:00 +0700" (a feed's date). The month's name is whole or
 * its three-letter (or "Sept") short form, never part of a word ("Marathon").
 */
const ENGLISH_DATE =
  /(?<![\p{L}\d])(?:(\d{1,2})(?:st|nd|rd|th)?\s(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)(?!\p{L})\.?,?\s(\d{4})|(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)(?!\p{L})\.?\s(\d{1,2})(?:st|nd|rd|th)?,?\s(\d{4}))(?!\d)/iu;
const FOUR_DIGITS = /\d{4}/u;
const MONTH_NUMBERS = new Map(['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'].map((m, k) => [m, k + 1]));
/**
 * An English weekday ("Tuesday,", "Tue,") and "at" before the time, printed around such a date. A short
 * weekday has its comma or full stop: "Thu" alone is a Vietnamese name's syllable ("by Thu Hà").
 */
const ENGLISH_LABELS =
  /(?<!\p{L})(?:(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday),?|(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[.,]|at|on|posted|updated|published)(?!\p{L})/giu;

/**
 * A time alone on its line, as some sites print it under the date line: "16:02 (GMT +7)", "16:02",
 * "16h02", "Lúc 16:02 GMT+7". Bounded classes in a row, one optional part after another (linear).
 */
const TIME_ONLY = /^(?:lúc:? )?(?:[01]?\d|2[0-3]) ?[:hg] ?[0-5]\d(?::[0-5]\d)?(?: ?(?:am|pm|sa|ch))?(?: ?\(? ?(?:GMT|UTC) ?[+-] ?\d{1,2}(?::?\d{2})? ?\)?)?$/iu;

/** Whether the line is a time and nothing else (TIME_ONLY): no date, so no timestamp by itself. */
export function isTimeOnly(line: string): boolean {
  return line.length <= 30 && TIME_ONLY.test(line.trim());
}

/** GMT+7, (GMT+07:00), UTC+7, GMT+0700, and "GMT" or "UTC" alone (no offset: +00:00). */
const OFFSET = /\b(?:GMT|UTC)(?:\s*([+-])\s*(\d{1,2})(?::?(\d{2}))?)?(?![\p{L}\d])/iu;

export interface FoundTimestamp {
  /** ISO 8601: with offset when a time is printed, else YYYY-MM-DD. */
  iso: string;
  /** The line with the date, time, weekday and labels removed (e.g. an author name). */
  rest: string;
  /** The same leftovers, split where the line had separators ("BIẾN ĐỔI KHÍ HẬU - Thanh Tùng"). */
  parts: string[];
}

const pad = (n: number): string => String(n).padStart(2, '0');

function validDate(day: number, month: number, year: number): boolean {
  if (year < 1900 || year > 2200 || month < 1 || month > 12 || day < 1) return false;
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day <= days;
}

function offsetOf(match: RegExpExecArray | null): string {
  if (!match) return '+07:00';
  // "13:25 GMT": the time printed in GMT itself.
  if (match[1] === undefined) return '+00:00';
  const hours = Number(match[2]);
  const minutes = match[3] ? Number(match[3]) : 0;
  if (hours > 14 || minutes > 59) return '+07:00';
  return `${match[1]}${pad(hours)}:${pad(minutes)}`;
}

/** Words printed around a timestamp that carry no other meaning. */
const LABELS =
  /(?:cập nhật|vào lúc|vào ngày|đăng lúc|đăng ngày|ngày đăng|xuất bản|thời gian|update[d]?|published|lúc|ngày|chủ nhật|thứ\s+(?:hai|ba|tư|năm|sáu|bảy|\d)|(?<![\p{L}\d])(?:t[2-7]|cn)(?![\p{L}\d]))\s*:?/giu;
/**
 * Icons a page prints before its date and time ("🕐 11/03/2025 20:25", "📅", an icon font's private-use
 * glyph): no part of a byline.
 */
const ICONS = /[\p{Extended_Pictographic}\p{Co}\uFE0F]/gu;

const SEPARATORS = new Set([' ', '|', ',', '-', '–', '—', ':', '•', '·', '/']);

/** Trim separators at both ends (a loop: no regex to backtrack over a long run of them). */
function trimSeparators(s: string): string {
  let start = 0;
  let end = s.length;
  while (start < end && SEPARATORS.has(s.charAt(start))) start++;
  while (end > start && SEPARATORS.has(s.charAt(end - 1))) end--;
  return s.slice(start, end);
}

/**
 * What is left of a byline once the date parts are gone, labels ("Cập nhật:") and
 * empty brackets ("(GMT+7)", "[GMT+7]" once the offset is read) removed and separators trimmed at the ends. Inner punctuation stays,
 * so "Bài: Vũ Ba" is still read as a label and a name.
 */
function tidyRest(rest: string): string {
  return trimSeparators(rest.replace(LABELS, ' ').replace(ICONS, ' ').replace(/\(\s*\)|\[\s*\]/gu, ' ').replace(/\s+/gu, ' ').trim());
}

/**
 * Where a byline separates its parts: " - ", " | ", " • ", ", ".
 * A bar or bullet takes the spaces after it but not those before it (they stay at the end
 * of the part before, which tidyRest trims): a leading \s* would be tried from every
 * position of a long run of spaces (quadratic).
 */
const PART_SEPARATOR = /\s[-–—|•·]\s|[|•·]\s*|,\s/u;

function partsOf(rest: string): string[] {
  return rest.split(PART_SEPARATOR).map(tidyRest).filter((p) => p !== '');
}

function found(iso: string, rest: string): FoundTimestamp {
  return { iso, rest: tidyRest(rest), parts: partsOf(rest) };
}

/**
 * Find a publication timestamp in one line. Returns null when the line has no
 * complete valid date. Only call it on header/byline lines: body sentences are
 * full of dates that are not the publication time.
 */
export function findTimestamp(line: string): FoundTimestamp | null {
  let rest = line;
  let day: number, month: number, year: number;
  const iso = ISO_DATE.exec(line);
  const numeric = iso ? null : NUMERIC_DATE.exec(line);
  const worded = iso || numeric ? null : WORDED_DATE.exec(line);
  // Both of ENGLISH_DATE's forms end with a year: a line with no four digits skips the long pattern.
  const english = iso || numeric || worded || !FOUR_DIGITS.test(line) ? null : ENGLISH_DATE.exec(line);
  const dateMatch = iso ?? numeric ?? worded ?? english;
  if (!dateMatch) return null;
  if (iso) {
    year = Number(iso[1]);
    month = Number(iso[2]);
    day = Number(iso[3]);
  } else if (numeric) {
    day = Number(numeric[1]);
    month = Number(numeric[3]);
    year = Number(numeric[4]);
    if ((numeric[4] ?? '').length === 2) year += year <= PIVOT_YEAR ? 2000 : 1900;
    // "2/27/2018": no 27th month, so the month comes first.
    if (month > 12 && day <= 12 && numeric[2] === '/' && validDate(month, day, year)) [day, month] = [month, day];
  } else if (worded) {
    day = Number(dateMatch[1]);
    month = monthOf(dateMatch[2] ?? '');
    year = Number(dateMatch[3]);
  } else {
    // "11 Mar 2025" (groups 1-3) or "March 11, 2025" (groups 4-6).
    const dayFirst = dateMatch[1] !== undefined;
    day = Number(dayFirst ? dateMatch[1] : dateMatch[5]);
    month = MONTH_NUMBERS.get(((dayFirst ? dateMatch[2] : dateMatch[4]) ?? '').slice(0, 3).toLowerCase()) ?? 0;
    year = Number(dayFirst ? dateMatch[3] : dateMatch[6]);
  }
  if (!validDate(day, month, year)) return null;
  const afterDate = rest.slice(dateMatch.index + dateMatch[0].length);
  rest = rest.slice(0, dateMatch.index) + ' ' + (iso ? afterDate.replace(/^T(?=\d)/u, '') : afterDate);
  if (english) rest = rest.replace(ENGLISH_LABELS, ' ');

  const isoOffset = ISO_OFFSET.exec(rest);
  if (isoOffset) rest = rest.slice(0, isoOffset.index) + ' ' + rest.slice(isoOffset.index + isoOffset[0].length);
  const offsetMatch = isoOffset ? null : OFFSET.exec(rest);
  if (offsetMatch) rest = rest.slice(0, offsetMatch.index) + ' ' + rest.slice(offsetMatch.index + offsetMatch[0].length);
  const time = TIME.exec(rest);
  const date = `${year}-${pad(month)}-${pad(day)}`;
  if (!time) return found(date, rest);
  const afterTime = rest.slice(time.index + time[0].length);
  const meridiem = MERIDIEM.exec(afterTime);
  rest = rest.slice(0, time.index) + ' ' + (meridiem ? afterTime.slice(meridiem[0].length) : afterTime);
  let hours = Number(time[1]);
  if (meridiem && hours <= 12) {
    const pm = /^(?:pm|ch)$/iu.test(meridiem[1] ?? '');
    hours = (hours % 12) + (pm ? 12 : 0);
  }
  const seconds = time[3] ? `:${time[3]}` : ':00';
  const offset = isoOffset ? (isoOffset[0] === 'Z' ? '+00:00' : `${isoOffset[1]}${isoOffset[2]}:${isoOffset[3]}`) : offsetOf(offsetMatch);
  return found(`${date}T${pad(hours)}:${time[2]}${seconds}${offset}`, rest);
}
