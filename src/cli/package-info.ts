// fs/promises, not fs: importing node:fs into an ES module costs ~3 ms at start-up.
import { readFile } from 'node:fs/promises';

export interface PackageInfo {
  version: string;
  /** Where to report bugs, from package.json `bugs` (or `repository`), if it says. */
  issues: string | null;
}

/** Read vnnews's own package.json (one small file; cheaper than importing JSON). */
export async function readPackageInfo(): Promise<PackageInfo> {
  // src/cli/ and the bundle's dist/bin/ both sit two levels below the package root
  // (scripts/bundle-cli.mjs keeps every output file there; the --version test checks it).
  const url = new URL('../../package.json', import.meta.url);
  const pkg = JSON.parse(await readFile(url, 'utf8')) as {
    version?: unknown;
    bugs?: unknown;
    repository?: unknown;
  };
  return { version: typeof pkg.version === 'string' ? pkg.version : '0.0.0', issues: issuesUrl(pkg) };
}

/** Where to report bugs, from package.json `bugs`, else a GitHub `repository` URL (exported for its tests). */
export function issuesUrl(pkg: { bugs?: unknown; repository?: unknown }): string | null {
  const { bugs, repository } = pkg;
  if (typeof bugs === 'string') return bugs;
  if (isRecord(bugs) && typeof bugs.url === 'string') return bugs.url;
  const repo = isRecord(repository) ? repository.url : repository;
  if (typeof repo !== 'string') return null;
  // The owner has no ':' (GitHub allows none): with [^/]+, each "github.com:" of a long run of
  // them read on to the same '/', a quadratic search (recheck). Real URLs match as before.
  const match = /github\.com[/:]([^/:]+\/[^/.]+)/.exec(repo);
  return match ? `https://github.com/${match[1]}/issues` : null;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}
