import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { atomicWrite, tempPathFor } from '../../src/convert/atomic-write.js';
import { NODE_FS, type ConvertFs } from '../../src/convert/fs.js';
import { removeStaleTemps, tempOwner } from '../../src/convert/stale-temps.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'vnnews-atomic-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const failing = (method: 'writeFileSync' | 'renameSync', code: string): ConvertFs => ({
  ...NODE_FS,
  [method]: (...args: Parameters<ConvertFs[typeof method]>) => {
    if (method === 'writeFileSync') NODE_FS.writeFileSync(args[0], 'PARTIAL', { flag: 'wx' }); // a half-written temp
    throw Object.assign(new Error(code), { code });
  },
});

describe('atomicWrite', () => {
  it('writes the text, leaving only the output', () => {
    const output = join(dir, 'tin.json');
    atomicWrite(NODE_FS, output, '{"a":1}\n');
    expect(readFileSync(output, 'utf8')).toBe('{"a":1}\n');
    expect(readdirSync(dir)).toEqual(['tin.json']);
  });

  it.each(['writeFileSync', 'renameSync'] as const)('a failing %s keeps the old output whole and removes the temporary file', (method) => {
    const output = join(dir, 'tin.json');
    writeFileSync(output, 'OLD');
    expect(() => atomicWrite(failing(method, 'ENOSPC'), output, 'NEW')).toThrow('ENOSPC');
    expect(readFileSync(output, 'utf8')).toBe('OLD');
    expect(readdirSync(dir)).toEqual(['tin.json']);
  });

  it('names the temporary file .NAME.PID.HEX8.tmp beside the output', () => {
    const temp = tempPathFor(join(dir, 'tin.json'), 42);
    expect(dirname(temp)).toBe(dir);
    expect(basename(temp)).toMatch(/^\.tin\.json\.42\.[0-9a-f]{8}\.tmp$/);
    expect(tempOwner(basename(temp))).toBe(42);
    expect(tempOwner('tin.json')).toBeNull();
  });
});

describe('removeStaleTemps', () => {
  it('removes the temporary files of dead processes only', () => {
    const dead = basename(tempPathFor(join(dir, 'a.json'), 999_999));
    const live = basename(tempPathFor(join(dir, 'b.json'), 12_345));
    const mine = basename(tempPathFor(join(dir, 'c.json')));
    for (const name of [dead, live, mine, 'a.json', '.other.tmp']) writeFileSync(join(dir, name), 'x');
    expect(removeStaleTemps(NODE_FS, dir, (pid) => pid === 12_345)).toBe(1);
    expect(existsSync(join(dir, dead))).toBe(false);
    expect(readdirSync(dir).sort()).toEqual([live, mine, 'a.json', '.other.tmp'].sort());
  });
});
