import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { collectInputs, fileEntry } from '../../src/convert/collect-inputs.js';

let dir: string;
const touch = (...paths: string[]): void => {
  for (const path of paths) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), 'x');
  }
};
const opts = { extensions: ['txt', 'md'] };

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'vnnews-collect-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('a directory operand', () => {
  it('gives its files with the extensions, recursively, sorted, relative to it', async () => {
    touch('b.txt', 'a/z.MD', 'a/y.txt', 'a/skip.json', 'c/d/e.txt');
    const found = await collectInputs([dir], opts);
    expect(found.map((entry) => entry.relative)).toEqual(['a/y.txt', 'a/z.MD', 'b.txt', 'c/d/e.txt']);
    expect(found[0]!.path).toBe(join(dir, 'a/y.txt'));
  });

  it('walks into a directory named x.txt rather than taking it as a file', async () => {
    touch('x.txt/inner.txt');
    expect((await collectInputs([dir], opts)).map((entry) => entry.relative)).toEqual(['x.txt/inner.txt']);
  });

  it('--ext changes the extensions, with or without a dot', async () => {
    touch('a.txt', 'b.text');
    expect((await collectInputs([dir], { extensions: ['.text'] })).map((entry) => entry.relative)).toEqual(['b.text']);
  });

  it('never walks into an excluded directory (the output directory)', async () => {
    touch('a.txt', 'out/a.md');
    expect((await collectInputs([dir], { ...opts, exclude: [join(dir, 'out')] })).map((entry) => entry.relative)).toEqual(['a.txt']);
  });

  it('reports a symbolic link loop and a link to a directory above, and goes on', async () => {
    touch('a/tin.txt');
    symlinkSync('self.txt', join(dir, 'a/self.txt'));
    symlinkSync('..', join(dir, 'a/up'));
    const found = await collectInputs([dir], opts);
    expect(found.map((entry) => [entry.relative, entry.error?.message ?? null])).toEqual([
      ['a/self.txt', 'too many levels of symbolic links'],
      ['a/tin.txt', null],
      ['a/up', 'symbolic link loop: it points to a directory above it; not followed'],
    ]);
  });

  it('follows links to files and to other directories', async () => {
    touch('real/tin.txt', 'other/b.txt');
    symlinkSync(join(dir, 'other'), join(dir, 'real/linked'));
    symlinkSync(join(dir, 'other/b.txt'), join(dir, 'real/c.txt'));
    const found = await collectInputs([join(dir, 'real')], opts);
    expect(found.map((entry) => entry.relative)).toEqual(['c.txt', 'linked/b.txt', 'tin.txt']);
  });
});

describe('a glob operand', () => {
  it('matches below its fixed prefix, named relative to it; a matching directory is an input (that will fail)', async () => {
    touch('a/one.txt', 'a/b/two.txt', 'a/b/three.md', 'a/dir.txt/four.txt');
    const found = await collectInputs([join(dir, 'a/**/*.txt')], opts);
    expect(found.map((entry) => entry.relative)).toEqual(['b/two.txt', 'dir.txt', 'dir.txt/four.txt', 'one.txt']);
  });

  it('a one-level glob does not descend', async () => {
    touch('a/one.txt', 'a/b/two.txt');
    expect((await collectInputs([join(dir, 'a/*.txt')], opts)).map((entry) => entry.relative)).toEqual(['one.txt']);
  });
});

describe('a file operand', () => {
  it('is taken as is (checked when converted), named relative to cwd, or by base name outside it', async () => {
    const found = await collectInputs(['fixtures/seed/input.txt', join(dir, 'missing.txt')], opts);
    expect(found).toEqual([
      { path: 'fixtures/seed/input.txt', relative: 'fixtures/seed/input.txt' },
      { path: join(dir, 'missing.txt'), relative: 'missing.txt' }, // the temp dir is outside cwd
    ]);
    expect(fileEntry('../x/tin.txt').relative).toBe('tin.txt');
    expect(fileEntry('/etc/tin.txt').relative).toBe(basename('/etc/tin.txt'));
  });

  it('the same file given twice is kept once', async () => {
    touch('a.txt');
    const found = await collectInputs([join(dir, 'a.txt'), dir], opts);
    expect(found.map((entry) => entry.path)).toEqual([join(dir, 'a.txt')]);
  });
});
