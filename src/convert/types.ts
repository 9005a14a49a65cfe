/** The plain data convert passes around: what to do with one input, and what came of it. */
import type { ErrorCode } from '../errors.js';
import type { Warning } from '../model/article.js';

/** An input file found by collectInputs: its path as given and its path below its root. */
export interface InputEntry {
  /** As the user gave it or as found below a directory operand (relative to cwd or absolute). */
  path: string;
  /** Path relative to its root, '/'-separated: names the outputs under --out, keys --shard. */
  relative: string;
  /** Set when the input cannot be taken at all (a symbolic-link loop, an unlistable directory). */
  error?: ConvertError;
}

/** Why an input failed: a VnnewsError code, or one of convert's own. */
export type ConvertErrorCode = ErrorCode | 'CANNOT_WRITE' | 'OUTPUT_CONFLICT' | 'INTERNAL';

export interface ConvertError {
  code: ConvertErrorCode;
  message: string;
}

/** One input with its planned outputs (one per format, in the order asked), or why it has none. */
export interface ConvertTask {
  input: string;
  /** InputEntry.relative: the --shard key. */
  key: string;
  outputs: string[];
  /** Set when planning already failed (an output conflict): the file is not read. */
  error: ConvertError | null;
}

export type ConvertStatus = 'converted' | 'skipped' | 'failed';

/** What happened to one input; one line of `--report`. */
export interface ConvertResult {
  input: string;
  status: ConvertStatus;
  /** The outputs written (converted) or found up to date (skipped); [] when failed. */
  outputs: string[];
  /** The parser's warnings (converted only). */
  warnings: Warning[];
  error: ConvertError | null;
}
