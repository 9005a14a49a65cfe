/** The public library surface of vnnews. Everything a script needs is exported here. */
export { parseArticle, parseBytes, parseDocument, type ParseOptions } from './parse.js';
export { VnnewsError, EXIT, type ErrorCode } from './errors.js';
export {
  SCHEMA_VERSION,
  type Article,
  type ArticleImage,
  type Byline,
  type Mention,
  type Official,
  type Reference,
  type Source,
  type Warning,
} from './model/article.js';
export { convertFiles, type ConvertOptions } from './convert/convert-files.js';
export { convertFile, DEFAULT_MAX_SIZE, type FileOptions } from './convert/convert-file.js';
export { planConversion, type PlanConversionOptions } from './convert/plan-conversion.js';
export { planOutputs, type PlanOptions } from './convert/plan-outputs.js';
export { collectInputs, type CollectOptions } from './convert/collect-inputs.js';
export { atomicWrite } from './convert/atomic-write.js';
export { inShard, parseShard, type Shard } from './convert/shard.js';
export type { ConvertFs } from './convert/fs.js';
export type { ConvertError, ConvertErrorCode, ConvertResult, ConvertStatus, ConvertTask, InputEntry } from './convert/types.js';
