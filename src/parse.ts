import { createHash } from 'node:crypto';
import { SCHEMA_VERSION, type Article, type Source, type Warning } from './model/article.js';
import { decodeBytes, type DecodedText } from './text/decode.js';
import { normalizeText } from './text/normalize.js';
import { decodeEntities } from './text/entities.js';
import { readPlainText, type ReadResult } from './readers/text/index.js';
import { isHtmlDocument } from './readers/html/detect.js';
import { decodeDeclaredCharset } from './readers/html/charset.js';
import { isVnnewsMarkdown } from './readers/markdown/detect.js';
import { ENRICHERS, type Enricher } from './enrichers/index.js';

export interface ParseOptions {
  /** Path recorded in `source.path` (the text itself is never read from disk here). */
  path?: string | null;
  /** The enrichers to run, in order; default all (ENRICHERS). `[]` gives the reader's fields alone. */
  enrichers?: readonly Enricher[];
}

function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** What a reader of another format adds to the text reader's result (the HTML reader: the page's metadata). */
type Complete = (read: ReadResult) => ReadResult;

function assemble(text: string, source: Source, warnings: Warning[], enrichers: readonly Enricher[], complete?: Complete): Article {
  const normalized = normalizeText(text);
  const fullSource: Source = {
    ...source,
    normalizations: [...new Set([...source.normalizations, ...normalized.normalizations])],
  };
  const plain = readPlainText(normalized.text);
  const read = complete ? complete(plain) : plain;
  let article: Article = {
    schemaVersion: SCHEMA_VERSION,
    ...read.fields,
    officials: [],
    references: [],
    warnings: [...warnings, ...normalized.warnings, ...read.warnings],
    source: fullSource,
  };
  for (const enrich of enrichers) article = enrich(article);
  return article;
}

/**
 * Parse article text already in memory. Pure apart from hashing: never throws for
 * odd text; what it cannot recognise comes back as nulls plus `warnings`.
 */
export function parseArticle(text: string, options: ParseOptions = {}): Article {
  const bytes = new TextEncoder().encode(text);
  const plain = withoutEntities(text, []);
  return assemble(
    plain.text,
    { path: options.path ?? null, sha256: sha256(bytes), encoding: 'utf-8', normalizations: plain.normalizations },
    [],
    options.enrichers ?? ENRICHERS,
  );
}

/** Text with the HTML character references of a CMS export decoded ("html-entities" noted), for the text reader only. */
function withoutEntities(text: string, normalizations: readonly string[]): { text: string; normalizations: string[] } {
  const decoded = decodeEntities(text);
  return decoded === null ? { text, normalizations: [...normalizations] } : { text: decoded, normalizations: [...normalizations, 'html-entities'] };
}

/**
 * Parse raw bytes (a file's content): detects the encoding, strips a BOM, and throws
 * a VnnewsError for input that is not text at all (empty, binary).
 */
export function parseBytes(bytes: Uint8Array, options: ParseOptions = {}): Article {
  return parseDecoded(bytes, decodeBytes(bytes), options);
}

function parseDecoded(bytes: Uint8Array, decoded: DecodedText, options: ParseOptions): Article {
  const plain = withoutEntities(decoded.text, decoded.normalizations);
  return assemble(
    plain.text,
    { path: options.path ?? null, sha256: sha256(bytes), encoding: decoded.encoding, normalizations: plain.normalizations },
    decoded.warnings,
    options.enrichers ?? ENRICHERS,
  );
}

/**
 * A saved page: the HTML reader (loaded only for HTML) lays the article out as text, the text
 * reader reads it, and the page's metadata fills what the text does not print.
 */
async function parseHtml(bytes: Uint8Array, decoded: DecodedText, options: ParseOptions): Promise<Article> {
  const { readHtml, completeFromMeta } = await import('./readers/html/index.js');
  const page = readHtml(decoded.text);
  return assemble(
    page.text,
    { path: options.path ?? null, sha256: sha256(bytes), encoding: decoded.encoding, normalizations: [...decoded.normalizations, 'html'] },
    [...decoded.warnings, ...page.warnings],
    options.enrichers ?? ENRICHERS,
    (read) => completeFromMeta(read, page.meta),
  );
}

/**
 * Parse a file's bytes whatever vnnews reader they need: raw news text, an HTML page, or the Markdown
 * `vnnews export --to md` writes (a `.md` path, or front matter / an H1 at the top:
 * readers/markdown/detect.ts). The Markdown reader (remark) is loaded here with import()
 * only when the input needs it, so parsing plain text never pays for it. The CLI's
 * `parse` and `convert` go through this.
 *
 * Markdown carries an article already enriched (officials and references are in its
 * front matter, perhaps corrected by hand), so the enrichers do not run again on it.
 */
/** A leading `---` line, and the `---` line that closes the front matter. */
const FRONT_MATTER_OPEN = /^\uFEFF?---[ \t]*\r?\n/u;
const FRONT_MATTER_CLOSE = /(?:^|\r?\n)---[ \t]*(?:\r?\n|$)/u;

/** The YAML between a leading `---` line and the next `---` line, as in the file (before NFC), or null. */
function frontMatterSource(text: string): string | null {
  const open = FRONT_MATTER_OPEN.exec(text);
  if (!open) return null;
  const rest = text.slice(open[0].length);
  const close = FRONT_MATTER_CLOSE.exec(rest);
  return close ? rest.slice(0, close.index) : null;
}

export async function parseDocument(bytes: Uint8Array, options: ParseOptions = {}): Promise<Article> {
  const declared = decodeDeclaredCharset(bytes, options.path ?? null);
  if (declared !== null) return parseHtml(bytes, declared, options);
  const decoded = decodeBytes(bytes);
  if (isHtmlDocument(decoded.text, options.path ?? null)) return parseHtml(bytes, decoded, options);
  if (!isVnnewsMarkdown(decoded.text, options.path ?? null)) return parseDecoded(bytes, decoded, options);
  const { readMarkdown } = await import('./readers/markdown/index.js');
  const normalized = normalizeText(decoded.text);
  const yaml = frontMatterSource(decoded.text);
  const read = readMarkdown(normalized.text, { yaml: yaml === null ? null : normalizeText(yaml, { compose: false }).text });
  return {
    schemaVersion: SCHEMA_VERSION,
    ...read.fields,
    warnings: [...decoded.warnings, ...normalized.warnings, ...read.warnings],
    source: {
      path: options.path ?? null,
      sha256: sha256(bytes),
      encoding: decoded.encoding,
      normalizations: [...new Set([...decoded.normalizations, ...normalized.normalizations])],
    },
  };
}
