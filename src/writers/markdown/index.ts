/**
 * Article → Markdown: an mdast tree (article-to-mdast.ts) serialised by unified +
 * remark-stringify, never glued by hand. The Markdown reader reads it back to the same
 * article (see model/markdown-layout.ts).
 */
import remarkFrontmatter from 'remark-frontmatter';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import type { Article } from '../../model/article.js';
import { articleToMdast } from './article-to-mdast.js';
import { frontMatterYaml } from './front-matter.js';
import { EXTRA_UNSAFE } from './unsafe.js';

export interface MarkdownOptions {
  /** YAML front matter with the metadata (default true). */
  frontMatter?: boolean;
}

/** Built once from constants and frozen: no state between calls. */
const PROCESSOR = unified()
  .use(remarkFrontmatter, ['yaml'])
  .use(remarkStringify, { emphasis: '*', strong: '*', bullet: '-', rule: '-', unsafe: [...EXTRA_UNSAFE] })
  .freeze();

export function toMarkdown(article: Article, options: MarkdownOptions = {}): string {
  const frontMatter = options.frontMatter === false ? null : frontMatterYaml(article);
  return PROCESSOR.stringify(articleToMdast(article, { frontMatter }));
}
