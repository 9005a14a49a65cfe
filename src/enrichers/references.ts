/**
 * `references`: the party and state documents an article cites.
 *
 *   "Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị"
 *     → { kind: "Nghị quyết", number: "57-NQ/TW", date: "2024-12-22", issuer: "Bộ Chính trị", title: null }
 *   "Luật Đất đai 2024" → { kind: "Luật", number: null, date: null, issuer: null, title: "Luật Đất đai 2024" }
 *
 * A kind counts only with a document number after it (or, for "Luật", a capitalised law
 * name), so the verbs "quyết định", "kết luận", "thông báo", "hướng dẫn" are not documents.
 * Date and issuer are filled only when printed right after the number. Word lists and number
 * shapes are in references-vocabulary.ts; every pattern here is linear (no nested or
 * overlapping quantifiers; tests/enrichers/references.test.ts runs recheck over them).
 */
import type { Article, Reference } from '../model/article.js';
import type { Enricher } from './index.js';
import { moveTones } from './move-tones.js';
import {
  BARE_NUMBER_PATTERN, BODY_STARTS, ISSUER_STOPS, CODE_NUMBER_PATTERN, FIXED_ISSUERS, LAW_NAME_JOINERS, LAW_NAME_MAX_WORDS,
  LOCAL_ISSUERS, NAME_STOPS, NOT_LAW_BEFORE, PLACE_KINDS, REFERENCE_KINDS, TERM_PATTERN, MINISTRY_HEAD,
} from './references-vocabulary.js';

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\/-]/gu, '\\$&');
const anyOf = (words: readonly string[]): string => `(?:${words.map(escape).join('|')})`;
/** Not followed by a letter: the end of a word (`\b` only knows ASCII letters). */
const END = '(?![\\p{L}])';
/** A kind with its first letter in either case: "[Nn]ghị quyết". */
const kindPattern = (kind: string): string => `[${kind[0]}${kind[0]?.toLowerCase()}]${escape(kind.slice(1))}`;

const STOP = `${anyOf(NAME_STOPS)}${END}`;
const BODY = `${anyOf(BODY_STARTS)}${END}`;
/** A word after the first of a name: not a stop word, not the start of another body. */
const ISSUER_STOP = `${anyOf([...NAME_STOPS, ...ISSUER_STOPS])}${END}`;
const NAME_WORD = `(?!${ISSUER_STOP}|${BODY})\\p{L}\\p{Ll}*`;
const MINISTRY_PART = `\\p{Lu}\\p{Ll}*(?: ${NAME_WORD}){0,4}`;

/** Issuer: a fixed body, a local body and its place, or a ministry ("Bộ Giáo dục và Đào tạo"). */
export const ISSUER_PATTERN = [
  `${anyOf(FIXED_ISSUERS)}(?: ${TERM_PATTERN})?`,
  `${anyOf(LOCAL_ISSUERS)}(?: ${anyOf(PLACE_KINDS)})?(?: \\p{Lu}\\p{Ll}*){0,4}`,
  `${escape(MINISTRY_HEAD)} ${MINISTRY_PART}(?:(?:,| và| -) (?!${BODY})${MINISTRY_PART}){0,3}`,
].map((alternative) => `(?:${alternative})`).join('|');

/** "22/12/2024", "22-12-2024", "22.12.2024", "22 tháng 12 năm 2024". */
const DATE = String.raw`(?<day>\d{1,2})(?:(?<sep>[\/.-])(?<month>\d{1,2})\k<sep>(?<year>\d{4})| tháng (?<monthWord>\d{1,2}) năm (?<yearWord>\d{4}))(?!\d)`;

/**
 * Kind, optional "số", number: "Nghị quyết số 57-NQ/TW", "Nghị định 68", "theo quyết định số 12".
 * That the kind starts a word is checked in code (startsWord): a leading lookbehind would
 * stop V8 from skipping ahead to the kinds' first letters, which made the scan 4x slower.
 */
export const CITATION_PATTERN = `(?<kind>${REFERENCE_KINDS.map(kindPattern).join('|')})(?<so> +số)? +(?:(?<code>${CODE_NUMBER_PATTERN})(?![\\p{L}\\d])|(?<bare>${BARE_NUMBER_PATTERN}))`;
/**
 * A law by name: "Luật Đất đai 2024", "Luật Chứng khoán số 54/2019/QH14", "Luật Phòng, chống tham nhũng".
 * The word before "Luật" is checked in code (lawMayStart), for the same reason as above.
 */
