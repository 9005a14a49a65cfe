/**
 * Could a folded word be one Vietnamese syllable? the officials pass asks it of capitalised words
 * (a word that cannot be is a foreign name's: "Putin", "Scott"), its tokenizer of the two
 * halves of a hyphenated word ("Nghĩa-Ủy": two syllables glued by a dash, not "Rapp-Hooper").
 */

/** Letters a Vietnamese syllable never has, or a shape it never takes (on the letters without their marks). */
export const VIETNAMESE_SYLLABLE =
  /^(?:ngh|ng|nh|ch|gh|gi|kh|ph|th|tr|qu|[bcdghklmnrstvx])?(?:ieu|yeu|oai|oay|oao|oeo|uai|uay|uoi|uou|uya|uye|uyu|ai|ao|au|ay|eo|eu|ia|ie|iu|oa|oe|oi|ua|ue|ui|uo|uu|uy|ye|[aeiouy])(?:ch|ng|nh|[cmnpt])?$/u;
const MARKS = /\p{M}/gu;
/** Each Vietnamese lowercase letter with marks → its base letter ("ệ" → "e", "đ" → "d"). */
const BASE_LETTER: ReadonlyMap<string, string> = new Map(
  [...'àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ'].map((ch) => [
    ch,
    ch === 'đ' ? 'd' : ch.normalize('NFD').replace(MARKS, ''),
  ]),
);

/** The folded word with each Vietnamese letter's marks taken off ("nghĩa" → "nghia"). */
export function bareLetters(key: string): string {
  let bare = '';
  for (const ch of key) bare += BASE_LETTER.get(ch) ?? ch;
  return bare;
}

/** A folded word (lower case) that can be one Vietnamese syllable. */
export function isVietnameseSyllable(key: string): boolean {
  return VIETNAMESE_SYLLABLE.test(bareLetters(key));
}
