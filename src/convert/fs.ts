/**
 * The file-system calls convert makes, as one object so tests can inject faults (a
 * full disk, a failing rename). Synchronous on purpose: convert runs them in worker
 * threads, where a blocking call is cheaper than a trip through libuv's thread pool.
 */
import * as nodeFs from 'node:fs';

export interface ConvertFs {
  statSync(path: string): nodeFs.Stats;
  /** Like fs.statSync(path, { throwIfNoEntry: false }), and undefined too when a parent is a file (ENOTDIR). */
  statIfExists(path: string): nodeFs.Stats | undefined;
  readFileSync(path: string): Uint8Array;
  writeFileSync(path: string, data: string, options: { flag: 'wx' }): void;
  renameSync(from: string, to: string): void;
  unlinkSync(path: string): void;
  /** Returns the first directory it created, undefined when all existed (fs.mkdirSync recursive). */
  mkdirSync(path: string, options: { recursive: true }): string | undefined;
  readdirSync(path: string): string[];
}

export const NODE_FS: ConvertFs = {
  statSync: (path) => nodeFs.statSync(path),
  statIfExists: (path) => {
    try {
      return nodeFs.statSync(path, { throwIfNoEntry: false });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOTDIR') return undefined;
      throw error;
    }
  },
  readFileSync: (path) => nodeFs.readFileSync(path),
  writeFileSync: (path, data, options) => nodeFs.writeFileSync(path, data, options),
  renameSync: (from, to) => nodeFs.renameSync(from, to),
  unlinkSync: (path) => nodeFs.unlinkSync(path),
  mkdirSync: (path, options) => nodeFs.mkdirSync(path, options),
  readdirSync: (path) => nodeFs.readdirSync(path),
};
