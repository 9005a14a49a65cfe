/**
 * Preloaded into the vnnews binary by tests/robustness/memory.test.ts (NODE_OPTIONS=--require):
 * when the process ends, write its peak resident set size in bytes (getrusage's ru_maxrss,
 * which Node gives in kilobytes) to the file named by VNNEWS_TEST_RSS_FILE.
 */
const { writeFileSync } = require('node:fs');

process.on('exit', () => {
  writeFileSync(process.env.VNNEWS_TEST_RSS_FILE, String(process.resourceUsage().maxRSS * 1024));
});
