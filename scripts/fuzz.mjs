#!/usr/bin/env node
/**
 * npm run fuzz: the property tests of tests/properties/ with a random seed and many more
 * cases than `npm test` runs (issue 6). Prints the seed first (to replay a failure:
 * VNNEWS_FUZZ_SEED=<seed> npm run fuzz), then each property's cases, time and, on a
 * failure, its shrunk counterexample (vitest's output above has the full report).
 *
 *   npm run fuzz                      scale 50: each property runs 50 × its npm-test count
 *   npm run fuzz -- --scale 200       more
 *   VNNEWS_FUZZ_SEED=123 npm run fuzz  replay a seed
 *
 * The recheck check of every pattern in src/ has no seed to vary: it runs in `npm test`
 * (`npm run test:redos`), not here.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const PROPERTY_FILES = [
  'tests/properties/parse-never-throws.test.ts',
  'tests/properties/parse-linear.test.ts',
  'tests/properties/html-safe.test.ts',
  'tests/properties/markdown-round-trip.test.ts',
];

const args = process.argv.slice(2);
const scaleAt = args.indexOf('--scale');
const scale = scaleAt === -1 ? 50 : Number(args[scaleAt + 1]);
if (!(scale > 0)) {
  console.error('fuzz: --scale needs a positive number');
  process.exit(2);
}
const files = PROPERTY_FILES;
const seed = process.env.VNNEWS_FUZZ_SEED ? Number(process.env.VNNEWS_FUZZ_SEED) : Math.floor(Math.random() * 2 ** 31);
const dir = mkdtempSync(join(tmpdir(), 'vnnews-fuzz-'));
const report = join(dir, 'report.ndjson');

console.log(`fuzz: seed ${seed}, scale ${scale} (replay: VNNEWS_FUZZ_SEED=${seed} npm run fuzz -- --scale ${scale})`);
const started = Date.now();
const run = spawnSync('npx', ['vitest', 'run', ...files], {
  stdio: 'inherit',
  env: { ...process.env, VNNEWS_FUZZ_SEED: String(seed), VNNEWS_FUZZ_SCALE: String(scale), VNNEWS_FUZZ_REPORT: report },
});

let lines = [];
try {
  lines = readFileSync(report, 'utf8').trim().split('\n').filter(Boolean).map((line) => JSON.parse(line));
} catch {
  // no property ran (vitest failed to start): its own output says why
}
rmSync(dir, { recursive: true, force: true });

console.log(`\nfuzz: seed ${seed}, scale ${scale}, ${((Date.now() - started) / 1000).toFixed(0)} s`);
for (const line of lines) {
  console.log(`  ${line.failed ? 'FAIL' : 'ok  '}  ${String(line.runs).padStart(7)} cases  ${String(Math.round(line.ms / 1000)).padStart(4)} s  ${line.name}`);
  if (line.failed) console.log(`        counterexample: ${line.counterexample}`);
}
console.log(`  ${lines.reduce((sum, line) => sum + line.runs, 0)} cases in all`);
if (lines.some((line) => line.failed)) console.log(`\nfuzz: a property failed; replay with VNNEWS_FUZZ_SEED=${seed} npm run fuzz -- --scale ${scale}`);
process.exitCode = run.status ?? 1;
