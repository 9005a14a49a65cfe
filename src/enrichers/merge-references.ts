/**
 * Merging the references found in an article: one entry per document, in order of first
 * mention, each with the fullest details printed anywhere.
 */
import type { Reference } from '../model/article.js';
import { moveTones } from '../text/move-tones.js';

/** A Reference with its keys always in the schema's order. */
export const makeReference = (
  kind: string,
  number: string | null,
  date: string | null,
  issuer: string | null,
  title: string | null,
): Reference => ({ kind, number, date, issuer, title });

const titleKey = (title: string | null): string | null => (title === null ? null : moveTones(title).toLowerCase());

/** The same document: same kind and number, or (no number on one side) the same law name. */
function sameDocument(a: Reference, b: Reference): boolean {
  if (a.kind !== b.kind) return false;
  if (a.number !== null && b.number !== null) return a.number === b.number;
  return a.title !== null && titleKey(a.title) === titleKey(b.title);
}

/** What `more` adds to `into`: missing fields, and the longer issuer. */
function fill(into: Reference, more: Reference): Reference {
  const issuer = (more.issuer?.length ?? 0) > (into.issuer?.length ?? 0) ? more.issuer : into.issuer;
  return makeReference(into.kind, into.number ?? more.number, into.date ?? more.date, issuer, into.title ?? more.title);
}

/** A bare number is its code's start: "Nghị định 68" and "Nghị định 68/2026/NĐ-CP" are one document. */
const isPrefixOf = (bare: string, code: string): boolean => code.startsWith(`${bare}/`) || code.startsWith(`${bare}-`);

/**
 * One entry per document, in order of first mention, each with the fullest details printed.
 * A bare number joins the one cited code of the same kind it begins (none or several: kept apart).
 */
export function mergeReferences(references: readonly Reference[]): Reference[] {
  const merged: Reference[] = [];
  for (const cited of references) {
    const index = merged.findIndex((other) => sameDocument(other, cited));
    if (index === -1) merged.push(fill(cited, cited));
    else merged[index] = fill(merged[index] as Reference, cited);
  }
  const isBare = (r: Reference): boolean => r.number !== null && /^\d+$/u.test(r.number);
  for (let i = 0; i < merged.length; i += 1) {
    const bare = merged[i] as Reference;
    if (!isBare(bare)) continue;
    const targets = merged.filter((r) => r.kind === bare.kind && r.number !== null && isPrefixOf(bare.number as string, r.number));
    const target = targets.length === 1 ? targets[0] : undefined;
    if (!target) continue;
    const j = merged.indexOf(target);
    merged[Math.min(i, j)] = fill(target, bare);
    merged.splice(Math.max(i, j), 1);
    i -= 1;
  }
  return merged;
}
