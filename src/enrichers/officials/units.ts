/**
 * A block of text → a sequence of units: names, titles, cue words and punctuation,
 * everything else as plain words. attach.ts reads patterns off this sequence.
 */
import { ACADEMIC, CUE, FORMER_START, HONORIFIC, PLACE_KIND, startsOf, UNIT_STARTS } from './lexicon.js';
import { isForeignWord, readClanName, readForeignName, readVietnameseName, type NameMatch } from './names.js';
import { readTitle, type TitleMatch } from './titles.js';
import { tokenize, type Token } from './tokens.js';
import { CUES, TIME_BEFORE_IS, type CueKind } from './vocabulary/cues.js';

export type Unit =
  /** `honorific`: printed after one; `gender`: "ông" or "bà" when that was the honorific. */
  | { kind: 'name'; name: NameMatch; from: number; to: number; honorific: boolean; gender: Gender }
  /**
   * "Ông" or "Bà" opening a sentence with no name after it, or "ông"/"bà" after a phrase opening it
   * ("Tháng 01/1998, ông là Giám đốc …"): the person last named ("Ông là Ủy viên …").
   */
  /** `gender` null: "Đồng chí" opening a biography's sentence, either. */
  | { kind: 'pronoun'; gender: Gender }
  /**
   * `afterOf`: right after "của" ("thừa ủy quyền của | Chủ tịch nước"): someone else's office, named as
   * its owner; also a foreign guest's, after a verb opening the sentence ("Tiếp | Đại sứ Maroc, Chủ tịch nước X …"). `plural`: after "của các"/"các"/"những", many holders ("chất vấn của các | Đại biểu Quốc hội").
   * `counted`: after a number, holders counted ("có 2 | Phó giám đốc nghỉ hưu là bà X và ông Y").
   */
  | { kind: 'title'; title: TitleMatch; text: string; from: number; to: number; afterOf: boolean; plural: boolean; counted: boolean }
  /** `career`: a past career opens with it ("từng là", "từng giữ các chức vụ", "kinh qua"): the rest of the sentence lists posts. */
  | { kind: 'cue'; cue: CueKind; career?: true }
  | { kind: 'mark'; text: string }
  /** One or more other words in a row. */
  | { kind: 'word' };

export type Gender = 'ông' | 'bà' | null;

const genderOf = (token: Token | undefined): Gender => (token?.key === 'ông' || token?.key === 'bà' ? token.key : null);

/** Marks after which a word opens a sentence. */
const SENTENCE_OPENERS: ReadonlySet<string> = new Set(['.', '!', '?', ';', ':', '…']);

/**
 * Verbs of a reception that open a sentence before its subject: "Tiếp Đại sứ Maroc, Chủ tịch nước
 * Trần Đại Quang đánh giá …". A foreign guest's title after one (ending with the country) is the
 * guest's, not the subject's; "Gặp Phó Thủ tướng, Bộ trưởng Bộ Ngoại giao X, …" stays X's chain.
 */
const OPENING_VERBS: ReadonlySet<string> = new Set(['tiếp', 'gặp', 'đón', 'tiễn', 'thăm']);

/** Is tokens[i] a reception verb opening the sentence (OPENING_VERBS)? */
function openingVerb(tokens: readonly Token[], i: number): boolean {
  const token = tokens[i];
  if (!token?.cap || !OPENING_VERBS.has(token.key)) return false;
  const before = tokens[i - 1];
  return before === undefined || SENTENCE_OPENERS.has(before.text);
}

/** Most units of a phrase that opens a sentence before its subject ("Từ tháng 02/2006 - 9/2010, | ông là …"). */
const MAX_OPENING_PHRASE = 12;

