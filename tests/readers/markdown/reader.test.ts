/**
 * readMarkdown on Markdown a person has edited: corrections are taken, what vnnews
 * would not write becomes paragraphs or is dropped, always with a warning, never thrown.
 */
import { describe, expect, it } from 'vitest';
import { readMarkdown } from '../../../src/readers/markdown/index.js';
import { toMarkdown } from '../../../src/writers/markdown/index.js';
import { fullArticle } from '../../writers/articles.js';

const rules = (read: ReturnType<typeof readMarkdown>): string[] => read.warnings.map((w) => w.rule);

describe('readMarkdown, hand-edited', () => {
  const original = fullArticle();
  const markdown = toMarkdown(original);

  it('takes a corrected paragraph and finds the official mentioned in it again', () => {
    const edited = markdown.replace('Đồng chí Trần Cẩm Tú, Thường', 'Sáng nay, đồng chí Trần Cẩm Tú, Thường');
    const read = readMarkdown(edited);
    expect(read.fields.paragraphs[0]).toBe('Sáng nay, đồng chí Trần Cẩm Tú, Thường trực Ban Bí thư, dự buổi làm việc.');
    const mention = read.fields.officials[1]!.mentions[0]!;
    expect(read.fields.paragraphs[0]!.slice(mention.start, mention.end)).toBe('Trần Cẩm Tú');
    expect(mention.start).toBe(19);
    expect(read.warnings).toEqual([]);
  });

  it('drops a mention whose name is no longer in the text, with a warning', () => {
    const read = readMarkdown(markdown.replace('Đồng chí Trần Cẩm Tú, Thường', 'Đồng chí Thường'));
    expect(read.fields.officials[1]!.mentions).toEqual([]);
    expect(rules(read)).toEqual(['markdown/mention-lost']);
  });

  it('takes corrected metadata from the front matter', () => {
    const read = readMarkdown(markdown.replace('section: Chính trị', 'section: Thời sự'));
    expect(read.fields.section).toBe('Thời sự');
  });

  it('leaves out a front-matter field of the wrong type, naming it', () => {
    const read = readMarkdown(markdown.replace('section: Chính trị', 'section: [1, 2]'));
    expect(read.fields.section).toBeNull();
    expect(read.warnings).toEqual([{ line: 1, rule: 'markdown/front-matter', message: 'front matter "section" should be a string or null, left out' }]);
  });

  it('leaves out front matter that is not YAML, and still reads the text', () => {
    const read = readMarkdown(markdown.replace('section: Chính trị', 'section: [unclosed'));
    expect(rules(read)).toEqual(['markdown/front-matter']);
    expect(read.fields.section).toBeNull();
    expect(read.fields.title).toBe(original.title);
    expect(read.fields.paragraphs).toEqual(original.paragraphs);
  });

  it('reads a list, a quote and a subheading someone typed as paragraphs, with warnings', () => {
    const edited = markdown.replace('Đoạn cuối của bài.', '## Tiểu mục\n\n- một\n- hai\n\n> trích\n\n***\n\nĐoạn cuối của bài.');
    const read = readMarkdown(edited);
    expect(read.fields.paragraphs.slice(1)).toEqual(['Tiểu mục', 'một', 'hai', 'trích', 'Đoạn cuối của bài.']);
    expect(rules(read)).toEqual(['markdown/unexpected-block', 'markdown/unexpected-block', 'markdown/unexpected-block', 'markdown/dropped']);
  });

  it('reads a credit after any label, in any case, and a credit in brackets with no label', () => {
    const image = (beneath: string) => readMarkdown(`# T\n\nĐoạn một.\n\n![x](a.jpg)\\\n${beneath}\n`).fields.images[0];
    expect(image('*Phố cổ* (Tranh: Bùi Xuân Phái)')).toMatchObject({ caption: 'Phố cổ', credit: 'Bùi Xuân Phái', creditLabel: 'Tranh' });
    expect(image('*Phố cổ* (nguồn: Reuters)')).toMatchObject({ credit: 'Reuters', creditLabel: 'Nguồn' });
    expect(image('*Một clip* (Ảnh chụp màn hình)')).toMatchObject({ credit: 'Ảnh chụp màn hình', creditLabel: null });
    // Words before ": " that are no label belong to the credit.
    expect(image('*Biểu đồ* (Số liệu: Tổng cục Thống kê)')).toMatchObject({ credit: 'Số liệu: Tổng cục Thống kê', creditLabel: null });
  });

  it('keeps text beneath an image that is not in the credit form as its caption', () => {
    const read = readMarkdown(markdown.replace('(Ảnh: TTXVN)', 'ảnh TTXVN'));
    expect(read.fields.images[0]).toMatchObject({ caption: 'Phó Thủ tướng Trần Hồng Hà phát biểu. ảnh TTXVN', credit: null });
    expect(rules(read)).toEqual(['markdown/caption']);
  });

  it('reads Markdown with no front matter and no H1: all text, no metadata', () => {
    const read = readMarkdown('Một đoạn.\n\nHai đoạn.\n');
    expect(read.fields).toMatchObject({ title: null, lead: null, section: null, byline: null, paragraphs: ['Một đoạn.', 'Hai đoạn.'] });
  });
});
