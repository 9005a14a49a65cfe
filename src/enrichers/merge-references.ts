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

const isDigits = (text: string): boolean => text.length > 0 && [...text].every((c) => c >= '0' && c <= '9');

/** A law's name without its year, and the year: from the name ("Luật Đất đai (năm) 2024") or the number ("31/2024/QH15"). */
function lawName(reference: Reference): { name: string | null; year: string | null } {
  let name = titleKey(reference.title);
  let year: string | null = null;
  if (name !== null && name.at(-5) === ' ' && isDigits(name.slice(-4))) {
    year = name.slice(-4);
    name = name.slice(0, -5);
    if (name.endsWith(' năm')) name = name.slice(0, -4);
  }
  const parts = reference.number?.split('/') ?? [];
  if (year === null && parts.length > 2 && parts[1]?.length === 4 && isDigits(parts[1])) year = parts[1];
  return { name, year };
}

/**
 * The same document: same kind and number, or (no number on one side) the same law name, and
 * the same year where both print one: "Luật Đất đai 2024", "Luật đất đai năm 2024" and "Luật
 * Đất đai số 31/2024/QH15" are one law, "Luật Đất đai năm 2013" another; "Luật Đất đai" alone is
 * the one cited before it.
 */
function sameDocument(a: Reference, b: Reference): boolean {
  if (a.kind !== b.kind) return false;
  if (a.number !== null && b.number !== null) return a.number === b.number;
  if (a.title === null || b.title === null) return false;
  const [x, y] = [lawName(a), lawName(b)];
  return x.name === y.name && (x.year === null || y.year === null || x.year === y.year);
}

/** The title that says more: the one with the year ("Luật Đất đai 2024" over "Luật Đất đai"), else the first. */
function fullerTitle(into: Reference, more: Reference): string | null {
  if (into.title === null) return more.title;
  if (more.title === null || into.number !== null || more.number !== null) return into.title;
  return lawName(into).year === null && lawName(more).year !== null ? more.title : into.title;
}

/** What `more` adds to `into`: missing fields, and the longer issuer. */
function fill(into: Reference, more: Reference): Reference {
  const issuer = (more.issuer?.length ?? 0) > (into.issuer?.length ?? 0) ? more.issuer : into.issuer;
  return makeReference(into.kind, into.number ?? more.number, into.date ?? more.date, issuer, fullerTitle(into, more));
}

/**
 * A bare number is its code's start: "Nghị định 68" and "Nghị định 68/2026/NĐ-CP" are one document;
 * so is a number with its year alone ("Thông tư 29/2024" and "29/2024/TT-BGDĐT").
 */
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
  const isBare = (r: Reference): boolean => r.number !== null && /^\d+(?:\/\d{4})?$/u.test(r.number);
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
