/**
 * The lines of a byte stream, split at "\n" (a "\r" before it is dropped), each read
 * whole only when it is at most `maxBytes` long: a longer line streams past without
 * being kept and comes out as its size, so that one runaway record (a 2 GB line, a
 * file without newlines) cannot exhaust memory. A last line without "\n" counts.
 */
export type Line = { text: string } | { tooLong: number };

export async function* readLines(input: AsyncIterable<Uint8Array | string>, maxBytes: number): AsyncGenerator<Line> {
  let parts: Buffer[] = [];
  let length = 0;
  let skipped = -1; // bytes of a line being skipped, or -1
  const take = (piece: Buffer): void => {
    if (skipped >= 0) {
      skipped += piece.length;
    } else if (length + piece.length > maxBytes) {
      skipped = length + piece.length;
      parts = [];
      length = 0;
    } else if (piece.length > 0) {
      parts.push(piece);
      length += piece.length;
    }
  };
  const end = (): Line => {
    let line: Line;
    if (skipped >= 0) line = { tooLong: skipped };
    else {
      const text = (parts.length === 1 ? parts[0]! : Buffer.concat(parts, length)).toString('utf8');
      line = { text: text.endsWith('\r') ? text.slice(0, -1) : text };
    }
    parts = [];
    length = 0;
    skipped = -1;
    return line;
  };
  for await (const chunk of input) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    let from = 0;
    for (let at = bytes.indexOf(10, from); at !== -1; at = bytes.indexOf(10, from)) {
      take(bytes.subarray(from, at));
      yield end();
      from = at + 1;
    }
    // Copied: the stream may reuse its buffer for the next chunk.
    if (from < bytes.length) take(Buffer.from(bytes.subarray(from)));
  }
  if (length > 0 || skipped >= 0) yield end();
}
