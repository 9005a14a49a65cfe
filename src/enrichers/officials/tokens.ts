/**
 * Text → tokens with offsets: words (letters and digits, joined by inner "-", ".",
 * "'" or "&": "TP.HCM", "Ả-rập", "Jae-in", "R.Pompeo", "TN&MT") and single punctuation marks.
 * The matchers work on tokens so that offsets of names always point into the text.
 */
import { foldTones } from '../../readers/text/fold.js';
import { isVietnameseSyllable } from '../../text/syllable.js';

export interface Token {
  text: string;
  /** Folded (lower case, tone placement) for table look-ups. */
  key: string;
  start: number;
  end: number;
  /** A word, not punctuation. */
  word: boolean;
  /** Starts with a capital letter. */
  cap: boolean;
  /** Two or more letters, all capitals ("UBND", "NGUYỄN"). */
  caps: boolean;
  /** names.ts's answer to "could this be a Vietnamese syllable?", kept once asked. */
  foreign?: boolean;
  /** phrases.ts's look-up of this key, kept once asked (one Map look-up per token, not per table). */
  phrases?: unknown;
  /** names.ts's answers to "a syllable in title case? in capitals?", kept once asked (bits; 0: none asked). */
  shape: number;
}

/**
 * Word characters by code unit, as a table (64 KB, filled by ranges once): ASCII letters
 * and digits, and from U+00C0 up the Latin letters and combining marks Vietnamese uses,
 * minus the symbol and punctuation blocks ("“", "–", "…"). The Ohm, Kelvin and Angstrom
 * signs are letters in lower case ("ω", "k", "å"): words, so that a character's class
 * never changes with its case (tokenize classes the lower-case copy). A table, not range
 * tests: this runs on every character of every article, and Vietnamese text switches
 * between ASCII and other letters every few characters, which branches mispredict.
 */
const WORD_UNITS = new Uint8Array(0x10000);
WORD_UNITS.fill(1, 0x30, 0x3a);
WORD_UNITS.fill(1, 0x41, 0x5b);
WORD_UNITS.fill(1, 0x61, 0x7b);
WORD_UNITS.fill(1, 0xc0, 0x2000);
WORD_UNITS[0xd7] = WORD_UNITS[0xf7] = 0; // × ÷
WORD_UNITS.fill(1, 0x2c00, 0x3000);
WORD_UNITS.fill(1, 0x3040, 0xfe30);
WORD_UNITS.fill(1, 0xfe50, 0x10000);
WORD_UNITS[0x2126] = WORD_UNITS[0x212a] = WORD_UNITS[0x212b] = 1;

function isWordUnit(c: number): boolean {
  return WORD_UNITS[c] === 1;
}

/** Inside a word, these join two word characters: "TP.HCM", "Ả-rập", "R.Pompeo", "TN&MT". */
function isJoiner(c: number): boolean {
  return c === 0x2d || c === 0x2e || c === 0x27 || c === 0x2019 || c === 0x26;
}

const SPACE = /\s/u;

/** The text in lower case with tones folded, once per block, when that keeps every offset. */
interface Folded {
  lower: string;
  key: string;
}

function foldWhole(text: string): Folded | null {
  const lower = text.toLowerCase();
  if (lower.length !== text.length) return null;
  const key = foldTones(lower);
  return key.length === text.length ? { lower, key } : null;
}

/**
 * No letter of text[start, end) is lower case: none equals its lower-case form, save digits
 * and joiners (ASCII non-letters). Checked on the block's lower-case copy, so no string is
 * made per word (a capitalised word usually fails at its second letter).
 */
function allCapitals(text: string, lower: string, start: number, end: number): boolean {
  for (let k = start; k < end; k++) {
    const c = text.charCodeAt(k);
    if (c !== lower.charCodeAt(k)) continue;
    if ((c >= 0x61 && c <= 0x7a) || c >= 0xc0) return false;
  }
  return true;
}

function token(text: string, start: number, end: number, folded: Folded | null): Token {
  const raw = text.slice(start, end);
  const lower = folded ? folded.lower : raw.toLowerCase();
  const first = folded ? start : 0;
  // NFC text: a letter is one UTF-16 unit, so the first units compare as letters.
  const cap = raw.charCodeAt(0) !== lower.charCodeAt(first);
  return {
    text: raw,
    key: folded ? folded.key.slice(start, end) : foldTones(lower),
    start,
    end,
    word: isWordUnit(raw.charCodeAt(0)),
    cap,
    caps: cap && raw.length >= 2 && (folded ? allCapitals(text, folded.lower, start, end) : raw === raw.toUpperCase()),
    // Present from the start, so every token has one shape for V8.
    foreign: undefined,
    phrases: undefined,
    shape: 0,
  };
}

