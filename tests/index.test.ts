/**
 * Pins the public library surface. Adding, removing or renaming an export is a change to
 * the contract: update this list on purpose, in the same commit, and say so in the log.
 */
import { describe, expect, it } from 'vitest';
import * as vnnews from '../src/index.js';

describe('src/index.ts', () => {
  it('exports exactly these runtime names', () => {
    expect(Object.keys(vnnews).sort()).toEqual([
      'DEFAULT_MAX_SIZE',
      'ENRICHERS',
      'EXIT',
      'SCHEMA_VERSION',
      'VnnewsError',
      'atomicWrite',
      'collectInputs',
      'convertFile',
      'convertFiles',
      'findReferences',
      'inShard',
      'parseArticle',
      'parseBytes',
      'parseDocument',
      'parseShard',
      'planConversion',
      'planOutputs',
      'toHtml',
      'toMarkdown',
    ]);
  });

  it('is at schema version 1', () => {
    expect(vnnews.SCHEMA_VERSION).toBe(1);
  });
});