/**
 * Do the units read so far end with a phrase of plain words and marks that opens the sentence, then a
 * comma ("Hai năm sau, | ông làm …", "Tháng 01/1998, | ông là …")? Then a lower-case "ông"/"bà" with no
 * name after it is the subject, the person last named, as "Ông" opening a sentence is. `cueNext`: the
 * phrase may end without the comma when a cue follows the pronoun ("Trong quá trình công tác | ông từng là …").
 */
function afterOpeningPhrase(units: readonly Unit[], cueNext: boolean): boolean {
  const n = units.length;
  const last = units[n - 1];
  const comma = last?.kind === 'mark' && last.text === ',';
  if (!comma && !(cueNext && last?.kind === 'word')) return false;
  const first = comma ? n - 2 : n - 1;
  if (first < 0) return false;
  for (let k = first; k >= 0 && n - k <= MAX_OPENING_PHRASE; k--) {
    const unit = units[k]!;
    if (unit.kind === 'mark' && SENTENCE_OPENERS.has(unit.text)) return k < first;
    // No one named in it ("Theo Bí thư X, ông …"), no aside; a post named without a holder may be
    // ("Năm 2013, khi đang là Viện trưởng …, ông được bổ nhiệm …").
    if (unit.kind === 'name' || unit.kind === 'pronoun' || (unit.kind === 'mark' && (unit.text === '(' || unit.text === ')'))) return false;
  }
  return first < MAX_OPENING_PHRASE;
}

/**
 * Do the units read so far end with an appointment's post: an appointment or post cue, then a title
 * ("bổ nhiệm | phó chánh án", "chức vụ | Phó Giám đốc Sở")? Not an acting post ("giao quyền Bộ trưởng …
 * cho ông X": an acting minister, which the title alone would not say).
 */
function postOfAppointment(units: readonly Unit[], tokens: readonly Token[]): boolean {
  const post = units.at(-1);
  const cue = units.at(-2);
  if (post?.kind !== 'title' || cue?.kind !== 'cue' || (cue.cue !== 'appoint' && cue.cue !== 'post')) return false;
  return tokens[post.title.start - 1]?.key !== 'quyền';
}

/** TIME_BEFORE_IS, folded as token keys are. */
const TIME_WORDS: ReadonlySet<string> = new Set(TIME_BEFORE_IS.map((w) => w.normalize('NFC').toLowerCase()));

/**
 * Every unit is made here with every field of every kind (those of other kinds left empty), in
 * one order, so that V8 gives all units one hidden class. attach.ts reads `kind` of units of
 * every kind at the same places; with one shape per kind (seven) those reads were megamorphic.
 */
function unitOf(
  kind: Unit['kind'],
  fields: {
    name?: NameMatch;
    from?: number;
    to?: number;
    honorific?: boolean;
    gender?: Gender;
    title?: TitleMatch;
    text?: string;
    afterOf?: boolean;
    plural?: boolean;
    counted?: boolean;
    cue?: CueKind;
    career?: true;
  },
): Unit {
  const unit = {
    kind,
    name: fields.name,
    from: fields.from ?? 0,
    to: fields.to ?? 0,
    honorific: fields.honorific ?? false,
    gender: fields.gender ?? null,
    title: fields.title,
    text: fields.text ?? '',
    afterOf: fields.afterOf ?? false,
    plural: fields.plural ?? false,
    counted: fields.counted ?? false,
    cue: fields.cue,
    career: fields.career,
  };
  return unit as unknown as Unit;
}

/** The cue of the holders of a post ("đối với"), for "cho" or "với" before an honorific. */
const HOLDERS: Unit = unitOf('cue', { cue: 'holders' });

/** The one unit that stands for a run of other words (units are never changed, so it is shared). */
const WORDS: Unit = unitOf('word', {});

/** One shared unit per punctuation mark (units are never changed): a text of 1,000,000 dots makes no unit per dot. */
const MARKS = new Map<string, Unit>();

/** The units of Latin-1 marks by character code: most marks, found with no Map look-up. */
const LATIN1_MARKS: (Unit | undefined)[] = new Array<Unit | undefined>(0x100).fill(undefined);

