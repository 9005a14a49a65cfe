/** toMarkdown: the layout of model/markdown-layout.ts, escaping, front matter. */
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { toMarkdown } from '../../src/writers/markdown/index.js';
import { readMarkdown } from '../../src/readers/markdown/index.js';
import { EXTRA_UNSAFE } from '../../src/writers/markdown/unsafe.js';
import { edgeArticles, fullArticle } from './articles.js';

const frontMatterOf = (markdown: string): Record<string, unknown> => {
  const match = /^---\n([\s\S]*?)\n---\n/.exec(markdown);
  if (!match) throw new Error('no front matter');
  return parseYaml(match[1]!) as Record<string, unknown>;
};

describe('toMarkdown', () => {
  const article = fullArticle();
  const markdown = toMarkdown(article);

  it('opens with YAML front matter holding the metadata, officials and references included', () => {
    const data = frontMatterOf(markdown);
    expect(Object.keys(data)).toEqual(['schemaVersion', 'title', 'section', 'byline', 'authors', 'published', 'officials', 'references', 'source']);
    expect(data).toMatchObject({
      schemaVersion: 1,
      title: article.title,
      section: 'Chính trị',
      byline: article.byline!.text,
      authors: ['Vũ Ba'],
      published: '2025-03-11T20:25:00+07:00',
      officials: article.officials,
      references: article.references,
      source: article.source,
    });
  });

  it('writes each mention on one line as a flow mapping', () => {
    expect(markdown).toContain('      - { in: paragraph, index: 0, start: 9, end: 20, text: Trần Cẩm Tú }\n');
  });

  it('then the title as H1, the lead in bold, the paragraphs, the image where it stood', () => {
    const body = markdown.slice(markdown.indexOf('\n---\n') + 5);
    expect(body).toBe(
      [
        '',
        '# Phó Thủ tướng Trần Hồng Hà làm việc với tỉnh',
        '',
        '**Ngày 11/3, Phó Thủ tướng Trần Hồng Hà làm việc tại tỉnh theo Nghị quyết số 57-NQ/TW.**',
        '',
        'Đồng chí Trần Cẩm Tú, Thường trực Ban Bí thư, dự buổi làm việc.',
        '',
        '![Phó Thủ tướng Trần Hồng Hà phát biểu.](anh-1.jpg)\\',
        '*Phó Thủ tướng Trần Hồng Hà phát biểu.* (Ảnh: TTXVN)',
        '',
        'Đoạn cuối của bài.',
        '',
      ].join('\n'),
    );
  });

  it('--no-front-matter leaves the metadata out and starts at the title', () => {
    expect(toMarkdown(article, { frontMatter: false })).toMatch(/^# Phó Thủ tướng/);
    expect(toMarkdown(article, { frontMatter: true })).toMatch(/^---\nschemaVersion: 1\n/);
  });

  it('writes a caption without credit, a credit without caption, and an image without src', () => {
    const images = edgeArticles().find((c) => c.name === 'images of every shape')!.article;
    const text = toMarkdown(images, { frontMatter: false });
    expect(text).toContain('\n![](truoc.jpg)\n');
    expect(text).toContain('\n![Chỉ có chú thích]()\\\n*Chỉ có chú thích*\n');
    expect(text).toContain('\n![]()\\\n(Ảnh: Chỉ có nguồn)\n');
    expect(text).toContain('*\\*Không\\* phải in nghiêng* (Ảnh: \\_TTXVN\\_)');
  });

  it('writes each credit after its own label, and a credit that names itself alone', () => {
    const images = edgeArticles().find((c) => c.name === 'images of every shape')!.article;
    const text = toMarkdown(images, { frontMatter: false });
    expect(text).toContain('*Phố cổ* (Tranh: Bùi Xuân Phái)');
    expect(text).toContain('*Chú thích (có ngoặc)* (Nguồn: Nguồn: A) (B)');
    expect(text).toContain('*Một đoạn clip* (Ảnh chụp màn hình)');
  });

  it('defuses an image src that is not safe to link as a relative path', () => {
    const article = { ...fullArticle(), images: [{ src: 'javascript:alert(1)//a.jpg', caption: null, credit: null, creditLabel: null, afterParagraph: 0 }] };
    expect(toMarkdown(article, { frontMatter: false })).toContain('![](./javascript:alert\\(1\\)//a.jpg)');
  });
});

describe('escaping', () => {
  const paragraph = (text: string): string => {
    const article = { ...fullArticle(), title: null, lead: null, images: [], officials: [], paragraphs: [text] };
    return toMarkdown(article, { frontMatter: false }).trimEnd();
  };

  it.each([
    ['# x', '\\# x'],
    ['* x', '\\* x'],
    ['1. x', '1\\. x'],
    ['[x](y)', '\\[x]\\(y)'],
    ['<b>', '\\<b>'],
    ['a | b', 'a \\| b'],
    ['~~x~~', '\\~\\~x\\~\\~'],
    ['_tên_', '\\_tên\\_'],
    ['&amp;', '\\&amp;'],
    ['---', '\\---'],
  ])('Markdown-looking %j is escaped as %j', (text, written) => {
    expect(paragraph(text)).toBe(written);
  });

  it.each([
    'Giá 1.500 đồng tại TP. Hải Phòng.',
    'Tệp thuong_truc_ban_bi_thu.jpg và snake_case.',
    'Ủy viên Bộ Chính trị, Thường trực Ban Bí thư',
    'Ngày 11/3/2025 (thứ Ba): 8% trở lên; "trích dẫn" & dấu.',
  ])('%j needs no escape and gets none', (text) => {
    expect(paragraph(text)).toBe(text);
  });

  it('keeps Vietnamese letters as UTF-8 (no character references)', () => {
    expect(toMarkdown(fullArticle())).not.toMatch(/&#/);
  });

  it('EXTRA_UNSAFE adds the GFM characters CommonMark does not escape, and "<" opening an image destination or an email autolink', () => {
    expect(EXTRA_UNSAFE.map((entry) => entry.character)).toEqual(['|', '~', '<', '<']);
  });

  it('a caption with line breaks gives a one-line alt text: a "- item" after a break opens no list inside the image (fuzz seed 328042402)', () => {
    const article = { ...fullArticle(), paragraphs: [], images: [{ src: null, caption: '\n-\n- item', credit: null, creditLabel: null, afterParagraph: -1 }] };
    const markdown = toMarkdown(article);
    expect(markdown).toContain('![- - item]()');
    const read = readMarkdown(markdown);
    expect(read.fields.images.map((image) => image.caption)).toEqual(['\n-\n- item']);
    expect(read.fields.paragraphs).toEqual([]);
  });
});
