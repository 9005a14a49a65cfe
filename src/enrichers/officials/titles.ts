/**
 * A title at a token position: a head from the word list, then the body it belongs
 * to ("Bí thư" + "Thành ủy Hải Phòng"). The body takes capitalised words and
 * abbreviations, places and countries, lowercase words from the body lists, and
 * joiners followed by a capital ("Sở Kế hoạch và Đầu tư"). It ends at punctuation,
 * at any other lowercase word (the verb: "… Trưởng Đoàn kiểm tra | chủ trì"), at a
 * term qualifier ("khóa XV", "nhiệm kỳ …"), and where a person's name begins.
 */
import {
  ACADEMIC,
  BODY_START,
  BODY_WORDS,
  CAMPAIGN,
  CAMPAIGN_TARGET,
  COMPOUND_SECOND,
  COUNTRY,
  COMMON_FAMILY,
  CUE,
  DOCUMENT,
  FAMILY,
  FORCE,
  FORMER_START,
  HEADS,
  HONORIFIC,
  JOINER,
  LEADERS,
  NAMESAKE,
  PLACE_NAMESAKE,
  NAMING_ANOTHER,
  NAME_KIND,
  NOT_AFTER_TITLE_HEAD,
  ONE_NAME,
  NUMBERED,
  PLACES,
  PUNCTUATED_BODIES,
  PLACE_KIND,
  RANK,
  SECOND_BODY,
  SENTENCE,
  STATE_FORM,
  STOPS,
} from './lexicon.js';
import { clanStart, familyBeforeForeign, highlandStart, koreanAt, readForeignName, readVietnameseName, isForeignWord } from './names.js';
import { PLACE_ABBREVIATIONS, type Token } from './tokens.js';

export interface TitleMatch {
  /** Token range [start, end). */
  start: number;
  end: number;
  text: string;
  /** The body ends with a country: a foreign name may follow in any form. */
  country: boolean;
  /** Printed with a capital (a lowercase title only counts next to a name). */
  capitalised: boolean;
  /**
   * The body's abbreviation in brackets that ended the title, left out of its text, and the body it
   * glosses: "Chủ tịch Liên đoàn Bóng đá Việt Nam (VFF)" → `{ abbr: 'vff', body: 'Liên đoàn Bóng đá Việt Nam' }`.
   */
  gloss: { abbr: string; body: string } | undefined;
}

/** Words that, capitalised right before a head, make it the name of a place or a body ("Bộ Tư lệnh"). */
const BODY_OF_HEADS: ReadonlySet<string> = new Set(['phủ', 'ban', 'đoàn', 'bộ']);

/** Words after a place's kind that point back to a place already named ("tỉnh này", "huyện đó"). */
const DEMONSTRATIVES: ReadonlySet<string> = new Set(['này', 'đó', 'ấy', 'nọ']);

/** Heads that are ordinary words in lower case; lowercase, they need a capital after them. */
/** Heads that, in lower case before a name, are a sports team's captain (readTitle). */
const CAPTAIN_HEADS: ReadonlySet<string> = new Set(['đội trưởng']);
const CAPTAIN_FIRST: ReadonlySet<string> = new Set([...CAPTAIN_HEADS].map((h) => h.split(' ')[0]!));
/** Is the lowercase head of `head` words at i, or that head with the word before it, a captain's before a name? */
function captainAt(tokens: readonly Token[], i: number, head: number): boolean {
  // Most heads start no captain's: one set look-up before any string is built.
  if (!CAPTAIN_FIRST.has(tokens[i]!.key) && !CAPTAIN_FIRST.has(tokens[i - 1]?.key ?? '')) return false;
  const key = tokens.slice(i, i + head).map((t) => t.key).join(' ');
  const before = tokens[i - 1];
  const captain = CAPTAIN_HEADS.has(key) || (before?.word === true && !before.cap && CAPTAIN_HEADS.has(`${before.key} ${key}`));
  return captain && readVietnameseName(tokens, i + head) !== null;
}

const BARE_HEADS = new Set(['phó', 'trưởng', 'ủy viên', 'uỷ viên', 'thư ký', 'trợ lý', 'cố vấn']);

function startsName(tokens: readonly Token[], j: number, afterCountry: boolean): boolean {
  if (readVietnameseName(tokens, j)) return true;
  // "Chủ tịch HĐND tỉnh | Rơ Châm Long": a clan name of the Central Highlands.
  if (clanStart(tokens, j) > 0) return true;
  if (afterCountry) return Boolean(tokens[j]?.cap && !tokens[j]!.caps);
  if (!(isForeignWord(tokens[j]) || familyBeforeForeign(tokens, j) || highlandStart(tokens, j))) return false;
  const name = readForeignName(tokens, j, false);
  // Foreign words cut short by a Korean name are the body's: "Chủ tịch Samsung Electronics | Lee Jae-yong".
  return name !== null && !koreanAt(tokens, name.end);
}

/** A company's legal form inside a title's body, folded ("Công ty", "CP", "Tập đoàn"). */
const COMPANY_FORMS: ReadonlySet<string> = new Set(['ty', 'cp', 'ctcp', 'tnhh', 'phần', 'đoàn']);
/** How far back from a name a company's legal form is looked for. */
const COMPANY_LOOK_BACK = 6;

