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
 * shapes are in references-vocabulary.ts, the regular expressions built from them in
 * references-patterns.ts, merging repeats in merge-references.ts.
 */
import type { Reference } from '../model/article.js';
import { textBlocks } from '../model/blocks.js';
import type { Enricher } from './index.js';
import { moveTones } from '../text/move-tones.js';
import { foldedSet, foldKey } from '../readers/text/fold.js';
import { makeReference, mergeReferences } from './merge-references.js';
import {
  ANY_KIND_PATTERN, CITATION_PATTERN, DATE_TAIL_PATTERN, ISSUER_BEFORE_PATTERN, ISSUER_TAIL_PATTERN, JOINT_ISSUER_PATTERN, LAW_NAME_PATTERN, NEXT_BARE_PATTERN, NEXT_NUMBER_PATTERN,
} from './references-patterns.js';
import { DATE_LEADS, ISSUE_ADVERBS, ISSUE_VERBS, KIND_MISPRINTS, LETTERS, NOT_LAW_BEFORE, REFERENCE_KINDS } from './references-vocabulary.js';
import { FAMILY_NAMES } from './officials/vocabulary/family-names.js';
import { PROVINCES } from './officials/vocabulary/places.js';

/** Cheap test before the scans: a kind's stem somewhere in the text. */
export const ANY_KIND = new RegExp(ANY_KIND_PATTERN, 'u');

/**
 * The sticky and global regexes of the scan, made once and shared by every call: each use sets
 * `lastIndex` before it runs, and no scan runs inside another. Made anew per call (V8 looks each
 * long pattern up in its compilation cache, and compiles it again when the collector has emptied
 * the cache), they were half of the enricher's time: 0.024 → 0.012 ms per corpus article.
 */
function buildScanners() {
  return {
    citation: new RegExp(CITATION_PATTERN, 'gu'),
    law: new RegExp(LAW_NAME_PATTERN, 'gu'),
    date: new RegExp(DATE_TAIL_PATTERN, 'uy'),
    issuer: new RegExp(ISSUER_TAIL_PATTERN, 'uy'),
    issuerBefore: new RegExp(ISSUER_BEFORE_PATTERN, 'uy'),
    jointIssuer: new RegExp(JOINT_ISSUER_PATTERN, 'uy'),
    next: new RegExp(NEXT_NUMBER_PATTERN, 'uy'),
    nextBare: new RegExp(NEXT_BARE_PATTERN, 'uy'),
  };
}
let shared: ReturnType<typeof buildScanners> | null = null;
/** Made on first use, so that loading the module compiles nothing. */
const scanners = (): ReturnType<typeof buildScanners> => (shared ??= buildScanners());
type Scanners = ReturnType<typeof scanners>;

const CANONICAL_KIND: ReadonlyMap<string, string> = new Map([
  ...REFERENCE_KINDS.map((kind): [string, string] => [kind.toLowerCase(), kind]),
  ...Object.entries(KIND_MISPRINTS).map(([printed, kind]): [string, string] => [printed.toLowerCase(), kind]),
]);

interface Found {
  at: number;
  reference: Reference;
}

export const WORD_CHAR = new RegExp(`[${LETTERS}\\d]`, 'u');
/**
 * The last word before a position, if a space separates it: "Trường Đại học Luật" → "học".
 * The word starts the text or follows a non-letter: unanchored, `([letters]+) $` alone would
 * be tried from every letter of a long word (quadratic, recheck); group 1 is the same word.
 */
