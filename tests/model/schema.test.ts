/**
 * The JSON Schema (src/model/article.schema.json) is the public contract; the TypeScript
 * types in src/model/article.ts describe the same shape. These tests keep the two, and
 * what the parser really emits, in agreement.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { closed } from './closed-schema.js';
import { Ajv2020, type ErrorObject } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import {
  parseArticle,
  parseBytes,
  SCHEMA_VERSION,
  type Article,
  type ArticleImage,
  type Byline,
  type Mention,
  type Official,
  type Reference,
  type Source,
  type Warning,
} from '../../src/index.js';
import { CREDIT_LABELS } from '../../src/model/credit-labels.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SCHEMA_FILE = 'src/model/article.schema.json';
/** The development corpus: a read-only folder beside the clone (absent in a bare clone). */
const CORPUS = resolve(ROOT, '../shared/corpus');

type JsonObject = { [key: string]: unknown };
const schema = JSON.parse(readFileSync(join(ROOT, SCHEMA_FILE), 'utf8')) as JsonObject;

/** The schema as published: open objects, unknown fields allowed (fields are only added in v1). */
const validate = new Ajv2020({ allErrors: true, strict: true }).compile(schema);

const validateClosed = new Ajv2020({ allErrors: true, strict: true }).compile(closed(schema) as JsonObject);

const explain = (errors: ErrorObject[] | null | undefined): string =>
  (errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? ''} ${JSON.stringify(e.params)}`).join('\n');

function expectValid(article: unknown): void {
  expect(validate(article), explain(validate.errors)).toBe(true);
  expect(validateClosed(article), `undocumented field:\n${explain(validateClosed.errors)}`).toBe(true);
}

/** Every key of T exactly once: a key missing here, or one T does not have, is a type error. */
const keysOf = <T>(all: { [K in keyof T]-?: true }): string[] => Object.keys(all).sort();

/**
 * Properties added within version 1 after documents were already written without them: not
 * required, so that an older document still reads (the JSON reader fills them in), but the
 * parser always writes them.
 */
const ADDED_LATER: Record<string, string[]> = { '#/$defs/image': ['creditLabel'] };

/** The keys of each TypeScript type, by the schema location that describes it. */
const TYPE_KEYS: Record<string, string[]> = {
  '#': keysOf<Article>({
    schemaVersion: true,
    section: true,
    title: true,
    byline: true,
    published: true,
    lead: true,
    paragraphs: true,
    images: true,
    officials: true,
    references: true,
    warnings: true,
    source: true,
  }),
  '#/$defs/byline': keysOf<Byline>({ text: true, authors: true }),
  '#/$defs/image': keysOf<ArticleImage>({ src: true, caption: true, credit: true, creditLabel: true, afterParagraph: true }),
  '#/$defs/official': keysOf<Official>({ name: true, titles: true, mentions: true }),
  '#/$defs/mention': keysOf<Mention>({ in: true, index: true, start: true, end: true, text: true }),
  '#/$defs/reference': keysOf<Reference>({ kind: true, number: true, date: true, issuer: true, title: true }),
  '#/$defs/warning': keysOf<Warning>({ line: true, rule: true, message: true }),
  '#/$defs/source': keysOf<Source>({ path: true, sha256: true, encoding: true, normalizations: true }),
};

/** The subschema at a local JSON pointer such as "#/$defs/byline". */
function at(pointer: string): JsonObject {
  let node: unknown = schema;
  for (const part of pointer.split('/').slice(1)) node = (node as JsonObject)[part];
  if (node === null || typeof node !== 'object') throw new Error(`no subschema at ${pointer}`);
  return node as JsonObject;
}

/** Every object schema (one with `properties`), with its location. */
function objectSchemas(node: unknown, path = '#'): [string, JsonObject][] {
  if (node === null || typeof node !== 'object') return [];
  const here: [string, JsonObject][] = 'properties' in node ? [[path, node as JsonObject]] : [];
  return here.concat(Object.entries(node).flatMap(([k, v]) => objectSchemas(v, `${path}/${k}`)));
}

const clone = <T>(value: T): T => structuredClone(value);
const seedText = readFileSync(join(ROOT, 'fixtures/seed/input.txt'), 'utf8');
const seed = parseArticle(seedText, { path: 'fixtures/seed/input.txt' });

describe('the schema itself', () => {
  it('is a valid draft 2020-12 schema', () => {
    const ajv = new Ajv2020();
    expect(ajv.validateSchema(schema), explain(ajv.errors)).toBe(true);
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
  });

  it('carries the model version in $id and schemaVersion', () => {
    expect(schema.$id).toBe(`https://vnnews.dev/schema/article-${SCHEMA_VERSION}.json`);
    expect(at('#/properties/schemaVersion').const).toBe(SCHEMA_VERSION);
  });

  it('requires every property it lists, at every level, but those added later within v1 (absent from older documents)', () => {
    for (const [path, node] of objectSchemas(schema)) {
      const later = ADDED_LATER[path] ?? [];
      expect([...(node.required as string[]), ...later].sort(), path).toEqual(Object.keys(node.properties as JsonObject).sort());
    }
  });

  it('lists exactly the credit labels of model/credit-labels.ts, and null', () => {
    expect(at('#/$defs/image').properties).toMatchObject({ creditLabel: { enum: [...CREDIT_LABELS, null] } });
  });

  it('describes every field', () => {
    for (const [path, node] of objectSchemas(schema)) {
      expect(node.description, path).toEqual(expect.any(String));
      for (const [key, field] of Object.entries(node.properties as JsonObject)) {
        expect((field as JsonObject).description, `${path}/properties/${key}`).toEqual(expect.any(String));
      }
    }
  });

  it('leaves objects open so fields can be added within v1', () => {
    for (const [path, node] of objectSchemas(schema)) expect(node.additionalProperties, path).toBeUndefined();
  });

  it('is what package.json exports as vnnews/schema.json and ships', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
      exports: Record<string, unknown>;
      files: string[];
    };
    expect(pkg.exports['./schema.json']).toBe(`./${SCHEMA_FILE}`);
    expect(pkg.files).toContain(SCHEMA_FILE);
  });
});

