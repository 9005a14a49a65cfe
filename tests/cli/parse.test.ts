/** `vnnews parse`, run as the real binary over the broken-input fixtures and the seed. */
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, BIN, BROKEN, ROOT, SEED, STACK_FRAME, testEnv, vnnews } from './helpers.js';

beforeAll(assertBuilt);

interface ArticleJson {
  schemaVersion: number;
  title: unknown;
  byline: unknown;
  published: unknown;
  warnings: { line: number | null; rule: string; message: string }[];
  source: { path: string | null; sha256: string };
}

function article(json: string): ArticleJson {
  return JSON.parse(json) as ArticleJson;
}

/** Structure only: the reader is not this test's business. */
function expectArticle(value: ArticleJson, path: string | null): void {
  expect(value.schemaVersion).toBe(1);
  expect(value.source.path).toBe(path);
  expect(value.source.sha256).toMatch(/^[0-9a-f]{64}$/);
  expect(Array.isArray(value.warnings)).toBe(true);
}

/** Exactly one stderr line, "vnnews: FILE: …", and no stack trace. */
function expectOneError(stderr: string, file: string, message: RegExp): void {
  expect(stderr).not.toMatch(STACK_FRAME);
  const lines = stderr.split('\n');
  expect(lines).toHaveLength(2); // the line and the final newline
  expect(lines[0]!.startsWith(`vnnews: ${file}: `)).toBe(true);
  expect(lines[0]!.slice(`vnnews: ${file}: `.length)).toMatch(message);
}

describe('inputs that are not news text: one line naming the file, exit 1, nothing on stdout', () => {
  // The wording of the messages belongs to the text layer; these patterns only pin the gist.
  const cases: [file: string, gist: RegExp][] = [
    ['empty.txt', /empty/i],
    ['whitespace.txt', /empty|blank|whitespace/i],
    ['binary.bin', /binary|not text/i],
    ['nul.txt', /binary|NUL|not text/i],
    ['png-renamed.txt', /PNG|image|binary|not text/i],
  ];
  it.each(cases)('%s', (name, gist) => {
    const file = `${BROKEN}/${name}`;
    const result = vnnews(['parse', file]);
    expect(result.stdout).toBe('');
    expectOneError(result.stderr, file, gist);
    expect(result.status).toBe(1);
  });
});

describe('odd but readable text', () => {
  it('a one-line shopping list is an article of nulls, warnings kept in the JSON, exit 0', () => {
    const file = `${BROKEN}/shopping-list.txt`;
    const result = vnnews(['parse', file]);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const value = article(result.stdout);
    expectArticle(value, file);
    expect(value.byline).toBeNull();
    expect(value.published).toBeNull();
  });

  it('a path with spaces and Vietnamese letters is read and recorded as given', () => {
    const file = `${BROKEN}/tin tức mới.txt`;
    const result = vnnews(['parse', file]);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expectArticle(article(result.stdout), file);
  });
});

