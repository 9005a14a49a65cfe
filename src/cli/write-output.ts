/**
 * Writing a document to a file for `-o FILE`, atomically: the text goes to a temporary
 * file in the same directory, which is then renamed over FILE. A failure part-way leaves
 * FILE as it was (absent or the old version) and no temporary file behind.
 */
import { randomUUID } from 'node:crypto';
import { rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { VnnewsError } from '../errors.js';

/** errno code → what to tell the user. Anything else: "cannot write (CODE)". */
const WRITE_ERRORS: Readonly<Record<string, string>> = {
  ENOENT: 'cannot write: no such directory',
  ENOTDIR: 'cannot write: a parent is not a directory',
  EISDIR: 'cannot write: is a directory',
  EACCES: 'cannot write: permission denied',
  EPERM: 'cannot write: permission denied',
  ENOSPC: 'cannot write: no space left on the device',
  EROFS: 'cannot write: read-only file system',
};

export async function writeFileAtomic(path: string, text: string): Promise<void> {
  const temporary = join(dirname(path), `.${basename(path)}.${randomUUID()}.tmp`);
  try {
    await writeFile(temporary, text, { flag: 'wx' });
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    const errno = (error as NodeJS.ErrnoException | null)?.code ?? 'unknown error';
    throw new VnnewsError('WRITE_FAILED', WRITE_ERRORS[errno] ?? `cannot write (${errno})`, { path, cause: error });
  }
}
