#!/usr/bin/env node
/**
 * A/B of two builds in one process: the officials pass (default) or a whole parse of every
 * corpus article (../shared/corpus, else the fixtures), in alternating rounds, so that the
 * machine's drift between runs falls on both alike. Prints whether both give the same
 * output, and the median CPU time per article of each.
 *
 *   git worktree add /tmp/base HEAD~1 && (cd /tmp/base && ln -s "$PWD/node_modules" . && npm run build)
 *   node bench/compare.mjs /tmp/base/dist dist [--rounds 15] [--stage officials|parse]
 *
 * Run it in both orders (A B, then B A): the build loaded second tends to gain a few percent.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const dists = args.filter((a, k) => !a.startsWith('--') && !(k > 0 && args[k - 1].startsWith('--')));
if (dists.length !== 2) {
  console.error('usage: node bench/compare.mjs DIST_A DIST_B [--rounds 15] [--stage officials|parse]');
  process.exit(2);
}
const rounds = Number(option('--rounds', 15)) || 15;
const stage = option('--stage', 'officials');
if (stage !== 'officials' && stage !== 'parse') {
  console.error(`compare: unknown stage "${stage}" (officials or parse)`);
  process.exit(2);
}

const corpus = '../shared/corpus';
const files = existsSync(corpus)
  ? readdirSync(corpus).filter((f) => f.endsWith('.txt')).map((f) => join(corpus, f))
  : readdirSync('fixtures').filter((d) => existsSync(join('fixtures', d, 'input.txt'))).map((d) => join('fixtures', d, 'input.txt'));
const inputs = files.map((f) => readFileSync(f));

async function load(dist) {
  const url = (path) => pathToFileURL(resolve(dist, path)).href;
  const { parseBytes } = await import(url('index.js'));
  if (stage === 'parse') return () => inputs.map((bytes) => parseBytes(bytes));
  const { textBlocks } = await import(url('model/blocks.js'));
  const { findOfficials } = await import(url('enrichers/officials/people.js'));
  const articles = inputs.map((bytes) => parseBytes(bytes, { enrichers: [] }));
  return () => articles.map((a) => findOfficials(textBlocks(a), a.byline?.authors ?? []));
}

const runs = [await load(dists[0]), await load(dists[1])];
const same = JSON.stringify(runs[0]()) === JSON.stringify(runs[1]());
const REPEAT = 40;
const times = [[], []];
for (let r = 0; r < rounds + 2; r++) {
  for (let b = 0; b < 2; b++) {
    const start = process.cpuUsage();
    for (let k = 0; k < REPEAT; k++) runs[b]();
    const used = process.cpuUsage(start);
    // The first two rounds warm both builds up.
    if (r >= 2) times[b].push((used.user + used.system) / 1000 / (REPEAT * inputs.length));
  }
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const [a, b] = times.map(median);
console.log(`${stage}, ${inputs.length} articles, ${rounds} rounds x ${REPEAT}; same output: ${same ? 'yes' : 'NO'}`);
console.log(`A ${dists[0]}: ${a.toFixed(4)} ms/article`);
console.log(`B ${dists[1]}: ${b.toFixed(4)} ms/article`);
console.log(`B / A: ${(b / a).toFixed(3)}`);
if (!same) process.exitCode = 1;
