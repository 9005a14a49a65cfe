/**
 * How many cases each property runs, and with which seed.
 *
 * `npm test`: a fixed seed and a bounded number of runs, so the suite is reproducible and
 * stays well inside CI's time. `npm run fuzz` (scripts/fuzz.mjs) sets the VNNEWS_FUZZ_*
 * variables below: a random seed, many more runs, and a report file where each property
 * writes how many cases it ran.
 */
import { appendFileSync } from 'node:fs';
import fc from 'fast-check';

/** The seed of every property in `npm test`; scripts/fuzz.mjs passes a random one. */
export const SEED = Number(process.env.VNNEWS_FUZZ_SEED ?? 20_260_612);
/** Runs per property = its base (the `npm test` count) times this; scripts/fuzz.mjs raises it. */
const SCALE = Number(process.env.VNNEWS_FUZZ_SCALE ?? 1);
/** scripts/fuzz.mjs's report: one JSON line per property run. */
const REPORT = process.env.VNNEWS_FUZZ_REPORT;
/** A property's time limit (vitest's per-test timeout) grows with its runs. */
export const timeoutFor = (base: number): number => 60_000 + base * SCALE * 2_000;

export const runsFor = (base: number): number => Math.max(1, Math.round(base * SCALE));

/**
 * Run a property with the suite's seed and `base × scale` cases; fail with fast-check's
 * report (seed, path and the shrunk counterexample). Records the run in the fuzz report.
 */
export async function holds<Ts>(name: string, base: number, property: fc.IProperty<Ts> | fc.IAsyncProperty<Ts>): Promise<void> {
  const started = Date.now();
  const details = await fc.check(property as fc.IAsyncProperty<Ts>, { seed: SEED, numRuns: runsFor(base) });
  if (REPORT) {
    const line = { name, seed: SEED, runs: details.numRuns, failed: details.failed, ms: Date.now() - started, counterexample: details.failed ? fc.stringify(details.counterexample) : null };
    appendFileSync(REPORT, `${JSON.stringify(line)}\n`);
  }
  if (details.failed) {
    const error = details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance);
    throw new Error(`property "${name}" failed (seed ${SEED})\n${fc.defaultReportMessage(details) ?? ''}\nWhat failed:\n${error}`);
  }
  if (details.numRuns < runsFor(base)) throw new Error(`property "${name}" ran ${details.numRuns} of ${runsFor(base)} cases (too many skipped)`);
}
