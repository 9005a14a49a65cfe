import { isUtf8 } from 'node:buffer';
import { VnnewsError } from '../errors.js';
import type { Warning } from '../model/article.js';
import { detectUtf16 } from './detect-utf16.js';
import { guessLegacyEncoding } from './guess-legacy-encoding.js';
import { lineNumbersAt } from './line-numbers-at.js';
import { scanUtf8, type Utf8Scan } from './scan-utf8.js';
import { sniffMagic } from './sniff-magic.js';

export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be';

export interface DecodedText {
  text: string;
  /** An Encoding, or for a saved page the charset it declares (readers/html/charset.ts), e.g. "windows-1258". */
  encoding: Encoding | (string & {});
  /** Normalizations done while decoding, e.g. "bom". */
  normalizations: string[];
  warnings: Warning[];
}

/** Invalid UTF-8 bytes above this share of the input (or of its first HEAD_BYTES) mean it is not UTF-8. */
const MAX_INVALID_SHARE = 0.1;
/** The head of the input judged on its own, so a long valid tail cannot hide a bad start. */
const HEAD_BYTES = 64 * 1024;
/**
 * With no more well-formed multibyte sequences than invalid ones, and at least this
 * many invalid ones, text is taken to be in a legacy 8-bit encoding, not damaged UTF-8.
 */
const LEGACY_MIN_INVALID = 2;
/** Control bytes (other than tab, LF, FF, CR) above this share of the head mean binary, not text. */
const MAX_TEXT_CONTROL_SHARE = 0.01;
/** One warning per invalid UTF-8 sequence up to this many, then one summary warning. */
const MAX_INVALID_WARNINGS = 10;

/** Blank: whitespace, U+0085, zero-width characters and BOMs (\s has U+FEFF). */
const NOT_BLANK = /[^\s\u0085\u200b-\u200d\u2060]/;

/**
 * Decode a file's bytes to text. Recognises a UTF-8, UTF-16LE or UTF-16BE byte order
 * mark (stripped, reported as "bom"), UTF-16 without one (a warning), else UTF-8;
 * a few invalid UTF-8 sequences become U+FFFD with one warning each.
 *
 * Throws VnnewsError EMPTY_INPUT for blank input, BINARY_INPUT for binary data and
 * BAD_ENCODING for text that is not UTF-8 (e.g. Windows-1258).
 */
export function decodeBytes(bytes: Uint8Array): DecodedText {
  if (bytes.length === 0) throw new VnnewsError('EMPTY_INPUT', 'empty input');
  const decoded = decodeByKind(bytes);
  if (!NOT_BLANK.test(decoded.text)) throw new VnnewsError('EMPTY_INPUT', 'empty input');
  return decoded;
}

function decodeByKind(bytes: Uint8Array): DecodedText {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return decodeUtf8(bytes, 3);
  if (startsWith(bytes, [0xff, 0xfe])) return decodeUtf16(bytes, 'utf-16le', 2, []);
  if (startsWith(bytes, [0xfe, 0xff])) return decodeUtf16(bytes, 'utf-16be', 2, []);

  const kind = sniffMagic(bytes);
  if (kind) throw new VnnewsError('BINARY_INPUT', `${kind}, not text`);

  const utf16 = detectUtf16(bytes);
  if (utf16) {
    const name = utf16.toUpperCase();
    const message = `${name} text without a byte order mark; decoded as ${name}`;
    return decodeUtf16(bytes, utf16, 0, [{ line: null, rule: 'encoding/utf16-no-bom', message }]);
  }
  return decodeUtf8(bytes, 0);
}

function decodeUtf16(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be', bomLength: number, warnings: Warning[]): DecodedText {
  const body = bytes.subarray(bomLength);
  let text: string;
  try {
    text = new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(body);
  } catch {
    text = new TextDecoder(encoding, { ignoreBOM: true }).decode(body);
    const message = 'invalid UTF-16 (odd byte count or unpaired surrogate) replaced with U+FFFD';
    warnings = [...warnings, { line: null, rule: 'encoding/invalid-utf16', message }];
  }
  const nul = text.indexOf('\0');
  if (nul >= 0) throw new VnnewsError('BINARY_INPUT', `binary data, not text (NUL character at offset ${bomLength + 2 * nul})`);
  return { text, encoding, normalizations: bomLength > 0 ? ['bom'] : [], warnings };
}

