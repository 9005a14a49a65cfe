import { describe, expect, it } from 'vitest';
import { authorsOfLine } from '../../../src/readers/text/authors.js';
import { readPlainText } from '../../../src/readers/text/index.js';

describe('a government office signing its news on a ministry\'s portal', () => {
  it('signs as a desk does: "Cục Y tế dự phòng", "Vụ Pháp chế", "Văn phòng Bộ"', () => {
    expect(authorsOfLine('Cục Y tế dự phòng')).toEqual(['Cục Y tế dự phòng']);
    expect(authorsOfLine('Vụ Pháp chế')).toEqual(['Vụ Pháp chế']);
    expect(authorsOfLine('Văn phòng Bộ')).toEqual(['Văn phòng Bộ']);
    const { fields } = readPlainText(['Tin hoạt động', '', 'Bộ Y tế hướng dẫn phòng chống bệnh sởi', '', 'Ngày đăng: 18/09/2024', '',
      'Bộ Y tế vừa có công văn về phòng chống bệnh sởi trong trường học.', '', 'Các trường cần theo dõi sức khỏe học sinh hằng ngày.', '', 'Cục Y tế dự phòng'].join('\n'));
    expect(fields.byline?.authors).toEqual(['Cục Y tế dự phòng']);
    expect(fields.paragraphs).toEqual(['Các trường cần theo dõi sức khỏe học sinh hằng ngày.']);
  });

  it('a lower-case word after the head, a long line, a sentence sign nobody (traps)', () => {
    expect(authorsOfLine('Vụ án đang được điều tra')).toBeNull();
    expect(authorsOfLine('văn phòng Bộ')).toBeNull();
    expect(authorsOfLine('Cục Quản lý khám chữa bệnh Bộ Y tế cho biết')).toBeNull();
    expect(authorsOfLine('Cục Thuế cho biết sẽ kiểm tra.')).toBeNull();
  });
});
