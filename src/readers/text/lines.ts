import { endsSentence } from './patterns.js';

/** A non-blank line of the input, with where it stands. */
export interface Line {
  /** 1-based line number in the normalized text. */
  no: number;
  /** The line trimmed, inner runs of spaces collapsed. */
  text: string;
  /** Blank lines between this line and the previous non-blank one (0 = glued). */
  gapBefore: number;
  /** Blank lines between this line and the next non-blank one. */
  gapAfter: number;
}

/** Split normalized text (LF line ends) into its non-blank lines. */
export function toLines(text: string): Line[] {
  const out: Line[] = [];
  let gap = 0;
  let no = 0;
  for (const raw of text.split('\n')) {
    no++;
    const trimmed = (raw.includes('  ') || raw.includes('\t') ? raw.replace(/[ \t]+/gu, ' ') : raw).trim();
    if (trimmed === '') {
      gap++;
      continue;
    }
    const prev = out[out.length - 1];
    if (prev) prev.gapAfter = gap;
    const right = raw.includes(RIGHT_ALIGN_GAP) ? rightAligned(raw) : null;
    out.push({ no, text: right?.text ?? trimmed, gapBefore: out.length === 0 ? 0 : gap, gapAfter: 0 });
    if (right) out.push({ no, text: right.aside, gapBefore: 0, gapAfter: 0 });
    gap = 0;
  }
  return out;
}

/** A wide run of spaces: what a page puts between a paragraph and a signature aligned right on its last line. */
const RIGHT_ALIGN_GAP = ' '.repeat(10);
/** Such a signature is at most this long; the paragraph before it at least this long. */
const MAX_ASIDE_LENGTH = 40;
const MIN_TEXT_BEFORE_ASIDE = 60;

/**
 * A short line's worth printed far right on a paragraph's last line, past a wide run of spaces ("… hoa
 * quả.                    P.V": the reporter's mark aligned right): the paragraph, then the aside as a
 * line of its own. Only after a sentence's end, so a table's columns stay one line.
 */
function rightAligned(raw: string): { text: string; aside: string } | null {
  const line = raw.trimEnd();
  const at = line.lastIndexOf(RIGHT_ALIGN_GAP);
  if (at < 0) return null;
  const aside = line.slice(at).trim();
  const text = line.slice(0, at).replace(/[ \t]+/gu, ' ').trim();
  if (aside === '' || aside.length > MAX_ASIDE_LENGTH || text.length < MIN_TEXT_BEFORE_ASIDE || !endsSentence(text)) return null;
  return { text, aside: aside.replace(/[ \t]+/gu, ' ') };
}

/**
 * True when the text separates its paragraphs with blank lines (most CMS
 * exports and browser copies); false when every line is its own paragraph.
 */
export function isBlankSeparated(lines: readonly Line[]): boolean {
  if (lines.length < 3) return true;
  const separated = lines.slice(0, -1).filter((l) => l.gapAfter > 0).length;
  return separated / (lines.length - 1) >= 0.4;
}
