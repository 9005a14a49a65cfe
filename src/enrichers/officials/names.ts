/**
 * Personal names at a token position. A Vietnamese name is a known family name and
 * one to three more capitalised syllables, ending where capitalised syllables end
 * ("Nghiêm Phú Cường", "TRẦN CẨM TÚ"), never a place ("Hà Giang", "Lâm Đồng") and
 * never the start of a compound ("Đoàn Đại biểu"). A foreign name is a run of
 * capitalised words, accepted after a title that ends with a country ("Tổng thống
 * Nga Vladimir Putin") or when its first word cannot be a Vietnamese syllable
 * ("Chủ tịch Thượng viện Scott Ryan").
 */
import { BODY_START, BODY_WORDS, COMMON_FAMILY, COUNTRY, FAMILY, FAMILY_START, FAMILY_WORD_HEADS, FAMILY_WORDS, HEADS, PLACES, SENTENCE } from './lexicon.js';
import { bareLetters, VIETNAMESE_SYLLABLE } from '../../text/syllable.js';
import type { Token } from './tokens.js';

export interface NameMatch {
  /** Token index just past the name. */
  end: number;
  /** The name as printed, or in title case when printed in capitals. */
  name: string;
  foreign: boolean;
}

const MAX_SYLLABLES = 4;
/**
 * Common nouns whose first syllable, capitalised after a family-name word, would end a name:
 * "trưởng đoàn Đoàn Kiểm tra", "Đoàn Giám sát", "Đoàn Công tác" (a delegation, not Mr Đoàn Kiểm).
 * Not body words: a lowercase "kiểm tra" after a title is the verb.
 */
const GROUP_NOUNS: ReadonlySet<string> = new Set(['kiểm tra', 'giám sát', 'công tác', 'thanh tra', 'chỉ đạo']);
/**
 * Words of a company's or an institution's name in English: a run of capitalised words with one is a
 * body, not a foreign name ("Phó tổng giám đốc Vietnam Airlines", "Chủ tịch Masan Group").
 */
const FOREIGN_BODY_WORDS: ReadonlySet<string> = new Set([
  'vietnam', 'airlines', 'airways', 'group', 'bank', 'corporation', 'corp', 'holdings', 'company', 'ltd', 'jsc',
  'motors', 'energy', 'telecom', 'securities', 'insurance', 'logistics', 'pharma', 'capital', 'investment',
]);
/** Middle words ("tên đệm") that mark a name as unfinished when a lowercase word follows them. */
const MIDDLE_WORDS: ReadonlySet<string> = new Set(['văn', 'thị']);
const MAX_FOREIGN_WORDS = 6;
const TITLE_CASE_SYLLABLE = /^\p{Lu}[\p{Ll}\p{M}]*$/u;
const CAPS_SYLLABLE = /^[\p{Lu}\p{M}]+$/u;
/** Roman numerals after a monarch's name ("Mswati III"). */
const ROMAN = /^[IVX]{1,4}$/u;
/** Brand names, not people: "VietnamPlus", "McDonald's" is rare enough to lose. */
const INNER_CAPITAL = /^\p{Lu}\p{Ll}+\p{Lu}/u;

/** Token.shape bits, per form asked (title case, capitals): the answer is known; it is a syllable of that form. */
const KNOWN_TITLE_CASE = 1;
const TITLE_CASE = 2;
const KNOWN_CAPS = 4;
const CAPS = 8;

function isSyllable(token: Token | undefined, caps: boolean): boolean {
  if (!token || !token.word || token.text.length > 7) return false;
  // A name is read at every capitalised word and again inside titles: each form is tested once per token.
  const known = caps ? KNOWN_CAPS : KNOWN_TITLE_CASE;
  const yes = caps ? CAPS : TITLE_CASE;
  if ((token.shape & known) === 0) token.shape |= known | ((caps ? CAPS_SYLLABLE : TITLE_CASE_SYLLABLE).test(token.text) ? yes : 0);
  if ((token.shape & yes) === 0) return false;
  return !isForeignWord(token);
}

function titleCase(word: string): string {
  return word.charAt(0) + word.slice(1).toLowerCase();
}

/**
 * A Vietnamese name from `i`. `honoured`: printed after an honorific or a degree ("ông Lâm Hoàng Sa"),
 * where a place inside the run is the person's own name, not a body's.
 */
