/**
 * Characters remark-stringify does not escape on its own (it knows CommonMark only) but
 * that common renderers give a meaning: GitHub-flavoured tables (`a | b`), strikethrough
 * (`~~x~~`). Escaped everywhere in article text so the text renders literally in
 * markdown-it, GitHub and the like. Same shape as mdast-util-to-markdown's own `unsafe`
 * table; CommonMark's cases (`# `, `* `, `1. `, `[x](y)`, `<b>`, `_x_`, `&amp;`) are its job.
 */
import type { Unsafe } from 'mdast-util-to-markdown';

export const EXTRA_UNSAFE: readonly Unsafe[] = [
  /** GFM table cell separator: "Giá | Số lượng" must not become a table. */
  { character: '|', inConstruct: 'phrasing' },
  /** GFM strikethrough: "~~giảm~~" must not be struck through. */
  { character: '~', inConstruct: 'phrasing' },
];
