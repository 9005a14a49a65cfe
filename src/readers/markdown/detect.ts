/**
 * Is this input vnnews Markdown rather than raw news text? Cheap and dependency-free:
 * parse.ts calls it on every input, and loads the Markdown reader (remark) only on yes.
 */

/** File names that say Markdown, whatever the content. */
const MARKDOWN_PATH = /\.(md|markdown)$/i;

/**
 * Openings that say Markdown written by vnnews: YAML front matter carrying
 * `schemaVersion:` ("---\nschemaVersion: 1\n…"), or, without front matter, an H1
 * ("# Thông qua kết quả…"). Raw article text opens with a section or a title, never these.
 */
const MARKDOWN_OPENINGS: readonly RegExp[] = [/^---\n(?:[^\n]*\n)*?schemaVersion:/, /^# \S/];

export function isVnnewsMarkdown(text: string, path: string | null): boolean {
  if (path !== null && MARKDOWN_PATH.test(path)) return true;
  const start = text.charCodeAt(0) === 0xfeff ? text.slice(1, 4096) : text.slice(0, 4096);
  const opening = start.replace(/\r\n?/g, '\n');
  return MARKDOWN_OPENINGS.some((pattern) => pattern.test(opening));
}
