import { describe, expect, it } from 'vitest';
import { authorsOfLine } from '../../../src/readers/text/authors.js';
import { readPlainText } from '../../../src/readers/text/index.js';

describe('a reader\'s letter signed "Bạn đọc <full name> (where they live)"', () => {
  it('signs the name', () => {
    expect(authorsOfLine('Bạn đọc Lê Minh Tuấn (quận 1, TP.HCM)')).toEqual(['Lê Minh Tuấn']);
    expect(authorsOfLine('bạn đọc Nguyễn Thị Lan')).toEqual(['Nguyễn Thị Lan']);
    const { fields } = readPlainText(['Diễn đàn', '', 'Đừng để vỉa hè thành bãi giữ xe', '', 'Tôi sống ở quận 1 đã hơn 20 năm.', '', 'Vỉa hè trước chợ bị chiếm trọn.', '', 'Bạn đọc Lê Minh Tuấn (quận 1, TP.HCM)'].join('\n'));
    expect(fields.byline?.authors).toEqual(['Lê Minh Tuấn']);
    expect(fields.paragraphs).toEqual(['Vỉa hè trước chợ bị chiếm trọn.']);
  });

  it('"Bạn đọc" before a place or a short name signs nobody (traps)', () => {
    expect(authorsOfLine('Bạn đọc Hà Nội')).toBeNull();
    expect(authorsOfLine('Bạn đọc Minh Tuấn')).toBeNull();
    expect(authorsOfLine('Bạn đọc có thể gửi ý kiến về tòa soạn')).toBeNull();
  });
});