export const LAW_NAME_PATTERN = `Luật \\p{Lu}\\p{Ll}*(?:${anyOf(LAW_NAME_JOINERS)}|(?: (?!${STOP})\\p{L}\\p{Ll}*)){0,${LAW_NAME_MAX_WORDS}}(?=$|[^\\p{L}\\d ]| ${STOP}| \\d)(?: (?:năm )?(?<year>\\d{4})(?![\\p{L}\\d]))?(?: số (?<code>${CODE_NUMBER_PATTERN})(?![\\p{L}\\d]))?`;
/** What may follow a number: its date, its issuer, another number of the same kind. */
export const DATE_TAIL_PATTERN = `,? +ngày ${DATE}`;
export const ISSUER_TAIL_PATTERN = `,? +(?:của|do) (?<issuer>${ISSUER_PATTERN})${END}`;
export const NEXT_NUMBER_PATTERN = `(?:,| và) +(?:số +)?(?<code>${CODE_NUMBER_PATTERN})(?![\\p{L}\\d])`;

/** Cheap test before the scans: a kind's stem somewhere in the text. */
const ANY_KIND = new RegExp(REFERENCE_KINDS.map(kindPattern).join('|'), 'u');

/** The sticky and global regexes one article's scan uses: built per call, never shared (V8 caches the compiled code). */
function scanners() {
  return {
    citation: new RegExp(CITATION_PATTERN, 'gu'),
    law: new RegExp(LAW_NAME_PATTERN, 'gu'),
    date: new RegExp(DATE_TAIL_PATTERN, 'uy'),
    issuer: new RegExp(ISSUER_TAIL_PATTERN, 'uy'),
    next: new RegExp(NEXT_NUMBER_PATTERN, 'uy'),
  };
}
type Scanners = ReturnType<typeof scanners>;

const CANONICAL_KIND: ReadonlyMap<string, string> = new Map(REFERENCE_KINDS.map((kind) => [kind.toLowerCase(), kind]));

/** A Reference with its keys always in the schema's order. */
const reference = (kind: string, number: string | null, date: string | null, issuer: string | null, title: string | null): Reference => ({
  kind, number, date, issuer, title,
});

interface Found {
  at: number;
  reference: Reference;
}

const WORD_CHAR = /[\p{L}\d]/u;
/** The last word before a position, if a space separates it: "Trường Đại học Luật" → "học". */
const WORD_BEFORE = /(\p{L}+) $/u;
const NOT_LAW = new Set(NOT_LAW_BEFORE);

/** Nothing word-like right before `index`: "Nghị quyết" starts a word, "xNghị quyết" does not. */
const startsWord = (text: string, index: number): boolean => index === 0 || !WORD_CHAR.test(text[index - 1] ?? '');

/** "Luật" at `index` starts a word that is not a school's or a paper's ("Đại học Luật", "Pháp Luật"). */
function lawMayStart(text: string, index: number): boolean {
  if (!startsWord(text, index)) return false;
  const before = WORD_BEFORE.exec(text.slice(Math.max(0, index - 24), index))?.[1];
  return before === undefined || !NOT_LAW.has(before);
}

/** Every match of a global regex, by exec (matchAll would build another RegExp per call). */
function* matches(regex: RegExp, text: string): Generator<RegExpExecArray> {
  regex.lastIndex = 0;
  for (let match = regex.exec(text); match; match = regex.exec(text)) yield match;
}

/** Every reference printed in one text, in order, before merging repeats. */
function scan(text: string, s: Scanners): Found[] {
  if (!ANY_KIND.test(text)) return [];
  const folded = moveTones(text);
  const found: Found[] = [];
  for (const match of matches(s.citation, folded)) {
    if (!startsWord(folded, match.index)) continue;
    const groups = match.groups ?? {};
    const kind = CANONICAL_KIND.get((groups.kind ?? '').toLowerCase()) ?? groups.kind ?? '';
    const capitalised = groups.kind?.[0] === kind[0];
    if (groups.bare !== undefined && groups.so === undefined && !capitalised) continue; // "quyết định 2 lần"
    const end = match.index + match[0].length;
    found.push(...readTail(text, folded, s, end, { kind, number: groups.code ?? groups.bare ?? null, title: null }, match.index));
  }
  for (const match of matches(s.law, folded)) {
    if (!lawMayStart(folded, match.index)) continue;
    const groups = match.groups ?? {};
    const end = match.index + match[0].length;
    const title = text.slice(match.index, groups.code === undefined ? end : end - ` số ${groups.code}`.length);
    found.push(...readTail(text, folded, s, end, { kind: 'Luật', number: groups.code ?? null, title }, match.index));
  }
  return found.sort((a, b) => a.at - b.at);
}

/**
 * After a number: "ngày D", more numbers of the same kind (", 286/QĐ-TTg và 288/QĐ-TTg"),
 * then "của ISSUER" (shared by the whole list), then "ngày D" if none came before.
 */
