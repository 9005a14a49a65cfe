import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fnv1a, inShard, parseShard } from '../../src/convert/shard.js';

describe('shards', () => {
  it('FNV-1a 32-bit over UTF-8, pinned (other machines and languages must agree)', () => {
    expect(fnv1a('')).toBe(0x811c9dc5);
    expect(fnv1a('a')).toBe(0xe40c292c);
    expect(fnv1a('foobar')).toBe(0xbf9cf968);
    expect(fnv1a('tin tức.txt')).toBe(fnv1a('tin tức.txt'.normalize('NFC')));
  });

  it('every key is in exactly one of the N shards', () => {
    fc.assert(
      fc.property(fc.string(), fc.integer({ min: 1, max: 16 }), (key, count) => {
        const owners = Array.from({ length: count }, (_, k) => inShard(key, { index: k + 1, count })).filter(Boolean);
        expect(owners).toHaveLength(1);
      }),
    );
  });

  it('splits a list roughly evenly', () => {
    const keys = Array.from({ length: 4000 }, (_, i) => `d${i % 40}/tin-${i}.txt`);
    for (let index = 1; index <= 4; index += 1) {
      const share = keys.filter((key) => inShard(key, { index, count: 4 })).length;
      expect(share).toBeGreaterThan(800);
      expect(share).toBeLessThan(1200);
    }
  });

  it('parses K/N and rejects the rest as usage errors', () => {
    expect(parseShard('2/8')).toEqual({ index: 2, count: 8 });
    for (const bad of ['0/2', '3/2', '1/0', '1', 'a/b', '1/2/3', '-1/2']) {
      expect(() => parseShard(bad), bad).toThrow(/expected K\/N/);
    }
  });
});
