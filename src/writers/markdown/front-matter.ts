/** The article's metadata as YAML front matter (model/markdown-layout.ts: FrontMatter). */
import { Document, isMap, isSeq } from 'yaml';
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
      if (isSeq(mentions)) for (const mention of mentions.items) if (isMap(mention)) mention.flow = true;
    }
  }
  return document.toString({ lineWidth: 0 }).trimEnd();
}
