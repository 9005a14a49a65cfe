/**
 * Claims from every block → people: one per name (folded: case, tone placement),
 * with every title claimed anywhere, then the mentions that name no one fully:
 * "ông Phớc", "đồng chí Châu", "Tổng thống Putin" (a last name that only one official
 * has), and a title alone ("Thường trực Ban Bí thư đề nghị …") that only one holds.
 */
import type { Mention, Official } from '../../model/article.js';
import { foldKey } from '../../readers/text/fold.js';
import { attach } from './attach.js';
import type { Block } from '../../model/blocks.js';
import { covers, fullestTitles, keptFoldTitle } from './fold-title.js';
import { isForeignWord } from './names.js';
import { ACADEMIC, COMMON_FAMILY, HEADS, HONORIFIC, MEMBER, MENTION_ADDRESS, NOT_ONE_HOLDER, ORDINAL_AFTER, startsOf } from './lexicon.js';
import { tokenize, type Token } from './tokens.js';
import { readUnits, type Gender, type Unit } from './units.js';

interface Person {
  name: string;
  titles: string[];
  mentions: Mention[];
}

/**
 * What the later passes need of a block, kept instead of its tokens and units (which are
 * dropped as soon as the block is read, so memory does not grow with the article's size):
 * the words that could be a short mention ("ông Phớc") and the titles not tied to a name.
 */
interface ReadBlock {
  block: Block;
  /**
   * Capitalised words not inside a full name, addressed by an honorific or a title head: the
   * last word's key, and the keys of the words of the given name before it ("bà Kim | Tiến").
   */
  addressed: { key: string; before: string[]; from: number; to: number }[];
  /**
   * Capitalised titles that attach gave to no one; `nameTail`: the title ends with a word that
   * cannot be Vietnamese ("Tổng thống Biden"), likely a name.
   */
  bareTitles: { text: string; from: number; to: number; nameTail: boolean }[];
}

const mention = (block: Block, from: number, to: number): Mention => ({
  in: block.in,
  index: block.index,
  start: from,
  end: to,
  text: block.text.slice(from, to),
});

/**
 * Is token i preceded by an honorific, an academic prefix, a title head or a trial's "bị cáo" ("ông Phớc", "PGS
 * Cường", "Tổng thống Putin", "bị cáo Hưng")?
 */
function addressed(tokens: readonly Token[], i: number): boolean {
  for (let h = 1; h <= 3 && h <= i; h++) {
    // Most words start no entry of these lists: one bit test, not four table look-ups.
    if ((startsOf(tokens[i - h]!) & ADDRESS_BITS) === 0) continue;
    if (HONORIFIC.match(tokens, i - h) === h || HEADS.match(tokens, i - h) === h || ACADEMIC.match(tokens, i - h) === h || MENTION_ADDRESS.match(tokens, i - h) === h) return true;
  }
  return false;
}

const ADDRESS_BITS = HONORIFIC.bit | HEADS.bit | ACADEMIC.bit | MENTION_ADDRESS.bit;

/** The words of a block that could be a short mention: capitalised, last of their run, not inside a full name, addressed. */
function addressedWords(tokens: readonly Token[], units: readonly Unit[]): ReadBlock['addressed'] {
  // Full names in this block, in order: a word inside one is not a short mention. (A name of
  // one word, "Đồng chí Tú", is read as a name unit too: that one is the short mention.)
  const named: Extract<Unit, { kind: 'name' }>[] = [];
  // Titles too, but for their last word: "Thủ tướng Chính phủ" does not say "Chính", "Tổng thống Putin" says "Putin".
  const titles: Extract<Unit, { kind: 'title' }>[] = [];
  for (const u of units) {
    if (u.kind === 'name' && u.name.name.includes(' ')) named.push(u);
    else if (u.kind === 'title') titles.push(u);
  }
  const found: ReadBlock['addressed'] = [];
  let n = 0;
  let t = 0;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (!token.cap || tokens[i + 1]?.cap) continue;
    while (n < named.length && named[n]!.to <= token.start) n++;
    if (n < named.length && named[n]!.from <= token.start) continue;
    while (t < titles.length && titles[t]!.to <= token.start) t++;
    if (t < titles.length && titles[t]!.from <= token.start && token.end < titles[t]!.to) continue;
    if (addressed(tokens, i)) {
      found.push({ key: token.key, before: [], from: token.start, to: token.end });
      continue;
    }
    // "bà Kim Tiến": a given name of two words, the honorific before the first.
    const first = tokens[i - 1];
    if (!first?.word || !first.cap || first.caps || first.end >= token.start) continue;
    // The names before this word were passed over above: only the last of them can hold `first`.
    const lastName = named[n - 1];
    if (lastName !== undefined && lastName.from <= first.start && first.start < lastName.to) continue;
    if (addressed(tokens, i - 1)) found.push({ key: token.key, before: [first.key], from: first.start, to: token.end });
  }
  return found;
}

