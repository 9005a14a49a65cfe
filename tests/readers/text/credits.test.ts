import { describe, expect, it } from 'vitest';
import { creditsOfLine } from '../../../src/readers/text/credits.js';
import { readPlainText } from '../../../src/readers/text/index.js';

const read = (lines: string[]) => readPlainText(lines.join('\n')).fields;
const LEAD = 'Gần 30 năm, ông Hồ Văn Thương cùng 12 tổ viên tuần tra hơn 20.000 ha rừng nguyên sinh ở miền núi.';
const P1 = 'Mỗi chuyến tuần tra kéo dài 4-5 ngày, đi bộ hơn 60 km đường rừng.';
const P2 = 'Năm 2024, camera bẫy ảnh ghi được hình ảnh đàn voọc ngũ sắc.';

describe('creditsOfLine', () => {
  it('reads labelled parts, names after a dash staying with the label before them', () => {
    expect(creditsOfLine('Nội dung: Hoàng Táo - Đắc Thành')).toEqual([{ label: 'nội dung', names: ['Hoàng Táo', 'Đắc Thành'] }]);
    expect(creditsOfLine('Bài: THÁI THỊNH - Ảnh: NGUYỄN KHÁNH - Thiết kế: VĂN HOÀNG')).toEqual([
      { label: 'bài', names: ['THÁI THỊNH'] },
      { label: 'ảnh', names: ['NGUYỄN KHÁNH'] },
      { label: 'thiết kế', names: ['VĂN HOÀNG'] },
    ]);
  });

  it('is null for prose, unknown labels and sentences after a label (traps)', () => {
    expect(creditsOfLine('Nội dung: Nghị định quy định mức lương cơ sở từ ngày 1/7.')).toBeNull();
    expect(creditsOfLine('Phóng viên: Cầu Phong Châu mới dài gần 400 m')).toBeNull();
    expect(creditsOfLine('Hà Nội: Phố đi bộ Hồ Gươm')).toBeNull();
  });
});

describe('readPlainText: credits block', () => {
  it('under the title: the writers sign, the block is no lead or paragraph', () => {
    const f = read(['Thời sự', '', 'Người giữ rừng', '', 'Nội dung: Hoàng Táo - Đắc Thành', 'Ảnh: Giang Huy', 'Thiết kế: Khánh Hoàng', '', 'Thứ bảy, 8/3/2025, 06:00 (GMT+7)', '', LEAD, '', P1, '', P2]);
    expect(f).toMatchObject({ title: 'Người giữ rừng', lead: LEAD, paragraphs: [P1, P2], images: [] });
    expect(f.byline?.authors).toEqual(['Hoàng Táo', 'Đắc Thành']);
    expect(f.published).toBe('2025-03-08T06:00:00+07:00');
  });

  it('at the end, on lines or on one line', () => {
    const f = read(['Người giữ rừng', '', LEAD, '', P1, '', P2, '', 'Nội dung: Minh Nhật - Thu Hương', 'Ảnh: Minh Nhật', 'Thiết kế: Tuấn Huy']);
    expect(f).toMatchObject({ lead: LEAD, paragraphs: [P1, P2], images: [] });
    expect(f.byline?.authors).toEqual(['Minh Nhật', 'Thu Hương']);
    expect(read(['Người giữ rừng', '', LEAD, '', P1, '', 'Ảnh: Giang Huy - Thiết kế: Khánh Hoàng']).byline?.authors).toEqual(['Giang Huy']);
  });

  it('a graphic\'s maker alone on the last line signs it ("Đồ họa: Hồng Nhung")', () => {
    const f = read(['Infographic: Xuất khẩu nông sản', '', LEAD, '', 'xuat-khau.png', '', P1, '', 'Đồ họa: Hồng Nhung']);
    expect(f.byline?.authors).toEqual(['Hồng Nhung']);
    expect(f.paragraphs).toEqual([P1]);
  });

  it('a photo\'s credit alone is no block (trap): the caption keeps it', () => {
    const f = read(['Người giữ rừng', '', LEAD, '', 'anh-1.jpg', 'Tổ tuần tra vượt suối trong rừng.', 'Ảnh: Giang Huy', '', P1]);
    expect(f.images).toMatchObject([{ src: 'anh-1.jpg', credit: 'Giang Huy' }]);
    expect(f.byline).toBeNull();
  });

  it('a designer alone at the end signs nobody (trap)', () => {
    expect(read(['Người giữ rừng', '', LEAD, '', P1, '', 'Thiết kế: Tuấn Huy']).byline?.authors ?? []).toEqual([]);
  });
});
