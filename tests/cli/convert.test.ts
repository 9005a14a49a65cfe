/** `vnnews convert`, run as the real binary over a small tree with good and bad inputs. */
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { assertBuilt, BIN, ROOT, STACK_FRAME, testEnv, vnnews } from './helpers.js';

beforeAll(assertBuilt);

const GOOD = ['seed', 'cms-export', 'page-chrome', 'single-newlines'].map((name) => readFileSync(join(ROOT, 'fixtures', name, 'input.txt')));
const AS_NOBODY = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};
let dir: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'vnnews-convert-'));
  chmodSync(dir, 0o755);
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** `count` good articles in nested folders under dir/in, named in/dN/tin-NNN.txt. */
function makeTree(count: number, root = join(dir, 'in')): string {
  for (let i = 0; i < count; i += 1) {
    const sub = join(root, `d${i % 3}`, i % 2 ? 'x' : '');
    mkdirSync(sub, { recursive: true });
    writeFileSync(join(sub, `tin-${String(i).padStart(3, '0')}.txt`), GOOD[i % GOOD.length]!);
  }
  return root;
}

/** Every file below `root`, relative, sorted. */
function tree(root: string): string[] {
  return (readdirSync(root, { recursive: true, withFileTypes: true }) as import('node:fs').Dirent[])
    .filter((entry) => entry.isFile())
    .map((entry) => relative(root, join(entry.parentPath, entry.name)))
    .sort();
}

/** The bytes of every file below `root`, by relative path. */
function contents(root: string): Record<string, string> {
  return Object.fromEntries(tree(root).map((path) => [path, readFileSync(join(root, path), 'utf8')]));
}

interface ReportLine {
  path: string;
  status: string;
  outputs: string[];
  warnings: unknown[];
  error: { code: string; message: string } | null;
}

const readReport = (path: string): ReportLine[] =>
  readFileSync(path, 'utf8')
    .trimEnd()
    .split('\n')
    .map((line) => JSON.parse(line) as ReportLine);

const SUMMARY = /^vnnews: (\d+) converted, (\d+) up to date, (\d+) failed \(of (\d+)\); \d+ warnings? in \d+ files?; [\d.]+ s$/;

