/**
 * The writers: Article → document text, one module per format. Writers depend on the
 * model only, never on a reader. A format is one folder or file here and one entry in
 * WRITERS; `convert` and `export` look formats up by name so they never hard-code the list.
 *
 * Each entry loads its writer with import() when asked: Markdown pulls in unified and
 * remark, HTML hast, and a command that writes JSON (or only parses) must not pay for them.
 *
 *   const write = await WRITERS[format].load();
 *   const text = write(article, { frontMatter: false });
 */
import type { Article, Warning } from '../model/article.js';
import { toJson } from './json.js';

/** Options any writer may read; each ignores the ones that are not its own. */
export interface WriteOptions {
  /** json: indent. */
  pretty?: boolean;
  /** md: YAML front matter with the metadata (default true). */
  frontMatter?: boolean;
  /** html: the <article> element only, not a whole page. */
  fragment?: boolean;
  /** html: told what the writer left out (an image src that is not safe to link). */
  warn?: (warning: Warning) => void;
}

export type Write = (article: Article, options?: WriteOptions) => string;

export interface Writer {
  /** File extension without the dot, as convert names outputs ("json", "md", "html"). */
  extension: string;
  /** The writer function, its module loaded on first use. */
  load(): Promise<Write>;
}

export const WRITERS = {
  json: { extension: 'json', load: async () => toJson },
  md: { extension: 'md', load: async () => (await import('./markdown/index.js')).toMarkdown },
  html: { extension: 'html', load: async () => (await import('./html/index.js')).toHtml },
} as const satisfies Readonly<Record<string, Writer>>;

export type Format = keyof typeof WRITERS;

export const FORMATS = Object.keys(WRITERS) as Format[];

export function isFormat(name: string): name is Format {
  return Object.hasOwn(WRITERS, name);
}
