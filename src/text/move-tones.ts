/**
 * Old-style tone placement moved to the new style, keeping case and length:
 * "Uỷ ban" → "Ủy ban", "khoá" → "khóa", "Hoà" → "Hòa". Each change swaps two
 * characters for two, so an index into the result is an index into the input: match
 * word lists written in one style against text typed in either, then slice the input.
 */

/** Tone-marked vowels in tone order (huyền, sắc, hỏi, ngã, nặng), by base letter. */
const TONED: Readonly<Record<string, string>> = {
  a: 'àáảãạ', e: 'èéẻẽẹ', y: 'ỳýỷỹỵ',
  o: 'òóỏõọ', O: 'ÒÓỎÕỌ', u: 'ùúủũụ', U: 'ÙÚỦŨỤ',
};

/**
 * "oà", "oé", "uỷ" (either case for the first letter) ending a syllable: the tone sits on
 * the second vowel. Only an open syllable has two spellings; before a final consonant
 * ("toàn", "hoạt", "quyết") both styles mark the second vowel, and it stays as it is.
 */
const OLD_TONE = /([oO])([àáảãạèéẻẽẹ])(?!\p{L})|([uU])([ỳýỷỹỵ])(?!\p{L})/gu;

function moved(first: string, second: string, base: 'a' | 'e' | 'y'): string {
  const tone = (TONED[base] ?? '').indexOf(second);
  const marked = TONED[first]?.[tone];
  return marked === undefined ? first + second : marked + base;
}

function baseOf(second: string): 'a' | 'e' | 'y' {
  if ((TONED.a ?? '').includes(second)) return 'a';
  return (TONED.e ?? '').includes(second) ? 'e' : 'y';
}

export function moveTones(text: string): string {
  return text.replace(OLD_TONE, (match: string, o?: string, oSecond?: string, u?: string, uSecond?: string) => {
    const first = o ?? u;
    const second = oSecond ?? uSecond;
    return first === undefined || second === undefined ? match : moved(first, second, baseOf(second));
  });
}
