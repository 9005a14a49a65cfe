#!/usr/bin/env node
// Node 22.1+ keeps compiled modules in a cache between runs (tsc's bin does the same); a no-op on Node 20.
import module from 'node:module';

module.enableCompileCache?.();
// The CLI bundled by scripts/bundle-cli.mjs: one file, which loads the library only to parse.
const { main } = await import('../dist/bin/cli.js');
process.exitCode = await main(process.argv.slice(2));
