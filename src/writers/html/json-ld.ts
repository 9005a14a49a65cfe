/**
 * schema.org NewsArticle as JSON-LD for the page's <head>: headline, section, date,
 * authors (Person, or Organization for agencies and desks), images, and the officials
 * as `mentions` (Person with jobTitle).
 */
import type { Article } from '../../model/article.js';

/**
 * Author names that are organisations, not people: an acronym ("TTXVN", "VOV") or a
 * desk / agency phrase ("Nhóm PV", "Báo Nhân Dân", "Theo Reuters").
 */
const ORGANIZATION_AUTHOR: readonly RegExp[] = [/^[\p{Lu}\d&.-]{2,}$/u, /^(Nhóm|Ban|Báo|Tạp chí|Đài|Theo|Cổng|Thông tấn|Phóng viên|PV)(\s|$)/u];

/**
 * What must not appear raw inside <script>: "</script>" or "<!--" in article text would
 * end or derail the script element. Escaped as JSON \u escapes, which read back the same.
 */
export const SCRIPT_ESCAPES: Readonly<Record<string, string>> = {
  '<': '\\u003c',
  '>': '\\u003e',
  '&': '\\u0026',
  '\u2028': '\\u2028',
  '\u2029': '\\u2029',
};

export const SCRIPT_UNSAFE = new RegExp(`[${Object.keys(SCRIPT_ESCAPES).join('')}]`, 'gu');

export function authorType(name: string): 'Person' | 'Organization' {
  return ORGANIZATION_AUTHOR.some((pattern) => pattern.test(name)) ? 'Organization' : 'Person';
}

/** `images`: only the sources the page shows (model/image-src.ts). */
export function newsArticle(article: Article, images: readonly string[]): Record<string, unknown> {
  const data: Record<string, unknown> = { '@context': 'https://schema.org', '@type': 'NewsArticle', inLanguage: 'vi' };
  if (article.title !== null) data.headline = article.title;
  if (article.section !== null) data.articleSection = article.section;
  if (article.published !== null) data.datePublished = article.published;
  if (article.lead !== null) data.description = article.lead;
  const authors = article.byline?.authors ?? [];
  if (authors.length > 0) data.author = authors.map((name) => ({ '@type': authorType(name), name }));
  if (images.length > 0) data.image = images;
  if (article.officials.length > 0) {
    data.mentions = article.officials.map((official) => ({
      '@type': 'Person',
      name: official.name,
      ...(official.titles.length > 0 ? { jobTitle: official.titles } : {}),
    }));
  }
  return data;
}

/** JSON text safe to place inside <script type="application/ld+json">. */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value, null, 2).replace(SCRIPT_UNSAFE, (character) => SCRIPT_ESCAPES[character] ?? character);
}
