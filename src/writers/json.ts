import type { Article } from '../model/article.js';

export interface JsonOptions {
  /** Indent with two spaces (one article at a terminal); otherwise one line (NDJSON). */
  pretty?: boolean;
}

/** Article → JSON text with a final newline; the schema in model/ describes it. */
export function toJson(article: Article, options: JsonOptions = {}): string {
  return `${options.pretty ? JSON.stringify(article, null, 2) : JSON.stringify(article)}\n`;
}
