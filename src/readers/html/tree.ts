/**
 * Walks over a hast tree without recursion: a hostile page can nest tags tens of thousands
 * deep, and a recursive walk would overflow the stack on it.
 */
import type { Element, Parents, Root, RootContent } from 'hast';

/** Every element below `node`, in document order. */
export function* elementsOf(node: Root | Element): Generator<Element> {
  const stack: RootContent[] = [...node.children].reverse();
  while (stack.length > 0) {
    const next = stack.pop()!;
    if (next.type !== 'element') continue;
    yield next;
    const children = next.tagName === 'template' ? [] : next.children;
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
}

/** The text of every text node below `node`, joined as it stands (no layout). */
export function textOf(node: Parents): string {
  let text = '';
  const stack: RootContent[] = [...node.children].reverse();
  while (stack.length > 0) {
    const next = stack.pop()!;
    if (next.type === 'text') text += next.value;
    else if (next.type === 'element') for (let i = next.children.length - 1; i >= 0; i--) stack.push(next.children[i]!);
  }
  return text;
}

/** The text below `node` with its white space runs made one space, trimmed. */
export const squeezedText = (node: Parents): string => textOf(node).replace(/\s+/gu, ' ').trim();

/** The class names of an element, lower case. */
export function classesOf(element: Element): string[] {
  const value = element.properties['className'];
  return Array.isArray(value) ? value.map((name) => String(name).toLowerCase()) : [];
}
