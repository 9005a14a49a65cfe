import type { Warning } from '../model/article.js';
import { CHAR_RULES, NORMALIZATION_ORDER } from './char-rules.js';
import { findStrayMarks } from './find-stray-marks.js';

export interface NormalizedText {
  text: string;
  /** What was changed, in NORMALIZATION_ORDER: "bom", "crlf", "nfc", "nbsp", … */
  normalizations: string[];
  /** What was kept as printed but looks wrong, e.g. a combining mark NFC could not attach. */
  warnings: Warning[];
}

/**
 * The replacements mapChars makes, in order, as regex sources: CRLF before a lone
 * CR, then each of CHAR_RULES as one character class ("[\\u200b-\\u200d\\u2060\\ufeff]").
 */
export const REPLACEMENTS: ReadonlyArray<{ name: string; source: string; to: string }> = [
  { name: 'crlf', source: '\\r\\n', to: '\n' },
  { name: 'cr', source: '\\r', to: '\n' },
  ...CHAR_RULES.map((rule) => ({
    name: rule.name,
    source: `[${rule.ranges.map(([from, to]) => (from === to ? u(from) : `${u(from)}-${u(to)}`)).join('')}]`,
    to: rule.to,
  })),
];

/** Any character some replacement applies to: one scan, so clean text costs a single search. */
export const ANY_REPLACEMENT = new RegExp(`\\r|${REPLACEMENTS.slice(2).map((r) => r.source).join('|')}`, 'u');

/**
 * Normalize decoded text for the readers: line ends to "\n", NFC, Unicode spaces to
 * " ", zero-width and control characters removed, tabs to spaces, trailing spaces
 * cut. Lines are never joined, split or dropped (a blank line stays a blank line),
 * and the spelling is kept as printed: "hoà" stays "hoà", "hòa" stays "hòa".
 * Linear time, fast on a 20 MB single line: a few native searches, one pass over
 * the lines, one NFC.
 */
export interface NormalizeOptions {
  /**
   * Compose to NFC (default true). Off for YAML front matter, whose escapes ("\\n") NFC
   * would fuse with a combining mark after them ("\\n" + U+0300 → "\\ǹ", an invalid
   * escape): its values are composed once parsed instead (readers/markdown/front-matter.ts).
   */
  compose?: boolean;
}

export function normalizeText(input: string, options: NormalizeOptions = {}): NormalizedText {
  const compose = options.compose ?? true;
  const applied = new Set<string>();
  const start = input.charCodeAt(0) === 0xfeff ? 1 : 0;
  if (start) applied.add('bom');

  // Chunk by chunk, so a 20 MB text is never copied whole once per step (each replace,
  // the trim and NFC would each make a full copy): only the joined result is whole.
  const parts: string[] = [];
  let changed = start > 0;
  for (let from = start; from < input.length; ) {
    const to = chunkEnd(input, from);
    const chunk = input.slice(from, to);
    const mapped = mapChars(chunk, applied);
    const trimmed = trimLineEnds(mapped);
    if (trimmed !== mapped) applied.add('trailing-space');
    const composed = compose ? trimmed.normalize('NFC') : trimmed;
    if (composed !== trimmed) applied.add('nfc');
    if (composed !== chunk) changed = true;
    parts.push(composed);
    from = to;
  }
  const text = !changed ? input : parts.length === 1 ? parts[0]! : parts.join('');

  return {
    text,
    normalizations: NORMALIZATION_ORDER.filter((name) => applied.has(name)),
    warnings: findStrayMarks(text),
  };
}

/** About this many characters per chunk: small enough that its copies stay in the young generation (freed at once). */
const CHUNK = 1 << 15;

/**
 * Where the chunk from `from` ends: just past the first "\n" at or after CHUNK characters,
 * or the end of the text. A line end is a safe cut for every step: CRLF stays whole (the
 * "\n" is its last character), trailing spaces are per line, NFC never composes across one.
 */
function chunkEnd(text: string, from: number): number {
  if (text.length - from <= CHUNK) return text.length;
  const newline = text.indexOf('\n', from + CHUNK);
  return newline === -1 ? text.length : newline + 1;
}

/**
 * Each replacement compiled once (normalizeText now calls mapChars per chunk): `find`
 * without the g flag, so it keeps no state between calls; `all` with it, which replace()
 * resets before it starts.
 */
const COMPILED = REPLACEMENTS.map(({ name, source, to }) => ({ name, to, find: new RegExp(source), all: new RegExp(source, 'g') }));

/**
 * Make the REPLACEMENTS in `input`: one native search per replacement, and a replace
 * only where it applies, so text that needs none is not copied.
 */
function mapChars(input: string, applied: Set<string>): string {
  let text = input;
  if (!ANY_REPLACEMENT.test(text)) return text;
  for (const { name, to, find, all } of COMPILED) {
    if (!find.test(text)) continue;
    applied.add(name);
    text = text.replace(all, to);
  }
  return text;
}

/** Cut spaces at the end of every line; returns `text` itself when there are none. */
function trimLineEnds(text: string): string {
  const parts: string[] = [];
  let from = 0;
  let lineStart = 0;
  for (;;) {
    const newline = text.indexOf('\n', lineStart);
    const lineEnd = newline === -1 ? text.length : newline;
    let end = lineEnd;
    while (end > lineStart && text.charCodeAt(end - 1) === 0x20) end--;
    if (end < lineEnd) {
      parts.push(text.slice(from, end));
      from = lineEnd;
    }
    if (newline === -1) break;
    lineStart = newline + 1;
  }
  if (parts.length === 0) return text;
  parts.push(text.slice(from));
  return parts.join('');
}

function u(code: number): string {
  return `\\u${code.toString(16).padStart(4, '0')}`;
}
