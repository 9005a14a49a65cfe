import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { VnnewsError } from '../../src/errors.js';
import { describeFsError } from '../../src/errors.js';
import { readAll, readInputFile } from '../../src/cli/read-input.js';
import { Readable } from 'node:stream';

describe('describeFsError', () => {
  const cases: [errno: string, code: string, message: string][] = [
    ['ENOENT', 'NOT_FOUND', 'no such file'],
    ['EISDIR', 'IS_DIRECTORY', 'is a directory, not a file'],
    ['EACCES', 'UNREADABLE', 'permission denied'],
    ['EPERM', 'UNREADABLE', 'permission denied'],
    ['EIO', 'UNREADABLE', 'cannot read (EIO)'],
  ];
  it.each(cases)('%s → %s "%s"', (errno, code, message) => {
    const cause = Object.assign(new Error(`${errno}: open 'x.txt'`), { code: errno });
    const error = describeFsError(cause, 'x.txt');
    expect(error).toBeInstanceOf(VnnewsError);
    expect(error).toMatchObject({ code, message, path: 'x.txt', exitCode: 1, cause });
  });
});

describe('readInputFile', () => {
  const dir = mkdtempSync(join(tmpdir(), 'vnnews-read-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('returns the bytes', async () => {
    writeFileSync(join(dir, 'a.txt'), 'Tin tức');
    expect(Buffer.from(await readInputFile(join(dir, 'a.txt'))).toString()).toBe('Tin tức');
  });

  // root reads anything, so this can only be seen as an ordinary user.
  it.skipIf(process.getuid?.() === 0)('an unreadable file is "permission denied"', async () => {
    const path = join(dir, 'secret.txt');
    writeFileSync(path, 'x');
    chmodSync(path, 0o000);
    await expect(readInputFile(path)).rejects.toMatchObject({ code: 'UNREADABLE', message: 'permission denied' });
  });
});

describe('--max-size: never read past the limit', () => {
  const dir = mkdtempSync(join(tmpdir(), 'vnnews-read-max-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('a regular file over the limit is refused from its size', async () => {
    writeFileSync(join(dir, 'big.txt'), Buffer.alloc(3000, 0x61));
    await expect(readInputFile(join(dir, 'big.txt'), 2048)).rejects.toMatchObject({
      code: 'TOO_LARGE',
      message: 'too large (3 KB, over --max-size 2 KB): skipped',
    });
    expect((await readInputFile(join(dir, 'big.txt'), 3000)).length).toBe(3000);
  });

  it('an endless device (/dev/zero) is read up to the limit, then refused', async () => {
    await expect(readInputFile('/dev/zero', 100_000)).rejects.toMatchObject({ code: 'TOO_LARGE', message: 'too large (over --max-size 98 KB): skipped' });
  });

  it('a stream (stdin) likewise, naming it', async () => {
    const chunks = (function* () {
      for (let i = 0; i < 10; i += 1) yield Buffer.alloc(1000, 0x61);
    })();
    await expect(readAll(Readable.from(chunks), 5000, '<stdin>')).rejects.toMatchObject({ code: 'TOO_LARGE', path: '<stdin>' });
    expect((await readAll(Readable.from([Buffer.from('ab'), Buffer.from('c')]), 3)).length).toBe(3);
  });
});