/** In a run of capitals from i, the first word from the third on that starts the sentence's rest (SENTENCE_WORDS), or -1. */
function sentenceCut(tokens: readonly Token[], i: number, end: number): number {
  for (let k = i + 2; k <= end && k < i + MAX_SYLLABLES + 1; k++) if (SENTENCE.match(tokens, k) > 0) return k;
  return -1;
}

export function readVietnameseName(tokens: readonly Token[], i: number, honoured = false): NameMatch | null {
  const first = tokens[i];
  if (!first?.cap || !FAMILY.has(first.key)) return null;
  // "Ngân hàng TMCP Đầu Tư và Phát Triển": a family name that makes a common word with the syllable after it.
  if (FAMILY_WORD_HEADS.has(first.key) && FAMILY_WORDS.has(`${first.key} ${tokens[i + 1]?.key ?? ''}`)) return null;
  if (COUNTRY.match(tokens, i) > 0) return null;
  const place = PLACES.match(tokens, i);
  if (place > 0 && !namedInList(tokens, i, place)) return null;
  const caps = first.caps;
  if (!isSyllable(first, caps)) return null;
  // In capitals, a family name that ends a body's compound begun before it is the body's, and the name starts
  // after it: "BÍ THƯ THỨ NHẤT TRUNG ƯƠNG ĐOÀN | BÙI QUANG HUY" ("Trung ương Đoàn"), "TỈNH ĐOÀN | …".
  if (caps && FAMILY.has(tokens[i + 1]?.key ?? '') && endsCompound(tokens, i)) return null;
  let end = i + 1;
  while (end - i < MAX_SYLLABLES && isSyllable(tokens[end], caps) && (HEADS.match(tokens, end) === 0 || givenNameHead(tokens, end))) end++;
  if (end - i < 2) return null;
  // After an honorific, a given name of four syllables ("bà Phan Ngọc Hoàng Đình Thục"), with no place in it.
  if (honoured && end - i === MAX_SYLLABLES && fifthSyllable(tokens, i, end, caps)) end++;
  // "Nguyễn Văn | hiến" (a given name typed in lower case): a name of two words does not end with its
  // middle word ("Vũ Việt Văn | chúc Tết" is a given name Văn).
  if (end - i === 2 && MIDDLE_WORDS.has(tokens[end - 1]!.key) && tokens[end]?.word && !tokens[end]!.cap) return null;
  // "Tập đoàn Tiên Sơn Thanh Hóa": a place inside the run is a body's name.
  // One-syllable countries ("Đức", "Anh") are common in names ("Hồ Đức Phớc"): only longer places count.
  if (!honoured && !COMMON_FAMILY.has(first.key)) {
    for (let k = i + 1; k < end; k++) if (PLACES.match(tokens, k) > 1 || COUNTRY.match(tokens, k) > 1) return null;
  }
  // A longer run of capitalised syllables is a heading or a body name, not a person.
  // Followed by another capitalised word: a heading, a body or a brand ("Kim Oanh Group").
  if (isSyllable(tokens[end], caps) || (tokens[end]?.word && tokens[end]!.cap)) {
    // A line in capitals runs the name into the rest of the sentence ("ĐÀO HỒNG LAN THĂM BỆNH NHÂN"):
    // there the name ends where a word of the sentence starts.
    const cut = caps ? sentenceCut(tokens, i, end) : -1;
    if (cut < 0) return null;
    end = cut;
  }
  const last = tokens[end - 1]!;
  const next = tokens[end];
  if (next?.word && !next.cap && (BODY_WORDS.has(`${last.key} ${next.key}`) || GROUP_NOUNS.has(`${last.key} ${next.key}`))) return null;
  let name = caps ? titleCase(first.text) : first.text;
  for (let k = i + 1; k < end; k++) name += ` ${caps ? titleCase(tokens[k]!.text) : tokens[k]!.text}`;
  return { end, name, foreign: false };
}

/**
 * A district named like a person ("Mai Sơn") in a list of people: after a colon or a comma, and
 * followed by a comma or "và" and a name that is no place ("Các Phó Chủ tịch UBND tỉnh gồm: Mai Sơn,
 * Nguyễn Hồng Thái, …"). A list of districts goes on with places: "gồm các huyện: Mai Sơn, Lương Sơn".
 */
function namedInList(tokens: readonly Token[], i: number, place: number): boolean {
  const before = tokens[i - 1]?.text;
  if (before !== ':' && before !== ',') return false;
  let k = i + place;
  if (tokens[k]?.text !== ',' && tokens[k]?.key !== 'và') return false;
  k++;
  const next = tokens[k];
  return next !== undefined && next.cap && FAMILY.has(next.key) && PLACES.match(tokens, k) === 0 && isSyllable(tokens[k + 1], next.caps);
}

