/**
 * The worker thread behind convertFiles: receives batches of tasks (paths, never file
 * contents), converts each with convertFile, and posts the results back with the batch
 * number so the pool can put them in input order. The options arrive once, as workerData.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { convertFile, createFileContext, type FileOptions } from './convert-file.js';
import type { ConvertResult, ConvertTask } from './types.js';

export interface BatchMessage {
  batch: number;
  tasks: ConvertTask[];
}

export interface ResultMessage {
  batch: number;
  results: ConvertResult[];
}

const port = parentPort;
if (port) {
  const options = workerData as FileOptions;
  const context = createFileContext();
  port.on('message', async ({ batch, tasks }: BatchMessage) => {
    const results: ConvertResult[] = [];
    for (const task of tasks) results.push(await convertFile(task, options, context));
    port.postMessage({ batch, results } satisfies ResultMessage);
  });
}