/** Latin-1 punctuation as one-character strings, made once: a text of dots makes no string per dot. */
const LATIN1 = Array.from({ length: 0x100 }, (_, c) => String.fromCharCode(c));

/** A Latin-1 punctuation token: its text is its key, no case, not a word. */
function mark(c: number, start: number): Token {
  const text = LATIN1[c]!;
  return { text, key: text, start, end: start + 1, word: false, cap: false, caps: false, foreign: undefined, phrases: undefined, shape: 0 };
}

/** Abbreviated kinds of place glued to the place's name: thành phố, phường, quận, thị xã, thị trấn. */
export const PLACE_ABBREVIATIONS: ReadonlySet<string> = new Set(['tp', 'p', 'q', 'tx', 'tt']);

/**
 * "TP.Hà Nội", "P.Hạc Thành": a place's abbreviated kind glued to its name, which goes on in
 * title case (not "TP.HCM", one abbreviation). Split after the kind, as if printed "TP. Hà Nội".
 */
function cityBeforeName(text: string, folded: Folded, part: number, dot: number): boolean {
  if (dot - part > 2 || !PLACE_ABBREVIATIONS.has(folded.lower.slice(part, dot)) || text.charCodeAt(part) === folded.lower.charCodeAt(part)) return false;
  const next = dot + 1;
  return text.charCodeAt(next) !== folded.lower.charCodeAt(next) && text.charCodeAt(next + 1) === folded.lower.charCodeAt(next + 1);
}

/** An en or em dash: printed as it is, looked up as "-" ("Ban Văn hóa – Xã hội" is "Văn hóa - Xã hội" of the lists). */
function dash(c: number, start: number): Token {
  return { text: String.fromCharCode(c), key: '-', start, end: start + 1, word: false, cap: false, caps: false, foreign: undefined, phrases: undefined, shape: 0 };
}

/** Longest abbreviation glued after a dash ("Dung-UVBTV"). */
const MAX_GLUED_ABBREVIATION = 8;

/**
 * Two syllables glued by a dash where a space-dash-space was meant, the second capitalised:
 * "Nguyễn Trọng Nghĩa-Ủy viên Bộ Chính trị" (some papers print lists so), or a syllable and
 * an abbreviation in capitals: "Huỳnh Thị Thùy Dung-UVBTV, Trưởng ban Dân vận". Split there;
 * a foreign "Rapp-Hooper", "Jean-Pierre" and a lower-case "Jae-in" stay one word.
 */
function gluedByDash(text: string, folded: Folded, part: number, dash: number): boolean {
  if (text.charCodeAt(dash + 1) === folded.lower.charCodeAt(dash + 1)) return false;
  let end = dash + 1;
  while (end < text.length && isWordUnit(text.charCodeAt(end))) end++;
  if (!isVietnameseSyllable(folded.key.slice(part, dash))) return false;
  const rest = text.slice(dash + 1, end);
  const abbreviation = rest.length >= 2 && rest.length <= MAX_GLUED_ABBREVIATION && rest === rest.toUpperCase() && !/\d/u.test(rest);
  return abbreviation || isVietnameseSyllable(folded.key.slice(dash + 1, end));
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const folded = foldWhole(text);
  // Characters are classed on the lower-case copy when there is one: lower case changes no
  // character's class (isWordUnit), and the copy is a flat string of its own, where the
  // reader's paragraphs are slices of the whole input, slower to read character by character.
  const scan = folded ? folded.lower : text;
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = scan.charCodeAt(i);
    if (isWordUnit(c)) {
      let j = i + 1;
      let part = i; // where the part after the last joiner starts
      while (j < n) {
        const d = scan.charCodeAt(j);
        if (isWordUnit(d)) j++;
        else if (isJoiner(d) && j + 1 < n && isWordUnit(scan.charCodeAt(j + 1))) {
          if (d === 0x2d && folded && gluedByDash(text, folded, part, j)) break;
          if (d === 0x2e && folded && cityBeforeName(text, folded, part, j)) break;
          j += 2;
          part = j - 1;
        } else break;
      }
      tokens.push(token(text, i, j, folded));
      i = j;
    } else if (c <= 0x20 || (c >= 0x80 && SPACE.test(scan.charAt(i)))) {
      i++;
    } else {
      // One punctuation mark (a surrogate pair stays whole).
      const width = c >= 0xd800 && c <= 0xdbff && i + 1 < n ? 2 : 1;
      tokens.push(width === 1 && c < 0x100 ? mark(c, i) : c === 0x2013 || c === 0x2014 ? dash(c, i) : token(text, i, i + width, folded));
      i += width;
    }
  }
  return tokens;
}