/**
 * Four capitalised syllables at j ending with a province of two, after a company's legal form a few words
 * before in the same body ("Kế toán trưởng Công ty CP Nông nghiệp Quốc tế | Hoàng Anh Gia Lai"): the
 * company's own name, 4; else 0. A person after a company is named with three ("Công ty CP X | Lê Văn An").
 */
function companyPlaceName(tokens: readonly Token[], j: number, from: number): number {
  // Most words start no such run: the province two words on is looked up before any name is built.
  if (!FAMILY.has(tokens[j]!.key) || PLACES.match(tokens, j + 2) !== 2) return 0;
  const name = readVietnameseName(tokens, j);
  if (name === null || name.end - j !== 4) return 0;
  for (let k = j - 1; k >= from && k >= j - COMPANY_LOOK_BACK; k--) {
    const key = tokens[k]!.key;
    if (COMPANY_FORMS.has(key) && (key !== 'ty' || tokens[k - 1]?.key === 'công') && (key !== 'đoàn' || tokens[k - 1]?.key === 'tập') && (key !== 'phần' || tokens[k - 1]?.key === 'cổ')) return 4;
  }
  return 0;
}

/** A year of four digits, 19xx or 20xx, without a regex (asked of every number in a title's body). */
function isEventYear(text: string): boolean {
  if (text.length !== 4 || !(text.startsWith('19') || text.startsWith('20'))) return false;
  const c = text.charCodeAt(2);
  const d = text.charCodeAt(3);
  return c >= 0x30 && c <= 0x39 && d >= 0x30 && d <= 0x39;
}