function markUnit(text: string): Unit {
  if (text.length === 1) {
    const code = text.charCodeAt(0);
    if (code < 0x100) return (LATIN1_MARKS[code] ??= unitOf('mark', { text }));
  }
  let unit = MARKS.get(text);
  if (!unit) {
    unit = unitOf('mark', { text });
    // Any character that is not a letter is a mark: keep the table small on strange text.
    if (MARKS.size < 1024) MARKS.set(text, unit);
  }
  return unit;
}

/** How many tokens each cue phrase covers. */
const CUE_LENGTH: ReadonlyMap<string, number> = new Map(Object.keys(CUES).map((cue) => [cue, tokenize(cue.normalize('NFC')).length]));

/** At most this many honorifics and prefixes before a name ("ông TS", "các đồng chí"). */
const MAX_PREFIXES = 3;

function nameUnit(name: NameMatch, tokens: readonly Token[], i: number, honorific: boolean, gender: Gender = null): Unit {
  return unitOf('name', { name, from: tokens[i]!.start, to: tokens[name.end - 1]!.end, honorific, gender });
}

/** Prefixes (honorifics, degrees) from i: how many tokens. */
function prefixLength(tokens: readonly Token[], i: number): number {
  let k = i;
  for (let n = 0; n < MAX_PREFIXES; n++) {
    const honorific = HONORIFIC.match(tokens, k);
    const h = honorific || ACADEMIC.match(tokens, k);
    if (h === 0) break;
    k += h;
    // "TS. Nguyễn Văn A": an abbreviated degree's point; after a word of address ("… gồm 27 đồng chí. Tại
    // phiên họp …") the point ends the sentence, and the capitalised word after it is no name.
    if (honorific === 0 && tokens[k]?.text === '.') k++;
    // "PGS, TS", "GS -TS": a comma or dash between two prefixes.
    const sep = tokens[k]?.text;
    if ((sep === ',' || sep === '-') && ACADEMIC.match(tokens, k + 1) > 0) k++;
  }
  return k - i;
}

function foreignAllowed(units: readonly Unit[]): boolean {
  const last = units.at(-1);
  if (!last) return false;
  if (last.kind === 'title') return true;
  // "Đại sứ Vương quốc Anh, Gareth Ward": after a comma, past a title that ends with its country.
  if (last.kind === 'mark' && last.text === ',') {
    const before = units.at(-2);
    return before?.kind === 'title' && before.title.country;
  }
  if (last.kind === 'cue') return last.cue === 'appoint' || (last.cue === 'and' && units.at(-2)?.kind === 'name');
  return false;
}

/**
 * A foreign name right after a title; one word alone that could be a Vietnamese syllable,
 * followed by a lowercase word, is the start of a compound: "Giám đốc Việt Nam | Công an vụ".
 */
function foreignAfterTitle(tokens: readonly Token[], i: number, afterCountry: boolean): NameMatch | null {
  const name = readForeignName(tokens, i, afterCountry);
  if (name && name.end === i + 1 && !isForeignWord(tokens[i]) && tokens[i + 1]?.word && !tokens[i + 1]!.cap) return null;
  return name;
}

const NUMBER = /^\d{1,4}$/u;

/** Numbers in words before a title that count its holders ("hai Phó Chủ tịch"). */
const COUNT_WORDS: ReadonlySet<string> = new Set(['hai', 'ba', 'bốn']);

/**
 * An age or birth year at `k`: "53 tuổi", "SN 1970", "sinh năm 1970", and inside brackets a
 * year alone ("(1970)"). Its length in tokens, or 0.
 */
