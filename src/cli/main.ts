/** PLACEHOLDER CLI: replaced by the commander program. */
import { readFileSync } from 'node:fs';
import { parseBytes } from '../index.js';

export function main(argv: string[]): void {
  const file = argv[1];
  if (argv[0] !== 'parse' || !file) {
    process.stderr.write('usage: vnnews parse FILE\n');
    process.exitCode = 2;
    return;
  }
  process.stdout.write(JSON.stringify(parseBytes(readFileSync(file), { path: file }), null, 2) + '\n');
}
