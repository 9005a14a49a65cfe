/**
 * The references enricher's regular expressions, as sources built from the word lists in
 * references-vocabulary.ts (references.ts compiles them once per article). Every one is
 * linear: no nested or overlapping quantifiers; tests/enrichers/references-redos.test.ts
 * has recheck confirm it.
 */
import {
  BARE_NUMBER_PATTERN, BODY_STARTS, ISSUER_STOPS, CODE_NUMBER_PATTERN, FIXED_ISSUERS, LAW_NAME_JOINERS, LAW_NAME_MAX_WORDS,
  ISSUER_HEADS, LETTERS, LIST_ITEM_ENDS, LOCAL_ISSUERS, MINISTER_HEADS, LOWER_LETTERS, KIND_MISPRINTS, NAME_STOPS, PLACE_KINDS, UPPER_LETTERS, REFERENCE_KINDS, SHORT_NUMBER_PATTERN, TERM_PATTERN, MINISTRY_HEAD,
} from './references-vocabulary.js';

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\/-]/gu, '\\$&');
const anyOf = (words: readonly string[]): string => `(?:${words.map(escape).join('|')})`;
/** Not followed by a letter: the end of a word (`\b` only knows ASCII letters). */
const END = `(?![${LETTERS}])`;
/** A letter, a lower-case and a capital letter; not a letter or digit after a number. */
const L = `[${LETTERS}]`;
const LOWER = `[${LOWER_LETTERS}]`;
const UPPER = `[${UPPER_LETTERS}]`;
const NOT_WORD_AFTER = `(?![${LETTERS}\\d])`;
/** A kind with its first letter in either case: "[Nn]ghị quyết". */
const kindPattern = (kind: string): string => `[${kind[0]}${kind[0]?.toLowerCase()}]${escape(kind.slice(1))}`;

const STOP = `${anyOf(NAME_STOPS)}${END}`;
const BODY = `${anyOf(BODY_STARTS)}${END}`;
const ISSUER_STOP = `${anyOf([...NAME_STOPS, ...ISSUER_STOPS])}${END}`;
/** A word after the first of an issuer's name: not a stop word, not the start of another body. */
const NAME_WORD = `(?!${ISSUER_STOP}|${BODY})${L}${LOWER}*`;
const MINISTRY_PART = `${UPPER}${LOWER}*(?: ${NAME_WORD}){0,4}`;
/** A document's kind after "và" starts the next citation, not a ministry's name ("… của Bộ Y tế và Quyết định số …"). */
const KIND = `${anyOf(REFERENCE_KINDS)}${END}`;

/** Issuer: a fixed body, a local body and its place, or a ministry ("Bộ Giáo dục và Đào tạo"). */
const LOCAL_ISSUER = `${anyOf(LOCAL_ISSUERS)}(?: ${anyOf(PLACE_KINDS)})?(?: ${UPPER}${LOWER}*){0,4}`;
const MINISTRY_ISSUER = `${escape(MINISTRY_HEAD)} ${MINISTRY_PART}(?:(?:,| và| -) (?!${BODY}|${KIND})${MINISTRY_PART}){0,3}`;
/** A plenum: "Hội nghị lần thứ sáu Ban Chấp hành Trung ương Đảng khóa XII", "Hội nghị Trung ương 4 khóa XII". */
const PLENUM = `Hội nghị (?:lần thứ (?:${LOWER}+|\\d{1,2}) )?(?:Ban Chấp hành Trung ương(?: Đảng)?|Trung ương(?: \\d{1,2})?)(?: ${TERM_PATTERN})?`;
export const ISSUER_PATTERN = [
  // A mass organisation's central committee: "Ban Chấp hành Trung ương Hội Nông dân Việt Nam", "… Đoàn".
  `Ban Chấp hành Trung ương (?:Hội|Đoàn|Mặt trận)(?: ${NAME_WORD}){0,5}`,
  PLENUM,
  `${anyOf(FIXED_ISSUERS)}(?: ${TERM_PATTERN})?`,
  // The head of a body, who signs for it: "Chủ tịch UBND tỉnh Bình Lâm", "Bộ trưởng Bộ Y tế".
  `(?:${anyOf(ISSUER_HEADS)} )?${LOCAL_ISSUER}`,
  `(?:${anyOf(MINISTER_HEADS)} )?${MINISTRY_ISSUER}`,
].map((alternative) => `(?:${alternative})`).join('|');

/** "22/12/2024", "22-12-2024", "22.12.2024", "22 tháng 12 năm 2024". */
const DATE = String.raw`(?<day>\d{1,2})(?:(?<sep>[\/.-])(?<month>\d{1,2})\k<sep>(?<year>\d{4})| tháng (?<monthWord>\d{1,2}) năm (?<yearWord>\d{4}))(?!\d)`;

