/**
 * Operands → the input files, in a stable order: each operand in turn; below a
 * directory, entries sorted by name. What each kind of operand gives:
 *
 *   a directory   its files whose extension is in `extensions`, recursively, each
 *                 named relative to that directory (`in/a/tin.txt` → `a/tin.txt`);
 *   a glob        ("in/**\/*.txt", quoted so the shell leaves it) every entry it
 *                 matches, named relative to the glob's fixed prefix; a directory that
 *                 matches is an input that fails ("is a directory, not a file");
 *   anything else a file, named by its path relative to cwd, or by its base name when
 *                 that path would climb out of cwd or is absolute.
 *
 * Symbolic links are followed; one that loops, or points to a directory above it, is an
 * input that fails with that reason. The `exclude` directories (the output directory)
 * are never walked into. The same file given twice is kept once.
 */
import type { Dirent } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { basename, extname, isAbsolute, normalize, relative, resolve, sep } from 'node:path';
import { describeFsError, errnoOf } from '../errors.js';
import { compileGlob, globBase, globDepth, isGlob, joinBase } from './glob.js';
import type { ConvertError, InputEntry } from './types.js';

export interface CollectOptions {
  /** Extensions (without dot, any case) taken from directories: ["txt", "md"]. */
  extensions: readonly string[];
  /** Directories never walked into (absolute or relative to cwd). */
  exclude?: readonly string[];
}

export const DEFAULT_EXTENSIONS = ['txt', 'md'] as const;

interface WalkRule {
  /** Emit this entry (relative path, is it a directory)? */
  take(rel: string, isDirectory: boolean): boolean;
  /** Walk into this directory (relative path, depth of it)? */
  descend(rel: string, depth: number): boolean;
}

interface WalkState {
  rule: WalkRule;
  excluded: ReadonlySet<string>;
  found: InputEntry[];
}

export async function collectInputs(operands: readonly string[], options: CollectOptions): Promise<InputEntry[]> {
  const extensions = new Set(options.extensions.map((ext) => ext.replace(/^\./, '').toLowerCase()));
  const excluded = new Set((options.exclude ?? []).map((dir) => resolve(dir)));
  const found: InputEntry[] = [];
  for (const operand of operands) {
    if (isGlob(operand)) {
      const { base, rest } = globBase(operand);
      const pattern = compileGlob(rest);
      const depth = globDepth(rest);
      const rule: WalkRule = { take: (rel) => pattern.test(rel), descend: (_rel, level) => level < depth };
      await walkRoot(base, { rule, excluded, found });
      continue;
    }
    const info = await stat(operand).catch(() => undefined);
    if (info?.isDirectory()) {
      const rule: WalkRule = { take: (rel, isDirectory) => !isDirectory && extensions.has(extname(rel).slice(1).toLowerCase()), descend: () => true };
      await walkRoot(operand, { rule, excluded, found });
    } else {
      found.push(fileEntry(operand));
    }
  }
  // One operand cannot list a file twice (but through links): only several need the check.
  return operands.length > 1 ? dedupe(found) : found;
}

/** A file operand (or a --files-from line): named relative to cwd, else by base name. */
export function fileEntry(path: string): InputEntry {
  const fromCwd = relative(process.cwd(), resolve(path));
  const climbs = fromCwd === '..' || fromCwd.startsWith(`..${sep}`) || isAbsolute(fromCwd);
  return { path, relative: (climbs ? basename(path) : fromCwd).split(sep).join('/') };
}

async function walkRoot(given: string, state: WalkState): Promise<void> {
  const root = given === '.' ? given : normalize(given); // "./in//a" → "in/a", once
  const info = await stat(root).catch(() => undefined);
  const ancestors = new Set(info ? [`${info.dev}:${info.ino}`] : []);
  await walk(root, '', 1, ancestors, state);
}

async function walk(root: string, relDir: string, depth: number, ancestors: ReadonlySet<string>, state: WalkState): Promise<void> {
  const dir = joinBase(root, relDir);
  let entries: Dirent[];
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (error) {
    state.found.push({ path: dir, relative: relDir || basename(resolve(dir)), error: cannotList(error) });
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const rel = relDir ? `${relDir}/${entry.name}` : entry.name;
    const path = joinBase(root, rel);
    if (entry.isDirectory() || entry.isSymbolicLink()) {
      const target = await stat(path).catch((error: unknown) => error as Error);
      if (target instanceof Error) {
        // A dangling link is an input like any other (it fails "no such file"); a loop says so.
        if (errnoOf(target) === 'ELOOP') state.found.push({ path, relative: rel, error: toError(describeFsError(target, path)) });
        else if (state.rule.take(rel, false)) state.found.push({ path, relative: rel });
        continue;
      }
      if (target.isDirectory()) {
        await enterDirectory(root, rel, path, depth, `${target.dev}:${target.ino}`, ancestors, state);
        continue;
      }
    }
    if (state.rule.take(rel, false)) state.found.push({ path, relative: rel });
  }
}

async function enterDirectory(
  root: string,
  rel: string,
  path: string,
  depth: number,
  id: string,
  ancestors: ReadonlySet<string>,
  state: WalkState,
): Promise<void> {
  if (state.rule.take(rel, true)) state.found.push({ path, relative: rel });
  if (state.excluded.has(resolve(path)) || !state.rule.descend(rel, depth)) return;
  if (ancestors.has(id)) {
    const message = 'symbolic link loop: it points to a directory above it; not followed';
    state.found.push({ path, relative: rel, error: { code: 'UNREADABLE', message } });
    return;
  }
  await walk(root, rel, depth + 1, new Set([...ancestors, id]), state);
}

function cannotList(error: unknown): ConvertError {
  return { code: 'UNREADABLE', message: `cannot list directory: ${describeFsError(error, '').message}` };
}

function toError(error: { code: ConvertError['code']; message: string }): ConvertError {
  return { code: error.code, message: error.message };
}

function dedupe(entries: InputEntry[]): InputEntry[] {
  const seen = new Set<string>();
  return entries.filter((entry) => {
    const key = resolve(entry.path);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
