import { describe, expect, it } from 'vitest';
import { colourLevel } from '../../src/cli/colour.js';

describe('colourLevel(env, stderrIsTTY)', () => {
  const cases: [env: Record<string, string>, tty: boolean, level: number][] = [
    [{}, true, 1],
    [{}, false, 0],
    [{ TERM: 'dumb' }, true, 0],
    [{ NO_COLOR: '1' }, true, 0],
    [{ NO_COLOR: '' }, true, 1], // no-color.org: only a non-empty value counts
    [{ FORCE_COLOR: '1' }, false, 1],
    [{ FORCE_COLOR: '' }, false, 1],
    [{ FORCE_COLOR: 'true' }, false, 1],
    [{ FORCE_COLOR: '3' }, false, 3],
    [{ FORCE_COLOR: '9' }, false, 3],
    [{ FORCE_COLOR: '0' }, true, 0],
    [{ FORCE_COLOR: 'false' }, true, 0],
    [{ FORCE_COLOR: '1', NO_COLOR: '1' }, false, 1], // as Node does: FORCE_COLOR wins
  ];
  it.each(cases)('%j on a TTY=%s → %i', (env, tty, level) => {
    expect(colourLevel(env, tty)).toBe(level);
  });
});
