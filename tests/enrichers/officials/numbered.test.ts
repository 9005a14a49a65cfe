/**
 * Numbered project boards and hospitals in titles (audit r46): "Giám đốc Ban Quản lý dự án 4".
 */
import { describe, expect, it } from 'vitest';
import type { Official } from '../../../src/model/article.js';
import type { Block } from '../../../src/model/blocks.js';
import { findOfficials } from '../../../src/enrichers/officials/people.js';

const para = (text: string, index = 0): Block => ({ in: 'paragraph', index, text });
const officials = (texts: string[], authors: string[] = []): Official[] =>
  findOfficials(texts.map((t, k) => para(t.normalize('NFC'), k)), authors);
const table = (texts: string[], authors: string[] = []): Record<string, string[]> =>
  Object.fromEntries(officials(texts, authors).map((o) => [o.name, o.titles]));

describe('a numbered project board or hospital', () => {
  it('keeps its number in the title, and the ministry after the comma', () => {
    expect(table(['Theo ông Nguyễn Văn Hưng, Giám đốc Ban Quản lý dự án 4, Bộ Giao thông vận tải, công nhân làm việc 3 ca.'])).toEqual({
      'Nguyễn Văn Hưng': ['Giám đốc Ban Quản lý dự án 4, Bộ Giao thông vận tải'],
    });
    expect(table(['Ông Lê Văn An, Giám đốc Bệnh viện 108, cho biết.'])).toEqual({ 'Lê Văn An': ['Giám đốc Bệnh viện 108'] });
  });

  it('a count after the title is no number of its body (trap)', () => {
    expect(table(['Ông Hà Văn Cường, Giám đốc Ban Quản lý dự án 85 cho biết có 3 dự án 2 năm nay.'])).toEqual({ 'Hà Văn Cường': ['Giám đốc Ban Quản lý dự án 85'] });
    expect(table(['Ông Hà Văn Cường, Giám đốc Bệnh viện, có 2 người.'])).toEqual({ 'Hà Văn Cường': ['Giám đốc Bệnh viện'] });
  });
});
