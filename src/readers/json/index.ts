/**
 * The article-JSON reader: an article `vnnews parse` wrote (maybe edited since), checked
 * against the JSON Schema. Recognised by content (an object that opens with "{":
 * detect.ts), never by file name. A document that fails the schema is refused with the
 * path of the first problem: `/images/0/caption: expected string or null`.
 *
 * The check is the schema compiled ahead of time by ajv (scripts/compile-schema.mjs →
 * validate-article.generated.ts): nothing to load or compile at run time, and ajv is only
 * a build tool.
 */
import { VnnewsError } from '../../errors.js';
import { SCHEMA_VERSION, type Article, type ArticleImage } from '../../model/article.js';
import { DEFAULT_CREDIT_LABEL } from '../../model/credit-labels.js';
import { explainSchemaErrors, type SchemaError } from './explain.js';
import { validate as generated } from './validate-article.generated.js';

/** The generated validator, typed: true for a valid article, else its `errors` say why. */
const validate = generated as unknown as ((data: unknown) => data is Article) & { errors?: SchemaError[] | null };

/** JSON.parse's message on one line, not too long (V8 quotes the input in it). */
function oneLine(error: unknown): string {
  const message = (error instanceof Error ? error.message : String(error)).replace(/\s+/g, ' ');
  return message.length > MESSAGE_LENGTH ? `${message.slice(0, MESSAGE_LENGTH)}…` : message;
}

/** How much of JSON.parse's message an error quotes. */
const MESSAGE_LENGTH = 120;

/** Article JSON text → the article, or a VnnewsError (code INVALID_ARTICLE) saying what is wrong. */
export function readArticleJson(text: string): Article {
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
  return withCreditLabels(data);
}

/**
 * images[].creditLabel came within schema version 1: an article written before has none, and
 * every writer then printed its credit after "Ảnh", which is what it reads as.
 */
function withCreditLabels(article: Article): Article {
  for (const image of article.images as Array<Omit<ArticleImage, 'creditLabel'> & { creditLabel?: ArticleImage['creditLabel'] }>) {
    if (image.creditLabel === undefined) image.creditLabel = image.credit === null ? null : DEFAULT_CREDIT_LABEL;
  }
  return article;
}
