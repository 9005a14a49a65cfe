/**
 * A saved page that is not UTF-8 but says what it is: `<meta charset="windows-1258">` or
 * `<meta http-equiv="Content-Type" content="text/html; charset=windows-1258">` (older Vietnamese
 * sites). Plain text in a legacy encoding is refused (text/decode.ts: a guess between Windows-1258,
 * TCVN3 and VNI could give a plausible article full of wrong letters); a page's own declaration is
 * no guess, so it is decoded with it, as a browser would.
 */
import { isUtf8 } from 'node:buffer';
import { TextDecoder } from 'node:util';
import type { DecodedText } from '../../text/decode.js';
import { isHtmlDocument } from './detect.js';

/** Browsers look for the declaration in the first 1,024 bytes (the HTML standard's prescan). */
const PRESCAN_BYTES = 1024;

/** A charset in a <meta> tag: its own attribute, or inside http-equiv's content. */
const META_CHARSET = /<meta\b[^<>]{0,300}?charset\s*=\s*["']?([a-z0-9._:-]{1,40})/i;

/**
 * The page decoded with the charset it declares, or null: when it is UTF-8 (decode.ts reads
 * it), is no page, declares nothing or UTF-8, or names a charset this Node cannot decode.
 */
export function decodeDeclaredCharset(bytes: Uint8Array, path: string | null): DecodedText | null {
  // The head first: parseDocument asks this of every input, and for text it must cost no pass over the bytes.
  const head = Buffer.from(bytes.subarray(0, PRESCAN_BYTES)).toString('latin1');
  if (!isHtmlDocument(head, path)) return null;
  const label = META_CHARSET.exec(head)?.[1];
  if (label === undefined || bytes.indexOf(0) !== -1 || isUtf8(bytes)) return null;
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(label);
  } catch {
    return null; // not a charset WHATWG knows ("vni", "tcvn3": font tricks, not encodings)
  }
  if (decoder.encoding === 'utf-8' || decoder.encoding.startsWith('utf-16')) return null;
  return {
    text: decoder.decode(bytes),
    encoding: decoder.encoding,
    normalizations: [],
    warnings: [{ line: null, rule: 'encoding/declared', message: `not UTF-8: decoded as ${decoder.encoding}, the charset the page declares` }],
  };
}
