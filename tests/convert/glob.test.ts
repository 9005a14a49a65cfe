import { sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileGlob, globBase, globDepth, isGlob } from '../../src/convert/glob.js';

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
    ['**/**/*.txt', 'tin.txt', true],
    ['**/**/*.txt', 'a/b/c/tin.txt', true],
    ['a/**/**/b/*.txt', 'a/b/x.txt', true],
    ['a/**/**/b/*.txt', 'a/x/y/b/x.txt', true],
    ['a/**/**/b/*.txt', 'a/x/y/c/x.txt', false],
    ['**/a/**/*.md', 'x/a/y/z.md', true],
    ['**/a/**/*.md', 'x/b/y/z.md', false],
    ['*a*b*.txt', 'xaybz.txt', true],
    ['*a*b*.txt', 'ab.txt', true],
    ['*a*b*.txt', 'xbya.txt', false],
    ['*a*b*.txt', 'd/ab.txt', false],
    ['tin-?.txt', 'tin-1.txt', true],
    ['tin-?.txt', 'tin-.txt', false],
    ['a/*/b/*.txt', 'a/x/b/y.txt', true],
    ['a/*/b/*.txt', 'a/x/y/b/y.txt', false],
    ['**', 'a/b/c', true],
    ['**', '', true],
    ['a/**', 'a/', true],
    ['a/**', 'b/c', false],
    ['*', 'a/b', false],
    ['**/*.txt', '/a.txt', false],
    ['a//*.txt', 'a//b.txt', true],
  ])('%s matches %s: %s', (pattern, path, expected) => {
    expect(compileGlob(pattern).test(path)).toBe(expected);
  });

  /** The RegExp the matcher replaced (issue 6): a reference on short inputs only. */
  function formerRegExp(rest: string): RegExp {
    const parts = rest.split('/').map((segment, index, all) => {
      if (segment === '**') return index === all.length - 1 ? '.*' : '(?:[^/]+/)*';
      const body = segment.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*').replace(/\?/g, '[^/]');
      return index === all.length - 1 ? body : `${body}/`;
    });
    return new RegExp(`^${parts.join('')}$`);
  }

  it('matches exactly what the former RegExp matched (random short globs and paths)', () => {
    let seed = 20_261_127;
    const random = (n: number): number => {
      seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
      return seed % n;
    };
    const globPieces = ['*', '?', 'a', 'b', '/', '**', '.', '(', '\n'];
    const pathPieces = ['a', 'b', '/', '.', '(', '\n', 'ab'];
    let matched = 0;
    for (let i = 0; i < 30_000; i += 1) {
      const glob = Array.from({ length: random(7) }, () => globPieces[random(globPieces.length)]).join('');
      const path = Array.from({ length: random(9) }, () => pathPieces[random(pathPieces.length)]).join('');
      const expected = formerRegExp(glob).test(path);
      if (compileGlob(glob).test(path) !== expected) expect({ glob, path, matches: !expected }).toEqual({ glob, path, matches: expected });
      if (expected) matched += 1;
    }
    expect(matched).toBeGreaterThan(1_000);
  });

  it.each([
    ['**/**/*.txt', `${'a/'.repeat(20_000)}x.md`],
    ['**/**/**/**/*.txt', `${'a/'.repeat(20_000)}x.md`],
    ['*a*b*.txt', `${'a'.repeat(100_000)}.md`],
    ['*a*a*a*a*b.txt', `${'a'.repeat(20_000)}`],
    ['**/*a*b*/**/x', `${'ab/'.repeat(5_000)}y`],
  ])('%s refuses a long adversarial path fast (was polynomial as a RegExp)', (glob, path) => {
    const matcher = compileGlob(glob);
    const started = performance.now();
    expect(matcher.test(path)).toBe(false);
    expect(performance.now() - started).toBeLessThan(1_000);
  });

  it('walks as deep as the pattern needs', () => {
    expect(globDepth('*.txt')).toBe(1);
    expect(globDepth('a*/*.txt')).toBe(2);
    expect(globDepth('**/*.txt')).toBe(Number.POSITIVE_INFINITY);
  });
});
