import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanRelative, planOutputs, withoutExtension } from '../../src/convert/plan-outputs.js';

const plan = (relatives: string[], extensions = ['json'], out = 'out') =>
  planOutputs(
    relatives.map((relative) => ({ path: join('in', relative), relative })),
    { out, extensions },
  );

describe('planOutputs', () => {
  it('mirrors the tree, one output per extension, in the order asked', () => {
    const [task] = plan(['a/b/tin.txt'], ['json', 'md', 'html']);
    expect(task).toEqual({
      input: join('in', 'a/b/tin.txt'),
      key: 'a/b/tin.txt',
      outputs: [join('out', 'a/b/tin.json'), join('out', 'a/b/tin.md'), join('out', 'a/b/tin.html')],
      error: null,
    });
  });

  it('a second input with the same stem keeps its extension', () => {
    const tasks = plan(['a/tin.txt', 'a/tin.md', 'a/tin.md.txt']);
    expect(tasks.map((task) => task.outputs)).toEqual([[join('out', 'a/tin.json')], [join('out', 'a/tin.md.json')], [join('out', 'a/tin.md.txt.json')]]);
    expect(tasks.every((task) => task.error === null)).toBe(true);
  });

  it('when both names are taken (the same relative path under two roots), it fails naming the holder', () => {
    const tasks = planOutputs(
      [
        { path: 'one/tin.txt', relative: 'tin.txt' },
        { path: 'two/tin.txt', relative: 'tin.txt' },
        { path: 'three/tin.txt', relative: 'tin.txt' },
      ],
      { out: 'out', extensions: ['json'] },
    );
    expect(tasks.map((task) => task.outputs)).toEqual([['out/tin.json'], ['out/tin.txt.json'], []]);
    expect(tasks[2]!.error).toEqual({ code: 'OUTPUT_CONFLICT', message: 'its outputs are already taken by one/tin.txt (rename one of them)' });
  });

  it('never names an output that is an input (--out on the inputs themselves)', () => {
    const tasks = planOutputs(
      [
        { path: 'in/a.md', relative: 'a.md' },
        { path: 'in/b.txt', relative: 'b.txt' },
      ],
      { out: 'in', extensions: ['md'] },
    );
    expect(tasks[0]!.error?.code).toBe('OUTPUT_CONFLICT');
    expect(tasks[0]!.error?.message).toBe('output in/a.md would overwrite an input; choose another --out');
    expect(tasks[1]!.outputs).toEqual(['in/b.md']);
  });

  it('keeps every output inside --out, whatever the relative path says', () => {
    const tasks = plan(['../../etc/passwd.txt', '/abs/x.txt', './a/../b.txt', '..']);
    expect(tasks.map((task) => task.outputs[0])).toEqual([
      join('out', 'etc/passwd.json'),
      join('out', 'abs/x.json'),
      join('out', 'a/b.json'),
      join('out', 'input.json'),
    ]);
  });

  it('carries a collection error through without outputs', () => {
    const [task] = planOutputs([{ path: 'in/loop', relative: 'loop', error: { code: 'UNREADABLE', message: 'loop' } }], { out: 'o', extensions: ['json'] });
    expect(task).toEqual({ input: 'in/loop', key: 'loop', outputs: [], error: { code: 'UNREADABLE', message: 'loop' } });
  });
});

describe('path helpers', () => {
  it.each([
    ['a/tin.txt', 'a/tin'],
    ['tin.tar.txt', 'tin.tar'],
    ['a.b/noext', 'a.b/noext'],
    ['.hidden', '.hidden'],
  ])('withoutExtension(%s) = %s', (input, expected) => {
    expect(withoutExtension(input)).toBe(expected);
  });

  it('cleanRelative drops empty, "." and ".." segments and backslashes', () => {
    expect(cleanRelative('a\\b//./../c.txt')).toBe('a/b/c.txt');
    expect(cleanRelative('')).toBe('input');
    for (const [dirty, clean] of [['a/./b', 'a/b'], ['../a', 'a'], ['a/..', 'a'], ['/a', 'a'], ['a/', 'a'], ['.', 'input']]) expect(cleanRelative(dirty!), dirty).toBe(clean);
    for (const kept of ['a/..x/.b', '.hidden/tin.txt', 'tin tức/a b.txt']) expect(cleanRelative(kept)).toBe(kept);
  });
});