describe('a tree with good and bad files', () => {
  it('mirrors the tree, names each bad file once, writes the report, exits 1; nothing on stdout', () => {
    const input = makeTree(12);
    writeFileSync(join(input, 'd0', 'empty.txt'), '');
    writeFileSync(join(input, 'd1', 'photo.txt'), readFileSync(join(ROOT, 'fixtures/broken/png-renamed.txt')));
    mkdirSync(join(input, 'd2', 'folder.txt')); // a directory with a text name: walked into, not an input
    writeFileSync(join(input, 'd2', 'notes.json'), '{}'); // not a .txt/.md: ignored
    symlinkSync('loop.txt', join(input, 'd2', 'loop.txt'));
    const out = join(dir, 'out');
    const result = vnnews(['convert', input, '--out', out, '-j2', '--report', join(dir, 'r.ndjson')]);
    expect(result.stdout).toBe('');
    expect(result.status).toBe(1);
    expect(result.stderr).not.toMatch(STACK_FRAME);
    const lines = result.stderr.trimEnd().split('\n');
    expect(lines.slice(0, -1)).toEqual([
      `vnnews: ${join(input, 'd0/empty.txt')}: empty input`,
      `vnnews: ${join(input, 'd1/photo.txt')}: a PNG image, not text`,
      `vnnews: ${join(input, 'd2/loop.txt')}: too many levels of symbolic links`,
    ]);
    expect(SUMMARY.exec(lines.at(-1)!)?.slice(1)).toEqual(['12', '0', '3', '15']);
    expect(tree(out)).toEqual(tree(input).filter((path) => /tin-\d+\.txt$/.test(path)).map((path) => path.replace(/\.txt$/, '.json')));
    const report = readReport(join(dir, 'r.ndjson'));
    expect(report.map((line) => line.status).filter((status) => status === 'failed')).toHaveLength(3);
    expect(report[0]).toMatchObject({ path: join(input, 'd0/empty.txt'), status: 'failed', outputs: [], error: { code: 'EMPTY_INPUT' } });
    expect(report[1]).toMatchObject({ path: join(input, 'd0/tin-000.txt'), status: 'converted', outputs: [join(out, 'd0/tin-000.json')], error: null });
  });

  it('a rerun skips what is up to date (exit 0); --force converts again; a touched input is redone', () => {
    const input = makeTree(6);
    const out = join(dir, 'out');
    expect(vnnews(['convert', input, '-o', out]).status).toBe(0);
    const again = vnnews(['convert', input, '-o', out, '--report', join(dir, 'r.ndjson')]);
    expect(again.status).toBe(0);
    expect(SUMMARY.exec(again.stderr.trimEnd())?.slice(1)).toEqual(['0', '6', '0', '6']);
    expect(new Set(readReport(join(dir, 'r.ndjson')).map((line) => line.status))).toEqual(new Set(['skipped']));
    const later = new Date(Date.now() + 5000);
    const touched = join(input, 'd0', 'tin-000.txt');
    spawnSync('touch', ['-d', later.toISOString(), touched]);
    expect(SUMMARY.exec(vnnews(['convert', input, '-o', out]).stderr.trimEnd())?.slice(1)).toEqual(['1', '5', '0', '6']);
    expect(SUMMARY.exec(vnnews(['convert', input, '-o', out, '--force']).stderr.trimEnd())?.slice(1)).toEqual(['6', '0', '0', '6']);
  });

  it('--quiet prints failures but no summary', () => {
    const input = makeTree(2);
    writeFileSync(join(input, 'empty.txt'), '');
    const result = vnnews(['convert', input, '-o', join(dir, 'out'), '-q']);
    expect(result.stderr).toBe(`vnnews: ${join(input, 'empty.txt')}: empty input\n`);
    expect(result.status).toBe(1);
  });

  it('--fail-fast stops at the first failure', () => {
    const input = makeTree(30);
    writeFileSync(join(input, 'd0', 'a-empty.txt'), '');
    const result = vnnews(['convert', input, '-o', join(dir, 'out'), '--fail-fast', '-j1']);
    expect(result.status).toBe(1);
    expect(SUMMARY.exec(result.stderr.trimEnd().split('\n').at(-1)!)?.slice(1)).toEqual(['0', '0', '1', '31']);
  });

  it('--max-size names the file, its size and the limit', () => {
    const input = join(dir, 'in');
    mkdirSync(input);
    writeFileSync(join(input, 'big.txt'), Buffer.alloc(300 * 1024, 'a'));
    const result = vnnews(['convert', input, '-o', join(dir, 'out'), '--max-size', '200k', '-q']);
    expect(result.stderr).toBe(`vnnews: ${join(input, 'big.txt')}: too large (300 KB, over --max-size 200 KB): skipped\n`);
    expect(result.status).toBe(1);
  });

  it('two inputs with one output name: the second (in name order) keeps its extension (tin.txt.json)', () => {
    const input = join(dir, 'in');
    mkdirSync(input);
    writeFileSync(join(input, 'tin.txt'), GOOD[0]!);
    writeFileSync(join(input, 'tin.md'), GOOD[1]!);
    expect(vnnews(['convert', input, '-o', join(dir, 'out'), '-q']).status).toBe(0);
    expect(tree(join(dir, 'out'))).toEqual(['tin.json', 'tin.txt.json']);
    expect(JSON.parse(readFileSync(join(dir, 'out', 'tin.txt.json'), 'utf8'))).toMatchObject({ source: { path: join(input, 'tin.txt') } });
  });

  it('never overwrites an input: --out on the inputs, with an output named like one', () => {
    const input = join(dir, 'in');
    mkdirSync(input);
    writeFileSync(join(input, 'a.txt'), GOOD[0]!);
    writeFileSync(join(input, 'a.json.txt'), GOOD[1]!);
    writeFileSync(join(input, 'a.json'), 'MINE');
    const result = vnnews(['convert', join(input, 'a.txt'), join(input, 'a.json'), '-o', input, '--ext', 'json', '-q']);
    expect(result.stderr).toMatch(/a\.txt: output .*a\.json would overwrite an input; choose another --out\n/);
    expect(readFileSync(join(input, 'a.json'), 'utf8')).toBe('MINE');
  });
});

