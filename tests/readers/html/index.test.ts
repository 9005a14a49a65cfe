import { describe, expect, it } from 'vitest';
import { readHtml } from '../../../src/readers/html/index.js';
import { parseDocument } from '../../../src/parse.js';
import { VnnewsError } from '../../../src/errors.js';

const P = (text: string) => `<p>${text}</p>`;
const PARA1 = 'Đoạn văn thứ nhất của bài báo, đủ dài để là một đoạn văn của thân bài.';
const PARA2 = 'Đoạn văn thứ hai của bài báo, cũng đủ dài để được tính vào thân bài.';
const PARA3 = 'Đoạn văn thứ ba kết thúc bài báo và có độ dài vừa đủ cho một đoạn.';

const page = (body: string, head = '') => `<!DOCTYPE html><html><head>${head}</head><body>${body}</body></html>`;
const lines = (html: string) => readHtml(html).text.split('\n').filter((line) => line !== '');

describe('readHtml: the article region', () => {
  it('runs from the headline to the end of the block of paragraphs, leaving menus, sidebars and footers out', () => {
    const html = page(
      '<nav><a href="/">Trang chủ</a><a href="/a">Thời sự</a></nav>' +
        '<div class="col"><h1>Tiêu đề bài báo mẫu</h1><div class="info">Vũ Ba 11/03/2025 - 20:25</div>' +
        `<div class="content">${P(PARA1)}${P(PARA2)}${P(PARA3)}</div></div>` +
        '<aside><h2>Đọc nhiều</h2><p>Một bài khác trong cột bên cạnh, đủ dài để giống một đoạn văn.</p></aside>' +
        '<footer><p>Giấy phép hoạt động báo chí số 1/GP, địa chỉ tòa soạn ở Hà Nội.</p></footer>',
    );
    expect(lines(html)).toEqual(['Tiêu đề bài báo mẫu', 'Vũ Ba 11/03/2025 - 20:25', PARA1, PARA2, PARA3]);
  });

  it('keeps a main column whose class names it a sidebar: class names never choose the region', () => {
    const html = page(`<div class="sidebar-1"><h1>Tiêu đề bài báo mẫu</h1><article>${P(PARA1)}${P(PARA2)}</article></div>`);
    expect(lines(html)).toEqual(['Tiêu đề bài báo mẫu', PARA1, PARA2]);
  });

  it('drops boxes of links and chrome by class inside the region, but keeps a share bar holding the byline', () => {
    const html = page(
      '<h1>Tiêu đề bài báo mẫu</h1><div class="author-share-top"><a class="author">Vũ Ba</a> - 11/03/2025 20:25</div>' +
        `<div class="body">${P(PARA1)}<div class="box-related"><p>Tin liên quan, một đoạn dẫn không phải là link nhưng nằm trong hộp.</p></div>` +
        `<ul><li><a href="/x">Một bài liên quan có tiêu đề dài đến mức giống đoạn văn</a></li></ul>${P('<a href="/y">Xem thêm: bài viết khác của chuyên mục</a>')}${P(PARA2)}</div>`,
    );
    expect(lines(html)).toEqual(['Tiêu đề bài báo mẫu', 'Vũ Ba - 11/03/2025 20:25', PARA1, PARA2]);
  });

  it('leaves scripts, styles, forms and hidden elements out', () => {
    const html = page(
      `<h1>Tiêu đề bài báo mẫu</h1><div>${P(PARA1)}<script>var a = "<p>không phải bài</p>";</script><style>p{color:red}</style>` +
        `<div hidden>${P('Một đoạn ẩn không hiển thị trên trang.')}</div><div style="display: none">Ẩn nữa</div>` +
        `<form><textarea>Ý kiến bạn đọc</textarea><button>Gửi</button></form>${P(PARA2)}</div>`,
    );
    expect(lines(html)).toEqual(['Tiêu đề bài báo mẫu', PARA1, PARA2]);
  });

  it('finds a headline printed in a styled <div> by the title the metadata gives, with the category link above it', () => {
    const html = page(
      `<div class="cat"><a href="/kinh-te">Kinh tế</a></div><div class="title-detail">Tiêu đề  bài báo mẫu</div><div>${P(PARA1)}${P(PARA2)}</div>`,
      '<meta property="og:title" content="Tiêu đề bài báo mẫu">',
    );
    expect(lines(html)).toEqual(['Kinh tế', 'Tiêu đề bài báo mẫu', PARA1, PARA2]);
  });

  it('puts every block on a line of its own with a blank line between, and a <br> as a line break inside its block', () => {
    const html = page(`<h1>Tiêu đề bài báo mẫu</h1><div>Vũ Ba</div><div>${P(PARA1)}<p>Dòng một<br>dòng hai</p>${P(PARA2)}</div>`);
    expect(readHtml(html).text).toBe(`Tiêu đề bài báo mẫu\n\nVũ Ba\n\n${PARA1}\n\nDòng một\ndòng hai\n\n${PARA2}`);
  });

  it("takes along the section (a breadcrumb's first level) and the date line printed just above the headline", () => {
    const html = page(
      '<div class="wrap"><ul class="crumbs"><li><a href="/kd">Kinh doanh</a></li><li><a href="/kd/tc">Tài chính</a></li></ul>' +
        `<span class="date">Thứ bảy, 7/3/2026, 00:05 (GMT+7)</span><h1>Tiêu đề bài báo mẫu</h1><article>${P(PARA1)}${P(PARA2)}</article></div>`,
    );
    expect(lines(html)).toEqual(['Kinh doanh', 'Thứ bảy, 7/3/2026, 00:05 (GMT+7)', 'Tiêu đề bài báo mẫu', PARA1, PARA2]);
  });

  it('never takes a site menu above the headline for the section', () => {
    const html = page(
      '<div class="menuheader"><a href="/xh">XÃ HỘI</a><a href="/kt">KINH TẾ</a></div>' +
        `<div><h1>Tiêu đề bài báo mẫu</h1><div>${P(PARA1)}${P(PARA2)}</div></div>`,
    );
    expect(lines(html)[0]).toBe('Tiêu đề bài báo mẫu');
  });

  it("takes along the author's line printed after the body, outside it, but not a box linking to the original", () => {
    const html = page(
      `<div class="main"><h1>Tiêu đề bài báo mẫu</h1><div class="w"><div class="body">${P(PARA1)}${P(PARA2)}</div></div>` +
        '<div class="foot"><p class="author">Dương Ngọc</p><p class="source">Nhịp sống thị trường</p>' +
        '<div class="link-source-wrapper"><a class="link-source-name">Nhịp sống thị trường</a> Copy link</div></div></div>',
    );
    expect(lines(html)).toEqual(['Tiêu đề bài báo mẫu', PARA1, PARA2, 'Dương Ngọc']);
  });

  it('keeps a byline whose author is a link, and a date line beside a category link, but drops a labelled box of teasers', () => {
    const html = page(
      '<h1>Tiêu đề bài báo mẫu</h1><div class="by"><a href="/tac-gia/tri-tuc">Tri Túc</a></div>' +
        '<p class="dateandcat">07-03-2026 - 00:01 AM | <a href="/ck">Chứng khoán</a> <a href="/rss">RSS</a></p>' +
        `<div class="content">${P(PARA1)}<ul><li><span>Tham khảo thêm</span><h4><a href="/a">Chính sách mới có hiệu lực từ tháng 2/2026</a></h4>` +
        `<a href="/a"><img src="/thumb/a.jpg"></a></li></ul>${P(PARA2)}</div>`,
    );
    expect(lines(html)).toEqual(['Tiêu đề bài báo mẫu', 'Tri Túc', '07-03-2026 - 00:01 AM | Chứng khoán RSS', PARA1, PARA2]);
  });

  it('prints the metadata title on top when the page prints no headline', () => {
    const html = page(`<div>${P(PARA1)}${P(PARA2)}</div>`, '<meta property="og:title" content="Tiêu đề từ thẻ meta">');
    expect(lines(html)[0]).toBe('Tiêu đề từ thẻ meta');
  });

  it('reads the whole body, with a warning, when the page has no block of paragraphs', () => {
    const read = readHtml(page('<div>Chỉ một dòng ngắn</div>'));
    expect(read.text).toBe('Chỉ một dòng ngắn');
    expect(read.warnings.map((w) => w.rule)).toEqual(['html/no-article']);
  });
});

