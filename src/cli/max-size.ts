/**
 * --max-size for the commands that read one input at a time (parse, export, officials),
 * as convert has it: an input larger than this is refused ("too large"), and never read
 * past the limit, so a 2 GB log or /dev/zero given by mistake cannot exhaust memory.
 */
import { VnnewsError } from '../errors.js';
import type { OptionValue } from './command.js';
import { parseSize } from './parse-size.js';

/** The default, as convert's (DEFAULT_MAX_SIZE in src/convert/convert-file.ts). */
export const DEFAULT_MAX_SIZE_TEXT = '20MB';

export const MAX_SIZE_OPTION = {
  key: 'maxSize',
  flags: '--max-size <size>',
  description: 'refuse inputs larger than this (500k, 20MB, 1G)',
  value: { default: DEFAULT_MAX_SIZE_TEXT },
} as const;

/** --max-size in bytes, or the usage error to print. */
export function readMaxSize(values: Readonly<Record<string, OptionValue>>): number | string {
  const value = values.maxSize;
  const text = (Array.isArray(value) ? value.at(-1) : value) ?? DEFAULT_MAX_SIZE_TEXT;
  try {
    return parseSize('--max-size', text);
  } catch (error) {
    if (error instanceof VnnewsError) return error.message;
    throw error;
  }
}
