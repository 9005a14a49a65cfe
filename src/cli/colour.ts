/**
 * Colour for messages on stderr, and for the one stdout output meant for a person
 * rather than a program (the `officials` table; never JSON).
 *
 * Decided once per run and per stream from the environment, like Node's own `getColorDepth`:
 *   FORCE_COLOR set    → its level ("0"/"false" off, "" / "true" / "1" basic, "2", "3"),
 *                        even when the stream is not a terminal;
 *   NO_COLOR non-empty → off (https://no-color.org);
 *   stream not a TTY   → off;  TERM=dumb → off;  otherwise basic colours.
 * chalk's own detection ignores NO_COLOR and sniffs process.argv, hence this table.
 * chalk itself is loaded only when a message is actually printed in colour, so a
 * clean run never pays for it.
 */

export type ColourLevel = 0 | 1 | 2 | 3;

export function colourLevel(env: Record<string, string | undefined>, isTTY: boolean): ColourLevel {
  const force = env.FORCE_COLOR;
  if (force !== undefined) {
    if (force === '' || force === 'true') return 1;
    if (force === 'false') return 0;
    const level = Number.parseInt(force, 10);
    return Number.isNaN(level) ? 1 : (Math.min(Math.max(level, 0), 3) as ColourLevel);
  }
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return 0;
  if (!isTTY || env.TERM === 'dumb') return 0;
  return 1;
}

/** The few styles messages and the officials table use. */
export interface Painter {
  error(text: string): string;
  warning(text: string): string;
  file(text: string): string;
  dim(text: string): string;
  /** A person's name in a table. */
  name(text: string): string;
  /** A table's column headings. */
  heading(text: string): string;
}

const same = (text: string): string => text;

export const PLAIN: Painter = { error: same, warning: same, file: same, dim: same, name: same, heading: same };

export async function loadPainter(level: ColourLevel): Promise<Painter> {
  if (level === 0) return PLAIN;
  const { Chalk } = await import('chalk');
  const chalk = new Chalk({ level });
  return { error: chalk.red, warning: chalk.yellow, file: chalk.bold, dim: chalk.dim, name: chalk.bold, heading: chalk.bold.underline };
}