/** Where the body after the head ends (token index), and whether it ends with a country. */
function readBody(
  tokens: readonly Token[],
  from: number,
  source: string,
  bracketed = false,
  aboutPerson = false,
  afterDash = false,
  headStart = from - MAX_HEAD_WORDS,
): { end: number; country: boolean; textEnd: number } {
  let j = from;
  let country = false;
  // Where a bracketed abbreviation of the body starts ("(HĐQT)"), or -1.
  let glossAt = -1;
  for (;;) {
    const token = tokens[j];
    if (!token) break;
    const prev = tokens[j - 1]!;
    if (!token.word) {
      // "TP. Hải Phòng": the abbreviation's own dot.
      // Not before an honorific and a name opening the next sentence: "… chủ tịch HĐND TP. | Ông X tái đắc cử …"
      // (but "TP. Bà Rịa", a place).
      const honorific = token.text === '.' ? HONORIFIC.match(tokens, j + 1) : 0;
      const honorificNext = honorific > 0 && readVietnameseName(tokens, j + 1 + honorific) !== null;
      if (token.text === '.' && PLACE_ABBREVIATIONS.has(prev.key) && prev.cap && tokens[j + 1]?.cap && token.start === prev.end && !honorificNext) {
        j++;
        continue;
      }
      // A body whose name has a comma or a dash ("Bộ Văn hóa, Thể thao và Du lịch").
      const past = punctuatedBodyEnd(tokens, j, from);
      if (past > j) {
        j = past;
        continue;
      }
      // "Tổng cục Thể dục Thể thao (TDTT)": the body's abbreviation in brackets ends its name
      // ("Đại học Quốc gia Hà Nội (ĐH) | điều hành hoạt động").
      // The abbreviation glosses the body and is no part of the post when the title ends there: "Chủ tịch
      // Hội đồng quản trị (HĐQT) | Lê Văn A" is "Chủ tịch Hội đồng quản trị".
      if (token.text === '(' && tokens[j + 1]?.caps && tokens[j + 2]?.text === ')') {
        glossAt = j;
        j += 3;
        const next = tokens[j];
        if (next?.word && !next.cap && BODY_WORDS.match(tokens, j) === 0) break;
        continue;
      }
      // "phường Xuân Hương - Đà Lạt", "xã Lâm Viên - Đà Lạt": a ward or commune of 2025 named with its city after a dash.
      if ((token.text === '-' || token.text === '–') && wardWithCity(tokens, j, from)) {
        j += 1 + PLACES.match(tokens, j + 1);
        continue;
      }
      // ", huyện Quảng Xương": the higher place of the title's own place completes the post.
      if (token.text === ',' && higherPlace(tokens, from, j)) {
        j++;
        continue;
      }
      // ", Vùng 4 Hải quân", ", Quân đoàn 12": a comma before a numbered unit completes an army post.
      if (token.text === ',' && numberedUnitAfter(tokens, j + 1) && !saidBefore(tokens, headStart, from, j)) {
        j++;
        continue;
      }
      // ", Thông tấn xã Việt Nam": a comma before a body completes the post.
      if (token.text === ',' && BODY_START.match(tokens, j + 1) > 0 && HEADS.match(tokens, j + 1) === 0 && COUNTRY.match(tokens, j + 1) === 0 && source.charAt(token.end) === ' ' && !saidBefore(tokens, headStart, from, j)) {
        j++;
        continue;
      }
      break;
    }
    if (STOPS.match(tokens, j) > 0) break;
    // "Hiệu trưởng Trường ĐH Bách khoa Hà Nội | PGS.TS Huỳnh Quyết Thắng": a degree before a name ends the title.
    if (token.cap && degreeBeforeName(tokens, j)) break;
    // "Quân đoàn 1": the number of a numbered body.
    if (/^\d{1,3}$/u.test(token.text) && token.start === prev.end + 1 && numberedBefore(tokens, j, from)) {
      j++;
      continue;
    }
    // "Chủ tịch SOM APEC 2017", "Ủy ban Quốc gia về ASEAN 2010": the year of an event named in capitals
    // (not a term: "… 2016-2021").
    if (prev.caps && token.start === prev.end + 1 && isEventYear(token.text) && tokens[j + 1]?.key !== '-') {
      j++;
      continue;
    }
    // "Đại sứ Cộng hòa Mauritius | Issop Patel": after a state's form, a foreign word is the country.
    if (token.cap && !token.caps && isForeignWord(token) && COUNTRY.match(tokens, j) === 0 && stateFormBefore(tokens, j, from)) {
      j++;
      country = true;
      continue;
    }
    const place = PLACES.match(tokens, j) || COUNTRY.match(tokens, j);
    // "huyện Đức Thọ", "xã Đức Hòa": after a place's kind, a country of one word starts the place's name.
    if (place === 1 && token.cap && !PLACES.match(tokens, j) && afterPlaceKind(tokens, j, from)) {
      j += placeNameLength(tokens, j);
      continue;
    }
    if (place > 0 && token.cap) {
      country = COUNTRY.match(tokens, j) === place;
      j += place;
      continue;
    }
    // "THCS Yên Nghĩa", "xã Yên Hòa": a place's own name, even where it looks like a person's.
    // Their names are mostly two syllables; a person named after them starts after those.
    if (afterPlaceKind(tokens, j, from)) {
      j += placeNameLength(tokens, j);
      continue;
    }
    // A compound from the body list begun by the capitalised word before: "Tỉnh Đoàn" (whose
    // last word is also a family name) here, "Thường trực" (lower case) further down.
    const compound = prev.cap ? BODY_WORDS.match(tokens, j - 1) : 0;
    if (token.cap && compound === 2) {
      j++;
      continue;
    }
    // A body named by two fields and a dash whose first field has a lowercase word: "Phòng Bảo | vệ - An ninh".
    const punctuated = prev.cap && !token.cap ? PUNCTUATED_BODIES.match(tokens, j - 1) : 0;
    if (punctuated > 2) {
      j += punctuated - 1;
      continue;
    }
    // "Công ty CP Nông nghiệp Quốc tế | Hoàng Anh Gia Lai": a company's name ending with a province.
    const company = token.cap && !token.caps ? companyPlaceName(tokens, j, from) : 0;
    if (company > 0) {
      j += company;
      continue;
    }
    // "Nguyễn Trung Kiên (Tổng Giám đốc Next Media)": in a bracket after a name, a foreign run is the body's.
    if (
      startsName(tokens, j, country) &&
      !(bracketed && !readVietnameseName(tokens, j) && bracketEnd(tokens, j, true) > j) &&
      !(aboutPerson && namesBody(tokens, j, from)) &&
      // "Nguyễn Văn A - Tổng giám đốc Thaco Auto": the title of the name before the dash names its body in foreign words.
      !(afterDash && !country && !readVietnameseName(tokens, j))
    )
      break;
    country = false;
    if (token.cap || token.caps) {
      j++;
      continue;
    }
    const field = campaignLength(tokens, j, from);
    if (field > 0) {
      j += field;
      continue;
    }
    const lower = BODY_WORDS.match(tokens, j);
    if (lower > 0) {
      j += lower;
      continue;
    }
    // A capitalised compound whose second syllable is lower case ("Thường trực"), not where a verb
    // starts ("Tổng thống Hàn Quốc | hội đàm", not "Quốc hội").
    if (compound > 2 || (compound === 2 && SENTENCE.match(tokens, j) < 2)) {
      j += compound - 1;
      continue;
    }
    const named = lowercaseName(tokens, j, from);
    if (named > 0) {
      j += named;
      continue;
    }
    // Not where a verb of two words starts ("Tổng thống Putin | hội đàm"; but "Quốc hội", "Thư ký").
    // Not after an abbreviation: "Tổng giám đốc EVN | chính thức tiếp nhận".
    if (COMPOUND_SECOND.has(token.key) && prev.word && prev.cap && !prev.caps && SENTENCE.match(tokens, j) < 2) {
      j++;
      continue;
    }
    const rest = orphanRest(tokens, j);
    if (rest > 0) {
      j += rest;
      continue;
    }
    const next = tokens[j + 1];
    // Not before a person: "Giám đốc Bệnh viện | và TS. Nguyễn Thị Mai Ngọc".
    const person = HONORIFIC.match(tokens, j + 1) > 0 || ACADEMIC.match(tokens, j + 1) > 0 || startsName(tokens, j + 1, false);
    const joins = next?.cap ? HEADS.match(tokens, j + 1) === 0 && DOCUMENT.match(tokens, j + 1) === 0 && !person : BODY_WORDS.match(tokens, j + 1) > 0;
    if (JOINER.has(token.key) && joins && !(token.key === 'và' && SECOND_BODY.match(tokens, j + 1) > 0) && !pointsBack(tokens, j)) {
      j++;
      continue;
    }
    // "(cựu giám đốc khối nguồn vốn)": a title that fills a bracket after a name runs to its end.
    const closing = bracketed ? bracketEnd(tokens, j) : -1;
    if (closing > j) {
      j = closing;
      continue;
    }
    break;
  }
  // Never end on a joiner.
  while (j > from && JOINER.has(tokens[j - 1]!.key)) j--;
  // "Bí thư Tỉnh Đoàn | tỉnh này": a place's kind in lower case before a demonstrative points back to a
  // place already named; it is no part of the title.
  if (j > from && DEMONSTRATIVES.has(tokens[j]?.key ?? '')) {
    for (let k = j - 1; k >= from && k >= j - 2; k--) {
      const kind = tokens[k]!.cap ? null : placeLevel(tokens, k);
      if (kind && k + kind.length === j) {
        j = k;
        break;
      }
    }
  }
  // The gloss stays inside the title's tokens (a name right after it is the title's), out of its text.
  return { end: j, country, textEnd: glossAt >= from && j === glossAt + 3 ? glossAt : j };
}

