/**
 * The batch loses nothing under SIGKILL: `vnnews convert` (the real binary) is killed at
 * seeded random points, some of them while a temporary file is on disk (mid-write), with
 * -j1 and -j2, then run again. Right after each kill every finished output must already
 * be whole; after the rerun the output tree must be byte for byte that of an
 * uninterrupted run, with no temporary file (`.NAME.PID.HEX.tmp`) left anywhere.
 *
 * Comparing bytes is sound because an output holds nothing of the run: the article JSON,
 * Markdown and HTML are functions of the input bytes and of `source.path`, the input path
 * as given (the same in every run here), never of the time, the pid, -j or the order the
 * workers finish in. (tests/cli/convert.test.ts has the plain kill-and-rerun; this adds
 * the kill points, the mid-write kills, a killed rerun and a killed --force.)
 *
 * To kill mid-write reliably on any machine, the killed runs preload helpers/slow-rename.cjs,
 * which makes each rename of a temporary file wait RENAME_DELAY_MS, as a slow disk would:
 * the temporary file is then on disk long enough to be seen and killed beside.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, type Dirent } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, BIN, ROOT, testEnv } from '../cli/helpers.js';

beforeAll(assertBuilt);

/** Fixed: the kill points below come from it. */
const SEED = 0x6b11;
const INPUTS = 15;
const FORMATS = 'json,md,html';
const OUTPUTS = INPUTS * 3;
const RENAME_DELAY_MS = 40;
const SLOW_RENAME = join(ROOT, 'tests/convert/helpers/slow-rename.cjs');

/** mulberry32: a small seeded generator, so every run kills at the same points. */
function random(seed: number): (below: number) => number {
  let state = seed >>> 0;
  return (below) => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return Math.floor((((t ^ (t >>> 14)) >>> 0) / 2 ** 32) * below);
  };
}
const pick = random(SEED);

const work = mkdtempSync(join(tmpdir(), 'vnnews-kill-'));
const input = join(work, 'in');
const reference = join(work, 'reference');
let expected: Record<string, string>;
afterAll(() => rmSync(work, { recursive: true, force: true }));

beforeAll(() => {
  const texts = ['seed', 'cms-export', 'page-chrome', 'date-above-title', 'single-newlines'].map((name) => readFileSync(join(ROOT, 'fixtures', name, 'input.txt')));
  for (let i = 0; i < INPUTS; i += 1) {
    const dir = join(input, `d${i % 3}`, i % 2 ? 'con' : '');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, `tin-${i}.txt`), Buffer.concat([Buffer.from(`Bài số ${i}\n\n`), texts[i % texts.length]!]));
  }
  const run = convert(reference, ['-j2']);
  expect(run.status).toBe(0);
  expected = contents(reference);
  expect(Object.keys(expected)).toHaveLength(OUTPUTS);
  // Nothing of the run in an output: a second uninterrupted run, -j1 this time, gives the same bytes.
  const again = join(work, 'again');
  expect(convert(again, ['-j1']).status).toBe(0);
  expect(contents(again)).toEqual(expected);
});

/** Every file below `root` (hidden ones too), by relative path → its text. */
function contents(root: string): Record<string, string> {
  const files = (readdirSync(root, { recursive: true, withFileTypes: true }) as Dirent[]).filter((entry) => entry.isFile());
  return Object.fromEntries(files.map((entry) => [relative(root, join(entry.parentPath, entry.name)), readFileSync(join(entry.parentPath, entry.name), 'utf8')]).sort());
}

const isTemp = (path: string): boolean => /(^|\/)\.[^/]+\.\d+\.[0-9a-f]{8}\.tmp$/.test(path);

function convert(out: string, args: string[]): { status: number | null; stderr: string } {
  const result = spawnSync(process.execPath, [BIN, 'convert', input, '-o', out, '--to', FORMATS, '-q', ...args], { cwd: ROOT, env: testEnv(), encoding: 'utf8' });
  return { status: result.status, stderr: result.stderr };
}

interface KillPoint {
  args: string[];
  /** Kill once this many outputs are finished... */
  after: number;
  /** ...and, if set, only while a temporary file is on disk. */
  midWrite: boolean;
}