function ageAt(tokens: readonly Token[], k: number, bracketed: boolean): number {
  const a = tokens[k]?.key;
  const b = tokens[k + 1]?.key;
  if (a === undefined) return 0;
  if (NUMBER.test(a) && b === 'tuổi') return 2;
  if (a === 'sn' && b !== undefined && NUMBER.test(b)) return 2;
  if (a === 'sinh' && b === 'năm' && NUMBER.test(tokens[k + 2]?.key ?? '')) return 3;
  return bracketed && /^\d{4}$/u.test(a) ? 1 : 0;
}

/**
 * An aside with a person's age between the name and the title, which stands for nothing:
 * "ông Nguyễn Văn Trung (53 tuổi), Cục trưởng …", "X, 55 tuổi, Giám đốc …", "X (SN 1970) -
 * Giám đốc …". How many tokens from `i` to skip: the whole bracket, or ", 55 tuổi" before the
 * next comma; "(55 tuổi, nguyên Giám đốc …)" loses "55 tuổi," and keeps its bracket.
 */
function asideLength(tokens: readonly Token[], i: number): { from: number; length: number } | null {
  const text = tokens[i]!.text;
  if (text === '(') {
    const age = ageAt(tokens, i + 1, true);
    if (age === 0) return null;
    const after = tokens[i + 1 + age]?.text;
    if (after === ')') return { from: i, length: age + 2 };
    if (after !== ',') return null;
    // "(sinh năm 1975, quê Hà Tĩnh)": the rest is about the person too, the whole bracket goes.
    const close = HOME_WORDS.has(tokens[i + 2 + age]?.key ?? '') ? closingBracket(tokens, i + 2 + age) : -1;
    return close > 0 ? { from: i, length: close + 1 - i } : { from: i + 1, length: age + 1 };
  }
  if (text === ',') {
    const obituary = obituaryEnd(tokens, i + 1);
    if (obituary > 0) return { from: i + 1, length: obituary - i };
    const age = ageAt(tokens, i + 1, false);
    const after = tokens[i + 1 + age]?.text;
    return age > 0 && (after === ',' || after === '-' || after === '–') ? { from: i, length: age + 1 } : null;
  }
  return null;
}

/** Words that open an obituary's clause of home after the birth date: "quê quán: …;", "trú quán: …;", "nơi ở: …;". */
const OBITUARY_HOME: ReadonlySet<string> = new Set(['quê', 'trú', 'nơi']);
/** Most tokens of one clause of an obituary's heading. */
const MAX_OBITUARY_CLAUSE = 24;
/** Most clauses of an obituary's heading skipped (birth, home, residence, …). */
const MAX_OBITUARY_CLAUSES = 4;

/**
 * An obituary's heading after a name and its comma, at k: "sinh ngày 2/5/1940; quê quán: xã …, huyện …, tỉnh
 * Nghệ An; trú quán: …; | nguyên Ủy viên …". A birth clause first ("sinh ngày", "sinh năm"), ended by ";" (or
 * "," when nothing follows it), then clauses of home, each ended by ";". The last token to skip, or -1 when
 * the words at k open no such heading.
 */
function obituaryEnd(tokens: readonly Token[], k: number): number {
  const first = tokens[k];
  if (first?.key !== 'sinh' || (tokens[k + 1]?.key !== 'ngày' && tokens[k + 1]?.key !== 'năm')) return -1;
  let end = -1;
  for (let clause = 0; clause < MAX_OBITUARY_CLAUSES; clause++) {
    const birth = clause === 0;
    if (!birth && !OBITUARY_HOME.has(tokens[k]?.key ?? '')) break;
    let j = k + 1;
    while (j < tokens.length && j - k < MAX_OBITUARY_CLAUSE && tokens[j]!.text !== ';' && !(birth && tokens[j]!.text === ',')) {
      const text = tokens[j]!.text;
      if (text === '.' || text === '(') return end;
      j++;
    }
    const mark = tokens[j]?.text;
    if (mark !== ';' && mark !== ',') return end;
    end = j;
    if (mark === ',') break;
    k = j + 1;
  }
  return end;
}

