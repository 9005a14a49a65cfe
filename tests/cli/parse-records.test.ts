/** `vnnews parse --ndjson-in` (the cluster mapper) and `parse --shard`, as the real binary. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, ROOT, vnnews } from './helpers.js';

beforeAll(assertBuilt);

const CASES = ['seed', 'cms-export', 'page-chrome', 'single-newlines', 'date-above-title'];
const FILES = CASES.map((name) => `fixtures/${name}/input.txt`);
const records = FILES.map((file, index) => ({ id: `doc-${index}`, text: readFileSync(join(ROOT, file), 'utf8') }));
const ndjson = (values: unknown[]): string => values.map((value) => `${JSON.stringify(value)}\n`).join('');
const lines = (text: string): Record<string, unknown>[] =>
  text
    .trimEnd()
    .split('\n')
    .map((line) => JSON.parse(line) as Record<string, unknown>);

describe('parse --ndjson-in', () => {
  it('one article per record, in order, with its id first; the article is what parse gives for the text on stdin', () => {
    const result = vnnews(['parse', '--ndjson-in'], { input: ndjson(records) });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const out = lines(result.stdout);
    expect(out.map((article) => article.id)).toEqual(records.map((record) => record.id));
    expect(Object.keys(out[0]!)[0]).toBe('id');
    for (const [index, file] of FILES.entries()) {
      const alone = vnnews(['parse', '--ndjson'], { input: readFileSync(join(ROOT, file)) });
      const { id: _id, ...article } = out[index]!;
      expect(JSON.stringify(article)).toBe(alone.stdout.trimEnd());
    }
  });

  it('a record longer than --max-size is skipped unread: an error record (TOO_LARGE, id null) and a stderr line naming it; the run goes on', () => {
    const big = JSON.stringify({ id: 'big', text: 'Tin tức '.repeat(4000) });
    const result = vnnews(['parse', '--ndjson-in', '--max-size', '10k'], { input: ndjson([records[0]]) + `${big}\n` + ndjson([records[1]]) });
    expect(result.status).toBe(0);
    const out = lines(result.stdout);
    expect(out.map((record) => record.id)).toEqual(['doc-0', null, 'doc-1']);
    expect(out[1]!.error).toEqual({ code: 'TOO_LARGE', message: expect.stringMatching(/^line 2: record too large \(.*over --max-size 10 ?KB?\): skipped$/) });
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(/<stdin>:2.*too large/);
  });

  it('a bad record gives an error record for its id and a stderr line; the run goes on, exit 0', () => {
    const input = [
      JSON.stringify(records[0]),
      'not json',
      JSON.stringify({ id: 7 }),
      JSON.stringify({ id: 'empty', text: '' }),
      '',
      JSON.stringify({ id: 'nul', text: 'a\u0000\u0000b' }),
      JSON.stringify([1, 2]),
      JSON.stringify(records[1]),
    ].join('\n');
    const result = vnnews(['parse', '--ndjson-in'], { input });
    expect(result.status).toBe(0);
    const out = lines(result.stdout);
    expect(out.map((line) => [line.id, (line.error as { code?: string } | undefined)?.code ?? 'article'])).toEqual([
      ['doc-0', 'article'],
      [null, 'BAD_RECORD'],
      [7, 'BAD_RECORD'],
      ['empty', 'EMPTY_INPUT'],
      ['nul', 'BINARY_INPUT'],
      [null, 'BAD_RECORD'],
      ['doc-1', 'article'],
    ]);
    expect(out[1]!.error).toEqual({ code: 'BAD_RECORD', message: expect.stringMatching(/^line 2: not a JSON record/) });
    expect(result.stderr.trimEnd().split('\n').map((line) => /^vnnews: <stdin>:\d+/.exec(line)?.[0])).toEqual([
      'vnnews: <stdin>:2',
      'vnnews: <stdin>:3',
      'vnnews: <stdin>:4',
      'vnnews: <stdin>:6',
      'vnnews: <stdin>:7',
    ]);
  });

  it('split into chunks (as Hadoop or Spark would) gives byte for byte the lines of one run', () => {
    const whole = vnnews(['parse', '--ndjson-in'], { input: ndjson(records) }).stdout;
    const parts = [records.slice(0, 2), records.slice(2, 3), records.slice(3)].map((chunk) => vnnews(['parse', '--ndjson-in'], { input: ndjson(chunk) }).stdout);
    expect(parts.join('')).toBe(whole);
  });

  it.each([
    [['--ndjson-in', 'x.txt'], '--ndjson-in reads records from stdin: give no FILE'],
    [['--ndjson-in', '--shard', '1/2'], '--shard splits FILEs; with --ndjson-in, split the records upstream'],
    [['--shard', '1/2'], '--shard needs FILEs (not stdin)'],
    [['--shard', '0/2', 'x.txt'], '--shard 0/2: expected K/N with 1 <= K <= N, e.g. 1/4'],
  ])('usage: %j', (args, message) => {
    expect(vnnews(['parse', ...args])).toEqual({ stdout: '', stderr: `vnnews: ${message}\n(see vnnews parse --help)\n`, status: 2 });
  });
});

describe('parse --shard K/N', () => {
  it('the N shards together are, line for line, one run over every file; each file in exactly one', () => {
    const whole = vnnews(['parse', '--ndjson', ...FILES]).stdout.trimEnd().split('\n');
    const shards = [1, 2, 3].map((k) => vnnews(['parse', '--shard', `${k}/3`, ...FILES]));
    for (const shard of shards) expect(shard.status).toBe(0);
    const union = shards.flatMap((shard) => (shard.stdout === '' ? [] : shard.stdout.trimEnd().split('\n')));
    expect(union.sort()).toEqual([...whole].sort());
    expect(vnnews(['parse', '--shard', '1/1', ...FILES]).stdout.trimEnd().split('\n')).toEqual(whole);
  });
});