describe('the TypeScript types and the schema', () => {
  it.each(Object.keys(TYPE_KEYS))('%s: type keys = schema properties', (pointer) => {
    expect(Object.keys(at(pointer).properties as JsonObject).sort()).toEqual(TYPE_KEYS[pointer]);
  });

  it('the parser writes the properties added later too: every image has a creditLabel', () => {
    const images = parseArticle('Thời sự\nTiêu đề\nĐoạn mở đầu.\nĐoạn một.\nanh-1.jpg\nPhố cổ Hà Nội. Tranh: Bùi Xuân Phái\nĐoạn hai.').images;
    expect(images).toEqual([{ src: 'anh-1.jpg', caption: 'Phố cổ Hà Nội.', credit: 'Bùi Xuân Phái', creditLabel: 'Tranh', afterParagraph: 0 }]);
  });

  it('a parsed article has exactly the schema-required keys', () => {
    expect(Object.keys(seed).sort()).toEqual([...(schema.required as string[])].sort());
    expect(Object.keys(seed.source).sort()).toEqual([...(at('#/$defs/source').required as string[])].sort());
  });
});

describe('parser output validates', () => {
  it('the seed (fixtures/seed/input.txt), from a string and from bytes', () => {
    expectValid(seed);
    expectValid(parseBytes(readFileSync(join(ROOT, 'fixtures/seed/input.txt')), { path: 'fixtures/seed/input.txt' }));
  });

  const ODD_INPUTS: [string, string][] = [
    ['empty string', ''],
    ['one line', 'Chính trị'],
    ['a shopping list', 'Mua sắm:\n- 2 kg gạo\n- 1 chục trứng\n- nước mắm\n'],
    ['only blank lines', '\n\n\n\n'],
    ['only whitespace', ' \t\n\u00a0\r\n  \n'],
    ['CRLF and a BOM', '\ufeffTiêu đề\r\n\r\nĐoạn một.\r\n'],
    ['NFD text', 'Thông qua kết quả kiểm tra'.normalize('NFD')],
    ['control characters', '\u0000\u0001\u0007abc\u001b[31m'],
    ['a lone surrogate', 'a\ud800b'],
    ['one very long line', 'chữ '.repeat(50_000)],
    ['a date-like line only', '11/03/2025 - 20:25'],
    ['image lines only', 'a.jpg\nb.png\n\nc.jpg'],
  ];
  it.each(ODD_INPUTS)('odd input: %s (parseArticle never throws on a string)', (_name, text) => {
    expectValid(parseArticle(text));
  });

  if (existsSync(CORPUS)) {
    const files = readdirSync(CORPUS).filter((f) => f.endsWith('.txt')).sort();
    it.each(files)('corpus %s', (file) => {
      const bytes = readFileSync(join(CORPUS, file));
      expectValid(parseArticle(bytes.toString('utf8'), { path: `corpus/${file}` }));
      expectValid(parseBytes(bytes, { path: `corpus/${file}` }));
    });
  } else {
    it.skip(`corpus: skipped, no ${CORPUS} beside the clone`, () => {});
  }
});

