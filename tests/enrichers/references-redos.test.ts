/**
 * Every pattern of the references enricher is safe from catastrophic backtracking, as
 * recheck sees it. A file of its own: recheck's fuzzing takes seconds per pattern, and
 * vitest runs files in parallel.
 */
import { check } from 'recheck';
import { describe, expect, it } from 'vitest';
import {
  CITATION_PATTERN, DATE_TAIL_PATTERN, ISSUER_BEFORE_PATTERN, ISSUER_TAIL_PATTERN, JOINT_ISSUER_PATTERN, LAW_NAME_PATTERN, NEXT_BARE_PATTERN, NEXT_NUMBER_PATTERN,
} from '../../src/enrichers/references-patterns.js';

describe('every pattern is safe from catastrophic backtracking (recheck)', () => {
  const patterns: [name: string, source: string, flags: string][] = [
    ['CITATION_PATTERN', CITATION_PATTERN, 'gu'],
    ['LAW_NAME_PATTERN', LAW_NAME_PATTERN, 'gu'],
    ['DATE_TAIL_PATTERN', DATE_TAIL_PATTERN, 'uy'],
    ['ISSUER_TAIL_PATTERN', ISSUER_TAIL_PATTERN, 'uy'],
    ['ISSUER_BEFORE_PATTERN', ISSUER_BEFORE_PATTERN, 'uy'],
    ['NEXT_NUMBER_PATTERN', NEXT_NUMBER_PATTERN, 'uy'],
    ['NEXT_BARE_PATTERN', NEXT_BARE_PATTERN, 'uy'],
    ['JOINT_ISSUER_PATTERN', JOINT_ISSUER_PATTERN, 'uy'],
  ];
  // The fuzz checker (look-aheads rule out the automaton one), with a fixed seed. recheck's
  // wall-clock limits are off: on a busy machine its 1 s attack timeout reported linear
  // patterns as "vulnerable" (their attack strings run in linear time in V8); its step limits
  // still apply, so a real blow-up is still caught, and the whole check is bounded by `timeout`.
  const PARAMETERS = { checker: 'fuzz', randomSeed: 20_261_127, timeout: 150_000, attackTimeout: null, incubationTimeout: null, seedingTimeout: null } as const;
  it.concurrent.each(patterns)('%s', async (_name, source, flags) => {
    const diagnostics = await check(source, flags, PARAMETERS);
    expect(diagnostics.status, JSON.stringify(diagnostics)).toBe('safe');
  }, 200_000);

  it.concurrent('the check itself can fail: a nested quantifier is reported', async () => {
    expect((await check(String.raw`^(?:\p{L}+ ?)+$`, 'u', PARAMETERS)).status).toBe('vulnerable');
  }, 200_000);
});