/**
 * Kind, optional "liên tịch" (a joint document: its kind is the kind), optional "số", number:
 * "Nghị quyết số 57-NQ/TW", "Nghị định 68", "theo quyết định số 12", "Thông tư liên tịch số 1/2025/TTLT-BCA-BQP",
 * "Thông tư 29/2024" (number and year, the letters left out); one or two lower-case words between the kind
 * and "số" say what the document is about, and the kind stays ("Thông báo kết luận số 12-TB/TW",
 * "Quyết định kỷ luật số 15-QĐ/UBKTTU", "Nghị quyết chuyên đề số 05-NQ/TU"), only before a code (checked in code).
 * That the kind starts a word is checked in code (startsWord in references.ts): a leading lookbehind would
 * stop V8 from skipping ahead to the kinds' first letters, which made the scan 4x slower.
 */
const PRINTED_KINDS = [...REFERENCE_KINDS, ...Object.keys(KIND_MISPRINTS)];
export const CITATION_PATTERN = `(?<kind>${PRINTED_KINDS.map(kindPattern).join('|')})(?<joint> +liên tịch)?(?<qualifier>(?: (?!${STOP})${LOWER}+){1,2}(?= số ))?(?<so> +số)? +(?:(?<code>${CODE_NUMBER_PATTERN})${NOT_WORD_AFTER}|(?<short>${SHORT_NUMBER_PATTERN})|(?<bare>${BARE_NUMBER_PATTERN}))`;
/** A word of a law's name: a word in lower case after its first letter, or an abbreviation in capitals ("ĐBQH"). */
const LAW_WORD = `${L}(?:${LOWER}+|${UPPER}{1,7})?`;
/**
 * A law by name: "Luật Đất đai 2024", "Luật Chứng khoán số 54/2019/QH14", "Luật Phòng, chống tham nhũng".
 * The word before "Luật" is checked in code (lawMayStart in references.ts), for the same reason as above,
 * and so is a name in lower case (`lead`), which needs its year or number.
 */
export const LAW_NAME_PATTERN = `Luật (?!${STOP})(?<lead>${L})${LOWER}*(?:${anyOf(LAW_NAME_JOINERS)}| và (?!${BODY}|${KIND}|Luật${END})${UPPER}${LOWER}*|(?: (?!${STOP})${LAW_WORD})){0,${LAW_NAME_MAX_WORDS}}(?=$|[^${LETTERS}\\d ]| ${STOP}| \\d)(?: (?:năm )?(?<year>\\d{4})${NOT_WORD_AFTER})?(?<codePart> (?:số )?(?<code>${CODE_NUMBER_PATTERN})${NOT_WORD_AFTER})?`;
/**
 * What may follow a number: its date, its issuer, another number of the same kind. The date's
 * leading `,? +` is skipped in code (afterSeparator in references.ts): ` +` first in a pattern
 * is quadratic when searched from every position of a run of spaces (recheck), and with it
 * the look-ahead and back-reference kept the check from ending within 120 s.
 */
export const DATE_TAIL_PATTERN = `ngày ${DATE}`;
/** After the number: "của" or "do", then the issuer; or a plenum with neither ("Nghị quyết số 60-NQ/TW Hội nghị lần thứ 11 …"). Its lead `,? +` is read in code, as DATE_TAIL_PATTERN's. */
export const ISSUER_TAIL_PATTERN = `(?:(?:của|do) (?<issuer>${ISSUER_PATTERN})|(?<plenum>${PLENUM}))${END}`;
/**
 * An issuer printed before its verb, read on the text up to the verb ("Bộ Chính trị" of "Ngày 22/12/2024,
 * Bộ Chính trị ban hành Nghị quyết …"): sticky from a word's start, to the end of that text, so it
 * backtracks into the alternative that ends there; a signer's name may follow the issuer ("Thủ tướng Phạm Minh
 * Chính", checked for a family name in code).
 */
export const ISSUER_BEFORE_PATTERN = `(?<issuer>${ISSUER_PATTERN})(?<signer>(?: ${UPPER}${LOWER}*){2,4})?$`;
/** A joint document's further issuers: "Thông tư liên tịch … của Bộ Công an(, Bộ Quốc phòng| và Bộ Quốc phòng)". */
export const JOINT_ISSUER_PATTERN = `(?:,| và) (?:${ISSUER_PATTERN})${END}`;
/** After a bare number, the next of a list: "Nghị quyết 59, 70, 71 và 72" (LIST_ITEM_ENDS says where an item ends). */
export const NEXT_BARE_PATTERN = `(?:,| và) +(?:số +)?(?<bare>${BARE_NUMBER_PATTERN})(?=$|[^${LETTERS}\\d ]| ${anyOf(LIST_ITEM_ENDS)}${END})`;
export const NEXT_NUMBER_PATTERN = `(?:,| và) +(?:số +)?(?<code>${CODE_NUMBER_PATTERN})${NOT_WORD_AFTER}`;

/** Cheap test before the scans: a kind's stem somewhere in the text. */
export const ANY_KIND_PATTERN = PRINTED_KINDS.map(kindPattern).join('|');
