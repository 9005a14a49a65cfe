import { describe, expect, it } from 'vitest';
import { decodeEntities } from '../../src/text/entities.js';
import { parseArticle, parseBytes } from '../../src/index.js';

describe('decodeEntities', () => {
  it('decodes named, decimal and hexadecimal references as a CMS export writes them', () => {
    expect(decodeEntities('Th&agrave;nh ph&#7889; H&agrave; N&#7897;i')).toBe('Thành phố Hà Nội');
    expect(decodeEntities('Sở TN&amp;MT, &quot;nóng&quot; &ndash; &#x2013; &hellip;')).toBe('Sở TN&MT, "nóng" – – …');
    expect(decodeEntities('&Agrave; &agrave; &Eacute; &eacute; &Ocirc; &ocirc; &Yacute; &yacute; &AElig; &aelig; &szlig; &yuml;')).toBe('À à É é Ô ô Ý ý Æ æ ß ÿ');
    expect(decodeEntities('a&nbsp;b')).toBe('a\u00a0b');
  });

  it('leaves the text alone when it holds no reference it knows (null)', () => {
    expect(decodeEntities('Hà Nội & TP.HCM')).toBeNull();
    expect(decodeEntities('AT&T; R&D; &foo; &#0; &#xD800; &#99999999;')).toBeNull();
    expect(decodeEntities('no ampersand')).toBeNull();
  });

  it('one reference to a markup character alone is the text\'s own (trap): "&amp;" in a text about markup', () => {
    expect(decodeEntities('Ký tự &amp; trong văn bản')).toBeNull();
    expect(decodeEntities('Sở TN&amp;MT và Sở KH&amp;ĐT')).toBe('Sở TN&MT và Sở KH&ĐT');
    expect(decodeEntities('Giá tăng&hellip;')).toBe('Giá tăng…');
  });

  it('decodes once: a double-encoded reference keeps one level ("&amp;lt;" → "&lt;")', () => {
    expect(decodeEntities('&amp;lt;b&amp;gt;')).toBe('&lt;b&gt;');
  });
});

describe('parse: a text with HTML character references', () => {
  const text = 'Chính trị\n\nTh&agrave;nh ph&#7889; khánh thành cầu mới &quot;Bình Lâm&quot;\n\nVũ Ba 11/03/2025 - 20:25\n\nNgày 11/3, UBND TP Bình Lâm tổ chức lễ khánh thành cầu mới bắc qua sông&nbsp;Hồng.\n\nCầu dài 5 km.\n';

  it('reads the decoded text and notes "html-entities"', () => {
    for (const article of [parseArticle(text), parseBytes(Buffer.from(text))]) {
      expect(article.title).toBe('Thành phố khánh thành cầu mới "Bình Lâm"');
      expect(article.lead).toBe('Ngày 11/3, UBND TP Bình Lâm tổ chức lễ khánh thành cầu mới bắc qua sông Hồng.');
      expect(article.source.normalizations).toEqual(expect.arrayContaining(['html-entities', 'nbsp']));
    }
  });

  it('a text with none notes nothing (trap)', () => {
    expect(parseArticle('Tiêu đề bài báo\n\nNgày 11/3, UBND TP Bình Lâm tổ chức lễ khánh thành cầu mới & đường mới.\n').source.normalizations).not.toContain('html-entities');
  });
});
