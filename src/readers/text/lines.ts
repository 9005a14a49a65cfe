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
    out.push({ no, text: trimmed, gapBefore: out.length === 0 ? 0 : gap, gapAfter: 0 });
    gap = 0;
  }
  return out;
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
