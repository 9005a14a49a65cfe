#!/usr/bin/env node
/**
 * What the officials pass costs: parse every corpus article (../shared/corpus, else
 * fixtures/) in-process with every enricher, with all but officials, and with none, in
 * alternating rounds; prints the median per-article CPU time of each. The target is
 * officials on / officials off at most 2x (issue "Named officials").
 *
 *   npm run build && node bench/officials.mjs [--rounds 15]
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { ENRICHERS, parseBytes } from '../dist/index.js';
import { enrichOfficials } from '../dist/enrichers/officials/index.js';

const args = process.argv.slice(2);
const rounds = Number(args[args.indexOf('--rounds') + 1] ?? 15) || 15;
const corpus = '../shared/corpus';
const files = existsSync(corpus)
  ? readdirSync(corpus).filter((f) => f.endsWith('.txt')).map((f) => join(corpus, f))
  : readdirSync('fixtures').filter((d) => existsSync(join('fixtures', d, 'input.txt'))).map((d) => join('fixtures', d, 'input.txt'));
const inputs = files.map((f) => readFileSync(f));
const REPEAT = 20;

/** CPU time of this thread (user + system), so that other work on the machine counts less than wall time would. */
const WITHOUT_OFFICIALS = ENRICHERS.filter((enrich) => enrich !== enrichOfficials);

function time(enrichers) {
  const start = process.cpuUsage();
  for (let r = 0; r < REPEAT; r++) for (const bytes of inputs) parseBytes(bytes, { enrichers });
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000 / (REPEAT * inputs.length);
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const runs = { all: [], off: [], none: [] };
const sets = { all: ENRICHERS, off: WITHOUT_OFFICIALS, none: [] };
for (const name of Object.keys(sets)) time(sets[name]); // warm-up
for (let r = 0; r < rounds; r++) for (const name of Object.keys(sets)) runs[name].push(time(sets[name]));
const mOn = median(runs.all);
const mOff = median(runs.off);
const mNone = median(runs.none);
console.log(`articles: ${inputs.length} (${files.length ? files[0].split('/').slice(0, -1).join('/') : ''}), rounds: ${rounds} x ${REPEAT}`);
console.log(`reader alone (no enrichers):   ${mNone.toFixed(3)} ms/article (median CPU time)`);
console.log(`every enricher but officials:  ${mOff.toFixed(3)} ms/article`);
console.log(`every enricher (officials on): ${mOn.toFixed(3)} ms/article`);
console.log(`officials on / off: ${(mOn / mOff).toFixed(2)}x (target at most 2x)`);
