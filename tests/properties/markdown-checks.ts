/**
 * The round trip of property 3b (tests/properties/markdown-round-trip.test.ts), shared
 * with the regression cases (fixtures/regressions/).
 *
 * "The same article": every field but `source` and `warnings` deep-equal (those two
 * describe the file read: the .md's own path and hash, what reading it found), as in
 * tests/readers/markdown/round-trip.test.ts; and reading vnnews Markdown gives no warning
 * but those about the text itself (TEXT_WARNINGS).
 *
 * For articles whose text is in reader form (readerForm below): parseDocument normalizes
 * whatever it reads (normalizeText: one kind of line end, NFC, Unicode spaces to " ",
 * zero-width and control characters removed, tabs to spaces, spaces at line ends cut), so
 * text outside that form cannot come back unchanged, from Markdown or from any other input;
 * and a lone surrogate cannot be written to a UTF-8 file. Everything else must come back:
 * leading spaces, blank lines inside a paragraph, Markdown, HTML and YAML syntax.
 */
import type { Article } from '../../src/model/article.js';
import { parseDocument } from '../../src/parse.js';
import { normalizeText } from '../../src/text/normalize.js';
import { toMarkdown } from '../../src/writers/markdown/index.js';

/**
 * A string as any vnnews reader hands it over: well-formed UTF-16 in normalizeText's
 * output; null (the field left out) when nothing is left. Applied to every generated
 * string of the article (text fields, names, titles, references, byline, source).
 */
/** The string as a UTF-8 file holds it: a lone surrogate becomes U+FFFD. */
const throughUtf8 = (text: string): string => new TextDecoder().decode(new TextEncoder().encode(text));

export function readerForm(text: string): string | null {
  const normalized = normalizeText(throughUtf8(text)).text;
  return normalized === '' ? null : normalized;
}


/**
 * Warnings about the text itself, which reading it again rightly repeats: a combining
 * mark NFC cannot attach (kept in the text as printed, so still there in the Markdown).
 */
const TEXT_WARNINGS = new Set(['text/stray-combining-mark']);

export function sameArticleFields(article: Article): Omit<Article, 'source' | 'warnings'> {
  const { source: _source, warnings: _warnings, ...rest } = article;
  return rest;
}

/** What differs when the article's Markdown is read back ([] when the round trip holds). */
export async function roundTripProblems(article: Article, path: string | null = 'article.md'): Promise<string[]> {
  const markdown = toMarkdown(article);
  const back = await parseDocument(new TextEncoder().encode(markdown), { path });
  const problems: string[] = [];
  const want = sameArticleFields(article);
  const got = sameArticleFields(back);
  for (const key of Object.keys(want) as (keyof typeof want)[]) {
    if (JSON.stringify(got[key]) !== JSON.stringify(want[key])) problems.push(`${key}: wrote ${JSON.stringify(want[key])}, read ${JSON.stringify(got[key])}`);
  }
  const warnings = back.warnings.filter((w) => !TEXT_WARNINGS.has(w.rule));
  if (warnings.length > 0) problems.push(`warnings: ${JSON.stringify(warnings)}`);
  if (problems.length > 0) problems.push(`the Markdown:\n${markdown}`);
  return problems;
}
