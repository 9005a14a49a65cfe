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

/** The first photo below `node` (not inside a nested figure), with its address. */
function firstPhoto(node: Element): { image: Element; address: string } | null {
  const stack: ElementContent[] = [...node.children].reverse();
  while (stack.length > 0) {
    const next = stack.pop()!;
    if (next.type !== 'element') continue;
    if (next.tagName === 'img') {
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
        if (photo) lines.push(block('div', [imageLine(photo.address)]));
        if (words !== '') lines.push(block('div', [{ type: 'text', value: words }]));
        node.children[i] = block('p', lines);
      } else if (child.tagName === 'img') {
        const address = imageAddress(child);
        const inCell = node.tagName === 'td' || node.tagName === 'th';
        node.children[i] = address === null ? { type: 'text', value: '' } : block(inCell ? 'div' : 'p', [imageLine(address)]);
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
    if (next.tagName === 'img' && imageAddress(next) !== null) count++;
    stack.push(...next.children);
  }
  return count;
}

/** Blocks that can be a box of links. */
const LINK_BOX_TAGS: ReadonlySet<string> = new Set(['div', 'section', 'ul', 'ol', 'li', 'p', 'h2', 'h3', 'h4', 'h5', 'h6', 'table', 'span']);

/** At least this share of a block's letters in links makes it a box of links. */
const LINK_SHARE = 0.8;

/**
 * Drops the blocks whose text is nearly all links (related articles, "Xem thêm", tags), keeping
 * `keep` (the container) and anything with a photo. Letters and photos are counted bottom-up in one pass.
 */
export function dropLinkBoxes(region: ElementContent[], keep: Element | null): void {
  const root = block('div', region);
  // Post-order: [letters, letters inside <a>, photos] of every element.
  const counts = new Map<Element, [number, number, number]>();
  const order: Element[] = [];
  const stack: Element[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    order.push(node);
    for (const child of node.children) if (child.type === 'element') stack.push(child);
  }
  for (let k = order.length - 1; k >= 0; k--) {
    const node = order[k]!;
    let letters = 0;
    let linked = 0;
    let photos = node.tagName === 'img' && imageAddress(node) !== null ? 1 : 0;
    for (const child of node.children) {
      if (child.type === 'text') letters += child.value.replace(/\s+/gu, '').length;
      else if (child.type === 'element') {
        const [l, a, p] = counts.get(child)!;
        letters += l;
        linked += a;
        photos += p;
      }
    }
    counts.set(node, [letters, node.tagName === 'a' ? letters : linked, photos]);
  }
  const boxes = new Set<Element>();
  for (const node of order) {
    if (node === keep || node === root || !LINK_BOX_TAGS.has(node.tagName)) continue;
    // A linked photo with its caption is no box of links.
    const [letters, linked, photos] = counts.get(node)!;
    if (letters > 0 && linked >= letters * LINK_SHARE && photos === 0) boxes.add(node);
  }
  for (const node of order) node.children = node.children.filter((child) => child.type !== 'element' || !boxes.has(child));
  region.splice(0, region.length, ...root.children);
}
