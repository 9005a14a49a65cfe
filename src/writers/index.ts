/**
 * The writers: Article → document text, one module per format. Writers depend on the
 * model only, never on a reader. A format is one file here and one entry in WRITERS;
 * `convert` and `export` look formats up by name so they never hard-code the list.
 */
import type { Article } from '../model/article.js';
import { toJson } from './json.js';

/** Options any writer may read; each ignores the ones that are not its own. */
export interface WriteOptions {
  /** json: indent. */
  pretty?: boolean;
}

export interface Writer {
  /** File extension without the dot, as convert names outputs ("json", "md", "html"). */
  extension: string;
  write(article: Article, options?: WriteOptions): string;
}

export const WRITERS = {
  json: { extension: 'json', write: (article, options) => toJson(article, options) },
} as const satisfies Readonly<Record<string, Writer>>;

export type Format = keyof typeof WRITERS;

export const FORMATS = Object.keys(WRITERS) as Format[];

export function isFormat(name: string): name is Format {
  return Object.hasOwn(WRITERS, name);
}
