import type { Warning } from '../../model/article.js';
import type { Line } from './lines.js';

/** How much of a dropped line a warning quotes. */
const QUOTE_LENGTH = 80;

/**
 * The warning for a line the reader leaves out of the article:
 * `{ line: 13, rule: 'boilerplate/dropped', message: 'page chrome dropped: "Chia sẻ"' }`.
 */
export function dropped(line: Line, rule: string, what: string): Warning {
  const quote = line.text.length > QUOTE_LENGTH ? `${line.text.slice(0, QUOTE_LENGTH)}…` : line.text;
  return { line: line.no, rule, message: `${what} dropped: "${quote}"` };
}
