import { VnnewsError } from '../errors.js';
import type { Warning } from '../model/article.js';

export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be';

export interface DecodedText {
  text: string;
  encoding: Encoding;
  /** Normalizations done while decoding, e.g. "bom". */
  normalizations: string[];
  warnings: Warning[];
}

/** PLACEHOLDER: minimal UTF-8 decoding; replaced by the full text layer. */
export function decodeBytes(bytes: Uint8Array): DecodedText {
  const text = new TextDecoder('utf-8').decode(bytes);
  if (text.trim() === '') throw new VnnewsError('EMPTY_INPUT', 'empty input');
  return { text, encoding: 'utf-8', normalizations: [], warnings: [] };
}
