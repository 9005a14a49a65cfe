/**
 * Golden fixtures: every folder fixtures/<case>/ (except fixtures/broken and fixtures/regressions) holds an input
 * (input.txt, or input.<ext>) and expected.json, the article vnnews makes of it. One test
 * per field, so a failure names the field.
 *
 *   UPDATE=1 npx vitest run tests/fixtures.test.ts    (re)write every expected.json
 *
 * Regenerated files are reviewed in the diff like code.
 *
 * A case may also hold truth.json, human ground truth in the corpus format
 * (../shared/corpus/README.md: "category" is our section, "authors" our byline.authors).
 * The parse is checked against it too, also under UPDATE=1, so a golden file cannot be
 * regenerated away from the truth.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseDocument, type Article } from '../src/index.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const FIXTURES = join(ROOT, 'fixtures');
/** Folders that are not golden cases (broken inputs, the property tests' regressions and the audit sets have their own tests). */
const NOT_CASES = new Set(['broken', 'regressions', 'audit']);
const UPDATE = process.env.UPDATE === '1';
const UPDATE_HINT = 'run `UPDATE=1 npx vitest run tests/fixtures.test.ts` and review the diff';

interface Truth {
  category: string | null;
  title: string | null;
  authors: string[];
  published: string | null;
  lead: string | null;
  paragraphs: string[];
  images: { caption: string | null }[];
}

const readJson = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));
const toJson = (value: unknown): string => JSON.stringify(value, null, 2) + '\n';

/** input.txt if present, else the first input.<ext>; null when the folder has none. */
function inputOf(dir: string): string | null {
  const inputs = readdirSync(dir).filter((f) => /^input\.[^.]+$/.test(f)).sort();
  return inputs.includes('input.txt') ? 'input.txt' : (inputs[0] ?? null);
}

/** The minute a published value names; a date alone is that day, Vietnam time (corpus convention). */
function minuteOf(value: string | null): number | null {
  if (value === null) return null;
  return Math.floor(Date.parse(/^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T00:00:00+07:00` : value) / 60_000);
}

/** Parse a case as the CLI does (text, Markdown or an HTML page), or keep the error so it fails one test instead of the whole file. */
async function parseCase(dir: string, name: string, input: string): Promise<Article | Error> {
  try {
    return await parseDocument(readFileSync(join(dir, input)), { path: `fixtures/${name}/${input}` });
  } catch (error) {
    return error instanceof Error ? error : new Error(String(error));
  }
}

function truthChecks(actual: Article, truth: Truth): [string, unknown, unknown][] {
  return [
    ['section', actual.section, truth.category],
    ['title', actual.title, truth.title],
    ['authors', actual.byline?.authors ?? [], truth.authors],
    ['published (to the minute)', minuteOf(actual.published), minuteOf(truth.published)],
    ['lead', actual.lead, truth.lead],
    ['paragraphs', actual.paragraphs, truth.paragraphs],
    ['captions', actual.images.map((i) => i.caption), truth.images.map((i) => i.caption)],
  ];
}

const cases = readdirSync(FIXTURES, { withFileTypes: true })
  .filter((d) => d.isDirectory() && !NOT_CASES.has(d.name))
  .map((d) => d.name)
  .sort();

/** Every case parsed up front: parseDocument is async, and vitest collects tests synchronously. */
const parsed = new Map<string, Article | Error>();
for (const name of cases) {
  const input = inputOf(join(FIXTURES, name));
  if (input !== null) parsed.set(name, await parseCase(join(FIXTURES, name), name, input));
}

it('finds fixture cases', () => {
  expect(cases.length).toBeGreaterThan(0);
});

for (const name of cases) {
  describe(`fixtures/${name}`, () => {
    const dir = join(FIXTURES, name);
    const input = inputOf(dir);
    if (input === null) {
      it('has an input file', () => expect.fail(`fixtures/${name}/ has no input.txt (or input.<ext>)`));
      return;
    }
    const actual = parsed.get(name)!;
    if (actual instanceof Error) {
      it('parses', () => expect.fail(`fixtures/${name}/${input}: ${actual.message}`));
      return;
    }
    const expectedPath = join(dir, 'expected.json');

    if (UPDATE) {
      it('writes expected.json', () => writeFileSync(expectedPath, toJson(actual)));
    } else if (!existsSync(expectedPath)) {
      it('has expected.json', () => expect.fail(`fixtures/${name}/expected.json is missing: ${UPDATE_HINT}`));
    } else {
      const expected = readJson(expectedPath) as Record<string, unknown>;
      const got = actual as unknown as Record<string, unknown>;
      const fields = [...new Set([...Object.keys(got), ...Object.keys(expected)])];
      it.each(fields)('%s', (field) => {
        expect(got[field], `fixtures/${name}: ${field} differs from expected.json (if intended, ${UPDATE_HINT})`).toEqual(
          expected[field],
        );
      });
    }

    const truthPath = join(dir, 'truth.json');
    if (existsSync(truthPath)) {
      describe('matches the human ground truth (truth.json)', () => {
        it.each(truthChecks(actual, readJson(truthPath) as Truth))('%s', (field, got, want) => {
          expect(got, `fixtures/${name}: ${field} differs from truth.json`).toEqual(want);
        });
      });
    }
  });
}
