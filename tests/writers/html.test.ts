/** toHtml: the page, its semantics, its JSON-LD, and what it refuses to emit. */
import { describe, expect, it } from 'vitest';
import type { Warning } from '../../src/model/article.js';
import { toHtml } from '../../src/writers/html/index.js';
import { authorType, scriptJson } from '../../src/writers/html/json-ld.js';
import { displayDate } from '../../src/writers/html/display-date.js';
import { isSafeImageSrc } from '../../src/model/image-src.js';
import { edgeArticles, fullArticle } from './articles.js';

/** The JSON-LD of a page, parsed. */
export function jsonLd(html: string): Record<string, unknown> {
  const match = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html);
  if (!match) throw new Error('no JSON-LD');
  return JSON.parse(match[1]!) as Record<string, unknown>;
}

describe('toHtml: the page', () => {
  const article = fullArticle();
  const html = toHtml(article);

  it('is an HTML5 document in Vietnamese, UTF-8, with a title and a viewport', () => {
    expect(html).toMatch(/^<!DOCTYPE html>\n<html lang="vi">\n<head>\n<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n<title>Phó Thủ tướng Trần Hồng Hà làm việc với tỉnh<\/title>/);
  });

  it('makes no request: no link, no external src, no @import or url() in the stylesheet', () => {
    expect(html).not.toMatch(/<link|@import|url\(|https?:\/\/(?!schema\.org)/);
  });

  it('has the header: section, h1 (officials marked), byline and <time datetime>', () => {
    expect(html).toContain('<header>\n<p class="section">Chính trị</p>\n');
    expect(html).toContain(
      '<h1>Phó Thủ tướng <data class="official" value="Trần Hồng Hà" title="Phó Thủ tướng">Trần Hồng Hà</data> làm việc với tỉnh</h1>',
    );
    expect(html).toContain('<p class="byline"><span class="author">Vũ Ba</span> · <time datetime="2025-03-11T20:25:00+07:00">20:25 11/03/2025</time></p>');
  });

  it('has the lead, paragraphs and a figure with img alt and a figcaption with the credit', () => {
    expect(html).toContain('<p class="lead">Ngày 11/3, Phó Thủ tướng <data class="official"');
    expect(html).toContain('<p>Đồng chí <data class="official" value="Trần Cẩm Tú" title="Ủy viên Bộ Chính trị; Thường trực Ban Bí thư">Trần Cẩm Tú</data>, Thường');
    expect(html).toContain(
      '<figure>\n<img src="anh-1.jpg" alt="Phó Thủ tướng Trần Hồng Hà phát biểu." loading="lazy">\n<figcaption>Phó Thủ tướng <data class="official" value="Trần Hồng Hà" title="Phó Thủ tướng">Trần Hồng Hà</data> phát biểu. <span class="credit">Ảnh: TTXVN</span></figcaption>\n</figure>',
    );
  });

  it('puts NewsArticle JSON-LD in the head, officials as mentions with jobTitle', () => {
    expect(jsonLd(html)).toEqual({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      inLanguage: 'vi',
      headline: 'Phó Thủ tướng Trần Hồng Hà làm việc với tỉnh',
      articleSection: 'Chính trị',
      datePublished: '2025-03-11T20:25:00+07:00',
      description: article.lead,
      author: [{ '@type': 'Person', name: 'Vũ Ba' }],
      image: ['anh-1.jpg'],
      mentions: [
        { '@type': 'Person', name: 'Trần Hồng Hà', jobTitle: ['Phó Thủ tướng'] },
        { '@type': 'Person', name: 'Trần Cẩm Tú', jobTitle: ['Ủy viên Bộ Chính trị', 'Thường trực Ban Bí thư'] },
      ],
    });
  });

  it('keeps Vietnamese as UTF-8, not character references', () => {
    expect(html).not.toMatch(/&#/);
    expect(html).toContain('Thường trực Ban Bí thư');
  });

  it('--fragment is the <article> alone', () => {
    const fragment = toHtml(article, { fragment: true });
    expect(fragment).toMatch(/^<article>\n<header>/);
    expect(fragment).toMatch(/<\/article>\n$/);
    expect(fragment).not.toMatch(/<html|<head>|<script/);
  });

  it('leaves out what the article lacks: no header, no lead, an untitled page', () => {
    const bare = edgeArticles().find((c) => c.name.startsWith('no title'))!.article;
    const page = toHtml(bare);
    expect(page).toContain('<title>Bài viết không có tiêu đề</title>');
    expect(page).not.toMatch(/<header>|<h1>|class="lead"|<time/);
    expect(jsonLd(page)).not.toHaveProperty('headline');
  });

  it('marks up no mention that does not match its text', () => {
    const article = fullArticle();
    article.officials[1]!.mentions[0]!.start += 1;
    expect(toHtml(article)).not.toContain('value="Trần Cẩm Tú"');
  });
});

describe('toHtml credits', () => {
  it('prints each credit after the label it was printed with, and a credit that names itself alone', () => {
    const article = {
      ...fullArticle(),
      images: [
        { src: 'tranh.jpg', caption: 'Phố cổ', credit: 'Bùi Xuân Phái', creditLabel: 'Tranh' as const, afterParagraph: 0 },
        { src: 'clip.jpg', caption: 'Một clip', credit: 'Ảnh chụp màn hình', creditLabel: null, afterParagraph: 0 },
      ],
    };
    const html = toHtml(article);
    expect(html).toContain('<span class="credit">Tranh: Bùi Xuân Phái</span>');
    expect(html).toContain('<span class="credit">Ảnh chụp màn hình</span>');
    expect(html).not.toContain('Ảnh: Bùi Xuân Phái');
  });
});

describe('toHtml on hostile text', () => {
  const article = {
    ...fullArticle(),
    title: 'Tiêu đề </script><!-- <script>alert(1)</script>',
    lead: '<img src=x onerror=alert(1)> " \' &amp;',
    images: [
      { src: 'javascript:alert(1)//a.jpg', caption: '<script>alert(2)</script>', credit: '" onload="alert(3)', creditLabel: 'Ảnh' as const, afterParagraph: 0 },
      { src: 'ok.jpg', caption: '"><svg onload=alert(4)>', credit: null, creditLabel: null, afterParagraph: 0 },
    ],
  };
  const warnings: Warning[] = [];
  const html = toHtml(article, { warn: (warning) => warnings.push(warning) });

  it('escapes all text: no element or attribute comes from it', () => {
    // Outside quoted attribute values (where "<" is harmless and left as is), no tag from the text:
    const markup = html.replace(/="[^"]*"/g, '=""');
    expect(markup).not.toMatch(/<script>|<img src=x|<svg/i);
    expect(markup).not.toMatch(/<[a-z][^>]*\son[a-z]+=/i); // no event-handler attribute in any tag
    expect(html).toContain('<h1>Tiêu đề &lt;/script>&lt;!-- &lt;script>alert(1)&lt;/script></h1>');
    expect(html).toContain('alt="&quot;><svg onload=alert(4)>"'); // quoted: the " is escaped, the rest is inert
  });

  it('drops an image src that is neither relative nor http(s), with a warning', () => {
    expect(html).not.toContain('javascript:');
    expect(warnings).toEqual([
      { line: null, rule: 'html/unsafe-src', message: 'image 1: src "javascript:alert(1)//a.jpg" dropped (not a relative path or an http(s) URL)' },
    ]);
    expect(html).toContain('<figure>\n<figcaption>&lt;script>alert(2)&lt;/script>');
  });

  it('keeps the JSON-LD closed: no "</script" or "<!--" inside, and it reads back the same', () => {
    const script = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html)![1]!;
    expect(script).not.toMatch(/<\/script|<!--|</i);
    expect(jsonLd(html).headline).toBe(article.title);
    expect(jsonLd(html)).not.toHaveProperty('image', expect.arrayContaining(['javascript:alert(1)//a.jpg']));
  });
});

describe('the tables behind it', () => {
  it.each([
    ['anh-1.jpg', true],
    ['images/ảnh 1.jpg', true],
    ['https://example.vn/a.jpg', true],
    ['HTTP://example.vn/a.jpg', true],
    ['javascript:alert(1)', false],
    ['JaVaScRiPt:alert(1)', false],
    ['java\tscript:alert(1)', false],
    [' javascript:alert(1)', false],
    ['data:image/png;base64,AAAA', false],
    ['vbscript:x', false],
    ['//evil.example/a.jpg', false],
    ['/\\evil.example/a.jpg', false],
    ['\\\\evil.example/a.jpg', false],
    ['', false],
  ])('isSafeImageSrc(%j) is %s', (src, safe) => {
    expect(isSafeImageSrc(src)).toBe(safe);
  });

  it.each([
    ['Vũ Ba', 'Person'],
    ['TTXVN', 'Organization'],
    ['Nhóm PV', 'Organization'],
    ['Theo Reuters', 'Organization'],
    ['Nguyễn Văn A', 'Person'],
  ])('authorType(%j) is %s', (name, type) => expect(authorType(name)).toBe(type));

  it('scriptJson escapes <, >, & and the JavaScript line separators, and parses back equal', () => {
    const value = { a: '</script><!-- & \u2028\u2029' };
    const text = scriptJson(value);
    expect(text).not.toMatch(/[<>&\u2028\u2029]/);
    expect(JSON.parse(text)).toEqual(value);
  });

  it.each([
    ['2025-03-11T20:25:00+07:00', '20:25 11/03/2025'],
    ['2025-03-11T20:25+07:00', '20:25 11/03/2025'],
    ['2025-03-11', '11/03/2025'],
  ])('displayDate(%j) is %j', (iso, shown) => expect(displayDate(iso)).toBe(shown));
});