/** The level of the place's kind at k (1: commune, ward; 2: district, town; 3: province), and its length in tokens; or null. */
function placeLevel(tokens: readonly Token[], k: number): { level: number; length: number } | null {
  const key = tokens[k]?.key;
  const next = tokens[k + 1]?.key;
  if (key === 'xã' || key === 'phường') return { level: 1, length: 1 };
  if (key === 'thị' && next === 'trấn') return { level: 1, length: 2 };
  if (key === 'thị' && next === 'xã') return { level: 2, length: 2 };
  if (key === 'thành' && next === 'phố') return { level: 2, length: 2 };
  if (key === 'huyện' || key === 'quận' || key === 'tp') return { level: 2, length: 1 };
  if (key === 'tỉnh') return { level: 3, length: 1 };
  return null;
}

/**
 * At the comma j, does a higher place follow, in lower case and with its name ("Chủ tịch UBND xã Quảng Trung |,
 * huyện Quảng Xương"), or the name of a province right after a title that ends with its kind ("Chủ tịch HĐND
 * tỉnh |, Hà Tĩnh")? The title from `from` must name a place of a lower level: "xã A, xã B" lists two communes.
 */
function higherPlace(tokens: readonly Token[], from: number, j: number): boolean {
  const next = tokens[j + 1];
  if (!next?.word) return false;
  if (!next.cap) {
    const after = placeLevel(tokens, j + 1);
    if (!after || !tokens[j + 1 + after.length]?.cap) return false;
    for (let k = from; k < j; k++) {
      const own = tokens[k]!.cap ? null : placeLevel(tokens, k);
      if (own && own.level < after.level) return true;
    }
    return false;
  }
  return tokens[j - 1]?.key === 'tỉnh' && !tokens[j - 1]!.cap && PLACES.match(tokens, j + 1) > 0 && !tokens[j + 1 + PLACES.match(tokens, j + 1)]?.cap;
}

/** Longest state's form (STATE_FORMS), in words. */
const MAX_STATE_FORM = 4;

/** Does a state's form ("Cộng hòa", "Vương quốc") end right before tokens[j], inside the title? */
function stateFormBefore(tokens: readonly Token[], j: number, from: number): boolean {
  for (let k = j - 1; k >= from && k >= j - MAX_STATE_FORM; k--) if (STATE_FORM.match(tokens, k) === j - k) return true;
  return false;
}

/** How far back from a campaign the steering committee's name is looked for, in tokens. */
const MAX_STEERING_DISTANCE = 12;

/**
 * Does the title read so far (from..j, its last MAX_STEERING_DISTANCE tokens) name a steering committee ("Ban
 * Chỉ đạo", "BCĐ") or the police, whose departments are named by their field too ("Tổng cục Cảnh sát phòng,
 * chống tội phạm")?
 */
function steeringBefore(tokens: readonly Token[], j: number, from: number): boolean {
  for (let k = Math.max(from, j - MAX_STEERING_DISTANCE); k < j; k++) {
    const key = tokens[k]!.key;
    const next = tokens[k + 1]?.key;
    if (key === 'bcđ' || (key === 'chỉ' && next === 'đạo') || (key === 'cảnh' && next === 'sát')) return true;
  }
  return false;
}

/**
 * A steering committee's field at j: "[về] [công tác] phòng, chống tham nhũng, lãng phí, tiêu cực"
 * (vocabulary/bodies.ts, CAMPAIGNS), in the title of a steering committee's member: its length in
 * tokens, or 0. Elsewhere it is the sentence going on: "Chủ tịch UBND xã | chống tham nhũng thế nào?",
 * "Chỉ thị của Chủ tịch UBND tỉnh | về phòng, chống dịch".
 */
function campaignLength(tokens: readonly Token[], j: number, from: number): number {
  let k = j;
  if (tokens[k]?.key === 'về') k++;
  if (tokens[k]?.key === 'công' && tokens[k + 1]?.key === 'tác') k += 2;
  const campaign = CAMPAIGN.match(tokens, k);
  if (campaign === 0 || !steeringBefore(tokens, j, from)) return 0;
  k += campaign;
  let end = j;
  for (;;) {
    const target = CAMPAIGN_TARGET.match(tokens, k);
    if (target === 0) break;
    k += target;
    end = k;
    const joiner = tokens[k];
    if (!joiner || (joiner.text !== ',' && joiner.key !== 'và') || CAMPAIGN_TARGET.match(tokens, k + 1) === 0) break;
    k++;
  }
  return end - j;
}

