/**
 * `vnnews parse --ndjson-in`: the mapper contract of Hadoop Streaming, Spark's
 * `RDD.pipe()` and GNU parallel. Reads NDJSON records `{"id": …, "text": "…"}` on
 * stdin, one per line, and writes one line per record, in order, with the same `id`:
 *
 *   {"id": …, "schemaVersion": 1, …the article…}            the text parsed
 *   {"id": …, "error": {"code": "EMPTY_INPUT", "message": …}} it could not be
 *
 * A bad record (not JSON, no "text" string, empty or binary text) gives an error
 * record (id null when it has none) and a line on stderr, and the run goes on. The exit
 * code stays 0 as long as every record got its line, since the frameworks above treat
 * a non-zero exit as the whole task failing; 70 for a bug. Blank lines are skipped.
 * One record in memory at a time, and a record line longer than --max-size is never held
 * whole (TOO_LARGE, id null: it was not read); output waits for a slow reader.
 */
import { EXIT, tooLargeError, VnnewsError } from '../../errors.js';
import type { Io } from '../io.js';
import { reportInternal } from '../internal.js';
import { STDIN_NAME } from '../load-article.js';
import { readLines } from '../read-lines.js';

type Library = typeof import('../../parse.js');

/** The error code of a record that is not `{"id", "text"}` (not a VnnewsError code: it is about the record). */
export const BAD_RECORD = 'BAD_RECORD';


interface RecordError {
  code: string;
  message: string;
}

export async function parseRecords(library: Library, io: Io, debug: boolean, maxSize: number): Promise<number> {
  let lineNumber = 0;
  for await (const line of readLines(io.stdin as AsyncIterable<Uint8Array | string>, maxSize)) {
    lineNumber += 1;
    if ('text' in line && line.text.trim() === '') continue;
    const answer = 'text' in line ? await answerRecord(library, line.text, lineNumber) : failure(null, tooLarge(line.tooLong, maxSize), lineNumber);
    if ('internal' in answer) {
      await reportInternal(io, answer.internal, { file: `${STDIN_NAME}:${lineNumber}`, debug });
      return EXIT.internal;
    }
    if (answer.error) await io.error(`${STDIN_NAME}:${lineNumber}`, answer.error.message);
    if (!(await io.data(`${answer.json}\n`))) break;
  }
  return EXIT.ok;
}

type Answer = { json: string; error: RecordError | null } | { internal: unknown };

async function answerRecord(library: Library, line: string, lineNumber: number): Promise<Answer> {
  let record: unknown;
  try {
    record = JSON.parse(line);
  } catch (error) {
    return failure(null, { code: BAD_RECORD, message: `not a JSON record (${(error as Error).message})` }, lineNumber);
  }
  const id = isObject(record) && 'id' in record ? record.id : null;
  if (!isObject(record) || typeof record.text !== 'string') {
    return failure(id, { code: BAD_RECORD, message: 'expected {"id": …, "text": "…"}, with text a string' }, lineNumber);
  }
  try {
    const article = await library.parseDocument(new TextEncoder().encode(record.text), { path: null });
    return { json: JSON.stringify({ id, ...article }), error: null };
  } catch (error) {
    if (error instanceof VnnewsError) return failure(id, { code: error.code, message: error.message });
    return { internal: error };
  }
}

function tooLarge(size: number, maxSize: number): RecordError {
  const { code, message } = tooLargeError(size, maxSize);
  return { code, message: `record ${message}` };
}

/** The error record; a record that is not one names its line, as its id may be lost. */
function failure(id: unknown, error: RecordError, lineNumber?: number): Answer {
  const recorded = lineNumber === undefined ? error : { ...error, message: `line ${lineNumber}: ${error.message}` };
  return { json: JSON.stringify({ id, error: recorded }), error };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
