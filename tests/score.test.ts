/**
 * Corpus score floor: runs the shared score tool over the development corpus and fails when
 * a figure drops below its floor in tests/score-floors.json. Floors only ever go up.
 *
 * The tool lives beside the clone (../shared/tools/score.mjs) and runs `node bin/vnnews.js
 * parse FILE` for each article, so it needs the build (`npm test` builds first). Without the
 * shared folder (a bare clone) the test is skipped.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SCORE_TOOL = resolve(ROOT, '../shared/tools/score.mjs');
const { floors } = JSON.parse(readFileSync(join(ROOT, 'tests/score-floors.json'), 'utf8')) as {
  floors: Record<string, number>;
};

interface ScoreReport {
  files: number;
  failures: number;
  summary: Record<string, number>;
  score: number;
}

/** Runs the tool from the repo root; its --json output is followed by a last `score: X` line. */
function runScoreTool(): ScoreReport {
  if (!existsSync(join(ROOT, 'dist/bin/cli.js'))) throw new Error('no dist/: run `npm run build` first');
  const run = spawnSync(process.execPath, [SCORE_TOOL, '--json'], { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 << 20 });
  if (run.status !== 0) throw new Error(`score tool exited ${run.status}: ${run.stderr}`);
  return JSON.parse(run.stdout.slice(0, run.stdout.lastIndexOf('\nscore:'))) as ScoreReport;
}

if (existsSync(SCORE_TOOL)) {
  describe('corpus score (../shared/tools/score.mjs)', () => {
    let report: ScoreReport;
    beforeAll(() => {
      report = runScoreTool();
    }, 180_000);

    it('has a floor for every figure the tool reports, and no other', () => {
      expect(Object.keys(floors).sort()).toEqual([...Object.keys(report.summary), 'score'].sort());
    });

    it('gets a JSON article for every corpus file', () => {
      expect(report.files).toBeGreaterThan(0);
      expect(report.failures).toBe(0);
    });

    it.each(Object.entries(floors))('%s >= %d', (field, floor) => {
      const figure = field === 'score' ? report.score : report.summary[field];
      expect(figure, `${field} fell below its floor in tests/score-floors.json`).toBeGreaterThanOrEqual(floor);
    });
  });
} else {
  it.skip(`corpus score: skipped, no ${SCORE_TOOL} beside the clone`, () => {});
}
