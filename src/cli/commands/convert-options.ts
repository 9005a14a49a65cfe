/**
 * `vnnews convert` flags → library options, checked: every problem is a usage error
 * (exit 2) with a one-line message. The format list is checked against the writers'
 * registry, so a format added there is accepted here with no change.
 */
import { availableParallelism } from 'node:os';
import { VnnewsError } from '../../errors.js';
import type { Format } from '../../writers/index.js';
import type { Shard } from '../../convert/shard.js';
import type { OptionValue } from '../command.js';
import { parseSize } from '../parse-size.js';

export interface ConvertCliOptions {
  out: string;
  formats: Format[];
  extensions: string[];
  jobs: number;
  maxSize: number;
  filesFrom: string | null;
  report: string | null;
  shard: Shard | undefined;
}

/** What run() needs to check a format name and read --shard, loaded with the library. */
export interface Registry {
  FORMATS: readonly Format[];
  isFormat(name: string): name is Format;
  parseShard(text: string): Shard;
}

/** -j above this is surely a typo. */
const MAX_JOBS = 256;

export function readConvertOptions(values: Readonly<Record<string, OptionValue>>, registry: Registry): ConvertCliOptions {
  const one = (key: string): string | undefined => {
    const value = values[key];
    return Array.isArray(value) ? value.at(-1) : value;
  };
  const out = one('out');
  if (!out) throw usage('--out DIR is required: the directory the outputs go to');
  return {
    out,
    formats: readFormats(one('to') ?? 'json', registry),
    extensions: list(one('ext') ?? 'txt,md').map((ext) => ext.replace(/^\./, '')),
    jobs: readJobs(one('jobs')),
    maxSize: parseSize('--max-size', one('maxSize') ?? '20MB'),
    filesFrom: one('filesFrom') ?? null,
    report: one('report') ?? null,
    shard: one('shard') === undefined ? undefined : registry.parseShard(one('shard')!),
  };
}

function readFormats(text: string, registry: Registry): Format[] {
  const names = list(text);
  if (names.length === 0) throw usage(`--to ${text}: give one or more of ${registry.FORMATS.join(', ')}`);
  for (const name of names) {
    if (!registry.isFormat(name)) throw usage(`--to ${text}: unknown format "${name}" (choose from ${registry.FORMATS.join(', ')})`);
  }
  return [...new Set(names)] as Format[];
}

function readJobs(text: string | undefined): number {
  if (text === undefined) return availableParallelism();
  const jobs = Number(text);
  if (!Number.isInteger(jobs) || jobs < 1 || jobs > MAX_JOBS) throw usage(`--jobs ${text}: expected a whole number from 1 to ${MAX_JOBS}`);
  return jobs;
}

function list(text: string): string[] {
  return text
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

function usage(message: string): VnnewsError {
  return new VnnewsError('USAGE', message);
}
