import type { Article } from '../model/article.js';
import { jsonChunks } from './json-chunks.js';

export interface JsonOptions {
  /** Indent with two spaces (one article at a terminal); otherwise one line (NDJSON). */
  pretty?: boolean;
}

/** Article → JSON text with a final newline; the schema in model/ describes it. */
export function toJson(article: Article, options: JsonOptions = {}): string {
  return `${options.pretty ? JSON.stringify(article, null, 2) : JSON.stringify(article)}\n`;
}

/** Above this many characters of text, an article's JSON is made in pieces; below, whole (8x faster). */
const WHOLE_LIMIT = 1 << 20;

/**
 * toJson's text as pieces to write one after another: one piece for an everyday article,
 * pieces of about 64 KB for a huge one (json-chunks.ts), so that its JSON never has to
 * exist whole in memory.
 */
export function* jsonPieces(article: Article, options: JsonOptions = {}): Generator<string> {
  let text = (article.title?.length ?? 0) + (article.lead?.length ?? 0);
  for (const paragraph of article.paragraphs) text += paragraph.length;
  for (const image of article.images) text += (image.src?.length ?? 0) + (image.caption?.length ?? 0);
  if (text < WHOLE_LIMIT) {
    yield toJson(article, options);
    return;
  }
  yield* jsonChunks(article, options.pretty ? 2 : 0);
  yield '\n';
}
