/**
 * What a command is, as data: its name, operands, options, examples and a `run`.
 * The program (program.ts) turns this into commander calls and `--help` text, so an
 * option is declared once. Command modules must stay cheap to import: `run` loads
 * whatever the command needs (the library, writers, remark…) with `import()`, so that
 * registering a command costs nothing at start-up.
 */
import type { Io } from './io.js';

/**
 * An option; `key` is the camel-cased long name commander gives it. Without `value`
 * it is a boolean flag ("-W, --warnings", or "--no-front-matter", which defaults to
 * true); with `value` it takes an argument ("-o, --out <dir>") and lands in `values`.
 */
export interface OptionSpec<K extends string = string> {
  key: K;
  /** As commander spells it: "-W, --warnings", "--to <formats>". */
  flags: string;
  description: string;
  value?: ValueSpec;
}

export interface ValueSpec {
  /** Shown in --help and used when the option is absent. */
  default?: string;
  /** The only accepted values (commander rejects others with a usage error). */
  choices?: readonly string[];
  /** May be given several times; the values are collected in order. */
  repeatable?: boolean;
}

/** What value options hold after parsing: absent, one string, or several. */
export type OptionValue = string | string[] | undefined;

export interface Example {
  command: string;
  description: string;
}

export interface RunContext<K extends string = string> {
  /** Positional arguments, after `--` handling. */
  operands: string[];
  flags: Record<K, boolean>;
  /** Value options by key (only those declared with `value`). */
  values: Readonly<Record<string, OptionValue>>;
  /** The global --debug flag: show stacks. */
  debug: boolean;
  io: Io;
}

export interface CommandSpec<K extends string = string> {
  name: string;
  /** One line for the command list in `vnnews --help`. */
  summary: string;
  /** The paragraph at the top of `vnnews NAME --help`. */
  description: string;
  /** Operand syntax for commander, e.g. "[FILE...]", and what it means. */
  operands: { syntax: string; description: string };
  options: readonly OptionSpec<K>[];
  examples: readonly Example[];
  /** Does the work and returns the exit code. Throws only on bugs. */
  run(context: RunContext<K>): Promise<number>;
}

/** Erase a command's flag keys so commands can share one registry. */
export function defineCommand<K extends string>(spec: CommandSpec<K>): CommandSpec {
  return spec as unknown as CommandSpec;
}

/** Commander's option values → the boolean flags a command declared. */
export function readFlags<K extends string>(
  options: readonly OptionSpec<K>[],
  values: Record<string, unknown>,
): Record<K, boolean> {
  const flags = {} as Record<K, boolean>;
  for (const option of options) if (!option.value) flags[option.key] = values[option.key] === true;
  return flags;
}

/** Commander's option values → the value options a command declared. */
export function readValues(
  options: readonly OptionSpec[],
  values: Record<string, unknown>,
): Record<string, OptionValue> {
  const read: Record<string, OptionValue> = {};
  for (const option of options) {
    if (!option.value) continue;
    const value = values[option.key];
    read[option.key] = typeof value === 'string' || Array.isArray(value) ? (value as string | string[]) : undefined;
  }
  return read;
}
