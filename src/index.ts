/** The public library surface of vnnews. Everything a script needs is exported here. */
export { parseArticle, parseBytes, parseDocument, type ParseOptions } from './parse.js';
export { VnnewsError, EXIT, type ErrorCode } from './errors.js';
export { ENRICHERS, type Enricher } from './enrichers/index.js';
export { toMarkdown, type MarkdownOptions } from './writers/markdown/index.js';
export { toHtml, type HtmlOptions } from './writers/html/index.js';
export { findReferences } from './enrichers/references.js';
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
export * from './convert/index.js';
