import { describe, expect, it } from 'vitest';
import { readPlainText } from '../../../src/readers/text/index.js';
import { withoutBold } from '../../../src/readers/text/markup.js';

const LEAD = 'Chủ tịch Hiệp hội Nguyễn Văn Thân cho rằng thủ tục vay vốn vẫn là rào cản lớn nhất.';

describe('withoutBold', () => {
  it('unmarks bold pairs at the start of a paragraph: a speaker, a whole question', () => {
    expect(withoutBold('**PV:** Thưa ông, doanh nghiệp gặp khó khăn gì?')).toBe('PV: Thưa ông, doanh nghiệp gặp khó khăn gì?');
    expect(withoutBold('**Thưa Thứ trưởng, điểm mới của Nghị quyết là gì?**')).toBe('Thưa Thứ trưởng, điểm mới của Nghị quyết là gì?');
    expect(withoutBold('**Ông Thân:** Khó nhất vẫn là **vốn**.')).toBe('Ông Thân: Khó nhất vẫn là vốn.');
  });

  it('leaves stars that are no pair, or inside a sentence (traps)', () => {
    expect(withoutBold('Giá tăng 5**')).toBeNull();
    expect(withoutBold('**PV: Thưa ông')).toBeNull();
    expect(withoutBold('_tên_ và **đậm** và ~~gạch~~')).toBeNull();
    expect(withoutBold('** ghi chú **')).toBeNull();
    expect(withoutBold('****')).toBeNull();
  });
});

describe('readPlainText: an interview copied as Markdown', () => {
  it('its paragraphs lose the bold markers', () => {
    const { fields } = readPlainText(['Kinh doanh', '', '"Doanh nghiệp nhỏ cần vốn"', '', LEAD, '', '**PV:** Thưa ông, khó khăn gì nhất?', '', '**Ông Thân:** Khó nhất vẫn là vốn.'].join('\n'));
    expect(fields.paragraphs).toEqual(['PV: Thưa ông, khó khăn gì nhất?', 'Ông Thân: Khó nhất vẫn là vốn.']);
  });
});
