/**
 * Width and word wrapping for text printed in a terminal table.
 *
 * Vietnamese letters are single-width, one code point each in NFC ("Ủ" is U+1EE6);
 * text typed in NFD carries combining marks (U+0300–U+036F…) that take no column. So a
 * string's width is its NFC code points minus any combining marks left. East Asian
 * wide characters are not counted double: vnnews prints Vietnamese.
 */

const COMBINING = /\p{M}/gu;

/** Columns a string takes in a terminal (see above). */
export function displayWidth(text: string): number {
  const nfc = text.normalize('NFC');
  let width = 0;
  for (const _ of nfc.replace(COMBINING, '')) width += 1;
  return width;
}

/** `text` padded on the left to `width` columns (never cut). */
export function padStart(text: string, width: number): string {
  return ' '.repeat(Math.max(0, width - displayWidth(text))) + text;
}

/**
 * Lines of at most `width` columns, broken at spaces; a word longer than a line is
 * cut into pieces of `width`. Spaces runs collapse; an empty text gives one empty line.
 */
export function wrapText(text: string, width: number): string[] {
  const limit = Math.max(1, width);
  const lines: string[] = [];
  let line = '';
  for (const word of text.normalize('NFC').split(/\s+/u).filter((w) => w !== '')) {
    for (const piece of splitLong(word, limit)) {
      const joined = line === '' ? piece : `${line} ${piece}`;
      if (displayWidth(joined) <= limit) {
        line = joined;
      } else {
        if (line !== '') lines.push(line);
        line = piece;
      }
    }
  }
  lines.push(line);
  return lines;
}

/** A word wider than `limit`, cut into pieces of `limit` columns. */
function splitLong(word: string, limit: number): string[] {
  if (displayWidth(word) <= limit) return [word];
  const points = [...word.replace(COMBINING, '')];
  const pieces: string[] = [];
  for (let i = 0; i < points.length; i += limit) pieces.push(points.slice(i, i + limit).join(''));
  return pieces;
}
