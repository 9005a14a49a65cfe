/**
 * Every kind of bad input, through the real binary, for each command that reads it:
 * exactly one stderr line "vnnews: FILE: problem" (no stack trace), nothing on stdout,
 * exit 1. And the odd inputs that are readable (UTF-16 without a byte order mark, a
 * path with spaces and Vietnamese letters) read as what they are, with no error.
 *
 * The files are in fixtures/broken/ (see its README.md); the 50 MB line is made at test
 * time in a temporary directory, never committed.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, BIN, BROKEN, ROOT, SEED, STACK_FRAME, testEnv } from './helpers.js';

beforeAll(assertBuilt);

const work = mkdtempSync(join(tmpdir(), 'vnnews-broken-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A 50 MB article that is one line: a header, then one sentence over and over. */
const LONG_LINE = join(work, 'một dòng dài.txt');
const SENTENCE = Buffer.from('Đồng chí Trần Cẩm Tú, Ủy viên Bộ Chính trị, phát biểu tại hội nghị. ');
beforeAll(() => {
  writeFileSync(LONG_LINE, Buffer.concat([Buffer.from('Chính trị\n\nTiêu đề\n\n'), Buffer.alloc(50 * 1024 * 1024, SENTENCE), Buffer.from('\n')]));
});

interface Run {
  stdout: string;
  stderr: string;
  status: number | null;
}

const execFileAsync = promisify(execFile);

/** The binary, asynchronously (so the rows can overlap on two cores). */
async function vnnews(args: string[], input?: Buffer): Promise<Run> {
  const child = execFileAsync(process.execPath, [BIN, ...args], { cwd: ROOT, env: testEnv(), encoding: 'utf8', timeout: 30_000, maxBuffer: 64 * 1024 * 1024 });
  if (input) {
    child.child.stdin!.on('error', () => {}); // it may stop reading at --max-size: that is the point
    child.child.stdin!.end(input);
  } else {
    child.child.stdin!.end();
  }
  try {
    const { stdout, stderr } = await child;
    return { stdout, stderr, status: 0 };
  } catch (error) {
    const failed = error as { stdout: string; stderr: string; code: number | string; killed?: boolean };
    if (typeof failed.code !== 'number') throw error;
    return { stdout: failed.stdout, stderr: failed.stderr, status: failed.code };
  }
}

/** One line, "vnnews: FILE: " then the problem; no stack frame anywhere. */
function expectOneLine(stderr: string, file: string, problem: RegExp): void {
  expect(stderr).not.toMatch(STACK_FRAME);
  expect(stderr.endsWith('\n')).toBe(true);
  const lines = stderr.slice(0, -1).split('\n');
  expect(lines, stderr).toHaveLength(1);
  const prefix = `vnnews: ${file}: `;
  expect(lines[0]!.startsWith(prefix), lines[0]).toBe(true);
  expect(lines[0]!.slice(prefix.length)).toMatch(problem);
}

const legacy = (guess: string) =>
  new RegExp(`^not UTF-8 text \\(looks like a legacy 8-bit encoding such as ${guess}: \\d+ invalid bytes, first 0x[0-9A-F]{2} at offset \\d+\\); convert it to UTF-8 first, e\\.g\\. iconv -f ${guess.toUpperCase()} -t UTF-8$`);

