/**
 * What every article vnnews returns must satisfy: the JSON Schema (as published, and
 * closed: no field the schema does not document, at any depth), and the invariants the
 * schema states in words: a mention's `text` is its field's slice from `start` to `end`;
 * an image follows an existing paragraph (or none: -1).
 */
import { readFileSync } from 'node:fs';
import { closed } from '../model/closed-schema.js';
import { Ajv2020, type ErrorObject } from 'ajv/dist/2020.js';
import type { Article } from '../../src/model/article.js';

type JsonObject = { [key: string]: unknown };
const schema = JSON.parse(readFileSync(new URL('../../src/model/article.schema.json', import.meta.url), 'utf8')) as JsonObject;


const validate = new Ajv2020({ allErrors: true, strict: true }).compile(schema);
const validateClosed = new Ajv2020({ allErrors: true, strict: true }).compile(closed(schema) as JsonObject);

const explain = (errors: ErrorObject[] | null | undefined): string[] =>
  (errors ?? []).map((e) => `schema: ${e.instancePath || '/'} ${e.message ?? ''} ${JSON.stringify(e.params)}`);

/** Everything wrong with a parsed article; [] when it is sound. */
export function articleProblems(article: unknown): string[] {
  if (!validate(article)) return explain(validate.errors);
  if (!validateClosed(article)) return explain(validateClosed.errors).map((p) => `undocumented field: ${p}`);
  const a = article as Article;
  const problems: string[] = [];
  const field = (where: Article['officials'][number]['mentions'][number]): string | null => {
    switch (where.in) {
      case 'title':
        return a.title;
      case 'lead':
        return a.lead;
      case 'paragraph':
        return a.paragraphs[where.index] ?? null;
      case 'caption':
        return a.images[where.index]?.caption ?? null;
    }
  };
  for (const official of a.officials) {
    for (const mention of official.mentions) {
      const text = field(mention);
      if (text === null || mention.start > mention.end || text.slice(mention.start, mention.end) !== mention.text) {
        problems.push(`mention of ${JSON.stringify(official.name)} ${JSON.stringify(mention)} does not point at its text (${JSON.stringify(text)})`);
      }
    }
  }
  a.images.forEach((image, index) => {
    if (image.afterParagraph >= a.paragraphs.length) problems.push(`image ${index} follows paragraph ${image.afterParagraph} of ${a.paragraphs.length}`);
  });
  return problems;
}
