/**
 * The YAML front matter → the metadata fields (model/markdown-layout.ts: FrontMatter).
 * Hand-edited YAML is checked field by field: a field of the wrong type is left out
 * (null or []) with a warning naming it, never thrown.
 */
import { parse } from 'yaml';
import type { Mention, Official, Reference, Warning } from '../../model/article.js';
import type { FrontMatter } from '../../model/markdown-layout.js';

/** What the reader takes from the front matter: all of it but the version and the source. */
export type MetaFields = Omit<FrontMatter, 'schemaVersion' | 'source'>;

export const EMPTY_META: MetaFields = {
  title: null,
  section: null,
  byline: null,
  authors: [],
  published: null,
  officials: [],
  references: [],
};

const MENTION_FIELDS = ['title', 'lead', 'paragraph', 'caption'] as const;

type Record_ = Record<string, unknown>;
const isRecord = (value: unknown): value is Record_ => typeof value === 'object' && value !== null && !Array.isArray(value);
const isString = (value: unknown): value is string => typeof value === 'string';
const isStringOrNull = (value: unknown): value is string | null => value === null || typeof value === 'string';
const isStrings = (value: unknown): value is string[] => Array.isArray(value) && value.every(isString);
const isIndex = (value: unknown): value is number => Number.isInteger(value) && (value as number) >= 0;

function isMention(value: unknown): value is Mention {
  return (
    isRecord(value) &&
    (MENTION_FIELDS as readonly unknown[]).includes(value.in) &&
    isIndex(value.index) &&
    isIndex(value.start) &&
    isIndex(value.end) &&
    isString(value.text)
  );
}

function isOfficial(value: unknown): value is Official {
  return isRecord(value) && isString(value.name) && isStrings(value.titles) && Array.isArray(value.mentions) && value.mentions.every(isMention);
}

function isReference(value: unknown): value is Reference {
  return isRecord(value) && isString(value.kind) && isStringOrNull(value.number) && isStringOrNull(value.date) && isStringOrNull(value.issuer);
}

/** Each field's check and what it must be, for the warning. */
const FIELDS: { [K in keyof MetaFields]: { check: (value: unknown) => boolean; expected: string } } = {
  title: { check: isStringOrNull, expected: 'a string or null' },
  section: { check: isStringOrNull, expected: 'a string or null' },
  byline: { check: isStringOrNull, expected: 'a string or null' },
  authors: { check: isStrings, expected: 'a list of strings' },
  published: { check: isStringOrNull, expected: 'a string or null' },
  officials: { check: (v) => Array.isArray(v) && v.every(isOfficial), expected: 'a list of {name, titles, mentions}' },
  references: { check: (v) => Array.isArray(v) && v.every(isReference), expected: 'a list of {kind, number, date, issuer}' },
};

/** Every string in parsed YAML in NFC (the YAML text itself is read uncomposed: see normalizeText's `compose`). */
function composed(value: unknown): unknown {
  if (typeof value === 'string') return value.normalize('NFC');
  if (Array.isArray(value)) return value.map(composed);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key.normalize('NFC'), composed(item)]));
  }
  return value;
}

/** `line` is the front matter's first line in the file, for warnings. */
export function readFrontMatter(yaml: string, line: number | null, warnings: Warning[]): MetaFields {
  let data: unknown;
  try {
    data = composed(parse(yaml));
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    warnings.push({ line, rule: 'markdown/front-matter', message: `front matter is not valid YAML, left out: ${reason}` });
    return EMPTY_META;
  }
  if (data === null || data === undefined) return EMPTY_META;
  if (!isRecord(data)) {
    warnings.push({ line, rule: 'markdown/front-matter', message: 'front matter is not a YAML mapping, left out' });
    return EMPTY_META;
  }
  const meta: Record_ = { ...EMPTY_META };
  for (const [key, { check, expected }] of Object.entries(FIELDS)) {
    const value = data[key];
    if (value === undefined) continue;
    // YAML reads an unquoted 2025-03-11 as a string under the core schema; numbers stay numbers.
    if (check(value)) meta[key] = value;
    else warnings.push({ line, rule: 'markdown/front-matter', message: `front matter "${key}" should be ${expected}, left out` });
  }
  return meta as unknown as MetaFields;
}
