/**
 * Many inputs → results, one per task, in the tasks' order, as an async iterable, so
 * a caller can stream a report without holding 100,000 results. With `jobs` > 1 the
 * work runs in worker threads (pool.ts); with 1, or with an injected `fs`, in this thread.
 */
import { availableParallelism } from 'node:os';
import { convertFile, createFileContext, type FileOptions } from './convert-file.js';
import { runPool } from './pool.js';
import type { ConvertResult, ConvertTask } from './types.js';

export interface ConvertOptions extends FileOptions {
  /** Worker threads; default: the number of cores. */
  jobs?: number;
  /** The worker module, when not the worker.js beside this module (tests). */
  workerUrl?: URL;
}

export function convertFiles(tasks: readonly ConvertTask[], options: ConvertOptions): AsyncIterable<ConvertResult> {
  const jobs = options.jobs ?? availableParallelism();
  if (jobs <= 1 || options.fs || tasks.length <= 1) return convertHere(tasks, options);
  const { jobs: _jobs, workerUrl, fs: _fs, ...fileOptions } = options;
  return runPool(tasks, { jobs, workerUrl: workerUrl ?? new URL('./worker.js', import.meta.url), fileOptions });
}

async function* convertHere(tasks: readonly ConvertTask[], options: FileOptions): AsyncGenerator<ConvertResult> {
  const context = createFileContext();
  for (const task of tasks) yield await convertFile(task, options, context);
}