/** Words that open where a person lives or comes from, after an age: "(53 tuổi, quê Hà Tĩnh)", "(SN 1970, trú tại …)". */
const HOME_WORDS: ReadonlySet<string> = new Set(['quê', 'trú', 'ngụ', 'thường', 'tạm', 'sinh', 'dân']);

/** Most words of a home after a birth year, before "là" ("quê quán Ninh Bình"). */
const MAX_HOME_WORDS = 8;

/**
 * A birth year right after a name, "sinh năm 1962" or "SN 1962", and the home after it when "là" follows
 * (", quê quán Ninh Bình | là", ", quê Nghệ An, | là"): how many tokens to skip, or 0.
 */
function birthLength(tokens: readonly Token[], i: number): number {
  const age = ageAt(tokens, i, false);
  if (age === 0) return 0;
  const j = i + age;
  if (tokens[j]?.text !== ',' || !HOME_WORDS.has(tokens[j + 1]?.key ?? '')) return age;
  for (let k = j + 2; k < j + 2 + MAX_HOME_WORDS && k < tokens.length; k++) {
    const token = tokens[k]!;
    if (token.key === 'là') return k - i;
    if (token.text === ',' && tokens[k + 1]?.key === 'là') return k - i;
    if (!token.word) return age;
  }
  return age;
}

/** Longest aside searched for its closing bracket. */
const MAX_ASIDE_TOKENS = 16;

/** The ")" closing a bracket, from k on, before a sentence end and within MAX_ASIDE_TOKENS; or -1. */
function closingBracket(tokens: readonly Token[], k: number): number {
  for (let j = k; j < tokens.length && j - k < MAX_ASIDE_TOKENS; j++) {
    const text = tokens[j]!.text;
    if (text === ')') return j;
    if (text === '(' || text === '.') return -1;
  }
  return -1;
}

const ROMAN_OR_NUMBER = /^(?:[ivxl]{1,6}|\d{1,2})$/u;
const YEAR = /^\d{4}$/u;
const YEARS = /^\d{4}-\d{4}$/u;

/** A year range from `k`: "2021-2026" (one token), "2021 - 2026" or "1993 đến 2004"; its length in tokens, or 0. */
function yearsAt(tokens: readonly Token[], k: number): number {
  const a = tokens[k]?.key ?? '';
  if (YEARS.test(a)) return 1;
  const dash = tokens[k + 1]?.key;
  return YEAR.test(a) && (dash === '-' || dash === '–' || dash === 'đến') && YEAR.test(tokens[k + 2]?.key ?? '') ? 3 : 0;
}

/**
 * A term qualifier right after a title, which is no part of it (titles.ts ends the title
 * there) and must not end a chain of titles: "khóa XII", "khóa X, XI, XII", "nhiệm kỳ
 * 2021-2026", "(2005 - 2011)". Its length in tokens, or 0.
 */
/** A term's number: "XII", "X", "13" (a Roman numeral in capitals, not the word "vi" of "vi phạm"). */
function isTermNumber(token: Token | undefined): boolean {
  return token !== undefined && ROMAN_OR_NUMBER.test(token.key) && (token.cap || !/[a-z]/u.test(token.key));
}

