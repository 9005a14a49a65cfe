/**
 * Is this input article JSON rather than news text? It opens with "{" (after a BOM and
 * white space): news text never does. Dependency-free, so checking costs nothing; the
 * reader (the compiled schema check) is loaded only on yes.
 */
const JSON_OPENING = /^\uFEFF?\s*\{/;

/** How much of the input the check needs to see. */
export const JSON_SNIFF_BYTES = 256;

export function isArticleJson(text: string): boolean {
  return JSON_OPENING.test(text);
}
