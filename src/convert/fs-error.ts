/**
 * File-system failures → one-line messages: why an output could not be written (inputs:
 * describeFsError in src/errors.ts); the caller
 * adds "vnnews: FILE: " in front.
 */
import { errnoOf } from '../errors.js';

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

/** "cannot write OUT: no space left on device (ENOSPC)". */
export function describeWriteError(error: unknown, output: string): string {
  const errno = errnoOf(error);
  const reason = WRITE_REASONS[errno];
  return reason ? `cannot write ${output}: ${reason} (${errno})` : `cannot write ${output} (${errno})`;
}
