/**
 * Mentions are offsets into the article's text. The front matter carries them, but a
 * hand-edited Markdown may have moved the text: a mention whose slice no longer reads
 * its `text` is found again in the same field (the occurrence nearest its old start),
 * or dropped with a warning.
 */
import type { Article, Mention, Official, Warning } from '../../model/article.js';

type Texts = Pick<Article, 'title' | 'lead' | 'paragraphs' | 'images'>;

function fieldText(texts: Texts, mention: Mention): string | null {
  switch (mention.in) {
    case 'title':
      return texts.title;
    case 'lead':
      return texts.lead;
    case 'paragraph':
      return texts.paragraphs[mention.index] ?? null;
    case 'caption':
      return texts.images[mention.index]?.caption ?? null;
  }
}

function nearest(text: string, needle: string, near: number): number {
  let best = -1;
  for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + 1)) {
    if (best === -1 || Math.abs(at - near) < Math.abs(best - near)) best = at;
  }
  return best;
}

export function checkMentions(officials: Official[], texts: Texts, warnings: Warning[]): Official[] {
  return officials.map((official) => ({
    ...official,
    mentions: official.mentions.flatMap((mention) => {
      const text = fieldText(texts, mention);
      if (text !== null && text.slice(mention.start, mention.end) === mention.text) return [mention];
      const at = text === null || mention.text === '' ? -1 : nearest(text, mention.text, mention.start);
      if (at !== -1) return [{ ...mention, start: at, end: at + mention.text.length }];
      warnings.push({
        line: null,
        rule: 'markdown/mention-lost',
        message: `mention of ${official.name} ("${mention.text}" in ${mention.in} ${mention.index}) no longer in the text, dropped`,
      });
      return [];
    }),
  }));
}
