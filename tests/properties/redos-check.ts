/**
 * Property 2 (issue 6): no regular expression in src/ can backtrack catastrophically, as
 * the recheck analyser sees it. Each redos-N.test.ts file checks one share of the patterns
 * (vitest runs files in parallel; recheck's native agent takes from milliseconds to
 * seconds a pattern), concurrently within the file.
 *
 * Parameters as in tests/enrichers/references-redos.test.ts: the `auto` checker (automata
 * theory where the pattern allows, fuzzing with static analysis where it has look-arounds
 * or back-references), a fixed seed, recheck's wall-clock attack limits off (on a busy
 * machine they reported linear patterns as vulnerable) while its step limits still apply,
 * and the whole check bounded: a pattern recheck cannot decide ("unknown") fails too.
 * `g`, `y` and `d` are left out of the flags: they do not make a match cheaper to fail
 * (without `y` a pattern is checked as if searched from every position, the stricter case).
 */
import { check } from 'recheck';
import { expect, it } from 'vitest';
import { DYNAMIC } from './regex-registry.js';
import { scanRegexSites, type Pattern } from './regex-sites.js';

export const PARAMETERS = {
  checker: 'auto',
  randomSeed: 20_261_127,
  timeout: 300_000,
  attackTimeout: null,
  incubationTimeout: null,
  seedingTimeout: null,
} as const;

/**
 * Patterns recheck reports vulnerable in files part A of issue 6 may not edit, reported to
 * their owners instead. Each must still be vulnerable (the test says when it is fixed, so
 * the entry goes); the pattern source is the key, so any change to it is checked afresh.
 */
export const OPEN_ELSEWHERE: Readonly<Record<string, string>> = {
  // None open: package-info.ts's repository URL pattern and glob.ts's globs (now matched
  // without a RegExp, see compileGlob) were fixed in branch redos-r3.
};

export function allPatterns(): Pattern[] {
  const { patterns } = scanRegexSites();
  const built = Object.values(DYNAMIC).flatMap((build) => build());
  const seen = new Set<string>();
  return [...patterns, ...built].filter((p) => {
    const key = `${p.flags}/${p.source}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** A stable share: the same pattern always lands in the same file. */
function shareOf(pattern: Pattern, shares: number): number {
  let hash = 0;
  for (const char of pattern.source) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
  return hash % shares;
}

/**
 * Runs in `npm test` as a pass of its own after the rest (vitest.redos.config.ts): recheck
 * keeps both cores busy for minutes, and run beside the timing-sensitive tests (the 1 MB
 * adversarial lines, the CLI's time limits) it made them flaky. Every pattern must be
 * 'safe'; the 18 that were not (reader, references, glob, package-info) were rewritten.
 */
export function defineRedosTests(share: number, shares: number): void {
  const mine = allPatterns().filter((p) => shareOf(p, shares) === share);
  it('has patterns to check', () => expect(mine.length).toBeGreaterThan(10));
  it.concurrent.each(mine.map((p) => [p.where, p] as const))('%s', async (_where, p) => {
    const diagnostics = await check(p.source, p.flags.replace(/[gyd]/gu, ''), PARAMETERS);
    const open = OPEN_ELSEWHERE[p.source];
    const report = `${p.where} /${p.source}/${p.flags}: ${JSON.stringify({ status: diagnostics.status, checker: diagnostics.checker, complexity: 'complexity' in diagnostics ? diagnostics.complexity : undefined, attack: 'attack' in diagnostics ? diagnostics.attack?.pattern : undefined, error: 'error' in diagnostics ? diagnostics.error : undefined })}`;
    if (open !== undefined) expect(diagnostics.status, `fixed? remove it from OPEN_ELSEWHERE: ${report}`).toBe('vulnerable');
    else expect(diagnostics.status, report).toBe('safe');
  }, 360_000);
}