/** Does a compound of BODY_WORDS ("trung ương đoàn", "tỉnh đoàn") begun one or two words before i end at i? */
function endsCompound(tokens: readonly Token[], i: number): boolean {
  return (i >= 1 && BODY_WORDS.match(tokens, i - 1) === 2) || (i >= 2 && BODY_WORDS.match(tokens, i - 2) === 3);
}

/** Is tokens[end] the fifth syllable of a name from i: a syllable ending the run, no head, and no place or country in the run? */
function fifthSyllable(tokens: readonly Token[], i: number, end: number, caps: boolean): boolean {
  const token = tokens[end];
  if (!isSyllable(token, caps) || HEADS.match(tokens, end) > 0 || isSyllable(tokens[end + 1], caps) || (tokens[end + 1]?.word && tokens[end + 1]!.cap)) return false;
  for (let k = i + 1; k <= end; k++) if (PLACES.match(tokens, k) > 0 || COUNTRY.match(tokens, k) > 0) return false;
  return true;
}

/**
 * A head of one word that ends a name, a given name ("Nguyễn Công Trưởng, Ủy viên …"): nothing
 * follows it but punctuation, or "và" and another capitalised word ("2 ông Nguyễn Công Trưởng và
 * Hoàng Văn Ngôn"), so it heads no title.
 */
function givenNameHead(tokens: readonly Token[], k: number): boolean {
  const next = tokens[k + 1];
  return HEADS.match(tokens, k) === 1 && (next === undefined || !next.word || (next.key === 'và' && Boolean(tokens[k + 2]?.cap)));
}

/**
 * A family name that is also Vietnamese before a foreign given name: "Quận trưởng Kim Youngbae",
 * "Tổng thống Lee Jae-myung". The run is a foreign name, not a Vietnamese one.
 */
export function familyBeforeForeign(tokens: readonly Token[], i: number): boolean {
  const first = tokens[i];
  const given = tokens[i + 1];
  if (!first?.cap || first.caps || !first.word || !isForeignWord(given) || given!.text.length < 2) return false;
  // Any short family name before a Korean given name of two syllables joined by a hyphen: "Chánh Văn phòng Phủ
  // Tổng thống Kang Hoon-sik" ("Kang" might be a Vietnamese syllable, and is no family name of the list).
  return FAMILY.has(first.key) || (first.text.length <= MAX_KOREAN_FAMILY && KOREAN_GIVEN.test(given!.text));
}

/** Does a Korean name start at k: a short capitalised word, then a given name of two syllables joined by a hyphen? */
export function koreanAt(tokens: readonly Token[], k: number): boolean {
  const given = tokens[k + 1];
  const family = tokens[k]!;
  return Boolean(given?.word && given.text.includes('-')) && family.text.length <= MAX_KOREAN_FAMILY && KOREAN_GIVEN.test(given!.text);
}

/** A Korean given name as the press romanises it: "Hoon-sik", "Jae-myung", "Min-seok". */
const KOREAN_GIVEN = /^\p{Lu}\p{Ll}{1,5}-\p{Ll}{2,6}$/u;
/** Letters of the longest Korean family name printed alone before such a given name ("Hwang", "Kang"). */
const MAX_KOREAN_FAMILY = 5;

export function isForeignWord(token: Token | undefined): boolean {
  if (!token?.cap || !token.word) return false;
  token.foreign ??= foreignKey(token.key);
  return token.foreign;
}

/** Answers kept across articles (names repeat), up to this many words. */
const KEPT_SHAPES = 8192;
const shapes = new Map<string, boolean>();

function foreignKey(key: string): boolean {
  let foreign = shapes.get(key);
  if (foreign === undefined) {
    if (shapes.size >= KEPT_SHAPES) shapes.clear();
    shapes.set(key, (foreign = foreignShape(key)));
  }
  return foreign;
}

