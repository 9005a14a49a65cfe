import { describe, expect, it } from 'vitest';
import { parseSize } from '../../src/cli/parse-size.js';

describe('parseSize', () => {
  it.each([
    ['20MB', 20 * 1024 * 1024],
    ['500k', 500 * 1024],
    ['1.5G', 1.5 * 1024 ** 3],
    ['123', 123],
    [' 2 mb ', 2 * 1024 * 1024],
  ])('%s = %d bytes', (text, bytes) => {
    expect(parseSize('--max-size', text)).toBe(bytes);
  });

  it.each(['', 'big', '-1M', '10 TB', '1e3'])('"%s" is a usage error', (text) => {
    expect(() => parseSize('--max-size', text)).toThrow(`--max-size ${text}: expected a size such as 500k, 20MB or 1G`);
  });
});