/** A sentence word, a term qualifier or a cue at k: the sentence goes on there, no title's name does. */
const sentenceGoesOn = (tokens: readonly Token[], k: number): boolean =>
  SENTENCE.match(tokens, k) > 0 || STOPS.match(tokens, k) > 0 || CUE.match(tokens, k) > 0;

/** Most words a bracketed title runs on over (bracketEnd). */
const MAX_BRACKET_REST = 8;

/**
 * Where the words from j up to a closing bracket end, when they can all be the rest of a title: no
 * sentence word, cue or stop, no name (no Vietnamese one when `foreignAllowed`: a foreign run there is
 * a company's, "Next Media"), at most MAX_BRACKET_REST words. -1 otherwise.
 */
function bracketEnd(tokens: readonly Token[], j: number, foreignAllowed = false): number {
  for (let k = j; k < j + MAX_BRACKET_REST && k < tokens.length; k++) {
    const token = tokens[k]!;
    if (token.text === ')') return k;
    if (!token.word) return -1;
    if (!JOINER.has(token.key) && sentenceGoesOn(tokens, k)) return -1;
    if (token.cap && (foreignAllowed ? readVietnameseName(tokens, k) !== null : startsName(tokens, k, false))) return -1;
  }
  return -1;
}

/** Is tokens[j] an academic degree ("PGS.TS", "TS.") with a person's name after it? */
function degreeBeforeName(tokens: readonly Token[], j: number): boolean {
  const degree = ACADEMIC.match(tokens, j);
  if (degree === 0) return false;
  const k = tokens[j + degree]?.text === '.' ? j + degree + 1 : j + degree;
  return readVietnameseName(tokens, k, true) !== null || readForeignName(tokens, k, true) !== null;
}

/** Longest Vietnamese name, in words (names.ts reads at most four syllables). */
const MAX_NAME_WORDS = 4;

/** Does a Vietnamese name end right before tokens[k] ("ông Nguyễn Văn A | (")? */
function nameEndsAt(tokens: readonly Token[], k: number): boolean {
  for (let s = k - 2; s >= 0 && s >= k - MAX_NAME_WORDS; s--) if (tokens[s]!.cap && readVietnameseName(tokens, s)?.end === k) return true;
  return false;
}

/**
 * In a bracket that describes the person named before it ("ông X (cựu chủ tịch Công ty Giáo dục
 * Văn Lang, …)"), a name inside the title's body that closes the title at a comma or the bracket
 * is the body's own name: the bracket's person is X.
 */
function namesBody(tokens: readonly Token[], j: number, from: number): boolean {
  // Not a place's name after its kind ("UBND tỉnh | Lê Văn An" names a person of the bracket).
  if (j <= from || !tokens[j - 1]!.word || placeLevel(tokens, j - 1) !== null) return false;
  const name = readVietnameseName(tokens, j);
  const after = name ? tokens[name.end]?.text : undefined;
  return after === ')' || after === ',';
}

/** Words that point back to a body named before ("của doanh nghiệp này", "… trên"). */
const BODY_POINTERS: ReadonlySet<string> = new Set(['này', 'đó', 'ấy', 'kia', 'trên']);

/** Is "của" at j followed by lowercase body words and a demonstrative ("Giám đốc … | của doanh nghiệp này")? Not the title's. */
function pointsBack(tokens: readonly Token[], j: number): boolean {
  if (tokens[j]!.key !== 'của') return false;
  const words = BODY_WORDS.match(tokens, j + 1);
  return words > 0 && BODY_POINTERS.has(tokens[j + 1 + words]?.key ?? '');
}

/** Does a capitalised numbered body with its number ("Vùng 4", "Quân đoàn 12") start at tokens[k]? */
function numberedUnitAfter(tokens: readonly Token[], k: number): boolean {
  if (!tokens[k]?.cap) return false;
  const unit = NUMBERED.match(tokens, k);
  return unit > 0 && /^\d{1,3}$/u.test(tokens[k + unit]?.text ?? '');
}

/** Does a numbered body ("Quân đoàn", "Vùng", "Cảnh sát biển": three words at most) end right before tokens[j]? */
function numberedBefore(tokens: readonly Token[], j: number, from: number): boolean {
  for (let k = j - 1; k >= from && k >= j - 3; k--) if (NUMBERED.match(tokens, k) === j - k) return true;
  return false;
}

/**
 * The body after the comma at j starts with a word the title already has ("Chủ tịch UBND tỉnh, | UBND tỉnh tổ
 * chức"): a new clause. From the head on only: "Trợ lý Bộ trưởng Bộ Ngoại giao kiêm Vụ trưởng Vụ Tổ chức Cán bộ,
 * Bộ Ngoại giao" is the post of the department's ministry, whatever the title before it said.
 */
function saidBefore(tokens: readonly Token[], headStart: number, from: number, j: number): boolean {
  const next = tokens[j + 1]!.key;
  for (let k = Math.max(0, headStart); k < j; k++) {
    if (tokens[k]!.key !== next) continue;
    // In the body, a lowercase syllable after a capitalised one ends a compound name: the "bộ" of "Vụ Tổ chức
    // Cán bộ, | Bộ Ngoại giao" is no ministry (the head's own word counts in any case: "Trưởng phòng …, | Phòng").
    if (k >= from && !tokens[k]!.cap && tokens[k - 1]?.cap && tokens[k - 1]!.word) continue;
    return true;
  }
  return false;
}

