import { describe, expect, it } from 'vitest';
import { readPlainText } from '../../../src/readers/text/index.js';

const read = (lines: string[]) => readPlainText(lines.join('\n')).fields;
const LEAD = ['Lao Động - Từ đầu tháng 9, nhiều', 'chủ nhà trọ quanh các khu công', 'nghiệp ở Bắc Ninh đồng loạt tăng', 'giá phòng thêm 200.000 - 300.000', 'đồng/tháng.'];

describe('readPlainText: a newspaper column\'s hard wraps (a PDF e-paper)', () => {
  it('a line short of the width by a long word or two is carried on by a line opening with a capital', () => {
    const f = read(['Công nhân tìm nhà trọ', '', ...LEAD, '', 'Chị Nguyễn Thị Hoa, công nhân', 'Công ty Samsung Electronics Việt', 'Nam, cho biết phòng trọ 15 m2 chị', 'thuê đã tăng lên 1,6 triệu đồng,', 'chiếm gần 1/5 thu nhập.', '', 'Ông Trần Quang Vinh, Chủ tịch', 'Liên đoàn Lao động tỉnh Bắc Ninh,', 'cho biết công đoàn đang khảo sát', 'cho công nhân.']);
    expect(f.lead).toBe(LEAD.join(' '));
    expect(f.paragraphs).toEqual([
      'Chị Nguyễn Thị Hoa, công nhân Công ty Samsung Electronics Việt Nam, cho biết phòng trọ 15 m2 chị thuê đã tăng lên 1,6 triệu đồng, chiếm gần 1/5 thu nhập.',
      'Ông Trần Quang Vinh, Chủ tịch Liên đoàn Lao động tỉnh Bắc Ninh, cho biết công đoàn đang khảo sát cho công nhân.',
    ]);
  });

  it('a line ending a sentence, or well short of the width, ends its paragraph (traps)', () => {
    const f = read(['Công nhân tìm nhà trọ', '', ...LEAD, '', 'Giá phòng đã tăng mạnh.', 'Chị Hoa cho biết chị phải chuyển', 'đi nơi khác.', '', 'Ông Vinh, Chủ tịch', 'Liên đoàn Lao động tỉnh Bắc Ninh', 'cho biết sẽ khảo sát thêm.']);
    expect(f.paragraphs).toEqual(['Giá phòng đã tăng mạnh.', 'Chị Hoa cho biết chị phải chuyển đi nơi khác.', 'Ông Vinh, Chủ tịch', 'Liên đoàn Lao động tỉnh Bắc Ninh cho biết sẽ khảo sát thêm.']);
  });
});
