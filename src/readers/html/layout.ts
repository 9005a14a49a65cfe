/**
 * The region's tree, rearranged so that its text reads as the text reader expects a copied
 * article: an image is a line of its own holding its address ("![](…)"), with its caption on
 * the very next line (a figure's <figcaption>, the next row of an image table), and boxes of
 * links (related articles, tags) are gone. Iterative throughout: pages may nest very deep.
 */
import type { Element, ElementContent } from 'hast';
import { toText } from 'hast-util-to-text';

/** Attributes that hold an image's real address on pages that load images lazily, before `src`. */
const IMAGE_SOURCES = ['dataOriginal', 'dataSrc', 'dataLazySrc', 'dataSrcset', 'src'] as const;

/** An image element: <img>, or <amp-img> on an AMP page (its address and size in the same attributes). */
const isImage = (element: Element): boolean => element.tagName === 'img' || element.tagName === 'amp-img';

/** An icon, not a photo: drawn (SVG) or printed under this many pixels wide or high. */
const MIN_PHOTO_SIDE = 80;

/** An image's address: the first of IMAGE_SOURCES that is not a data URI (a placeholder); null for none or an icon. */
export function imageAddress(image: Element): string | null {
  for (const side of ['width', 'height']) {
    const size = Number.parseFloat(String(image.properties[side] ?? ''));
    if (Number.isFinite(size) && size > 0 && size < MIN_PHOTO_SIDE) return null;
  }
  for (const name of IMAGE_SOURCES) {
    const value = image.properties[name];
    if (typeof value !== 'string') continue;
    const address = name === 'dataSrcset' ? (value.trim().split(/\s+/u)[0] ?? '') : value.trim();
    if (address === '' || /^data:/iu.test(address)) continue;
    return /\.svg(?:[?#]|$)/iu.test(address) ? null : address;
  }
  return null;
}

/** "![](address)": the image line the text reader reads (readers/text/patterns.ts), its address escaped to stay one token. */
function imageLine(address: string): ElementContent {
  const escaped = encodeURI(address).replace(/[()]/gu, (c) => (c === '(' ? '%28' : '%29'));
  return { type: 'text', value: `![](${escaped})` };
}

const block = (tagName: string, children: ElementContent[]): Element => ({ type: 'element', tagName, properties: {}, children });

/**
 * A line break inside a block (a <br>, or between a photo's address and its caption), kept
 * apart from the breaks between blocks, which index.ts makes blank lines. A private-use
 * character: index.ts takes it out of the page before parsing, so only these are left.
 */
export const LINE_BREAK = '\uE000';

/** The first photo below `node` (not inside a nested figure), with its address. */
function firstPhoto(node: Element): { image: Element; address: string } | null {
  const stack: ElementContent[] = [...node.children].reverse();
  while (stack.length > 0) {
    const next = stack.pop()!;
    if (next.type !== 'element') continue;
    if (isImage(next)) {
      const address = imageAddress(next);
      if (address !== null) return { image: next, address };
    } else if (next.tagName !== 'figure') {
      for (let i = next.children.length - 1; i >= 0; i--) stack.push(next.children[i]!);
    }
  }
  return null;
}

/**
 * Images as lines. A <figure> becomes a paragraph of two lines, its photo's address and its
 * caption; an image in a table cell a line in that cell (the caption is the next row); any
 * other image a paragraph of its own. Icons and placeholders go.
 */
export function imagesAsLines(region: ElementContent[]): void {
  const stack: Element[] = [];
  const root = block('div', region);
  stack.push(root);
  while (stack.length > 0) {
    const node = stack.pop()!;
    for (let i = 0; i < node.children.length; i++) {
      const child = node.children[i]!;
      if (child.type !== 'element') continue;
      const photo = child.tagName === 'figure' || child.tagName === 'table' ? firstPhoto(child) : null;
      if (child.tagName === 'figure' || (photo !== null && photoCount(child) === 1)) {
        // A figure, or a table laid out as one (a photo in one row, its caption in the next): the
        // photo's address, and its caption as one line right under it, whatever blocks it was in.
        const caption = child.tagName === 'figure' ? child.children.find((c): c is Element => c.type === 'element' && c.tagName === 'figcaption') : child;
        const words = caption ? toText(caption).replace(/\s+/gu, ' ').trim() : '';
        const lines: ElementContent[] = [];
        if (photo) lines.push(imageLine(photo.address));
        if (photo && words !== '') lines.push({ type: 'text', value: LINE_BREAK });
        if (words !== '') lines.push({ type: 'text', value: words });
        node.children[i] = block('p', lines);
      } else if (isImage(child)) {
        const address = imageAddress(child);
        const inCell = node.tagName === 'td' || node.tagName === 'th';
        node.children[i] = address === null ? { type: 'text', value: '' } : block(inCell ? 'div' : 'p', [imageLine(address)]);
      } else if (child.tagName === 'br') {
        node.children[i] = { type: 'text', value: LINE_BREAK };
      } else {
        stack.push(child);
      }
    }
  }
  region.splice(0, region.length, ...root.children);
}

/** How many photos (images with an address) are below `node`. */
function photoCount(node: Element): number {
  let count = 0;
  const stack: ElementContent[] = [...node.children];
  while (stack.length > 0) {
    const next = stack.pop()!;
    if (next.type !== 'element') continue;
    if (isImage(next) && imageAddress(next) !== null) count++;
    stack.push(...next.children);
  }
  return count;
}

/** Blocks that can be a box of links. */
const LINK_BOX_TAGS: ReadonlySet<string> = new Set(['div', 'section', 'ul', 'ol', 'li', 'p', 'h2', 'h3', 'h4', 'h5', 'h6', 'table', 'span', 'figure']);

/** At least this share of a block's letters in links makes it a box of links. */
const LINK_SHARE = 0.8;

/**
 * A labelled box of links ("Tham khảo thêm" + a teaser, "Tin liên quan" + titles): two links
 * or more, at least half the letters in them, and outside them no more than this many letters
 * and no digit (a label, not a date line: "07-03-2026 - 00:01 AM | <a>Chứng khoán</a>" stays).
 * Two links at least, so that a source line with one link ("Theo <a>Báo X</a>") stays.
 */
const MAX_LABEL = 25;

/**
 * A block that is one link is a box of links (a related title, "Xem thêm: …") only with this
 * many letters in it: a short one is the author's name or the category, which bylines link.
 */
const MIN_LONE_LINK = 25;

/**
 * Drops the blocks whose text is nearly all links (related articles, "Xem thêm", tags), keeping
 * `keep` (the container) and anything with a photo that is not itself a link (a linked thumbnail
 * is a teaser). Letters, links and photos are counted bottom-up in one pass.
 */
export function dropLinkBoxes(region: ElementContent[], keep: Element | null): void {
  const root = block('div', region);
  const order: Element[] = [];
  const stack: Element[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    order.push(node);
    for (const child of node.children) if (child.type === 'element') stack.push(child);
  }
  // Post-order: what each element holds.
  // `digits`: a digit outside links.
  const counts = new Map<Element, { letters: number; linked: number; links: number; photos: number; digits: boolean }>();
  for (let k = order.length - 1; k >= 0; k--) {
    const node = order[k]!;
    const count = { letters: 0, linked: 0, links: node.tagName === 'a' ? 1 : 0, photos: isImage(node) && imageAddress(node) !== null ? 1 : 0, digits: false };
    for (const child of node.children) {
      if (child.type === 'text') {
        count.letters += child.value.replace(/\s+/gu, '').length;
        count.digits ||= /\d/u.test(child.value);
      }
      else if (child.type === 'element') {
        const inner = counts.get(child)!;
        count.letters += inner.letters;
        count.linked += inner.linked;
        count.links += inner.links;
        count.photos += inner.photos;
        count.digits ||= inner.digits;
      }
    }
    if (node.tagName === 'a') {
      count.linked = count.letters;
      count.photos = 0;
      count.digits = false; // digits of a link's title ("… tháng 3/2026") say nothing of the label around it
    }
    counts.set(node, count);
  }
  const boxes = new Set<Element>();
  for (const node of order) {
    if (node === keep || node === root || !LINK_BOX_TAGS.has(node.tagName)) continue;
    const { letters, linked, links, photos, digits } = counts.get(node)!;
    if (letters === 0 || photos > 0) continue;
    const allLinks = linked >= letters * LINK_SHARE && (links >= 2 || linked >= MIN_LONE_LINK);
    const labelled = links >= 2 && linked * 2 >= letters && letters - linked <= MAX_LABEL && !digits;
    if (allLinks || labelled) boxes.add(node);
  }
  for (const node of order) node.children = node.children.filter((child) => child.type !== 'element' || !boxes.has(child));
  region.splice(0, region.length, ...root.children);
}
