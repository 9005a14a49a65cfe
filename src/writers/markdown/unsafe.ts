/**
 * Characters remark-stringify does not escape on its own (it knows CommonMark only) but
 * that common renderers give a meaning: GitHub-flavoured tables (`a | b`), strikethrough
 * (`~~x~~`), escaped everywhere in article text so the text renders literally in
 * markdown-it, GitHub and the like; and one case it misses in CommonMark itself (an image
 * destination opening with `<`). Same shape as mdast-util-to-markdown's own `unsafe`
 * table; CommonMark's cases (`# `, `* `, `1. `, `[x](y)`, `<b>`, `_x_`, `&amp;`) are its job.
 */
import type { Unsafe } from 'mdast-util-to-markdown';

export const EXTRA_UNSAFE: readonly Unsafe[] = [
  /** GFM table cell separator: "Giá | Số lượng" must not become a table. */
  { character: '|', inConstruct: 'phrasing' },
  /** GFM strikethrough: "~~giảm~~" must not be struck through. */
  { character: '~', inConstruct: 'phrasing' },
  /**
   * An image src that starts with "<" ("<script>x</script>", a relative path as far as
   * model/image-src.ts goes): written raw, `![](<script>…)` is no image at all in CommonMark
   * (a raw destination may not start with "<"), and the reader lost the image. Found by
   * tests/properties/markdown-round-trip.test.ts; fixtures/regressions/md-src-starts-with-lt.
   */
  { character: '<', inConstruct: 'destinationRaw' },
];
