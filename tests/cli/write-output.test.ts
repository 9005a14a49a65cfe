/** -o FILE is written atomically: all of it or nothing, never a temporary file left behind. */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeFileAtomic } from '../../src/cli/write-output.js';
import { VnnewsError } from '../../src/errors.js';

const work = mkdtempSync(join(tmpdir(), 'vnnews-write-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('writeFileAtomic', () => {
  it('writes a new file and replaces an old one, leaving nothing else', async () => {
    const dir = join(work, 'ok');
    mkdirSync(dir);
    const path = join(dir, 'a.md');
    await writeFileAtomic(path, 'một');
    writeFileSync(join(dir, 'b.md'), 'old');
    await writeFileAtomic(join(dir, 'b.md'), 'hai');
    expect(readFileSync(path, 'utf8')).toBe('một');
    expect(readFileSync(join(dir, 'b.md'), 'utf8')).toBe('hai');
    expect(readdirSync(dir).sort()).toEqual(['a.md', 'b.md']);
  });

  it('when the rename fails (the target is a directory), removes its temporary file and says why', async () => {
    const dir = join(work, 'fail');
    mkdirSync(join(dir, 'taken.md'), { recursive: true });
    const error = await writeFileAtomic(join(dir, 'taken.md'), 'x').catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(VnnewsError);
    expect((error as VnnewsError).message).toBe('cannot write: is a directory');
    expect((error as VnnewsError).code).toBe('WRITE_FAILED');
    expect(readdirSync(dir)).toEqual(['taken.md']);
  });

  it('a missing directory: "no such directory"', async () => {
    await expect(writeFileAtomic(join(work, 'nope', 'a.md'), 'x')).rejects.toThrow('cannot write: no such directory');
  });
});
