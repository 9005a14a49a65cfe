/**
 * HTML character references left in text exported from a CMS's database or a feed
 * ("Th&agrave;nh ph&#7889; H&agrave; N&#7897;i", "TN&amp;MT", "&quot;nóng&quot;"): decoded
 * to the characters a reader of the page saw. Text copied from a rendered page never holds
 * them, so decoding changes nothing there; an unknown name ("&foo;") stays as printed.
 * Only for text inputs: a saved page's references are decoded by its HTML parser, once.
 */

/** Named references a CMS writes: markup, spaces, typography, and the Latin-1 letters (older Vietnamese CMSs write "&agrave;"). */
const NAMED: ReadonlyMap<string, string> = new Map([
  ['amp', '&'], ['lt', '<'], ['gt', '>'], ['quot', '"'], ['apos', "'"], ['nbsp', '\u00a0'],
  ['ensp', '\u2002'], ['emsp', '\u2003'], ['thinsp', '\u2009'], ['shy', '\u00ad'],
  ['ndash', '–'], ['mdash', '—'], ['hellip', '…'], ['lsquo', '‘'], ['rsquo', '’'], ['sbquo', '‚'],
  ['ldquo', '“'], ['rdquo', '”'], ['bdquo', '„'], ['laquo', '«'], ['raquo', '»'], ['lsaquo', '‹'], ['rsaquo', '›'],
  ['bull', '•'], ['middot', '·'], ['prime', '′'], ['Prime', '″'], ['deg', '°'], ['times', '×'], ['divide', '÷'],
  ['plusmn', '±'], ['frac12', '½'], ['frac14', '¼'], ['frac34', '¾'], ['sup2', '²'], ['sup3', '³'], ['permil', '‰'],
  ['copy', '©'], ['reg', '®'], ['trade', '™'], ['sect', '§'], ['para', '¶'], ['euro', '€'], ['pound', '£'],
  ['yen', '¥'], ['cent', '¢'], ['dagger', '†'], ['Dagger', '‡'], ['larr', '←'], ['rarr', '→'], ['uarr', '↑'],
  ['darr', '↓'], ['iexcl', '¡'], ['iquest', '¿'], ['ordf', 'ª'], ['ordm', 'º'], ['micro', 'µ'], ['not', '¬'],
  ...latin1Letters(),
]);

/** "Agrave" → "À" … "yuml" → "ÿ": the names HTML gives the letters U+00C0-U+00FF (not × and ÷, named above). */
function latin1Letters(): [string, string][] {
  const names =
    'Agrave Aacute Acirc Atilde Auml Aring AElig Ccedil Egrave Eacute Ecirc Euml Igrave Iacute Icirc Iuml ETH Ntilde Ograve Oacute Ocirc Otilde Ouml - Oslash Ugrave Uacute Ucirc Uuml Yacute THORN szlig'.split(' ');
  const pairs: [string, string][] = [];
  names.forEach((name, k) => {
    if (name === '-') return;
    pairs.push([name, String.fromCharCode(0xc0 + k)]);
    // The lower-case letter is 0x20 further on, its name in lower case (but "szlig", which has none).
    if (name !== 'szlig') pairs.push([name === 'AElig' ? 'aelig' : name.charAt(0).toLowerCase() + name.slice(1), String.fromCharCode(0xe0 + k)]);
  });
  pairs.push(['yuml', 'ÿ']);
  return pairs;
}

/** A character reference: decimal, hexadecimal or named, with its semicolon (bounded: no backtracking to speak of). */
const REFERENCE = /&(?:#(\d{1,7})|#[xX]([\da-fA-F]{1,6})|([A-Za-z][A-Za-z\d]{1,7}));/gu;

/** A code point a reference may stand for: not NUL, not a surrogate half, not past Unicode. */
function validCodePoint(cp: number): boolean {
  return cp > 0 && cp <= 0x10ffff && (cp < 0xd800 || cp > 0xdfff);
}

/**
 * The text with its character references decoded, or null when it holds none, or too few to say
 * that it is encoded (the text stays as it is): a text is encoded when a reference stands for a
 * letter or a typographic character ("&agrave;", "&#7889;", "&nbsp;", "&hellip;"), or when it
 * holds two references or more. One "&amp;" alone in a text about markup is its own text.
 */
export function decodeEntities(text: string): string | null {
  if (!text.includes('&')) return null;
  let count = 0;
  let beyondAscii = false;
  const decoded = text.replace(REFERENCE, (whole: string, dec?: string, hex?: string, name?: string) => {
    let to: string | undefined;
    if (name !== undefined) to = NAMED.get(name);
    else {
      const cp = dec !== undefined ? Number(dec) : Number.parseInt(hex ?? '', 16);
      if (validCodePoint(cp)) to = String.fromCodePoint(cp);
    }
    if (to === undefined) return whole;
    count++;
    if (to.charCodeAt(0) >= 0x80) beyondAscii = true;
    return to;
  });
  return beyondAscii || count >= MIN_MARKUP_REFERENCES ? decoded : null;
}

/** References to markup characters alone ("&amp;", "&lt;", "&quot;") that say a text is encoded. */
const MIN_MARKUP_REFERENCES = 2;
