import { describe, expect, it } from 'vitest';
import { createProgress, formatProgress } from '../../src/cli/progress.js';

describe('the progress bar', () => {
  it('shows done/total, percent, rate and time left', () => {
    expect(formatProgress(2500, 10_000, 1000)).toBe('[######------------------] 2,500/10,000 25%  2,500 files/s  ETA 0:03');
    expect(formatProgress(0, 10, 0)).toBe('[------------------------] 0/10 0%  0 files/s  ETA -:--');
    expect(formatProgress(0, 0, 5)).toMatch(/^\[#{24}\] 0\/0 100%/);
  });

  it('redraws in place at most every 100 ms, always at the end, and erases itself', () => {
    const written: string[] = [];
    const clock = { now: 0 };
    const progress = createProgress(10, (text) => written.push(text), () => clock.now);
    progress.update(1);
    clock.now = 50;
    progress.update(2); // too soon
    clock.now = 150;
    progress.update(3);
    progress.update(10); // the last one always shows
    expect(written.map((text) => /(\d+)\/10/.exec(text)?.[1])).toEqual(['1', '3', '10']);
    expect(written.every((text) => text.startsWith('\r\u001b[K'))).toBe(true);
    progress.clear();
    expect(written.at(-1)).toBe('\r\u001b[K');
    progress.clear(); // nothing shown: nothing to erase
    expect(written).toHaveLength(4);
  });
});