/** Start a slowed convert into `out`, SIGKILL it at the point, and return what it left. */
async function killAt(out: string, point: KillPoint): Promise<{ finished: string[]; temps: string[] }> {
  const env = testEnv({ NODE_OPTIONS: `--require ${SLOW_RENAME}`, VNNEWS_TEST_RENAME_DELAY_MS: String(RENAME_DELAY_MS) });
  const child = spawn(process.execPath, [BIN, 'convert', input, '-o', out, '--to', FORMATS, '-q', ...point.args], { cwd: ROOT, env, stdio: 'ignore' });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  let exitedEarly = false;
  void exited.then(() => (exitedEarly = true));
  const started = Date.now();
  for (;;) {
    const files = list(out);
    const finished = files.filter((path) => !isTemp(path)).length;
    if (finished >= point.after && (!point.midWrite || files.some(isTemp))) break;
    if (exitedEarly) throw new Error(`convert ended before the kill point (${finished} outputs)`);
    if (Date.now() - started > 20_000) throw new Error('the kill point never came');
    await new Promise((resolve) => setTimeout(resolve, 2));
  }
  child.kill('SIGKILL');
  await exited;
  const left = list(out);
  return { finished: left.filter((path) => !isTemp(path)), temps: left.filter(isTemp) };
}

function list(root: string): string[] {
  try {
    return (readdirSync(root, { recursive: true, withFileTypes: true }) as Dirent[])
      .filter((entry) => entry.isFile())
      .map((entry) => relative(root, join(entry.parentPath, entry.name)));
  } catch {
    return [];
  }
}

/** Right after a kill: whatever looks finished is whole, and the kill was part-way. */
function expectWholeSoFar(out: string, left: { finished: string[]; temps: string[] }, point: KillPoint): void {
  expect(left.finished.length).toBeGreaterThanOrEqual(point.after);
  expect(left.finished.length).toBeLessThan(OUTPUTS);
  for (const path of left.finished) expect(readFileSync(join(out, path), 'utf8'), path).toBe(expected[path]);
  if (point.midWrite) expect(left.temps.length, 'killed while a temporary file was on disk').toBeGreaterThan(0);
}

/** Seeded points: mid-write or not, early or late, -j1 and -j2. */
const POINTS: KillPoint[] = [
  { args: ['-j2'], after: 1 + pick(OUTPUTS / 2), midWrite: false },
  { args: ['-j2'], after: pick(OUTPUTS / 2), midWrite: true },
  { args: ['-j1'], after: pick(OUTPUTS / 2), midWrite: true },
  { args: ['-j1'], after: 0, midWrite: true }, // the very first write
];

describe(`SIGKILL at seeded points (seed ${SEED}), then a rerun`, () => {
  it.each(POINTS.map((point, k) => [k + 1, point.args.join(' '), point.after, point.midWrite ? 'mid-write' : 'between files', point] as const))(
    'point %i: %s, after %i outputs, %s: every output whole, identical to an uninterrupted run, no temporary file',
    async (k, _jobs, _after, _when, point) => {
      const out = join(work, `out-${k}`);
      expectWholeSoFar(out, await killAt(out, point), point);
      const rerun = convert(out, point.args[0] === '-j1' ? ['-j2'] : ['-j1']); // the other -j: the bytes must not care
      expect(rerun).toEqual({ status: 0, stderr: '' });
      expect(contents(out)).toEqual(expected);
    },
  );

  it('killed, rerun killed again mid-write, then a last run: the temporary files of both dead runs are gone', async () => {
    const out = join(work, 'out-twice');
    const first: KillPoint = { args: ['-j2'], after: pick(OUTPUTS / 3), midWrite: true };
    expectWholeSoFar(out, await killAt(out, first), first);
    const second: KillPoint = { args: ['-j2'], after: OUTPUTS / 2 + pick(OUTPUTS / 4), midWrite: true };
    expectWholeSoFar(out, await killAt(out, second), second);
    expect(convert(out, ['-j2'])).toEqual({ status: 0, stderr: '' });
    expect(contents(out)).toEqual(expected);
  });

  it('a --force rerun over finished outputs killed mid-write, then a plain rerun (all up to date): no temporary file left', async () => {
    const out = join(work, 'out-force');
    expect(convert(out, ['-j2']).status).toBe(0);
    const point: KillPoint = { args: ['-j2', '--force'], after: 0, midWrite: true };
    const left = await killAt(out, point);
    expect(left.temps.length).toBeGreaterThan(0);
    for (const path of left.finished) expect(readFileSync(join(out, path), 'utf8'), path).toBe(expected[path]);
    expect(convert(out, ['-j2'])).toEqual({ status: 0, stderr: '' });
    expect(contents(out)).toEqual(expected);
  });
});
