/** The officials table, in-process, with synthetic officials (the enricher is not needed). */
import { describe, expect, it } from 'vitest';
import { loadPainter, PLAIN, type Painter } from '../../src/cli/colour.js';
import { NO_OFFICIALS, renderOfficialsTable } from '../../src/cli/officials-table.js';
import { displayWidth } from '../../src/cli/wrap.js';
import type { Mention, Official } from '../../src/model/article.js';

const ANSI = /\u001b\[[\d;]*m/g;

const mentions = (n: number): Mention[] =>
  Array.from({ length: n }, (_, i) => ({ in: 'paragraph' as const, index: i, start: 0, end: 5, text: 'x' }));

const official = (name: string, titles: string[], count = 1): Official => ({ name, titles, mentions: mentions(count) });

const SEED_LIKE: Official[] = [
  official('Trần Cẩm Tú', ['Ủy viên Bộ Chính trị', 'Thường trực Ban Bí thư', 'Trưởng Đoàn kiểm tra'], 3),
  official('Nghiêm Phú Cường', ['Phó chủ nhiệm Ủy ban Kiểm tra Trung ương', 'Phó trưởng Đoàn Thường trực'], 2),
  official('Lê Tiến Châu', ['Bí thư Thành ủy Hải Phòng', 'Ủy viên Trung ương Đảng', 'Trưởng Đoàn đại biểu Quốc hội Hải Phòng'], 12),
];

/** A painter that marks each style with tags, to see what is styled and that padding ignores it. */
const TAGS: Painter = {
  error: (t) => `<e>${t}</e>`,
  warning: (t) => `<w>${t}</w>`,
  file: (t) => `<f>${t}</f>`,
  dim: (t) => `<d>${t}</d>`,
  name: (t) => `<n>${t}</n>`,
  heading: (t) => `<h>${t}</h>`,
};
const untag = (text: string): string => text.replace(/<\/?[a-z]>/g, '');

describe('renderOfficialsTable', () => {
  it('lays out name, mentions and one title per line (80 columns)', () => {
    expect(renderOfficialsTable(SEED_LIKE, { painter: PLAIN, width: 80 })).toBe(
      [
        'Name              Mentions  Titles',
        'Trần Cẩm Tú              3  Ủy viên Bộ Chính trị',
        '                            Thường trực Ban Bí thư',
        '                            Trưởng Đoàn kiểm tra',
        'Nghiêm Phú Cường         2  Phó chủ nhiệm Ủy ban Kiểm tra Trung ương',
        '                            Phó trưởng Đoàn Thường trực',
        'Lê Tiến Châu            12  Bí thư Thành ủy Hải Phòng',
        '                            Ủy viên Trung ương Đảng',
        '                            Trưởng Đoàn đại biểu Quốc hội Hải Phòng',
        '',
      ].join('\n'),
    );
  });

  it('wraps a long title to the width, continuation lines indented', () => {
    const table = renderOfficialsTable(SEED_LIKE, { painter: PLAIN, width: 50 });
    const lines = table.trimEnd().split('\n');
    for (const line of lines) expect(displayWidth(line), line).toBeLessThanOrEqual(50);
    // 50 - name 16 - mentions 8 - two gaps of 2 = 22 columns of titles.
    expect(lines).toContain('Nghiêm Phú Cường         2  Phó chủ nhiệm Ủy ban');
    expect(lines).toContain('                              Kiểm tra Trung ương');
    expect(lines).toContain('                            Phó trưởng Đoàn Thường');
    expect(lines).toContain('                              trực');
  });

  it('a narrow terminal keeps a usable titles column (lines may then overflow)', () => {
    const lines = renderOfficialsTable(SEED_LIKE, { painter: PLAIN, width: 20 }).trimEnd().split('\n');
    const titles = lines.slice(1).map((line) => line.slice(28).trim());
    for (const title of titles) expect(displayWidth(title)).toBeLessThanOrEqual(16);
    expect(titles).toContain('Ủy viên Bộ Chính');
  });

  it('columns line up for NFD names (widths counted in NFC)', () => {
    const nfd = [official('Trần Cẩm Tú'.normalize('NFD'), ['Ủy viên Bộ Chính trị'.normalize('NFD')]), official('Ab', ['X'])];
    const lines = renderOfficialsTable(nfd, { painter: PLAIN, width: 80 }).trimEnd().split('\n');
    const titleColumn = lines.map((line) => displayWidth(line) - displayWidth(line.trimStart().split('  ').at(-1) ?? ''));
    expect(new Set(titleColumn).size).toBe(1);
  });

  it('a very long name wraps in its own column', () => {
    const long = official('Nguyễn Thị Phương Thảo Ngọc Minh Châu Anh Đào Hương', ['Chủ tịch'], 1);
    const lines = renderOfficialsTable([long], { painter: PLAIN, width: 80 }).trimEnd().split('\n');
    expect(lines[1]).toBe('Nguyễn Thị Phương Thảo Ngọc Minh         1  Chủ tịch');
    expect(lines[2]).toBe('Châu Anh Đào Hương');
  });

  it('an official without titles shows a dash; mention counts right-aligned', () => {
    const lines = renderOfficialsTable([official('Vũ Ba', [], 7), official('Lê A', ['Giám đốc'], 123)], { painter: PLAIN, width: 80 })
      .trimEnd()
      .split('\n');
    expect(lines).toEqual(['Name   Mentions  Titles', 'Vũ Ba         7  -', 'Lê A        123  Giám đốc']);
  });

  it('no officials: one line saying so', () => {
    expect(renderOfficialsTable([], { painter: PLAIN, width: 80 })).toBe(`${NO_OFFICIALS}\n`);
    expect(renderOfficialsTable([], { painter: TAGS, width: 80 })).toBe(`<d>${NO_OFFICIALS}</d>\n`);
  });
});

describe('colour', () => {
  it('names and headings are styled; padding is computed on the plain text', () => {
    const tagged = renderOfficialsTable(SEED_LIKE, { painter: TAGS, width: 80 });
    expect(tagged).toContain('<n>Trần Cẩm Tú</n>');
    expect(tagged.split('\n')[0]).toBe('<h>Name</h>              <h>Mentions</h>  <h>Titles</h>');
    expect(untag(tagged)).toBe(renderOfficialsTable(SEED_LIKE, { painter: PLAIN, width: 80 }));
  });

  it('chalk at level 1: ANSI codes around names, the same text without them', async () => {
    const coloured = renderOfficialsTable(SEED_LIKE, { painter: await loadPainter(1), width: 60 });
    expect(coloured).toMatch(ANSI);
    expect(coloured).toContain('\u001b[1mTrần Cẩm Tú\u001b[22m');
    expect(coloured.replace(ANSI, '')).toBe(renderOfficialsTable(SEED_LIKE, { painter: PLAIN, width: 60 }));
  });

  it('level 0: no ANSI at all', async () => {
    expect(renderOfficialsTable(SEED_LIKE, { painter: await loadPainter(0), width: 80 })).not.toMatch(ANSI);
  });
});
