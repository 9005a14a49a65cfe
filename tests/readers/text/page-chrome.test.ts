/**
 * An article copied with its page around it reads as the article alone: the fixture articles,
 * with a site's header lines above them (menus, login links, the paper's name and tagline,
 * weather, a language switch, a search box) or its footer lines below (address, licence, a rating
 * widget, a comment form, share buttons), give the same section, title, byline, date, lead,
 * paragraphs and captions. Each of these wrappers broke the title or the body before the rules
 * that drop it (header.ts, patterns.ts).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Article } from '../../../src/model/article.js';
import { parseBytes } from '../../../src/parse.js';

const FIXTURES = ['seed', 'cms-export', 'date-above-title', 'page-chrome', 'single-newlines', 'crlf-bom-nfd', 'hostile'];

const HEADERS = [
  ['Trang chủ', 'Đăng nhập | Đăng ký', 'Thời sự | Thế giới | Kinh doanh | Giải trí | Thể thao | Pháp luật'],
  ['BÁO ĐIỆN TỬ TIN NHANH', 'Cơ quan của Hội Nhà báo Việt Nam'],
  ['Hà Nội 25°C', 'English | Français | 中文'],
  ['Menu', 'Tìm kiếm'],
  ['Thời sự', 'Thế giới', 'Kinh doanh', 'Giải trí', 'Thể thao', 'Trang chủ'],
  ['Nhập từ khóa tìm kiếm...', 'Podcast | Video | Ảnh | Infographic | Longform'],
  ['Mới nhất', 'Đọc nhiều', 'Tiêu điểm'],
  ['Nóng', 'Mới', 'Video', 'Chủ đề'],
];
const FOOTERS = [
  ['Tòa soạn: Số 5 Lý Thường Kiệt, Hoàn Kiếm, Hà Nội', 'Điện thoại: 024 3825 1234', 'Giấy phép số 123/GP-BTTTT do Bộ Thông tin và Truyền thông cấp ngày 1/1/2020', '© Bản quyền thuộc về Báo Tin Nhanh.'],
  ['Bạn thấy bài viết thế nào?', 'Hay', 'Bình thường', 'Không hay'],
  ['Bình luận (0)', 'Gửi bình luận', 'Họ tên', 'Email', 'Gửi'],
  ['Facebook Twitter Zalo Copy link', 'In bài viết'],
];

/** Reading tools and counters copied from under the headline, each line as the page prints it. */
const TOOLBARS = [['0 bình luận  Chia sẻ'], ['A-', 'A+'], ['Chia sẻ Bình luận (3)'], ['1.234 lượt xem Chia sẻ Lưu']];

const text = (s: string | null): string => (s ?? '').replace(/\s+/gu, ' ').trim();
const fields = (a: Article) => ({
  section: a.section,
  title: text(a.title),
  authors: a.byline?.authors ?? [],
  published: a.published,
  lead: text(a.lead),
  paragraphs: a.paragraphs.map(text),
  captions: a.images.map((image) => text(image.caption)),
});
const read = (input: string) => fields(parseBytes(Buffer.from(input, 'utf8')));

describe('an article inside its page reads as the article alone', () => {
  for (const name of FIXTURES) {
    const input = readFileSync(`fixtures/${name}/input.txt`, 'utf8').replace(/^\ufeff/u, '');
    const alone = read(input);
    it(`${name}: under a site's header`, () => {
      expect(alone.title).not.toBe('');
      for (const lines of HEADERS) expect(read(`${lines.join('\n')}\n\n${input}`), lines.join(' / ')).toEqual(alone);
    });
    it(`${name}: with a toolbar under its title`, () => {
      const lines = input.split('\n');
      const at = lines.findIndex((line) => text(line.normalize('NFC')) === alone.title);
      expect(at, 'the title stands alone on a line').toBeGreaterThanOrEqual(0);
      for (const toolbar of TOOLBARS) {
        const withTools = [...lines.slice(0, at + 1), ...toolbar, ...lines.slice(at + 1)].join('\n');
        expect(read(withTools), toolbar.join(' / ')).toEqual(alone);
      }
    });
    it(`${name}: above a site's footer`, () => {
      for (const lines of FOOTERS) expect(read(`${input.trimEnd()}\n\n${lines.join('\n')}\n`), lines.join(' / ')).toEqual(alone);
    });
  }
});
