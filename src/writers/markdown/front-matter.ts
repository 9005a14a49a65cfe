/** The article's metadata as YAML front matter (model/markdown-layout.ts: FrontMatter). */
import type { Article } from '../../model/article.js';
import type { FrontMatter } from '../../model/markdown-layout.js';
import { yamlBlock } from './yaml-block.js';

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
 * so an official stays readable; a mention's text with a line end in it is double-quoted.
 */
export function frontMatterYaml(article: Article): string {
  return yamlBlock(frontMatterOf(article) as unknown as Record<string, unknown>, (key) => key === 'mentions');
}
