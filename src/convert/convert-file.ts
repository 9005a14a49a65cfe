/**
 * One input → its outputs, or the reason it has none. Never throws for bad input: a
 * missing, unreadable, oversized or non-text file, or an output that cannot be written,
 * comes back as a `failed` result naming the problem; earlier outputs are never lost
 * or truncated (atomic writes). Steps: one stat of the input; one stat per output for
 * the up-to-date check; read; parse; write each format to a temporary file and rename.
 */
import { dirname } from 'node:path';
import { describeFsError, tooLargeError, VnnewsError } from '../errors.js';
import { parseDocument } from '../parse.js';
import { WRITERS, type Format, type Write, type WriteOptions } from '../writers/index.js';
import { atomicWrite } from './atomic-write.js';
import { describeWriteError } from './fs-error.js';
import { NODE_FS, type ConvertFs } from './fs.js';
import { removeStaleTemps } from './stale-temps.js';
import type { ConvertResult, ConvertTask } from './types.js';

/** --max-size default: larger files are not read (a 200 MB "article" is a mistake). */
export const DEFAULT_MAX_SIZE = 20 * 1024 * 1024;

export interface FileOptions {
  /** The formats, in the order of each task's `outputs`. */
  formats: readonly Format[];
  /** Convert even when every output is newer than the input. */
  force?: boolean;
  /** Inputs larger than this many bytes fail with TOO_LARGE (default 20 MiB). */
  maxSize?: number;
  /** Passed to every writer (json: `pretty`). */
  writeOptions?: WriteOptions;
  /** The file system (tests inject faults); Node's by default. */
  fs?: ConvertFs;
}

/** State kept across the files of one run (or one worker): directories already made, writers loaded. */
export interface FileContext {
  preparedDirs: Set<string>;
  writers: Map<Format, Write>;
}

export function createFileContext(): FileContext {
  return { preparedDirs: new Set(), writers: new Map() };
}

/** A format's writer, its module loaded once per run (or worker) on first use. */
async function writerFor(format: Format, context: FileContext): Promise<Write> {
  let write = context.writers.get(format);
  if (!write) context.writers.set(format, (write = await WRITERS[format].load()));
  return write;
}

export async function convertFile(task: ConvertTask, options: FileOptions, context: FileContext = createFileContext()): Promise<ConvertResult> {
  const failed = (code: NonNullable<ConvertResult['error']>['code'], message: string): ConvertResult => ({
    input: task.input,
    status: 'failed',
    outputs: [],
    warnings: [],
    error: { code, message },
  });
  if (task.error) return failed(task.error.code, task.error.message);
  const fs = options.fs ?? NODE_FS;
  try {
    const info = statInput(fs, task.input);
    if (!options.force && upToDate(fs, task.outputs, info.mtimeMs)) {
      sweepStaleTemps(fs, task.outputs, context);
      return { input: task.input, status: 'skipped', outputs: task.outputs, warnings: [], error: null };
    }
    const maxSize = options.maxSize ?? DEFAULT_MAX_SIZE;
    if (info.size > maxSize) throw tooLargeError(info.size, maxSize, task.input);
    const article = await parseDocument(readInput(fs, task.input), { path: task.input });
    for (const [index, output] of task.outputs.entries()) {
      const write = await writerFor(options.formats[index]!, context);
      const text = write(article, options.writeOptions);
      const problem = writeOutput(fs, output, text, context);
      if (problem) return failed('CANNOT_WRITE', problem);
    }
    return { input: task.input, status: 'converted', outputs: task.outputs, warnings: article.warnings, error: null };
  } catch (error) {
    if (error instanceof VnnewsError) return failed(error.code, error.message);
    return failed('INTERNAL', `internal error: ${error instanceof Error ? error.message : String(error)}`);
  }
}

function statInput(fs: ConvertFs, path: string): { size: number; mtimeMs: number } {
  let info;
  try {
    info = fs.statSync(path);
  } catch (error) {
    throw describeFsError(error, path);
  }
  if (info.isDirectory()) throw new VnnewsError('IS_DIRECTORY', 'is a directory, not a file', { path });
  if (!info.isFile()) throw new VnnewsError('UNREADABLE', 'not a regular file', { path });
  return info;
}

function readInput(fs: ConvertFs, path: string): Uint8Array {
  try {
    return fs.readFileSync(path);
  } catch (error) {
    throw describeFsError(error, path);
  }
}

/** Every output exists and is at least as new as the input. */
function upToDate(fs: ConvertFs, outputs: readonly string[], inputMtime: number): boolean {
  return outputs.every((output) => (fs.statIfExists(output)?.mtimeMs ?? -1) >= inputMtime);
}

/** Write one output; the one-line reason when it cannot be. */
function writeOutput(fs: ConvertFs, output: string, text: string, context: FileContext): string | null {
  try {
    prepareDir(fs, dirname(output), context);
    atomicWrite(fs, output, text);
    return null;
  } catch (error) {
    return describeWriteError(error, output);
  }
}

/**
 * Up to date, so nothing will be written here; but a killed `--force` run may have left
 * temporary files beside these outputs, which no later run would otherwise visit. Clear
 * them once per directory, as prepareDir does; a directory that cannot be listed is
 * left alone (skipping must not fail).
 */
function sweepStaleTemps(fs: ConvertFs, outputs: readonly string[], context: FileContext): void {
  for (const output of outputs) {
    const dir = dirname(output);
    if (context.preparedDirs.has(dir)) continue;
    context.preparedDirs.add(dir);
    try {
      removeStaleTemps(fs, dir);
    } catch {
      // unreadable: a later write into it will say so
    }
  }
}

/** Make the directory once per run; in one that existed, clear a killed run's temporary files. */
function prepareDir(fs: ConvertFs, dir: string, context: FileContext): void {
  if (context.preparedDirs.has(dir)) return;
  const created = fs.mkdirSync(dir, { recursive: true });
  if (created === undefined) removeStaleTemps(fs, dir);
  context.preparedDirs.add(dir);
}