describe('file-system errors', () => {
  it('a missing file', () => {
    const result = vnnews(['parse', 'nope.txt']);
    expect(result).toEqual({ stdout: '', stderr: 'vnnews: nope.txt: no such file\n', status: 1 });
  });

  it('a directory', () => {
    const result = vnnews(['parse', BROKEN]);
    expect(result).toEqual({ stdout: '', stderr: `vnnews: ${BROKEN}: is a directory, not a file\n`, status: 1 });
  });

  it('an unreadable file (run as "nobody" when the tests run as root, who reads anything)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'vnnews-cli-'));
    try {
      chmodSync(dir, 0o755);
      const file = join(dir, 'secret.txt');
      writeFileSync(file, 'Tin tức');
      chmodSync(file, 0o000);
      const asNobody = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};
      const result = spawnSync(process.execPath, [BIN, 'parse', file], { cwd: ROOT, env: testEnv(), encoding: 'utf8', ...asNobody });
      expect(result.stdout).toBe('');
      expect(result.stderr).toBe(`vnnews: ${file}: permission denied\n`);
      expect(result.status).toBe(1);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('--debug adds the stack and its cause', () => {
    const result = vnnews(['parse', '--debug', 'nope.txt']);
    expect(result.stderr.startsWith('vnnews: nope.txt: no such file\n')).toBe(true);
    expect(result.stderr).toMatch(STACK_FRAME);
    expect(result.stderr).toContain('caused by: Error: ENOENT');
    expect(result.status).toBe(1);
  });
});

describe('output shape', () => {
  it('one file: indented JSON and a newline', () => {
    const result = vnnews(['parse', SEED]);
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout).toMatch(/^\{\n {2}"schemaVersion": 1,\n/);
    expect(result.stdout.endsWith('}\n')).toBe(true);
    expectArticle(article(result.stdout), SEED);
  });

  it.each(['--compact', '--ndjson'])('%s: one line for one file', (flag) => {
    const result = vnnews(['parse', flag, SEED]);
    expect(result.status).toBe(0);
    const lines = result.stdout.split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[1]).toBe('');
    expectArticle(article(lines[0]!), SEED);
    expect(result.stdout).toBe(`${JSON.stringify(JSON.parse(vnnews(['parse', SEED]).stdout))}\n`);
  });

  it('several files: NDJSON in input order, each with its source.path', () => {
    const files = [SEED, `${BROKEN}/shopping-list.txt`, SEED];
    const result = vnnews(['parse', ...files]);
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('');
    const lines = result.stdout.trimEnd().split('\n');
    expect(lines.map((line) => article(line).source.path)).toEqual(files);
  });

  it('several files, some bad: the good ones print, each bad one is named, exit 1', () => {
    const good = [SEED, `${BROKEN}/tin tức mới.txt`];
    const result = vnnews(['parse', 'nope.txt', good[0]!, `${BROKEN}/empty.txt`, BROKEN, good[1]!]);
    expect(result.status).toBe(1);
    const lines = result.stdout.trimEnd().split('\n');
    expect(lines.map((line) => article(line).source.path)).toEqual(good);
    const errors = result.stderr.trimEnd().split('\n');
    expect(errors).toHaveLength(3);
    expect(errors[0]).toBe('vnnews: nope.txt: no such file');
    expect(errors[1]).toMatch(new RegExp(`^vnnews: ${BROKEN}/empty\\.txt: `));
    expect(errors[2]).toBe(`vnnews: ${BROKEN}: is a directory, not a file`);
    expect(result.stderr).not.toMatch(STACK_FRAME);
  });
});

describe('stdin', () => {
  const text = readFileSync(join(ROOT, SEED));

  it('no FILE reads stdin; source.path is null', () => {
    const result = vnnews(['parse'], { input: text });
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('');
    expectArticle(article(result.stdout), null);
  });

  it('"-" is stdin, also among files', () => {
    const alone = vnnews(['parse', '-'], { input: text });
    expect(alone.status).toBe(0);
    expectArticle(article(alone.stdout), null);

    const mixed = vnnews(['parse', SEED, '-'], { input: text });
    expect(mixed.status).toBe(0);
    expect(mixed.stdout.trimEnd().split('\n').map((line) => article(line).source.path)).toEqual([SEED, null]);
  });

  it('empty stdin is named <stdin>', () => {
    const result = vnnews(['parse'], { input: '' });
    expect(result.stdout).toBe('');
    expectOneError(result.stderr, '<stdin>', /empty/i);
    expect(result.status).toBe(1);
  });

  it('a file called "-" is reachable as ./-', () => {
    const result = vnnews(['parse', './-']);
    expect(result).toEqual({ stdout: '', stderr: 'vnnews: ./-: no such file\n', status: 1 });
  });
});

describe('--warnings', () => {
  const file = `${BROKEN}/shopping-list.txt`;

  it('warnings stay in the JSON and off stderr by default', () => {
    const result = vnnews(['parse', file]);
    expect(result.stderr).toBe('');
    expect(article(result.stdout).warnings.length).toBeGreaterThan(0);
  });

  it.each(['--warnings', '-W'])('%s prints each as FILE:LINE: warning: message (rule), exit still 0', (flag) => {
    const result = vnnews(['parse', flag, file]);
    expect(result.status).toBe(0);
    const expected = article(result.stdout).warnings.map(
      (w) => `vnnews: ${file}${w.line === null ? '' : `:${w.line}`}: warning: ${w.message} (${w.rule})`,
    );
    expect(result.stderr.trimEnd().split('\n')).toEqual(expected);
  });
});

describe('parse given an article JSON (its own output)', () => {
  it('refuses it in one line that points to export, for a file and for stdin; parse | officials too', () => {
    const json = join(ROOT, 'fixtures/seed/expected.json');
    const file = vnnews(['parse', json]);
    expect(file.status).toBe(1);
    expect(file.stdout).toBe('');
    expect(file.stderr).toBe(`vnnews: ${json}: is an article JSON already, not news text (vnnews export turns it into Markdown or HTML)\n`);
    const piped = vnnews(['officials'], { input: readFileSync(json) });
    expect(piped.status).toBe(1);
    expect(piped.stderr).toMatch(/^vnnews: <stdin>: is an article JSON already/);
    expect(piped.stderr).not.toMatch(STACK_FRAME);
  });
});
