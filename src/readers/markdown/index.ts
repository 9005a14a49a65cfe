/**
 * The Markdown reader: Markdown written by `vnnews export --to md` (possibly corrected
 * by hand) → the article's fields. remark-parse with front matter builds the mdast;
 * front-matter.ts reads the metadata, blocks.ts the text, mentions.ts re-checks the
 * officials' mentions against the text as it now reads. The layout is
 * model/markdown-layout.ts. Pure: text in, data out.
 */
import type { Yaml } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { Article, Warning } from '../../model/article.js';
import { readBlocks } from './blocks.js';
import { EMPTY_META, readFrontMatter } from './front-matter.js';
import { checkMentions } from './mentions.js';

export type MarkdownFields = Omit<Article, 'schemaVersion' | 'warnings' | 'source'>;

export interface MarkdownRead {
  fields: MarkdownFields;
  warnings: Warning[];
}

/** Built once from constants and frozen: no state between calls. */
const PROCESSOR = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).freeze();

export interface MarkdownOptions {
  /**
   * The front matter's YAML as normalized without NFC (parse.ts passes it): NFC over YAML
   * source can break an escape followed by a combining mark. Default: the YAML in `text`.
   */
  yaml?: string | null;
}

export function readMarkdown(text: string, options: MarkdownOptions = {}): MarkdownRead {
  const warnings: Warning[] = [];
  const root = PROCESSOR.parse(text);
  const yaml = root.children.find((node): node is Yaml => node.type === 'yaml');
  // The uncomposed YAML only when it is this front matter (NFC of it gives the node's text).
  const source = options.yaml != null && options.yaml.normalize('NFC') === yaml?.value ? options.yaml : yaml?.value;
  const meta = yaml && source !== undefined ? readFrontMatter(source, yaml.position?.start.line ?? null, warnings) : EMPTY_META;
  const body = readBlocks(
    root.children.filter((node) => node !== yaml),
    warnings,
  );
  const title = body.title ?? meta.title;
  const texts = { title, lead: body.lead, paragraphs: body.paragraphs, images: body.images };
  return {
    fields: {
      section: meta.section,
      title,
      byline: meta.byline === null ? null : { text: meta.byline, authors: meta.authors },
      published: meta.published,
      lead: body.lead,
      paragraphs: body.paragraphs,
      images: body.images,
      officials: checkMentions(meta.officials, texts, warnings),
      references: meta.references,
    },
    warnings,
  };
}
