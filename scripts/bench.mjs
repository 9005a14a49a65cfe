#!/usr/bin/env node
/**
 * `npm run bench`: how fast vnnews starts and converts, on this machine. Not a test
 * (too slow and too noisy for one); tests/bench.test.ts only checks that it runs.
 *
 * It builds its own corpus in the temp directory (kept between runs, keyed by size):
 * the fixtures' input.txt and ../shared/corpus/*.txt when present, each copy with its
 * title and date changed so no two files are alike, in nested folders. Then, taking
 * medians over several runs, it measures:
 *
 *   start-up   `vnnews parse one.txt` against `node -e 0`, interleaved in random order
 *   json       `convert --to json` with -j1 and -j2: articles/s and the speed-up
 *   all        `convert --to <every format>` with -j2 (only when md and html exist)
 *   memory     peak RSS (/usr/bin/time) of `convert -j2` over N and 10×N files
 *
 * With GNU time (/usr/bin/time) each convert run also reports its CPU time per article.
 * Where the output directory is written matters (a tmpfs is faster than a disk):
 * set TMPDIR to choose.
 *
 * Options: --files N (default 10000), --big N (default 100000), --runs R (default 3),
 * --quick (one run each, few start-up rounds, big = 2×files: for the smoke test).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BIN = join(ROOT, 'bin', 'vnnews.js');
const TIME = '/usr/bin/time';
/** Start-up rounds (each runs both commands once, in random order). */
const STARTUP_ROUNDS = { full: 30, quick: 2 };
const TARGETS = { startupRatio: 1.5, json: 8000, all: 2000, rssMb: 250, speedup: 1.7 };

const { values } = parseArgs({
  options: {
    files: { type: 'string', default: '10000' },
    big: { type: 'string' },
    runs: { type: 'string', default: '3' },
    quick: { type: 'boolean', default: false },
  },
});
const quick = values.quick;
const files = Number(values.files);
const big = Number(values.big ?? (quick ? files * 2 : 100_000));
const runs = quick ? 1 : Number(values.runs);

if (!existsSync(join(ROOT, 'dist', 'bin', 'cli.js'))) throw new Error('run `npm run build` first');
const { FORMATS } = await import(join(ROOT, 'dist', 'writers', 'index.js'));

