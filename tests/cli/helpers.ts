/** Running the real, built binary (`node bin/vnnews.js …`) the way a user does. */
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const BIN = join(ROOT, 'bin', 'vnnews.js');
export const SEED = 'fixtures/seed/input.txt';
export const BROKEN = 'fixtures/broken';

export interface RunResult {
  stdout: string;
  stderr: string;
  status: number | null;
}

export interface RunOptions {
  /** Bytes on stdin (a pipe either way; empty when not given). */
  input?: string | Uint8Array;
  /** Variables to set (string) or remove (undefined) on top of a colour-free environment. */
  env?: Record<string, string | undefined>;
}

/** The environment of a run: ours, minus anything that would change colour. */
export function testEnv(extra: Record<string, string | undefined> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const name of ['FORCE_COLOR', 'NO_COLOR', 'NODE_OPTIONS']) delete env[name];
  for (const [name, value] of Object.entries(extra)) {
    if (value === undefined) delete env[name];
    else env[name] = value;
  }
  return env;
}

export function vnnews(args: string[], options: RunOptions = {}): RunResult {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd: ROOT,
    input: options.input ?? '',
    env: testEnv(options.env),
    encoding: 'utf8',
    timeout: 20_000,
  });
  if (result.error) throw result.error;
  return { stdout: result.stdout, stderr: result.stderr, status: result.status };
}

/** Runs a shell line (bash) from the repository root. */
export function shell(line: string, env: Record<string, string | undefined> = {}): RunResult {
  const result = spawnSync('bash', ['-c', line], { cwd: ROOT, env: testEnv(env), encoding: 'utf8', timeout: 20_000 });
  if (result.error) throw result.error;
  return { stdout: result.stdout, stderr: result.stderr, status: result.status };
}

/** A line of a JS stack trace ("    at f (file.js:1:2)"). */
export const STACK_FRAME = /^\s+at /m;

/** The bundled command line that bin/vnnews.js imports (scripts/bundle-cli.mjs writes dist/bin/). */
export const BUNDLE = join(ROOT, 'dist', 'bin', 'cli.js');

/**
 * The tests run dist/bin/, which `npm test` builds first. It bundles the library too, so
 * refuse to test a bundle older than anything in src/: it would pass or fail for the wrong code.
 */
export function assertBuilt(): void {
  const built = statSync(BUNDLE, { throwIfNoEntry: false });
  if (!built) throw new Error('dist/bin/cli.js is missing: run `npm run build` first');
  const newest = newestMtime(join(ROOT, 'src'));
  if (newest > built.mtimeMs) throw new Error('dist/bin/ is older than src/: run `npm run build` first');
}

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}
