/**
 * The officials enricher: every named person holding an office, with every title
 * the article gives them and every place they are mentioned. How: each block is
 * tokenized (tokens.ts), read into names, titles and cue words (units.ts, names.ts,
 * titles.ts), titles are tied to names by a few patterns (attach.ts), and people are
 * merged across the article (people.ts). Word lists are data in vocabulary/.
 */
import type { Article } from '../../model/article.js';
import type { Enricher } from '../index.js';
import { textBlocks } from '../../model/blocks.js';
import { findOfficials } from './people.js';

export const enrichOfficials: Enricher = (article: Article): Article => ({
  ...article,
  officials: findOfficials(textBlocks(article), article.byline?.authors ?? []),
});
