/**
 * Corpus score floor: runs the shared score tool over the development corpus and fails when
 * a figure drops below its floor in tests/score-floors.json. Floors only ever go up.
 *
 * The tool lives beside the clone (../shared/tools/score.mjs) and runs `node bin/vnnews.js
 * parse FILE` for each article, so it needs the build (`npm test` builds first). Without the
 * shared folder (a bare clone) the test is skipped.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT, runScoreTool, SCORE_TOOL, type ScoreReport } from './score-tool.js';

const { floors } = JSON.parse(readFileSync(join(ROOT, 'tests/score-floors.json'), 'utf8')) as {
  floors: Record<string, number>;
};

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
