/**
 * Comparison keys for Vietnamese text: lower case, spaces collapsed, and the
 * old/new tone placement folded ("hoà" = "hòa", "Thuỷ" = "Thủy"), so that word
 * lists and repeated lines match however a site typed them. Input is NFC (the
 * text layer guarantees it; word lists are normalized when their sets are built).
 */

/** Old-style tone on the second vowel of oa/oe/uy → new style on the first ("oà" → "òa"). */
const OLD_TONE = /o[àáảãạ]|o[èéẻẽẹ]|u[ỳýỷỹỵ]/gu;
const TONE_MOVE: Readonly<Record<string, string>> = {
  oà: 'òa', oá: 'óa', oả: 'ỏa', oã: 'õa', oạ: 'ọa',
  oè: 'òe', oé: 'óe', oẻ: 'ỏe', oẽ: 'õe', oẹ: 'ọe',
  uỳ: 'ùy', uý: 'úy', uỷ: 'ủy', uỹ: 'ũy', uỵ: 'ụy',
};
const SPACES = /\s{2,}|[\t\n\r\f\v\u00a0]/u;

/** Old-style tone placement → new, on text already in lower case. */
export function foldTones(lower: string): string {
  return OLD_TONE_HERE.test(lower) ? lower.replace(OLD_TONE, (m) => TONE_MOVE[m] ?? m) : lower;
}

/** OLD_TONE without the g flag, for a test that keeps no state between calls. */
const OLD_TONE_HERE = /o[àáảãạèéẻẽẹ]|u[ỳýỷỹỵ]/u;

export function foldKey(s: string): string {
  let t = s.toLowerCase();
  if (SPACES.test(t)) t = t.replace(/\s+/gu, ' ');
  t = t.trim();
  return t.replace(OLD_TONE, (m) => TONE_MOVE[m] ?? m);
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