const MAX_HEAD_WORDS = 4;

/** Longest start, in words back from a comma, of a body whose name has a comma in it. */
const PUNCTUATED_LOOK_BACK = 3;

/** Kinds of the places named "X - City" since the 2025 mergers. */
const WARD_KINDS: ReadonlySet<string> = new Set(['phường', 'xã']);

/**
 * Is the spaced dash at j inside a ward's name, "phường Xuân Hương - Đà Lạt": a ward or commune's kind in lower
 * case two or three words before it (its name capitalised between), and a city or province after it that ends
 * the title (no capitalised word after it)?
 */
function wardWithCity(tokens: readonly Token[], j: number, from: number): boolean {
  const dash = tokens[j]!;
  if (dash.start === tokens[j - 1]!.end || tokens[j + 1]?.start === dash.end) return false;
  const kindAt = (k: number): boolean => k >= from && !tokens[k]!.cap && WARD_KINDS.has(tokens[k]!.key);
  const named = (k: number): boolean => tokens.slice(k + 1, j).every((t) => t.word && t.cap && !t.caps);
  if (!((kindAt(j - 2) && named(j - 2)) || (kindAt(j - 3) && named(j - 3)))) return false;
  const city = PLACES.match(tokens, j + 1);
  const after = tokens[j + 1 + city];
  return city > 0 && !(after?.word && after.cap);
}

/** Past the end of a body name with a comma or dash that covers tokens[j] ("Văn hóa, Thể thao và Du lịch"), or j. */
function punctuatedBodyEnd(tokens: readonly Token[], j: number, from: number): number {
  for (let k = j - 1; k >= from && k >= j - PUNCTUATED_LOOK_BACK; k--) {
    const length = PUNCTUATED_BODIES.match(tokens, k);
    if (k + length > j) return k + length;
  }
  return j;
}

/**
 * Is tokens[j] the first word of a place's or an institution's own name, right after
 * its kind ("THCS | Yên Nghĩa", "Bệnh viện | Bạch Mai")? Not when it starts another
 * kind or body ("Trường | Đại học Y").
 */
function afterPlaceKind(tokens: readonly Token[], j: number, from: number): boolean {
  const token = tokens[j]!;
  if (!token.cap || token.caps || j <= from) return false;
  // No place is named "Y …": "Chủ tịch HĐND tỉnh | Y Biêr Niê" is a man of the Central Highlands.
  if (highlandStart(tokens, j)) return false;
  // Nor by a clan name: "Trưởng Đoàn ĐBQH tỉnh | Rah Lan Chung".
  if (clanStart(tokens, j) > 0) return false;
  // Case counts here: "bản" (a village) is a kind, "Nhật Bản" is not.
  const printed = (k: number, n: number): string => tokens.slice(k, k + n).map((t) => t.text).join(' ');
  // "TP. | Sầm Sơn": the kind's abbreviation with its own dot.
  const dot = tokens[j - 1]!.text === '.' && j - 2 >= from && PLACE_ABBREVIATIONS.has(tokens[j - 2]!.key) ? 1 : 0;
  const end = j - dot;
  const listed = (k: number, n: number): boolean => {
    const entry = PLACE_KIND.find(tokens, k);
    return entry !== null && entry === printed(k, n);
  };
  const kind = listed(end - 1, 1) || (end - 2 >= from && listed(end - 2, 2));
  // A person's name of three syllables or more is a person after all ("tỉnh | Lê Văn Dũng"), but
  // not after a school or a street, named after one ("Trường ĐH | Tôn Đức Thắng").
  // Nor a person of history a place bears ("phường | Phan Đình Phùng"; PLACE_NAMESAKES).
  const namesake = NAMESAKE.match(tokens, j - 1) === 1 || (j - 2 >= from && NAMESAKE.match(tokens, j - 2) === 2) || PLACE_NAMESAKE.match(tokens, j) > 0;
  const person = namesake ? null : readVietnameseName(tokens, j);
  // No province is named with a common family name: "UBND tỉnh | Nguyễn Bốn" is a person of two syllables.
  const province = person !== null && tokens[j - 1]!.key === 'tỉnh' && COMMON_FAMILY.has(token.key);
  // Four syllables ending with a province of two are the kind's own name, whatever the family: "Công ty CP
  // Hoàng Anh Gia Lai" (a person after a kind has three: "UBND xã Lê Văn An").
  const named = person !== null && person.end - j === 4 && PLACES.match(tokens, person.end - 2) === 2;
  return kind && PLACE_KIND.match(tokens, j) === 0 && BODY_START.match(tokens, j) === 0 && !(person && !named && (person.end - j >= 3 || province));
}

/**
 * How many words of a place's or institution's own name from j (afterPlaceKind): two when a
 * second capitalised word follows, but not when a person's name of three syllables starts there
 * ("Tập đoàn Vingroup | Nguyễn Việt Quang").
 */
