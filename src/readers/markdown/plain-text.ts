/**
 * The text of Markdown inline content as an article string: escapes and character
 * references are already decoded by remark-parse; markup a person typed by hand keeps
 * its text (a link its label, inline code its code, raw HTML as typed).
 */
import type { Nodes } from 'mdast';

export function plainText(node: Nodes): string {
  switch (node.type) {
    case 'text':
    case 'inlineCode':
    case 'html':
    case 'code':
      return node.value;
    case 'break':
      return '\n';
    case 'image':
      return node.alt ?? '';
    default:
      return 'children' in node ? node.children.map((child) => plainText(child as Nodes)).join('') : '';
  }
}
