/**
 * One CLI input (a path, or "-" for stdin) → its Article, or a one-line error on stderr
 * naming it. Never throws: a VnnewsError becomes its exit code, anything else an internal
 * error (70) with the request to report it. The same steps as `parse` takes.
 */
import type { Article } from '../model/article.js';
import { describeFsError, EXIT, VnnewsError } from '../errors.js';
import type { Io } from './io.js';
import { reportInternal, stackOf } from './internal.js';
import { readAll, readInputFile } from './read-input.js';

type Library = typeof import('../parse.js');

/** The operand that means stdin, and the name messages give it. */
export const STDIN = '-';
export const STDIN_NAME = '<stdin>';

export interface Loaded {
  /** The name messages use: the path as given, or <stdin>. */
  name: string;
  article: Article | null;
  exitCode: number;
}

export interface LoadOptions {
  debug: boolean;
  io: Io;
  /** Also print the parser's warnings on stderr (FILE:LINE: warning: …). */
  warnings?: boolean;
  /** Refuse inputs larger than this many bytes (--max-size), without reading past it. */
  maxSize: number;
}

export async function loadArticle(library: Library, input: string, { debug, io, warnings = false, maxSize }: LoadOptions): Promise<Loaded> {
  const name = input === STDIN ? STDIN_NAME : input;
  try {
    const bytes = input === STDIN ? await readStdin(io.stdin, maxSize) : await readInputFile(input, maxSize);
    if (isArticleJson(bytes)) {
      throw new VnnewsError('ALREADY_ARTICLE', 'is an article JSON already, not news text (vnnews export turns it into Markdown or HTML)');
    }
    const article = await library.parseDocument(bytes, { path: input === STDIN ? null : input });
    if (warnings) {
      for (const warning of article.warnings) await io.warning(name, warning.line, warning.message, warning.rule);
    }
    return { name, article, exitCode: EXIT.ok };
  } catch (error) {
    if (error instanceof VnnewsError) {
      await io.error(name, error.message, debug ? stackOf(error) : undefined);
      return { name, article: null, exitCode: error.exitCode };
    }
    await reportInternal(io, error, { file: name, debug });
    return { name, article: null, exitCode: EXIT.internal };
  }
}

/** `{` then `"schemaVersion"` (after any BOM and spaces): vnnews's own JSON, which parsing as text would garble. */
const ARTICLE_JSON = /^\uFEFF?\s*\{\s*"schemaVersion"\s*:/u;

function isArticleJson(bytes: Uint8Array): boolean {
  return ARTICLE_JSON.test(new TextDecoder('utf-8').decode(bytes.subarray(0, 64)));
}

export async function readStdin(stdin: NodeJS.ReadableStream, maxSize: number): Promise<Uint8Array> {
  try {
    return await readAll(stdin, maxSize, STDIN_NAME);
  } catch (error) {
    if (error instanceof VnnewsError) throw error;
    throw describeFsError(error, STDIN_NAME);
  }
}