function placeNameLength(tokens: readonly Token[], j: number): number {
  // A person of history a place bears, whole: "phường Phan Đình Phùng".
  const namesake = PLACE_NAMESAKE.match(tokens, j);
  if (namesake > 0) return namesake;
  const second = tokens[j + 1];
  if (!second?.cap || second.caps) return 1;
  // A Korean name after a name of one word: "Tập đoàn Lotte | Shin Dong-bin".
  if (koreanAt(tokens, j + 1)) return 1;
  // A person's name of three syllables or more ("Thành ủy Buôn | Ma Thuột" is the place's own), and
  // none right after the second word ("Bệnh viện Bạch Mai | Đào Xuân Cơ": the place has two).
  const person = readVietnameseName(tokens, j + 1);
  return person && person.end - (j + 1) >= 3 && !readVietnameseName(tokens, j + 2) ? 1 : 2;
}

/** Longest lowercase rest of a name whose first syllable alone is capitalised ("Bất | động sản"). */
const MAX_REST = 4;

function orphanRest(tokens: readonly Token[], j: number): number {
  const prev = tokens[j - 1]!;
  const before = tokens[j - 2];
  if (!prev.cap || prev.caps || !before || (before.cap && before.word) || PLACES.match(tokens, j - 1) || COUNTRY.match(tokens, j - 1)) return 0;
  // A foreign word is a name, not the first syllable of a compound: "Thủ tướng Abe | đồng tình"; a body's
  // kind of one word is whole, the sentence goes on after it: "Phó giám đốc Sở | uống cà phê".
  if (isForeignWord(prev) || BODY_START.match(tokens, j - 1) === 1) return 0;
  let k = j;
  while (k - j < MAX_REST && tokens[k]?.word && !tokens[k]!.cap) {
    // A cue word ("gồm", "là", "được") is the sentence going on: "Phó Giám đốc Sở | gồm …"; after
    // the rest of a name, it ends the rest: "Viện Chiến lược | và Lịch sử", "Giáo dục Thể chất | và Thể thao".
    if (sentenceGoesOn(tokens, k)) break;
    k++;
  }
  return k > j && k - j < MAX_REST ? k - j : 0;
}

/** Longest body name in lower case after its kind ("sách và thiết bị trường học"). */
const MAX_LOWERCASE_NAME = 8;

/**
 * A body's own name in lower case at j, right after a kind that takes one (LOWERCASE_NAME_KINDS:
 * "Công ty CP | sách và thiết bị trường học | Thanh Hóa", "Văn phòng | đăng ký đất đai | huyện Mỹ
 * Đức"): its length, when the title goes on after it with a capitalised word that starts no
 * name, an abbreviation, or a place's kind. Else 0: lowercase words after a body are mostly
 * the sentence's verb ("Giám đốc Công ty | khai nhận …").
 */
function lowercaseName(tokens: readonly Token[], j: number, from: number): number {
  if (!kindBefore(tokens, j, from)) return 0;
  let k = j;
  while (k - j < MAX_LOWERCASE_NAME && tokens[k]?.word && !tokens[k]!.cap) {
    // A compound of the body lists whole ("thiết bị": its "bị" is no verb here).
    const compound = BODY_WORDS.match(tokens, k);
    if (compound > 1) {
      k += compound;
      continue;
    }
    if (!JOINER.has(tokens[k]!.key) && sentenceGoesOn(tokens, k)) return 0;
    k++;
  }
  if (k === j || JOINER.has(tokens[k - 1]!.key)) return 0;
  const next = tokens[k];
  if (!next?.word) return 0;
  const goesOn = next.cap ? !startsName(tokens, k, false) : PLACE_KIND.match(tokens, k) > 0 && Boolean(tokens[k + PLACE_KIND.match(tokens, k)]?.cap);
  return goesOn ? k - j : 0;
}

/**
 * Does a kind from LOWERCASE_NAME_KINDS end right before tokens[j], inside the title, or before
 * the lowercase words just read into it ("Văn phòng | đăng ký | đất đai")?
 */
function kindBefore(tokens: readonly Token[], j: number, from: number): boolean {
  let end = j;
  while (end - 1 > from && j - end < MAX_LOWERCASE_NAME && tokens[end - 1]!.word && !tokens[end - 1]!.cap) {
    if (endsKind(tokens, end, from)) return true;
    end--;
  }
  // "Công ty | Quản lý kinh doanh nhà | TP.HCM": the name in sentence case, its first word capitalised.
  return endsKind(tokens, end, from) || (end - 1 >= from && Boolean(tokens[end - 1]!.cap) && endsKind(tokens, end - 1, from));
}

/** Does a kind from LOWERCASE_NAME_KINDS end right before tokens[end]? */
function endsKind(tokens: readonly Token[], end: number, from: number): boolean {
  for (let k = end - 1; k >= from - 1 && k >= end - 2; k--) if (NAME_KIND.match(tokens, k) === end - k) return true;
  return false;
}

/**
 * Two capitalised words in title case at j that are no place, country, body or head: after
 * a head of state or government, that is a name, however Vietnamese its syllables look
 * ("Thủ tướng Hun Sen", "Thống tướng Tia Banh"); "Thủ tướng Chính Phủ" is a body.
 */
function foreignNameNext(tokens: readonly Token[], j: number): boolean {
  for (const k of [j, j + 1]) {
    const token = tokens[k];
    if (!token?.word || !token.cap || token.caps) return false;
    if (PLACES.match(tokens, k) || COUNTRY.match(tokens, k) || BODY_START.match(tokens, k) || BODY_WORDS.match(tokens, k) || HEADS.match(tokens, k)) return false;
  }
  // A Vietnamese family name starts a name names.ts reads, or rejects ("Nguyễn Văn | hiến").
  return !FAMILY.has(tokens[j]!.key) && tokens[j + 1]!.key !== tokens[j]!.key;
}

