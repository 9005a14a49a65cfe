/** package-info.ts's issues URL (issue 6: its GitHub pattern was quadratic on "github.com:" repeated). */
import { describe, expect, it } from 'vitest';
import { issuesUrl } from '../../src/cli/package-info.js';

describe('issuesUrl', () => {
  it.each([
    ['git+https://github.com/vnnews/vnnews.git', 'https://github.com/vnnews/vnnews/issues'],
    ['https://github.com/owner/repo', 'https://github.com/owner/repo/issues'],
    ['git@github.com:owner/repo.git', 'https://github.com/owner/repo/issues'],
    ['github.com:owner/repo', 'https://github.com/owner/repo/issues'],
    ['https://user:secret@github.com/owner/repo', 'https://github.com/owner/repo/issues'],
    ['https://gitlab.com/owner/repo', null],
    ['https://github.com/owner', null],
  ])('repository %s → %s', (url, expected) => {
    expect(issuesUrl({ repository: url })).toBe(expected);
    expect(issuesUrl({ repository: { type: 'git', url } })).toBe(expected);
  });

  it('bugs comes first', () => {
    expect(issuesUrl({ bugs: 'https://x.test/bugs', repository: 'https://github.com/o/r' })).toBe('https://x.test/bugs');
    expect(issuesUrl({ bugs: { url: 'https://x.test/b' } })).toBe('https://x.test/b');
    expect(issuesUrl({})).toBeNull();
  });

  it('"github.com:" repeated is read in linear time', () => {
    const started = performance.now();
    expect(issuesUrl({ repository: `${'github.com:'.repeat(100_000)}/x` })).toBeNull();
    expect(issuesUrl({ repository: `${'github.com:'.repeat(100_000)} https://github.com/o/r` })).toBe('https://github.com/o/r/issues');
    expect(performance.now() - started).toBeLessThan(500);
  });
});