function qualifierLength(tokens: readonly Token[], i: number): number {
  const key = tokens[i]?.key;
  if (key === 'khóa') {
    let k = i + 1;
    if (!isTermNumber(tokens[k])) return 0;
    k++;
    // "khóa X, XI, XII": more terms after commas.
    while (tokens[k]?.text === ',' && isTermNumber(tokens[k + 1])) k += 2;
    return k - i;
  }
  if (key === 'nhiệm' && tokens[i + 1]?.key === 'kỳ') {
    const years = yearsAt(tokens, i + 2);
    return years > 0 ? 2 + years : 0;
  }
  if (key === 'nk') {
    const years = yearsAt(tokens, i + 1);
    return years > 0 ? 1 + years : 0;
  }
  if (tokens[i]?.text === '(') {
    const years = yearsAt(tokens, i + 1);
    return years > 0 && tokens[i + 1 + years]?.text === ')' ? years + 2 : 0;
  }
  // "Tổng giám đốc FPT Software từ năm 2019, chuyển sang …": the year the post was taken, before a mark.
  if (key === 'từ' && tokens[i + 1]?.key === 'năm' && YEAR.test(tokens[i + 2]?.key ?? '')) {
    const after = tokens[i + 3];
    return after === undefined || (!after.word && AFTER_SINCE.has(after.text)) ? 3 : 0;
  }
  return 0;
}

/** Marks after which "từ năm YYYY" closes the title before it (qualifierLength). */
const AFTER_SINCE: ReadonlySet<string> = new Set([',', '.', ';', ')']);

/**
 * The cue phrase at i. Cues are lowercase words: one whose later word is printed in title case
 * is shortened before it ("giữ chức | Vụ trưởng" is not "giữ chức vụ" + "trưởng"). Text in
 * capitals ("GIỮ CHỨC VỤ") matches whole.
 */
function cueAt(tokens: readonly Token[], i: number): string | null {
  let cue = CUE.find(tokens, i);
  while (cue !== null) {
    const length = CUE_LENGTH.get(cue)!;
    let k = 1;
    while (k < length && !(tokens[i + k]!.cap && !tokens[i + k]!.caps)) k++;
    if (k === length) return cue;
    cue = CUE.find(tokens, i, k);
  }
  return null;
}

/** Cue phrases that open a past career: "từng là", "từng giữ các chức vụ", "kinh qua các chức vụ". */
const CAREER_START = /^(?:đã )?(?:từng|kinh qua)\s/u;
/** One shared unit per cue phrase (units are never changed), made once. */
const CUE_UNITS: ReadonlyMap<string, Unit> = new Map(
  Object.entries(CUES).map(([phrase, cue]) => [phrase, unitOf('cue', CAREER_START.test(phrase) ? { cue, career: true } : { cue })]),
);

/** A career cue whose list comes after a description and a colon (colonAhead). */
const CAREER_OVERVIEW = 'từng trải qua';
/** Most words between CAREER_OVERVIEW and its colon. */
const MAX_OVERVIEW = 16;

/** The colon that opens the list after a career's description from k, within MAX_OVERVIEW tokens and the sentence, when no title or name comes first; else k. */
function colonAhead(tokens: readonly Token[], k: number): number {
  for (let j = k; j < tokens.length && j - k < MAX_OVERVIEW; j++) {
    const token = tokens[j]!;
    if (token.text === ':') return j;
    if (FORMER_LIST_END.has(token.text) || (token.cap && token.word)) return k;
  }
  return k;
}

/** Marks that end a list of former posts opened by "nguyên:". */
const FORMER_LIST_END: ReadonlySet<string> = new Set(['.', '!', '?', ';']);

