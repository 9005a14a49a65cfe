import type { Root } from 'hast';
import { fromParse5 } from 'hast-util-from-parse5';
import { parse } from 'parse5';
import { describe, expect, it } from 'vitest';
import { readMeta, vietnamTime } from '../../../src/readers/html/meta.js';

const head = (inner: string) => readMeta(fromParse5(parse(`<!doctype html><html><head>${inner}</head><body></body></html>`)) as Root);
const ld = (value: unknown) => `<script type="application/ld+json">${JSON.stringify(value)}</script>`;

describe('readMeta', () => {
  it('reads Open Graph and article tags', () => {
    const meta = head(
      '<title>Tiêu đề - Báo X</title><meta property="og:title" content=" Tiêu đề  bài "><meta property="article:section" content="Thời sự">' +
        '<meta property="article:published_time" content="2025-03-11T20:25:00+07:00"><meta name="description" content="Tóm tắt.">',
    );
    expect(meta).toEqual({ title: 'Tiêu đề bài', section: 'Thời sự', published: '2025-03-11T20:25:00+07:00', authors: [], description: 'Tóm tắt.' });
  });

  it('falls back to <title> when there is no og:title or headline', () => {
    expect(head('<title>Chỉ có thẻ title</title>').title).toBe('Chỉ có thẻ title');
  });

  it('prefers a JSON-LD NewsArticle: headline, date, and its Person authors, never an Organization', () => {
    const meta = head(
      '<meta property="og:title" content="Tiêu đề OG">' +
        ld({ '@context': 'https://schema.org', '@graph': [{ '@type': 'WebPage' }, {
          '@type': 'NewsArticle', headline: 'Tiêu đề LD', datePublished: '2025-03-11T13:25:00Z',
          author: [{ '@type': 'Person', name: 'Vũ Ba' }, { '@type': 'Organization', name: 'Báo X' }],
        }] }),
    );
    expect(meta.title).toBe('Tiêu đề LD');
    expect(meta.published).toBe('2025-03-11T13:25:00Z');
    expect(meta.authors).toEqual(['Vũ Ba']);
  });

  it('takes the section from the first crumb after the home page, before article:section', () => {
    const crumbs = ld({ '@type': 'BreadcrumbList', itemListElement: [
      { '@type': 'ListItem', position: 3, item: { name: 'Vĩ mô' } },
      { '@type': 'ListItem', position: 1, item: { name: 'Trang chủ' } },
      { '@type': 'ListItem', position: 2, item: { name: 'Kinh doanh' } },
    ] });
    expect(head(`${crumbs}<meta property="article:section" content="Vĩ mô">`).section).toBe('Kinh doanh');
  });

  it('skips broken JSON-LD and keeps the tags', () => {
    const meta = head('<script type="application/ld+json">{ "headline": "cắt dở </script><meta property="og:title" content="Tiêu đề">');
    expect(meta.title).toBe('Tiêu đề');
  });

  it('gives nulls and no authors for a page with no metadata', () => {
    expect(head('')).toEqual({ title: null, section: null, published: null, authors: [], description: null });
  });
});

describe('vietnamTime', () => {
  it.each([
    ['2025-03-11T20:25:00+07:00', '2025-03-11T20:25:00+07:00'],
    ['2025-03-11T13:25:00Z', '2025-03-11T20:25:00+07:00'],
    ['2025-03-11T20:25:00.000+0700', '2025-03-11T20:25:00+07:00'],
    ['2025-03-11T18:30:00+05:30', '2025-03-11T20:00:00+07:00'],
    ['2025-03-11T23:00:00-05:00', '2025-03-12T11:00:00+07:00'],
    ['2025-03-11 20:25', '2025-03-11T20:25:00+07:00'],
    ['2025-03-11', '2025-03-11'],
  ])('%s → %s', (value, want) => {
    expect(vietnamTime(value)).toBe(want);
  });

  it.each([null, '', '11/03/2025 20:25', 'hôm qua', '2025-13-45T99:00'])('gives null for %j', (value) => {
    expect(vietnamTime(value)).toBeNull();
  });
});
