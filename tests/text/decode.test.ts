import { describe, it, expect } from 'vitest';
import { decodeBytes } from '../../src/text/decode.js';
import { MAGIC_NUMBERS } from '../../src/text/sniff-magic.js';
import { VnnewsError } from '../../src/errors.js';

const VI = 'Thủ tướng Chính phủ chủ trì cuộc họp.\nĐà Nẵng, ngày 11/3.\n';

const utf8 = (text: string) => new Uint8Array(Buffer.from(text, 'utf8'));
const utf16le = (text: string) => new Uint8Array(Buffer.from(text, 'utf16le'));
const utf16be = (text: string) => new Uint8Array(Buffer.from(text, 'utf16le').swap16());
const bytes = (...parts: Array<string | number[]>) =>
  new Uint8Array(Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'utf8') : Buffer.from(p)))));

/** The VnnewsError decodeBytes throws, or fail. */
function errorOf(input: Uint8Array): VnnewsError {
  try {
    decodeBytes(input);
  } catch (error) {
    expect(error).toBeInstanceOf(VnnewsError);
    return error as VnnewsError;
  }
  throw new Error('decodeBytes did not throw');
}

describe('decodeBytes: encodings', () => {
  it('decodes plain UTF-8 with nothing to report', () => {
    expect(decodeBytes(utf8(VI))).toEqual({ text: VI, encoding: 'utf-8', normalizations: [], warnings: [] });
  });

  it('strips a UTF-8 BOM and reports "bom"', () => {
    expect(decodeBytes(bytes([0xef, 0xbb, 0xbf], VI))).toEqual({
      text: VI,
      encoding: 'utf-8',
      normalizations: ['bom'],
      warnings: [],
    });
  });

  it('strips only the first BOM; a second one stays for normalizeText', () => {
    expect(decodeBytes(bytes([0xef, 0xbb, 0xbf, 0xef, 0xbb, 0xbf], 'Tin')).text).toBe('\uFEFFTin');
  });

  it('decodes UTF-16LE with a BOM', () => {
    const decoded = decodeBytes(new Uint8Array([0xff, 0xfe, ...utf16le(VI)]));
    expect(decoded).toEqual({ text: VI, encoding: 'utf-16le', normalizations: ['bom'], warnings: [] });
  });

  it('decodes UTF-16BE with a BOM', () => {
    const decoded = decodeBytes(new Uint8Array([0xfe, 0xff, ...utf16be(VI)]));
    expect(decoded).toEqual({ text: VI, encoding: 'utf-16be', normalizations: ['bom'], warnings: [] });
  });

  it('recognises UTF-16LE without a BOM and warns', () => {
    const decoded = decodeBytes(utf16le(VI));
    expect(decoded.text).toBe(VI);
    expect(decoded.encoding).toBe('utf-16le');
    expect(decoded.normalizations).toEqual([]);
    expect(decoded.warnings).toEqual([
      { line: null, rule: 'encoding/utf16-no-bom', message: 'UTF-16LE text without a byte order mark; decoded as UTF-16LE' },
    ]);
  });

  it('recognises UTF-16BE without a BOM and warns', () => {
    const decoded = decodeBytes(utf16be(VI));
    expect(decoded.text).toBe(VI);
    expect(decoded.encoding).toBe('utf-16be');
    expect(decoded.warnings.map((w) => w.rule)).toEqual(['encoding/utf16-no-bom']);
  });

  it('warns about an odd byte count in UTF-16 and replaces the dangling byte', () => {
    const decoded = decodeBytes(new Uint8Array([0xff, 0xfe, ...utf16le('Tin'), 0x41]));
    expect(decoded.text).toBe('Tin\uFFFD');
    expect(decoded.warnings.map((w) => w.rule)).toEqual(['encoding/invalid-utf16']);
  });
});

describe('decodeBytes: empty input', () => {
  const cases: Array<[string, Uint8Array]> = [
    ['no bytes', new Uint8Array()],
    ['spaces, tabs and line ends', utf8(' \t\r\n \n')],
    ['a UTF-8 BOM only', new Uint8Array([0xef, 0xbb, 0xbf])],
    ['a UTF-16LE BOM only', new Uint8Array([0xff, 0xfe])],
    ['a UTF-16BE BOM and spaces', new Uint8Array([0xfe, 0xff, 0x00, 0x20, 0x00, 0x0a])],
    ['zero-width characters and no-break spaces', utf8('\u200B\u200C\u200D\u2060\uFEFF\u00A0\n')],
  ];
  for (const [name, input] of cases) {
    it(`rejects ${name} as EMPTY_INPUT`, () => {
      const error = errorOf(input);
      expect(error.code).toBe('EMPTY_INPUT');
      expect(error.message).toBe('empty input');
    });
  }
});

