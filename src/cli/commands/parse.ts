/**
 * `vnnews parse [FILE...]`: raw news text → article JSON.
 *
 * One input gives indented JSON; several give NDJSON (one compact article per line),
 * each printed as soon as it is parsed, in input order, one file in memory at a time.
 * A bad input is reported on stderr and the batch carries on; the exit code is the
 * worst outcome (0 ok, 1 some input failed, 70 a bug).
 *
 * `--ndjson-in` is the mapper mode of cluster frameworks (parse-records.ts).
 * `--shard K/N` keeps the FILEs whose path, as given, falls in shard K of N (see
 * src/convert/shard.ts) and prints NDJSON, so the shards' outputs together are, line
 * for line, the output of one run over every FILE.
 */
import type { Article } from '../../model/article.js';
import { jsonPieces } from '../../writers/json.js';
import { EXIT } from '../../errors.js';
import { defineCommand, type RunContext } from '../command.js';
import { loadArticle, STDIN } from '../load-article.js';
import { MAX_SIZE_OPTION, readMaxSize } from '../max-size.js';
import { parseRecords } from './parse-records.js';

const OPTIONS = [
  { key: 'compact', flags: '--compact', description: 'print JSON on one line (always so for several inputs)' },
  { key: 'ndjson', flags: '--ndjson', description: 'print NDJSON, one article per line, even for a single input' },
  { key: 'warnings', flags: '-W, --warnings', description: 'also print parser warnings on stderr (FILE:LINE: warning: …)' },
  { key: 'ndjsonIn', flags: '--ndjson-in', description: 'read NDJSON records {"id", "text"} on stdin; print one article per record, with its id' },
  { key: 'shard', flags: '--shard <K/N>', description: 'parse only the K-th of N deterministic parts of the FILEs', value: {} },
  MAX_SIZE_OPTION,
] as const;

type Flag = (typeof OPTIONS)[number]['key'];

export const parseCommand = defineCommand<Flag>({
  name: 'parse',
  summary: 'parse news text (files or stdin) into article JSON',
  description: [
    'Parse raw Vietnamese news text into article JSON (schema version 1). A saved',
    'HTML page is read too: its article is found and read as text, and its metadata',
    'fills what the text does not print (section, time).',
    'Reads stdin when no FILE is given or FILE is "-". One input prints indented',
    'JSON; several print NDJSON, one article per line, each with its source.path.',
    'Parser warnings stay in the JSON ("warnings"); --warnings also prints them.',
  ].join('\n'),
  operands: { syntax: '[FILE...]', description: 'news text, saved HTML pages or vnnews Markdown; "-" or nothing reads stdin' },
  options: OPTIONS,
  examples: [
    { command: 'vnnews parse tin.txt', description: 'one article, indented JSON' },
    { command: 'cat tin.txt | vnnews parse', description: 'read stdin' },
    { command: 'vnnews parse *.txt > articles.ndjson', description: 'several files, one JSON line each' },
    { command: 'vnnews parse tin.txt | jq .title', description: 'pick a field with jq' },
    { command: 'vnnews parse trang-luu.html', description: 'a saved web page' },
    { command: 'vnnews parse -W tin.txt > /dev/null', description: 'only show the warnings' },
    { command: 'vnnews parse --ndjson-in < in.ndjson', description: '{"id","text"} lines → articles' },
    { command: 'vnnews parse --shard 1/4 *.txt', description: 'a quarter of the files, NDJSON' },
  ],
  run: runParse,
});


async function runParse({ operands, flags, values, debug, io }: RunContext<Flag>): Promise<number> {
  const shardText = typeof values.shard === 'string' ? values.shard : undefined;
  const problem = usageProblem(operands, flags, shardText, io);
  if (problem) return usage(io, problem);
  const maxSize = readMaxSize(values);
  if (typeof maxSize === 'string') return usage(io, maxSize);
  // The parser alone (src/parse.ts), not src/index.ts, which also exports the writers
  // (remark, hast) and convert's worker pool: parsing must not pay for them (tests/cli/startup.test.ts).
  const library = await import('../../parse.js');
  if (flags.ndjsonIn) {
    return parseRecords(library, io, debug, maxSize);
  }
  let inputs = operands.length === 0 ? [STDIN] : operands;
  if (shardText !== undefined) {
    const { inShard, parseShard } = await import('../../convert/shard.js');
    let shard: ReturnType<typeof parseShard>;
    try {
      shard = parseShard(shardText);
    } catch (error) {
      return usage(io, (error as Error).message);
    }
    inputs = inputs.filter((input) => inShard(input, shard));
  }
  const oneLine = flags.compact || flags.ndjson || inputs.length > 1 || shardText !== undefined;
  let exitCode: number = EXIT.ok;
  for (const input of inputs) {
    const outcome = await loadArticle(library, input, { debug, io, warnings: flags.warnings, maxSize });
    exitCode = Math.max(exitCode, outcome.exitCode);
    if (!outcome.article) continue;
    if (!(await writeJson(io, outcome.article, !oneLine))) break; // stdout closed: nobody is reading any more
  }
  return exitCode;
}

/** One article's JSON to stdout, in pieces when it is huge; false once stdout is gone. */
async function writeJson(io: RunContext['io'], article: Article, pretty: boolean): Promise<boolean> {
  for (const piece of jsonPieces(article, { pretty })) if (!(await io.data(piece))) return false;
  return true;
}

/** What is wrong with the command line, before anything is read. */
function usageProblem(operands: string[], flags: Record<Flag, boolean>, shard: string | undefined, io: RunContext['io']): string | null {
  if (flags.ndjsonIn && operands.length > 0) return '--ndjson-in reads records from stdin: give no FILE';
  if (flags.ndjsonIn && shard !== undefined) return '--shard splits FILEs; with --ndjson-in, split the records upstream';
  if (shard !== undefined && (operands.length === 0 || operands.includes(STDIN))) return '--shard needs FILEs (not stdin)';
  if (operands.length === 0 && io.stdinIsTTY) return 'no input: give a FILE, or pipe text in (cat tin.txt | vnnews parse)';
  return null;
}

async function usage(io: RunContext['io'], message: string): Promise<number> {
  await io.error(null, message);
  io.note('(see vnnews parse --help)');
  return EXIT.usage;
}

