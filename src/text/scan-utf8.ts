/** One maximal invalid subpart: the bytes a WHATWG UTF-8 decoder turns into one U+FFFD. */
export interface InvalidSequence {
  /** Offset of its first byte in the scanned bytes. */
  offset: number;
  /** 1 to 3 bytes. */
  length: number;
}

export interface Utf8Scan {
  /** How many U+FFFD a WHATWG decoder (TextDecoder) emits for the input. */
  invalidSequences: number;
  /** Bytes inside those invalid subparts. */
  invalidBytes: number;
  /** Well-formed 2- to 4-byte sequences: evidence that the input really is UTF-8. */
  multibyteSequences: number;
  /** The first invalid subparts, in order, as many as asked for. */
  first: InvalidSequence[];
}

/**
 * Scan bytes as UTF-8 the way the WHATWG Encoding Standard decodes them, without
 * building a string: linear time, one pass, no allocation besides `first`.
 *
 * A lead byte sets how many continuation bytes follow and the range of the first one
 * (E0 → A0..BF rules out overlongs, ED → 80..9F rules out surrogates, F0 → 90..BF
 * overlongs, F4 → 80..8F code points above U+10FFFF). When a byte does not fit, the
 * bytes taken so far are one invalid subpart and that byte is looked at again as a lead.
 */
export function scanUtf8(bytes: Uint8Array, keep = 0): Utf8Scan {
  const n = bytes.length;
  const first: InvalidSequence[] = [];
  let invalidSequences = 0;
  let invalidBytes = 0;
  let multibyteSequences = 0;
  let i = 0;

  while (i < n) {
    const lead = bytes[i]!;
    if (lead < 0x80) {
      i++;
      continue;
    }

    let need = 0;
    let lower = 0x80;
    let upper = 0xbf;
    if (lead >= 0xc2 && lead <= 0xdf) need = 1;
    else if (lead >= 0xe0 && lead <= 0xef) {
      need = 2;
      if (lead === 0xe0) lower = 0xa0;
      else if (lead === 0xed) upper = 0x9f;
    } else if (lead >= 0xf0 && lead <= 0xf4) {
      need = 3;
      if (lead === 0xf0) lower = 0x90;
      else if (lead === 0xf4) upper = 0x8f;
    }
    // Otherwise (80..C1, F5..FF) the lead byte alone is invalid: need stays 0.

    let j = i + 1;
    let complete = need > 0;
    for (let k = 0; k < need; k++) {
      const next = j < n ? bytes[j]! : -1;
      if (next < lower || next > upper) {
        complete = false;
        break;
      }
      j++;
      lower = 0x80;
      upper = 0xbf;
    }

    if (complete) {
      multibyteSequences++;
    } else {
      invalidSequences++;
      invalidBytes += j - i;
      if (first.length < keep) first.push({ offset: i, length: j - i });
    }
    i = j;
  }

  return { invalidSequences, invalidBytes, multibyteSequences, first };
}
