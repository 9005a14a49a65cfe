/**
 * 1-based line numbers, in the text as normalizeText will leave it, of byte offsets
 * into UTF-8 bytes. Counts the line ends normalizeText turns into "\n": LF, CRLF
 * (once), a lone CR, U+0085 (C2 85), U+2028 and U+2029 (E2 80 A8/A9).
 * `offsets` must be ascending; one pass up to the last of them.
 */
export function lineNumbersAt(bytes: Uint8Array, offsets: readonly number[]): number[] {
  const lines: number[] = [];
  let line = 1;
  let i = 0;
  for (const offset of offsets) {
    for (; i < offset; i++) {
      const b = bytes[i]!;
      if (b === 0x0a) line++;
      else if (b === 0x0d) {
        if (bytes[i + 1] !== 0x0a) line++;
      } else if (b === 0xc2) {
        if (bytes[i + 1] === 0x85) line++;
      } else if (b === 0xe2) {
        if (bytes[i + 1] === 0x80 && (bytes[i + 2] === 0xa8 || bytes[i + 2] === 0xa9)) line++;
      }
    }
    lines.push(line);
  }
  return lines;
}
