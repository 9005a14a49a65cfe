/**
 * Word lists matched against tokens, longest entry first. Entries are tokenized and
 * folded like the text, so "Ủy viên" matches "uỷ viên" and "ỦY VIÊN". All the lists
 * share one index by first word, and a token keeps its look-up: a word is looked up
 * once however many lists ask about it (this is the hottest code of the officials pass).
 */
import { tokenize, type Token } from './tokens.js';

/** Does any list have an entry starting with this token? (The look-up is kept on the token.) */
export function startsAnyPhrase(token: Token, index: ReadonlyMap<string, unknown>): boolean {
  if (token.phrases === undefined) token.phrases = index.get(token.key) ?? null;
  return token.phrases !== null;
}

export interface PhraseTable {
  /** Number of tokens the longest entry starting at `i` covers, or 0. */
  match(tokens: readonly Token[], i: number): number;
  /** The longest entry starting at `i`, as listed, or null. */
  find(tokens: readonly Token[], i: number): string | null;
  /** Is this whole folded phrase an entry? */
  has(key: string): boolean;
  /** The folded first words of the entries. */
  readonly firsts: ReadonlySet<string>;
  /** True when no list of this index has an entry starting with tokens[i]: nothing to match here. */
  none(tokens: readonly Token[], i: number): boolean;
}

/** A list entry: its folded words, and the phrase as listed. */
interface Phrase {
  keys: readonly string[];
  listed: string;
}

/** First word → for each list that has entries starting with it, those entries (longest first). */
type Entry = Map<string, readonly Phrase[]>;

const keysOf = (phrase: string): string[] => tokenize(phrase.normalize('NFC')).map((t) => t.key);

export function phraseTables<K extends string>(lists: Readonly<Record<K, readonly string[]>>): Readonly<Record<K, PhraseTable>> {
  const index = new Map<string, Entry>();
  const tables = {} as Record<K, PhraseTable>;
  for (const name of Object.keys(lists) as K[]) {
    const whole = new Set<string>();
    const firsts = new Set<string>();
    for (const phrase of lists[name]) {
      const keys = keysOf(phrase);
      if (keys.length === 0) continue;
      whole.add(keys.join(' '));
      firsts.add(keys[0]!);
      const entry = index.get(keys[0]!) ?? new Map<string, Phrase[]>();
      entry.set(name, [...(entry.get(name) ?? []), { keys, listed: phrase }].sort((a, b) => b.keys.length - a.keys.length));
      index.set(keys[0]!, entry);
    }
    const find = (tokens: readonly Token[], i: number): Phrase | null => {
      const first = tokens[i];
      if (!first) return null;
      if (first.phrases === undefined) first.phrases = index.get(first.key) ?? null;
      const candidates = (first.phrases as Entry | null)?.get(name);
      if (!candidates) return null;
      for (const phrase of candidates) {
        const { keys } = phrase;
        let k = 1;
        while (k < keys.length && tokens[i + k]?.key === keys[k]) k++;
        if (k === keys.length) return phrase;
      }
      return null;
    };
    tables[name] = {
      none: (tokens, i) => !startsAnyPhrase(tokens[i]!, index),
      match: (tokens, i) => find(tokens, i)?.keys.length ?? 0,
      find: (tokens, i) => find(tokens, i)?.listed ?? null,
      has: (key) => whole.has(key),
      firsts,
    };
  }
  return tables;
}
