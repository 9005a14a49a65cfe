/**
 * `--shard K/N`: a deterministic 1/N of the inputs, so N machines can split one archive
 * with no coordination. An input belongs to shard K when FNV-1a (32-bit) of the UTF-8
 * bytes of its key, mod N, is K - 1. The key is the input's path relative to its root
 * (what names its output), so the split is the same on every machine given the same
 * tree, wherever it is mounted, and adding files moves no other file between shards.
 */
import { VnnewsError } from '../errors.js';

export interface Shard {
  /** 1-based: 1..count. */
  index: number;
  count: number;
}

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

export function fnv1a(key: string): number {
  let hash = FNV_OFFSET;
  for (const byte of Buffer.from(key, 'utf8')) {
    hash ^= byte;
    hash = Math.imul(hash, FNV_PRIME) >>> 0;
  }
  return hash;
}

export function inShard(key: string, shard: Shard): boolean {
  return fnv1a(key) % shard.count === shard.index - 1;
}

/** "2/8" → { index: 2, count: 8 }; a usage error for anything else. */
export function parseShard(text: string): Shard {
  const match = /^(\d+)\/(\d+)$/.exec(text.trim());
  const index = Number(match?.[1]);
  const count = Number(match?.[2]);
  if (!match || count < 1 || index < 1 || index > count) {
    throw new VnnewsError('USAGE', `--shard ${text}: expected K/N with 1 <= K <= N, e.g. 1/4`);
  }
  return { index, count };
}
