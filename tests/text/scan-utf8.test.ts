import { describe, it, expect } from 'vitest';
import { scanUtf8 } from '../../src/text/scan-utf8.js';

/** U+FFFD that TextDecoder emits for invalid input (not counting U+FFFD encoded in it: EF BF BD). */
function decoderReplacements(bytes: Uint8Array): number {
  const text = new TextDecoder().decode(bytes);
  let replacements = 0;
  for (const char of text) if (char === '\uFFFD') replacements++;
  let encoded = 0;
  for (let i = bytes.indexOf(0xef); i !== -1; i = bytes.indexOf(0xef, i + 1)) {
    if (bytes[i + 1] === 0xbf && bytes[i + 2] === 0xbd) encoded++;
  }
  return replacements - encoded;
}

describe('scanUtf8', () => {
  it('finds nothing wrong in valid text and counts its multibyte sequences', () => {
    const scan = scanUtf8(new TextEncoder().encode('Việt Nam 🇻🇳 ok'), 5);
    expect(scan).toEqual({ invalidSequences: 0, invalidBytes: 0, multibyteSequences: 3, first: [] });
  });

  // Each maximal invalid subpart is one U+FFFD (WHATWG Encoding Standard, Unicode §3.9).
  const cases: Array<[string, number[], Array<[number, number]>]> = [
    ['a lone continuation byte', [0x41, 0x80, 0x41], [[1, 1]]],
    ['an overlong 2-byte lead (C0, C1)', [0xc0, 0xaf, 0xc1, 0xbf], [[0, 1], [1, 1], [2, 1], [3, 1]]],
    ['an overlong 3-byte form (E0 80)', [0xe0, 0x80, 0x80], [[0, 1], [1, 1], [2, 1]]],
    ['a UTF-16 surrogate (ED A0 80)', [0xed, 0xa0, 0x80], [[0, 1], [1, 1], [2, 1]]],
    ['an overlong 4-byte form (F0 80)', [0xf0, 0x80, 0x80, 0x80], [[0, 1], [1, 1], [2, 1], [3, 1]]],
    ['a code point above U+10FFFF (F4 90)', [0xf4, 0x90, 0x80, 0x80], [[0, 1], [1, 1], [2, 1], [3, 1]]],
    ['a byte never used in UTF-8 (F5, FF)', [0xf5, 0x41, 0xff], [[0, 1], [2, 1]]],
    ['a 3-byte sequence cut by ASCII', [0xe1, 0x80, 0x41], [[0, 2]]],
    ['a 4-byte sequence cut by a new lead', [0xf0, 0x9f, 0x98, 0xc3, 0xa0], [[0, 3]]],
    ['a sequence cut by the end of input', [0x41, 0xf0, 0x9f, 0x98], [[1, 3]]],
  ];
  for (const [name, bytes, expected] of cases) {
    it(`reports ${name} as TextDecoder does`, () => {
      const input = new Uint8Array(bytes);
      const scan = scanUtf8(input, 10);
      expect(scan.first.map((bad) => [bad.offset, bad.length])).toEqual(expected);
      expect(scan.invalidSequences).toBe(decoderReplacements(input));
      expect(scan.invalidBytes).toBe(expected.reduce((sum, [, length]) => sum + length, 0));
    });
  }

  it('keeps only as many invalid subparts as asked for, but counts them all', () => {
    const scan = scanUtf8(new Uint8Array(20).fill(0xff), 3);
    expect(scan.first).toHaveLength(3);
    expect(scan.invalidSequences).toBe(20);
  });

  it('agrees with TextDecoder on 2000 random byte strings', () => {
    let seed = 42;
    const next = () => (seed = (seed * 1103515245 + 12345) >>> 0) >>> 16;
    // Mostly lead and continuation bytes, so that near-valid sequences are common.
    const alphabet = [0x41, 0x80, 0x8f, 0x90, 0x9f, 0xa0, 0xbd, 0xbf, 0xc0, 0xc2, 0xdf, 0xe0, 0xe1, 0xed, 0xef, 0xf0, 0xf4, 0xf5, 0xff];
    for (let round = 0; round < 2000; round++) {
      const bytes = new Uint8Array(1 + (next() % 24)).map(() => alphabet[next() % alphabet.length]!);
      expect(scanUtf8(bytes).invalidSequences, Buffer.from(bytes).toString('hex')).toBe(decoderReplacements(bytes));
    }
  });
});
