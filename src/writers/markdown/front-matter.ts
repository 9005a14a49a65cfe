/** The article's metadata as YAML front matter (model/markdown-layout.ts: FrontMatter). */
import { Document, isMap, isScalar, isSeq, Scalar, type YAMLMap } from 'yaml';
import type { Article } from '../../model/article.js';
import type { FrontMatter } from '../../model/markdown-layout.js';

export function frontMatterOf(article: Article): FrontMatter {
  return {
    schemaVersion: article.schemaVersion,
    title: article.title,
    section: article.section,
    byline: article.byline?.text ?? null,
    authors: article.byline?.authors ?? [],
    published: article.published,
    officials: article.officials,
    references: article.references,
    source: article.source,
  };
}

/** Line ends as YAML reads them (and as normalizeText makes them). */
const LINE_END = /[\n\r\u0085\u2028\u2029]/u;

/**
 * A mention on one line, as a flow mapping. A text with a line end in it is double-quoted
 * (line ends escaped): the yaml package writes it as a plain multi-line scalar, which it
 * then cannot read back inside a flow mapping ("Block collections are not allowed within
 * flow collections"). Found by tests/properties/markdown-round-trip.test.ts;
 * fixtures/regressions/md-mention-text-line-break.
 */
function flowMention(mention: YAMLMap): void {
  mention.flow = true;
  for (const pair of mention.items) {
    if (isScalar(pair.value) && typeof pair.value.value === 'string' && LINE_END.test(pair.value.value)) pair.value.type = Scalar.QUOTE_DOUBLE;
  }
}

/**
 * YAML text without the `---` fences (the mdast `yaml` node adds them). Each mention is
 * one flow mapping on one line, `{ in: paragraph, index: 0, start: 9, end: 20, text: … }`,
 * so an official stays readable.
 */
export function frontMatterYaml(article: Article): string {
  const document = new Document(frontMatterOf(article));
  const officials = document.get('officials');
  if (isSeq(officials)) {
    for (const official of officials.items) {
      const mentions = isMap(official) ? official.get('mentions') : null;
      if (isSeq(mentions)) for (const mention of mentions.items) if (isMap(mention)) flowMention(mention);
    }
  }
  return document.toString({ lineWidth: 0 }).trimEnd();
}
