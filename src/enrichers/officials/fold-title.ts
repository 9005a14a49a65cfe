/**
 * Comparing titles: abbreviations spelt out, case and tone placement folded, so
 * "Phó Chủ nhiệm UBKT Trung ương" = "Phó chủ nhiệm Ủy ban Kiểm tra Trung ương".
 * One title covers another when it has the same head and every word of the other in
 * order ("Bí thư Thành ủy" ⊂ "Bí thư Thành ủy Hải Phòng", "Phó Chủ tịch tỉnh Sơn La"
 * ⊂ "Phó Chủ tịch UBND tỉnh Sơn La"); the article's fullest print is kept.
 */
import { foldTones } from '../../readers/text/fold.js';
import { FULL_FORM } from './lexicon.js';

const PUNCTUATION = /[.,;:()"“”]/gu;

export function foldTitle(title: string): string[] {
  const words: string[] = [];
  for (const word of foldTones(title.toLowerCase()).replace(PUNCTUATION, ' ').split(' ')) {
    if (!word) continue;
    const full = FULL_FORM.get(word);
    if (full) words.push(...full.split(' '));
    else words.push(word);
  }
  return words;
}

/** Words of `inner` appear in `outer` in order, with the same first two words. */
export function covers(outer: readonly string[], inner: readonly string[]): boolean {
  if (inner.length > outer.length) return false;
  const head = Math.min(2, inner.length);
  for (let k = 0; k < head; k++) if (outer[k] !== inner[k]) return false;
  let o = head;
  for (let k = head; k < inner.length; k++) {
    while (o < outer.length && outer[o] !== inner[k]) o++;
    if (o === outer.length) return false;
    o++;
  }
  return true;
}

/**
 * Titles as printed → each post once, in its fullest print, in order of first print.
 * Equal after folding: the longer print (abbreviations spelt out) wins.
 */
export function fullestTitles(printed: readonly string[], fold: (title: string) => string[] = foldTitle): string[] {
  const kept: { text: string; words: string[] }[] = [];
  const seen = new Set<string>();
  for (const text of printed) {
    if (seen.has(text)) continue;
    seen.add(text);
    const words = fold(text);
    if (words.length === 0) continue;
    const same = kept.findIndex((k) => k.words.join(' ') === words.join(' '));
    if (same >= 0) {
      if (text.length > kept[same]!.text.length) kept[same] = { text, words };
      continue;
    }
    if (kept.some((k) => covers(k.words, words))) continue;
    const covered = kept.findIndex((k) => covers(words, k.words));
    if (covered >= 0) {
      kept[covered] = { text, words };
      for (let k = kept.length - 1; k > covered; k--) if (covers(words, kept[k]!.words)) kept.splice(k, 1);
      continue;
    }
    kept.push({ text, words });
  }
  return kept.map((k) => k.text);
}

/** foldTitle with its answers kept, for one article's worth of calls. */
export function memoFoldTitle(): (title: string) => string[] {
  const known = new Map<string, string[]>();
  return (title) => {
    let words = known.get(title);
    if (!words) known.set(title, (words = foldTitle(title)));
    return words;
  };
}
