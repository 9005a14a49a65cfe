#!/usr/bin/env node
// Node 22.1+ keeps compiled modules in a cache between runs (tsc's bin does the same); a no-op on Node 20.
import module from 'node:module';
import v8 from 'node:v8';

module.enableCompileCache?.();
// The reader runs a few hundred patterns, most of them once per line. By default V8 first
// compiles each to bytecode and interprets it, then compiles it again to machine code once it
// has run: for one article, two compilations and a slow first run of every pattern. Straight
// to machine code, `vnnews parse one.txt` starts about 20 ms (7%) sooner, and long runs are no
// slower (README, Speed). The flag is set before any pattern runs, in the CLI's own process
// only: the library never sets flags in its user's process.
try {
  v8.setFlagsFromString('--no-regexp-tier-up');
  // The old generation grows by 40% between full collections instead of V8's default of up to
  // 4x for a fast allocator: a 20 MB article, read in one piece, peaks at ~265-275 MB of
  // resident memory instead of ~300 MB (the robustness limit), in the same time; small inputs
  // never reach a full collection (README, Speed).

} catch {
  // a Node that refuses flags at run time is only slower, or bigger
}
// The CLI bundled by scripts/bundle-cli.mjs: one file, which loads the library only to parse.
const { main } = await import('../dist/bin/cli.js');
process.exitCode = await main(process.argv.slice(2));