export function readUnits(tokens: readonly Token[], source: string): Unit[] {
  const units: Unit[] = [];
  /** "X, nguyên: T1, T2, T3": the word that makes each title of the list a former post, while it runs. */
  let formerList: string | null = null;
  let i = 0;
  while (i < tokens.length) {
    const token = tokens[i]!;
    if (formerList !== null && (FORMER_LIST_END.has(token.text) || (token.word && units.at(-1)?.kind === 'name'))) formerList = null;
    if (!token.word) {
      const aside = units.at(-1)?.kind === 'name' ? asideLength(tokens, i) : null;
      if (aside) {
        // The bracket stays when only the age inside it goes.
        if (aside.from > i) units.push(markUnit(token.text));
        i = aside.from + aside.length;
        continue;
      }
      units.push(markUnit(token.text));
      i++;
      continue;
    }
    // "chức vụ 3 Phó chủ tịch UBND tỉnh đối với các ông X, Y và Z": the count between a post
    // word and its title stands for nothing (attach.ts gives the post to each holder named).
    const last = units.at(-1);
    if (last?.kind === 'cue' && last.cue === 'post' && NUMBER.test(token.key)) {
      i++;
      continue;
    }
    const key = token.key;
    // "bổ nhiệm phó chánh án cho các ông X, Y và bà Z", "miễn nhiệm chức vụ Phó Thủ tướng với ông X": "cho" or "với"
    // before an honorific names the holders, as "đối với", right after the post of an appointment (not "hội đàm
    // với Phó Thủ tướng X", "gặp gỡ với ông X").
    // "đơn từ nhiệm chức danh Tổng giám đốc của ông X": "của" too, after a post word only ("chức danh", "chức vụ").
    // An academic prefix stands for the honorific: "bổ nhiệm chức vụ Giám đốc Bệnh viện … cho PGS.TS X".
    // The words asked for by name here and below start with "c", "v" or "s": their first
    // character is compared before any string is (a key is no interned string, so each
    // comparison of one with a word reads its characters).
    const first = key.charCodeAt(0);
    if (first === 0x63 || first === 0x76) {
      const postWord = units.at(-2);
      const of = key === 'của' && postWord?.kind === 'cue' && postWord.cue === 'post';
      if ((key === 'cho' || key === 'với' || of) && (HONORIFIC.match(tokens, i + 1) > 0 || ACADEMIC.match(tokens, i + 1) > 0) && postOfAppointment(units, tokens)) {
        units.push(HOLDERS);
        i++;
        continue;
      }
    }
    // "Thượng tướng X sinh năm 1962, quê quán Ninh Bình là Ủy viên …": the birth and home between a name and
    // its "là" stand for nothing.
    if (first === 0x73 && (key === 'sinh' || key === 'sn') && last?.kind === 'name') {
      const birth = birthLength(tokens, i);
      if (birth > 0) {
        i += birth;
        continue;
      }
    }
    // "2 Tổng Giám đốc trước đó là ông X và Y": a time word between a post and its "là" stands for nothing.
    if (last?.kind === 'title' && tokens[i + 2]?.key === 'là' && TIME_WORDS.has(`${key} ${tokens[i + 1]?.key ?? ''}`)) {
      i += 2;
      continue;
    }
    // A word that starts no unit (most words: one look-up each, then no table is asked):
    // at most a foreign name after a title.
    const listed = (startsOf(token) & (token.cap ? UNIT_STARTS.cap : UNIT_STARTS.lower)) !== 0;
    if (!listed && !(token.cap && foreignAllowed(units))) {
      if (units.at(-1) !== WORDS) units.push(WORDS);
      i++;
      continue;
    }
    const prefix = prefixLength(tokens, i);
    if (prefix > 0) {
      const at = i + prefix;
      // A foreign name of one word is trusted after an honorific ("ông Putin"), not after a
      // degree alone ("tiến sĩ Cơ điện tử", "tiến sĩ Hóa học": a subject, not a person).
      const honoured = HONORIFIC.match(tokens, i) > 0;
      const name = readVietnameseName(tokens, at, true) ?? readClanName(tokens, at) ?? readForeignName(tokens, at, honoured);
      if (name) {
        units.push(nameUnit(name, tokens, at, true, genderOf(tokens[at - 1])));
        i = name.end;
        continue;
      }
      const gender = genderOf(token);
      const previous = units.at(-1);
      const opening = (): boolean => afterOpeningPhrase(units, previous?.kind === 'word' && cueAt(tokens, i + 1) !== null);
      const opensSentence = !previous || (previous.kind === 'mark' && SENTENCE_OPENERS.has(previous.text));
      if (prefix === 1 && gender && (token.cap ? opensSentence : opening())) {
        units.push(unitOf('pronoun', { gender }));
        i++;
        continue;
      }
      // "Đồng chí đã kinh qua nhiều chức vụ: …", "Đồng chí từng giữ chức …" (obituaries, biographies): "Đồng chí"
      // opening a sentence with a cue right after it is the person last named, a man or a woman.
      // Lower case after a phrase opening the sentence: "Trong quá trình công tác, đồng chí đã kinh qua …".
      if (prefix === 2 && token.key === 'đồng' && tokens[i + 1]?.key === 'chí' && cueAt(tokens, at) !== null && (token.cap ? opensSentence : previous?.kind === 'mark' && afterOpeningPhrase(units, false))) {
        units.push(unitOf('pronoun', { gender: null }));
        i = at;
        continue;
      }
    }
    const former = FORMER_START.match(tokens, i);
    // "Trung tướng X, nguyên: Ủy viên Bộ Chính trị, Phó Chủ tịch …": the colon opens a list of former posts.
    if (former > 0 && tokens[i + former]?.text === ':' && readTitle(tokens, i + former + 1, source)) {
      formerList = source.slice(token.start, tokens[i + former - 1]!.end).toLowerCase();
      i += former + 1;
      continue;
    }
    const title = readTitle(tokens, i + former, source);
    if (title) {
      const from = token.start;
      // The title's text may end short of its tokens (a body's abbreviation in brackets: "(HĐQT)").
      const to = tokens[title.start]!.start + title.text.length;
      const before = tokens[i - 1]?.key;
      const afterOf = before === 'của' || (title.country && openingVerb(tokens, i - 1));
      const printed = source.slice(from, to);
      const text = formerList !== null && former === 0 ? `${formerList} ${printed}` : printed;
      const counted = before !== undefined && (COUNT_WORDS.has(before) || NUMBER.test(before));
      units.push(unitOf('title', { title, text, from, to, afterOf, plural: before === 'các' || before === 'những', counted }));
      i = title.end + qualifierLength(tokens, title.end);
      continue;
    }
    const previous = units.at(-1);
    const afterCountry = previous?.kind === 'title' && previous.title.country && previous.title.end === i;
    // "Rah Lan Chung, Trưởng Đoàn ĐBQH tỉnh": a clan name of the Central Highlands, read like a Vietnamese name.
    const name = readVietnameseName(tokens, i) ?? readClanName(tokens, i) ?? (foreignAllowed(units) ? foreignAfterTitle(tokens, i, afterCountry) : null);
    // "quê xã Thắng Mố, huyện Yên Minh, tỉnh Hà Giang": after a place's kind in lower case that no title
    // holds, capitalised syllables are the place's name, however much they look like a person's.
    if (name && !name.foreign && previous === WORDS && PLACE_KIND.match(tokens, i - 1) === 1 && !tokens[i - 1]!.cap) {
      units.push(WORDS);
      i = name.end;
      continue;
    }
    if (name) {
      units.push(nameUnit(name, tokens, i, false));
      i = name.end;
      continue;
    }
    const cue = cueAt(tokens, i);
    if (cue !== null) {
      // "X được bổ nhiệm là tân T": "là" right after an appointment is its "làm".
      const previousCue = units.at(-1);
      const asRole = cue === 'là' && previousCue?.kind === 'cue' && previousCue.cue === 'appoint';
      units.push(CUE_UNITS.get(asRole ? 'làm' : cue)!);
      i += CUE_LENGTH.get(cue)!;
      // "Ông An từng trải qua nhiều vị trí công tác, lãnh đạo quản lý ngành điện như: T1 (…); T2": the
      // words up to the colon describe the list that follows, and stand for nothing.
      if (cue === CAREER_OVERVIEW) i = colonAhead(tokens, i);
      continue;
    }
    if (units.at(-1) !== WORDS) units.push(WORDS);
    i++;
  }
  return units;
}
