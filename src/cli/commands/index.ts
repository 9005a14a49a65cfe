/**
 * Every command, in the order `vnnews --help` lists them. Adding a command is one
 * file in this folder and one line here; its module must only declare data and load
 * its dependencies inside `run` with `import()` (see command.ts).
 */
import type { CommandSpec } from '../command.js';
import { convertCommand } from './convert.js';
import { exportCommand } from './export.js';
import { officialsCommand } from './officials.js';
import { parseCommand } from './parse.js';

export const COMMANDS: readonly CommandSpec[] = [parseCommand, officialsCommand, exportCommand, convertCommand];
