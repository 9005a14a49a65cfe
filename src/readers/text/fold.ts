/**
 * Comparison keys for Vietnamese text: NFC, lower case, spaces collapsed, and the
 * old/new tone placement folded ("hoà" = "hòa", "Thuỷ" = "Thủy"), so that word
 * lists and repeated lines match however a site typed them.
 */

/** Old-style tone on the first vowel of oa/oe/uy → new style on the second. */
const TONE_PAIRS: ReadonlyArray<readonly [string, string]> = [
  ['òa', 'oà'], ['óa', 'oá'], ['ỏa', 'oả'], ['õa', 'oã'], ['ọa', 'oạ'],
  ['òe', 'oè'], ['óe', 'oé'], ['ỏe', 'oẻ'], ['õe', 'oẽ'], ['ọe', 'oẹ'],
  ['ùy', 'uỳ'], ['úy', 'uý'], ['ủy', 'uỷ'], ['ũy', 'uỹ'], ['ụy', 'uỵ'],
];

export function foldKey(s: string): string {
  let t = s.normalize('NFC').toLowerCase().replace(/\s+/gu, ' ').trim();
  for (const [modern, old] of TONE_PAIRS) if (t.includes(old)) t = t.split(old).join(modern);
  return t;
}

/** A Set of folded keys for fast membership tests. */
export function foldedSet(words: readonly string[]): ReadonlySet<string> {
  return new Set(words.map(foldKey));
}
