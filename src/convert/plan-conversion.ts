/**
 * Operands → the tasks of one run: collect the inputs, name their outputs, keep this
 * shard's part. Planning sees every input before the shard is taken, so each machine
 * of a sharded run names every output exactly as a single run would.
 */
import { WRITERS, type Format } from '../writers/index.js';
import { collectInputs, DEFAULT_EXTENSIONS, fileEntry } from './collect-inputs.js';
import { planOutputs } from './plan-outputs.js';
import { inShard, type Shard } from './shard.js';
import type { ConvertTask } from './types.js';

export interface PlanConversionOptions {
  /** The output directory. */
  out: string;
  formats: readonly Format[];
  /** Extensions taken from directory operands; default txt and md. */
  extensions?: readonly string[];
  /** Files listed one per line (--files-from): taken as they are, after the operands. */
  listed?: readonly string[];
  shard?: Shard;
}

export async function planConversion(operands: readonly string[], options: PlanConversionOptions): Promise<ConvertTask[]> {
  const collected = await collectInputs(operands, { extensions: options.extensions ?? DEFAULT_EXTENSIONS, exclude: [options.out] });
  for (const path of options.listed ?? []) collected.push(fileEntry(path));
  const tasks = planOutputs(collected, {
    out: options.out,
    extensions: options.formats.map((format) => WRITERS[format].extension),
  });
  const { shard } = options;
  return shard ? tasks.filter((task) => inShard(task.key, shard)) : tasks;
}
