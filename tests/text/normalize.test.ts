import { describe, it, expect } from 'vitest';
import { normalizeText } from '../../src/text/normalize.js';

describe('normalizeText: one rule at a time', () => {
  const cases: Array<[string, string, string, string[]]> = [
    ['leaves clean text alone', 'Hà Nội\n\nTin mới.\n', 'Hà Nội\n\nTin mới.\n', []],
    ['strips a leading BOM', '\uFEFFTin mới', 'Tin mới', ['bom']],
    ['turns CRLF into LF', 'Một\r\nHai\r\n\r\nBa', 'Một\nHai\n\nBa', ['crlf']],
    ['turns a lone CR into LF', 'Một\rHai\r\rBa', 'Một\nHai\n\nBa', ['cr']],
    ['handles mixed line ends, one line end each', 'a\r\nb\rc\nd\r', 'a\nb\nc\nd\n', ['crlf', 'cr']],
    ['turns U+2028, U+2029 and U+0085 into LF', 'a\u2028b\u2029c\u0085d', 'a\nb\nc\nd', ['line-separator']],
    ['composes NFD text to NFC', 'Thủy'.normalize('NFD'), 'Thủy', ['nfc']],
    ['turns a no-break space into a space', '25\u00A0000 đồng', '25 000 đồng', ['nbsp']],
    ['turns narrow no-break, figure and other Unicode spaces into spaces', 'a\u202Fb\u2007c\u2003d\u3000e', 'a b c d e', ['nbsp']],
    ['removes zero-width characters', 'Hà\u200BNội\u200C \u200Dtin\u2060 mới\uFEFF', 'HàNội tin mới', ['zero-width']],
    ['removes C0 and C1 controls but keeps tab-as-space and LF', 'a\u0001b\u001Fc\u007Fd\u0080e\u009Ff\u000Bg\u000Ch', 'abcdefgh', ['control']],
    ['turns a tab into a space', 'Giá:\t25 000', 'Giá: 25 000', ['tab']],
    ['cuts spaces at line ends', 'Một  \nHai\t\n  \nBa ', 'Một\nHai\n\nBa', ['tab', 'trailing-space']],
  ];
  for (const [name, input, text, normalizations] of cases) {
    it(name, () => {
      const result = normalizeText(input);
      expect(result.text).toBe(text);
      expect(result.normalizations).toEqual(normalizations);
      expect(result.warnings).toEqual([]);
    });
  }

  it('reports every change in a fixed order', () => {
    const input = '\uFEFFa\r\nb\rc\u00A0d\u200Be\u2028f\u0001g\th  \n' + 'Thủy'.normalize('NFD');
    expect(normalizeText(input)).toEqual({
      text: 'a\nb\nc de\nfg h\nThủy',
      normalizations: ['bom', 'crlf', 'cr', 'line-separator', 'nbsp', 'zero-width', 'control', 'tab', 'trailing-space', 'nfc'],
      warnings: [],
    });
  });

  it('removes a U+FEFF past the start as zero-width, not as a BOM', () => {
    expect(normalizeText('Tin\uFEFF mới')).toEqual({ text: 'Tin mới', normalizations: ['zero-width'], warnings: [] });
  });
});

describe('normalizeText: the text is kept as printed', () => {
  it('keeps the number of lines and of blank lines between blocks', () => {
    const input = 'Tiêu đề\r\n\r\n\r\n  \r\nĐoạn một.\r\n\r\nĐoạn hai.\r\n\r\n\r\n';
    const { text } = normalizeText(input);
    expect(text).toBe('Tiêu đề\n\n\n\nĐoạn một.\n\nĐoạn hai.\n\n\n');
    expect(text.split('\n')).toHaveLength(input.split('\r\n').length);
  });

  it('keeps leading spaces (indentation)', () => {
    expect(normalizeText('  Trích dẫn\n\tthụt lề').text).toBe('  Trích dẫn\n thụt lề');
  });

  it('keeps old-style and new-style tone placement apart ("hoà" vs "hòa", "thuý" vs "thúy")', () => {
    const input = 'hoà hòa thuý thúy';
    expect(normalizeText(input)).toEqual({ text: input, normalizations: [], warnings: [] });
    expect(normalizeText(input.normalize('NFD')).text).toBe(input);
  });

  it('attaches a dot below typed after "ă" (NFC gives "ặ")', () => {
    expect(normalizeText('m\u0103\u0323t').text).toBe('mặt');
  });

  it('attaches marks once zero-width characters between them and the letter are gone', () => {
    expect(normalizeText('Vie\u200B\u0302\u0323t').text).toBe('Việt');
  });

  it('keeps a combining mark NFC cannot attach and warns about it with its line', () => {
    const result = normalizeText('Tin mới\nhoà\u0300 bình\n\u0301đầu dòng');
    expect(result.text).toBe('Tin mới\nhoà\u0300 bình\n\u0301đầu dòng');
    expect(result.normalizations).toEqual([]);
    expect(result.warnings).toEqual([
      {
        line: 2,
        rule: 'text/stray-combining-mark',
        message: 'combining mark U+0300 after "à" could not be joined to a letter; kept as printed',
      },
      {
        line: 3,
        rule: 'text/stray-combining-mark',
        message: 'combining mark U+0301 at the start of a line could not be joined to a letter; kept as printed',
      },
    ]);
  });

  it('caps the stray-mark warnings at 10 and sums up the rest', () => {
    const warnings = normalizeText(' \u0301'.repeat(12)).warnings;
    expect(warnings).toHaveLength(11);
    expect(warnings[0]?.message).toContain('after a space');
    expect(warnings[10]?.message).toBe('2 more combining marks could not be joined to a letter (12 in all)');
  });
});

describe('normalizeText: speed', () => {
  it('normalizes a 20 MB single line that needs every rule', () => {
    const chunk = 'Thủ\u00A0tướng\u200B Chính phủ\tchủ trì\u0001 cuộc họp. ';
    const input = chunk.normalize('NFD').repeat(Math.ceil(20_000_000 / Buffer.byteLength(chunk))) + '   ';
    const result = normalizeText(input);
    expect(result.normalizations).toEqual(['nbsp', 'zero-width', 'control', 'tab', 'trailing-space', 'nfc']);
    expect(result.text.includes('\n')).toBe(false);
    expect(result.text.startsWith('Thủ tướng Chính phủ chủ trì cuộc họp. Thủ')).toBe(true);
  });

  it('cuts a 10 MB run of spaces in linear time', () => {
    const result = normalizeText('a' + ' '.repeat(10_000_000) + '\nb' + ' '.repeat(10_000_000) + 'c');
    expect(result.text.length).toBe(10_000_004);
    expect(result.normalizations).toEqual(['trailing-space']);
  });
});

describe('normalizeText: eth for đ', () => {
  it('reads the Icelandic eth old sites typed for đ as đ', () => {
    const { text, normalizations } = normalizeText('\u00d0ại học Quốc gia, \u00f0ã khánh thành');
    expect(text).toBe('Đại học Quốc gia, đã khánh thành');
    expect(normalizations).toEqual(['eth']);
  });
});