function foreignShape(key: string): boolean {
  const bare = bareLetters(key);
  if (/[^a-z]/u.test(bare)) return /^[a-z]+(?:[-'.’][a-z]+)+$/u.test(bare);
  return !VIETNAMESE_SYLLABLE.test(bare);
}

/**
 * Lower-case words inside foreign names, kept only before another capitalised word: "Ursula von der
 * Leyen", "Francisco de Assis Morais e Cunha Vaz Patto".
 */
const PARTICLES: ReadonlySet<string> = new Set(['von', 'van', 'der', 'den', 'de', 'da', 'di', 'du', 'del', 'la', 'le', 'bin', 'ibn', 'al', 'e', 'dos', 'das']);

function isForeignNameWord(token: Token | undefined): boolean {
  return Boolean(token?.word && token.cap && !token.caps) || Boolean(token && ROMAN.test(token.text));
}

/** A letter outside ASCII: Vietnamese syllables mostly have one. */
const NON_ASCII = /[^\u0000-\u007f]/u;

/**
 * A Vietnamese syllable with its marks and no hyphen, then a word in lower case, at k: the text goes on
 * in Vietnamese after a foreign name ("Tổng thống Donald Trump | Toàn cảnh lễ đón", a caption glued to
 * the next), not the name's last word ("Samdech Hun Sen hội đàm": no mark; "Otárola": no Vietnamese syllable).
 */
function startsVietnamese(tokens: readonly Token[], k: number): boolean {
  const token = tokens[k]!;
  const next = tokens[k + 1];
  return Boolean(next?.word && !next.cap) && NON_ASCII.test(token.text) && !token.text.includes('-') && !isForeignWord(token);
}

/** Words after which "Y" names a subject, not a man of the Central Highlands: "Đại học Y", "Trường Y", "Học viện Y". */
const BEFORE_MEDICINE: ReadonlySet<string> = new Set(['học', 'trường', 'khoa', 'ngành', 'viện', 'sĩ']);

/**
 * "Y Thanh Hà Niê Kđăm", "Y Vinh Tơr": a man's name of the Central Highlands peoples, opened by "Y" and another
 * capitalised word (no family name of the list; its words may look like one: "Hà"). Not medicine: "Đại học Y
 * Dược", "Trường Đại học Y Hà Nội" (a place inside the run makes it no name anyway), "Bộ Y tế".
 */
export function highlandStart(tokens: readonly Token[], i: number): boolean {
  const first = tokens[i];
  const next = tokens[i + 1];
  if (first?.text !== 'Y' || !next?.word || !next.cap || next.caps || next.key === 'dược') return false;
  return !BEFORE_MEDICINE.has(tokens[i - 1]?.key ?? '');
}

/**
 * Does a clan name of the Central Highlands peoples start at i: a family name of the list that is no Vietnamese
 * syllable ("Ksor", "Kpă") or is printed in two words ("Rah Lan", "Rơ Châm"), then a capitalised word? Such a name
 * ("Rah Lan Chung", "Ksor Phước Hà") fails the syllable test of a Vietnamese name and is read like a foreign one.
 */
export function clanStart(tokens: readonly Token[], i: number): number {
  const first = tokens[i];
  if (!first?.word || !first.cap || first.caps) return 0;
  const family = FAMILY_START.match(tokens, i);
  if (family === 0 || (family === 1 && !isForeignWord(first))) return 0;
  const given = tokens[i + family];
  return given?.word && given.cap && !given.caps ? family : 0;
}

/** A Central Highlands clan name and the given name after it (clanStart), wherever a Vietnamese name may stand. */
export function readClanName(tokens: readonly Token[], i: number): NameMatch | null {
  const family = clanStart(tokens, i);
  if (family === 0) return null;
  const name = readForeignName(tokens, i, true, true);
  return name && name.end - i > family ? name : null;
}

/** One capital letter and its dot, glued: an initial inside a name ("E." in "Marc E. Knapper"). */
function isInitial(tokens: readonly Token[], k: number): boolean {
  const letter = tokens[k];
  const dot = tokens[k + 1];
  return Boolean(letter?.word && letter.cap && letter.text.length === 1 && dot?.text === '.' && dot.start === letter.end);
}

/** Words joined by spaces, a dot kept against its initial. */
function printedName(words: readonly Token[]): string {
  return words.reduce((name, token) => (name === '' ? token.text : token.text === '.' ? `${name}.` : `${name} ${token.text}`), '');
}

/** Tokens of particles from `k` up to a capitalised word ("von der | Leyen"), or 0. */
function particlesAt(tokens: readonly Token[], k: number): number {
  let n = 0;
  while (n < 3 && tokens[k + n]?.word && PARTICLES.has(tokens[k + n]!.text)) n++;
  return n > 0 && isForeignNameWord(tokens[k + n]) ? n : 0;
}

/**
 * A foreign name from `i`: capitalised words (and a trailing Roman numeral), at most
 * five. `trusted` after a country or an honorific; otherwise the first word must not
 * be a possible Vietnamese syllable. `clan`: a Central Highlands clan name (readClanName),
 * whose given name is Vietnamese.
 */
export function readForeignName(tokens: readonly Token[], i: number, trusted: boolean, clan = false): NameMatch | null {
  // A first initial: "M. Yabunaka", "J. Smith" (the name is the initial and the words after it).
  if (isInitial(tokens, i) && isForeignWord(tokens[i + 2])) {
    const rest = readForeignName(tokens, i + 2, true);
    return rest ? { end: rest.end, name: `${tokens[i]!.text}. ${rest.name}`, foreign: true } : null;
  }
  const first = tokens[i];
  if (!first?.cap || first.caps || !first.word) return null;
  const highland = highlandStart(tokens, i);
  if (!trusted && !highland && !isForeignWord(first) && !familyBeforeForeign(tokens, i)) return null;
  // A head or a body's first word ("Chủ tịch | Duma Quốc gia") starts no name.
  if (HEADS.match(tokens, i) > 0 || BODY_START.match(tokens, i) > 0) return null;
  if (INNER_CAPITAL.test(first.text) || FOREIGN_BODY_WORDS.has(first.key)) return null;
  let end = i + 1;
  /** Capitalised words so far (particles do not count: Iberian names are long). */
  let words = 1;
  // Stops where a Vietnamese name begins: "Tổng Giám đốc Vietcombank | Nguyễn Thanh Tùng".
  for (;;) {
    if (words >= MAX_FOREIGN_WORDS) break;
    const particles = particlesAt(tokens, end);
    if (particles > 0) {
      end += particles + 1;
      words++;
      continue;
    }
    // A middle initial: "Marc E. Knapper".
    if (isInitial(tokens, end) && isForeignNameWord(tokens[end + 2])) {
      end += 2;
      continue;
    }
    if (!isForeignNameWord(tokens[end]) || HEADS.match(tokens, end) > 0 || (!highland && readVietnameseName(tokens, end))) break;
    // A Korean name starts here, a family name before its hyphened given name: "Thị trưởng Seoul | Oh Se-hoon".
    if (koreanAt(tokens, end)) break;
    if (FOREIGN_BODY_WORDS.has(tokens[end]!.key)) return null;
    // (A clan name's given name is Vietnamese: "Rah Lan Lâm là …".)
    if (words >= 2 && !clan && startsVietnamese(tokens, end) && isForeignWord(first)) break;
    end++;
    words++;
  }
  // A country inside the run: this is a body ("Cộng hòa Ả-rập Ai Cập"), the name comes after. Not a
  // given name alone after an honorific: "Bà Nga là Phó Bí thư …", "ông Đức".
  const givenName = trusted && end - i === 1;
  if (!givenName) for (let k = i; k < end; k++) if (COUNTRY.match(tokens, k) > 0 || PLACES.match(tokens, k) > 0) return null;
  // One word alone is a name only where a name is expected ("Ông Putin"); else a last name or a brand.
  if (end - i === 1 && !trusted) return null;
  // "đồng chí Khăm Pheng – Xay Sổm Pheng": a Lao name printed in two halves around a dash.
  const half = trusted ? secondHalf(tokens, end) : 0;
  if (half > 0) end += half;
  return { end, name: end - i === 1 ? first.text : printedName(tokens.slice(i, end)), foreign: true };
}

/** Most words of the second half of a name printed around a dash. */
const MAX_SECOND_HALF = 3;

/**
 * The second half of a name printed around a spaced dash at k ("Khăm Pheng – Xay Sổm Pheng, …"):
 * its length in tokens with the dash, when one to three capitalised words, no title, place or
 * country, follow it and the name ends there. Else 0.
 */
function secondHalf(tokens: readonly Token[], k: number): number {
  const dash = tokens[k];
  if (!dash || dash.key !== '-' || dash.word || tokens[k - 1]!.end === dash.start) return 0;
  let n = 0;
  while (n < MAX_SECOND_HALF && isForeignNameWord(tokens[k + 1 + n]) && HEADS.match(tokens, k + 1 + n) === 0 && COUNTRY.match(tokens, k + 1 + n) === 0 && PLACES.match(tokens, k + 1 + n) === 0) n++;
  const after = tokens[k + 1 + n];
  return n > 0 && (after === undefined || !after.word || !after.cap) && !readVietnameseName(tokens, k + 1) ? n + 1 : 0;
}
