/**
 * `vnnews export [--to md|html|json] [-o FILE] [FILE...]`: an article → a document.
 *
 * Input is raw news text, Markdown written by vnnews, or article JSON written by
 * `vnnews parse` (recognised by content: it opens with "{", and is checked against the
 * schema). The document goes to stdout, or with -o to FILE, written atomically.
 * One input per document: several inputs only with --to json, as NDJSON (for one
 * document per file there is `vnnews convert`). A bad input is reported on stderr and
 * the others carry on; the exit code is the worst outcome.
 */
import type { Article } from '../../model/article.js';
import type { Format, Write, WriteOptions } from '../../writers/index.js';
import { EXIT, VnnewsError } from '../../errors.js';
import { defineCommand, type RunContext } from '../command.js';
import { reportInternal, stackOf } from '../internal.js';
import { readStdin, STDIN, STDIN_NAME } from '../load-article.js';
import { MAX_SIZE_OPTION, readMaxSize } from '../max-size.js';
import { readInputFile } from '../read-input.js';
import { isJsonArray, jsonHead, jsonText } from '../json-input.js';

const FORMAT_NAMES = ['md', 'html', 'json'] as const satisfies readonly Format[];

const OPTIONS = [
  { key: 'to', flags: '-t, --to <format>', description: 'document format', value: { default: 'md', choices: FORMAT_NAMES } },
  { key: 'out', flags: '-o, --out <file>', description: 'write to FILE (atomically) instead of stdout', value: {} },
  { key: 'frontMatter', flags: '--no-front-matter', description: 'md: leave out the YAML front matter' },
  { key: 'fragment', flags: '--fragment', description: 'html: only the <article> element, not a whole page' },
  MAX_SIZE_OPTION,
] as const;

type Flag = (typeof OPTIONS)[number]['key'];

export const exportCommand = defineCommand<Flag>({
  name: 'export',
  summary: 'export an article as Markdown, HTML or JSON',
  description: [
    'Write an article as a document: Markdown with YAML front matter (the default),',
    'a standalone HTML5 page (or --fragment), or article JSON. The input is raw news',
    'text, Markdown made by vnnews, or article JSON made by `vnnews parse` (checked',
    'against the schema). Reads stdin when no FILE is given or FILE is "-". Several',
    'inputs only with --to json (NDJSON); `vnnews parse article.md` reads Markdown back.',
  ].join('\n'),
  operands: { syntax: '[FILE...]', description: 'news text, a saved HTML page, vnnews Markdown or article JSON; "-" or nothing reads stdin' },
  options: OPTIONS,
  examples: [
    { command: 'vnnews export tin.txt > tin.md', description: 'Markdown with YAML front matter' },
    { command: 'vnnews export --to html tin.txt', description: 'a standalone HTML page' },
    { command: 'vnnews export a.json -o a.md', description: 'from article JSON, to a file' },
    { command: 'vnnews parse tin.md', description: 'read the Markdown back to JSON' },
    { command: 'vnnews export -t html --fragment a.md', description: 'only the <article> element' },
    { command: 'vnnews export -t json *.md > a.ndjson', description: 'several inputs as NDJSON' },
  ],
  run: runExport,
});

interface Plan {
  format: Format;
  inputs: string[];
  out: string | null;
  options: WriteOptions;
  maxSize: number;
}

/** The command line → what to do, or the usage error to print. */
function plan({ operands, flags, values }: RunContext<Flag>): Plan | string {
  const format = values.to as Format;
  const inputs = operands.length === 0 ? [STDIN] : operands;
  if (inputs.length > 1 && format !== 'json') {
    return `--to ${format} writes one document from one input (got ${inputs.length}); use --to json for NDJSON, or vnnews convert`;
  }
  if (flags.fragment && format !== 'html') return '--fragment applies to --to html only';
  if (!flags.frontMatter && format !== 'md') return '--no-front-matter applies to --to md only';
  const out = typeof values.out === 'string' ? values.out : null;
  const maxSize = readMaxSize(values);
  if (typeof maxSize === 'string') return maxSize;
  return { format, inputs, out, maxSize, options: { frontMatter: flags.frontMatter, fragment: flags.fragment, pretty: inputs.length === 1 } };
}

async function runExport(context: RunContext<Flag>): Promise<number> {
  const { io, operands, debug } = context;
  const chosen = plan(context);
  const noInput = operands.length === 0 && io.stdinIsTTY;
  if (typeof chosen === 'string' || noInput) {
    await io.error(null, typeof chosen === 'string' ? chosen : 'no input: give a FILE, or pipe text in (cat tin.txt | vnnews export)');
    io.note('(see vnnews export --help)');
    return EXIT.usage;
  }
  const { WRITERS } = await import('../../writers/index.js');
  const write: Write = await WRITERS[chosen.format].load();
  const reader = articleReader(io.stdin, chosen.maxSize);
  const documents: string[] = [];
  let exitCode: number = EXIT.ok;
  for (const input of chosen.inputs) {
    const name = input === STDIN ? STDIN_NAME : input;
    try {
      const article = await reader(input);
      const document = write(article, { ...chosen.options, warn: (w) => void io.warning(name, w.line, w.message, w.rule) });
      if (chosen.out !== null) documents.push(document);
      else if (!(await io.data(document))) break; // stdout closed: nobody is reading any more
    } catch (error) {
      exitCode = Math.max(exitCode, await report(name, error, { io, debug }));
    }
  }
  if (chosen.out === null || documents.length === 0) return exitCode;
  try {
    const { writeFileAtomic } = await import('../write-output.js');
    await writeFileAtomic(chosen.out, documents.join(''));
  } catch (error) {
    exitCode = Math.max(exitCode, await report(chosen.out, error, { io, debug }));
  }
  return exitCode;
}

/**
 * Input → article: article JSON by content (readers/json, loaded only for JSON; UTF-8, or
 * UTF-16 as json-input.ts tells), else whatever parseDocument reads (news text or vnnews
 * Markdown). A whole JSON array is refused rather than read as news text.
 */
function articleReader(stdin: NodeJS.ReadableStream, maxSize: number): (input: string) => Promise<Article> {
  return async (input) => {
    const bytes = input === STDIN ? await readStdin(stdin, maxSize) : await readInputFile(input, maxSize);
    const { isArticleJson, JSON_SNIFF_BYTES } = await import('../../readers/json/detect.js');
    const head = jsonHead(bytes, JSON_SNIFF_BYTES);
    if (isArticleJson(head)) {
      const { readArticleJson } = await import('../../readers/json/index.js');
      return readArticleJson(jsonText(bytes));
    }
    if (isJsonArray(head, bytes)) {
      throw new VnnewsError('INVALID_ARTICLE', 'a JSON array, not an article: expected one article object, as vnnews parse writes it');
    }
    const { parseDocument } = await import('../../parse.js');
    return parseDocument(bytes, { path: input === STDIN ? null : input });
  };
}

/** A bad input or output: one line on stderr; the exit code it stands for. */
async function report(name: string, error: unknown, { io, debug }: Pick<RunContext, 'io' | 'debug'>): Promise<number> {
  if (error instanceof VnnewsError) {
    await io.error(name, error.message, debug ? stackOf(error) : undefined);
    return error.exitCode;
  }
  await reportInternal(io, error, { file: name, debug });
  return EXIT.internal;
}
