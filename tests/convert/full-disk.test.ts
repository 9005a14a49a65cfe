/**
 * A full disk and a read-only file system, for real: `vnnews convert` (the real binary)
 * writes into a small tmpfs mounted in a private user and mount namespace (`unshare
 * --user --map-root-user --mount`, no privileges needed and nothing left mounted).
 *
 * 1. a first run that fits; 2. a --force run of more inputs into the same folder, which
 * fills the disk: one line per input that could not be written, naming the output and
 * ENOSPC; every file left is whole (byte-identical to a run on a roomy disk), the first
 * run's outputs are all intact, and no temporary file is left; 3. the mount made
 * read-only: one line for --out (EROFS), nothing else tried, nothing changed.
 * (The injected ENOSPC of tests/convert/convert-file.test.ts covers the same in-process;
 * the EACCES cases run as "nobody" in tests/cli/convert.test.ts.)
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, type Dirent } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, BIN, ROOT, STACK_FRAME, testEnv } from '../cli/helpers.js';

beforeAll(assertBuilt);

const UNSHARE = ['--user', '--map-root-user', '--mount'];
const canUnshare = spawnSync('unshare', [...UNSHARE, 'true']).status === 0;
const PAGE = 4096;

const work = mkdtempSync(join(tmpdir(), 'vnnews-full-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const FIRST = Array.from({ length: 2 }, (_, i) => `in/a/tin-${i}.txt`);
const SECOND = [...FIRST, ...Array.from({ length: 10 }, (_, i) => `in/b/tin-${i}.txt`)];

function files(root: string): Record<string, string> {
  const entries = (readdirSync(root, { recursive: true, withFileTypes: true }) as Dirent[]).filter((entry) => entry.isFile());
  return Object.fromEntries(entries.map((entry) => [relative(root, join(entry.parentPath, entry.name)), readFileSync(join(entry.parentPath, entry.name), 'utf8')]));
}

/** Bytes a set of files takes on tmpfs: whole pages. */
const pages = (contents: Record<string, string>, only: (path: string) => boolean): number =>
  Object.entries(contents)
    .filter(([path]) => only(path))
    .reduce((sum, [, text]) => sum + Math.ceil(Buffer.byteLength(text) / PAGE) * PAGE, 0);

describe.skipIf(!canUnshare)('a real full disk and read-only mount (tmpfs in a private namespace)', () => {
  let reference: Record<string, string>;
  const results: Record<string, { rc: number; stderr: string; tree: Record<string, string> }> = {};

  beforeAll(() => {
    const texts = ['seed', 'cms-export', 'page-chrome', 'date-above-title'].map((name) => readFileSync(join(ROOT, 'fixtures', name, 'input.txt')));
    SECOND.forEach((path, i) => {
      mkdirSync(join(work, path, '..'), { recursive: true });
      writeFileSync(join(work, path), Buffer.concat([Buffer.from(`Bài ${i}\n\n`), texts[i % texts.length]!]));
    });
    const convert = (out: string) => [process.execPath, BIN, 'convert', '-o', out, '--to', 'json,md,html', '-q'];
    // On a roomy disk first: what every output must be.
    const roomy = spawnSync(convert('roomy')[0]!, [...convert('roomy').slice(1), ...SECOND], { cwd: work, env: testEnv(), encoding: 'utf8' });
    expect(roomy.status).toBe(0);
    reference = files(join(work, 'roomy'));
    // Room for the first run and half of what the second adds.
    const first = pages(reference, (path) => path.startsWith('in/a/'));
    const size = first + Math.floor((pages(reference, () => true) - first) / 2 / PAGE) * PAGE;

    const q = (args: string[]) => args.map((arg) => `'${arg}'`).join(' ');
    const script = [
      'set -u',
      `mount -t tmpfs -o size=${size} tmpfs mnt`,
      `${q(convert('mnt/out'))} -j1 ${q(FIRST)} 2> 1.err; echo $? > 1.rc; cp -a mnt/out after1`,
      `${q(convert('mnt/out'))} -j2 --force ${q(SECOND)} 2> 2.err; echo $? > 2.rc; cp -a mnt/out after2`,
      'mount -o remount,ro mnt',
      `${q(convert('mnt/out'))} -j2 --force ${q(SECOND)} 2> 3.err; echo $? > 3.rc; cp -a mnt/out after3`,
    ].join('\n');
    mkdirSync(join(work, 'mnt'));
    const run = spawnSync('unshare', [...UNSHARE, 'bash', '-c', script], { cwd: work, env: testEnv(), encoding: 'utf8', timeout: 60_000 });
    expect(run.stderr).toBe('');
    for (const step of ['1', '2', '3']) {
      results[step] = {
        rc: Number(readFileSync(join(work, `${step}.rc`), 'utf8')),
        stderr: readFileSync(join(work, `${step}.err`), 'utf8'),
        tree: files(join(work, `after${step}`)),
      };
    }
  });

  it('the first run fits: every output written, exit 0', () => {
    expect(results['1']).toMatchObject({ rc: 0, stderr: '' });
    expect(Object.keys(results['1']!.tree).sort()).toEqual(Object.keys(reference).filter((path) => path.startsWith('in/a/')).sort());
  });

  it('the disk fills: one line per input it could not write (ENOSPC), exit 1, no stack', () => {
    const { rc, stderr } = results['2']!;
    expect(rc).toBe(1);
    expect(stderr).not.toMatch(STACK_FRAME);
    const lines = stderr.trimEnd().split('\n');
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) expect(line).toMatch(/^vnnews: in\/[ab]\/tin-\d+\.txt: cannot write mnt\/out\/in\/[ab]\/tin-\d+\.(json|md|html): no space left on device \(ENOSPC\)$/);
    expect(new Set(lines).size).toBe(lines.length);
  });

  it('what is left is whole: every file byte-identical to the roomy run, the first run all there, no temporary file', () => {
    const { tree } = results['2']!;
    for (const [path, text] of Object.entries(tree)) expect(text, path).toBe(reference[path]);
    for (const path of Object.keys(results['1']!.tree)) expect(tree[path], path).toBe(reference[path]);
    expect(Object.keys(tree).length).toBeLessThan(Object.keys(reference).length); // it really was full
  });

  it('read-only: one line for --out (EROFS), exit 1, nothing changed', () => {
    expect(results['3']).toMatchObject({ rc: 1, stderr: 'vnnews: mnt/out: cannot write the output directory (EROFS)\n' });
    expect(results['3']!.tree).toEqual(results['2']!.tree);
  });
});

