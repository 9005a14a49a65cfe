/**
 * `vnnews convert INPUT... --out DIR [--to json,md,html]`: a whole archive → files.
 *
 * Thin: flags → options (convert-options.ts) → planConversion + convertFiles (the
 * library, src/convert/) → one stderr line per failed input, a progress bar on a
 * terminal, a summary, an optional NDJSON report, and the exit code (0 all converted
 * or up to date, 1 any failed, 2 usage).
 */
import { EXIT, VnnewsError } from '../../errors.js';
import type { ConvertResult, ConvertTask } from '../../convert/types.js';
import { defineCommand, type RunContext } from '../command.js';
import { reportInternal } from '../internal.js';
import type { Io } from '../io.js';
import type { Progress } from '../progress.js';
import type { ReportWriter } from '../report.js';
import { readAll } from '../read-input.js';
import type { ConvertCliOptions } from './convert-options.js';

const OPTIONS = [
  { key: 'out', flags: '-o, --out <dir>', description: 'write the outputs under DIR, mirroring the input tree (required)', value: {} },
  { key: 'to', flags: '--to <formats>', description: 'output formats, comma-separated', value: { default: 'json' } },
  { key: 'ext', flags: '--ext <exts>', description: 'extensions taken from directories, comma-separated (html for saved pages)', value: { default: 'txt,md' } },
  { key: 'filesFrom', flags: '--files-from <file>', description: 'also convert the files listed in FILE, one a line ("-": stdin)', value: {} },
  { key: 'jobs', flags: '-j, --jobs <n>', description: 'worker threads (default: the number of cores)', value: {} },
  { key: 'force', flags: '--force', description: 'convert even when the outputs are newer than the input' },
  { key: 'failFast', flags: '--fail-fast', description: 'stop at the first input that fails' },
  { key: 'report', flags: '--report <file>', description: 'write one NDJSON line per input: path, status, outputs, warnings, error', value: {} },
  { key: 'maxSize', flags: '--max-size <size>', description: 'skip (as failed) inputs larger than this', value: { default: '20MB' } },
  { key: 'shard', flags: '--shard <K/N>', description: 'convert only the K-th of N deterministic parts of the inputs', value: {} },
  { key: 'quiet', flags: '-q, --quiet', description: 'no progress bar and no summary; failures are still printed' },
] as const;

type Flag = (typeof OPTIONS)[number]['key'];

export const convertCommand = defineCommand<Flag>({
  name: 'convert',
  summary: 'convert files and directories into a mirrored tree of JSON (and other formats)',
  description: [
    'Convert news text files into article files under --out, mirroring the',
    'input tree: a/b/tin.txt → DIR/a/b/tin.json (one file per --to format).',
    "A directory is read recursively (--ext), its files named relative to it;",
    'a file is named by its path relative to the current directory (by its',
    'base name when outside it). Outputs newer than their input are skipped',
    'unless --force. Every output is written to a temporary file and renamed:',
    'an interrupted run leaves no half-written file, and a rerun finishes it.',
    'A bad file never stops the batch (unless --fail-fast).',
  ].join('\n'),
  operands: { syntax: '[INPUT...]', description: 'files, directories or quoted globs ("in/**/*.txt")' },
  options: OPTIONS,
  examples: [
    { command: 'vnnews convert in/ -o out/', description: 'in/a/tin.txt → out/a/tin.json' },
    { command: "vnnews convert 'in/**/*.txt' -o out/", description: 'a quoted glob' },
    { command: 'vnnews convert in/ -o out/ -j2 -q', description: 'two workers, no progress bar' },
    { command: 'vnnews convert in/ -o out/ --force', description: 'redo even up-to-date outputs' },
    { command: 'vnnews convert --files-from - -o out/', description: 'the files listed on stdin' },
    { command: 'vnnews convert in/ -o out/ --report log', description: 'one NDJSON status line per input' },
    { command: 'vnnews convert in/ -o out/ --shard 2/4', description: 'the 2nd of 4 machines' },
  ],
  run: runConvert,
});

interface Counts {
  converted: number;
  skipped: number;
  failed: number;
  warnings: number;
  filesWithWarnings: number;
}

