/** The text `--help` adds after commander's option list: examples and exit codes. */
import { EXIT } from '../errors.js';
import type { Example } from './command.js';

/** What each exit code means; typed by EXIT so a new code cannot go undocumented. */
const EXIT_MEANINGS: Readonly<Record<keyof typeof EXIT, string>> = {
  ok: 'every input was parsed',
  inputFailed: 'some input failed (missing, unreadable, empty, not text); others printed',
  usage: 'bad command line (unknown option or command)',
  internal: 'internal error: a bug in vnnews, please report it',
};

export function examplesHelp(examples: readonly Example[]): string {
  const width = Math.max(...examples.map((example) => example.command.length));
  const lines = examples.map((e) => `  ${e.command.padEnd(width)}  ${e.description}`);
  return `\nExamples:\n${lines.join('\n')}\n`;
}

export function exitCodesHelp(): string {
  const rows = (Object.keys(EXIT) as (keyof typeof EXIT)[]).map(
    (key) => `  ${String(EXIT[key]).padEnd(3)} ${EXIT_MEANINGS[key]}`,
  );
  return `\nExit codes:\n${rows.join('\n')}\n`;
}