export const WORD_BEFORE = new RegExp(`(?:^|[^${LETTERS}])([${LETTERS}]+) $`, 'u');
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
    // "luật số" after "kỷ", "pháp": a word, not a law ("kỷ luật số", as lawMayStart for names).
    if (kind === 'Luật' && !lawMayStart(folded, match.index)) continue;
    const bare = groups.bare !== undefined || groups.short !== undefined;
    if (bare && groups.so === undefined && !capitalised) continue; // "quyết định 2 lần"
    // Words between the kind and "số" only before a code: "Hướng dẫn viên số 12" is a guide, not a document;
    // and not after "Luật", whose words are its name (read by the law scan: "Luật đất đai số 31/2024/QH15").
    if (groups.qualifier !== undefined && (groups.code === undefined || kind === 'Luật')) continue;
    const end = match.index + match[0].length;
    // "68- NQ/TW": the space after the separator is a typo, not part of the number.
    const number = groups.code?.replace(' ', '') ?? groups.short ?? groups.bare ?? null;
    found.push(...withIssuerBefore(readTail(text, folded, s, end, { kind, number, title: null, joint: groups.joint !== undefined, bareList: groups.bare !== undefined }, match.index), text, folded, s, match.index));
  }
  for (const match of matches(s.law, folded)) {
    if (!lawMayStart(folded, match.index)) continue;
    const groups = match.groups ?? {};
    // "Luật đất đai 2024": a name in lower case is a law's only with its year or number.
    const lead = groups.lead ?? '';
    if (lead === lead.toLowerCase() && groups.year === undefined && groups.code === undefined) continue;
    const end = match.index + match[0].length;
    const title = text.slice(match.index, end - (groups.codePart?.length ?? 0));
    const number = groups.code?.replace(' ', '') ?? null;
    found.push(...withIssuerBefore(readTail(text, folded, s, end, { kind: 'Luật', number, title, joint: false, bareList: false }, match.index), text, folded, s, match.index));
  }
  return found.sort((a, b) => a.at - b.at);
}

/**
 * After a number: "ngày D", more numbers of the same kind (", 286/QĐ-TTg và 288/QĐ-TTg"; after a
 * bare number, bare ones: "Nghị quyết 59, 70, 71 và 72"),
 * then "của ISSUER" (shared by the whole list; a joint document's issuers all), then "ngày D"
 * if none came before.
 */
function readTail(
  text: string,
  folded: string,
  s: Scanners,
  start: number,
  first: { kind: string; number: string | null; title: string | null; joint: boolean; bareList: boolean },
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
    const after = afterSeparator(folded, position);
    if (after === null) return null;
    position = dateLeadEnd(folded, after);
    const iso = isoDate(sticky(s.date));
    if (iso === null) position = before;
    return iso;
  };
  const group: Found[] = [{ at, reference: makeReference(first.kind, first.number, readDate(), null, first.title) }];
  const nextScanner = first.bareList ? s.nextBare : s.next;
  for (let next = sticky(nextScanner); next; next = sticky(nextScanner)) {
    const number = next.groups?.code?.replace(' ', '') ?? next.groups?.bare ?? null;
    group.push({ at: next.index, reference: makeReference(first.kind, number, readDate(), null, null) });
  }
  const beforeIssuer = position;
  const afterSpaces = afterSeparator(folded, position);
  if (afterSpaces !== null) position = afterSpaces;
  const issuer = afterSpaces === null ? null : sticky(s.issuer);
  if (issuer === null) position = beforeIssuer;
  const issuerName = issuer?.groups?.issuer ?? issuer?.groups?.plenum;
  if (issuerName !== undefined) {
    const from = position - issuerName.length;
    // A joint document has several issuers: "… liên tịch … của Bộ Công an và Bộ Quốc phòng".
    if (first.joint) while (sticky(s.jointIssuer) !== null);
    for (const found of group) found.reference.issuer = text.slice(from, position);
  }
  const last = group.at(-1)?.reference;
  if (last && last.date === null) last.date = readDate();
  // "thông báo số 03 của Lãnh đạo chủ chốt ngày 12/4/2021": an issuer no list knows, then the date.
  if (last && last.date === null && issuer === null) {
    const unknown = unknownIssuerEnd(folded, position);
    if (unknown !== null) {
      const from = position;
      position = unknown.end;
      const date = readDate();
      if (date === null) position = from;
      else {
        last.date = date;
        if (unknown.capitalised) for (const found of group) found.reference.issuer = text.slice(unknown.start, unknown.end);
      }
    }
  }
  return group;
}

