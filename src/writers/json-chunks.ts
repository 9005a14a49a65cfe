/**
 * JSON text in pieces, for output too large to hold whole: `[...jsonChunks(v, n)].join('')`
 * is exactly `JSON.stringify(v, null, n)` (toJSON, skipped properties and `null` for
 * unrepresentable array items included), but no piece is much longer than `size`
 * characters unless one string in the value is. A 20 MB article printed whole costs its
 * JSON twice over (the string, then its UTF-8 copy on the way out); in pieces, neither.
 */

/** Characters per piece (before the value that crosses it). */
const PIECE = 1 << 16;

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** What JSON.stringify would serialise for `value` under `key`: toJSON applied; undefined when skipped. */
function serialisable(value: unknown, key: string): unknown {
  const v = value !== null && typeof value === 'object' && typeof (value as { toJSON?: unknown }).toJSON === 'function'
    ? (value as { toJSON(key: string): unknown }).toJSON(key)
    : value;
  return typeof v === 'function' || typeof v === 'symbol' ? undefined : v;
}

export function* jsonChunks(value: unknown, indent = 0, size = PIECE): Generator<string> {
  let parts: string[] = [];
  let length = 0;
  const push = (text: string): void => {
    parts.push(text);
    length += text.length;
  };
  const newline = (depth: number): string => (indent > 0 ? `\n${' '.repeat(indent * depth)}` : '');
  const colon = indent > 0 ? ': ' : ':';

  function* full(): Generator<string> {
    if (length < size) return;
    yield parts.join('');
    parts = [];
    length = 0;
  }

  function* walk(v: unknown, depth: number): Generator<string> {
    if (Array.isArray(v)) {
      if (v.length === 0) return push('[]');
      push('[');
      for (let k = 0; k < v.length; k++) {
        push(`${k > 0 ? ',' : ''}${newline(depth + 1)}`);
        const item = serialisable(v[k], String(k));
        if (item === undefined) push('null');
        else yield* walk(item, depth + 1);
        yield* full();
      }
      return push(`${newline(depth)}]`);
    }
    if (v !== null && typeof v === 'object') {
      let first = true;
      for (const key of Object.keys(v)) {
        const item = serialisable((v as Record<string, unknown>)[key], key);
        if (item === undefined) continue;
        push(`${first ? '{' : ','}${newline(depth + 1)}${JSON.stringify(key)}${colon}`);
        first = false;
        yield* walk(item, depth + 1);
        yield* full();
      }
      return push(first ? '{}' : `${newline(depth)}}`);
    }
    // A primitive (bigint throws, as JSON.stringify does).
    push(JSON.stringify(v as Json));
  }

  const top = serialisable(value, '');
  if (top === undefined) return;
  yield* walk(top, 0);
  if (length > 0) yield parts.join('');
}
