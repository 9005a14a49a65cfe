/**
 * Quoted globs ("archive/**\/*.txt"): the shell expands unquoted ones itself. Supports
 * `*` (any characters but "/"), `?` (one character but "/") and `**` as a whole path
 * segment (any number of directories, none included). No brackets or braces.
 */
import { sep } from 'node:path';

const WILDCARD = /[*?]/;

export function isGlob(operand: string): boolean {
  return WILDCARD.test(operand);
}

/** Where the walk starts: the leading segments without a wildcard ("." when none). */
export function globBase(pattern: string): { base: string; rest: string } {
  const segments = pattern.split(/[\\/]/);
  const first = segments.findIndex((segment) => WILDCARD.test(segment));
  const baseSegments = segments.slice(0, first);
  const base = baseSegments.length === 0 ? '.' : baseSegments.join(sep) || sep;
  return { base, rest: segments.slice(first).join('/') };
}

/** A compiled glob: does a '/'-separated relative path match it? */
export interface GlobMatcher {
  test(path: string): boolean;
}

/** `**` before the last segment: any number of non-empty directory names ("" included). */
const ANY_DIRS = Symbol('**');
/** `**` as the last segment: the rest of the path, whatever it is, but for a line break. */
const LINE_BREAK = /[\n\r\u2028\u2029]/;

/**
 * The part after the base, matched against '/'-separated relative paths. Not a RegExp: as
 * one, "**\/**" gave two adjacent `(?:[^/]+/)*` and "*a*b*" several `[^/]*` in one segment,
 * polynomial backtracking on long paths (issue 6, recheck). Here each segment is read by
 * segmentMatches (O(segment × glob segment) at worst) and the directories by one pass per
 * glob segment (O(path segments × glob segments)). Same matches as the RegExp it replaces:
 * `*` any characters but "/", `?` one UTF-16 unit but "/", other characters literal, `**`
 * before the end any number of non-empty directories, `**` at the end anything but a line
 * break (the RegExp's `.*`).
 */
export function compileGlob(rest: string): GlobMatcher {
  const segments = rest.split('/');
  const last = segments.pop() ?? '';
  // Consecutive "**" are one: (?:[^/]+/)*(?:[^/]+/)* matches what (?:[^/]+/)* does.
  const directories: (string | typeof ANY_DIRS)[] = [];
  for (const segment of segments) {
    const token = segment === '**' ? ANY_DIRS : segment;
    if (token !== ANY_DIRS || directories.at(-1) !== ANY_DIRS) directories.push(token);
  }
  const anyRest = last === '**';
  return {
    test(path: string): boolean {
      const names = path.split('/');
      const file = names.pop() ?? '';
      // reach[k]: the glob's directory segments read so far can end after names[0..k).
      let reach = names.map((_, k) => k === 0);
      reach.push(names.length === 0);
      for (const token of directories) {
        const next = new Array<boolean>(names.length + 1).fill(false);
        if (token === ANY_DIRS) {
          let open = false;
          for (let k = 0; k <= names.length; k += 1) {
            open ||= reach[k] === true;
            next[k] = open;
            if (k < names.length && names[k] === '') open = false;
          }
        } else {
          for (let k = 0; k < names.length; k += 1) if (reach[k] && segmentMatches(token, names[k] ?? '')) next[k + 1] = true;
        }
        reach = next;
      }
      if (!anyRest) return reach[names.length] === true && segmentMatches(last, file);
      // The rest (names[k..] and the file) must hold no line break: start after the last one.
      if (LINE_BREAK.test(file)) return false;
      let from = names.length;
      while (from > 0 && !LINE_BREAK.test(names[from - 1] ?? '')) from -= 1;
      return reach.some((ok, k) => ok && k >= from);
    },
  };
}

/**
 * One glob segment (no "/") against one path segment: `*` any run, `?` any one unit. Greedy
 * with a return to the last `*` only: each later `*` restarts from where the previous one
 * matched, so no earlier choice is tried again (O(name × glob) at worst, no blow-up).
 */
function segmentMatches(glob: string, name: string): boolean {
  let g = 0;
  let n = 0;
  let star = -1;
  let starFrom = 0;
  while (n < name.length) {
    const char = glob[g];
    if (char === '*') {
      star = g;
      starFrom = n;
      g += 1;
    } else if (char !== undefined && (char === '?' || char === name[n])) {
      g += 1;
      n += 1;
    } else if (star >= 0) {
      g = star + 1;
      starFrom += 1;
      n = starFrom;
    } else {
      return false;
    }
  }
  while (glob[g] === '*') g += 1;
  return g === glob.length;
}

/** Does the pattern need a recursive walk (`**` or a wildcard before the last segment)? */
export function globDepth(rest: string): number {
  return rest.includes('**') ? Number.POSITIVE_INFINITY : rest.split('/').length;
}

/** base + "/" + relative, without path.join's normalizing pass (called once per file found). */
export function joinBase(base: string, relative: string): string {
  if (relative === '') return base;
  if (base === '.') return relative;
  return base.endsWith(sep) ? `${base}${relative}` : `${base}${sep}${relative}`;
}