/** Most words from an issuer's first to its verb ("Bộ trưởng Bộ Lao động - Thương binh và Xã hội Đào Ngọc Dung" is 12). */
const MAX_ISSUER_BEFORE_WORDS = 14;
/** Family names: a signer's name after the issuer ("Thủ tướng Phạm Minh Chính ký …") is not the issuer's. */
const FAMILY = foldedSet(FAMILY_NAMES);
/** Provinces, which may open with a family name ("Hà Nội", "Cao Bằng", "Lâm Đồng"): the place of a body, no signer. */
const PROVINCE = foldedSet(PROVINCES);
/** A person who signs for a body, and may be named after the post: only after these is a name a signer's. */
const SIGNER_POSTS = /^(?:Phó )?(?:Thủ tướng|Chủ tịch|Bộ trưởng|Thứ trưởng|Tổng Thanh tra|Thống đốc|Tổng Kiểm toán)(?= |$)/u;
/** Marks that end a sentence or clause: an issuer before its verb never reaches across one. */
const CLAUSE_END = /[.;:!?()\[\]"“”]/u;

/**
 * Where the issuer before a document's kind ends, when a verb of ISSUE_VERBS (after an adverb of
 * ISSUE_ADVERBS, perhaps) stands right before the kind: "Chính phủ đã ban hành | Nghị định …"; else null.
 */
function issuingVerbStart(folded: string, at: number): number | null {
  if (folded.charAt(at - 1) !== ' ') return null;
  const verb = ISSUE_VERBS.find((word) => folded.endsWith(` ${word} `, at));
  if (verb === undefined) return null;
  let end = at - verb.length - 2;
  const adverb = ISSUE_ADVERBS.find((word) => folded.endsWith(` ${word}`, end));
  if (adverb !== undefined) end -= adverb.length + 1;
  return end;
}

/**
 * A signer's name at the end of an issuer that is a post ("Thủ tướng Phạm Minh Chính", "Bộ trưởng Bộ Y tế
 * Đào Hồng Lan"): two to four capitalised words from a family name, not a province ("Chủ tịch UBND tỉnh Hà
 * Tĩnh"), after at least two words of the issuer. Where the name starts, or the issuer's length when it
 * ends in none. A body ("HĐND TP Hà Nội") has no signer.
 */
function withoutSigner(issuer: string): number {
  if (!SIGNER_POSTS.test(issuer)) return issuer.length;
  const words = issuer.split(' ');
  for (let k = Math.max(2, words.length - 4); k <= words.length - 2; k++) {
    const tail = words.slice(k);
    const capitalised = tail.every((word) => word.charAt(0) !== word.charAt(0).toLowerCase());
    if (capitalised && FAMILY.has(foldKey(tail[0]!)) && !PROVINCE.has(foldKey(tail.join(' ')))) {
      return words.slice(0, k).join(' ').length;
    }
  }
  return issuer.length;
}

/**
 * The issuer printed before the document, when the citation printed none after it: "Bộ Chính trị ban hành
 * Nghị quyết số 57-NQ/TW", "Thủ tướng Phạm Minh Chính vừa ký Công điện số 25/CĐ-TTg" (the issuer "Thủ
 * tướng"), "Quốc hội thông qua Luật Đất đai". The issuer is a body the lists know (ISSUER_PATTERN), from a
 * word's start within the clause to the verb; the longest wins. Not the date before it ("Ngày 11/3/2025,
 * Bộ Chính trị ban hành Kết luận …"): news prints the day it was announced there, not always the day signed.
 */
function withIssuerBefore(group: Found[], text: string, folded: string, s: Scanners, at: number): Found[] {
  if (group.some((found) => found.reference.issuer !== null)) return group;
  const end = issuingVerbStart(folded, at);
  if (end === null) return group;
  let start = end;
  for (let words = 0; words < MAX_ISSUER_BEFORE_WORDS && start > 0; words++) {
    let k = start - 1;
    while (k > 0 && folded.charAt(k - 1) !== ' ') k--;
    if (CLAUSE_END.test(folded.slice(k, start))) break;
    start = k;
  }
  // The clause's words only: a copy of all the text before would make many citations in one block quadratic.
  const head = folded.slice(start, end);
  for (let from = start; from < end; from = folded.indexOf(' ', from) + 1 || end) {
    s.issuerBefore.lastIndex = from - start;
    const match = s.issuerBefore.exec(head);
    if (!match) continue;
    const length = withoutSigner(folded.slice(from, end));
    // Capitalised words after a body that are no signer's name: not an issuer the lists know. (Where the
    // pattern split body and name may differ from where the name starts: "tỉnh Hà Nam Trương | Quốc Huy".)
    if (match.groups?.signer !== undefined && length === end - from) continue;
    const issuer = text.slice(from, from + length);
    for (const found of group) found.reference.issuer = issuer;
    return group;
  }
  return group;
}

/** Most words of an issuer no list knows ("của Lãnh đạo chủ chốt"), read only when a date follows it. */
const MAX_UNKNOWN_ISSUER_WORDS = 8;

/**
 * After a number, `,? của|do WORDS` up to the space before "ngày": where the words start and end,
 * and whether the first is capitalised (a body's name, kept as the issuer); null when what follows
 * is not such a run of words then "ngày", or when "về" comes first.
 */
function unknownIssuerEnd(folded: string, index: number): { start: number; end: number; capitalised: boolean } | null {
  const after = afterSeparator(folded, index);
  if (after === null) return null;
  const lead = folded.startsWith('của ', after) ? 4 : folded.startsWith('do ', after) ? 3 : 0;
  if (lead === 0) return null;
  const start = after + lead;
  let end = start;
  for (let words = 0; words < MAX_UNKNOWN_ISSUER_WORDS; words++) {
    let k = end;
    while (k < folded.length && /[\p{L}\p{M}&.-]/u.test(folded.charAt(k))) k++;
    // The issuer ends at "về" (the subject follows: a date after it is not the document's).
    if (k === end || (folded.startsWith('về', end) && k === end + 2)) return null;
    if (folded.startsWith(' ngày ', k)) {
      const first = folded.charAt(start);
      return { start, end: k, capitalised: first !== first.toLowerCase() };
    }
    if (folded.charAt(k) !== ' ') return null;
    end = k + 1;
  }
  return null;
}

/** Past "được ban hành ", "ký " (DATE_LEADS) at `index`, when "ngày" follows; else `index`. */
function dateLeadEnd(folded: string, index: number): number {
  for (const lead of DATE_LEADS) {
    if (folded.startsWith(lead, index) && folded.startsWith(' ngày ', index + lead.length)) return index + lead.length + 1;
  }
  return index;
}

/** Where `,? +` at `index` ends (an optional comma, then one space or more), or null: the lead of DATE_TAIL_PATTERN and ISSUER_TAIL_PATTERN, read in code. */
function afterSeparator(text: string, index: number): number | null {
  const spaces = text[index] === ',' ? index + 1 : index;
  let end = spaces;
  while (text[end] === ' ') end += 1;
  return end === spaces ? null : end;
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

/** The references printed in one text, merged, in order of first mention. */
export function findReferences(text: string): Reference[] {
  return mergeReferences(scan(text, scanners()).map((found) => found.reference));
}

export const enrichReferences: Enricher = (article) => {
  const s = scanners();
  const found = textBlocks(article).flatMap((block) => scan(block.text, s).map((f) => f.reference));
  return { ...article, references: mergeReferences([...article.references, ...found]) };
};
