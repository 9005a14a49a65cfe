/**
 * Every pattern of the references enricher is safe from catastrophic backtracking, as
 * recheck sees it. A file of its own: recheck's fuzzing takes seconds per pattern, and
 * vitest runs files in parallel.
 */
import { check } from 'recheck';
import { describe, expect, it } from 'vitest';
import {
  CITATION_PATTERN, DATE_TAIL_PATTERN, ISSUER_TAIL_PATTERN, LAW_NAME_PATTERN, NEXT_NUMBER_PATTERN,
} from '../../src/enrichers/references.js';

describe('every pattern is safe from catastrophic backtracking (recheck)', () => {
  const patterns: [name: string, source: string, flags: string][] = [
    ['CITATION_PATTERN', CITATION_PATTERN, 'gu'],
    ['LAW_NAME_PATTERN', LAW_NAME_PATTERN, 'gu'],
    ['DATE_TAIL_PATTERN', DATE_TAIL_PATTERN, 'uy'],
    ['ISSUER_TAIL_PATTERN', ISSUER_TAIL_PATTERN, 'uy'],
    ['NEXT_NUMBER_PATTERN', NEXT_NUMBER_PATTERN, 'uy'],
  ];
  // The fuzz checker (look-aheads rule out the automaton one), with a fixed seed so a run
  // is repeatable, and time enough for a busy 2-core machine (recheck's default is 10 s).
  it.each(patterns)('%s', async (_name, source, flags) => {
    const diagnostics = await check(source, flags, { checker: 'fuzz', randomSeed: 20_261_127, timeout: 90_000 });
    expect(diagnostics.status, JSON.stringify(diagnostics)).toBe('safe');
  }, 180_000);
});
