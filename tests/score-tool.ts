/**
 * The shared score tool (../shared/tools/score.mjs, beside the clone), for the corpus floor
 * (score.test.ts) and the audit sets (audit.test.ts). It runs `node bin/vnnews.js parse FILE`
 * for each article, so it needs the build (`npm test` builds first).
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const SCORE_TOOL = resolve(ROOT, '../shared/tools/score.mjs');

export interface ScoreReport {
  files: number;
  failures: number;
  summary: Record<string, number>;
  score: number;
}

/** Runs the tool from the repo root on its corpus, or on `corpus`; its --json output is followed by a last `score: X` line. */
export function runScoreTool(corpus?: string): ScoreReport {
  if (!existsSync(join(ROOT, 'dist/bin/cli.js'))) throw new Error('no dist/: run `npm run build` first');
  const args = [SCORE_TOOL, '--json', ...(corpus === undefined ? [] : ['--corpus', corpus])];
  const run = spawnSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 << 20 });
  if (run.status !== 0) throw new Error(`score tool exited ${run.status}: ${run.stderr}`);
  return JSON.parse(run.stdout.slice(0, run.stdout.lastIndexOf('\nscore:'))) as ScoreReport;
}