describe('decodeBytes: binary input', () => {
  it('rejects a NUL byte, naming its offset', () => {
    const error = errorOf(utf8('Hà Nội\n\0 phần sau'));
    expect(error.code).toBe('BINARY_INPUT');
    expect(error.message).toBe('binary data, not text (NUL byte at offset 10)');
  });

  it('reports the NUL offset in the file, counting the BOM', () => {
    expect(errorOf(bytes([0xef, 0xbb, 0xbf], 'ab\0')).message).toBe('binary data, not text (NUL byte at offset 5)');
  });

  it('rejects a NUL character in UTF-16 text', () => {
    const error = errorOf(new Uint8Array([0xff, 0xfe, ...utf16le('Tin\0')]));
    expect(error.code).toBe('BINARY_INPUT');
    expect(error.message).toBe('binary data, not text (NUL character at offset 8)');
  });

  it('names a PNG image', () => {
    const png = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52];
    const error = errorOf(new Uint8Array(png));
    expect(error.code).toBe('BINARY_INPUT');
    expect(error.message).toBe('a PNG image, not text');
  });

  for (const magic of MAGIC_NUMBERS) {
    it(`names ${magic.kind} (${magic.bytes.map((b) => b ?? 0x20).map((b) => b.toString(16)).join(' ')})`, () => {
      const start = magic.bytes.map((b) => b ?? 0x20);
      expect(errorOf(new Uint8Array([...start, 0x41, 0x42, 0x43])).message).toBe(`${magic.kind}, not text`);
    });
  }

  it('rejects random bytes with no NUL as binary, counting invalid UTF-8 bytes', () => {
    const random = new Uint8Array(4096);
    let seed = 1;
    for (let i = 0; i < random.length; i++) {
      seed = (seed * 1103515245 + 12345) >>> 0;
      random[i] = (seed >>> 16) % 255 + 1;
    }
    const error = errorOf(random);
    expect(error.code).toBe('BINARY_INPUT');
    expect(error.message).toMatch(/^binary data, not text \(\d+ invalid UTF-8 bytes of 4096, first 0x[0-9A-F]{2} at offset \d+\)$/);
  });
});

describe('decodeBytes: legacy 8-bit text', () => {
  it('rejects Windows-1258 Vietnamese, naming Windows-1258', () => {
    // "Việt Nam" in Windows-1258: ê = 0xEA, then the combining dot below 0xF2.
    const error = errorOf(new Uint8Array(Buffer.from([0x56, 0x69, 0xea, 0xf2, 0x74, 0x20, 0x4e, 0x61, 0x6d])));
    expect(error.code).toBe('BAD_ENCODING');
    expect(error.message).toBe(
      'not UTF-8 text (looks like a legacy 8-bit encoding such as Windows-1258: 2 invalid bytes, first 0xEA at offset 2); convert it to UTF-8 first, e.g. iconv -f WINDOWS-1258 -t UTF-8',
    );
  });

  it('rejects a longer Windows-1258 text', () => {
    // "Thủ tướng Chính phủ": ủ = u + 0xD2 (hook), ư = 0xFD, ớ = 0xF5 + 0xEC (acute), í = i + 0xEC.
    const text = [0x54, 0x68, 0x75, 0xd2, 0x20, 0x74, 0xfd, 0xf5, 0xec, 0x6e, 0x67, 0x20, 0x43, 0x68, 0x69, 0xec, 0x6e, 0x68, 0x20, 0x70, 0x68, 0x75, 0xd2];
    const error = errorOf(new Uint8Array(Buffer.from(text)));
    expect(error.code).toBe('BAD_ENCODING');
    expect(error.message).toBe(
      'not UTF-8 text (looks like a legacy 8-bit encoding such as Windows-1258: 6 invalid bytes, first 0xD2 at offset 3); convert it to UTF-8 first, e.g. iconv -f WINDOWS-1258 -t UTF-8',
    );
  });

  it('rejects Latin-1 text, naming Windows-1252', () => {
    const error = errorOf(new Uint8Array(Buffer.from('Café crème à la française', 'latin1')));
    expect(error.code).toBe('BAD_ENCODING');
    expect(error.message).toBe(
      'not UTF-8 text (looks like a legacy 8-bit encoding such as Windows-1252: 4 invalid bytes, first 0xE9 at offset 3); convert it to UTF-8 first, e.g. iconv -f WINDOWS-1252 -t UTF-8',
    );
  });

  it('rejects UTF-8 text with more than 10% invalid bytes as not UTF-8', () => {
    // 20 well-formed multibyte letters (so not legacy text), 12 stray 0xFF bytes: 12 of 94 bytes.
    const input = bytes('Thủ tướng Chính phủ Đà Nẵng ', [0xff, 0x20, 0xff, 0x20, 0xff, 0x20, 0xff, 0x20, 0xff, 0x20, 0xff, 0x20], 'ạạạạạạạạạạạạ', [0xff, 0xff, 0xff, 0xff, 0xff, 0xff]);
    const error = errorOf(input);
    expect(error.code).toBe('BAD_ENCODING');
    expect(error.message).toBe(`not UTF-8 text (12 invalid bytes of ${input.length}, first 0xFF at offset 40)`);
  });
});

