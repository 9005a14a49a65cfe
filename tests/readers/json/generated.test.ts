/** The validator compiled from the schema (scripts/compile-schema.mjs) is in step with it. */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../writers/articles.js';

describe('src/readers/json/validate-article.generated.ts', () => {
  it('is what scripts/compile-schema.mjs makes of the schema now (else: npm run schema)', () => {
    const check = spawnSync(process.execPath, ['scripts/compile-schema.mjs', '--check'], { cwd: ROOT, encoding: 'utf8' });
    expect(check.stderr).toBe('');
    expect(check.status).toBe(0);
  });

  it('imports nothing: ajv is not needed at run time', () => {
    const source = readFileSync(join(ROOT, 'src/readers/json/validate-article.generated.ts'), 'utf8');
    expect(source).not.toMatch(/\bimport\b|\brequire\(/);
  });
});
