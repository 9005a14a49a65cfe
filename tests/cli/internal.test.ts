/** A bug in the library: reported as an internal error for that file, exit 70, batch carries on. */
import { PassThrough, Readable } from 'node:stream';
import { describe, expect, it, vi } from 'vitest';
import { main } from '../../src/cli/main.js';
import { createIo } from '../../src/cli/io.js';

// `parse` loads the parser alone (src/parse.ts), not the whole library: mock it there.
vi.mock('../../src/parse.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/parse.js')>();
  return {
    ...original,
    parseDocument: async (bytes: Uint8Array, options: { path?: string | null }) => {
      if (options.path?.includes('shopping')) throw new TypeError("Cannot read properties of undefined (reading 'lines')");
      return original.parseDocument(bytes, options);
    },
  };
});

async function run(argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  stdout.on('data', (chunk: Buffer) => out.push(chunk));
  stderr.on('data', (chunk: Buffer) => err.push(chunk));
  const code = await main(argv, createIo({ stdin: Readable.from([]), stdout, stderr, env: {} }));
  return { code, stdout: Buffer.concat(out).toString(), stderr: Buffer.concat(err).toString() };
}

const BUGGY = 'fixtures/broken/shopping-list.txt';
const GOOD = 'fixtures/seed/input.txt';

describe('an unexpected error while parsing', () => {
  it('names the file, asks for a report, shows no stack, exit 70; the other files still print', async () => {
    const result = await run(['parse', GOOD, BUGGY, GOOD]);
    expect(result.code).toBe(70);
    expect(result.stdout.trimEnd().split('\n')).toHaveLength(2);
    const lines = result.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toBe(`vnnews: ${BUGGY}: internal error: Cannot read properties of undefined (reading 'lines')`);
    expect(lines[1]).toMatch(/^vnnews: please report this .*with the input file \(vnnews \d+\.\d+\.\d+, node v\d+/);
    expect(lines[1]).toContain('--debug');
  });

  it('--debug adds the stack', async () => {
    const result = await run(['--debug', 'parse', BUGGY]);
    expect(result.code).toBe(70);
    expect(result.stderr).toMatch(/^TypeError: Cannot read properties/m);
    expect(result.stderr).toMatch(/^\s+at /m);
  });

  it('a failed input still wins over nothing, and the bug wins over a failed input', async () => {
    expect((await run(['parse', 'nope.txt', GOOD])).code).toBe(1);
    expect((await run(['parse', 'nope.txt', BUGGY])).code).toBe(70);
  });
});

describe('stdin on a terminal', () => {
  it('no FILE and nothing piped in is a usage error, not a silent wait', async () => {
    const stderr = new PassThrough();
    const err: Buffer[] = [];
    stderr.on('data', (chunk: Buffer) => err.push(chunk));
    const stdin = Object.assign(Readable.from([]), { isTTY: true });
    const code = await main(['parse'], createIo({ stdin, stdout: new PassThrough(), stderr, env: {} }));
    expect(code).toBe(2);
    expect(Buffer.concat(err).toString()).toMatch(/^vnnews: no input: give a FILE, or pipe text in .*\n\(see vnnews parse --help\)\n$/);
  });
});
