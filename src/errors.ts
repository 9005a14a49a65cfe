/**
 * One error type for everything a user can cause, and one exit-code table.
 * Messages are one line: they name the problem and, where it helps, what was expected.
 * The CLI prefixes them with "vnnews: FILE: ".
 */

export const EXIT = {
  ok: 0,
  /** Some input could not be processed (bad file, unreadable, not text). */
  inputFailed: 1,
  /** The command line itself was wrong. */
  usage: 2,
  /** A bug in vnnews: printed with a stack and a request to report it. */
  internal: 70,
} as const;

export type ErrorCode =
  | 'EMPTY_INPUT'
  | 'BINARY_INPUT'
  | 'NOT_FOUND'
  | 'IS_DIRECTORY'
  | 'UNREADABLE'
  | 'TOO_LARGE'
  | 'BAD_ENCODING'
  | 'INVALID_ARTICLE'
  | 'INVALID_HTML'
  | 'ALREADY_ARTICLE'
  | 'WRITE_FAILED'
  | 'USAGE';

export class VnnewsError extends Error {
  readonly code: ErrorCode;
  readonly exitCode: number;
  /** The file the error is about, when there is one. */
  readonly path: string | null;

  constructor(code: ErrorCode, message: string, options: { path?: string | null; cause?: unknown } = {}) {
    super(message, { cause: options.cause });
    this.name = 'VnnewsError';
    this.code = code;
    this.path = options.path ?? null;
    this.exitCode = code === 'USAGE' ? EXIT.usage : EXIT.inputFailed;
  }

  /** The same error, now naming the file it came from. */
  withPath(path: string): VnnewsError {
    return new VnnewsError(this.code, this.message, { path, cause: this.cause });
  }
}

/**
 * errno code → what to tell the user when an input cannot be read. Anything else:
 * "cannot read (CODE)". Here, beside VnnewsError, because the CLI and the batch engine
 * both need it and this module is already shared by every bundle file.
 */
const READ_ERRORS: Readonly<Record<string, { code: ErrorCode; message: string }>> = {
  ENOENT: { code: 'NOT_FOUND', message: 'no such file' },
  ENOTDIR: { code: 'NOT_FOUND', message: 'no such file (a parent is not a directory)' },
  EISDIR: { code: 'IS_DIRECTORY', message: 'is a directory, not a file' },
  EACCES: { code: 'UNREADABLE', message: 'permission denied' },
  EPERM: { code: 'UNREADABLE', message: 'permission denied' },
  ELOOP: { code: 'UNREADABLE', message: 'too many levels of symbolic links' },
};

const KILOBYTE = 1024;
const MEGABYTE = 1024 * KILOBYTE;

/** "512 bytes", "300 KB", "2.5 MB", "25 MB": whole kilobytes below 1 MB, one decimal below 10 MB. */
function formatSize(bytes: number): string {
  if (bytes < KILOBYTE) return `${bytes} bytes`;
  if (bytes < MEGABYTE) return `${Math.round(bytes / KILOBYTE)} KB`;
  return `${(bytes / MEGABYTE).toFixed(bytes < 10 * MEGABYTE ? 1 : 0)} MB`;
}

/**
 * An input over --max-size: "too large (25 MB, over --max-size 20 MB): skipped". `size` is
 * null when it is not known up front (stdin, a pipe, a device such as /dev/zero), which
 * are read only up to the limit.
 */
export function tooLargeError(size: number | null, maxSize: number, path: string | null = null): VnnewsError {
  const what = size === null ? `over --max-size ${formatSize(maxSize)}` : `${formatSize(size)}, over --max-size ${formatSize(maxSize)}`;
  return new VnnewsError('TOO_LARGE', `too large (${what}): skipped`, { path });
}

/** The errno code of a file-system failure ("ENOENT"), or "unknown error". */
export function errnoOf(error: unknown): string {
  return (error as NodeJS.ErrnoException | null)?.code ?? 'unknown error';
}

/** A failure to read `path`, as a VnnewsError naming it. */
export function describeFsError(error: unknown, path: string): VnnewsError {
  const errno = errnoOf(error);
  const known = READ_ERRORS[errno];
  return known
    ? new VnnewsError(known.code, known.message, { path, cause: error })
    : new VnnewsError('UNREADABLE', `cannot read (${errno})`, { path, cause: error });
}
