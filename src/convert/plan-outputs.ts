/**
 * Input files → their outputs under `out`, one per extension asked for:
 * `a/b/tin.txt` with ["json", "md"] → `OUT/a/b/tin.json`, `OUT/a/b/tin.md`.
 *
 * Rules, in order (the order of the inputs decides who gets a name first):
 *   - the relative path is cleaned: no leading "/", no "." or ".." segments, so an
 *     output is always inside `out`;
 *   - two inputs with the same name but for the extension (`a/tin.txt`, `a/tin.md`):
 *     the first gets `a/tin.json`, the next keeps its extension, `a/tin.md.json`; if
 *     that is taken too, it fails (OUTPUT_CONFLICT) naming the input that holds it;
 *   - an output that would be one of the inputs (`--out` on the inputs' own directory
 *     with `--to md` on `.md` files) fails (OUTPUT_CONFLICT): an input is never written.
 * Pure: no file-system access.
 */
import { extname, join, resolve, sep } from 'node:path';
import type { ConvertTask, InputEntry } from './types.js';

export interface PlanOptions {
  /** The output directory. */
  out: string;
  /** One output per extension, in this order (the writers' `extension`). */
  extensions: readonly string[];
}

export function planOutputs(inputs: readonly InputEntry[], options: PlanOptions): ConvertTask[] {
  // Only an input with an output's extension can be overwritten: keep just those (none for
  // .txt → .json), so 100,000 inputs do not cost 100,000 resolved paths.
  const outputExtensions = new Set(options.extensions.map((extension) => `.${extension}`));
  const inputPaths = new Set(inputs.filter((input) => outputExtensions.has(extname(input.path))).map((input) => resolve(input.path)));
  const owners = new Map<string, string>(); // stem → the input that has it
  const prefix = join(options.out, sep); // "out/": outputs are prefix + stem + extension
  return inputs.map((input) => planOne(input, { prefix, extensions: options.extensions }, inputPaths, owners));
}

function planOne(
  input: InputEntry,
  { prefix, extensions }: { prefix: string; extensions: readonly string[] },
  inputPaths: ReadonlySet<string>,
  owners: Map<string, string>,
): ConvertTask {
  const failed = (error: ConvertTask['error']): ConvertTask => ({ input: input.path, key: input.relative, outputs: [], error });
  if (input.error) return failed(input.error);
  const relative = cleanRelative(input.relative);
  const short = withoutExtension(relative);
  const stem = !owners.has(short) ? short : !owners.has(relative) ? relative : undefined;
  if (stem === undefined) return failed({ code: 'OUTPUT_CONFLICT', message: `its outputs are already taken by ${owners.get(short)} (rename one of them)` });
  const outputs = extensions.map((extension) => `${prefix}${stem}.${extension}`);
  const overwritten = inputPaths.size === 0 ? undefined : outputs.find((output) => inputPaths.has(resolve(output)));
  if (overwritten !== undefined) {
    return failed({ code: 'OUTPUT_CONFLICT', message: `output ${overwritten} would overwrite an input; choose another --out` });
  }
  owners.set(stem, input.path);
  return { input: input.path, key: input.relative, outputs, error: null };
}

/** A relative path that needs no cleaning: no empty, "." or ".." segment, no backslash. */
const CLEAN = /^(?!\.\.?(?:\/|$))[^/\\]+(?:\/(?!\.\.?(?:\/|$))[^/\\]+)*$/;

/** "/x/../a/./b.txt" → "x/a/b.txt": '/'-separated, never empty, never climbing. */
export function cleanRelative(relative: string): string {
  if (CLEAN.test(relative)) return relative; // the usual case, without making three arrays
  const segments = relative.split(/[\\/]+/).filter((segment) => segment !== '' && segment !== '.' && segment !== '..');
  return segments.length === 0 ? 'input' : segments.join('/');
}

/** "a/tin.txt" → "a/tin"; ".hidden" and "a/noext" stay as they are. */
export function withoutExtension(relative: string): string {
  const slash = relative.lastIndexOf('/');
  const dot = relative.lastIndexOf('.');
  return dot > slash + 1 ? relative.slice(0, dot) : relative;
}
