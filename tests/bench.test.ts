/** `npm run bench` is too slow for the suite; this only checks that it still runs, on a tiny corpus. */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, ROOT, testEnv } from './cli/helpers.js';

beforeAll(assertBuilt);

describe('scripts/bench.mjs', () => {
  it('--files 30 --quick prints the machine and every row of the table', () => {
    const result = spawnSync(process.execPath, [join(ROOT, 'scripts/bench.mjs'), '--files', '30', '--quick'], {
      cwd: ROOT,
      env: testEnv(),
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^machine: .*\d+ cores.*node v\d+/);
    for (const measure of ['start-up: node -e 0', 'start-up: vnnews parse one.txt', 'convert --to json -j1', 'convert --to json -j2', 'speed-up -j1 → -j2', 'peak RSS']) {
      expect(result.stdout).toContain(`| ${measure}`);
    }
    expect(result.stdout).toMatch(/\| convert --to (json,md,html -j2 +\| skipped: md\/html writers not present|[a-z,]+ -j2 +\| [\d,]+ articles\/s)/);
  });
});
