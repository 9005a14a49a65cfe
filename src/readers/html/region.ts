/**
 * Where the article is on a page: the element that holds most of the page's paragraph text
 * (readability's scoring: a paragraph's length counts for its parent, half for its
 * grandparent), and the headline (`<h1>`) just before it. The article is the run of the
 * page from that headline to the end of that element, as a person would select it to copy.
 * Menus, forms and scripts are taken out first (prune); boxes of links, share buttons and
 * the like inside the region after (pruneChrome).
 */
import type { Element, ElementContent, Root } from 'hast';
import { classesOf, squeezedText, textOf } from './tree.js';

/** Elements that are never article text. */
const DROPPED_TAGS: ReadonlySet<string> = new Set([
  'script', 'style', 'noscript', 'template', 'iframe', 'object', 'embed', 'svg', 'canvas', 'form', 'button',
  'select', 'textarea', 'input', 'nav', 'aside', 'dialog', 'video', 'audio', 'map', 'link', 'meta', 'head',
  // AMP pages' ads, trackers, menus and players.
  'amp-ad', 'amp-embed', 'amp-sticky-ad', 'amp-analytics', 'amp-pixel', 'amp-sidebar', 'amp-social-share',
  'amp-iframe', 'amp-video', 'amp-youtube', 'amp-consent', 'amp-user-notification',
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
  return nameParts(element).some((part) => CHROME_PARTS.has(part));
}

/** The parts of an element's class names and id between "-" and "_", lower case ("box-related" → box, related). */
function nameParts(element: Element): string[] {
  const names = [...classesOf(element), String(element.properties['id'] ?? '').toLowerCase()];
  return names.flatMap((name) => name.split(/[-_]/u)).filter((part) => part !== '');
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
    const length = squeezedText(element).length;
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

/**
 * How far around the headline and the body the lines printed beside them are looked for: so
 * many levels up, so many elements at each. Further after the body (a byline box sits outside
 * several wrappers of the body) than before the headline (where the site's menus start).
 */
const NEAR = { above: 3, below: 5, elements: 4 };

/** A date as pages print it above a headline: "Thứ bảy, 7/3/2026, 00:05 (GMT+7)", "07-03-2026 - 00:01 AM". */
const DATE = /\d{1,2}[/.-]\d{1,2}[/.-]\d{4}/u;

/** At most this many letters make a line printed beside the article (a category, a date, an author). */
const MAX_NEAR_LINE = 60;

/** The element children of a node. */
function elementChildren(node: Element | Root): Element[] {
  const found: Element[] = [];
  for (const child of node.children) if (child.type === 'element') found.push(child);
  return found;
}

/**
 * The elements beside `node`, nearest first, up `levels` levels: before it (its previous
 * siblings, then its parent's…) or after it (its next siblings, then its parent's…).
 */
function* beside(node: Element, parent: ReadonlyMap<Element, Element | Root>, side: 'before' | 'after', levels: number): Generator<Element> {
  let at: Element = node;
  for (let level = 0; level < levels; level++) {
    const up = parent.get(at);
    if (up === undefined) return;
    const siblings = elementChildren(up);
    const k = siblings.indexOf(at);
    yield* side === 'before' ? siblings.slice(0, k).reverse().slice(0, NEAR.elements) : siblings.slice(k + 1, k + 1 + NEAR.elements);
    if (up.type !== 'element') return;
    at = up;
  }
}

/**
 * What a page prints just above its headline and a person copying the article takes along:
 * the section (a breadcrumb's first level, or a lone category link) and the date line, in that
 * order ("Kinh doanh", "Thứ bảy, 7/3/2026, 00:05 (GMT+7)", then the title). Only short elements
 * near the headline; the scan stops at the first long one (the page's content above).
 */
export function linesAboveHeadline(headline: Element, parent: ReadonlyMap<Element, Element | Root>): string[] {
  let category: string | null = null;
  let date: string | null = null;
  for (const element of beside(headline, parent, 'before', NEAR.above)) {
    const text = squeezedText(element);
    if (text === '') continue;
    if (date === null && text.length <= MAX_NEAR_LINE && DATE.test(text)) date = text;
    else if (category === null) category = crumb(element);
    if (text.length > 2 * MAX_NEAR_LINE || (category !== null && date !== null)) break;
  }
  return [category, date].filter((line): line is string => line !== null);
}

/** Class or id parts of a site's menus, whose first link is no section ("menuheader header__nav"). */
const MENU_PARTS: ReadonlySet<string> = new Set(['menu', 'menuheader', 'menucategory', 'nav', 'navbar', 'navigation', 'header', 'topbar']);

/** A breadcrumb or a category link: all its text in one to four short links; the first link's text. Never a menu. */
function crumb(element: Element): string | null {
  if (nameParts(element).some((part) => MENU_PARTS.has(part))) return null;
  const links = [...linksOf(element)];
  if (links.length === 0 || links.length > 4) return null;
  const texts = links.map((link) => squeezedText(link));
  // Nothing but the links, and the separators between them.
  const bare = (text: string) => text.replace(/[\s›»>/|·•\-–—]+/gu, '');
  if (bare(texts.join('')) !== bare(textOf(element))) return null;
  const first = texts.find((text) => text !== '' && !/^(?:trang chủ|home)$/iu.test(text));
  return first !== undefined && first.length <= MAX_CATEGORY ? first : null;
}

/** At most this many letters make a category. */
const MAX_CATEGORY = 40;

/**
 * Class or id parts that mark the author's line. Not "source": pages name their link-to-the-
 * original boxes so ("link-source-wrapper": "Copy link", "Link bài gốc"), and an outlet is no author.
 */
const AUTHOR_PARTS: ReadonlySet<string> = new Set(['author', 'authors', 'byline', 'signature', 'tacgia']);

/**
 * The author's line printed just after the body, outside it ("<p class="author">Dương Ngọc</p>"):
 * short elements near the body's end whose class or id names an author or a byline.
 */
export function linesAfterBody(container: Element, parent: ReadonlyMap<Element, Element | Root>): string[] {
  const lines: string[] = [];
  for (const element of beside(container, parent, 'after', NEAR.below)) {
    const stack: Element[] = [element];
    for (let seen = 0; stack.length > 0 && seen < 50; seen++) {
      const next = stack.pop()!;
      const text = squeezedText(next);
      if (text !== '' && text.length <= MAX_NEAR_LINE && nameParts(next).some((part) => AUTHOR_PARTS.has(part))) {
        lines.push(text);
        continue;
      }
      for (let i = next.children.length - 1; i >= 0; i--) {
        const child = next.children[i]!;
        if (child.type === 'element') stack.push(child);
      }
    }
  }
  return lines;
}

/** The links below `node`, in document order. */
function* linksOf(node: Element): Generator<Element> {
  const stack: Element[] = [node];
  while (stack.length > 0) {
    const next = stack.pop()!;
    if (next.tagName === 'a') yield next;
    for (let i = next.children.length - 1; i >= 0; i--) {
      const child = next.children[i]!;
      if (child.type === 'element') stack.push(child);
    }
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
