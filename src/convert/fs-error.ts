/**
 * File-system failures → one-line VnnewsErrors. One table for reading an input and
 * writing an output; the caller adds "vnnews: FILE: " in front.
 */
import { VnnewsError, type ErrorCode } from '../errors.js';

interface Described {
  code: ErrorCode;
  message: string;
}

/** errno code → what to tell the user. Anything else: "cannot read (CODE)". As src/cli/read-input.ts (see there). */
const READ_ERRORS: Readonly<Record<string, Described>> = {
  ENOENT: { code: 'NOT_FOUND', message: 'no such file' },
  ENOTDIR: { code: 'NOT_FOUND', message: 'no such file (a parent is not a directory)' },
  EISDIR: { code: 'IS_DIRECTORY', message: 'is a directory, not a file' },
  EACCES: { code: 'UNREADABLE', message: 'permission denied' },
  EPERM: { code: 'UNREADABLE', message: 'permission denied' },
  ELOOP: { code: 'UNREADABLE', message: 'too many levels of symbolic links' },
};

/** errno code → why an output could not be written. Anything else: the code itself. */
const WRITE_REASONS: Readonly<Record<string, string>> = {
  ENOSPC: 'no space left on device',
  EDQUOT: 'disk quota exceeded',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EROFS: 'read-only file system',
  ENOTDIR: 'a parent is not a directory',
  EISDIR: 'a directory is in the way',
  EEXIST: 'a file is in the way of a directory',
};

export function errnoOf(error: unknown): string {
  return (error as NodeJS.ErrnoException | null)?.code ?? 'unknown error';
}

/** A failure to read `path` (the input), as a VnnewsError naming it. */
export function describeFsError(error: unknown, path: string): VnnewsError {
  const errno = errnoOf(error);
  const known = READ_ERRORS[errno];
  return known
    ? new VnnewsError(known.code, known.message, { path, cause: error })
    : new VnnewsError('UNREADABLE', `cannot read (${errno})`, { path, cause: error });
}

/** "cannot write OUT: no space left on device (ENOSPC)". */
export function describeWriteError(error: unknown, output: string): string {
  const errno = errnoOf(error);
  const reason = WRITE_REASONS[errno];
  return reason ? `cannot write ${output}: ${reason} (${errno})` : `cannot write ${output} (${errno})`;
}
