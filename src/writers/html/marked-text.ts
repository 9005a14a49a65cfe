/**
 * A text of the article as hast children, with the officials' names marked up where
 * their mentions point: `<data class="official" value="Trần Cẩm Tú" title="Ủy viên Bộ
 * Chính trị; Thường trực Ban Bí thư">Trần Cẩm Tú</data>`, so a reader sees the titles
 * on hover and a script can read them. Mentions that do not match the text, or overlap
 * an earlier one, are left unmarked.
 */
import type { ElementContent } from 'hast';
import { h } from 'hastscript';
import type { Mention, Official } from '../../model/article.js';

/** Between titles in the `title` attribute. */
const TITLE_SEPARATOR = '; ';

export interface Place {
  in: Mention['in'];
  index: number;
}

export function markedText(text: string, place: Place, officials: readonly Official[]): ElementContent[] {
  const marks = officials
    .flatMap((official) => official.mentions.map((mention) => ({ official, mention })))
    .filter(({ mention }) => mention.in === place.in && mention.index === place.index)
    .filter(({ mention }) => mention.start < mention.end && text.slice(mention.start, mention.end) === mention.text)
    .sort((a, b) => a.mention.start - b.mention.start);
  const out: ElementContent[] = [];
  let at = 0;
  for (const { official, mention } of marks) {
    if (mention.start < at) continue;
    if (mention.start > at) out.push({ type: 'text', value: text.slice(at, mention.start) });
    const title = official.titles.length > 0 ? official.titles.join(TITLE_SEPARATOR) : undefined;
    out.push(h('data', { className: ['official'], value: official.name, title }, mention.text));
    at = mention.end;
  }
  if (at < text.length) out.push({ type: 'text', value: text.slice(at) });
  return out;
}
