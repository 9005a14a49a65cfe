/**
 * Property 2 (issue 6), the part that makes a pattern impossible to forget: every regex
 * literal and every `new RegExp` in src/ is found (regex-sites.ts) and each computed one is
 * listed in regex-registry.ts with the patterns it builds. The recheck tests
 * (redos-*.test.ts) then check them all.
 */
import { describe, expect, it } from 'vitest';
import { DYNAMIC } from './regex-registry.js';
import { scanRegexSites } from './regex-sites.js';

describe('every regular expression in src/ is known to the ReDoS check', () => {
  const { patterns, dynamic } = scanRegexSites();

  it('finds the patterns (a scan that finds nothing would check nothing)', () => {
    expect(patterns.length).toBeGreaterThan(100);
    expect(patterns.some((p) => p.where.startsWith('src/readers/text/credit.ts'))).toBe(true);
  });

  it('every run-time pattern site is listed in regex-registry.ts', () => {
    const unlisted = dynamic.map((site) => `${site.file}#${site.argument}`).filter((key) => !(key in DYNAMIC));
    expect(unlisted, 'add these sites to tests/properties/regex-registry.ts (DYNAMIC) with the patterns they build').toEqual([]);
  });

  it('every site listed in regex-registry.ts is still in src/', () => {
    const present = new Set(dynamic.map((site) => `${site.file}#${site.argument}`));
    expect(Object.keys(DYNAMIC).filter((key) => !present.has(key))).toEqual([]);
  });

  it('each listed site builds patterns that compile', () => {
    for (const build of Object.values(DYNAMIC)) {
      const built = build();
      expect(built.length).toBeGreaterThan(0);
      for (const p of built) expect(() => new RegExp(p.source, p.flags)).not.toThrow();
    }
  });
});
