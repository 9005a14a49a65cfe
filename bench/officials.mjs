#!/usr/bin/env node
/**
 * What the officials pass costs: parse every corpus article (../shared/corpus, else
 * fixtures/) in-process, with all enrichers and with none, in alternating rounds;
 * prints the median per-article CPU time of each and their ratio. Target: at most 2x.
 *
 *   npm run build && node bench/officials.mjs [--rounds 15]
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseBytes } from '../dist/index.js';

const args = process.argv.slice(2);
const rounds = Number(args[args.indexOf('--rounds') + 1] ?? 15) || 15;
const corpus = '../shared/corpus';
const files = existsSync(corpus)
  ? readdirSync(corpus).filter((f) => f.endsWith('.txt')).map((f) => join(corpus, f))
  : readdirSync('fixtures').filter((d) => existsSync(join('fixtures', d, 'input.txt'))).map((d) => join('fixtures', d, 'input.txt'));
const inputs = files.map((f) => readFileSync(f));
const REPEAT = 20;

/** CPU time of this thread (user + system), so that other work on the machine counts less than wall time would. */
function time(enrichers) {
  const start = process.cpuUsage();
  for (let r = 0; r < REPEAT; r++) for (const bytes of inputs) parseBytes(bytes, enrichers ? {} : { enrichers: [] });
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000 / (REPEAT * inputs.length);
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
time(true);
time(false); // warm-up
const on = [];
const off = [];
for (let r = 0; r < rounds; r++) {
  on.push(time(true));
  off.push(time(false));
}
const mOn = median(on);
const mOff = median(off);
console.log(`articles: ${inputs.length} (${files.length ? files[0].split('/').slice(0, -1).join('/') : ''}), rounds: ${rounds} x ${REPEAT}`);
console.log(`parse without enrichers: ${mOff.toFixed(3)} ms/article (median)`);
console.log(`parse with officials:    ${mOn.toFixed(3)} ms/article (median)`);
console.log(`ratio: ${(mOn / mOff).toFixed(2)}x (target at most 2x)`);
