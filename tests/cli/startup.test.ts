/**
 * Start-up cost is set by what gets loaded. Pin it: the program loads commander and
 * its own small modules; the parser only when `parse` runs, the whole library (with
 * convert and its worker) only for `convert`; chalk only when a message is printed in colour. (Timing itself is too noisy for a test; see the
 * measurement in the commit log.)
 *
 * The CLI runs as a bundle (scripts/bundle-cli.mjs): a few files in dist/bin/ whose
 * sources esbuild lists in dist/bin/meta.json. So a run is pinned twice: by the files
 * it loads, and by the sources inside them.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
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

/** Node's built-in modules loaded by the end of a run (process.moduleLoadList, printed at exit). */
function builtins(args: string[]): string[] {
  const hook = 'process.on("exit", () => process.stderr.write("BUILTINS " + process.moduleLoadList.join("|") + "\\n"));';
  const result = spawnSync(process.execPath, ['--import', `data:text/javascript,${encodeURIComponent(hook)}`, BIN, ...args], {
    cwd: ROOT,
    env: testEnv(),
    encoding: 'utf8',
    input: '',
  });
  const line = result.stderr.split('\n').find((l) => l.startsWith('BUILTINS '));
  if (!line) throw new Error(`no module list printed: ${result.stderr}`);
  return line.slice('BUILTINS '.length).split('|');
}

interface BundleMeta {
  outputs: Record<string, { inputs: Record<string, unknown>; imports: { path: string }[] }>;
}

function bundleMeta(): BundleMeta {
  return JSON.parse(readFileSync(join(ROOT, 'dist/bin/meta.json'), 'utf8')) as BundleMeta;
}

/** Every source (src/… or node_modules/…) inside the bundle files a run loaded. */
function sources(urls: string[]): string[] {
  const meta = bundleMeta();
  return urls.flatMap((url) => Object.keys(meta.outputs[url]?.inputs ?? {}));
}

const packages = (paths: string[]): string[] =>
  [...new Set(paths.flatMap((path) => /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path)?.[1] ?? []))].sort();

/** The parser's stages, which only a command that parses should load. */
const LIBRARY = /^src\/(parse\.ts|text\/|readers\/text\/|enrichers\/)/;

/** Packages of the writers and of the Markdown and JSON readers: never for a plain parse. */
const HEAVY = /^(unified|remark-|mdast-|micromark|hast|yaml|ajv)/;
const heavy = (urls: string[]): string[] => packages(sources(urls)).filter((name) => HEAVY.test(name));

