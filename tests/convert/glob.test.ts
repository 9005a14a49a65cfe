import { sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { globBase, globDepth, globToRegExp, isGlob } from '../../src/convert/glob.js';

describe('globs', () => {
  it('recognises wildcards', () => {
    expect(isGlob('in/*.txt')).toBe(true);
    expect(isGlob('in/tin?.txt')).toBe(true);
    expect(isGlob('in/tin.txt')).toBe(false);
  });

  it('splits the fixed prefix from the pattern', () => {
    expect(globBase('in/a/**/*.txt')).toEqual({ base: `in${sep}a`, rest: '**/*.txt' });
    expect(globBase('*.txt')).toEqual({ base: '.', rest: '*.txt' });
    expect(globBase('/*.txt')).toEqual({ base: sep, rest: '*.txt' });
  });

  it.each([
    ['*.txt', 'tin.txt', true],
    ['*.txt', 'a/tin.txt', false],
    ['**/*.txt', 'tin.txt', true],
    ['**/*.txt', 'a/b/tin.txt', true],
    ['**/*.txt', 'a/b/tin.md', false],
    ['a*/tin?.txt', 'ab/tin1.txt', true],
    ['a*/tin?.txt', 'ab/tin12.txt', false],
    ['a/**', 'a/b/c', true],
    ['tin.(1)+.txt', 'tin.(1)+.txt', true],
    ['tin.(1)+.txt', 'tinx(1)+.txt', false],
  ])('%s matches %s: %s', (pattern, path, expected) => {
    expect(globToRegExp(pattern).test(path)).toBe(expected);
  });

  it('walks as deep as the pattern needs', () => {
    expect(globDepth('*.txt')).toBe(1);
    expect(globDepth('a*/*.txt')).toBe(2);
    expect(globDepth('**/*.txt')).toBe(Number.POSITIVE_INFINITY);
  });
});
