import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { jsonChunks } from '../../src/writers/json-chunks.js';
import { parseArticle } from '../../src/parse.js';

const joined = (value: unknown, indent: number, size?: number): string => [...jsonChunks(value, indent, size)].join('');

describe('jsonChunks: JSON.stringify in pieces', () => {
  it('is JSON.stringify exactly, compact and indented, for any JSON value and piece size', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.constantFrom(0, 2, 4), fc.integer({ min: 1, max: 64 }), (value, indent, size) => {
        expect(joined(value, indent, size)).toBe(JSON.stringify(value, null, indent));
      }),
      { seed: 20261127, numRuns: 300 },
    );
  });

  it('skips what JSON.stringify skips and applies toJSON', () => {
    const value = { a: undefined, b: () => 1, c: [undefined, () => 1, Symbol('s')], d: new Date(0), e: { toJSON: (key: string) => `key ${key}` }, f: {}, g: [] };
    for (const indent of [0, 2]) expect(joined(value, indent, 1)).toBe(JSON.stringify(value, null, indent));
    expect([...jsonChunks(undefined)]).toEqual([]);
  });

  it('keeps every piece near the piece size: a big article never exists as one string', () => {
    const text = readFileSync(new URL('../../fixtures/seed/input.txt', import.meta.url), 'utf8');
    const article = parseArticle(Array.from({ length: 40 }, () => text).join('\n\n'));
    const pieces = [...jsonChunks(article, 2, 4096)];
    expect(pieces.join('')).toBe(JSON.stringify(article, null, 2));
    expect(pieces.length).toBeGreaterThan(10);
    const longestParagraph = Math.max(...article.paragraphs.map((p) => JSON.stringify(p).length));
    for (const piece of pieces) expect(piece.length).toBeLessThan(4096 + longestParagraph + 200);
  });
});
