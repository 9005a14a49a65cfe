/** "--max-size 20MB" → bytes. Units are powers of 1024; a bare number is bytes. */
import { VnnewsError } from '../errors.js';

const UNITS: Readonly<Record<string, number>> = { '': 1, b: 1, k: 1024, kb: 1024, m: 1024 ** 2, mb: 1024 ** 2, g: 1024 ** 3, gb: 1024 ** 3 };

const SIZE = /^(\d+(?:\.\d+)?)\s*([a-z]*)$/i;

export function parseSize(option: string, text: string): number {
  const match = SIZE.exec(text.trim());
  const unit = UNITS[match?.[2]?.toLowerCase() ?? ''];
  if (!match || unit === undefined) throw new VnnewsError('USAGE', `${option} ${text}: expected a size such as 500k, 20MB or 1G`);
  return Math.floor(Number(match[1]) * unit);
}
