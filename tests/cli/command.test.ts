/** Options declared as data reach a command's `run` as typed flags and values. */
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { defineCommand, type RunContext } from '../../src/cli/command.js';
import { createIo } from '../../src/cli/io.js';
import { buildProgram, type UsageMessage } from '../../src/cli/program.js';

const OPTIONS = [
  { key: 'quiet', flags: '-q, --quiet', description: 'say less' },
  { key: 'frontMatter', flags: '--no-front-matter', description: 'leave out the front matter' },
  { key: 'to', flags: '--to <format>', description: 'output format', value: { default: 'json', choices: ['json', 'md'] } },
  { key: 'out', flags: '-o, --out <file>', description: 'output file', value: {} },
  { key: 'ext', flags: '--ext <ext>', description: 'extension', value: { repeatable: true } },
] as const;

async function run(argv: string[]): Promise<{ seen: RunContext | null; usage: UsageMessage[] }> {
  let seen: RunContext | null = null;
  const usage: UsageMessage[] = [];
  const command = defineCommand({
    name: 'try',
    summary: 'try options',
    description: 'try options',
    operands: { syntax: '[FILE...]', description: 'files' },
    options: OPTIONS,
    examples: [],
    run: async (context) => {
      seen = context as RunContext;
      return 0;
    },
  });
  const io = createIo({ stdin: new PassThrough(), stdout: new PassThrough(), stderr: new PassThrough(), env: {} });
  const program = buildProgram({ version: '0', commands: [command], io, usage, onExit: () => {} });
  try {
    await program.parseAsync(argv, { from: 'user' });
  } catch {
    // commander's usage errors end up in `usage`
  }
  return { seen, usage };
}

describe('option specs', () => {
  it('defaults: flags false, negatable flags true, value defaults applied, absent values undefined', async () => {
    const { seen } = await run(['try', 'a.txt']);
    expect(seen!.operands).toEqual(['a.txt']);
    expect(seen!.flags).toEqual({ quiet: false, frontMatter: true });
    expect(seen!.values).toEqual({ to: 'json', out: undefined, ext: undefined });
  });

  it('given values, negations and repeated options', async () => {
    const { seen } = await run(['try', '-q', '--no-front-matter', '--to', 'md', '-o', 'x.md', '--ext', 'txt', '--ext', 'md']);
    expect(seen!.flags).toEqual({ quiet: true, frontMatter: false });
    expect(seen!.values).toEqual({ to: 'md', out: 'x.md', ext: ['txt', 'md'] });
  });

  it('a value outside the choices is a usage error and the command does not run', async () => {
    const { seen, usage } = await run(['try', '--to', 'pdf']);
    expect(seen).toBeNull();
    expect(usage.map((u) => u.text).join('\n')).toMatch(/'pdf' is invalid.*json, md/s);
  });
});