describe('operands', () => {
  it('a quoted glob, a file relative to cwd, and --files-from on stdin', () => {
    const input = makeTree(6);
    const out = join(dir, 'out');
    const glob = vnnews(['convert', `${input}/**/x/*.txt`, '-o', out, '-q']);
    expect(glob.status).toBe(0);
    expect(tree(out)).toEqual(['d0/x/tin-003.json', 'd1/x/tin-001.json', 'd2/x/tin-005.json']);
    rmSync(out, { recursive: true });
    const list = `${join(input, 'd0/tin-000.txt')}\n${join(input, 'd1/tin-004.txt')}\n`;
    const listed = vnnews(['convert', '--files-from', '-', 'fixtures/seed/input.txt', '-o', out, '-q'], { input: list });
    expect(listed.status).toBe(0);
    expect(tree(out)).toEqual(['fixtures/seed/input.json', 'tin-000.json', 'tin-004.json']);
  });

  it('a path climbing out of cwd ("..") or an absolute one is named by its base name, inside --out', () => {
    for (const sub of ['a', 'b']) {
      mkdirSync(join(dir, sub));
      writeFileSync(join(dir, sub, 'tin.txt'), GOOD[0]!);
    }
    const out = join(dir, 'out');
    const result = vnnews(['convert', relative(ROOT, join(dir, 'a/tin.txt')), join(dir, 'b/tin.txt'), '-o', out, '-q']);
    expect(result.stderr).toBe('');
    expect(tree(out)).toEqual(['tin.json', 'tin.txt.json']);
  });
});

describe('--shard K/N', () => {
  it('N shards into one --out give byte for byte the files of a single run, name collisions included', () => {
    const input = makeTree(24);
    writeFileSync(join(input, 'd0', 'tin-000.md'), GOOD[2]!); // collides with d0/tin-000.txt
    const single = join(dir, 'single');
    expect(vnnews(['convert', input, '-o', single, '-q']).status).toBe(0);
    const sharded = join(dir, 'sharded');
    const counts = [1, 2, 3].map((k) => {
      const result = vnnews(['convert', input, '-o', sharded, '--shard', `${k}/3`, '-j1']);
      expect(result.status).toBe(0);
      return Number(SUMMARY.exec(result.stderr.trimEnd())?.[1]);
    });
    expect(counts.reduce((a, b) => a + b)).toBe(25);
    expect(counts.every((count) => count > 0 && count < 25)).toBe(true);
    expect(contents(sharded)).toEqual(contents(single));
  });
});

describe('usage errors: exit 2, one line and a hint', () => {
  it.each([
    [['in'], '--out DIR is required: the directory the outputs go to'],
    [['-o', 'o'], 'no input: give files or directories, or --files-from FILE'],
    [['in', '-o', 'o', '--to', 'json,pdf'], '--to json,pdf: unknown format "pdf" (choose from json, md, html)'],
    [['in', '-o', 'o', '-j', '0'], '--jobs 0: expected a whole number from 1 to 256'],
    [['in', '-o', 'o', '--shard', '3/2'], '--shard 3/2: expected K/N with 1 <= K <= N, e.g. 1/4'],
    [['in', '-o', 'o', '--max-size', 'big'], '--max-size big: expected a size such as 500k, 20MB or 1G'],
  ])('%j', (args, message) => {
    const result = vnnews(['convert', ...args]);
    expect(result).toEqual({ stdout: '', stderr: `vnnews: ${message}\n(see vnnews convert --help)\n`, status: 2 });
  });
});

