/** Reporting a bug in vnnews: the only message that may carry a stack trace. */
import type { Io } from './io.js';
import { readPackageInfo } from './package-info.js';

export interface InternalOptions {
  /** The input being processed when it happened, if any. */
  file?: string | null;
  /** --debug: print the stack. */
  debug: boolean;
}

export async function reportInternal(io: Io, error: unknown, { file = null, debug }: InternalOptions): Promise<void> {
  const message = error instanceof Error ? error.message : String(error);
  await io.error(file, `internal error: ${message}`, debug ? stackOf(error) : undefined);
  const { version, issues } = await packageInfoOrUnknown();
  const where = issues ? ` at ${issues}` : '';
  const hint = debug ? '' : '; run again with --debug for the stack trace';
  io.note(`vnnews: please report this${where} with the input file (vnnews ${version}, node ${process.version})${hint}`);
}

/** The stack, followed by the chain of causes. */
export function stackOf(error: unknown): string {
  const parts: string[] = [];
  let current: unknown = error;
  for (let depth = 0; current !== undefined && depth < 5; depth += 1) {
    parts.push(current instanceof Error ? (current.stack ?? String(current)) : String(current));
    current = current instanceof Error ? current.cause : undefined;
  }
  return parts.join('\ncaused by: ');
}

async function packageInfoOrUnknown(): Promise<{ version: string; issues: string | null }> {
  try {
    return await readPackageInfo();
  } catch {
    return { version: 'unknown', issues: null };
  }
}