/**
 * A monarch's or a pope's one name at j after the head in tokens [i, j) (ONE_NAME_HEADS): one capitalised
 * word that cannot be Vietnamese, no place, country or body, with no capitalised word after it.
 */
function oneForeignName(tokens: readonly Token[], i: number, j: number): boolean {
  const token = tokens[j];
  const next = tokens[j + 1];
  if (!isForeignWord(token) || token!.caps || (next?.word && next.cap)) return false;
  if (PLACES.match(tokens, j) || COUNTRY.match(tokens, j) || BODY_START.match(tokens, j)) return false;
  return ONE_NAME.has(tokens.slice(i, j).map((t) => t.key).join(' '));
}

export function readTitle(tokens: readonly Token[], i: number, source: string): TitleMatch | null {
  const head = HEADS.match(tokens, i);
  if (head === 0) return null;
  // "Đại sứ quán": another word that starts like a head.
  const after = tokens[i + head];
  if (after?.word && after.start === tokens[i + head - 1]!.end + 1 && NOT_AFTER_TITLE_HEAD.has(after.key)) return null;
  const first = tokens[i]!;
  const capitalised = first.cap;
  // "Phủ Chủ tịch", "Phủ Thủ tướng": the palace, a place named after the office; "Ban Bí thư", "Ban
  // Giám đốc", "Đoàn Chủ tịch": the body the holders form.
  const before = tokens[i - 1];
  if (before?.cap && !before.caps && capitalised && BODY_OF_HEADS.has(before.key)) return null;
  if (!capitalised && !tokens[i + head]?.cap && BODY_WORDS.match(tokens, i + head) === 0) {
    const headKey = tokens.slice(i, i + head).map((t) => t.key).join(' ');
    if (BARE_HEADS.has(headKey)) return null;
  }
  // "đội trưởng Đỗ Duy Mạnh của đội tuyển": a team's captain in lower case right before a name is a player, no
  // office ("Đội trưởng Đội Cảnh sát hình sự", capitalised or with its team, is one).
  // Its last word alone is no head either ("đội | trưởng Đỗ Duy Mạnh").
  if (!capitalised && tokens[i + head]?.cap && captainAt(tokens, i, head)) return null;
  let end = i + head;
  // Where the title's text ends, when short of its tokens (a body's abbreviation in brackets: "(HĐQT)").
  let textEnd = -1;
  let country = false;
  // Where the body starts: after the head, or after the office another head names.
  let bodyFrom = end;
  if (NAMING_ANOTHER.match(tokens, i) === head) {
    // "Trợ lý ngoại trưởng Daniel Roe": the office the assistant serves, in either case, belongs to the title.
    const served = RANK.match(tokens, end) === 0 ? HEADS.match(tokens, end) : 0;
    if (served > 0) bodyFrom = end += served;
    // "Trợ lý đồng chí Tô Lâm": the person named belongs to the title.
    const honorific = served > 0 ? 0 : HONORIFIC.match(tokens, end);
    const named = served > 0 ? null : readVietnameseName(tokens, end + honorific) ?? readForeignName(tokens, end + honorific, honorific > 0);
    if (named) end = named.end;
  }
  const rank = RANK.match(tokens, i) === head;
  const leader = !rank && end === i + head && LEADERS.match(tokens, i) === head;
  if (end === i + head && (rank || leader) && (foreignNameNext(tokens, end) || (leader && oneForeignName(tokens, i, end)))) {
    // "Thủ tướng Hun Sen", "Thống tướng Tia Banh": a head of state or government, or a rank, then
    // a name in syllables that look Vietnamese; units.ts reads it as a foreign name after a country.
    country = true;
  } else if (end === bodyFrom && (!rank || (FORCE.match(tokens, end) > 0 && !readVietnameseName(tokens, end)))) {
    // A rank runs on over the force it is held in ("cựu trung tá Công an tỉnh Sơn La"), as any head over its body.
    // Right after "(" (or "(cựu"), the title may fill the bracket.
    const open = tokens[i - 1]?.text === '(' || (tokens[i - 2]?.text === '(' && FORMER_START.match(tokens, i - 1) === 1);
    const dash = tokens[i - 1]?.text === '-' || tokens[i - 1]?.text === '–';
    const body = readBody(tokens, end, source, open, open && nameEndsAt(tokens, tokens[i - 1]?.text === '(' ? i - 1 : i - 2), dash && nameEndsAt(tokens, i - 1), i);
    end = body.end;
    if (body.textEnd < end) textEnd = body.textEnd;
    country = body.country;
  }
  const last = tokens[(textEnd > i ? textEnd : end) - 1]!;
  // `gloss` is always present (undefined when none), so every match has one shape for V8.
  const gloss = textEnd > bodyFrom && tokens[textEnd]?.text === '(' ? { abbr: tokens[textEnd + 1]!.key, body: source.slice(tokens[bodyFrom]!.start, last.end) } : undefined;
  return { start: i, end, text: source.slice(first.start, last.end), country, capitalised, gloss };
}