describe('readHtml: images', () => {
  it('puts a figure as its address with its caption on the very next line, the caption in one line', () => {
    const html = page(
      `<h1>Tiêu đề bài báo mẫu</h1><div>${P(PARA1)}<figure><img src="data:image/gif;base64,AAAA" data-src="https://cdn.vn/a (1).jpg">` +
        `<figcaption><p>Người dân đi qua cầu.</p><p>Ảnh: Minh Anh</p></figcaption></figure>${P(PARA2)}</div>`,
    );
    expect(lines(html)).toEqual(['Tiêu đề bài báo mẫu', PARA1, '![](https://cdn.vn/a%20%281%29.jpg)', 'Người dân đi qua cầu. Ảnh: Minh Anh', PARA2]);
  });

  it('reads a table laid out as a figure: the photo in one row, its caption in the next', () => {
    const html = page(
      `<h1>Tiêu đề bài báo mẫu</h1><div>${P(PARA1)}<table><tr><td><img src="/anh/b.png"></td></tr><tr><td>Toàn cảnh hội nghị. (Ảnh: TTXVN)</td></tr></table>${P(PARA2)}</div>`,
    );
    expect(lines(html)).toContain('![](/anh/b.png)');
    expect(lines(html)[lines(html).indexOf('![](/anh/b.png)') + 1]).toBe('Toàn cảnh hội nghị. (Ảnh: TTXVN)');
  });

  it('reads an AMP page: <amp-img> as a photo, its ads and share bar out', () => {
    const html = page(
      `<h1>Tiêu đề bài báo mẫu</h1><div>${P(PARA1)}<amp-ad width="300" height="250" type="adsense"><p>Quảng cáo của nhà tài trợ, đủ dài để giống một đoạn văn.</p></amp-ad>` +
        `<figure><amp-img src="https://cdn.vn/anh.jpg" width="800" height="450" layout="responsive"></amp-img><figcaption>Toàn cảnh buổi lễ.</figcaption></figure>` +
        `<amp-social-share type="facebook"></amp-social-share>${P(PARA2)}</div>`,
    );
    expect(lines(html)).toEqual(['Tiêu đề bài báo mẫu', PARA1, '![](https://cdn.vn/anh.jpg)', 'Toàn cảnh buổi lễ.', PARA2]);
  });

  it('drops icons (SVG, or under 80 pixels by the page) and placeholders with no address', () => {
    const html = page(
      `<h1>Tiêu đề bài báo mẫu</h1><div>${P(PARA1)}<p><img src="/i/arrow.svg"><img src="/i/print.png" width="20px"><img src="data:image/png;base64,AA"></p>${P(PARA2)}</div>`,
    );
    expect(lines(html)).toEqual(['Tiêu đề bài báo mẫu', PARA1, PARA2]);
  });
});

