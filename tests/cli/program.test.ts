/** The command line around the commands: help, version, usage errors. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, ROOT, STACK_FRAME, vnnews } from './helpers.js';

beforeAll(assertBuilt);

describe('help, asked for: stdout, exit 0', () => {
  it.each([['--help'], ['-h'], ['help']])('vnnews %s', (...args) => {
    const result = vnnews(args);
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout).toMatch(/^Usage: vnnews \[options\] \[command\]/);
    expect(result.stdout).toContain('parse [options] [FILE...]');
    expect(result.stdout).toContain('Examples:');
    expect(result.stdout).toContain('cat tin.txt | vnnews parse');
    expect(result.stdout).toMatch(/Exit codes:\n {2}0 .*\n {2}1 .*\n {2}2 .*\n {2}70 /);
  });

  it.each([['parse', '--help'], ['help', 'parse']])('vnnews %s %s', (...args) => {
    const result = vnnews(args);
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout).toMatch(/^Usage: vnnews parse \[options\] \[FILE\.\.\.\]/);
    for (const text of ['--compact', '--ndjson', '-W, --warnings', '--debug', 'Examples:', 'vnnews parse tin.txt | jq .title', 'Exit codes:']) {
      expect(result.stdout).toContain(text);
    }
  });

  it('help lines fit 80 columns', () => {
    for (const args of [['--help'], ['parse', '--help']]) {
      for (const line of vnnews(args).stdout.split('\n')) expect(line.length, line).toBeLessThanOrEqual(80);
    }
  });
});

describe('--version', () => {
  it.each(['--version', '-V'])('%s prints the version from package.json', (flag) => {
    const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
    expect(vnnews([flag])).toEqual({ stdout: `${version}\n`, stderr: '', status: 0 });
  });
});

describe('usage errors: stderr with a hint, nothing on stdout, exit 2', () => {
  const cases: [args: string[], message: string, hint: string][] = [
    [['parse', '--nope', 'a.txt'], "vnnews: unknown option '--nope'", '(see vnnews parse --help)'],
    [['--nope'], "vnnews: unknown option '--nope'", '(see vnnews --help)'],
    [['pasre', 'a.txt'], "vnnews: unknown command 'pasre'", '(see vnnews --help)'],
  ];
  it.each(cases)('%j', (args, message, hint) => {
    const result = vnnews(args);
    expect(result.stdout).toBe('');
    expect(result.status).toBe(2);
    const [first, ...rest] = result.stderr.trimEnd().split('\n');
    expect(first).toBe(message);
    expect(rest.at(-1)).toBe(hint);
    expect(result.stderr).not.toMatch(STACK_FRAME);
  });

  it('no command: the help, on stderr, exit 2', () => {
    const result = vnnews([]);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^Usage: vnnews/);
    expect(result.status).toBe(2);
  });

  it('"--" ends the options: a file may start with a dash', () => {
    const result = vnnews(['parse', '--', '--nope']);
    expect(result).toEqual({ stdout: '', stderr: 'vnnews: --nope: no such file\n', status: 1 });
  });
});
