/**
 * Claims from every block → people: one per name (folded: case, tone placement),
 * with every title claimed anywhere, then the mentions that name no one fully:
 * "ông Phớc", "đồng chí Châu", "Tổng thống Putin" (a last name that only one official
 * has), and a title alone ("Thường trực Ban Bí thư đề nghị …") that only one holds.
 */
import type { Mention, Official } from '../../model/article.js';
import { foldKey } from '../../readers/text/fold.js';
import { attach } from './attach.js';
import type { Block } from './blocks.js';
import { covers, fullestTitles, memoFoldTitle } from './fold-title.js';
import { HEADS, HONORIFIC } from './lexicon.js';
import { tokenize, type Token } from './tokens.js';
import { readUnits, type Unit } from './units.js';

interface Person {
  name: string;
  titles: string[];
  mentions: Mention[];
}

interface ReadBlock {
  block: Block;
  tokens: Token[];
  units: Unit[];
  attachedTitles: Set<number>;
}

const mention = (block: Block, from: number, to: number): Mention => ({
  in: block.in,
  index: block.index,
  start: from,
  end: to,
  text: block.text.slice(from, to),
});

/** Is token i preceded by an honorific or a title head ("ông Phớc", "Tổng thống Putin")? */
function addressed(tokens: readonly Token[], i: number): boolean {
  for (let h = 1; h <= 3 && h <= i; h++) {
    if (HONORIFIC.match(tokens, i - h) === h || HEADS.match(tokens, i - h) === h) return true;
  }
  return false;
}

function shortMentions(read: readonly ReadBlock[], people: readonly Person[]): void {
  if (people.length === 0) return;
  const byLast = new Map<string, Person[]>();
  for (const person of people) {
    const last = foldKey(person.name.split(' ').at(-1)!);
    byLast.set(last, [...(byLast.get(last) ?? []), person]);
  }
  for (const { block, tokens } of read) {
    tokens.forEach((token, i) => {
      if (!token.cap || tokens[i + 1]?.cap) return;
      const holders = byLast.get(token.key);
      if (holders?.length !== 1 || !addressed(tokens, i)) return;
      const person = holders[0]!;
      if (person.mentions.some((m) => m.in === block.in && m.index === block.index && m.start <= token.start && token.end <= m.end)) return;
      person.mentions.push(mention(block, token.start, token.end));
    });
  }
}

function titleMentions(read: readonly ReadBlock[], people: Person[], foldTitle: (title: string) => string[]): void {
  if (people.length === 0) return;
  const folded = new Map<Person, string[][]>(people.map((p) => [p, p.titles.map(foldTitle)]));
  for (const { block, units, attachedTitles } of read) {
    units.forEach((unit, u) => {
      if (unit.kind !== 'title' || attachedTitles.has(u) || !unit.title.capitalised) return;
      const words = foldTitle(unit.text);
      const holders = people.filter((p) => folded.get(p)!.some((t) => covers(words, t) || covers(t, words)));
      if (holders.length !== 1) return;
      const person = holders[0]!;
      person.mentions.push(mention(block, unit.from, unit.to));
      // A headline may print the post in full where the body shortens it.
      if (block.in === 'title' && folded.get(person)!.some((t) => covers(words, t) && words.length > t.length)) {
        person.titles = fullestTitles([...person.titles, unit.text], foldTitle);
        folded.set(person, person.titles.map(foldTitle));
      }
    });
  }
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
  const read: ReadBlock[] = blocks.map((block) => {
    const tokens = tokenize(block.text);
    const units = readUnits(tokens, block.text);
    const { claims, attachedTitles } = attach(units);
    for (const claim of claims) {
      const unit = units[claim.unit] as Extract<Unit, { kind: 'name' }>;
      const key = foldKey(unit.name.name);
      const person = people.get(key) ?? { name: unit.name.name, titles: [], mentions: [] };
      person.titles.push(...claim.titles);
      person.mentions.push(mention(block, unit.from, unit.to));
      people.set(key, person);
    }
    return { block, tokens, units, attachedTitles };
  });
  const foldTitle = memoFoldTitle();
  const authorKeys = new Set(authors.map(foldKey));
  const officials = [...people.entries()]
    .filter(([key, person]) => person.titles.length > 0 && !authorKeys.has(key))
    .map(([, person]) => ({ ...person, titles: fullestTitles(person.titles, foldTitle) }));
  shortMentions(read, officials);
  titleMentions(read, officials, foldTitle);
  const position = new Map(blocks.map((b, k) => [`${b.in}:${b.index}`, k]));
  const blockOrder = (m: Mention): number => (position.get(`${m.in}:${m.index}`) ?? 0) * 1e7 + m.start;
  for (const official of officials) official.mentions = sortedBy(official.mentions, blockOrder);
  const first = new Map(officials.map((o) => [o, blockOrder(o.mentions[0]!)]));
  officials.sort((a, b) => first.get(a)! - first.get(b)!);
  return officials.map(({ name, titles, mentions }) => ({ name, titles, mentions }));
}
