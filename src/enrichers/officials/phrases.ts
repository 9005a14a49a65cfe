/**
 * Word lists matched against tokens, longest entry first. Entries are tokenized and
 * folded like the text, so "Ủy viên" matches "uỷ viên" and "ỦY VIÊN". All the lists
 * share one index by first word: a word is looked up once (the answer is kept on the
 * token), and the answer says at once which lists have an entry starting with it (a
 * bit per list) and gives each list's entries as an array slot, not another look-up.
 * This is the hottest code of the officials pass.
 */
import { tokenize, type Token } from './tokens.js';

export interface PhraseTable {
  /** This list's bit in `starts()`. */
  readonly bit: number;
  /** Number of tokens the longest entry starting at `i` covers, or 0. */
  match(tokens: readonly Token[], i: number): number;
  /** The longest entry starting at `i` of at most `limit` words, as listed, or null. */
  find(tokens: readonly Token[], i: number, limit?: number): string | null;
  /** Is this whole folded phrase an entry? */
  has(key: string): boolean;
}

/** A list entry: its folded words, and the phrase as listed. */
interface Phrase {
  keys: readonly string[];
  listed: string;
}

/** One first word: the bits of the lists with entries starting with it, and those entries (longest first) by list. */
interface Entry {
  bits: number;
  lists: (Phrase[] | undefined)[];
}

export interface PhraseIndex<K extends string> {
  tables: Readonly<Record<K, PhraseTable>>;
  /** The bits of the lists that have an entry starting with this token (0: none). */
  starts(token: Token): number;
}

const keysOf = (phrase: string): string[] => tokenize(phrase.normalize('NFC')).map((t) => t.key);

/** The token's entry, looked up once and kept on the token. */
function entryOf(token: Token, index: ReadonlyMap<string, Entry>): Entry | null {
  let entry = token.phrases as Entry | null | undefined;
  if (entry === undefined) token.phrases = entry = index.get(token.key) ?? null;
  return entry;
}

/** No limit on an entry's length in words. */
const ANY_LENGTH = 0x3fffffff;

export function phraseTables<K extends string>(lists: Readonly<Record<K, readonly string[]>>): PhraseIndex<K> {
  const index = new Map<string, Entry>();
  const tables = {} as Record<K, PhraseTable>;
  const names = Object.keys(lists) as K[];
  if (names.length > 31) throw new Error('phraseTables: at most 31 lists (one bit each)');
  names.forEach((name, id) => {
    const bit = 1 << id;
    const whole = new Set<string>();
    const filled = new Set<Phrase[]>();
    for (const phrase of lists[name]) {
      const keys = keysOf(phrase);
      if (keys.length === 0) continue;
      whole.add(keys.join(' '));
      let entry = index.get(keys[0]!);
      if (!entry) index.set(keys[0]!, (entry = { bits: 0, lists: new Array<Phrase[] | undefined>(names.length).fill(undefined) }));
      entry.bits |= bit;
      const entries = (entry.lists[id] ??= []);
      entries.push({ keys, listed: phrase });
      filled.add(entries);
    }
    // Longest first; a stable sort keeps the listed order among entries of one length.
    for (const entries of filled) entries.sort((a, b) => b.keys.length - a.keys.length);
    // The hottest code of the pass: asked of most tokens, by several lists. Bounds are checked
    // before the array is read (a read past the end is slow in V8), and a list with no entry
    // starting with the token costs one bit test.
    const find = (tokens: readonly Token[], i: number, limit: number): Phrase | null => {
      if (i < 0 || i >= tokens.length) return null;
      const entry = entryOf(tokens[i]!, index);
      if (entry === null || (entry.bits & bit) === 0) return null;
      const candidates = entry.lists[id]!;
      for (let c = 0; c < candidates.length; c++) {
        const phrase = candidates[c]!;
        const { keys } = phrase;
        const n = keys.length;
        if (n > limit || i + n > tokens.length) continue;
        let k = 1;
        while (k < n && tokens[i + k]!.key === keys[k]) k++;
        if (k === n) return phrase;
      }
      return null;
    };
    tables[name] = {
      bit,
      match: (tokens, i) => find(tokens, i, ANY_LENGTH)?.keys.length ?? 0,
      find: (tokens, i, limit = ANY_LENGTH) => find(tokens, i, limit)?.listed ?? null,
      has: (key) => whole.has(key),
    };
  });
  return { tables, starts: (token) => entryOf(token, index)?.bits ?? 0 };
}
