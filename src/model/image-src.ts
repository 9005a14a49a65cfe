/**
 * Which image sources a document may point at: a relative path ("anh-1.jpg",
 * "images/a.jpg") or an http(s) URL. Anything else (javascript:, data:, vbscript:,
 * file:, a scheme-relative "//host/x") is never linked: the HTML writer drops it with a
 * warning; the Markdown writer, which must keep it for the read-back, defuses it as a
 * relative path (model/markdown-layout.ts: defuseSrc). Shared policy, so it lives here.
 */

/** The only URL schemes allowed, lower case with the colon. */
export const ALLOWED_SCHEMES: readonly string[] = ['http:', 'https:'];

/** A scheme at the start ("javascript:", "HTTPS:"), as RFC 3986 spells one. */
const SCHEME = /^([a-z][a-z0-9+.-]*:)/i;

/**
 * Characters browsers strip or skip while reading a URL (C0 controls, space at the ends,
 * tab and newline anywhere: "java\tscript:" is javascript:): a src holding any is refused
 * rather than guessed at; so is one holding the other line ends (U+0085, U+2028, U+2029:
 * normalizeText makes them newlines, and html-validate refuses them in a src). A space
 * inside a file name ("ảnh 1.jpg") is fine.
 */
const UNSAFE_CHARACTERS = /[\u0000-\u001f\u007f\u0085\u2028\u2029]|^ | $/;

/** "//evil.example/x.jpg" and "/\evil.example" leave the page's host. */
const OTHER_HOST = /^[/\\]{2}/;

export function isSafeImageSrc(src: string): boolean {
  if (src === '' || UNSAFE_CHARACTERS.test(src) || OTHER_HOST.test(src)) return false;
  const scheme = SCHEME.exec(src)?.[1];
  return scheme === undefined || ALLOWED_SCHEMES.includes(scheme.toLowerCase());
}
