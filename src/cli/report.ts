/**
 * `--report FILE`: one NDJSON line per input, written as results arrive (in input
 * order), so a 100,000-file run never holds them in memory and a killed run keeps the
 * lines it got to. Fields: path, status, outputs, warnings, error.
 */
import { createWriteStream } from 'node:fs';
import type { ConvertResult } from '../convert/types.js';

export interface ReportWriter {
  write(result: ConvertResult): Promise<void>;
  close(): Promise<void>;
}

export function reportLine(result: ConvertResult): string {
  const { input, status, outputs, warnings, error } = result;
  return `${JSON.stringify({ path: input, status, outputs, warnings, error })}\n`;
}

/** Opens FILE for writing; rejects with the file system's error when it cannot. */
export async function openReport(path: string): Promise<ReportWriter> {
  const stream = createWriteStream(path);
  const state = { failure: null as Error | null };
  stream.on('error', (error) => {
    state.failure ??= error;
  });
  await new Promise<void>((resolve, reject) => {
    stream.once('open', () => resolve());
    stream.once('error', reject);
  });
  const settled = (event: 'drain' | 'finish'): Promise<void> =>
    new Promise((resolve, reject) => {
      if (state.failure) return reject(state.failure);
      stream.once(event, () => resolve());
      stream.once('error', reject);
    });
  return {
    async write(result) {
      if (state.failure) throw state.failure;
      if (!stream.write(reportLine(result))) await settled('drain');
    },
    async close() {
      stream.end();
      await settled('finish');
    },
  };
}
