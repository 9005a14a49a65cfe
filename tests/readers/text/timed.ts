/** For the backtracking tests: a long adversarial input, and a time limit for answering it. */

/** Characters in an adversarial input: the old quadratic patterns took ~0.4-1.4 s at 20,000, tens of seconds here. */
export const LONG = 200_000;
/** Generous for a linear scan of LONG characters on a loaded machine. */
export const FAST_MS = 1_000;

export function timed<T>(run: () => T): { value: T; ms: number } {
  const start = performance.now();
  const value = run();
  return { value, ms: performance.now() - start };
}
