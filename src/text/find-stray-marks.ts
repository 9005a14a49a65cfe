import type { Warning } from '../model/article.js';

/**
 * Combining diacritics (U+0300–U+036F) left in NFC text. Every Vietnamese letter,
 * tone included, has a precomposed form, so NFC joins "a" + U+0306 + U+0323 into
 * "ặ"; a mark still there could not be attached: a second tone mark ("hoà" + U+0300),
 * a mark on a consonant, a mark at the start of a line. It is kept (no text is lost)
 * and reported.
 */
const STRAY_MARK = /[\u0300-\u036f]/g;
/** One warning per stray mark up to this many, then one summary warning. */
const MAX_WARNINGS = 10;

/** Warnings for the combining marks NFC text still has, with 1-based line numbers. */
export function findStrayMarks(text: string): Warning[] {
  const warnings: Warning[] = [];
  let count = 0;
  let line = 1;
  let lineStart = 0;
  for (const match of text.matchAll(new RegExp(STRAY_MARK))) {
    count++;
    if (count > MAX_WARNINGS) continue;
    for (let nl = text.indexOf('\n', lineStart); nl !== -1 && nl < match.index; nl = text.indexOf('\n', lineStart)) {
      line++;
      lineStart = nl + 1;
    }
    const code = match[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0');
    warnings.push({
      line,
      rule: 'text/stray-combining-mark',
      message: `combining mark U+${code} ${where(text, match.index, lineStart)} could not be joined to a letter; kept as printed`,
    });
  }
  if (count > MAX_WARNINGS) {
    warnings.push({
      line: null,
      rule: 'text/stray-combining-mark',
      message: `${count - MAX_WARNINGS} more combining marks could not be joined to a letter (${count} in all)`,
    });
  }
  return warnings;
}

/** 'after "à"', 'after a space' or 'at the start of a line'. */
function where(text: string, index: number, lineStart: number): string {
  if (index === lineStart) return 'at the start of a line';
  const unit = text.charCodeAt(index - 1);
  const isLowSurrogate = unit >= 0xdc00 && unit <= 0xdfff;
  const previous = text.slice(isLowSurrogate && index - 2 >= lineStart ? index - 2 : index - 1, index);
  return previous === ' ' ? 'after a space' : `after "${previous}"`;
}
