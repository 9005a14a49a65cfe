import { describe, expect, it } from 'vitest';
import { readPlainText } from '../../../src/readers/text/index.js';

const read = (lines: string[]) => readPlainText(lines.join('\n')).fields;
const RUNNING = 'NHÂN DÂN Thứ Ba, ngày 12-11-2024 Trang 3';
const LEAD = 'BẠC LIÊU - Ngày 11-11, tại huyện Đông Hải, công ty tổ chức lễ khánh thành nhà máy điện gió.';
const P1 = 'Dự án gồm 40 tua-bin, mỗi tua-bin công suất 5 MW.';
const P2 = 'Theo kế hoạch, giai đoạn 2 sẽ được khởi công vào quý II năm 2025.';

describe('readPlainText: a PDF e-paper\'s page chrome', () => {
  it('a running header printed twice goes wherever it stands; its issue date dates the article', () => {
    const f = read([RUNNING, '', 'KINH TẾ', '', 'Khánh thành nhà máy điện gió', '', LEAD, '', P1, '', RUNNING, '', P2, '', 'HOÀNG TRUNG']);
    expect(f).toMatchObject({ section: 'KINH TẾ', title: 'Khánh thành nhà máy điện gió', lead: LEAD, paragraphs: [P1, P2], published: '2024-11-12' });
  });

  it('a running header without a date, and a page number alone, go too', () => {
    const f = read(['Báo Lao Động số 215 - Trang 5', '', 'Khánh thành nhà máy điện gió', '', LEAD, '', P1, '', 'Trang 6', '', P2, '', 'Báo Lao Động số 215 - Trang 5']);
    expect(f).toMatchObject({ lead: LEAD, paragraphs: [P1, P2], published: null });
  });

  it('a line naming a page once, or a sentence about a page, stays (traps)', () => {
    const once = 'Xem tiếp trang 3 của số báo này về dự án';
    const f = read(['Khánh thành nhà máy điện gió', '', LEAD, '', once, '', P1]);
    expect(f.paragraphs).toEqual([once, P1]);
    const sentence = 'Kết quả được công bố ở trang 12 của báo cáo.';
    expect(read(['Khánh thành nhà máy điện gió', '', LEAD, '', sentence, '', P1, '', sentence]).paragraphs).toEqual([sentence, P1, sentence]);
  });
});
