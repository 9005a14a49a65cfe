/**
 * Start-up cost is set by what gets loaded. Pin it: the program loads commander and
 * its own small modules; the library only when a command runs; chalk only when a
 * message is printed in colour. (Timing itself is too noisy for a test; see the
 * measurement in the commit log.)
 */
import { spawnSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, BIN, ROOT, SEED, testEnv } from './helpers.js';

beforeAll(assertBuilt);

/** A module hook that prints every file:// URL loaded, one per line, on stderr. */
const HOOK = `export async function load(url, context, next) {
  if (url.startsWith('file:')) process.stderr.write('LOADED ' + url + '\\n');
  return next(url, context);
}`;
const REGISTER = `import { register } from 'node:module'; register(${JSON.stringify(`data:text/javascript,${encodeURIComponent(HOOK)}`)});`;

function loaded(args: string[], env: Record<string, string> = {}): string[] {
  const result = spawnSync(process.execPath, ['--import', `data:text/javascript,${encodeURIComponent(REGISTER)}`, BIN, ...args], {
    cwd: ROOT,
    env: testEnv(env),
    encoding: 'utf8',
    input: '',
  });
  const root = pathToFileURL(ROOT).href;
  return result.stderr
    .split('\n')
    .filter((line) => line.startsWith('LOADED '))
    .map((line) => line.slice('LOADED '.length).replace(root, ''));
}

const packages = (urls: string[]): string[] =>
  [...new Set(urls.flatMap((url) => /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url)?.[1] ?? []))].sort();

describe('modules loaded at start-up', () => {
  it('--version: commander and the CLI, not the library', () => {
    const urls = loaded(['--version']);
    expect(urls).toContain('dist/cli/main.js');
    expect(packages(urls)).toEqual(['commander']);
    expect(urls).not.toContain('dist/index.js');
    expect(urls.filter((url) => url.startsWith('dist/readers/'))).toEqual([]);
  });

  it('parse FILE: commander, the CLI and the library; no chalk, nothing else from node_modules', () => {
    const urls = loaded(['parse', SEED]);
    expect(urls).toContain('dist/index.js');
    expect(packages(urls)).toEqual(['commander']);
  });

  it('chalk only once a coloured message is printed', () => {
    expect(packages(loaded(['parse', 'nope.txt']))).toEqual(['commander']);
    expect(packages(loaded(['parse', 'nope.txt'], { FORCE_COLOR: '1' }))).toEqual(['chalk', 'commander']);
  });
});
