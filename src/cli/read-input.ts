/**
 * Reading one input's bytes for the CLI: a file by path, or all of stdin.
 * File-system failures become VnnewsErrors with one-line messages; the caller adds
 * "vnnews: FILE: " in front.
 */
import { readFile } from 'node:fs/promises';
import { describeFsError } from '../errors.js';

export async function readInputFile(path: string): Promise<Uint8Array> {
  try {
    return await readFile(path);
  } catch (error) {
    throw describeFsError(error, path);
  }
}

export async function readAll(stream: NodeJS.ReadableStream): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks);
}