async function runConvert({ operands, flags, values, debug, io }: RunContext<Flag>): Promise<number> {
  // Loaded here, not at the top: registering the command must cost `parse` nothing.
  const [library, writers, { readConvertOptions }, { createProgress, NO_PROGRESS }] = await Promise.all([
    import('../../convert/index.js'),
    import('../../writers/index.js'),
    import('./convert-options.js'),
    import('../progress.js'),
  ]);
  let options: ConvertCliOptions;
  try {
    options = readConvertOptions(values, { FORMATS: writers.FORMATS, isFormat: writers.isFormat, parseShard: library.parseShard });
    if (operands.length === 0 && options.filesFrom === null) throw new VnnewsError('USAGE', 'no input: give files or directories, or --files-from FILE');
  } catch (error) {
    if (!(error instanceof VnnewsError)) throw error;
    await io.error(null, error.message);
    io.note('(see vnnews convert --help)');
    return EXIT.usage;
  }
  const started = performance.now();
  const prepared = await prepare(library, options, operands, io);
  if (typeof prepared === 'number') return prepared;
  const { tasks, report } = prepared;
  const progress = flags.quiet || !io.stderrIsTTY ? NO_PROGRESS : createProgress(tasks.length, io.status);
  const counts: Counts = { converted: 0, skipped: 0, failed: 0, warnings: 0, filesWithWarnings: 0 };
  try {
    const results = library.convertFiles(tasks, { formats: options.formats, force: flags.force, maxSize: options.maxSize, jobs: options.jobs, writeOptions: { pretty: true } });
    for await (const result of results) {
      await record(result, counts, { io, progress, report });
      progress.update(counts.converted + counts.skipped + counts.failed);
      if (flags.failFast && result.status === 'failed') break;
    }
  } catch (error) {
    progress.clear();
    await reportInternal(io, error, { debug });
    return EXIT.internal;
  } finally {
    progress.clear();
    await report?.close();
  }
  if (!flags.quiet) io.note(summary(counts, tasks.length, performance.now() - started));
  return counts.failed > 0 ? EXIT.inputFailed : EXIT.ok;
}

type Library = typeof import('../../convert/index.js');

/** The output directory made and writable, the --files-from list read, the tasks planned, the report opened. */
async function prepare(
  library: Library,
  options: ConvertCliOptions,
  operands: string[],
  io: Io,
): Promise<{ tasks: ConvertTask[]; report: ReportWriter | null } | number> {
  const { access, constants, mkdir } = await import('node:fs/promises');
  const { openReport } = await import('../report.js');
  try {
    await mkdir(options.out, { recursive: true });
    await access(options.out, constants.W_OK);
  } catch (error) {
    await io.error(options.out, `cannot write the output directory (${(error as NodeJS.ErrnoException).code ?? 'unknown error'})`);
    return EXIT.inputFailed;
  }
  let listed: string[] = [];
  if (options.filesFrom !== null) {
    try {
      listed = await readList(options.filesFrom, io);
    } catch (error) {
      await io.error(options.filesFrom === '-' ? '<stdin>' : options.filesFrom, `cannot read the list of files (${(error as NodeJS.ErrnoException).code ?? 'unknown error'})`);
      return EXIT.inputFailed;
    }
  }
  const tasks = await library.planConversion(operands, { out: options.out, formats: options.formats, extensions: options.extensions, listed, shard: options.shard });
  if (options.report === null) return { tasks, report: null };
  try {
    return { tasks, report: await openReport(options.report) };
  } catch (error) {
    await io.error(options.report, `cannot write the report (${(error as NodeJS.ErrnoException).code ?? 'unknown error'})`);
    return EXIT.inputFailed;
  }
}

async function readList(source: string, io: Io): Promise<string[]> {
  const { readFile } = await import('node:fs/promises');
  const bytes = source === '-' ? await readAll(io.stdin) : await readFile(source);
  return Buffer.from(bytes)
    .toString('utf8')
    .split('\n')
    .map((line) => line.replace(/\r$/, ''))
    .filter((line) => line !== '');
}

async function record(result: ConvertResult, counts: Counts, { io, progress, report }: { io: Io; progress: Progress; report: ReportWriter | null }): Promise<void> {
  if (result.status === 'converted') counts.converted += 1;
  else if (result.status === 'skipped') counts.skipped += 1;
  else counts.failed += 1;
  counts.warnings += result.warnings.length;
  if (result.warnings.length > 0) counts.filesWithWarnings += 1;
  if (result.error) {
    progress.clear();
    await io.error(result.input, result.error.message);
  }
  await report?.write(result);
}

/** "vnnews: 298 converted, 2 up to date, 4 failed (of 304); 37 warnings in 12 files; 1.2 s". */
export function summary(counts: Counts, total: number, elapsedMs: number): string {
  const seconds = (elapsedMs / 1000).toFixed(1);
  const warned = `${counts.warnings} warning${counts.warnings === 1 ? '' : 's'} in ${counts.filesWithWarnings} file${counts.filesWithWarnings === 1 ? '' : 's'}`;
  return `vnnews: ${counts.converted} converted, ${counts.skipped} up to date, ${counts.failed} failed (of ${total}); ${warned}; ${seconds} s`;
}