describe('readHtml: hostile pages', () => {
  it('throws one INVALID_HTML error for tags nested tens of thousands deep, not a stack overflow', () => {
    const deep = page(`${'<div>'.repeat(100_000)}${P(PARA1)}${'</div>'.repeat(100_000)}`);
    expect(() => readHtml(deep)).toThrow(VnnewsError);
    expect(() => readHtml(deep)).toThrow(/nested too deeply/);
  });

  it('reads unclosed and misnested tags as a browser would', () => {
    const html = '<html><body><h1>Tiêu đề bài báo mẫu<p>' + PARA1 + '<p><b><i>' + PARA2 + '</b></i>';
    expect(lines(html)).toEqual(['Tiêu đề bài báo mẫu', PARA1, PARA2]);
  });
});

describe('parseDocument on a page', () => {
  const bytes = (html: string) => new TextEncoder().encode(html);

  it('fills from the metadata only what the text does not print, and records the html normalization', async () => {
    const html = page(
      `<h1>Tiêu đề bài báo mẫu</h1><div>${P(PARA1)}${P(PARA2)}${P(PARA3)}</div>`,
      '<meta property="article:published_time" content="2025-03-11T13:25:00Z"><meta property="article:section" content="Thời sự">' +
        '<script type="application/ld+json">{"@type":"NewsArticle","author":{"@type":"Person","name":"Vũ Ba"}}</script>',
    );
    const article = await parseDocument(bytes(html), { path: 'bai.html' });
    expect(article.title).toBe('Tiêu đề bài báo mẫu');
    expect(article.section).toBe('Thời sự');
    expect(article.published).toBe('2025-03-11T20:25:00+07:00');
    expect(article.byline?.authors).toEqual(['Vũ Ba']);
    expect(article.source.normalizations).toContain('html');
    expect(article.warnings.map((w) => w.rule)).not.toContain('published/missing');
    expect(article.warnings.map((w) => w.rule)).not.toContain('byline/missing');
  });

  it('keeps the time the text prints over the metadata (a page may stamp its last update there)', async () => {
    const html = page(
      `<h1>Tiêu đề bài báo mẫu</h1><div class="date">11/03/2025 - 20:25</div><div>${P(PARA1)}${P(PARA2)}</div>`,
      '<meta property="article:published_time" content="2025-03-12T08:00:00+07:00">',
    );
    expect((await parseDocument(bytes(html))).published).toBe('2025-03-11T20:25:00+07:00');
  });

  it('reads a .txt file that holds a page as the page it is', async () => {
    const article = await parseDocument(bytes(page(`<h1>Tiêu đề bài báo mẫu</h1><div>${P(PARA1)}${P(PARA2)}</div>`)), { path: 'luu.txt' });
    expect(article.paragraphs).toEqual([PARA2]);
    expect(article.lead).toBe(PARA1);
  });
});
