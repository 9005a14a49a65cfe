/**
 * The batch engine's public surface: what `vnnews convert` and scripts use to convert
 * many files. Kept apart from src/index.ts so that the CLI's convert (and its workers)
 * load neither the Markdown nor the HTML writer unless asked for those formats.
 */
export { convertFiles, type ConvertOptions } from './convert-files.js';
export { convertFile, DEFAULT_MAX_SIZE, type FileOptions } from './convert-file.js';
export { planConversion, type PlanConversionOptions } from './plan-conversion.js';
export { planOutputs, type PlanOptions } from './plan-outputs.js';
export { collectInputs, type CollectOptions } from './collect-inputs.js';
export { atomicWrite } from './atomic-write.js';
export { inShard, parseShard, type Shard } from './shard.js';
export type { ConvertFs } from './fs.js';
export type { ConvertError, ConvertErrorCode, ConvertResult, ConvertStatus, ConvertTask, InputEntry } from './types.js';
