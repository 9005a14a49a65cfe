/**
 * Is an export input article JSON, and in which encoding? JSON opens with two ASCII
 * characters, so the zero bytes among its first four give UTF-16 away (the rule of RFC
 * 4627, section 3): `{ 00 " 00` is UTF-16LE, `00 { 00 "` UTF-16BE; a byte order mark
 * says so too. Windows PowerShell's `>` writes UTF-16LE with a BOM, so `vnnews parse a.txt
 * > a.json` there gives exactly such a file: it is read, not taken for news text (which
 * gave an "article" whose one paragraph was the JSON itself).
 *
 * Only the encoding is decided here, with the TextDecoder built into Node: the JSON is
 * read by readers/json (loaded only for JSON), news text by the parser as before.
 */
import { VnnewsError } from '../errors.js';

type JsonEncoding = 'utf-8' | 'utf-16le' | 'utf-16be';

/** The encoding of text that may be JSON, and the length of its byte order mark. */
export function jsonEncoding(bytes: Uint8Array): { encoding: JsonEncoding; bom: number } {
  const [b0, b1, b2, b3] = bytes;
  if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf) return { encoding: 'utf-8', bom: 3 };
  if (b0 === 0xff && b1 === 0xfe) return { encoding: 'utf-16le', bom: 2 };
  if (b0 === 0xfe && b1 === 0xff) return { encoding: 'utf-16be', bom: 2 };
  if (bytes.length >= 4 && b0 !== 0 && b1 === 0 && b2 !== 0 && b3 === 0) return { encoding: 'utf-16le', bom: 0 };
  if (bytes.length >= 4 && b0 === 0 && b1 !== 0 && b2 === 0 && b3 !== 0) return { encoding: 'utf-16be', bom: 0 };
  return { encoding: 'utf-8', bom: 0 };
}

/** The start of the input as text, enough to tell JSON from news text. */
export function jsonHead(bytes: Uint8Array, sniffBytes: number): string {
  const { encoding, bom } = jsonEncoding(bytes);
  const width = encoding === 'utf-8' ? 1 : 2;
  return new TextDecoder(encoding).decode(bytes.subarray(bom, bom + sniffBytes * width));
}

/** The whole input as text, refusing bytes that are not valid in its encoding (no silent U+FFFD). */
export function jsonText(bytes: Uint8Array): string {
  const { encoding, bom } = jsonEncoding(bytes);
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes.subarray(bom));
  } catch {
    const name = encoding.toUpperCase();
    throw new VnnewsError('BAD_ENCODING', `article JSON that is not valid ${name} text (expected UTF-8, or UTF-16)`);
  }
}

/** News text never is a whole JSON array: "[Video] Tiêu đề" is not JSON, `[{"title": …}]` is. */
export function isJsonArray(head: string, bytes: Uint8Array): boolean {
  if (!/^\uFEFF?\s*\[/.test(head)) return false;
  try {
    return Array.isArray(JSON.parse(jsonText(bytes).replace(/^\uFEFF/, '')));
  } catch {
    return false;
  }
}
