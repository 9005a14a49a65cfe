/**
 * Text → tokens with offsets: words (letters and digits, joined by inner "-", "."
 * or "'": "TP.HCM", "Ả-rập", "Jae-in", "R.Pompeo") and single punctuation marks.
 * The matchers work on tokens so that offsets of names always point into the text.
 */
import { foldKey } from '../../readers/text/fold.js';

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
}

const TOKEN = /[\p{L}\p{M}\p{N}]+(?:[-'’.][\p{L}\p{M}\p{N}]+)*|\S/gu;
const LETTER = /\p{L}/u;
const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;
const NOT_LETTER = /[^\p{L}]/gu;

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(TOKEN)) {
    const raw = match[0];
    const start = match.index;
    const first = raw[0]!;
    const word = WORD_CHAR.test(first);
    const upper = raw.toUpperCase();
    const cap = LETTER.test(first) && first === first.toUpperCase() && first !== first.toLowerCase();
    const letters = raw.replace(NOT_LETTER, '');
    tokens.push({
      text: raw,
      key: foldKey(raw),
      start,
      end: start + raw.length,
      word,
      cap,
      caps: letters.length >= 2 && raw === upper && raw !== raw.toLowerCase(),
    });
  }
  return tokens;
}

/**
 * A word list matched against tokens, longest entry first. Entries are tokenized and
 * folded like the text, so "Ủy viên" matches "uỷ viên" and "ỦY VIÊN".
 */
export interface PhraseTable {
  /** Number of tokens the longest entry starting at `i` covers, or 0. */
  match(tokens: readonly Token[], i: number): number;
  has(key: string): boolean;
}

export function phraseTable(entries: readonly string[]): PhraseTable {
  const byFirst = new Map<string, string[][]>();
  const whole = new Set<string>();
  for (const entry of entries) {
    const keys = tokenize(entry.normalize('NFC')).map((t) => t.key);
    if (keys.length === 0) continue;
    whole.add(keys.join(' '));
    const list = byFirst.get(keys[0]!) ?? [];
    list.push(keys);
    byFirst.set(keys[0]!, list);
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.length - a.length);
  return {
    match(tokens, i) {
      const first = tokens[i];
      if (!first) return 0;
      const candidates = byFirst.get(first.key);
      if (!candidates) return 0;
      for (const keys of candidates) {
        if (keys.every((key, k) => tokens[i + k]?.key === key)) return keys.length;
      }
      return 0;
    },
    has: (key) => whole.has(key),
  };
}
