/**
 * Where the article is on a page: the element that holds most of the page's paragraph text
 * (readability's scoring: a paragraph's length counts for its parent, half for its
 * grandparent), and the headline (`<h1>`) just before it. The article is the run of the
 * page from that headline to the end of that element, as a person would select it to copy.
 * Menus, forms and scripts are taken out first (prune); boxes of links, share buttons and
 * the like inside the region after (pruneChrome).
 */
import type { Element, ElementContent, Root } from 'hast';
import { classesOf, textOf } from './tree.js';

/** Elements that are never article text. */
const DROPPED_TAGS: ReadonlySet<string> = new Set([
  'script', 'style', 'noscript', 'template', 'iframe', 'object', 'embed', 'svg', 'canvas', 'form', 'button',
  'select', 'textarea', 'input', 'nav', 'aside', 'dialog', 'video', 'audio', 'map', 'link', 'meta', 'head',
]);

/**
 * Words that name a box of page chrome in a class or id ("box-related", "social_share",
 * "breadcrumb", "comment-list"), matched against the parts between "-" and "_".
 */
const CHROME_PARTS: ReadonlySet<string> = new Set([
  'related', 'relate', 'relation', 'comment', 'comments', 'breadcrumb', 'breadcrumbs',
  'advertisement', 'advert', 'ads', 'adv', 'banner', 'sidebar', 'menu', 'navigation', 'newsletter', 'popup', 'modal',
  'cookie', 'recommend', 'recommended', 'readmore', 'hidden',
]);

/** Never text: scripts, forms, menus, hidden elements. */
function isNeverText(element: Element): boolean {
  if (DROPPED_TAGS.has(element.tagName)) return true;
  if (element.properties['hidden'] !== undefined && element.properties['hidden'] !== false) return true;
  return /display\s*:\s*none/iu.test(String(element.properties['style'] ?? ''));
}

/**
 * A box of chrome by its class or id. Asked only inside the article's region: pages name
 * whole columns so too (VnExpress's main column is "sidebar-1"), so it cannot choose the region. Not "share":
 * a share bar often holds the author and the time too (its buttons are links and icons, which go anyway).
 */
function isChromeBox(element: Element): boolean {
  const names = [...classesOf(element), String(element.properties['id'] ?? '').toLowerCase()];
  return names.some((name) => name !== '' && name.split(/[-_]/u).some((part) => CHROME_PARTS.has(part)));
}

/**
 * Takes page chrome out of the tree, in place; returns each remaining element's parent and its
 * position in document order. Iterative: a page may nest tags very deep.
 */
export function prune(root: Root | Element, drop: (element: Element) => boolean = isNeverText): { parent: Map<Element, Element | Root>; order: Map<Element, number> } {
  const parent = new Map<Element, Element | Root>();
  const order = new Map<Element, number>();
  const stack: (Element | Root)[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    const kept: typeof node.children = [];
    for (const child of node.children) {
      if (child.type === 'element') {
        if (drop(child)) continue;
        parent.set(child, node);
      }
      if (child.type !== 'comment' && child.type !== 'doctype') kept.push(child as never);
    }
    node.children = kept as never;
    for (let i = kept.length - 1; i >= 0; i--) {
      const child = kept[i]!;
      if (child.type === 'element') stack.push(child);
    }
    if (node.type === 'element') order.set(node, order.size);
  }
  return { parent, order };
}

/** A paragraph this long or longer counts towards its container. */
const MIN_PARAGRAPH = 25;

/** The element holding most paragraph text, or null when the page has no paragraphs. */
export function findContainer(parent: ReadonlyMap<Element, Element | Root>, order: ReadonlyMap<Element, number>): Element | null {
  const score = new Map<Element, number>();
  const add = (node: Element | Root | undefined, points: number) => {
    if (node?.type === 'element') score.set(node, (score.get(node) ?? 0) + points);
  };
  for (const element of order.keys()) {
    if (element.tagName !== 'p' && !(element.tagName === 'div' && element.children.every((child) => child.type === 'text' || isInline(child)))) {
      continue;
    }
    const length = textOf(element).replace(/\s+/gu, ' ').trim().length;
    if (length < MIN_PARAGRAPH) continue;
    const up = parent.get(element);
    add(up, length);
    add(up?.type === 'element' ? parent.get(up) : undefined, length / 2);
  }
  let best: Element | null = null;
  let bestScore = 0;
  for (const [element, points] of score) {
    if (points > bestScore) {
      best = element;
      bestScore = points;
    }
  }
  return best;
}

const INLINE: ReadonlySet<string> = new Set(['a', 'b', 'strong', 'i', 'em', 'u', 'span', 'br', 'sup', 'sub', 'small', 'mark', 'font', 'abbr', 'cite', 'q', 'time']);

function isInline(node: ElementContent): boolean {
  return node.type !== 'element' || INLINE.has(node.tagName);
}

const words = (text: string): string => text.replace(/\s+/gu, ' ').trim().toLowerCase();

/**
 * The headline: the last `<h1>` with words before the container, else the first inside it;
 * on a page with no such `<h1>` (a title printed in a styled <div>), the last element before
 * the container whose own text prints the title the page's metadata gives (found by its text
 * nodes, so each node of the page is read once).
 */
