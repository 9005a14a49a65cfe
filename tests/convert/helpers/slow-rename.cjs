/**
 * Preloaded into `vnnews convert` by tests/convert/kill.test.ts (NODE_OPTIONS=--require;
 * worker threads load it too): every rename of a temporary file over its output waits
 * VNNEWS_TEST_RENAME_DELAY_MS first, as on a slow disk, so that a test can see the
 * temporary file and kill the process while it is there. Nothing else changes.
 */
const fs = require('node:fs');
const { syncBuiltinESMExports } = require('node:module');

const rename = fs.renameSync;
const delay = Number(process.env.VNNEWS_TEST_RENAME_DELAY_MS ?? 0);
fs.renameSync = function renameSlowly(from, to) {
  if (delay > 0 && String(from).endsWith('.tmp')) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, delay);
  return rename.call(this, from, to);
};
syncBuiltinESMExports(); // the bundle imports node:fs as an ES module: give it the patched function