const median = (numbers) => {
  const sorted = [...numbers].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

function sources() {
  const fixtures = readdirSync(join(ROOT, 'fixtures'))
    .filter((name) => name !== 'broken' && existsSync(join(ROOT, 'fixtures', name, 'input.txt')))
    .map((name) => readFileSync(join(ROOT, 'fixtures', name, 'input.txt'), 'utf8'));
  const corpusDir = join(ROOT, '..', 'shared', 'corpus');
  const corpus = existsSync(corpusDir)
    ? readdirSync(corpusDir)
        .filter((name) => name.endsWith('.txt'))
        .map((name) => readFileSync(join(corpusDir, name), 'utf8'))
    : [];
  // UTF-16 fixtures read as UTF-8 would be garbage: keep texts that decoded cleanly.
  return [...fixtures, ...corpus].filter((text) => !text.includes('\u0000'));
}

/** The i-th article: a source with its first long line (the title) and first date made unique. */
function article(texts, i) {
  const text = texts[i % texts.length];
  const day = String((i % 28) + 1).padStart(2, '0');
  const month = String((Math.floor(i / 28) % 12) + 1).padStart(2, '0');
  return text
    .replace(/^(.{30,}?)$/m, `$1 (${i})`)
    .replace(/\b\d{1,2}\/\d{1,2}\/(\d{4})\b/, `${day}/${month}/$1`);
}

/** N article files in nested folders, made once and kept in the temp directory. */
function corpus(count) {
  const dir = join(tmpdir(), `vnnews-bench-corpus-${count}`);
  const done = join(dir, '.complete');
  if (existsSync(done)) return dir;
  rmSync(dir, { recursive: true, force: true });
  const texts = sources();
  for (let i = 0; i < count; i += 1) {
    const sub = join(dir, `d${i % 50}`, `s${i % 7}`);
    if (i < 350) mkdirSync(sub, { recursive: true });
    writeFileSync(join(sub, `tin-${i}.txt`), article(texts, i));
  }
  writeFileSync(done, '');
  return dir;
}

function timed(args, options = {}) {
  const start = performance.now();
  const result = spawnSync(process.execPath, args, { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8', ...options });
  const ms = performance.now() - start;
  if (result.status !== 0 && options.expectOk !== false) throw new Error(`${args.join(' ')}: exit ${result.status}\n${result.stderr}`);
  return ms;
}

function startup() {
  const one = join(ROOT, 'fixtures', 'seed', 'input.txt');
  const commands = { node: ['-e', '0'], parse: [BIN, 'parse', one] };
  const times = { node: [], parse: [] };
  for (let round = 0; round < (quick ? STARTUP_ROUNDS.quick : STARTUP_ROUNDS.full); round += 1) {
    for (const name of Object.keys(commands).sort(() => Math.random() - 0.5)) times[name].push(timed(commands[name]));
  }
  return { node: median(times.node), parse: median(times.parse) };
}

/**
 * One `convert` run into a fresh output directory: wall ms, CPU ms (user + sys, all
 * threads) and peak RSS in MB, from GNU time when present (wall only otherwise). CPU
 * time shows the cost per article even when other work on the machine slows the wall clock.
 */
function convertRun(dir, formats, jobs) {
  const out = join(tmpdir(), `vnnews-bench-out-${process.pid}`);
  rmSync(out, { recursive: true, force: true });
  const args = [BIN, 'convert', dir, '--out', out, '--to', formats, '-j', String(jobs), '-q'];
  const start = performance.now();
  const result = existsSync(TIME)
    ? spawnSync(TIME, ['-f', '%e %U %S %M', process.execPath, ...args], { encoding: 'utf8' })
    : spawnSync(process.execPath, args, { encoding: 'utf8' });
  const wall = performance.now() - start;
  rmSync(out, { recursive: true, force: true });
  if (result.status !== 0) throw new Error(`convert ${dir} --to ${formats} -j${jobs}: exit ${result.status}\n${result.stderr}`);
  const measured = existsSync(TIME) ? result.stderr.trim().split('\n').at(-1).split(' ').map(Number) : null;
  return { wall, cpu: measured ? (measured[1] + measured[2]) * 1000 : null, rss: measured ? measured[3] / 1024 : null };
}

/** Medians over the runs: articles/s (wall), CPU ms per article. */
function throughput(dir, count, formats, jobs) {
  const measured = Array.from({ length: runs }, () => convertRun(dir, formats, jobs));
  const cpu = measured.every((m) => m.cpu !== null) ? median(measured.map((m) => m.cpu)) / count : null;
  return { rate: median(measured.map((m) => (count * 1000) / m.wall)), cpuPerArticle: cpu };
}

/** Peak RSS in MB of `convert -j2` over `dir` (the process, worker threads included). */
function peakRss(dir) {
  return convertRun(dir, 'json', 2).rss;
}

const fmt = (n, digits = 0) => n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
const rows = [];
const row = (measure, value, target, ok) => rows.push([measure, value, target, ok === null ? '' : ok ? 'yes' : 'NO']);

console.log(`machine: ${cpus()[0]?.model ?? 'unknown cpu'}, ${cpus().length} cores, ${fmt(totalmem() / 2 ** 30, 1)} GB, node ${process.version}, load ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
console.log(`corpus: ${files} and ${big} files from ${sources().length} texts; ${runs} run(s) each, medians`);
const small = corpus(files);

const start = startup();
row('start-up: node -e 0', `${fmt(start.node, 1)} ms`, '', null);
row('start-up: vnnews parse one.txt', `${fmt(start.parse, 1)} ms = ${fmt(start.parse / start.node, 2)}x`, `<= ${TARGETS.startupRatio}x`, start.parse / start.node <= TARGETS.startupRatio);

const cpuNote = (t) => (t.cpuPerArticle === null ? '' : ` (${fmt(t.cpuPerArticle, 3)} ms CPU each)`);
const j1 = throughput(small, files, 'json', 1);
const j2 = throughput(small, files, 'json', 2);
row(`convert --to json -j1 (${files} files)`, `${fmt(j1.rate)} articles/s${cpuNote(j1)}`, '', null);
row(`convert --to json -j2 (${files} files)`, `${fmt(j2.rate)} articles/s${cpuNote(j2)}`, `>= ${fmt(TARGETS.json)}`, j2.rate >= TARGETS.json);
row('speed-up -j1 → -j2', `${fmt(j2.rate / j1.rate, 2)}x`, `>= ${TARGETS.speedup}x`, j2.rate / j1.rate >= TARGETS.speedup);

if (FORMATS.includes('md') && FORMATS.includes('html')) {
  const all = throughput(small, files, FORMATS.join(','), 2);
  row(`convert --to ${FORMATS.join(',')} -j2`, `${fmt(all.rate)} articles/s${cpuNote(all)}`, `>= ${fmt(TARGETS.all)}`, all.rate >= TARGETS.all);
} else {
  row('convert --to json,md,html -j2', 'skipped: md/html writers not present', `>= ${fmt(TARGETS.all)}`, null);
}

const rssSmall = peakRss(small);
const rssBig = peakRss(corpus(big));
if (rssSmall === null || rssBig === null) {
  row('peak RSS', `skipped: no ${TIME}`, '', null);
} else {
  row(`peak RSS, ${files} files`, `${fmt(rssSmall)} MB`, '', null);
  row(`peak RSS, ${big} files`, `${fmt(rssBig)} MB`, `< ${TARGETS.rssMb} MB`, rssBig < TARGETS.rssMb);
}

const widths = [0, 1, 2, 3].map((column) => Math.max(...[['measure', 'value', 'target', 'met'], ...rows].map((r) => r[column].length)));
const line = (cells) => `| ${cells.map((cell, column) => cell.padEnd(widths[column])).join(' | ')} |`;
console.log(line(['measure', 'value', 'target', 'met']));
console.log(line(widths.map((width) => '-'.repeat(width))));
for (const r of rows) console.log(line(r));
