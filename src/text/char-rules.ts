/**
 * Single characters that normalizeText replaces or removes, under the normalization
 * name it reports when it does. Ranges are inclusive UTF-16 code units. CR is not
 * here: whether it is "crlf" or "cr" depends on the next character.
 */
export const CHAR_RULES: ReadonlyArray<{ name: string; to: string; ranges: ReadonlyArray<readonly [number, number]> }> = [
  // NEXT LINE (U+0085, from EBCDIC and some Windows tools), LINE SEPARATOR and
  // PARAGRAPH SEPARATOR (U+2028, U+2029, from Word and web copy): line ends.
  { name: 'line-separator', to: '\n', ranges: [[0x0085, 0x0085], [0x2028, 0x2029]] },
  // Every Unicode space separator (Zs) but the space itself: no-break U+00A0, ogham
  // U+1680, en/em/figure (U+2007)/thin/hair U+2000–U+200A, narrow no-break U+202F,
  // medium mathematical U+205F, ideographic U+3000.
  {
    name: 'nbsp',
    to: ' ',
    ranges: [[0x00a0, 0x00a0], [0x1680, 0x1680], [0x2000, 0x200a], [0x202f, 0x202f], [0x205f, 0x205f], [0x3000, 0x3000]],
  },
  // Zero width space, non-joiner and joiner (U+200B–U+200D), word joiner (U+2060),
  // and U+FEFF past the first character (where it is reported as "bom").
  { name: 'zero-width', to: '', ranges: [[0x200b, 0x200d], [0x2060, 0x2060], [0xfeff, 0xfeff]] },
  // C0 controls but tab, LF and CR; DEL; C1 controls but NEXT LINE (a line end, above).
  { name: 'control', to: '', ranges: [[0x00, 0x08], [0x0b, 0x0c], [0x0e, 0x1f], [0x7f, 0x84], [0x86, 0x9f]] },
  // Tab: one space (after trailing ones are cut, the line's indentation is kept as spaces).
  { name: 'tab', to: ' ', ranges: [[0x09, 0x09]] },
  // Icelandic eth (U+00D0 Ð, U+00F0 ð) typed for Vietnamese đ (U+0110 Đ, U+0111 đ) by old
  // fonts and sites ("Ðại học"): Vietnamese has no eth, so it is always the d with stroke.
  { name: 'eth', to: 'Đ', ranges: [[0x00d0, 0x00d0]] },
  { name: 'eth', to: 'đ', ranges: [[0x00f0, 0x00f0]] },
];

/**
 * Every name normalizeText (and decodeBytes: "bom") may report, in the order it
 * reports them. "trailing-space": spaces at a line end cut; "nfc": the text was not
 * in Unicode Normalization Form C.
 */
export const NORMALIZATION_ORDER: readonly string[] = [
  'bom',
  // HTML character references decoded (text/entities.ts; set by parse.ts for text inputs, not by normalizeText).
  'html-entities',
  'crlf',
  'cr',
  'line-separator',
  'nbsp',
  'zero-width',
  'control',
  'tab',
  'eth',
  'trailing-space',
  'nfc',
];
