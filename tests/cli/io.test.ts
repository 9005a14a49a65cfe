/** Writing: closed pipes, failed writes, colour only on stderr and only when allowed. */
import { PassThrough, Readable, Writable } from 'node:stream';
import { beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { createIo, type Streams } from '../../src/cli/io.js';
import { assertBuilt, BROKEN, SEED, shell, STACK_FRAME, vnnews } from './helpers.js';

const ANSI = /\u001b\[/;

/** stdout that accepts `accept` writes, then fails every write with `code`. */
function failingStdout(code: string, accept = 0): { stream: Writable; written: string[] } {
  const written: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      if (written.length < accept) {
        written.push(chunk.toString());
        callback();
      } else {
        callback(Object.assign(new Error(`write ${code}`), { code }));
      }
    },
  });
  return { stream, written };
}

function collect(): { stream: PassThrough; text: () => string } {
  const stream = new PassThrough();
  const chunks: Buffer[] = [];
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  return { stream, text: () => Buffer.concat(chunks).toString('utf8') };
}

function streams(stdout: Writable, stderr: Writable, env: Streams['env'] = {}): Streams {
  return { stdin: Readable.from([]), stdout, stderr, env };
}

describe('a closed stdout pipe', () => {
  beforeAll(assertBuilt);

  it('`vnnews parse f f f … | head -c 10` ends quietly: no EPIPE, no stack, exit 0', () => {
    // 300 copies of the seed are ~1.5 MB of NDJSON, far more than a pipe buffer holds.
    const files = Array.from({ length: 300 }, () => SEED).join(' ');
    const result = shell(`node bin/vnnews.js parse ${files} | head -c 10; echo "status=\${PIPESTATUS[0]}" >&2`);
    expect(result.stdout).toBe('{"schemaVe');
    expect(result.stderr).toBe('status=0\n');
  });

  it('stops at the first failed write and says nothing (in-process)', async () => {
    const stdout = failingStdout('EPIPE', 1);
    const stderr = collect();
    const code = await main(['parse', SEED, SEED, SEED], createIo(streams(stdout.stream, stderr.stream)));
    expect(code).toBe(0);
    expect(stdout.written).toHaveLength(1);
    expect(stderr.text()).toBe('');
  });

  it('still reports the inputs that failed before the pipe closed', async () => {
    const stdout = failingStdout('EPIPE', 0);
    const stderr = collect();
    const code = await main(['parse', 'nope.txt', SEED, SEED], createIo(streams(stdout.stream, stderr.stream)));
    expect(code).toBe(1);
    expect(stderr.text()).toBe('vnnews: nope.txt: no such file\n');
  });
});

describe('a stdout that fails for another reason (disk full)', () => {
  it('says so once and exits 1', async () => {
    const stdout = failingStdout('ENOSPC');
    const stderr = collect();
    const code = await main(['parse', SEED, SEED], createIo(streams(stdout.stream, stderr.stream)));
    expect(code).toBe(1);
    expect(stderr.text()).toBe('vnnews: <stdout>: cannot write (ENOSPC)\n');
  });
});

describe('colour', () => {
  beforeAll(assertBuilt);
  const args = ['parse', '-W', SEED, `${BROKEN}/shopping-list.txt`, 'nope.txt'];

  it('none when stderr is not a terminal', () => {
    const result = vnnews(args);
    expect(result.stderr).toContain('vnnews: nope.txt: no such file');
    expect(result.stderr).not.toMatch(ANSI);
  });

  it('none with NO_COLOR, even on a terminal (in-process)', async () => {
    const stderr = collect();
    Object.assign(stderr.stream, { isTTY: true });
    await main(['parse', 'nope.txt'], createIo(streams(collect().stream, stderr.stream, { NO_COLOR: '1' })));
    expect(stderr.text()).toBe('vnnews: nope.txt: no such file\n');
  });

  it('on a terminal without NO_COLOR: stderr is coloured (in-process)', async () => {
    const stderr = collect();
    Object.assign(stderr.stream, { isTTY: true });
    await main(['parse', 'nope.txt'], createIo(streams(collect().stream, stderr.stream, { TERM: 'xterm' })));
    expect(stderr.text()).toMatch(ANSI);
    expect(stderr.text().replace(/\u001b\[\d+m/g, '')).toBe('vnnews: nope.txt: no such file\n');
  });

  it('FORCE_COLOR colours stderr through a pipe, never stdout', () => {
    const result = vnnews(args, { env: { FORCE_COLOR: '1' } });
    expect(result.stderr).toMatch(ANSI);
    expect(result.stdout).not.toMatch(ANSI);
    expect(result.stdout.trimEnd().split('\n')).toHaveLength(2);
    expect(result.stderr).not.toMatch(STACK_FRAME);
  });

  it('FORCE_COLOR=0 and NO_COLOR give plain text', () => {
    for (const env of [{ FORCE_COLOR: '0' }, { NO_COLOR: '1' }]) {
      expect(vnnews(args, { env }).stderr).not.toMatch(ANSI);
    }
  });
});

describe('stdout for a person (the officials table): width and colour decided for stdout', () => {
  const io = (stdout: Record<string, unknown>, env: Streams['env'] = {}) =>
    createIo({ stdin: Readable.from([]), stdout: Object.assign(new PassThrough(), stdout), stderr: new PassThrough(), env });

  it('columns: the terminal\'s, else $COLUMNS, else 80', () => {
    expect(io({ isTTY: true, columns: 132 }, { COLUMNS: '40' }).stdoutColumns).toBe(132);
    expect(io({}, { COLUMNS: '40' }).stdoutColumns).toBe(40);
    expect(io({}, { COLUMNS: 'wide' }).stdoutColumns).toBe(80);
    expect(io({}).stdoutColumns).toBe(80);
  });

  it('colour only for a terminal stdout without NO_COLOR, or with FORCE_COLOR; stderr decided apart', async () => {
    const styled = async (stdout: Record<string, unknown>, env: Streams['env']) => (await io(stdout, env).stdoutPainter()).name('x');
    expect(await styled({ isTTY: true }, { TERM: 'xterm' })).toMatch(ANSI);
    expect(await styled({ isTTY: false }, { TERM: 'xterm' })).toBe('x');
    expect(await styled({ isTTY: true }, { NO_COLOR: '1' })).toBe('x');
    expect(await styled({ isTTY: false }, { FORCE_COLOR: '1' })).toMatch(ANSI);
  });
});