/** A title in tokens [start, end) that names no one holder: "các Ủy viên …", "4 Phó Giám đốc", "Đại tướng thứ hai" (vocabulary/titles.ts). */
function noOneHolder(tokens: readonly Token[], start: number, end: number): boolean {
  const before = tokens[start - 1];
  // "100% Ủy viên Ban Chấp hành": a share of them.
  if (before?.text === '%') return true;
  if (before?.word) {
    if (/^\d+$/u.test(before.text) || NOT_ONE_HOLDER.has(before.key)) return true;
    const two = tokens[start - 2];
    if (two?.word && NOT_ONE_HOLDER.has(`${two.key} ${before.key}`)) return true;
  }
  const after = tokens[end];
  const next = tokens[end + 1];
  return Boolean(after?.word && (ORDINAL_AFTER.has(after.key) || (next?.word && ORDINAL_AFTER.has(`${after.key} ${next.key}`))));
}

/**
 * A name that is the end of exactly one longer name read in the article is that person named
 * again: "bà Kim Tiến" after "Nguyễn Thị Kim Tiến", "ông Tú là Ủy viên HĐQT" after "Phan Đức
 * Tú", "Putin" after "Vladimir Putin". Its titles and mentions go to the full name. Indexed by
 * the names' endings, so the work stays linear in the number of names.
 */
function mergePartialNames(people: Map<string, Person>, authorKeys: ReadonlySet<string>): void {
  const holders = new Map<string, string | null>(); // an ending → the one name that has it, or null for several
  for (const key of people.keys()) {
    for (let at = key.indexOf(' '); at !== -1; at = key.indexOf(' ', at + 1)) {
      const ending = key.slice(at + 1);
      holders.set(ending, holders.has(ending) && holders.get(ending) !== key ? null : key);
    }
  }
  for (const [key, part] of [...people]) {
    const holder = holders.get(key);
    if (!holder || authorKeys.has(key) || authorKeys.has(holder)) continue;
    const full = people.get(holder);
    if (!full) continue;
    full.titles.push(...part.titles);
    full.mentions.push(...part.mentions);
    people.delete(key);
  }
}

/**
 * A name printed in the other order is the same person: "Kishida Fumio" and "Fumio Kishida" (Japanese
 * and Korean names appear family name first or last). The later spelling joins the one met first.
 */
function mergeReversedNames(people: Map<string, Person>): void {
  if (people.size < 2) return;
  // A name's reverse starts with its last word: only names whose last word starts another name can have one.
  const firstWords = new Set<string>();
  for (const key of people.keys()) {
    const space = key.indexOf(' ');
    firstWords.add(space === -1 ? key : key.slice(0, space));
  }
  for (const [key, person] of [...people]) {
    const space = key.lastIndexOf(' ');
    if (space === -1 || !firstWords.has(key.slice(space + 1)) || !people.has(key)) continue;
    const reversed = key.split(' ').reverse().join(' ');
    const other = reversed === key ? undefined : people.get(reversed);
    if (!other) continue;
    person.titles.push(...other.titles);
    person.mentions.push(...other.mentions);
    people.delete(reversed);
  }
}

/** The name's words before its last are, at their end, these folded words. */
function endsWith(name: string, before: readonly string[]): boolean {
  const words = name.split(' ').map(foldKey);
  const start = words.length - 1 - before.length;
  return start >= 1 && before.every((key, k) => words[start + k] === key);
}

/** "Quốc hội bầu Chủ tịch nước", "giữ chức Bộ trưởng": a title after an appointment or a post word is the office, not its holder. */
function theOffice(before: Unit | undefined): boolean {
  return before?.kind === 'cue' && (before.cue === 'appoint' || before.cue === 'post' || before.cue === 'role');
}

/**
 * Short mentions: "ông Phớc" by the given name (a name's last word), and "ông Tập", "Tổng
 * thống Moon" by the family name where it comes first (Chinese and Korean names), when no
 * name ends with that word and it is not a common Vietnamese family name.
 */
