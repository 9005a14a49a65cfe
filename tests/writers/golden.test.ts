/**
 * Golden documents: for the cases below, fixtures/<case>/expected.md and expected.html are
 * what `vnnews export` makes of fixtures/<case>/input.txt. Read them when they change.
 *
 *   UPDATE=1 npx vitest run tests/writers/golden.test.ts    (re)write them
 *
 * (tests/fixtures.test.ts does the same for expected.json, over every case.)
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/parse.js';
import { toHtml } from '../../src/writers/html/index.js';
import { toMarkdown } from '../../src/writers/markdown/index.js';
import { ROOT } from './articles.js';

/** The cases with golden documents: the seed, and a hostile article (markup and script in its text). */
export const GOLDEN_CASES = ['seed', 'hostile'] as const;

const UPDATE = process.env.UPDATE === '1';
const UPDATE_HINT = 'run `UPDATE=1 npx vitest run tests/writers/golden.test.ts` and review the diff';

const DOCUMENTS = {
  'expected.md': toMarkdown,
  'expected.html': (article: Parameters<typeof toHtml>[0]) => toHtml(article),
} as const;

for (const name of GOLDEN_CASES) {
  describe(`fixtures/${name}`, () => {
    const input = `fixtures/${name}/input.txt`;
    for (const [file, write] of Object.entries(DOCUMENTS)) {
      const path = join(ROOT, 'fixtures', name, file);
      it(UPDATE ? `writes ${file}` : `matches ${file}`, async () => {
        const article = await parseDocument(readFileSync(join(ROOT, input)), { path: input });
        const document = write(article);
        if (UPDATE) {
          writeFileSync(path, document);
          return;
        }
        expect(existsSync(path), `fixtures/${name}/${file} is missing: ${UPDATE_HINT}`).toBe(true);
        expect(document, `fixtures/${name}/${file} differs (if intended, ${UPDATE_HINT})`).toBe(readFileSync(path, 'utf8'));
      });
    }
  });
}