describe('the schema rejects bad data', () => {
  const image: ArticleImage = { src: 'a.jpg', caption: 'Chú thích.', credit: null, creditLabel: null, afterParagraph: 0 };
  const valid = (): Article => ({
    ...clone(seed),
    byline: { text: 'Vũ Ba 11/03/2025 - 20:25', authors: ['Vũ Ba'] },
    images: [clone(image)],
    officials: [{ name: 'Trần Cẩm Tú', titles: ['Thường trực Ban Bí thư'], mentions: [{ in: 'paragraph', index: 0, start: 13, end: 24, text: 'Trần Cẩm Tú' }] }],
    references: [{ kind: 'Nghị quyết', number: '57-NQ/TW', date: '2024-12-22', issuer: 'Bộ Chính trị', title: null }],
    warnings: [{ line: 3, rule: 'byline/missing', message: 'no byline' }],
  });

  it('accepts the full valid example, and unknown extra fields', () => {
    expect(validate(valid()), explain(validate.errors)).toBe(true);
    expect(validate({ ...valid(), addedLater: { x: 1 } })).toBe(true);
  });

  it.each(['2025-03-11', '2025-03-11T20:25+07:00', '2025-03-11T20:25:00+07:00', '1999-12-31T23:59:59-05:30', null])(
    'accepts published %j',
    (published) => {
      expect(validate({ ...valid(), published }), explain(validate.errors)).toBe(true);
    },
  );

  type Mutation = [string, (a: JsonObject) => void];
  const get = (a: JsonObject, key: string): JsonObject => a[key] as JsonObject;
  const first = (a: JsonObject, key: string): JsonObject => (a[key] as JsonObject[])[0] as JsonObject;
  const MUTATIONS: Mutation[] = [
    ['missing title key', (a) => delete a.title],
    ['missing source key', (a) => delete a.source],
    ['schemaVersion 2', (a) => (a.schemaVersion = 2)],
    ['title a number', (a) => (a.title = 1)],
    ['caption a number', (a) => (first(a, 'images').caption = 42)],
    ['image without credit key', (a) => delete first(a, 'images').credit],
    ['afterParagraph -2', (a) => (first(a, 'images').afterParagraph = -2)],
    ['afterParagraph 1.5', (a) => (first(a, 'images').afterParagraph = 1.5)],
    ['published as printed (11/03/2025)', (a) => (a.published = '11/03/2025')],
    ['published without offset', (a) => (a.published = '2025-03-11T20:25')],
    ['published with a space', (a) => (a.published = '2025-03-11 20:25+07:00')],
    ['published month 13', (a) => (a.published = '2025-13-11')],
    ['published "Z" (offset must be +HH:MM)', (a) => (a.published = '2025-03-11T13:25Z')],
    ['byline a string', (a) => (a.byline = 'Vũ Ba')],
    ['byline without authors', (a) => delete get(a, 'byline').authors],
    ['paragraphs holding objects', (a) => (a.paragraphs = [{ text: 'x' }])],
    ['mention in an unknown field', (a) => ((first(a, 'officials').mentions as JsonObject[])[0]!.in = 'body')],
    ['reference without number key', (a) => delete first(a, 'references').number],
    ['reference without title key', (a) => delete first(a, 'references').title],
    ['reference date as printed (22/12/2024)', (a) => (first(a, 'references').date = '22/12/2024')],
    ['warning line 0', (a) => (first(a, 'warnings').line = 0)],
    ['warning without rule', (a) => delete first(a, 'warnings').rule],
    ['sha256 too short', (a) => (get(a, 'source').sha256 = 'abc123')],
    ['sha256 upper-case', (a) => (get(a, 'source').sha256 = 'A'.repeat(64))],
    ['source.path a number', (a) => (get(a, 'source').path = 7)],
  ];
  it.each(MUTATIONS)('rejects %s', (_name, mutate) => {
    const article = valid() as unknown as JsonObject;
    mutate(article);
    expect(validate(article)).toBe(false);
  });
});
