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
