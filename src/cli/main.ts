/**
 * The vnnews command line: argv in, exit code out. Only bin/vnnews.js touches
 * process.exitCode; main never exits and never throws.
 */
import { CommanderError } from 'commander';
import { EXIT } from '../errors.js';
import { COMMANDS } from './commands/index.js';
import { reportInternal } from './internal.js';
import { createIo, type Io } from './io.js';
import { readPackageInfo } from './package-info.js';
import { buildProgram, type UsageMessage } from './program.js';

export type { Io, Streams } from './io.js';
export { createIo } from './io.js';

export async function main(argv: string[], io: Io = createIo()): Promise<number> {
  const usage: UsageMessage[] = [];
  let exitCode: number = EXIT.ok;
  try {
    const program = buildProgram({
      version: (await readPackageInfo()).version,
      commands: COMMANDS,
      io,
      usage,
      onExit: (code) => {
        exitCode = code;
      },
    });
    await program.parseAsync(argv, { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) {
      exitCode = error.exitCode === 0 ? EXIT.ok : EXIT.usage;
    } else {
      await reportInternal(io, error, { debug: wantsDebug(argv) });
      exitCode = EXIT.internal;
    }
  }
  for (const message of usage) {
    if (message.kind === 'error') await io.error(null, message.text);
    else io.note(message.text);
  }
  return io.outputFailed() ? Math.max(exitCode, EXIT.inputFailed) : exitCode;
}

/** --debug before any "--", for errors thrown before commander has parsed it. */
function wantsDebug(argv: string[]): boolean {
  const end = argv.indexOf('--');
  return (end === -1 ? argv : argv.slice(0, end)).includes('--debug');
}