function readTail(
  text: string,
  folded: string,
  s: Scanners,
  start: number,
  first: { kind: string; number: string | null; title: string | null },
  at: number,
): Found[] {
  let position = start;
  const sticky = (regex: RegExp): RegExpExecArray | null => {
    regex.lastIndex = position;
    const match = regex.exec(folded);
    if (match) position = regex.lastIndex;
    return match;
  };
  const readDate = (): string | null => {
    const before = position;
    const iso = isoDate(sticky(s.date));
    if (iso === null) position = before;
    return iso;
  };
  const group: Found[] = [{ at, reference: reference(first.kind, first.number, readDate(), null, first.title) }];
  for (let next = sticky(s.next); next; next = sticky(s.next)) {
    const number = next.groups?.code ?? null;
    group.push({ at: next.index, reference: reference(first.kind, number, readDate(), null, null) });
  }
  const issuer = sticky(s.issuer);
  if (issuer?.groups?.issuer !== undefined) {
    const from = position - issuer.groups.issuer.length;
    for (const found of group) found.reference.issuer = text.slice(from, position);
  }
  const last = group.at(-1)?.reference;
  if (last && last.date === null) last.date = readDate();
  return group;
}

function isoDate(match: RegExpExecArray | null): string | null {
  const g = match?.groups;
  if (!g) return null;
  const day = Number(g.day);
  const month = Number(g.month ?? g.monthWord);
  const year = g.year ?? g.yearWord ?? '';
  if (!(day >= 1 && day <= 31 && month >= 1 && month <= 12)) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

const titleKey = (title: string | null): string | null => (title === null ? null : moveTones(title).toLowerCase());

/** The same document: same kind and number, or (no number on one side) the same law name. */
function sameDocument(a: Reference, b: Reference): boolean {
  if (a.kind !== b.kind) return false;
  if (a.number !== null && b.number !== null) return a.number === b.number;
  return a.title !== null && titleKey(a.title) === titleKey(b.title);
}

/** What `more` adds to `into`: missing fields, and the longer issuer. */
function fill(into: Reference, more: Reference): Reference {
  const issuer = (more.issuer?.length ?? 0) > (into.issuer?.length ?? 0) ? more.issuer : into.issuer;
  return reference(into.kind, into.number ?? more.number, into.date ?? more.date, issuer, into.title ?? more.title);
}

/** A bare number is its code's start: "Nghị định 68" and "Nghị định 68/2026/NĐ-CP" are one document. */
const isPrefixOf = (bare: string, code: string): boolean => code.startsWith(`${bare}/`) || code.startsWith(`${bare}-`);

/**
 * One entry per document, in order of first mention, each with the fullest details printed.
 * A bare number joins the one cited code of the same kind it begins (none or several: kept apart).
 */
export function mergeReferences(references: readonly Reference[]): Reference[] {
  const merged: Reference[] = [];
  for (const cited of references) {
    const index = merged.findIndex((other) => sameDocument(other, cited));
    if (index === -1) merged.push(fill(cited, cited));
    else merged[index] = fill(merged[index] as Reference, cited);
  }
  const isBare = (r: Reference): boolean => r.number !== null && /^\d+$/u.test(r.number);
  for (let i = 0; i < merged.length; i += 1) {
    const bare = merged[i] as Reference;
    if (!isBare(bare)) continue;
    const targets = merged.filter((r) => r.kind === bare.kind && r.number !== null && isPrefixOf(bare.number as string, r.number));
    const target = targets.length === 1 ? targets[0] : undefined;
    if (!target) continue;
    const j = merged.indexOf(target);
    merged[Math.min(i, j)] = fill(target, bare);
    merged.splice(Math.max(i, j), 1);
    i -= 1;
  }
  return merged;
}

/** The references printed in one text, merged, in order of first mention. */
export function findReferences(text: string): Reference[] {
  return mergeReferences(scan(text, scanners()).map((found) => found.reference));
}

/** The article's texts in reading order: title, lead, then paragraphs with the captions after each. */
function readingOrder(article: Article): string[] {
  const captionsAfter = (index: number): string[] =>
    article.images.flatMap((image) => (image.afterParagraph === index && image.caption !== null ? [image.caption] : []));
  return [
    ...(article.title === null ? [] : [article.title]),
    ...(article.lead === null ? [] : [article.lead]),
    ...captionsAfter(-1),
    ...article.paragraphs.flatMap((paragraph, index) => [paragraph, ...captionsAfter(index)]),
    ...article.images.flatMap((image) =>
      image.caption !== null && (image.afterParagraph < -1 || image.afterParagraph >= article.paragraphs.length) ? [image.caption] : [],
    ),
  ];
}

export const enrichReferences: Enricher = (article) => {
  const s = scanners();
  const found = readingOrder(article).flatMap((text) => scan(text, s).map((f) => f.reference));
  return { ...article, references: mergeReferences([...article.references, ...found]) };
};