export function findHeadline(
  order: ReadonlyMap<Element, number>,
  container: Element | null,
  parent: ReadonlyMap<Element, Element | Root>,
  title: string | null,
): Element | null {
  const start = container ? order.get(container)! : Infinity;
  let before: Element | null = null;
  let inside: Element | null = null;
  for (const [element, at] of order) {
    if (element.tagName !== 'h1' || textOf(element).trim().length < 4) continue;
    if (at < start) before = element;
    else if (inside === null && container && within(element, container, parent)) inside = element;
  }
  return before ?? inside ?? (title === null ? null : printedTitle(order, start, words(title)));
}

/** The last element before `start` that holds a text node reading `wanted`. */
function printedTitle(order: ReadonlyMap<Element, number>, start: number, wanted: string): Element | null {
  let printed: Element | null = null;
  for (const [element, at] of order) {
    if (at >= start) break;
    if (element.tagName === 'title') continue;
    for (const child of element.children) {
      if (child.type === 'text' && child.value.length <= wanted.length * 2 + 20 && words(child.value) === wanted) printed = element;
    }
  }
  return printed;
}

/** At most this many letters make a category link above the headline. */
const MAX_CATEGORY = 40;

/**
 * The category printed just above the headline ("Đầu tư tài chính" as a link): the element
 * before the headline, at its level or its parent's, when all it holds is one short link.
 */
export function categoryAbove(headline: Element, parent: ReadonlyMap<Element, Element | Root>): Element | null {
  let node: Element = headline;
  for (let level = 0; level < 2; level++) {
    const up = parent.get(node);
    if (up === undefined) return null;
    const siblings: Element[] = [];
    for (const child of up.children) if (child.type === 'element') siblings.push(child);
    const before = siblings[siblings.indexOf(node) - 1];
    if (before !== undefined) {
      const text = words(textOf(before));
      const links = [...linksOf(before)];
      return text !== '' && text.length <= MAX_CATEGORY && links.length === 1 && words(textOf(links[0]!)) === text ? before : null;
    }
    if (up.type !== 'element') return null;
    node = up;
  }
  return null;
}

function* linksOf(node: Element): Generator<Element> {
  const stack: Element[] = [node];
  while (stack.length > 0) {
    const next = stack.pop()!;
    if (next.tagName === 'a') yield next;
    for (const child of next.children) if (child.type === 'element') stack.push(child);
  }
}

function within(node: Element, ancestor: Element, parent: ReadonlyMap<Element, Element | Root>): boolean {
  for (let up: Element | Root | undefined = node; up !== undefined; up = up.type === 'element' ? parent.get(up) : undefined) {
    if (up === ancestor) return true;
  }
  return false;
}

/** node and its ancestors up to the root, nearest first. */
function pathUp(node: Element, parent: ReadonlyMap<Element, Element | Root>): (Element | Root)[] {
  const path: (Element | Root)[] = [node];
  for (let up = parent.get(node); up !== undefined; up = up.type === 'element' ? parent.get(up) : undefined) path.push(up);
  return path;
}

/**
 * The page from the headline to the container's end, as a list of whole subtrees in document
 * order: the headline, what follows it at each level up to the common ancestor, the common
 * ancestor's children in between, and what precedes the container at each level down to it.
 */
export function articleRegion(headline: Element | null, container: Element, parent: ReadonlyMap<Element, Element | Root>): ElementContent[] {
  if (headline === null || within(container, headline, parent)) return [container];
  if (within(headline, container, parent)) return [container];
  const up = pathUp(headline, parent);
  const down = pathUp(container, parent);
  const common = up.find((node) => down.includes(node));
  if (common === undefined) return [container];
  const region: ElementContent[] = [];
  // From the headline up: the headline, then at each level the siblings after the branch.
  const upTo = up.indexOf(common);
  for (let k = 0; k < upTo - 1; k++) {
    if (k === 0) region.push(up[0] as Element);
    const level = up[k + 1]!;
    const children = level.children as ElementContent[];
    region.push(...children.slice(children.indexOf(up[k] as Element) + 1));
  }
  if (upTo === 1) region.push(up[0] as Element);
  // At the common ancestor: the children between the two branches.
  const shared = common.children as ElementContent[];
  const from = shared.indexOf(up[upTo - 1] as Element);
  const downTo = down.indexOf(common);
  const to = shared.indexOf(down[downTo - 1] as Element);
  if (from < 0 || to <= from) return [container];
  region.push(...shared.slice(from + 1, to));
  // Down to the container: at each level the siblings before the branch, then the container.
  for (let k = downTo - 1; k >= 1; k--) {
    const children = down[k]!.children as ElementContent[];
    region.push(...children.slice(0, children.indexOf(down[k - 1] as Element)));
  }
  region.push(container);
  return region;
}

/** Takes boxes of chrome (isChromeBox) out of the region, in place: whole subtrees between the headline and the container, and any inside them. */
export function pruneChrome(region: ElementContent[], keep: ReadonlySet<Element>): ElementContent[] {
  const kept = region.filter((node) => node.type !== 'element' || keep.has(node) || !isChromeBox(node));
  for (const node of kept) if (node.type === 'element') prune(node, (element) => !keep.has(element) && isChromeBox(element));
  return kept;
}
