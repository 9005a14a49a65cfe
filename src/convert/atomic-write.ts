/**
 * Writing an output so that no reader ever sees half of it: the text goes to a hidden
 * temporary file in the same directory, `.tin.json.<pid>.<random>.tmp`, which is then
 * renamed over the output (atomic on one file system). On failure the temporary file
 * is removed and the old output, if any, is left as it was. A process killed between
 * the two steps leaves only the temporary file: see stale-temps.ts.
 */
import { basename, dirname, join } from 'node:path';
import type { ConvertFs } from './fs.js';

/**
 * Eight random hex digits, so two writers of one name never meet. Math.random, not
 * node:crypto: this is not a secret, and it is called once per output (crypto cost 3%).
 */
const RANDOM_RANGE = 2 ** 32;

export function tempPathFor(output: string, pid: number = process.pid): string {
  const random = Math.floor(Math.random() * RANDOM_RANGE).toString(16).padStart(8, '0');
  return join(dirname(output), `.${basename(output)}.${pid}.${random}.tmp`);
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
