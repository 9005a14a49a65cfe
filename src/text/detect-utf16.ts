/** Bytes looked at to recognise UTF-16 without a byte order mark (an even number). */
export const UTF16_SAMPLE_BYTES = 64 * 1024;

/**
 * In UTF-16 every ASCII character has a NUL high byte: at odd offsets in UTF-16LE
 * ("A" = 41 00), at even offsets in UTF-16BE. Vietnamese text is still about three
 * quarters ASCII (spaces, consonants, digits), so NULs fill at least this share of
 * the 2-byte units on one side...
 */
const MIN_NUL_SHARE = 0.3;
/** ...while the other side has at most this many NULs per NUL on the first side. */
const MAX_OTHER_SIDE_NULS = 0.1;
/** Decoded, at least this share of the non-space characters are letters or marks... */
const MIN_LETTER_SHARE = 0.5;
/** ...and at most this share of all characters are control characters. */
const MAX_CONTROL_SHARE = 0.01;

/**
 * Recognise UTF-16 text that has no byte order mark from its NUL pattern, confirmed
 * by decoding a sample and finding mostly letters. Returns the encoding, or null.
 */
export function detectUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const sample = bytes.subarray(0, Math.min(bytes.length, UTF16_SAMPLE_BYTES) & ~1);
  const units = sample.length / 2;
  if (units === 0) return null;

  let evenNuls = 0;
  let oddNuls = 0;
  for (let i = 0; i < sample.length; i += 2) {
    if (sample[i] === 0) evenNuls++;
    if (sample[i + 1] === 0) oddNuls++;
  }
  const encoding = oddNuls >= evenNuls ? 'utf-16le' : 'utf-16be';
  const nuls = Math.max(evenNuls, oddNuls);
  const otherNuls = Math.min(evenNuls, oddNuls);
  if (nuls < units * MIN_NUL_SHARE || otherNuls > nuls * MAX_OTHER_SIDE_NULS) return null;

  return looksLikeText(new TextDecoder(encoding).decode(sample)) ? encoding : null;
}

function looksLikeText(text: string): boolean {
  const visible = text.replace(/\s+/g, '').length;
  const letters = text.replace(/[^\p{L}\p{M}]+/gu, '').length;
  const controls = text.length - text.replace(/[\0-\x08\x0b\x0e-\x1f\x7f-\x84\x86-\x9f]+/g, '').length;
  return letters >= visible * MIN_LETTER_SHARE && controls <= text.length * MAX_CONTROL_SHARE;
}
