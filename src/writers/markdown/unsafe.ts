/**
 * Characters remark-stringify does not escape on its own (it knows CommonMark only) but
 * that common renderers give a meaning: GitHub-flavoured tables (`a | b`), strikethrough
 * (`~~x~~`), escaped everywhere in article text so the text renders literally in
 * markdown-it, GitHub and the like; and two cases it misses in CommonMark itself (an image
 * destination opening with `<`, an email autolink opening with a digit). Same shape as mdast-util-to-markdown's own `unsafe`
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
  /**
   * "<" before what can start an email autolink (`<0@0>`, `<a.b@c>`): remark-stringify escapes
   * "<" only before a letter, "!", "/" or "?", and a paragraph "<0@0>" read back as a link "0@0".
   * Found by tests/properties/markdown-round-trip.test.ts (npm run fuzz, seed 616807316);
   * fixtures/regressions/md-lt-email-autolink.
   */
  { character: '<', after: "[\\w.!#$%&'*+/=?^`{|}~-]", inConstruct: 'phrasing' },
];