function decodeUtf8(bytes: Uint8Array, bomLength: number): DecodedText {
  const body = bytes.subarray(bomLength);
  const normalizations = bomLength > 0 ? ['bom'] : [];
  const nul = body.indexOf(0);
  if (nul >= 0) throw new VnnewsError('BINARY_INPUT', `binary data, not text (NUL byte at offset ${bomLength + nul})`);

  const decoder = new TextDecoder('utf-8', { ignoreBOM: true });
  if (isUtf8(body)) return { text: decoder.decode(body), encoding: 'utf-8', normalizations, warnings: [] };

  const scan = scanUtf8(body, MAX_INVALID_WARNINGS);
  rejectIfNotUtf8(body, scan, bomLength);
  return { text: decoder.decode(body), encoding: 'utf-8', normalizations, warnings: invalidUtf8Warnings(body, scan, bomLength) };
}

/** Throw when the invalid sequences say the input is not UTF-8 at all, rather than UTF-8 with a few bad bytes. */
function rejectIfNotUtf8(body: Uint8Array, scan: Utf8Scan, bomLength: number): void {
  const head = body.subarray(0, HEAD_BYTES);
  const textLike = controlBytes(head) <= head.length * MAX_TEXT_CONTROL_SHARE;
  const firstBad = scan.first[0];
  const where = firstBad ? `first ${hex(body[firstBad.offset]!)} at offset ${bomLength + firstBad.offset}` : '';

  if (textLike && scan.invalidSequences >= LEGACY_MIN_INVALID && scan.invalidSequences >= scan.multibyteSequences) {
    const guess = guessLegacyEncoding(body);
    throw new VnnewsError(
      'BAD_ENCODING',
      `not UTF-8 text (looks like a legacy 8-bit encoding such as ${guess}: ${scan.invalidBytes} invalid bytes, ${where}); ` +
        `convert it to UTF-8 first, e.g. iconv -f ${guess.toUpperCase()} -t UTF-8`,
    );
  }

  const tooMany = tooManyInvalid(body, scan);
  if (!tooMany) return;
  const [invalid, of] = tooMany;
  if (textLike) throw new VnnewsError('BAD_ENCODING', `not UTF-8 text (${invalid} invalid bytes of ${of}, ${where})`);
  throw new VnnewsError('BINARY_INPUT', `binary data, not text (${invalid} invalid UTF-8 bytes of ${of}, ${where})`);
}

/** [invalid bytes, out of what] when too many bytes are invalid, in all or in the head; else null. */
function tooManyInvalid(body: Uint8Array, scan: Utf8Scan): [number, string] | null {
  if (scan.invalidBytes > body.length * MAX_INVALID_SHARE) return [scan.invalidBytes, `${body.length}`];
  if (body.length <= HEAD_BYTES) return null;
  const headInvalid = scanUtf8(body.subarray(0, HEAD_BYTES)).invalidBytes;
  return headInvalid > HEAD_BYTES * MAX_INVALID_SHARE ? [headInvalid, `the first ${HEAD_BYTES}`] : null;
}

function invalidUtf8Warnings(body: Uint8Array, scan: Utf8Scan, bomLength: number): Warning[] {
  const lines = lineNumbersAt(body, scan.first.map((bad) => bad.offset));
  const warnings: Warning[] = scan.first.map((bad, k) => {
    const shown = [...body.subarray(bad.offset, bad.offset + bad.length)].map(hex).join(' ');
    const what = bad.length === 1 ? `byte ${shown}` : `bytes ${shown}`;
    return {
      line: lines[k] ?? null,
      rule: 'encoding/invalid-utf8',
      message: `invalid UTF-8 ${what} at offset ${bomLength + bad.offset} replaced with U+FFFD`,
    };
  });
  const more = scan.invalidSequences - scan.first.length;
  if (more > 0) {
    warnings.push({
      line: null,
      rule: 'encoding/invalid-utf8',
      message: `${more} more invalid UTF-8 sequences replaced with U+FFFD (${scan.invalidSequences} in all)`,
    });
  }
  return warnings;
}

/** Bytes below 0x20 other than tab, LF, FF and CR, and DEL. */
function controlBytes(bytes: Uint8Array): number {
  let count = 0;
  for (const b of bytes) if ((b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0c && b !== 0x0d) || b === 0x7f) count++;
  return count;
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return bytes.length >= prefix.length && prefix.every((b, k) => bytes[k] === b);
}

function hex(byte: number): string {
  return `0x${byte.toString(16).toUpperCase().padStart(2, '0')}`;
}
