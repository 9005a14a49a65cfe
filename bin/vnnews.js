#!/usr/bin/env node
// Node 22.1+ keeps compiled modules in a cache between runs (tsc's bin does the same); a no-op on Node 20.
import module from 'node:module';

module.enableCompileCache?.();
const { main } = await import('../dist/cli/main.js');
process.exitCode = await main(process.argv.slice(2));
