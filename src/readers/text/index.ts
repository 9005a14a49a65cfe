import type { Article, Warning } from '../../model/article.js';

export type ReadFields = Pick<Article, 'section' | 'title' | 'byline' | 'published' | 'lead' | 'paragraphs' | 'images'>;

export interface ReadResult {
  fields: ReadFields;
  warnings: Warning[];
}

/** PLACEHOLDER: every non-empty line is a paragraph. Replaced by the real reader. */
export function readPlainText(text: string): ReadResult {
  const paragraphs = text.split('\n').map((l) => l.trim()).filter(Boolean);
  return {
    fields: { section: null, title: null, byline: null, published: null, lead: null, paragraphs, images: [] },
    warnings: [],
  };
}
