/**
 * The one module that writes to stdout and stderr.
 *
 * stdout carries only document data (and help/version when asked for); every message
 * goes to stderr as one line "vnnews: FILE: message", coloured only as colour.ts
 * decides. A closed stdout (`vnnews parse *.txt | head -1`) is not an error: `data()`
 * answers false and the command stops quietly. Streams are injectable for tests.
 */
import { colourLevel, loadPainter, type Painter } from './colour.js';

export interface Streams {
  stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  stdout: NodeJS.WritableStream & { isTTY?: boolean; columns?: number };
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
  env: Record<string, string | undefined>;
}

export interface Io {
  readonly stdin: NodeJS.ReadableStream;
  /** True when nothing is piped in and stdin is a terminal. */
  readonly stdinIsTTY: boolean;
  /** True when stderr is a terminal: the only case where a progress bar is drawn. */
  readonly stderrIsTTY: boolean;
  /** Document data → stdout. Resolves false once stdout is gone: stop producing. */
  data(text: string): Promise<boolean>;
  /** Text the user asked for (help, version) → stdout. */
  print(text: string): void;
  /**
   * Styles for text on stdout meant for a person (a table), decided for stdout like
   * stderr's (colour.ts): plain when piped or NO_COLOR is set, coloured by FORCE_COLOR.
   * Never for JSON.
   */
  stdoutPainter(): Promise<Painter>;
  /** Width of the terminal on stdout: its columns, else $COLUMNS, else 80. */
  readonly stdoutColumns: number;
  /** "vnnews: FILE: message" ("vnnews: message" without a file); `stack` only with --debug. */
  error(file: string | null, message: string, stack?: string): Promise<void>;
  /** "vnnews: FILE:LINE: warning: message (rule)". */
  warning(file: string, line: number | null, message: string, rule: string): Promise<void>;
  /** Plain text to stderr: usage text and hints. */
  note(text: string): void;
  /** Raw text to stderr, no newline added: a progress bar redrawing its line. */
  status(text: string): void;
  /** True when writing stdout failed for a reason other than a closed pipe. */
  outputFailed(): boolean;
}

const PROGRAM = 'vnnews';
/** Width assumed when stdout is not a terminal and $COLUMNS is not set. */
const DEFAULT_COLUMNS = 80;

/**
 * The process's streams. stdin is fetched when first asked for: Node builds it on first
 * access, loading its stream modules (a few ms of every start), and most runs read files.
 */
export function processStreams(): Streams {
  return {
    get stdin() {
      return process.stdin;
    },
    stdout: process.stdout,
    stderr: process.stderr,
    env: process.env,
  };
}

export function createIo(streams: Streams = processStreams()): Io {
  const { stdout, stderr, env } = streams;
  const level = colourLevel(env, stderr.isTTY === true);
  const stdoutLevel = colourLevel(env, stdout.isTTY === true);
  let painter: Promise<Painter> | undefined;
  let stdoutPainter: Promise<Painter> | undefined;
  let stdoutState: 'open' | 'closed' | 'failed' = 'open';

  const paint = (): Promise<Painter> => (painter ??= loadPainter(level));
  const writeErr = (text: string): void => {
    stderr.write(text);
  };

  // stderr can be a closed pipe too (`2>&1 | head`): nowhere left to say so.
  stderr.on('error', () => {});
  stdout.on('error', (error: NodeJS.ErrnoException) => onStdoutError(error));

  function onStdoutError(error: NodeJS.ErrnoException): void {
    if (stdoutState !== 'open') return;
    if (error.code === 'EPIPE' || error.code === 'ERR_STREAM_DESTROYED') {
      stdoutState = 'closed';
      return;
    }
    stdoutState = 'failed';
    writeErr(`${PROGRAM}: <stdout>: cannot write (${error.code ?? error.message})\n`);
  }

  async function error(file: string | null, message: string, stack?: string): Promise<void> {
    const p = await paint();
    const where = file === null ? '' : `${p.file(file)}: `;
    writeErr(`${PROGRAM}: ${where}${p.error(message)}\n`);
    if (stack) writeErr(`${p.dim(stack)}\n`);
  }

  async function warning(file: string, line: number | null, message: string, rule: string): Promise<void> {
    const p = await paint();
    const where = line === null ? file : `${file}:${line}`;
    writeErr(`${PROGRAM}: ${p.file(where)}: ${p.warning('warning')}: ${message} ${p.dim(`(${rule})`)}\n`);
  }

  function note(text: string): void {
    writeErr(text.endsWith('\n') ? text : `${text}\n`);
  }

  function data(text: string): Promise<boolean> {
    if (stdoutState !== 'open') return Promise.resolve(false);
    return new Promise((resolve) => {
      stdout.write(text, (failure?: Error | null) => {
        if (failure) onStdoutError(failure as NodeJS.ErrnoException);
        resolve(stdoutState === 'open');
      });
    });
  }

  return {
    // Getters, so that stdin is made only when a command reads it (processStreams).
    get stdin() {
      return streams.stdin;
    },
    get stdinIsTTY() {
      return streams.stdin.isTTY === true;
    },
    stderrIsTTY: stderr.isTTY === true,
    data,
    print: (text) => void stdout.write(text),
    stdoutPainter: () => (stdoutPainter ??= loadPainter(stdoutLevel)),
    stdoutColumns: columnsOf(stdout.columns, env.COLUMNS),
    error,
    warning,
    note,
    status: writeErr,
    outputFailed: () => stdoutState === 'failed',
  };
}

function columnsOf(terminal: number | undefined, variable: string | undefined): number {
  if (terminal !== undefined && terminal > 0) return terminal;
  const fromEnv = Number.parseInt(variable ?? '', 10);
  return Number.isInteger(fromEnv) && fromEnv > 0 ? fromEnv : DEFAULT_COLUMNS;
}
