#!/usr/bin/env node
/**
 * Bundles the command line into dist/bin/ (`npm run build` runs it after tsc has built
 * the library's dist/index.js and types, which stay as they are for `import 'vnnews'`).
 *
 * Why: start-up time. Unbundled, `vnnews parse FILE` resolved and compiled ~40 modules
 * (commander's, the CLI's, the library's); bundled, it reads a handful of files. The
 * split keeps the old laziness, and tests/cli/startup.test.ts pins it by these names:
 *
 *   cli.js       the program and commander: all that --version and --help load
 *   parser.js    the parser alone (src/parse.ts), loaded by `parse` and `export` with
 *                import(); not src/index.ts, which also exports the writers (remark, hast)
 *   markdown.js  the Markdown writer (unified, remark-stringify, yaml), for export --to md
 *   markdown-reader.js  the Markdown reader (remark-parse), for a .md input
 *   html-reader.js  the HTML reader (parse5 through hast), for a saved page (.html)
 *   html.js      the HTML writer (hastscript, hast-util-to-html), for export --to html
 *   article-json.js  the article-JSON reader (the schema compiled ahead of time), for a JSON input
 *   convert.js   the batch engine (src/convert/index.ts), loaded by `convert` with import()
 *   worker.js    convert's worker thread (src/convert/worker.ts), with -j above 1
 *   chalk.js     loaded only when a message is printed in colour
 *   worker.js    the worker thread of `convert -j N` (src/convert/worker.ts); pool.ts,
 *                bundled beside it, finds it as ./worker.js
 *   shared-*.js  what two of them share (src/errors.ts, esbuild's helpers)
 *   meta.json    esbuild's record of which source went into which file, for that test
 *
 * Every file sits in dist/bin/, two levels below the package root, as src/cli/ does:
 * package-info.ts finds package.json at ../../ from either.
 *
 * esbuild only strips types; `npm run typecheck` (tsconfig.json, isolatedModules) checks them.
 */
import { rm, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const OUT = 'dist/bin';

/**
 * commander is CommonJS and require()s Node built-ins (node:events…), which an ES module
 * has no `require` for: give each output file one.
 */
const REQUIRE_BANNER = "import { createRequire as __vnnewsRequire } from 'node:module'; const require = __vnnewsRequire(import.meta.url);";

/**
 * commander require()s node:child_process when it loads, for stand-alone executable
 * subcommands, which vnnews has none of; loading it (and node:net behind it) was ~5 ms of
 * every start. Commander gets a stand-in that loads the real module on first use.
 */
const lazyChildProcess = {
  name: 'lazy-child-process',
  setup(build) {
    build.onResolve({ filter: /^node:child_process$/ }, (args) =>
      /[\\/]node_modules[\\/]commander[\\/]/.test(args.importer) ? { path: 'child_process', namespace: 'lazy-builtin' } : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: 'lazy-builtin' }, () => ({
      loader: 'js',
      contents: "let real; module.exports = new Proxy({}, { get: (_, key) => (real ??= require('node:child_process'))[key] });",
    }));
  },
};

await rm(new URL(`../${OUT}`, import.meta.url), { recursive: true, force: true });
const { metafile } = await build({
  absWorkingDir: ROOT,
  entryPoints: {
    cli: 'src/cli/main.ts',
    parser: 'src/parse.ts',
    convert: 'src/convert/index.ts',
    worker: 'src/convert/worker.ts',
    markdown: 'src/writers/markdown/index.ts',
    'markdown-reader': 'src/readers/markdown/index.ts',
    'html-reader': 'src/readers/html/index.ts',
    html: 'src/writers/html/index.ts',
    'article-json': 'src/readers/json/index.ts',
    chalk: 'chalk',
  },
  outdir: OUT,
  chunkNames: 'shared-[hash]',
  bundle: true,
  splitting: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  banner: { js: REQUIRE_BANNER },
  sourcemap: 'linked',
  // Fewer bytes for V8 to scan at each start (comments and blanks are a third of the code); names
  // stay, so stack traces with --debug still read, and the source map points back to src/.
  minifyWhitespace: true,
  minifySyntax: true,
  metafile: true,
  plugins: [lazyChildProcess],
  logLevel: 'warning',
});
await writeFile(new URL(`../${OUT}/meta.json`, import.meta.url), `${JSON.stringify(metafile, null, 2)}\n`);