/** Inputs that are not news text at all: refused the same way by parse, export and convert. */
const NOT_TEXT: [file: string, problem: RegExp][] = [
  [`${BROKEN}/empty.txt`, /^empty input$/],
  [`${BROKEN}/whitespace.txt`, /^empty input$/],
  [`${BROKEN}/binary.bin`, /^binary data, not text \(/],
  [`${BROKEN}/nul.txt`, /^binary data, not text \(NUL byte at offset \d+\)$/],
  [`${BROKEN}/png-renamed.txt`, /^a PNG image, not text$/],
  [`${BROKEN}/latin1.txt`, legacy('Windows-1252')],
  [`${BROKEN}/windows-1258.txt`, legacy('Windows-1258')],
  [`${BROKEN}/thư mục mới/tin rỗng.txt`, /^empty input$/],
  [`${BROKEN}/không có tệp này.txt`, /^no such file$/],
  [LONG_LINE, /^too large \(50 MB, over --max-size 20 MB\): skipped$/],
];

describe.each(['parse', 'export', 'officials'])('%s: one line naming the file, nothing on stdout, exit 1', (command) => {
  it.concurrent.each(NOT_TEXT)('%s', async (file, problem) => {
    const result = await vnnews([command, file]);
    expectOneLine(result.stderr, file, problem);
    expect(result.stdout).toBe('');
    expect(result.status).toBe(1);
  });
});

describe('convert: the same line (-q: no summary), exit 1, no output for it', () => {
  it.concurrent.each(NOT_TEXT)('%s', async (file, problem) => {
    const out = mkdtempSync(join(work, 'out-'));
    const result = await vnnews(['convert', file, '-o', out, '-q', '-j1']);
    expectOneLine(result.stderr, file, problem);
    expect(result.stdout).toBe('');
    expect(result.status).toBe(1);
    expect(readdirSync(out, { recursive: true })).toEqual([]);
  });
});

describe('export of article JSON that is not an article', () => {
  const cases: [file: string, problem: RegExp][] = [
    [`${BROKEN}/invalid.json`, /^not valid JSON \(Expected double-quoted property name in JSON at position \d+\)$/],
    [`${BROKEN}/wrong-types.json`, /^\/title: expected string or null$/],
    [`${BROKEN}/array.json`, /^a JSON array, not an article: expected one article object, as vnnews parse writes it$/],
    [`${BROKEN}/latin1.json`, /^article JSON that is not valid UTF-8 text \(expected UTF-8, or UTF-16\)$/],
  ];
  it.concurrent.each(cases.flatMap(([file, problem]) => ['md', 'html', 'json'].map((to) => [file, to, problem] as const)))(
    '%s --to %s',
    async (file, to, problem) => {
      const result = await vnnews(['export', '--to', to, file]);
      expectOneLine(result.stderr, file, problem);
      expect(result.stdout).toBe('');
      expect(result.status).toBe(1);
    },
  );
});

describe('input with no end: read only up to --max-size', () => {
  it.concurrent.each(['parse', 'export'])('%s /dev/zero', async (command) => {
    const result = await vnnews([command, '/dev/zero']);
    expectOneLine(result.stderr, '/dev/zero', /^too large \(over --max-size 20 MB\): skipped$/);
    expect(result.stdout).toBe('');
    expect(result.status).toBe(1);
  });

  it.concurrent('parse, 21 MB on stdin', async () => {
    const result = await vnnews(['parse'], Buffer.alloc(21 * 1024 * 1024, 'a'));
    expectOneLine(result.stderr, '<stdin>', /^too large \(over --max-size 20 MB\): skipped$/);
    expect(result.stdout).toBe('');
    expect(result.status).toBe(1);
  });

  it.concurrent('--max-size is the limit: 6k refuses the 6.5 KB seed, 7k reads it', async () => {
    const size = readFileSync(join(ROOT, SEED)).length;
    expect(size).toBeGreaterThan(6 * 1024);
    expect(size).toBeLessThan(7 * 1024);
    const refused = await vnnews(['parse', '--max-size', '6k', SEED]);
    expectOneLine(refused.stderr, SEED, /^too large \(7 KB, over --max-size 6 KB\): skipped$/);
    const parsed = await vnnews(['parse', '--max-size', '7k', SEED]);
    expect(parsed).toMatchObject({ stderr: '', status: 0 });
  });
});

describe('readable after all: no error, the article as it would be from UTF-8', () => {
  const title = (json: string): unknown => (JSON.parse(json) as { title: unknown }).title;
  const seedTitle = async () => title((await vnnews(['parse', SEED])).stdout);

  it.concurrent.each([
    ['utf16le-no-bom.txt', 'utf-16le'],
    ['utf16be-no-bom.txt', 'utf-16be'],
  ])('%s: parse decodes it, with a warning in the JSON', async (name, encoding) => {
    const result = await vnnews(['parse', `${BROKEN}/${name}`]);
    expect(result).toMatchObject({ stderr: '', status: 0 });
    const article = JSON.parse(result.stdout) as { title: string; source: { encoding: string }; warnings: { rule: string }[] };
    expect(article.title).toBe(await seedTitle());
    expect(article.source.encoding).toBe(encoding);
    expect(article.warnings.map((w) => w.rule)).toContain('encoding/utf16-no-bom');
  });

  it.concurrent('utf16le-no-bom.txt: export and convert read it too', async () => {
    const file = `${BROKEN}/utf16le-no-bom.txt`;
    const exported = await vnnews(['export', file]);
    expect(exported).toMatchObject({ stderr: '', status: 0 });
    expect(exported.stdout).toContain(`# ${String(await seedTitle())}\n`);
    const out = mkdtempSync(join(work, 'out-'));
    expect(await vnnews(['convert', file, '-o', out, '-q', '-j1'])).toEqual({ stdout: '', stderr: '', status: 0 });
    expect(title(readFileSync(join(out, BROKEN, 'utf16le-no-bom.json'), 'utf8'))).toBe(await seedTitle());
  });

  it.concurrent('article JSON in UTF-16 with a BOM (what PowerShell > writes) and without: export reads it as JSON', async () => {
    const json = readFileSync(join(ROOT, 'fixtures/seed/expected.json'), 'utf8');
    const withBom = join(work, 'bom.json');
    const withoutBom = join(work, 'be.json');
    writeFileSync(withBom, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(json, 'utf16le')]));
    writeFileSync(withoutBom, Buffer.from(json, 'utf16le').swap16());
    const expected = await vnnews(['export', 'fixtures/seed/expected.json']);
    for (const file of [withBom, withoutBom]) expect(await vnnews(['export', file])).toEqual(expected);
  });

  it.concurrent('a path with spaces and Vietnamese letters: every command reads it and names it', async () => {
    const file = `${BROKEN}/tin tức mới.txt`;
    const parsed = await vnnews(['parse', file]);
    expect(parsed).toMatchObject({ stderr: '', status: 0 });
    expect((JSON.parse(parsed.stdout) as { source: { path: string } }).source.path).toBe(file);
    expect(await vnnews(['export', '--to', 'html', file])).toMatchObject({ stderr: '', status: 0 });
    const out = mkdtempSync(join(work, 'out vì thế-'));
    expect(await vnnews(['convert', file, '-o', out, '-q', '-j1'])).toEqual({ stdout: '', stderr: '', status: 0 });
    expect(readdirSync(join(out, BROKEN))).toEqual(['tin tức mới.json']);
  });
});
