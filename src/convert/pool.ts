/**
 * Tasks → results in input order, converted by `jobs` worker threads (worker.ts).
 * Tasks go out in batches (fewer messages); each worker has at most WORKER_QUEUE batches
 * waiting, so it never idles on a round trip; finished batches wait in a reorder buffer
 * until every earlier one has been yielded. At most `jobs * WINDOW_PER_WORKER` batches are
 * in flight or buffered, so memory does not grow with the number of files.
 */
import { Worker } from 'node:worker_threads';
import type { FileOptions } from './convert-file.js';
import type { BatchMessage, ResultMessage } from './worker.js';
import type { ConvertResult, ConvertTask } from './types.js';

/** Files per message: enough to make messaging cheap, few enough to balance the workers. */
const MAX_BATCH = 32;
/** Batches sent ahead to one worker. */
const WORKER_QUEUE = 2;
/** Batches in flight or waiting to be yielded, per worker. */
const WINDOW_PER_WORKER = 8;

export interface PoolOptions {
  jobs: number;
  /** The worker module: dist/bin/worker.js (bundled CLI) or dist/convert/worker.js (library). */
  workerUrl: URL;
  /** Sent to every worker once; must be cloneable (no injected fs). */
  fileOptions: FileOptions;
}

/**
 * Each worker's young generation is kept to 8 MB (V8's default grows it to ~16 MB). A worker's
 * garbage is one article's at a time, so the collections stay as cheap, and the peak resident
 * memory of `convert -j2` over 100,000 files fell from 246-251 MB to 224 MB (the issue's limit is
 * 250 MB), 10,000 files 152-154 → 141-144 MB, in the same time (6.0 s; 42 s for 100,000).
 */
const WORKER_LIMITS = { maxYoungGenerationSizeMb: 8 } as const;

/** Batch size: MAX_BATCH, or smaller so a short list still reaches every worker. */
export function batchSize(tasks: number, jobs: number): number {
  return Math.max(1, Math.min(MAX_BATCH, Math.ceil(tasks / (jobs * WORKER_QUEUE))));
}

export async function* runPool(tasks: readonly ConvertTask[], options: PoolOptions): AsyncGenerator<ConvertResult> {
  const size = batchSize(tasks.length, options.jobs);
  const batches = Math.ceil(tasks.length / size);
  const window = options.jobs * WINDOW_PER_WORKER;
  const workers = Array.from({ length: Math.min(options.jobs, batches) }, () => new Worker(options.workerUrl, { workerData: options.fileOptions, resourceLimits: WORKER_LIMITS }));
  const queued = new Map<Worker, number>(workers.map((worker) => [worker, 0]));
  const finished = new Map<number, ConvertResult[]>();
  const state = { sent: 0, yielded: 0, failure: null as Error | null, closing: false, wake: () => {} };

  const dispatch = (): void => {
    for (;;) {
      if (state.sent >= batches || state.sent - state.yielded >= window) return;
      const worker = workers.reduce((best, next) => (queued.get(next)! < queued.get(best)! ? next : best));
      if (queued.get(worker)! >= WORKER_QUEUE) return;
      const start = state.sent * size;
      worker.postMessage({ batch: state.sent, tasks: tasks.slice(start, start + size) } satisfies BatchMessage);
      queued.set(worker, queued.get(worker)! + 1);
      state.sent += 1;
    }
  };
  for (const worker of workers) {
    worker.on('message', ({ batch, results }: ResultMessage) => {
      finished.set(batch, results);
      queued.set(worker, queued.get(worker)! - 1);
      dispatch();
      state.wake();
    });
    worker.on('error', (error) => {
      state.failure ??= error;
      state.wake();
    });
    worker.on('exit', (code) => {
      if (state.closing) return;
      state.failure ??= new Error(`a worker thread stopped unexpectedly (exit code ${code})`);
      state.wake();
    });
  }

  try {
    dispatch();
    while (state.yielded < batches) {
      const results = finished.get(state.yielded);
      if (!results) {
        if (state.failure) throw state.failure;
        await new Promise<void>((resolve) => (state.wake = resolve));
        continue;
      }
      finished.delete(state.yielded);
      state.yielded += 1;
      dispatch();
      yield* results;
    }
  } finally {
    state.closing = true;
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
}
