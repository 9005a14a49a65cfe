/**
 * Reading one input's bytes for the CLI: a file by path, or all of stdin.
 * File-system failures become VnnewsErrors with one-line messages; the caller adds
 * "vnnews: FILE: " in front.
 */
import { readFile } from 'node:fs/promises';
import { VnnewsError, type ErrorCode } from '../errors.js';

/**
 * errno code → what to tell the user. Anything else: "cannot read (CODE)".
 * The same table as src/convert/fs-error.ts, kept apart on purpose: a module both the
 * CLI and the library import becomes one more file for esbuild to split out, which
 * every command would then load at start-up.
 */
const FS_ERRORS: Readonly<Record<string, { code: ErrorCode; message: string }>> = {
  ENOENT: { code: 'NOT_FOUND', message: 'no such file' },
  ENOTDIR: { code: 'NOT_FOUND', message: 'no such file (a parent is not a directory)' },
  EISDIR: { code: 'IS_DIRECTORY', message: 'is a directory, not a file' },
  EACCES: { code: 'UNREADABLE', message: 'permission denied' },
  EPERM: { code: 'UNREADABLE', message: 'permission denied' },
  ELOOP: { code: 'UNREADABLE', message: 'too many levels of symbolic links' },
};

export function describeFsError(error: unknown, path: string): VnnewsError {
  const errno = (error as NodeJS.ErrnoException | null)?.code ?? 'unknown error';
  const known = FS_ERRORS[errno];
  return known
    ? new VnnewsError(known.code, known.message, { path, cause: error })
    : new VnnewsError('UNREADABLE', `cannot read (${errno})`, { path, cause: error });
}

export async function readInputFile(path: string): Promise<Uint8Array> {
  try {
    return await readFile(path);
  } catch (error) {
    throw describeFsError(error, path);
  }
}

export async function readAll(stream: NodeJS.ReadableStream): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks);
}
