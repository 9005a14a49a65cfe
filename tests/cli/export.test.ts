/** `vnnews export`, run as the real binary: formats, inputs, -o, errors and exit codes. */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, mkdirSync, chmodSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, ROOT, SEED, STACK_FRAME, vnnews } from './helpers.js';

beforeAll(assertBuilt);

const work = mkdtempSync(join(tmpdir(), 'vnnews-export-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const SEED_JSON = 'fixtures/seed/expected.json';
const seedJson = (): Record<string, any> => JSON.parse(readFileSync(join(ROOT, SEED_JSON), 'utf8'));
const golden = (file: string): string => readFileSync(join(ROOT, 'fixtures/seed', file), 'utf8');

/** Without the fields that describe the input file (see tests/readers/markdown/round-trip.test.ts). */
const text = ({ source: _s, warnings: _w, ...rest }: Record<string, unknown>) => rest;

describe('formats', () => {
  it('md is the default: the golden expected.md on stdout, nothing on stderr, exit 0', () => {
    const result = vnnews(['export', SEED]);
    expect(result).toEqual({ stdout: golden('expected.md'), stderr: '', status: 0 });
  });

  it('--to html: the golden expected.html', () => {
    expect(vnnews(['export', '--to', 'html', SEED])).toEqual({ stdout: golden('expected.html'), stderr: '', status: 0 });
  });

  it('--to json: the article, indented, as parse prints it (the golden expected.json)', () => {
    expect(vnnews(['export', '-t', 'json', SEED])).toEqual({ stdout: golden('expected.json'), stderr: '', status: 0 });
  });

  it('--no-front-matter starts at the title; --fragment is the <article> alone', () => {
    expect(vnnews(['export', '--no-front-matter', SEED]).stdout).toMatch(/^# Thông qua kết quả/);
    expect(vnnews(['export', '--to', 'html', '--fragment', SEED]).stdout).toMatch(/^<article>\n[\s\S]*<\/article>\n$/);
  });
});

describe('inputs', () => {
  it('article JSON from vnnews parse gives the same document as the text (its source.path is the text)', () => {
    expect(vnnews(['export', SEED_JSON])).toEqual({ stdout: golden('expected.md'), stderr: '', status: 0 });
  });

  it('Markdown made by vnnews reads back: parse out.md gives the same article', () => {
    const out = join(work, 'seed.md');
    expect(vnnews(['export', SEED, '-o', out])).toEqual({ stdout: '', stderr: '', status: 0 });
    const back = JSON.parse(vnnews(['parse', out]).stdout);
    expect(text(back)).toEqual(text(seedJson()));
    expect(back.source.path).toBe(out);
  });

  it('stdin, raw text or JSON', () => {
    expect(vnnews(['export'], { input: readFileSync(join(ROOT, SEED)) }).stdout).toBe(golden('expected.md').replace('path: fixtures/seed/input.txt', 'path: null'));
    expect(vnnews(['export', '--to', 'html', '-'], { input: readFileSync(join(ROOT, SEED_JSON)) }).stdout).toBe(golden('expected.html'));
  });

  it('an invalid article JSON: one line with the JSON path of the problem, exit 1', () => {
    const bad = seedJson();
    bad.images[0].caption = 5;
    const file = join(work, 'a.json');
    writeFileSync(file, JSON.stringify(bad));
    const result = vnnews(['export', file]);
    expect(result).toEqual({ stdout: '', stderr: `vnnews: ${file}: /images/0/caption: expected string or null\n`, status: 1 });
  });

  it('broken JSON: one line, no stack', () => {
    const file = join(work, 'broken.json');
    writeFileSync(file, '{\n  "title": \n}');
    const result = vnnews(['export', file]);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(new RegExp(`^vnnews: ${file}: not valid JSON \\([^\\n]*\\)\\n$`));
    expect(result.stderr).not.toMatch(STACK_FRAME);
  });

  it('several inputs with --to json: NDJSON in order; a bad one is reported and the others still print', () => {
    const result = vnnews(['export', '--to', 'json', SEED, 'nope.txt', SEED_JSON]);
    expect(result.status).toBe(1);
    expect(result.stderr).toBe('vnnews: nope.txt: no such file\n');
    const lines = result.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines.map((line) => JSON.parse(line).title)).toEqual([seedJson().title, seedJson().title]);
  });

  it('the html writer warns on stderr about an image src it dropped, and still exits 0', () => {
    const result = vnnews(['export', '--to', 'html', 'fixtures/hostile/input.txt']);
    expect(result.status).toBe(0);
    expect(result.stderr).toBe(
      'vnnews: fixtures/hostile/input.txt: warning: image 1: src "javascript:alert(1)//anh-doc-hai.jpg" dropped (not a relative path or an http(s) URL) (html/unsafe-src)\n',
    );
  });
});

describe('-o FILE', () => {
  it('writes the document there, not to stdout, and leaves no temporary file', () => {
    const dir = join(work, 'out');
    mkdirSync(dir);
    const out = join(dir, 'seed.html');
    expect(vnnews(['export', '--to', 'html', SEED, '-o', out])).toEqual({ stdout: '', stderr: '', status: 0 });
    expect(readFileSync(out, 'utf8')).toBe(golden('expected.html'));
    expect(readdirSync(dir)).toEqual(['seed.html']);
  });

  it('an input that fails writes nothing and keeps an old file as it was', () => {
    const out = join(work, 'kept.md');
    writeFileSync(out, 'old');
    const result = vnnews(['export', 'nope.txt', '-o', out]);
    expect(result.status).toBe(1);
    expect(readFileSync(out, 'utf8')).toBe('old');
  });

  it('a place it cannot write: one line naming it, exit 1, no half file', () => {
    const missing = join(work, 'no-such-dir', 'a.md');
    expect(vnnews(['export', SEED, '-o', missing])).toEqual({ stdout: '', stderr: `vnnews: ${missing}: cannot write: no such directory\n`, status: 1 });
    if (process.getuid?.() === 0) return; // root writes anywhere: the read-only case needs a user
    const readOnly = join(work, 'ro');
    mkdirSync(readOnly);
    chmodSync(readOnly, 0o500);
    const result = vnnews(['export', SEED, '-o', join(readOnly, 'a.md')]);
    expect(result.status).toBe(1);
    expect(existsSync(join(readOnly, 'a.md'))).toBe(false);
  });
});

describe('usage errors: exit 2, nothing on stdout', () => {
  it.each([
    [['export', '--to', 'pdf', SEED], /'pdf' is invalid/],
    [['export', SEED, SEED], /--to md writes one document from one input \(got 2\); use --to json for NDJSON, or vnnews convert/],
    [['export', '--to', 'md', '--fragment', SEED], /--fragment applies to --to html only/],
    [['export', '--to', 'html', '--no-front-matter', SEED], /--no-front-matter applies to --to md only/],
  ])('%j', (args, message) => {
    const result = vnnews(args);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(message);
  });
});
