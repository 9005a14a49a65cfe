/**
 * Reading one input's bytes for the CLI: a file by path, or all of stdin, never more
 * than `maxSize` bytes (--max-size). A regular file over the limit is refused from its
 * size without being read; a pipe or a device (stdin, /dev/zero, a FIFO) is read up to
 * the limit and refused there, so no input can make vnnews read forever.
 * File-system failures become VnnewsErrors with one-line messages; the caller adds
 * "vnnews: FILE: " in front.
 */
import { open, type FileHandle } from 'node:fs/promises';
import { describeFsError, tooLargeError, VnnewsError } from '../errors.js';

/** Read size for inputs of unknown length (pipes, devices). */
const CHUNK_BYTES = 64 * 1024;

export async function readInputFile(path: string, maxSize = Infinity): Promise<Uint8Array> {
  let handle: FileHandle | undefined;
  try {
    handle = await open(path, 'r');
    const info = await handle.stat();
    // open() succeeds on a directory; reading it would fail with EISDIR: say so now.
    if (info.isDirectory()) throw Object.assign(new Error(`EISDIR: ${path}`), { code: 'EISDIR' });
    if (info.isFile() && info.size > maxSize) throw tooLargeError(info.size, maxSize, path);
    // A regular file in one read (one byte more, to see it did not grow); /proc files say size 0.
    return await readBounded(handle, Math.max(info.isFile() ? info.size + 1 : 0, CHUNK_BYTES), maxSize, path);
  } catch (error) {
    if (error instanceof VnnewsError) throw error;
    throw describeFsError(error, path);
  } finally {
    await handle?.close().catch(() => {});
  }
}

/** Read to the end, `chunk` bytes at a time; throws TOO_LARGE past `maxSize`. */
async function readBounded(handle: FileHandle, chunk: number, maxSize: number, path: string): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let total = 0;
  for (;;) {
    const want = Math.min(chunk, maxSize + 1 - total);
    const buffer = Buffer.allocUnsafe(want);
    const { bytesRead } = await handle.read(buffer, 0, want, null);
    if (bytesRead === 0) break;
    chunks.push(buffer.subarray(0, bytesRead));
    total += bytesRead;
    if (total > maxSize) throw tooLargeError(null, maxSize, path);
  }
  return chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, total);
}

/** All of a stream; with `maxSize`, throws TOO_LARGE (naming `name`) once more has come. */
export async function readAll(stream: NodeJS.ReadableStream, maxSize = Infinity, name: string | null = null): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of stream) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    chunks.push(bytes);
    total += bytes.length;
    if (total > maxSize) throw tooLargeError(null, maxSize, name);
  }
  return Buffer.concat(chunks);
}
