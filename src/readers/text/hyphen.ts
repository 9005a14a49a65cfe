/**
 * Gluing a line to the line it carries on. A word broken at the end of a line with a hyphen
 * (a PDF or a mail wrapped to a width: "Siemens Ga-" / "mesa (Tây Ban Nha)") is one word again:
 * a foreign word loses the hyphen ("Gamesa"), and two Vietnamese syllables keep it ("tua-" /
 * "bin" → "tua-bin", "Ả-" / "rập" → "Ả-rập": transcribed loanwords are printed hyphenated).
 * Anything else is glued with a space, as a wrapped line is.
 */
import { isVietnameseSyllable } from '../../text/syllable.js';

/** The letters opening the next line, in lower case: the rest of the word. */
const WORD_REST = /^\p{Ll}\p{L}*/u;
const LETTER = /^\p{L}$/u;
/** Longest first part of a broken word looked back over (a word, not a run of letters of any length). */
const MAX_PART = 40;

/** The letters right before the hyphen that ends `above` ("Ga" of "… Siemens Ga-"), or null. */
function brokenWordStart(above: string): string | null {
  const hyphen = above.length - 1;
  let start = hyphen;
  while (start > 0 && hyphen - start < MAX_PART && LETTER.test(above.charAt(start - 1))) start--;
  // A whole part: not a bare hyphen, not cut by the bound.
  if (start === hyphen || (start > 0 && LETTER.test(above.charAt(start - 1)))) return null;
  return above.slice(start, hyphen);
}

export function glueLine(above: string, line: string): string {
  // A cheap gate: most lines do not end with a hyphen.
  if (!above.endsWith('-')) return `${above} ${line}`;
  const part = brokenWordStart(above);
  const rest = part === null ? null : WORD_REST.exec(line);
  if (part === null || rest === null) return `${above} ${line}`;
  const syllables = isVietnameseSyllable(part.toLowerCase()) && isVietnameseSyllable(rest[0]);
  return syllables ? `${above}${line}` : `${above.slice(0, -1)}${line}`;
}
