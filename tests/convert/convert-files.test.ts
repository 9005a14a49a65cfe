/**
 * Many files: in input order, the same with worker threads as in one thread. The
 * workers run dist/convert/worker.js (the tsc build, as a library user gets it; vitest
 * cannot start a worker from TypeScript), which `npm test` builds first.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { convertFiles } from '../../src/convert/convert-files.js';
import { batchSize } from '../../src/convert/pool.js';
import { planConversion } from '../../src/convert/plan-conversion.js';
import type { ConvertResult } from '../../src/convert/types.js';

const WORKER = new URL('../../dist/convert/worker.js', import.meta.url);
const FIXTURES = ['seed', 'cms-export', 'page-chrome', 'utf16-bom'].map((name) => readFileSync(`fixtures/${name}/input.txt`));
const FILES = 150;
let dir: string;

beforeAll(() => {
  if (!existsSync(WORKER)) throw new Error('dist/convert/worker.js is missing: run `npm run build` first');
  dir = mkdtempSync(join(tmpdir(), 'vnnews-convert-files-'));
  for (let i = 0; i < FILES; i += 1) {
    const sub = join(dir, 'in', `d${i % 7}`);
    mkdirSync(sub, { recursive: true });
    writeFileSync(join(sub, `tin-${String(i).padStart(3, '0')}.txt`), i % 50 === 13 ? '' : FIXTURES[i % FIXTURES.length]!);
  }
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function collect(results: AsyncIterable<ConvertResult>): Promise<ConvertResult[]> {
  const all: ConvertResult[] = [];
  for await (const result of results) all.push(result);
  return all;
}

describe('convertFiles', () => {
  it('workers give the results of one thread, in input order, and the same bytes on disk', async () => {
    const run = async (jobs: number, out: string) => {
      const tasks = await planConversion([join(dir, 'in')], { out: join(dir, out), formats: ['json'] });
      return { tasks, results: await collect(convertFiles(tasks, { formats: ['json'], jobs, workerUrl: WORKER, writeOptions: { pretty: true } })) };
    };
    const one = await run(1, 'one');
    const three = await run(3, 'three');
    expect(three.results.map((r) => r.input)).toEqual(three.tasks.map((t) => t.input));
    expect(three.results.map((r) => r.status)).toEqual(one.results.map((r) => r.status));
    expect(three.results.filter((r) => r.status === 'failed')).toHaveLength(3);
    for (const [index, result] of one.results.entries()) {
      if (result.status !== 'converted') continue;
      expect(readFileSync(three.results[index]!.outputs[0]!, 'utf8')).toBe(readFileSync(result.outputs[0]!, 'utf8'));
    }
  });

  it('a consumer that stops early stops the workers (the iteration ends, no hang)', async () => {
    const tasks = await planConversion([join(dir, 'in')], { out: join(dir, 'early'), formats: ['json'] });
    const seen: string[] = [];
    for await (const result of convertFiles(tasks, { formats: ['json'], jobs: 2, workerUrl: WORKER, force: true })) {
      seen.push(result.input);
      if (seen.length === 5) break;
    }
    expect(seen).toEqual(tasks.slice(0, 5).map((task) => task.input));
  });

  it('a worker thread that dies is an error for the caller, not a hang', async () => {
    const dying = join(dir, 'dying-worker.mjs');
    writeFileSync(dying, "import { parentPort } from 'node:worker_threads';\nparentPort.on('message', () => process.exit(3));\n");
    const tasks = await planConversion([join(dir, 'in')], { out: join(dir, 'dying'), formats: ['json'] });
    await expect(collect(convertFiles(tasks, { formats: ['json'], jobs: 2, workerUrl: pathToFileURL(dying) }))).rejects.toThrow(
      'a worker thread stopped unexpectedly (exit code 3)',
    );
  });

  it('batches shrink for short lists so every worker gets some', () => {
    expect(batchSize(10_000, 2)).toBe(32);
    expect(batchSize(10, 2)).toBe(3);
    expect(batchSize(1, 4)).toBe(1);
  });
});
