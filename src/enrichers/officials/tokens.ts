/**
 * Text → tokens with offsets: words (letters and digits, joined by inner "-", ".",
 * "'" or "&": "TP.HCM", "Ả-rập", "Jae-in", "R.Pompeo", "TN&MT") and single punctuation marks.
 * The matchers work on tokens so that offsets of names always point into the text.
 */
import { foldTones } from '../../readers/text/fold.js';
import { isVietnameseSyllable } from './syllable.js';

/**
 * What a word is, whatever its place: its folded key and case, and the answers the
 * matchers ask of it. One per distinct spelling, kept across blocks and articles (news
 * repeats its words), so a word is folded and looked up in the word lists once, not at
 * each of its occurrences.
 */
export interface Word {
  /** Folded (lower case, tone placement) for table look-ups. */
  readonly key: string;
  /** A word, not punctuation. */
  readonly word: boolean;
  /** Starts with a capital letter. */
  readonly cap: boolean;
  /** Two or more letters, all capitals ("UBND", "NGUYỄN"). */
  readonly caps: boolean;
  /** names.ts's answer to "could this be a Vietnamese syllable?", kept once asked. */
  foreign: boolean | undefined;
  /** phrases.ts's entry for this key, and the index it came from, kept once asked. */
  phrases: unknown;
  phrasesOf: unknown;
}

export interface Token {
  text: string;
  /** The word's key, case and flags (copied from `is`, read on every step of the matchers). */
  key: string;
  start: number;
  end: number;
  word: boolean;
  cap: boolean;
  caps: boolean;
  /** The shared facts about this spelling. */
  is: Word;
}

/**
 * Word characters by code unit: ASCII letters and digits, and from U+00C0 up the
 * Latin letters and combining marks Vietnamese uses, minus the symbol and
 * punctuation blocks ("“", "–", "…"). A hand-written scan: this runs on every word
 * of every article, and a Unicode-property regex was most of the officials pass.
 */
function isWordUnit(c: number): boolean {
  if (c < 0xc0) return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
  if (c === 0xd7 || c === 0xf7) return false;
  return c < 0x2000 || (c > 0x2bff && c < 0x3000) || (c > 0x303f && c < 0xfe30) || c > 0xfe4f;
}

/** Inside a word, these join two word characters: "TP.HCM", "Ả-rập", "R.Pompeo", "TN&MT". */
function isJoiner(c: number): boolean {
  return c === 0x2d || c === 0x2e || c === 0x27 || c === 0x2019 || c === 0x26;
}

const SPACE = /\s/u;

/** No letter of the word is lower case: each equals its upper-case form or is a digit or joiner (ASCII non-letters). */
function allCapitals(raw: string, lower: string): boolean {
  for (let k = 0; k < raw.length; k++) {
    const c = raw.charCodeAt(k);
    if (c !== lower.charCodeAt(k)) continue;
    if ((c >= 0x61 && c <= 0x7a) || c >= 0xc0) return false;
  }
  return true;
}

function describe(raw: string): Word {
  const lower = raw.toLowerCase();
  // NFC text: a letter is one UTF-16 unit, so the first units compare as letters.
  const cap = raw.charCodeAt(0) !== lower.charCodeAt(0);
  return {
    key: foldTones(lower),
    word: isWordUnit(raw.charCodeAt(0)),
    cap,
    caps: cap && raw.length >= 2 && lower.length === raw.length && allCapitals(raw, lower),
    // Present from the start, so every word has one shape for V8.
    foreign: undefined,
    phrases: undefined,
    phrasesOf: undefined,
  };
}

/** Spellings seen, up to this many (then the table starts again: hostile text cannot grow it without bound). */
const KEPT_WORDS = 32_768;
/**
 * Only words this short are kept: V8 makes a longer slice a view into the whole text, which
 * a kept word would hold in memory (a batch's texts, one word each). Syllables are at most 7.
 */
const KEPT_LENGTH = 12;
const spellings = new Map<string, Word>();

function wordOf(raw: string): Word {
  if (raw.length > KEPT_LENGTH) return describe(raw);
  let word = spellings.get(raw);
  if (word === undefined) {
    if (spellings.size >= KEPT_WORDS) spellings.clear();
    spellings.set(raw, (word = describe(raw)));
  }
  return word;
}

function token(text: string, start: number, end: number): Token {
  const raw = text.slice(start, end);
  const is = wordOf(raw);
  return { text: raw, key: is.key, start, end, word: is.word, cap: is.cap, caps: is.caps, is };
}

/** Latin-1 punctuation as tokens' words, made once: a text of dots makes no string per dot. */
const LATIN1 = Array.from({ length: 0x100 }, (_, c) => String.fromCharCode(c));
const LATIN1_WORDS = LATIN1.map(describe);

/** A Latin-1 punctuation token: its text is its key, no case, not a word. */
function mark(c: number, start: number): Token {
  const is = LATIN1_WORDS[c]!;
  return { text: LATIN1[c]!, key: is.key, start, end: start + 1, word: false, cap: false, caps: false, is };
}

/** Folded, for the syllable test of a word's part. */
const folded = (part: string): string => foldTones(part.toLowerCase());

/**
 * Two syllables glued by a dash where a space-dash-space was meant, the second capitalised:
 * "Nguyễn Trọng Nghĩa-Ủy viên Bộ Chính trị" (some papers print lists so). Split there; a
 * foreign "Rapp-Hooper", "Jean-Pierre" and a lower-case "Jae-in" stay one word.
 */
function gluedByDash(text: string, part: number, dash: number): boolean {
  const after = text.charAt(dash + 1);
  if (after === after.toLowerCase()) return false;
  let end = dash + 1;
  while (end < text.length && isWordUnit(text.charCodeAt(end))) end++;
  return isVietnameseSyllable(folded(text.slice(part, dash))) && isVietnameseSyllable(folded(text.slice(dash + 1, end)));
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (isWordUnit(c)) {
      let j = i + 1;
      let part = i; // where the part after the last joiner starts
      while (j < n) {
        const d = text.charCodeAt(j);
        if (isWordUnit(d)) j++;
        else if (isJoiner(d) && j + 1 < n && isWordUnit(text.charCodeAt(j + 1))) {
          if (d === 0x2d && gluedByDash(text, part, j)) break;
          j += 2;
          part = j - 1;
        } else break;
      }
      tokens.push(token(text, i, j));
      i = j;
    } else if (c <= 0x20 || (c >= 0x80 && SPACE.test(text.charAt(i)))) {
      i++;
    } else {
      // One punctuation mark (a surrogate pair stays whole).
      const width = c >= 0xd800 && c <= 0xdbff && i + 1 < n ? 2 : 1;
      tokens.push(width === 1 && c < 0x100 ? mark(c, i) : token(text, i, i + width));
      i += width;
    }
  }
  return tokens;
}