describe('permissions (run as "nobody" when the tests run as root, who may do anything)', () => {
  const asNobody = (args: string[]) => spawnSync(process.execPath, [BIN, 'convert', ...args], { cwd: ROOT, env: testEnv(), encoding: 'utf8', ...AS_NOBODY });

  it('an unreadable input is named; the others are converted', () => {
    const input = makeTree(3);
    chmodSync(join(input, 'd0'), 0o777);
    writeFileSync(join(input, 'd0', 'secret.txt'), GOOD[0]!, { mode: 0o000 });
    const out = join(dir, 'out');
    mkdirSync(out, { mode: 0o777 });
    chmodSync(out, 0o777);
    const result = asNobody([input, '-o', out, '-q']);
    expect(result.stderr).toBe(`vnnews: ${join(input, 'd0/secret.txt')}: permission denied\n`);
    expect(result.status).toBe(1);
    expect(tree(out)).toHaveLength(3);
  });

  it('an output directory that cannot be written: one line, exit 1, nothing else tried', () => {
    const input = makeTree(3);
    const out = join(dir, 'locked');
    mkdirSync(out, { mode: 0o555 });
    chmodSync(out, 0o555);
    const result = asNobody([input, '-o', out]);
    expect(result.stderr).toBe(`vnnews: ${out}: cannot write the output directory (EACCES)\n`);
    expect(result.status).toBe(1);
  });

  it('a read-only subdirectory of --out: its files fail naming the output; the rest are converted', () => {
    const input = makeTree(6);
    const out = join(dir, 'out');
    mkdirSync(join(out, 'd1'), { recursive: true });
    chmodSync(out, 0o777);
    chmodSync(join(out, 'd1'), 0o555);
    const result = asNobody([input, '-o', out, '-q']);
    const lines = result.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    for (const line of lines) expect(line).toMatch(new RegExp(`^vnnews: ${input}/d1/.*: cannot write ${out}/d1/.*: permission denied \\(EACCES\\)$`));
    expect(tree(out)).toHaveLength(4);
  });
});

describe('an interrupted run', () => {
  it('killed with SIGKILL part-way: no half-written output; the rerun finishes and leaves no temporary file', async () => {
    // Long articles so the run takes long enough to be killed in the middle.
    const long = Buffer.concat(Array.from({ length: 15 }, () => GOOD[1]!));
    const input = join(dir, 'in');
    for (let i = 0; i < 200; i += 1) {
      mkdirSync(join(input, `d${i % 4}`), { recursive: true });
      writeFileSync(join(input, `d${i % 4}`, `tin-${i}.txt`), Buffer.concat([Buffer.from(`Bài ${i}\n\n`), long]));
    }
    const reference = join(dir, 'reference');
    expect(vnnews(['convert', input, '-o', reference, '-q', '-j2']).status).toBe(0);
    const expected = contents(reference);

    const out = join(dir, 'out');
    const child = spawn(process.execPath, [BIN, 'convert', input, '-o', out, '-q', '-j2'], { cwd: ROOT, env: testEnv(), stdio: 'ignore' });
    const exited = new Promise((resolve) => child.on('exit', resolve));
    await waitFor(() => countFiles(out) >= 30);
    child.kill('SIGKILL');
    await exited;

    const partial = contents(out);
    const outputs = Object.keys(partial).filter((path) => path.endsWith('.json'));
    expect(outputs.length).toBeGreaterThan(0);
    expect(outputs.length).toBeLessThan(200); // it really was killed part-way
    for (const path of outputs) if (!path.split('/').at(-1)!.startsWith('.')) expect(partial[path], path).toBe(expected[path]);

    const rerun = vnnews(['convert', input, '-o', out, '-j2']);
    expect(rerun.status).toBe(0);
    expect(contents(out)).toEqual(expected); // every output, and nothing else (no .tmp)
  });
});

function countFiles(root: string): number {
  try {
    return tree(root).length;
  } catch {
    return 0;
  }
}

async function waitFor(condition: () => boolean, timeoutMs = 10_000): Promise<void> {
  const start = Date.now();
  while (!condition()) {
    if (Date.now() - start > timeoutMs) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}