describe('modules loaded at start-up', () => {
  it('--version: the CLI bundle (commander and src/cli), not the library', () => {
    const urls = loaded(['--version']);
    expect(urls).toContain('dist/bin/cli.js');
    expect(urls).not.toContain('dist/bin/convert.js');
    expect(urls).not.toContain('dist/bin/parser.js');
    const inside = sources(urls);
    expect(inside).toContain('src/cli/main.ts');
    expect(packages(inside)).toEqual(['commander']);
    expect(inside.filter((path) => LIBRARY.test(path))).toEqual([]);
  });

  it('--version, parse, officials and export load only the bin and dist/bin/: nothing from node_modules, not dist/index.js', () => {
    for (const args of [['--version'], ['parse', SEED], ['officials', SEED], ['export', SEED]]) {
      const outside = loaded(args).filter((url) => !url.startsWith('dist/bin/'));
      expect(outside, args.join(' ')).toEqual(['bin/vnnews.js']);
    }
  });

  it('parse FILE: the CLI and the parser (src/parse.ts, not src/index.ts and its writers); no chalk', () => {
    const urls = loaded(['parse', SEED]);
    expect(urls).toContain('dist/bin/parser.js');
    const inside = sources(urls);
    expect(inside).toContain('src/parse.ts');
    expect(inside).toContain('src/readers/text/index.ts');
    expect(inside).not.toContain('src/index.ts');
    // The JSON writer (two small files, no packages) prints the article; no other writer.
    expect(inside.filter((path) => /^src\/(writers|readers\/(markdown\/index|json))/.test(path))).toEqual(['src/writers/json-chunks.ts', 'src/writers/json.ts']);
    expect(packages(inside)).toEqual(['commander']);
  });

  it('parse FILE.md: the Markdown reader (remark-parse, yaml), no writer, no ajv', () => {
    const urls = loaded(['parse', 'fixtures/seed/expected.md']);
    expect(urls).toContain('dist/bin/markdown-reader.js');
    expect(urls).not.toContain('dist/bin/markdown.js');
    expect(heavy(urls)).toContain('remark-parse');
    expect(heavy(urls)).toContain('yaml');
    expect(heavy(urls).filter((name) => /^(remark-stringify|mdast-util-to-markdown|hast|ajv)/.test(name))).toEqual([]);
  });

  it('export --to md: remark-stringify, not yaml (the front matter has its own emitter), hast, remark-parse or ajv', () => {
    const urls = loaded(['export', '--to', 'md', SEED]);
    expect(urls).toContain('dist/bin/markdown.js');
    expect(heavy(urls)).toContain('remark-stringify');
    expect(sources(urls)).toContain('src/writers/markdown/yaml-block.ts');
    expect(heavy(urls).filter((name) => /^(hast|remark-parse|ajv|yaml)/.test(name))).toEqual([]);
  });

  it('export --to html: hastscript and hast-util-to-html, nothing of remark, yaml or ajv', () => {
    const urls = loaded(['export', '--to', 'html', SEED]);
    expect(urls).toContain('dist/bin/html.js');
    expect(heavy(urls)).toContain('hastscript');
    expect(heavy(urls)).toContain('hast-util-to-html');
    expect(heavy(urls).filter((name) => /^(unified|remark-|mdast-|micromark|yaml|ajv)/.test(name))).toEqual([]);
  });

  it('export --to json of article JSON: the compiled schema check, no ajv, not the parser or any writer', () => {
    const urls = loaded(['export', '--to', 'json', 'fixtures/seed/expected.json']);
    expect(urls).toContain('dist/bin/article-json.js');
    expect(urls).not.toContain('dist/bin/parser.js');
    expect(sources(urls)).toContain('src/readers/json/validate-article.generated.ts');
    expect(heavy(urls)).toEqual([]);
  });

  it('officials FILE: the parser like parse, and the table renderer; no writer, no chalk when piped', () => {
    const urls = loaded(['officials', SEED]);
    expect(urls).toContain('dist/bin/parser.js');
    expect(urls).not.toContain('dist/bin/chalk.js');
    const inside = sources(urls);
    expect(inside).toContain('src/parse.ts');
    expect(inside).not.toContain('src/index.ts');
    expect(inside).toContain('src/cli/officials-table.ts');
    expect(packages(inside)).toEqual(['commander']);
  });

  it('--version and parse do not load node:child_process (commander asks for it; it gets a stand-in that loads it on first use)', () => {
    for (const args of [['--version'], ['parse', SEED]]) {
      const list = builtins(args);
      expect(list, args.join(' ')).toContain('NativeModule internal/fs/utils');
      expect(list.filter((name) => /child_process/.test(name)), args.join(' ')).toEqual([]);
    }
  });

  it('--version does not load the officials table renderer either', () => {
    expect(sources(loaded(['--version']))).not.toContain('src/cli/officials-table.ts');
  });

  it('officials with FORCE_COLOR loads chalk for the table on stdout', () => {
    expect(loaded(['officials', SEED], { FORCE_COLOR: '1' })).toContain('dist/bin/chalk.js');
  });

  it('parse FILE: nothing of convert, no workers', () => {
    const urls = loaded(['parse', SEED]);
    expect(urls).not.toContain('dist/bin/convert.js');
    expect(urls).not.toContain('dist/bin/worker.js');
    expect(sources(urls).filter((path) => path.startsWith('src/convert/'))).toEqual([]);
  });

  it('convert --to json: the batch engine, worker.js only when it runs workers, and no writer but JSON', () => {
    const out = mkdtempSync(join(tmpdir(), 'vnnews-startup-'));
    try {
      const one = loaded(['convert', SEED, '--out', out, '-j1', '--force']);
      expect(one).toContain('dist/bin/convert.js');
      expect(one.filter((url) => /dist\/bin\/(markdown|html)/.test(url))).toEqual([]);
      expect(one).not.toContain('dist/bin/worker.js');
      const urls = loaded(['convert', SEED, 'fixtures/cms-export/input.txt', '--out', out, '-j2', '--force']);
      expect(urls).toContain('dist/bin/worker.js');
      expect(urls.filter((url) => !url.startsWith('dist/bin/'))).toEqual(['bin/vnnews.js']);
      expect(packages(sources(urls))).toEqual(['commander']);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
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
  it('the parser is bundled once, outside the CLI entry; commander and chalk once each', () => {
    const files = Object.keys(bundleMeta().outputs).filter((file) => file.endsWith('.js'));
    const holders = (pattern: RegExp): string[] => files.filter((file) => sources([file]).some((path) => pattern.test(path)));
    const parser = /^src\/(parse\.ts|text\/|readers\/text\/|enrichers\/)/;
    expect(holders(parser)).toHaveLength(1);
    expect(holders(LIBRARY)).not.toContain('dist/bin/cli.js');
    expect(holders(/^node_modules\/commander\//)).toEqual(['dist/bin/cli.js']);
    expect(holders(/^node_modules\/chalk\//)).toEqual(['dist/bin/chalk.js']);
  });

  it('parser.js, convert.js and worker.js share one copy of the parser', () => {
    const imports = (file: string): string[] => bundleMeta().outputs[file]!.imports.map((i) => i.path);
    const [parserChunk] = Object.keys(bundleMeta().outputs).filter((file) => sources([file]).includes('src/parse.ts'));
    for (const entry of ['dist/bin/parser.js', 'dist/bin/convert.js', 'dist/bin/worker.js']) {
      expect(imports(entry).some((path) => path === parserChunk || imports(path).includes(parserChunk!)), entry).toBe(true);
    }
  });
});
