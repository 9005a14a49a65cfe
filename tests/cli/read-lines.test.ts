import { describe, expect, it } from 'vitest';
import { readLines, type Line } from '../../src/cli/read-lines.js';

async function collect(chunks: (string | Uint8Array)[], maxBytes = 100): Promise<Line[]> {
  const out: Line[] = [];
  async function* source(): AsyncGenerator<string | Uint8Array> {
    yield* chunks;
  }
  for await (const line of readLines(source(), maxBytes)) out.push(line);
  return out;
}

describe('readLines', () => {
  it('splits at \\n across chunks, drops a \\r before it, keeps a last line without \\n', async () => {
    expect(await collect(['ab', 'c\nde\r\n', '\nf'])).toEqual([{ text: 'abc' }, { text: 'de' }, { text: '' }, { text: 'f' }]);
  });

  it('no trailing empty line after a final \\n; nothing for empty input', async () => {
    expect(await collect(['a\n'])).toEqual([{ text: 'a' }]);
    expect(await collect([])).toEqual([]);
  });

  it('UTF-8 split between chunks stays whole', async () => {
    const bytes = Buffer.from('Hà Nội\n', 'utf8');
    expect(await collect([bytes.subarray(0, 2), bytes.subarray(2)])).toEqual([{ text: 'Hà Nội' }]);
  });

  it('a line longer than maxBytes comes out as its size, and the lines around it are read', async () => {
    const long = 'x'.repeat(250);
    expect(await collect(['ok\n', long.slice(0, 120), long.slice(120), '\nnext\n'], 100)).toEqual([{ text: 'ok' }, { tooLong: 250 }, { text: 'next' }]);
    expect(await collect(['y'.repeat(101)], 100)).toEqual([{ tooLong: 101 }]);
    expect(await collect(['z'.repeat(100)], 100)).toEqual([{ text: 'z'.repeat(100) }]);
  });

  it('does not keep a chunk the stream may reuse', async () => {
    const buffer = Buffer.from('abc');
    const chunks = [buffer, Buffer.from('\n')];
    const lines: Line[] = [];
    async function* source(): AsyncGenerator<Uint8Array> {
      yield chunks[0]!;
      buffer.write('XYZ'); // the stream refills its buffer
      yield chunks[1]!;
    }
    for await (const line of readLines(source(), 100)) lines.push(line);
    expect(lines).toEqual([{ text: 'abc' }]);
  });
});
