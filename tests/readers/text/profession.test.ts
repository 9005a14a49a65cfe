import { describe, expect, it } from 'vitest';
import { readPlainText } from '../../../src/readers/text/index.js';

const read = (lines: string[]) => readPlainText(lines.join('\n')).fields;
const LEAD = 'Sau hợp nhất, nhiều xã có diện tích gấp ba, bốn lần trước đây.';
const P1 = 'Tôi đã đến hơn 30 xã ở miền núi phía Bắc trong năm qua.';

describe('readPlainText: a column\'s writer and profession under the title', () => {
  it('the profession glued under the name is no lead; the name signs', () => {
    const f = read(['Góc nhìn', '', 'Chuyển đổi số ở cấp xã', '', 'Lê Hồng Sơn', 'Chuyên gia công nghệ thông tin', '', 'Thứ tư, 19/2/2025, 00:01 (GMT+7)', '', LEAD, '', P1]);
    expect(f).toMatchObject({ title: 'Chuyển đổi số ở cấp xã', lead: LEAD, paragraphs: [P1], published: '2025-02-19T00:01:00+07:00' });
    expect(f.byline?.authors).toEqual(['Lê Hồng Sơn']);
    expect(f.byline?.text).toContain('Chuyên gia công nghệ thông tin');
  });

  it('a headline or a sentence opening with a profession stays (traps)', () => {
    const title = 'Chuyên gia cảnh báo lừa đảo qua mạng dịp Tết';
    expect(read(['Thời sự', '', title, '', LEAD, '', P1]).title).toBe(title);
    const lead = 'Chuyên gia kinh tế cho rằng lãi suất sẽ giảm trong quý tới.';
    expect(read(['Góc nhìn', '', 'Lãi suất sẽ giảm', '', 'Lê Hồng Sơn', lead, '', P1])).toMatchObject({ lead });
  });
});