describe('decodeBytes: a few invalid UTF-8 bytes', () => {
  const input = bytes('Thủ tướng\nChính ', [0xff], 'phủ\r\nchủ trì ', [0xe1, 0x80], 'cuộc họp\r', [0xc0], '.\n');

  it('replaces each invalid sequence with one U+FFFD, as TextDecoder does', () => {
    const decoded = decodeBytes(input);
    const expected = new TextDecoder().decode(input);
    expect(decoded.text).toBe(expected);
    expect([...decoded.text].filter((c) => c === '\uFFFD')).toHaveLength(3);
    expect(decoded.encoding).toBe('utf-8');
  });

  it('warns once per sequence with its offset and line (CRLF and lone CR end a line)', () => {
    expect(decodeBytes(input).warnings).toEqual([
      { line: 2, rule: 'encoding/invalid-utf8', message: 'invalid UTF-8 byte 0xFF at offset 22 replaced with U+FFFD' },
      { line: 3, rule: 'encoding/invalid-utf8', message: 'invalid UTF-8 bytes 0xE1 0x80 at offset 41 replaced with U+FFFD' },
      { line: 4, rule: 'encoding/invalid-utf8', message: 'invalid UTF-8 byte 0xC0 at offset 56 replaced with U+FFFD' },
    ]);
  });

  it('gives offsets in the file, counting the BOM', () => {
    const decoded = decodeBytes(bytes([0xef, 0xbb, 0xbf], 'Việt Nam ', [0xff], ' Hà Nội'));
    expect(decoded.normalizations).toEqual(['bom']);
    expect(decoded.warnings[0]?.message).toBe('invalid UTF-8 byte 0xFF at offset 14 replaced with U+FFFD');
  });

  it('counts U+2028, U+2029 and U+0085 as line ends for the warning line', () => {
    const decoded = decodeBytes(bytes('Một\u2028hai\u2029ba\u0085bốn ', [0xfe]));
    expect(decoded.warnings[0]?.line).toBe(4);
  });

  it('caps the warnings at 10 and sums up the rest', () => {
    const parts: Array<string | number[]> = [];
    for (let i = 0; i < 25; i++) parts.push(`Dòng ${i} có chữ tiếng Việt đầy đủ dấu. `, [0xff], '\n');
    const decoded = decodeBytes(bytes(...parts));
    expect(decoded.warnings).toHaveLength(11);
    expect(decoded.warnings[9]?.line).toBe(10);
    expect(decoded.warnings[10]).toEqual({
      line: null,
      rule: 'encoding/invalid-utf8',
      message: '15 more invalid UTF-8 sequences replaced with U+FFFD (25 in all)',
    });
  });
});

describe('decodeBytes: speed', () => {
  it('decodes 20 MB of UTF-8 with two bad bytes in well under a second', () => {
    const line = 'Thủ tướng Chính phủ Phạm Minh Chính chủ trì cuộc họp về kinh tế - xã hội.\n';
    const big = Buffer.from(line.repeat(Math.ceil(20_000_000 / Buffer.byteLength(line))));
    big[big.indexOf(0x20, 1000)] = 0xff; // replace two spaces: one bad byte each
    big[big.indexOf(0x20, 15_000_000)] = 0xff;
    const started = performance.now();
    const decoded = decodeBytes(big);
    const elapsed = performance.now() - started;
    expect(decoded.warnings).toHaveLength(2);
    expect(decoded.text.length).toBeGreaterThan(10_000_000);
    expect(elapsed).toBeLessThan(3000); // generous for slow CI; locally ~0.3 s
  });
});
