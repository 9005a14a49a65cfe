/**
 * What a page says about its article outside the article's text: `<meta>` tags (Open Graph,
 * `article:*`, `pubdate`, `author`), `<title>`, and schema.org JSON-LD (NewsArticle, Article,
 * BreadcrumbList). The HTML reader uses these only to fill what the text itself does not print.
 */
import type { Element, Root } from 'hast';
import { elementsOf, textOf } from './tree.js';

export interface PageMeta {
  title: string | null;
  section: string | null;
  /** As printed by the page (ISO 8601 with or without a zone); index.ts turns it into Vietnam time. */
  published: string | null;
  /** People named as the article's authors by JSON-LD (`author` of type Person); never a site's name. */
  authors: string[];
  description: string | null;
}

const clean = (value: unknown): string | null => {
  if (typeof value !== 'string') return null;
  const text = value.replace(/\s+/gu, ' ').trim();
  return text === '' ? null : text;
};

/** JSON-LD nodes: one object, an array of them, or an `@graph`. Objects only; anything else is skipped. */
function ldNodes(value: unknown, out: Record<string, unknown>[] = [], depth = 0): Record<string, unknown>[] {
  if (depth > 4 || value === null || typeof value !== 'object') return out;
  if (Array.isArray(value)) {
    for (const item of value.slice(0, 50)) ldNodes(item, out, depth + 1);
    return out;
  }
  const node = value as Record<string, unknown>;
  out.push(node);
  if (node['@graph'] !== undefined) ldNodes(node['@graph'], out, depth + 1);
  return out;
}

const typesOf = (node: Record<string, unknown>): string[] => {
  const type = node['@type'];
  return (Array.isArray(type) ? type : [type]).filter((t): t is string => typeof t === 'string');
};

const ARTICLE_TYPES: ReadonlySet<string> = new Set(['NewsArticle', 'Article', 'ReportageNewsArticle', 'AnalysisNewsArticle', 'BlogPosting', 'LiveBlogPosting']);

/** Persons among a JSON-LD `author`: "Vũ Ba", { "@type": "Person", "name": … }; an Organization is the site, not an author. */
function ldPersons(value: unknown): string[] {
  const found: string[] = [];
  for (const item of Array.isArray(value) ? value.slice(0, 20) : [value]) {
    if (item !== null && typeof item === 'object') {
      const node = item as Record<string, unknown>;
      const name = clean(node['name']);
      if (name !== null && typesOf(node).includes('Person')) found.push(name);
    }
  }
  return found;
}

/** The first crumb after the home page in a BreadcrumbList: the section ("Kinh doanh" of "Kinh doanh > Vĩ mô"; a sub-section under it is dropped, as in a copied section line). */
function breadcrumbSection(node: Record<string, unknown>, title: string | null): string | null {
  const items = Array.isArray(node['itemListElement']) ? (node['itemListElement'] as unknown[]) : [];
  const names = items
    .map((item) => (item !== null && typeof item === 'object' ? (item as Record<string, unknown>) : {}))
    .sort((a, b) => Number(a['position'] ?? 0) - Number(b['position'] ?? 0))
    .map((item) => clean(item['name']) ?? clean((item['item'] as Record<string, unknown> | undefined)?.['name']))
    .filter((name): name is string => name !== null && !/^(?:trang chủ|home)$/iu.test(name) && name !== title);
  return names[0] ?? null;
}

export function readMeta(tree: Root): PageMeta {
  const metas = new Map<string, string>();
  let pageTitle: string | null = null;
  const ld: Record<string, unknown>[] = [];
  for (const element of elementsOf(tree)) {
    if (element.tagName === 'meta') {
      const key = String(element.properties['property'] ?? element.properties['name'] ?? element.properties['itemProp'] ?? '').toLowerCase();
      const content = clean(element.properties['content']);
      if (key !== '' && content !== null && !metas.has(key)) metas.set(key, content);
    } else if (element.tagName === 'title' && pageTitle === null) {
      pageTitle = clean(textOf(element));
    } else if (element.tagName === 'script' && isLdJson(element)) {
      try {
        ldNodes(JSON.parse(textOf(element)), ld);
      } catch {
        // A page's broken JSON-LD says nothing; the tags and the text still do.
      }
    }
  }
  const article = ld.find((node) => typesOf(node).some((type) => ARTICLE_TYPES.has(type)));
  const crumbs = ld.find((node) => typesOf(node).includes('BreadcrumbList'));
  const title = clean(article?.['headline']) ?? metas.get('og:title') ?? pageTitle;
  return {
    title,
    section: (crumbs ? breadcrumbSection(crumbs, title) : null) ?? metas.get('article:section') ?? clean(article?.['articleSection']),
    published:
      metas.get('article:published_time') ?? clean(article?.['datePublished']) ?? metas.get('datepublished') ?? metas.get('pubdate') ?? null,
    authors: article ? ldPersons(article['author']) : [],
    description: metas.get('og:description') ?? metas.get('description') ?? clean(article?.['description']),
  };
}

function isLdJson(element: Element): boolean {
  return String(element.properties['type'] ?? '').toLowerCase() === 'application/ld+json';
}

const ISO_TIME = /^(\d{4})-(\d\d)-(\d\d)(?:[T ](\d\d):(\d\d)(?::(\d\d))?(?:\.\d+)?\s*(Z|[+-]\d\d:?\d\d)?)?$/u;

/**
 * A page's time in Vietnam time, as the article JSON gives every time: "2023-11-02T12:20:45Z" →
 * "2023-11-02T19:20:45+07:00"; a time with no zone is Vietnam's own; a date alone stays a date.
 * Null for anything that is not an ISO 8601 date.
 */
export function vietnamTime(value: string | null): string | null {
  const m = value === null ? null : ISO_TIME.exec(value.trim());
  if (!m) return null;
  const [, y, mo, d, h = '00', mi = '00', s = '00', zone] = m;
  const printed = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s));
  // A day, hour or minute out of range ("2025-13-45", "T99:00") names no time: Date would roll it over.
  const check = new Date(printed);
  if (check.getUTCMonth() !== Number(mo) - 1 || check.getUTCDate() !== Number(d) || check.getUTCHours() !== Number(h) || check.getUTCMinutes() !== Number(mi)) {
    return null;
  }
  if (m[4] === undefined) return `${y}-${mo}-${d}`;
  const hours = zone === undefined || zone === 'Z' ? 0 : Number(zone.slice(0, 3));
  const offset = zone === undefined ? 7 * 60 : hours * 60 + (zone.startsWith('-') ? -1 : 1) * (zone === 'Z' ? 0 : Number(zone.slice(-2)));
  const local = new Date(printed - offset * 60_000 + 7 * 60 * 60_000);
  return `${local.toISOString().slice(0, 19)}+07:00`;
}
