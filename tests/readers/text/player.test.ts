import { describe, expect, it } from 'vitest';
import { readPlainText } from '../../../src/readers/text/index.js';

const read = (lines: string[]) => readPlainText(lines.join('\n')).fields;
const LEAD = 'Sau hơn 3 tháng thi công, cầu Phong Châu mới đã hoàn thành phần móng trụ và đang lao lắp dầm.';
const P1 = 'Cầu dài gần 400 m, rộng 12 m, cách vị trí cầu cũ khoảng 30 m.';
const P2 = 'Người dân hiện vẫn đi lại qua cầu phao do công binh lắp đặt.';

describe('readPlainText: a video page\'s player', () => {
  it('the duration near a "Video:" title or the player\'s label is no lead', () => {
    expect(read(['Video', '', 'Video: Cận cảnh cầu Phong Châu mới', '', '02:35', '', 'Xem video', '', LEAD, '', P1])).toMatchObject({ lead: LEAD, paragraphs: [P1] });
    expect(read(['Thời sự', '', 'Xem video', '', 'Hà Nội: Phố đi bộ Hồ Gươm đông nghịt', '', '01:48', '', LEAD, '', P1])).toMatchObject({
      title: 'Hà Nội: Phố đi bộ Hồ Gươm đông nghịt',
      lead: LEAD,
      paragraphs: [P1],
    });
  });

  it('a clip\'s "Video: <headline>" under the body is no paragraph', () => {
    expect(read(['Phố đi bộ Hồ Gươm đông nghịt', '', LEAD, '', P1, '', 'Video: Phố đi bộ Hồ Gươm đông nghịt người dịp lễ', '', P2]).paragraphs).toEqual([P1, P2]);
  });

  it('a live blog\'s times stay, with no player near (trap)', () => {
    const f = read(['Trực tiếp: Bão đổ bộ Quảng Ninh', '', LEAD, '', '14:15', '', P1, '', '13:40', '', P2]);
    expect(f.paragraphs).toEqual(['14:15', P1, '13:40', P2]);
  });

  it('a sentence opened by "Video:" stays (trap)', () => {
    const s = 'Video: Người dân quay lại cảnh cây đổ trên phố và gửi tới tòa soạn.';
    expect(read(['Bão đổ bộ Quảng Ninh', '', LEAD, '', P1, '', s]).paragraphs).toContain(s);
  });
});
