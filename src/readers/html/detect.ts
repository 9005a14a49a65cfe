/**
 * Is this input an HTML page rather than news text? Cheap and dependency-free: parse.ts
 * asks it of every input and loads the HTML reader (parse5 through hast) only on yes.
 */

/** File names that say HTML, when the content has tags. */
const HTML_PATH = /\.(?:html?|xhtml)$/i;

/**
 * Openings that say an HTML document: a doctype, an `<html>`, `<head>` or `<body>` tag (after
 * any XML declaration and comments: prologue). News text never opens with these; a stray "<b>"
 * inside a paragraph is not an opening.
 */
const HTML_OPENING = /^<(?:!doctype\s+html|html|head|body)[\s>]/i;

/** Any tag: a file named .html that holds none is plain text saved under that name. */
const ANY_TAG = /<[a-z!/][^<>]{0,500}>/i;

/** At most this many comments before the first tag ("<!-- saved from url=… -->"). */
const MAX_COMMENTS = 20;

/** The text after an XML declaration and leading comments, each skipped by hand (no pattern repeats over them). */
function prologueSkipped(start: string): string {
  let rest = start.trimStart();
  if (rest.startsWith('<?xml')) {
    const end = rest.indexOf('?>');
    if (end === -1) return rest;
    rest = rest.slice(end + 2).trimStart();
  }
  for (let n = 0; n < MAX_COMMENTS && rest.startsWith('<!--'); n++) {
    const end = rest.indexOf('-->', 4);
    if (end === -1) return rest;
    rest = rest.slice(end + 3).trimStart();
  }
  return rest;
}

export function isHtmlDocument(text: string, path: string | null): boolean {
  const start = text.charCodeAt(0) === 0xfeff ? text.slice(1, 4096) : text.slice(0, 4096);
  if (HTML_OPENING.test(prologueSkipped(start))) return true;
  return path !== null && HTML_PATH.test(path) && ANY_TAG.test(start);
}
