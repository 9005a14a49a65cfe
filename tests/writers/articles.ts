/**
 * Articles the writer tests share: every corpus article (../shared/corpus, absent in a
 * bare clone) and fixture, parsed; and synthetic articles with what the text reader does
 * not make yet (officials with mentions, references) or rarely makes (a null src, a
 * credit without a caption, no title, no lead).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArticle, parseBytes } from '../../src/parse.js';
import type { Article, Official } from '../../src/model/article.js';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const CORPUS = resolve(ROOT, '../shared/corpus');
const FIXTURES = join(ROOT, 'fixtures');
/** Folders of fixtures/ that are not article cases. */
const NOT_CASES = new Set(['broken']);

export interface NamedArticle {
  name: string;
  article: Article;
}

/** Every corpus article (none without ../shared/corpus) and every fixture case. */
export function realArticles(): NamedArticle[] {
  const corpus = existsSync(CORPUS)
    ? readdirSync(CORPUS)
        .filter((file) => file.endsWith('.txt'))
        .sort()
        .map((file) => join(CORPUS, file))
    : [];
  const fixtures = readdirSync(FIXTURES, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && !NOT_CASES.has(entry.name))
    .map((entry) => join(FIXTURES, entry.name, 'input.txt'))
    .filter((path) => existsSync(path))
    .sort();
  return [...corpus, ...fixtures].map((path) => {
    const name = path.startsWith(ROOT) ? path.slice(ROOT.length) : path;
    return { name, article: parseBytes(readFileSync(path), { path: name }) };
  });
}

/** The index of `needle` in `text`, failing loudly when absent (a typo in a test). */
function at(text: string, needle: string): number {
  const index = text.indexOf(needle);
  if (index === -1) throw new Error(`"${needle}" not in "${text}"`);
  return index;
}

/** An official mentioned at each place given (field text + where). */
export function official(name: string, titles: string[], places: { in: 'title' | 'lead' | 'paragraph' | 'caption'; index: number; text: string }[]): Official {
  return {
    name,
    titles,
    mentions: places.map((place) => {
      const start = at(place.text, name);
      return { in: place.in, index: place.index, start, end: start + name.length, text: name };
    }),
  };
}

/** A short article with every kind of field filled, officials and references included. */
export function fullArticle(): Article {
  const article = parseArticle(
    [
      'Chính trị',
      '',
      'Phó Thủ tướng Trần Hồng Hà làm việc với tỉnh',
      '',
      'Vũ Ba 11/03/2025 - 20:25',
      '',
      'Ngày 11/3, Phó Thủ tướng Trần Hồng Hà làm việc tại tỉnh theo Nghị quyết số 57-NQ/TW.',
      '',
      'Đồng chí Trần Cẩm Tú, Thường trực Ban Bí thư, dự buổi làm việc.',
      '',
      'anh-1.jpg',
      'Phó Thủ tướng Trần Hồng Hà phát biểu. (Ảnh: TTXVN)',
      '',
      'Đoạn cuối của bài.',
      '',
    ].join('\n'),
    { path: 'full.txt' },
  );
  const caption = article.images[0]?.caption ?? '';
  article.officials = [
    official('Trần Hồng Hà', ['Phó Thủ tướng'], [
      { in: 'title', index: 0, text: article.title ?? '' },
      { in: 'lead', index: 0, text: article.lead ?? '' },
      { in: 'caption', index: 0, text: caption },
    ]),
    official('Trần Cẩm Tú', ['Ủy viên Bộ Chính trị', 'Thường trực Ban Bí thư'], [
      { in: 'paragraph', index: 0, text: article.paragraphs[0] ?? '' },
    ]),
  ];
  article.references = [
    { kind: 'Nghị quyết', number: '57-NQ/TW', date: '2024-12-22', issuer: 'Bộ Chính trị', title: null },
    { kind: 'Quyết định', number: null, date: null, issuer: null, title: null },
    { kind: 'Luật', number: null, date: null, issuer: null, title: 'Luật Đất đai 2024' },
  ];
  return article;
}

/** Articles at the edges of the layout. */
export function edgeArticles(): NamedArticle[] {
  const base = fullArticle();
  const with_ = (name: string, change: Partial<Article>): NamedArticle => ({ name, article: { ...base, ...change } });
  return [
    { name: 'full', article: base },
    with_('no title, no lead, no section, no byline, no date', {
      title: null,
      lead: null,
      section: null,
      byline: null,
      published: null,
      officials: [],
    }),
    with_('images of every shape', {
      officials: [],
      images: [
        { src: 'truoc.jpg', caption: null, credit: null, creditLabel: null, afterParagraph: -1 },
        { src: null, caption: 'Chỉ có chú thích', credit: null, creditLabel: null, afterParagraph: 0 },
        { src: null, caption: null, credit: 'Chỉ có nguồn', creditLabel: 'Ảnh', afterParagraph: 0 },
        { src: 'https://example.vn/a_b.c.jpg?w=1&h=2', caption: 'Chú thích (có ngoặc)', credit: 'Nguồn: A) (B', creditLabel: 'Nguồn', afterParagraph: 1 },
        { src: 'ảnh có dấu cách (1).jpg', caption: '*Không* phải in nghiêng', credit: '_TTXVN_', creditLabel: 'Ảnh', afterParagraph: 1 },
        { src: 'man-hinh.jpg', caption: 'Một đoạn clip', credit: 'Ảnh chụp màn hình', creditLabel: null, afterParagraph: 1 },
        { src: 'tranh.jpg', caption: 'Phố cổ', credit: 'Bùi Xuân Phái', creditLabel: 'Tranh', afterParagraph: 1 },
      ],
    }),
    with_('text that looks like Markdown or HTML', {
      officials: [],
      title: '# Tiêu đề | có *dấu* [x](y) <b>',
      lead: '**Không đậm** _tên_ 1. <!-- c -->',
      paragraphs: [
        '# không phải tiêu đề',
        '* không phải danh sách',
        '- cũng không',
        '+ không',
        '1. không phải danh sách số',
        '2) cũng không',
        '> không phải trích dẫn',
        '---',
        '***',
        '```',
        '    bốn dấu cách',
        '[x](y) và ![a](b) và <https://x.vn>',
        '<b>đậm</b> và <script>alert(1)</script>',
        '| a | b |',
        '_tên_ và __tên__ và ~~gạch~~',
        '&amp; &#65; &copy;',
        'Dòng một\nDòng hai\n# dòng ba',
        '\\ dấu gạch chéo ngược \\*',
        'Giá 1.500 đồng, file thuong_truc_ban.jpg, TP. Hải Phòng',
        '=====',
        '[^1] và [a]: /b',
      ],
      images: [{ src: 'a.jpg', caption: '](javascript:x) <i>', credit: '*)', creditLabel: 'Ảnh', afterParagraph: 2 }],
    }),
    with_('image sources a renderer must not link, and ones that look defused', {
      officials: [],
      images: ['javascript:alert(1)//a.jpg', 'JAVASCRIPT:x', 'data:image/png;base64,AAAA', '//evil.example/a.jpg', '', './a.jpg', './javascript:x', '././a.jpg', 'https://example.vn/a.jpg'].map(
        (src, index) => ({ src, caption: `Ảnh ${index}`, credit: null, creditLabel: null, afterParagraph: 0 }),
      ),
    }),
    with_('no paragraphs, images after the lead only', {
      officials: [],
      paragraphs: [],
      images: [{ src: 'a.jpg', caption: 'Một', credit: null, creditLabel: null, afterParagraph: -1 }],
    }),
  ];
}
