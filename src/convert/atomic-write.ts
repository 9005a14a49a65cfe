/**
 * Writing an output so that no reader ever sees half of it: the text goes to a hidden
 * temporary file in the same directory, `.tin.json.<pid>.<random>.tmp`, which is then
 * renamed over the output (atomic on one file system). On failure the temporary file
 * is removed and the old output, if any, is left as it was. A process killed between
 * the two steps leaves only the temporary file: see stale-temps.ts.
 */
import { randomBytes } from 'node:crypto';
import { basename, dirname, join } from 'node:path';
import type { ConvertFs } from './fs.js';

/** Random hex digits in a temporary name, so two writers in one process never meet. */
const RANDOM_BYTES = 4;

export function tempPathFor(output: string, pid: number = process.pid): string {
  return join(dirname(output), `.${basename(output)}.${pid}.${randomBytes(RANDOM_BYTES).toString('hex')}.tmp`);
}

/** Write `text` to `output` atomically; throws the file system's error, having cleaned up. */
export function atomicWrite(fs: ConvertFs, output: string, text: string): void {
  const temp = tempPathFor(output);
  try {
    fs.writeFileSync(temp, text, { flag: 'wx' });
    fs.renameSync(temp, output);
  } catch (error) {
    try {
      fs.unlinkSync(temp);
    } catch {
      // never created, or already gone: nothing to clean
    }
    throw error;
  }
}
