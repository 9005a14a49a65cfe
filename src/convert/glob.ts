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

/** The part after the base, as a RegExp over '/'-separated relative paths. */
export function globToRegExp(rest: string): RegExp {
  const parts = rest.split('/').map((segment, index, all) => {
    if (segment === '**') return index === all.length - 1 ? '.*' : '(?:[^/]+/)*';
    const body = segment.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*').replace(/\?/g, '[^/]');
    return index === all.length - 1 ? body : `${body}/`;
  });
  return new RegExp(`^${parts.join('')}$`);
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
