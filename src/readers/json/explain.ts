/**
 * ajv's errors → one short line: the JSON path of the problem and what was expected,
 * `/images/0/caption: expected string or null`. ajv lists every branch it tried (a
 * `oneOf` reports both of its arms); the deepest path is the one that names the
 * actual problem, so that one is kept.
 */

/** The part of an ajv error object (the generated validator's `errors`) this reads. */
export interface SchemaError {
  instancePath: string;
  keyword: string;
  params: Record<string, unknown>;
  message?: string;
}

/** The schema's patterns in words, by the field they check. */
const PATTERN_MEANINGS: Readonly<Record<string, string>> = {
  published: 'expected an ISO 8601 date or time such as 2025-03-11 or 2025-03-11T20:25:00+07:00',
  sha256: 'expected 64 lowercase hex digits',
};

/** What each failed keyword means, in the words of the message. */
const EXPECTED: Readonly<Record<string, (params: Record<string, unknown>, field: string) => string>> = {
  type: (p) => `expected ${String(p.type).split(',').join(' or ')}`,
  required: () => 'missing',
  const: (p) => `expected ${JSON.stringify(p.allowedValue)}`,
  enum: (p) => `expected one of ${(p.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`,
  pattern: (p, field) => PATTERN_MEANINGS[field] ?? `does not match ${String(p.pattern)}`,
  minimum: (p) => `expected at least ${String(p.limit)}`,
};

export function explainSchemaErrors(errors: readonly SchemaError[]): string {
  const deepest = errors.reduce<SchemaError | null>(
    (best, error) => (best === null || depth(error) > depth(best) ? error : best),
    null,
  );
  if (deepest === null) return 'not a valid article';
  const { params } = deepest;
  // A missing field is named in the path: "/images/0/caption: missing".
  const path = deepest.keyword === 'required' ? `${deepest.instancePath}/${String(params.missingProperty)}` : deepest.instancePath;
  const describe = EXPECTED[deepest.keyword];
  const what = describe ? describe(params, path.slice(path.lastIndexOf('/') + 1)) : (deepest.message ?? 'invalid');
  return `${path || '/'}: ${what}`;
}

/** Path depth; a missing field counts one deeper than the object that lacks it. */
function depth(error: SchemaError): number {
  const segments = error.instancePath === '' ? 0 : error.instancePath.split('/').length - 1;
  return segments + (error.keyword === 'required' ? 1 : 0);
}
