/**
 * Start-up cost is set by what gets loaded. Pin it: the program loads commander and
 * its own small modules; the library only when a command runs; chalk only when a
 * message is printed in colour. (Timing itself is too noisy for a test; see the
 * measurement in the commit log.)
 *
 * The CLI runs as a bundle (scripts/bundle-cli.mjs): a few files in dist/bin/ whose
 * sources esbuild lists in dist/bin/meta.json. So a run is pinned twice: by the files
 * it loads, and by the sources inside them.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
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

/** Every source (src/… or node_modules/…) inside the bundle files a run loaded. */
function sources(urls: string[]): string[] {
  const meta = JSON.parse(readFileSync(join(ROOT, 'dist/bin/meta.json'), 'utf8')) as {
    outputs: Record<string, { inputs: Record<string, unknown> }>;
  };
  return urls.flatMap((url) => Object.keys(meta.outputs[url]?.inputs ?? {}));
}

const packages = (paths: string[]): string[] =>
  [...new Set(paths.flatMap((path) => /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path)?.[1] ?? []))].sort();

/** The library's stages, which only a command that parses should load. */
const LIBRARY = /^src\/(index\.ts|parse\.ts|text\/|readers\/|enrichers\/)/;

describe('modules loaded at start-up', () => {
  it('--version: the CLI bundle (commander and src/cli), not the library', () => {
    const urls = loaded(['--version']);
    expect(urls).toContain('dist/bin/cli.js');
    expect(urls).not.toContain('dist/bin/library.js');
    const inside = sources(urls);
    expect(inside).toContain('src/cli/main.ts');
    expect(packages(inside)).toEqual(['commander']);
    expect(inside.filter((path) => LIBRARY.test(path))).toEqual([]);
  });

  it('--version, parse and officials load only the bin and dist/bin/: nothing from node_modules, not dist/index.js', () => {
    for (const args of [['--version'], ['parse', SEED], ['officials', SEED]]) {
      const outside = loaded(args).filter((url) => !url.startsWith('dist/bin/'));
      expect(outside, args.join(' ')).toEqual(['bin/vnnews.js']);
    }
  });

  it('parse FILE: the CLI and the library; no chalk', () => {
    const urls = loaded(['parse', SEED]);
    expect(urls).toContain('dist/bin/library.js');
    const inside = sources(urls);
    expect(inside).toContain('src/index.ts');
    expect(inside).toContain('src/readers/text/index.ts');
    expect(packages(inside)).toEqual(['commander']);
  });

  it('officials FILE: the library like parse, and the table renderer; no chalk when piped', () => {
    const urls = loaded(['officials', SEED]);
    expect(urls).toContain('dist/bin/library.js');
    expect(urls).not.toContain('dist/bin/chalk.js');
    const inside = sources(urls);
    expect(inside).toContain('src/index.ts');
    expect(inside).toContain('src/cli/officials-table.ts');
    expect(packages(inside)).toEqual(['commander']);
  });

  it('--version does not load the officials table renderer either', () => {
    expect(sources(loaded(['--version']))).not.toContain('src/cli/officials-table.ts');
  });

  it('officials with FORCE_COLOR loads chalk for the table on stdout', () => {
    expect(loaded(['officials', SEED], { FORCE_COLOR: '1' })).toContain('dist/bin/chalk.js');
  });

  it('chalk only once a coloured message is printed', () => {
    const plain = loaded(['parse', 'nope.txt']);
    expect(plain).not.toContain('dist/bin/chalk.js');
    expect(packages(sources(plain))).toEqual(['commander']);
    const coloured = loaded(['parse', 'nope.txt'], { FORCE_COLOR: '1' });
    expect(coloured).toContain('dist/bin/chalk.js');
    expect(packages(sources(coloured))).toEqual(['chalk', 'commander']);
  });
});

describe('what each bundle file holds (dist/bin/meta.json)', () => {
  it('the library is bundled once, in library.js: the CLI entry holds none of it', () => {
    const holders = (pattern: RegExp): string[] =>
      ['dist/bin/cli.js', 'dist/bin/library.js', 'dist/bin/chalk.js'].filter((file) =>
        sources([file]).some((path) => pattern.test(path)),
      );
    expect(holders(LIBRARY)).toEqual(['dist/bin/library.js']);
    expect(holders(/^node_modules\/commander\//)).toEqual(['dist/bin/cli.js']);
    expect(holders(/^node_modules\/chalk\//)).toEqual(['dist/bin/chalk.js']);
  });
});
