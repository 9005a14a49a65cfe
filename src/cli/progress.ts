/**
 * The progress bar of long runs, on stderr, redrawn in place ("\r") at most every
 * REDRAW_MS: done/total, percent, rate and time left. The command draws it only when
 * stderr is a terminal and --quiet is off; everything it prints is erased by `clear()`
 * before a message line, and for good at the end.
 */

const REDRAW_MS = 100;
const BAR_WIDTH = 24;
/** Erase the current terminal line. */
const CLEAR_LINE = '\r\u001b[K';

export interface Progress {
  /** `done` inputs of the total are finished. */
  update(done: number): void;
  /** Erase the bar (before printing a message, and at the end). */
  clear(): void;
}

export const NO_PROGRESS: Progress = { update: () => {}, clear: () => {} };

export function createProgress(total: number, write: (text: string) => void, now: () => number = () => performance.now()): Progress {
  const start = now();
  const state = { drawnAt: Number.NEGATIVE_INFINITY, shown: false };
  return {
    update(done) {
      const at = now();
      if (at - state.drawnAt < REDRAW_MS && done < total) return;
      state.drawnAt = at;
      state.shown = true;
      write(`${CLEAR_LINE}${formatProgress(done, total, at - start)}`);
    },
    clear() {
      if (state.shown) write(CLEAR_LINE);
      state.shown = false;
      state.drawnAt = Number.NEGATIVE_INFINITY;
    },
  };
}

/** "[######------]  1,234/10,000  12%  8,123 files/s  ETA 0:07". */
export function formatProgress(done: number, total: number, elapsedMs: number): string {
  const fraction = total === 0 ? 1 : done / total;
  const filled = Math.round(fraction * BAR_WIDTH);
  const rate = elapsedMs > 0 ? (done * 1000) / elapsedMs : 0;
  const eta = rate > 0 ? clock((total - done) / rate) : '-:--';
  const count = `${done.toLocaleString('en-US')}/${total.toLocaleString('en-US')}`;
  return `[${'#'.repeat(filled)}${'-'.repeat(BAR_WIDTH - filled)}] ${count} ${Math.floor(fraction * 100)}%  ${Math.round(rate).toLocaleString('en-US')} files/s  ETA ${eta}`;
}

function clock(seconds: number): string {
  const whole = Math.ceil(seconds);
  const minutes = Math.floor(whole / 60);
  return `${minutes}:${String(whole % 60).padStart(2, '0')}`;
}
