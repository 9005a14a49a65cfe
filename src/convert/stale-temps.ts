/**
 * Temporary files a killed run left behind (`kill -9` between write and rename).
 * They are hidden (a leading dot) and never mistaken for outputs; the next run that
 * writes into the same directory removes those whose process is gone. A temporary
 * file of a live process (this one's other workers, a parallel run) is left alone.
 */
import { join } from 'node:path';
import type { ConvertFs } from './fs.js';

/** `.NAME.<pid>.<8 hex>.tmp`, as atomic-write.ts names them. */
const TEMP_NAME = /^\..+\.(\d+)\.[0-9a-f]{8}\.tmp$/;

export function tempOwner(name: string): number | null {
  const match = TEMP_NAME.exec(name);
  return match ? Number(match[1]) : null;
}

export function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'; // alive, someone else's
  }
}

/** Remove the stale temporary files in `dir`; returns how many. Failures are ignored. */
export function removeStaleTemps(fs: ConvertFs, dir: string, alive: (pid: number) => boolean = processAlive): number {
  let removed = 0;
  for (const name of fs.readdirSync(dir)) {
    const owner = tempOwner(name);
    if (owner === null || owner === process.pid || alive(owner)) continue;
    try {
      fs.unlinkSync(join(dir, name));
      removed += 1;
    } catch {
      // another run got there first
    }
  }
  return removed;
}
