import type { Article } from '../model/article.js';
import { enrichOfficials } from './officials/index.js';
import { enrichReferences } from './references.js';

/** An enricher: one visible step Article → Article. */
export type Enricher = (article: Article) => Article;

/** The ordered enrichers run after a reader has built the article. */
export const ENRICHERS: readonly Enricher[] = [enrichOfficials, enrichReferences];
