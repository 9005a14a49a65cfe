/**
 * Audit sets: each folder fixtures/audit/<set>/ holds articles written in the layouts of real
 * Vietnamese sites (NNN.txt) with the JSON a careful reader would write of them
 * (NNN.expected.json, the corpus format), made in an audit round to find what the parser got
 * wrong. The shared score tool scores each set, and a figure below its floor in
 * tests/audit-floors.json fails: the rules each round made stay made. Floors only ever go up.
 *
 * Like tests/score.test.ts, it needs the build and ../shared/tools/score.mjs beside the
 * clone; without the tool (a bare clone) it is skipped.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT, runScoreTool, SCORE_TOOL, type ScoreReport } from './score-tool.js';

const AUDIT = join(ROOT, 'fixtures/audit');
const { floors } = JSON.parse(readFileSync(join(ROOT, 'tests/audit-floors.json'), 'utf8')) as {
  floors: Record<string, Record<string, number>>;
};

const sets = existsSync(AUDIT)
  ? readdirSync(AUDIT, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name)
      .sort()
  : [];

it('has floors for exactly the audit sets in fixtures/audit', () => {
  expect(Object.keys(floors).sort()).toEqual(sets);
});

if (existsSync(SCORE_TOOL)) {
  describe.each(sets)('audit set %s', (set) => {
    const setFloors = floors[set] ?? {};
    let report: ScoreReport;
    beforeAll(() => {
      report = runScoreTool(join(AUDIT, set));
    }, 180_000);

    it('gets a JSON article for every file', () => {
      expect(report.files).toBeGreaterThan(0);
      expect(report.failures).toBe(0);
    });

    it('has a floor for every figure the tool reports', () => {
      expect(Object.keys(setFloors).sort()).toEqual([...Object.keys(report.summary), 'score'].sort());
    });

    it.each(Object.entries(setFloors))('%s >= %d', (field, floor) => {
      const figure = field === 'score' ? report.score : report.summary[field];
      expect(figure, `${set}: ${field} fell below its floor in tests/audit-floors.json`).toBeGreaterThanOrEqual(floor);
    });
  });
} else {
  it.skip(`audit sets: skipped, no ${SCORE_TOOL} beside the clone`, () => {});
}
