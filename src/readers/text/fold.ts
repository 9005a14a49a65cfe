/**
 * Comparison keys for Vietnamese text: lower case, spaces collapsed, and the
 * old/new tone placement folded ("hoà" = "hòa", "Thuỷ" = "Thủy"), so that word
 * lists and repeated lines match however a site typed them. Input is NFC (the
 * text layer guarantees it; word lists are normalized when their sets are built).
 */
import { moveTones } from '../../text/move-tones.js';

const SPACES = /\s{2,}|[\t\n\r\f\v\u00a0]/u;

/** Old-style tone placement → new, on text already in lower case (hot: a quick test first). */
export function foldTones(lower: string): string {
  return MAY_HAVE_OLD_TONE.test(lower) ? moveTones(lower) : lower;
}

/**
 * Where text/move-tones.ts has something to move ("hoà", "uỷ": an open syllable, so most
 * text, "toàn", "hoạt", has nothing); no g flag, so no state between calls.
 */
const MAY_HAVE_OLD_TONE = /[oO][àáảãạèéẻẽẹ](?!\p{L})|[uU][ỳýỷỹỵ](?!\p{L})/u;

export function foldKey(s: string): string {
  let t = s.toLowerCase();
  if (SPACES.test(t)) t = t.replace(/\s+/gu, ' ');
  return foldTones(t.trim());
}

/**
 * Whether two lines are the same text up to case and tone placement. Cheap on
 * the common case: lines of different lengths are never folded.
 */
export function sameText(a: string, b: string): boolean {
  return a.length === b.length && (a === b || foldKey(a) === foldKey(b));
}

/**
 * Text in capitals ("TTVH", "BIẾN ĐỔI", "Q"): checked by case mapping rather than \p{Lu}
 * classes, the same answer with nothing large to compile at start-up.
 */
export const inCapitals = (s: string): boolean => s === s.toUpperCase() && s !== s.toLowerCase();

/** A Set of folded keys for fast membership tests. */
export function foldedSet(words: readonly string[]): ReadonlySet<string> {
  return new Set(words.map((w) => foldKey(w.normalize('NFC'))));
}

/** A title's words, at least this many, make a slug distinctive enough to look for. */
const MIN_SLUG_WORDS = 4;

/**
 * The title as its URL slug, words spaced: lower case, no tone or vowel marks, "đ" as "d", anything
 * else between words a space ("Những bức hình về Việt Nam" → "nhung buc hinh ve viet nam"), as sites
 * that use the slug for every photo's alt text print it. Null for a title of fewer than MIN_SLUG_WORDS words.
 */
export function slugOf(title: string): string | null {
  const slug = slugWords(title);
  return slug.split(' ').length >= MIN_SLUG_WORDS ? slug : null;
}

/** Text as a URL slug's words, spaced (see slugOf), whatever its length. */
export function slugWords(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/gu, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/gu, ' ')
    .trim();
}
