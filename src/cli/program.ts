/**
 * The commander program, built from data: the global options below and each
 * command's CommandSpec. Nothing here parses articles or touches files.
 */
import { Command, Option } from 'commander';
import { readFlags, readValues, type CommandSpec, type OptionSpec } from './command.js';
import { examplesHelp, exitCodesHelp } from './help.js';
import type { Io } from './io.js';

const GLOBAL_OPTIONS = [
  { key: 'debug', flags: '--debug', description: 'show stack traces (for bug reports)' },
] as const satisfies readonly OptionSpec[];

const DESCRIPTION = 'Turn raw Vietnamese news text into article JSON, Markdown and HTML.';

/** How many of each command's examples `vnnews --help` shows. */
const TOP_LEVEL_EXAMPLES = 2;

/** What commander wants to say on stderr, kept until main prints it (coloured). */
export type UsageMessage = { kind: 'error'; text: string } | { kind: 'text'; text: string };

export interface ProgramOptions {
  version: string;
  commands: readonly CommandSpec[];
  io: Io;
  /** Receives commander's stderr output (usage errors, hints). */
  usage: UsageMessage[];
  /** Receives the exit code of the command that ran. */
  onExit(code: number): void;
}

export function buildProgram({ version, commands, io, usage, onExit }: ProgramOptions): Command {
  const program = new Command('vnnews')
    .description(DESCRIPTION)
    .version(version, '-V, --version', 'print the version and exit')
    .helpOption('-h, --help', 'print this help and exit')
    .helpCommand('help [command]', 'print help for a command')
    .configureHelp({ showGlobalOptions: true })
    .configureOutput({
      writeOut: (text) => io.print(text),
      writeErr: (text) => void usage.push({ kind: 'text', text }),
      outputError: (text) => void usage.push({ kind: 'error', text: text.replace(/^error: /, '').trimEnd() }),
    })
    .exitOverride()
    .showHelpAfterError('(see vnnews --help)');
  for (const option of GLOBAL_OPTIONS) program.addOption(new Option(option.flags, option.description));
  // `vnnews --help` shows each command's first few examples; `vnnews NAME --help` shows all.
  program.addHelpText('after', examplesHelp(commands.flatMap((c) => c.examples.slice(0, TOP_LEVEL_EXAMPLES))) + exitCodesHelp());

  for (const spec of commands) addCommand(program, spec, io, onExit);
  return program;
}

function addCommand(program: Command, spec: CommandSpec, io: Io, onExit: (code: number) => void): void {
  const command = program
    .command(spec.name)
    .summary(spec.summary)
    .description(spec.description)
    .argument(spec.operands.syntax, spec.operands.description)
    .helpOption('-h, --help', 'print this help and exit')
    .showHelpAfterError(`(see vnnews ${spec.name} --help)`)
    .addHelpText('after', examplesHelp(spec.examples) + exitCodesHelp());
  for (const option of spec.options) command.addOption(toCommanderOption(option));
  command.action(async (...args: unknown[]) => {
    const self = args.at(-1) as Command;
    const globals = self.optsWithGlobals<Record<string, unknown>>();
    onExit(
      await spec.run({
        operands: self.args,
        flags: readFlags(spec.options, self.opts()),
        values: readValues(spec.options, self.opts()),
        debug: globals.debug === true,
        io,
      }),
    );
  });
}

function toCommanderOption(spec: OptionSpec): Option {
  const option = new Option(spec.flags, spec.description);
  const value = spec.value;
  if (!value) return option;
  if (value.choices) option.choices(value.choices);
  if (value.default !== undefined) option.default(value.default);
  if (value.repeatable) option.argParser((next: string, previous: unknown) => [...(Array.isArray(previous) ? previous : []), next]);
  return option;
}
