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
 * More prints of one head than any real article gives a person: past this, prints of the
 * head are kept as they are instead of compared with each other (bounds hostile text).
 */
const MAX_SAME_HEAD = 64;

interface Kept {
  text: string;
  words: string[];
  key: string;
  dropped: boolean;
}

/**
 * Titles as printed → each post once, in its fullest print, in order of first print.
 * Equal after folding: the longer print (abbreviations spelt out) wins. Only titles with
 * the same first two words can cover each other, so only those are compared.
 */
const startsCapitalised = (text: string): boolean => text.charAt(0) !== text.charAt(0).toLowerCase();

export function fullestTitles(printed: readonly string[], fold: (title: string) => string[] = foldTitle): string[] {
  // Most people hold one title: nothing to compare.
  if (printed.length === 1) return fold(printed[0]!).length > 0 ? [printed[0]!] : [];
  const kept: Kept[] = [];
  const byKey = new Map<string, Kept>();
  const byHead = new Map<string, Kept[]>();
  const byFirst = new Map<string, Kept[]>();
  for (const text of printed) {
    const words = fold(text);
    if (words.length === 0) continue;
    const key = words.join(' ');
    const same = byKey.get(key);
    if (same) {
      // The fuller print, and of two as full, the capitalised ("Thượng tướng", not "lên thượng tướng").
      if (text.length > same.text.length || (text.length === same.text.length && startsCapitalised(text) && !startsCapitalised(same.text))) same.text = text;
      continue;
    }
    const head = words.slice(0, 2).join(' ');
    const group = byHead.get(head) ?? [];
    byHead.set(head, group);
    const entry: Kept = { text, words, key, dropped: false };
    byKey.set(key, entry);
    // covers() compares a one-word title on its first word only: it meets every title that
    // starts with that word, and a longer one meets the one-word titles of its first word.
    const first = byFirst.get(words[0]!) ?? [];
    byFirst.set(words[0]!, first);
    const others = words.length === 1 ? [...first] : [...group, ...first.filter((k) => k.words.length === 1)];
    first.push(entry);
    if (others.length <= MAX_SAME_HEAD) {
      const live = others.filter((k) => !k.dropped);
      if (live.some((k) => covers(k.words, words))) {
        entry.dropped = true;
        continue;
      }
      const covered = live.filter((k) => covers(words, k.words));
      if (covered.length > 0) {
        // The fuller print takes the place of the first one it covers; the others go.
        for (const k of covered) k.dropped = true;
        kept.splice(kept.indexOf(covered[0]!), 0, entry);
        group.push(entry);
        continue;
      }
    }
    group.push(entry);
    kept.push(entry);
  }
  // The same post printed as former and as such ("nguyên Bí thư Tỉnh ủy Nghệ An" in an obituary's heading,
  // "Bí thư Tỉnh ủy Nghệ An" in its career list): one post, kept with the word that says it was left.
  const formerRests = new Set<string>();
  for (const k of kept) if (!k.dropped && k.words.length > 1 && FORMER_WORDS.has(k.words[0]!)) formerRests.add(k.words.slice(1).join(' '));
  return kept.filter((k) => !k.dropped && !formerRests.has(k.key)).map((k) => k.text);
}

/** Folded words that make a title a former post. */
const FORMER_WORDS: ReadonlySet<string> = new Set(['nguyên', 'cựu']);

/** Folded titles kept across articles (titles repeat: "Thủ tướng", "Bộ trưởng Bộ Tài chính"), up to this many. */
const KEPT_TITLES = 4096;
const folded = new Map<string, string[]>();

/** foldTitle with its answers kept: the same words (do not change them) for the same title. */
export function keptFoldTitle(title: string): string[] {
  let words = folded.get(title);
  if (!words) {
    if (folded.size >= KEPT_TITLES) folded.clear();
    folded.set(title, (words = foldTitle(title)));
  }
  return words;
}