function shortMentions(read: readonly ReadBlock[], people: readonly Person[]): void {
  if (people.length === 0) return;
  const byLast = new Map<string, Person[]>();
  const byFirst = new Map<string, Person[]>();
  const put = (map: Map<string, Person[]>, key: string, person: Person): void => {
    const holders = map.get(key);
    if (holders) holders.push(person);
    else map.set(key, [person]);
  };
  for (const person of people) {
    const words = person.name.split(' ');
    put(byLast, foldKey(words.at(-1)!), person);
    if (words.length > 1 && !COMMON_FAMILY.has(foldKey(words[0]!))) put(byFirst, foldKey(words[0]!), person);
  }
  for (const { block, addressed } of read) {
    for (const word of addressed) {
      const holders = byLast.get(word.key) ?? (word.before.length === 0 ? byFirst.get(word.key) : undefined);
      if (holders?.length !== 1) continue;
      const holder = holders[0]!;
      // Every word of a two-word given name must be the holder's: "bà Kim Tiến" is Nguyễn Thị Kim Tiến.
      if (word.before.length > 0 && !endsWith(holder.name, word.before)) continue;
      holder.mentions.push(mention(block, word.from, word.to));
    }
  }
}

/**
 * More holders of titles with one head than any real article has (a list of ministers is a few
 * dozen): past this, a title alone is not resolved to anyone. It bounds the work on hostile text.
 */
const MAX_SAME_HEAD = 64;

/** Titles by their first two folded words (covers() needs the same head), for title-alone mentions. */
interface TitleIndex {
  add(person: Person, words: string[]): void;
  /** The one person holding a title that covers or is covered by `words`, or null (none, or several). */
  soleHolder(words: string[]): { person: Person; words: string[] }[] | null;
}

function titleIndex(): TitleIndex {
  type Entry = { person: Person; words: string[] };
  /** Every title by its first word; titles of two words or more by their first two; one-word titles. */
  const byFirst = new Map<string, Entry[]>();
  const byTwo = new Map<string, Entry[]>();
  const oneWord = new Map<string, Entry[]>();
  const put = (map: Map<string, Entry[]>, key: string, entry: Entry): void => {
    const list = map.get(key);
    if (list) list.push(entry);
    else map.set(key, [entry]);
  };
  return {
    add(person, words) {
      const entry = { person, words };
      put(byFirst, words[0]!, entry);
      if (words.length === 1) put(oneWord, words[0]!, entry);
      else put(byTwo, `${words[0]} ${words[1]}`, entry);
    },
    soleHolder(words) {
      // covers() compares a one-word title on its first word only, longer ones on their first two.
      const candidates =
        words.length === 1 ? (byFirst.get(words[0]!) ?? []) : [...(byTwo.get(`${words[0]} ${words[1]}`) ?? []), ...(oneWord.get(words[0]!) ?? [])];
      if (candidates.length > MAX_SAME_HEAD) return null;
      const held: Entry[] = [];
      for (const candidate of candidates) {
        if (!(covers(words, candidate.words) || covers(candidate.words, words))) continue;
        if (held.length > 0 && held[0]!.person !== candidate.person) return null;
        held.push(candidate);
      }
      return held.length > 0 ? held : null;
    },
  };
}

function titleMentions(read: readonly ReadBlock[], people: Person[], foldTitle: (title: string) => string[]): void {
  if (people.length === 0) return;
  const index = titleIndex();
  for (const person of people) for (const title of person.titles) index.add(person, foldTitle(title));
  for (const { block, bareTitles } of read) {
    for (const unit of bareTitles) {
      const words = foldTitle(unit.text);
      const held = index.soleHolder(words);
      if (!held) continue;
      // "Tổng thống Biden" is not the one "Tổng thống" of the article: the extra word is a name.
      if (unit.nameTail && held.every((h) => words.length > h.words.length)) continue;
      const person = held[0]!.person;
      person.mentions.push(mention(block, unit.from, unit.to));
      // A headline may print the post in full where the body shortens it.
      if (block.in === 'title' && held.some((h) => covers(words, h.words) && words.length > h.words.length)) {
        person.titles = fullestTitles([...person.titles, unit.text], foldTitle);
        index.add(person, words);
      }
    }
  }
}

/** Sorted mentions without the same span twice ("ông Tú" read as a name and as a short mention). */
function withoutRepeats(mentions: readonly Mention[]): Mention[] {
  const kept: Mention[] = [];
  for (const m of mentions) {
    const last = kept.at(-1);
    if (last && last.in === m.in && last.index === m.index && last.start === m.start && last.end === m.end) continue;
    kept.push(m);
  }
  return kept;
}

/** Sort by a key computed once per item. */
function sortedBy<T>(items: readonly T[], key: (item: T) => number): T[] {
  return items
    .map((item) => [key(item), item] as const)
    .sort((a, b) => a[0] - b[0])
    .map(([, item]) => item);
}

