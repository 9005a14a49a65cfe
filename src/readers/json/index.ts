/**
 * The article-JSON reader: an article `vnnews parse` wrote (maybe edited since), checked
 * against the JSON Schema at run time with ajv. Recognised by content (an object that
 * opens with "{": detect.ts), never by file name. A document that fails the schema is refused with
 * the path of the first problem: `/images/0/caption: expected string or null`.
 *
 * ajv compiles the schema when `createArticleJsonReader` is called (~tens of ms): once per
 * run, and only by a command given JSON input.
 */
import { Ajv2020 } from 'ajv/dist/2020.js';
import { VnnewsError } from '../../errors.js';
import { SCHEMA_VERSION, type Article } from '../../model/article.js';
import schema from '../../model/article.schema.json' with { type: 'json' };
import { explainSchemaErrors } from './explain.js';

/** JSON.parse's message on one line, not too long (V8 quotes the input in it). */
function oneLine(error: unknown): string {
  const message = (error instanceof Error ? error.message : String(error)).replace(/\s+/g, ' ');
  return message.length > MESSAGE_LENGTH ? `${message.slice(0, MESSAGE_LENGTH)}…` : message;
}

/** How much of JSON.parse's message an error quotes. */
const MESSAGE_LENGTH = 120;

export type ArticleJsonReader = (text: string) => Article;

export function createArticleJsonReader(): ArticleJsonReader {
  const validate = new Ajv2020({ allErrors: true, strict: true }).compile<Article>(schema);
  return (text) => {
    let data: unknown;
    try {
      data = JSON.parse(text.replace(/^\uFEFF/, ''));
    } catch (error) {
      throw new VnnewsError('INVALID_ARTICLE', `not valid JSON (${oneLine(error)})`, { cause: error });
    }
    const version = (data as { schemaVersion?: unknown } | null)?.schemaVersion;
    if (typeof version === 'number' && version !== SCHEMA_VERSION) {
      throw new VnnewsError('INVALID_ARTICLE', `article JSON of schema version ${version}; this vnnews reads version ${SCHEMA_VERSION}`);
    }
    if (!validate(data)) throw new VnnewsError('INVALID_ARTICLE', explainSchemaErrors(validate.errors ?? []));
    return data;
  };
}
