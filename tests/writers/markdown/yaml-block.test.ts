/**
 * The front matter's YAML emitter: every value reads back as written (the yaml package parses
 * it), and on real articles it writes the same bytes as the yaml package's document model did.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Document, Scalar, isMap, isScalar, isSeq, parse } from 'yaml';
import { parseBytes } from '../../../src/parse.js';
import { frontMatterOf, frontMatterYaml } from '../../../src/writers/markdown/front-matter.js';
import { yamlBlock } from '../../../src/writers/markdown/yaml-block.js';
import { anyText } from '../../properties/arbitraries.js';
import { holds } from '../../properties/settings.js';

const back = (map: Record<string, unknown>, flow = (key: string): boolean => key === 'mentions'): unknown => parse(yamlBlock(map, flow));

/** The yaml package's document model, set up as the writer used it before (mentions on one line). */
function packageYaml(data: Record<string, unknown>): string {
  const document = new Document(data);
  const officials = document.get('officials');
  if (isSeq(officials)) {
    for (const official of officials.items) {
      const mentions = isMap(official) ? official.get('mentions') : null;
      if (!isSeq(mentions)) continue;
      for (const mention of mentions.items) {
        if (!isMap(mention)) continue;
        mention.flow = true;
        for (const pair of mention.items) if (isScalar(pair.value) && typeof pair.value.value === 'string' && /[\n\r\u0085\u2028\u2029]/u.test(pair.value.value)) pair.value.type = Scalar.QUOTE_DOUBLE;
      }
    }
  }
  return document.toString({ lineWidth: 0 }).trimEnd();
}

function inputsUnder(dir: string, found: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) inputsUnder(path, found);
    else if (/^input\.txt$/u.test(name)) found.push(path);
  }
  return found;
}

describe('yamlBlock', () => {
  it('writes the layout of the yaml package on every fixture article', () => {
    const inputs = inputsUnder('fixtures');
    expect(inputs.length).toBeGreaterThan(5);
    for (const path of inputs) {
      const article = parseBytes(readFileSync(path), { path });
      const data = frontMatterOf(article) as unknown as Record<string, unknown>;
      expect(frontMatterYaml(article), path).toBe(packageYaml(data));
      expect(parse(frontMatterYaml(article)), path).toEqual(data);
    }
  });

  it('writes a string plain only when it reads back as that string', () => {
    const cases = ['null', 'Null', 'TRUE', 'false', '~', '123', '-1.5', '1e3', '.5', '0x1F', '0o17', '.inf', '-.Inf', '.NaN',
      '', ' lead', 'trail ', '- item', '? key', ': x', 'a: b', 'ends:', 'a #b', '#tag', '[x]', '{x}', '*ref', '&anchor', '!tag',
      '|', '>', "'q'", '"q"', '%YAML', '@x', '`x`', 'tab\there', 'c1\u0085x', 'ls\u2028x', 'bom\ufeffx', 'lone \ud800 x', 'del\x7f',
      '2025-03-11', '2025-03-11T20:25:00+07:00', '57-NQ/TW', 'Vũ Ba 11/03/2025 - 20:25', 'a, b', 'x]'];
    for (const text of cases) {
      expect(back({ title: text }), JSON.stringify(text)).toEqual({ title: text });
      expect(back({ officials: [{ mentions: [{ text }] }] }), JSON.stringify(text)).toEqual({ officials: [{ mentions: [{ text }] }] });
    }
    expect(yamlBlock({ title: 'Thông qua kết quả', number: '57-NQ/TW' })).toBe('title: Thông qua kết quả\nnumber: 57-NQ/TW');
    expect(yamlBlock({ title: '123' })).toBe('title: "123"');
    expect(yamlBlock({ title: 'a: b' })).toBe('title: "a: b"');
  });

  it('writes lines as a literal block where they read back, else escapes them', () => {
    expect(yamlBlock({ byline: 'Vũ Ba 11/03/2025\nVũ Ba' })).toBe('byline: |-\n  Vũ Ba 11/03/2025\n  Vũ Ba');
    expect(yamlBlock({ byline: 'a\n\nb' })).toBe('byline: |-\n  a\n\n  b');
    for (const text of ['a\n b', ' a\nb', 'a\nb\n', '\na', 'a\r\nb', 'a\n\u2028']) {
      expect(yamlBlock({ byline: text }), JSON.stringify(text)).toMatch(/^byline: "/u);
      expect(back({ byline: text })).toEqual({ byline: text });
    }
    expect(yamlBlock({ officials: [{ mentions: [{ text: 'a\nb' }] }] }, (key) => key === 'mentions')).toBe('officials:\n  - mentions:\n      - { text: "a\\nb" }');
  });

  it('writes collections as the yaml package does: empty ones inline, mappings in sequences after the dash', () => {
    const data = { authors: [], officials: [{ name: 'Trần Văn A', titles: ['Bí thư', 'Chủ tịch'], mentions: [{ in: 'paragraph', index: 0, start: 1, end: 5, text: 'A' }] }], source: { path: null, normalizations: [] }, nested: [[1, 2], []], empty: {} };
    expect(yamlBlock(data, (key) => key === 'mentions')).toBe(packageYaml(data));
    expect(back(data)).toEqual(data);
  });

  it('any string, in any place, reads back as written', async () => {
    await holds(
      'yamlBlock round trip',
      300,
      fc.property(anyText, fc.array(anyText, { maxLength: 3 }), (text, list) => {
        const data = { title: text, byline: list.join('\n'), authors: list, officials: [{ name: text, titles: list, mentions: list.map((t, i) => ({ in: 'paragraph', index: i, text: t })) }], source: { path: text } };
        expect(back(data)).toEqual(data);
        return true;
      }),
    );
  });
});