export function findOfficials(blocks: readonly Block[], authors: readonly string[]): Official[] {
  const people = new Map<string, Person>();
  /** The last person named, for "Ông là …" (see units.ts), and the block it was named in. */
  let lastNamed: { key: string; gender: Gender; block: number } | null = null;
  let blockNo = 0;
  /** The post of the last appointment read, for "chức vụ này" in a later paragraph. */
  let appointedPost: string | null = null;
  /** Abbreviations the article glosses after a body in a title ("… Liên đoàn Bóng đá Việt Nam (VFF)"): abbreviation → the body's folded words. */
  const glosses = new Map<string, string[]>();
  const read: ReadBlock[] = blocks.map((block) => {
    const tokens = tokenize(block.text);
    const units = readUnits(tokens, block.text);
    const { claims, attachedTitles, lastPost } = attach(units, appointedPost);
    if (lastPost !== null) appointedPost = lastPost;
    for (const claim of claims) {
      const unit = units[claim.unit]!;
      if (unit.kind === 'pronoun') {
        // The person last named, if the pronoun fits and it was named in this block or the one before.
        const referent = lastNamed && blockNo - lastNamed.block <= 1 && (unit.gender === null || (lastNamed.gender ?? unit.gender) === unit.gender) ? people.get(lastNamed.key) : undefined;
        referent?.titles.push(...claim.titles);
        // A career told paragraph by paragraph ("Từ tháng 5/2014 - 4/2015, ông là …"), with titles or not:
        // the person stays the one last named.
        if (referent && lastNamed) lastNamed.block = blockNo;
        continue;
      }
      if (unit.kind !== 'name') continue;
      const key = foldKey(unit.name.name);
      const person = people.get(key) ?? { name: unit.name.name, titles: [], mentions: [] };
      person.titles.push(...claim.titles);
      person.mentions.push(mention(block, unit.from, unit.to));
      people.set(key, person);
      lastNamed = { key, gender: unit.gender, block: blockNo };
    }
    blockNo++;
    const bareTitles: ReadBlock['bareTitles'] = [];
    units.forEach((unit, u) => {
      if (unit.kind === 'title' && unit.title.gloss) glosses.set(unit.title.gloss.abbr, keptFoldTitle(unit.title.gloss.body));
      if (
        unit.kind === 'title' &&
        unit.title.capitalised &&
        !attachedTitles.has(u) &&
        MEMBER.match(tokens, unit.title.start) === 0 &&
        !noOneHolder(tokens, unit.title.start, unit.title.end) &&
        !theOffice(units[u - 1])
      ) {
        const last = tokens[unit.title.end - 1];
        const nameTail = unit.title.end - unit.title.start > 1 && isForeignWord(last) && !unit.title.country;
        bareTitles.push({ text: unit.text, from: unit.from, to: unit.to, nameTail });
      }
    });
    return { block, addressed: addressedWords(tokens, units), bareTitles };
  });
  // "Chủ tịch VFF" in the headline is the post the lead prints as "Chủ tịch Liên đoàn Bóng đá Việt Nam (VFF)".
  const foldTitle = glosses.size === 0 ? keptFoldTitle : (title: string): string[] => keptFoldTitle(title).flatMap((word) => glosses.get(word) ?? [word]);
  const authorKeys = new Set(authors.map(foldKey));
  mergeReversedNames(people);
  mergePartialNames(people, authorKeys);
  const officials = [...people.entries()]
    .filter(([key, person]) => person.titles.length > 0 && !authorKeys.has(key))
    .map(([, person]) => ({ ...person, titles: fullestTitles(person.titles, foldTitle) }));
  shortMentions(read, officials);
  titleMentions(read, officials, foldTitle);
  // Each block's place in the article, by kind then index (no key string per mention).
  const position = new Map<Block['in'], number[]>();
  blocks.forEach((b, k) => {
    const places = position.get(b.in) ?? [];
    places[b.index] = k;
    position.set(b.in, places);
  });
  const blockOrder = (m: Mention): number => (position.get(m.in)?.[m.index] ?? 0) * 1e7 + m.start;
  for (const official of officials) official.mentions = withoutRepeats(sortedBy(official.mentions, blockOrder));
  const first = new Map(officials.map((o) => [o, blockOrder(o.mentions[0]!)]));
  officials.sort((a, b) => first.get(a)! - first.get(b)!);
  return officials.map(({ name, titles, mentions }) => ({ name, titles, mentions }));
}
