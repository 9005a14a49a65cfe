/**
 * JSON-like data → YAML text in block style, for the front matter: mappings and sequences
 * one entry a line, strings plain where YAML reads them back as the same string, multi-line
 * strings as `|-` literal blocks, anything else double-quoted with every escape spelled out.
 * The layout is the yaml package's (`new Document(data).toString({ lineWidth: 0 })`, which
 * tests/writers/markdown/yaml-block.test.ts compares byte for byte on every fixture): the
 * package builds a document model of every node and costs ~0.3 ms an article, as much as the
 * rest of the Markdown writer, for data whose shapes are known. Whatever is not sure to read
 * back plain is quoted, so the output can differ from the package's only in quoting style.
 */

/** A mapping written on one line (`{ in: paragraph, index: 0, … }`), inside a block. */
export interface FlowPaths {
  /** Is the value at this key, inside a sequence under the given parent key, a flow mapping? */
  (parentKey: string): boolean;
}

type Json = null | boolean | number | string | readonly Json[] | { readonly [key: string]: Json | undefined };

/**
 * The YAML 1.2 core schema's non-string plain scalars (null, booleans, numbers, in any case
 * for safety), which a string must not be written as.
 */
const NOT_A_STRING = /^(?:~|null|true|false|[-+]?(?:\.\d+|\d+(?:\.\d*)?)(?:[eE][-+]?\d+)?|0o[0-7]+|0x[\da-fA-F]+|[-+]?\.inf|\.nan)$/iu;
/** First characters with a meaning of their own in YAML (indicators, quotes, spaces). */
const INDICATOR_FIRST = /^[-?:,[\]{}#&*!|>'"%@`\s]/u;
/** A key's or a comment's marker inside a plain scalar, or a trailing colon or space. */
const INNER_MARKER = /: |:$| #|\s$/u;
/** Flow indicators end a plain scalar inside `{ … }`. */
const FLOW_INDICATOR = /[,[\]{}]/u;
/**
 * Characters a plain or literal scalar must not hold: YAML's non-printable characters, its line
 * breaks other than \n, tabs (trimmed at a line's edges), the byte order mark and lone surrogates.
 */
const UNPRINTABLE = /[\0-\x08\x0b-\x1f\x7f-\x9f\t\r\u2028\u2029\ufeff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/u;
/** Escapes JSON.stringify leaves as they are but YAML needs spelled out (C1 controls, U+2028/9, BOM). */
const YAML_ONLY_ESCAPE = /[\x7f-\x9f\u2028\u2029\ufeff]/gu;

/** A double-quoted scalar: JSON's escapes are YAML's too. */
function quoted(value: string): string {
  return JSON.stringify(value).replace(YAML_ONLY_ESCAPE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

function plainSafe(value: string, flow: boolean): boolean {
  return (
    value !== '' &&
    !INDICATOR_FIRST.test(value) &&
    !INNER_MARKER.test(value) &&
    !NOT_A_STRING.test(value) &&
    !UNPRINTABLE.test(value) &&
    !value.includes('\n') &&
    !(flow && FLOW_INDICATOR.test(value))
  );
}

/** A multi-line string as a `|-` block: only when every line reads back as written. */
function literalSafe(value: string): boolean {
  return value.includes('\n') && !/^\s|\s$|\n[ \t]/u.test(value) && !UNPRINTABLE.test(value);
}

function scalar(value: null | boolean | number | string, flow: boolean): string {
  if (value === null) return 'null';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : value > 0 ? '.inf' : value < 0 ? '-.inf' : '.nan';
  return plainSafe(value, flow) ? value : quoted(value);
}

const keyOf = (key: string): string => (/^[A-Za-z_][A-Za-z0-9_]*$/u.test(key) ? key : quoted(key));

const entries = (map: { readonly [key: string]: Json | undefined }): [string, Json][] =>
  Object.entries(map).filter((entry): entry is [string, Json] => entry[1] !== undefined);

/** A mapping of scalars on one line. */
function flowMapping(map: { readonly [key: string]: Json | undefined }): string {
  const items = entries(map).map(([key, value]) => {
    if (value !== null && typeof value === 'object') throw new TypeError(`yamlBlock: a flow mapping holds scalars only (key ${key})`);
    return `${keyOf(key)}: ${scalar(value, true)}`;
  });
  return items.length === 0 ? '{}' : `{ ${items.join(', ')} }`;
}

/** The value after `key:` or `- `: on the same line (scalars, empty collections) or on the lines below. */
function value(node: Json, indent: string, parentKey: string, flow: FlowPaths, lines: string[], head: string): void {
  if (node === null || typeof node !== 'object') {
    if (typeof node === 'string' && !plainSafe(node, false) && literalSafe(node)) {
      lines.push(`${head} |-`);
      for (const line of node.split('\n')) lines.push(line === '' ? '' : `${indent}  ${line}`);
      return;
    }
    lines.push(`${head} ${scalar(node, false)}`);
    return;
  }
  if (Array.isArray(node)) {
    const items = node as readonly Json[];
    if (items.length === 0) {
      lines.push(`${head} []`);
      return;
    }
    lines.push(head);
    for (const item of items) sequenceItem(item, `${indent}  `, parentKey, flow, lines);
    return;
  }
  const map = node as { readonly [key: string]: Json | undefined };
  if (entries(map).length === 0) {
    lines.push(`${head} {}`);
    return;
  }
  lines.push(head);
  mapping(map, `${indent}  `, flow, lines);
}

function sequenceItem(item: Json, indent: string, parentKey: string, flow: FlowPaths, lines: string[]): void {
  if (item !== null && typeof item === 'object' && !Array.isArray(item)) {
    const map = item as { readonly [key: string]: Json | undefined };
    if (flow(parentKey) || entries(map).length === 0) {
      lines.push(`${indent}- ${flowMapping(map)}`);
      return;
    }
    // The first entry goes on the dash's line, the rest line up under it.
    const start = lines.length;
    mapping(map, `${indent}  `, flow, lines);
    lines[start] = `${indent}- ${lines[start]!.slice(indent.length + 2)}`;
    return;
  }
  if (Array.isArray(item)) {
    const items = item as readonly Json[];
    if (items.length === 0) {
      lines.push(`${indent}- []`);
      return;
    }
    const start = lines.length;
    for (const inner of items) sequenceItem(inner, `${indent}  `, parentKey, flow, lines);
    lines[start] = `${indent}- ${lines[start]!.slice(indent.length + 2)}`;
    return;
  }
  value(item, indent, parentKey, flow, lines, `${indent}-`);
}

function mapping(map: { readonly [key: string]: Json | undefined }, indent: string, flow: FlowPaths, lines: string[]): void {
  for (const [key, node] of entries(map)) value(node, indent, key, flow, lines, `${indent}${keyOf(key)}:`);
}

/**
 * A mapping as YAML block text, no trailing newline. Mappings inside a sequence whose key
 * `flow` accepts are written on one line each.
 */
export function yamlBlock(map: { readonly [key: string]: unknown }, flow: FlowPaths = () => false): string {
  const lines: string[] = [];
  mapping(map as { readonly [key: string]: Json | undefined }, '', flow, lines);
  return lines.join('\n');
}
