import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { convertFile } from '../../src/convert/convert-file.js';
import { NODE_FS, type ConvertFs } from '../../src/convert/fs.js';
import type { ConvertTask } from '../../src/convert/types.js';

const SEED = readFileSync('fixtures/seed/input.txt');
let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'vnnews-convert-file-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function task(name: string, content: Uint8Array | null = SEED): ConvertTask {
  const input = join(dir, 'in', name);
  mkdirSync(join(dir, 'in'), { recursive: true });
  if (content) writeFileSync(input, content);
  return { input, key: name, outputs: [join(dir, 'out', 'sub', `${name}.json`)], error: null };
}

const JSON_ONLY = { formats: ['json'] as const };

describe('convertFile', () => {
  it('converts: the output is the article JSON, with its warnings in the result', async () => {
    const t = task('tin.txt');
    const result = await convertFile(t, JSON_ONLY);
    expect(result).toEqual({ input: t.input, status: 'converted', outputs: t.outputs, warnings: [], error: null });
    const article = JSON.parse(readFileSync(t.outputs[0]!, 'utf8')) as { title: string; source: { path: string } };
    expect(article.source.path).toBe(t.input);
    expect(article.title).toMatch(/Hải Phòng/);
  });

  it('skips when every output is at least as new as the input, unless forced', async () => {
    const t = task('tin.txt');
    await convertFile(t, JSON_ONLY);
    expect((await convertFile(t, JSON_ONLY)).status).toBe('skipped');
    expect((await convertFile(t, { ...JSON_ONLY, force: true })).status).toBe('converted');
    const later = new Date(Date.now() + 10_000);
    utimesSync(t.input, later, later);
    expect((await convertFile(t, JSON_ONLY)).status).toBe('converted');
  });

  it('converts again when one of several outputs is missing', async () => {
    const t = { ...task('tin.txt'), outputs: [join(dir, 'out/a.json'), join(dir, 'out/b.json')] };
    await convertFile(t, { formats: ['json', 'json'] });
    rmSync(t.outputs[1]!);
    expect((await convertFile(t, { formats: ['json', 'json'] })).status).toBe('converted');
  });

  it.each([
    ['a 0-byte file', () => task('empty.txt', new Uint8Array()), 'EMPTY_INPUT', /empty/],
    ['a missing file', () => task('nope.txt', null), 'NOT_FOUND', /^no such file$/],
    ['binary data', () => task('png.txt', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0])), 'BINARY_INPUT', /PNG/],
    [
      'a directory named x.txt',
      () => {
        const t = task('x.txt', null);
        mkdirSync(t.input);
        return t;
      },
      'IS_DIRECTORY',
      /^is a directory, not a file$/,
    ],
  ])('%s fails with a reason and writes nothing', async (_name, make, code, message) => {
    const t = make();
    const result = await convertFile(t, JSON_ONLY);
    expect(result.status).toBe('failed');
    expect(result.error?.code).toBe(code);
    expect(result.error?.message).toMatch(message);
    expect(result.outputs).toEqual([]);
    expect(statSync(join(dir, 'out'), { throwIfNoEntry: false })).toBeUndefined();
  });

  it('a file over --max-size fails naming both sizes, without being read', async () => {
    const t = task('big.txt', new Uint8Array(3 * 1024 * 1024).fill(0x61));
    const reads: string[] = [];
    const fs: ConvertFs = { ...NODE_FS, readFileSync: (path) => (reads.push(path), NODE_FS.readFileSync(path)) };
    const result = await convertFile(t, { ...JSON_ONLY, maxSize: 1024 * 1024, fs });
    expect(result.error).toEqual({ code: 'TOO_LARGE', message: 'too large (3.0 MB, over --max-size 1.0 MB): skipped' });
    expect(reads).toEqual([]);
  });

  it('a planning error is returned as is, without touching the file', async () => {
    const t: ConvertTask = { input: 'x.txt', key: 'x.txt', outputs: [], error: { code: 'OUTPUT_CONFLICT', message: 'taken' } };
    expect(await convertFile(t, { ...JSON_ONLY, fs: {} as ConvertFs })).toMatchObject({ status: 'failed', error: t.error });
  });

  it('a full disk (ENOSPC): failed naming the output; the earlier output stays whole; no temporary file left', async () => {
    const t = task('tin.txt');
    mkdirSync(join(dir, 'out', 'sub'), { recursive: true });
    writeFileSync(t.outputs[0]!, 'EARLIER OUTPUT');
    const full: ConvertFs = {
      ...NODE_FS,
      writeFileSync: (path) => {
        NODE_FS.writeFileSync(path, 'half', { flag: 'wx' });
        throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
      },
    };
    const result = await convertFile(t, { ...JSON_ONLY, force: true, fs: full });
    expect(result.error).toEqual({ code: 'CANNOT_WRITE', message: `cannot write ${t.outputs[0]}: no space left on device (ENOSPC)` });
    expect(readFileSync(t.outputs[0]!, 'utf8')).toBe('EARLIER OUTPUT');
    expect(readdirSync(join(dir, 'out', 'sub'))).toEqual(['tin.txt.json']);
  });

  it('an output directory that cannot be created: failed naming the output', async () => {
    const t = task('tin.txt');
    writeFileSync(join(dir, 'out'), 'a file where the directory should be');
    const result = await convertFile(t, JSON_ONLY);
    expect(result.error?.code).toBe('CANNOT_WRITE');
    expect(result.error?.message).toMatch(new RegExp(`^cannot write ${t.outputs[0]}: .*\\((ENOTDIR|EEXIST)\\)$`));
  });

  it('an unreadable input (injected EACCES; the CLI test runs the real case as nobody)', async () => {
    const t = task('tin.txt');
    chmodSync(t.input, 0o000);
    const fs: ConvertFs = { ...NODE_FS, readFileSync: () => { throw Object.assign(new Error('EACCES'), { code: 'EACCES' }); } };
    expect((await convertFile(t, { ...JSON_ONLY, fs })).error).toEqual({ code: 'UNREADABLE', message: 'permission denied' });
  });

  it('a bug inside is a failed result with code INTERNAL, not a throw', async () => {
    const t = task('tin.txt');
    const fs: ConvertFs = { ...NODE_FS, statIfExists: () => { throw new TypeError('boom'); } };
    expect((await convertFile(t, { ...JSON_ONLY, fs })).error).toEqual({ code: 'INTERNAL', message: 'internal error: boom' });
  });
});
