/**
 * `vnnews officials [FILE...]`: the officials an article names, for a person at a terminal.
 *
 * Table mode (the default) prints, per input, a table of name, mention count and titles
 * (officials-table.ts), coloured only as colour.ts decides for stdout; several inputs each
 * get a heading line (the path) and a blank line between them. An article naming nobody
 * prints "no officials found" in its place: it is the answer to the question asked, so it
 * goes to stdout with the tables, and the exit code stays 0.
 *
 * --json prints the officials array itself (indented) for one input; for several, or with
 * --ndjson, one line per input: {"path": …, "officials": […]} (path null for stdin).
 *
 * Reading, errors and exit codes are parse's (load-article.ts): a bad input is one line on
 * stderr naming it, the others are still printed, the exit code is the worst outcome.
 */
import { EXIT } from '../../errors.js';
import type { Official } from '../../model/article.js';
import { defineCommand, type RunContext } from '../command.js';
import { loadArticle, STDIN } from '../load-article.js';
import { MAX_SIZE_OPTION, readMaxSize } from '../max-size.js';

const OPTIONS = [
  { key: 'json', flags: '--json', description: 'print the officials as JSON instead of a table' },
  { key: 'ndjson', flags: '--ndjson', description: 'one JSON line per input ({"path", "officials"}), even for one' },
  MAX_SIZE_OPTION,
] as const;

type Flag = (typeof OPTIONS)[number]['key'];

export const officialsCommand = defineCommand<Flag>({
  name: 'officials',
  summary: "list an article's officials and their titles",
  description: [
    'List the officials (office holders) each article names: name, number of',
    'mentions and titles, as a table sized to the terminal. Reads stdin when no',
    'FILE is given or FILE is "-". Several inputs: a heading line per file.',
    '--json prints the officials array; several inputs (or --ndjson) print one',
    '{"path", "officials"} line each. Colour only on a terminal, never with NO_COLOR.',
  ].join('\n'),
  operands: { syntax: '[FILE...]', description: 'text files to read; "-" or nothing reads stdin' },
  options: OPTIONS,
  examples: [
    { command: 'vnnews officials tin.txt', description: 'a table: name, mentions, titles' },
    { command: 'vnnews officials --json tin.txt', description: 'the officials array as JSON' },
    { command: 'vnnews officials *.txt', description: 'a table per file, under its name' },
    { command: 'vnnews officials --json *.txt', description: 'one {"path","officials"} line per file' },
    { command: 'cat tin.txt | vnnews officials', description: 'read stdin' },
  ],
  run: runOfficials,
});

async function runOfficials({ operands, flags, values, debug, io }: RunContext<Flag>): Promise<number> {
  const maxSize = readMaxSize(values);
  if ((operands.length === 0 && io.stdinIsTTY) || typeof maxSize === 'string') {
    await io.error(null, typeof maxSize === 'string' ? maxSize : 'no input: give a FILE, or pipe text in (cat tin.txt | vnnews officials)');
    io.note('(see vnnews officials --help)');
    return EXIT.usage;
  }
  const library = await import('../../parse.js');
  const { renderOfficialsTable } = await import('../officials-table.js');
  const inputs = operands.length === 0 ? [STDIN] : operands;
  const lines = flags.ndjson || (flags.json && inputs.length > 1);
  const headed = !flags.json && !flags.ndjson && inputs.length > 1;
  let exitCode: number = EXIT.ok;
  let printed = 0;
  for (const input of inputs) {
    const loaded = await loadArticle(library, input, { debug, io, maxSize });
    exitCode = Math.max(exitCode, loaded.exitCode);
    if (!loaded.article) continue;
    const officials: Official[] = loaded.article.officials;
    let text: string;
    if (lines) {
      text = `${JSON.stringify({ path: input === STDIN ? null : input, officials })}\n`;
    } else if (flags.json) {
      text = `${JSON.stringify(officials, null, 2)}\n`;
    } else {
      const painter = await io.stdoutPainter();
      const table = renderOfficialsTable(officials, { painter, width: io.stdoutColumns });
      text = headed ? `${printed > 0 ? '\n' : ''}${painter.file(loaded.name)}\n${table}` : table;
    }
    printed += 1;
    if (!(await io.data(text))) break; // stdout closed: nobody is reading any more
  }
  return exitCode;
}
