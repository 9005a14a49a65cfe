import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { VnnewsError } from '../../src/errors.js';
import { describeFsError } from '../../src/errors.js';
import { readInputFile } from '../../src/cli/read-input.js';

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
