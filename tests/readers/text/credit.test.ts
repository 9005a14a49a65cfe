import { describe, expect, it } from 'vitest';
import type { CreditLabel } from '../../../src/model/credit-labels.js';
import { hasCredit, splitCredit } from '../../../src/readers/text/credit.js';

describe('splitCredit', () => {
  const cases: Array<[string, string | null, string | null, CreditLabel | null]> = [
    ['Ông Hồ Đức Phớc, Bộ trưởng Tài chính. Ảnh: Hoàng Phong', 'Ông Hồ Đức Phớc, Bộ trưởng Tài chính.', 'Hoàng Phong', 'Ảnh'],
    ['Lễ đón tại sân bay quân sự Seoul. (Ảnh: Thống Nhất/TTXVN)', 'Lễ đón tại sân bay quân sự Seoul.', 'Thống Nhất/TTXVN', 'Ảnh'],
    ['Ông Đỗ Tiến Đông, PCT UBND tỉnh Gia Lai (đứng giữa). Ảnh Hồng Thi.', 'Ông Đỗ Tiến Đông, PCT UBND tỉnh Gia Lai (đứng giữa).', 'Hồng Thi', 'Ảnh'],
    ['Trung tướng Võ Minh Lương (trái). (Nguồn: Kinhtedothi.vn)', 'Trung tướng Võ Minh Lương (trái).', 'Kinhtedothi.vn', 'Nguồn'],
    ['Kỳ họp thứ Nhất HĐND tỉnh Bắc Ninh ngày 22/6 (Ảnh: Diên An)', 'Kỳ họp thứ Nhất HĐND tỉnh Bắc Ninh ngày 22/6', 'Diên An', 'Ảnh'],
    ['Toàn cảnh hội nghị - Ảnh: VGP/Nhật Bắc', 'Toàn cảnh hội nghị', 'VGP/Nhật Bắc', 'Ảnh'],
    ['Một dự án của FLC. Ảnh: Hồng Khanh', 'Một dự án của FLC.', 'Hồng Khanh', 'Ảnh'],
    ['Khách hàng mua vàng (Ảnh minh họa)', 'Khách hàng mua vàng (Ảnh minh họa)', null, null],
    ['Ảnh: TTXVN', null, 'TTXVN', 'Ảnh'],
    ['Anh Long chụp ảnh tại bàn (Ảnh Trần Thành Công).', 'Anh Long chụp ảnh tại bàn', 'Trần Thành Công', 'Ảnh'],
    // In brackets with no colon, "ảnh" in lower case: a capitalised name or a paper's; not a position or an illustration.
    ['Ông Nguyễn Văn Bình (ảnh Dân trí)', 'Ông Nguyễn Văn Bình', 'Dân trí', 'Ảnh'],
    ['Ông Phạm Văn Dũng (ảnh báo Nông thôn Ngày nay).', 'Ông Phạm Văn Dũng', 'báo Nông thôn Ngày nay', 'Ảnh'],
    ['Ông Phạm Văn Dũng (ảnh bên phải)', 'Ông Phạm Văn Dũng (ảnh bên phải)', null, null],
    ['Khách hàng mua vàng (ảnh minh họa)', 'Khách hàng mua vàng (ảnh minh họa)', null, null],
    ['Ông Phạm Văn Dũng (ảnh báo cáo viên)', 'Ông Phạm Văn Dũng (ảnh báo cáo viên)', null, null],
    ['Đồng chí Lê Tiến Châu phát biểu tại hội nghị.', 'Đồng chí Lê Tiến Châu phát biểu tại hội nghị.', null, null],
    ['Đội danh dự CH Séc tại lễ đón Chủ tịch nước - Ảnh GIẢN THANH SƠN', 'Đội danh dự CH Séc tại lễ đón Chủ tịch nước', 'GIẢN THANH SƠN', 'Ảnh'],
    ['Nhìn lại - Ảnh Hà Nội xưa', 'Nhìn lại - Ảnh Hà Nội xưa', null, null],
    ['Đội tuyển Việt Nam tham dự IMO 2016. Nguồn ảnh: Vietnamnet.', 'Đội tuyển Việt Nam tham dự IMO 2016.', 'Vietnamnet', 'Nguồn ảnh'],
    ['Biểu đồ tăng trưởng GDP các năm. Đồ họa: TÔ NGỌC', 'Biểu đồ tăng trưởng GDP các năm.', 'TÔ NGỌC', 'Đồ họa'],
    ['Đồng chí Trần Cẩm Tú phát biểu. Ảnh minh họa: TTXVN.', 'Đồng chí Trần Cẩm Tú phát biểu.', 'TTXVN', 'Ảnh minh họa'],
    // The longer labels in brackets (audit r49): "(Nguồn ảnh: Reuters)" was cut at "ảnh:" into "… (Nguồn" / "Reuters)".
    ['Xe tăng tại Ba Lan (Nguồn ảnh: Reuters)', 'Xe tăng tại Ba Lan', 'Reuters', 'Nguồn ảnh'],
    ['Trụ sở Ủy ban châu Âu. (Ảnh minh họa: Internet)', 'Trụ sở Ủy ban châu Âu.', 'Internet', 'Ảnh minh họa'],
    ['Diễn biến giá xăng từ đầu năm (Đồ họa: Thanh Hà)', 'Diễn biến giá xăng từ đầu năm', 'Thanh Hà', 'Đồ họa'],
    ['Một buổi hòa nhạc (Nguồn hình ảnh: BBC)', 'Một buổi hòa nhạc', 'BBC', 'Nguồn hình ảnh'],
    ['Toàn cảnh hội nghị. Ảnh - Nguồn: VGP', 'Toàn cảnh hội nghị.', 'VGP', 'Ảnh - Nguồn'],
    // A screenshot in brackets or after a dash names itself too; an illustration or archive photo in brackets is no credit.
    ['Tài xế đánh người trên đường Trần Duy Hưng (Ảnh chụp màn hình)', 'Tài xế đánh người trên đường Trần Duy Hưng', 'Ảnh chụp màn hình', null],
    ['Tài xế đánh người. (Ảnh chụp màn hình).', 'Tài xế đánh người.', 'Ảnh chụp màn hình', null],
    ['Tài xế đánh người - Ảnh cắt từ clip', 'Tài xế đánh người', 'Ảnh cắt từ clip', null],
    ['Toàn cảnh hội nghị. (Ảnh tư liệu)', 'Toàn cảnh hội nghị. (Ảnh tư liệu)', null, null],
    ['Cuộc thi ảnh chụp màn hình điện thoại', 'Cuộc thi ảnh chụp màn hình điện thoại', null, null],
    ['Lớp học đồ họa (miễn phí)', 'Lớp học đồ họa (miễn phí)', null, null],
    // An initial keeps its full stop; a name's sentence stop does not stay.
    ['Bị bắt giữ sau khi trốn nã 10 năm. Ảnh: P.V.', 'Bị bắt giữ sau khi trốn nã 10 năm.', 'P.V.', 'Ảnh'],
    ['Toàn cảnh buổi lễ. Ảnh: Hoàng Phong.', 'Toàn cảnh buổi lễ.', 'Hoàng Phong', 'Ảnh'],
    // No colon, and the name opens with an initial.
    ['Nơi đây đã trở thành điểm sống ảo của không ít bạn trẻ. Ảnh V. MAI.', 'Nơi đây đã trở thành điểm sống ảo của không ít bạn trẻ.', 'V. MAI', 'Ảnh'],
    ['Hai người đứng trước cửa. Ảnh A. b', 'Hai người đứng trước cửa. Ảnh A. b', null, null],
    ['Vũ khí thu được ngoại ô thủ đô Damascus. ảnh SANA', 'Vũ khí thu được ngoại ô thủ đô Damascus.', 'SANA', 'Ảnh'],
    ['Nguồn hình ảnh, Getty Images', null, 'Getty Images', 'Nguồn hình ảnh'],
    ['Nguồn hình ảnh, theo các nhà khoa học, là một vấn đề.', 'Nguồn hình ảnh, theo các nhà khoa học, là một vấn đề.', null, null],
    ['Phở Đặc Biệt, Kelbin Lei trong clip nhái Jessica. Ảnh chụp màn hình.', 'Phở Đặc Biệt, Kelbin Lei trong clip nhái Jessica.', 'Ảnh chụp màn hình', null],
    // A painting's credit, "Tranh:", only after a sentence or a dash ("cạnh tranh:" is prose).
    ['Tác phẩm "Chùa Thầy". Tranh: NGÔ THÀNH NHÂN', 'Tác phẩm "Chùa Thầy".', 'NGÔ THÀNH NHÂN', 'Tranh'],
    ['Phố cổ Hà Nội (Tranh: Bùi Xuân Phái)', 'Phố cổ Hà Nội', 'Bùi Xuân Phái', 'Tranh'],
    ['Tranh: Lê Thiết Cương', null, 'Lê Thiết Cương', 'Tranh'],
    ['Hai doanh nghiệp bước vào cuộc cạnh tranh: giá rẻ hơn', 'Hai doanh nghiệp bước vào cuộc cạnh tranh: giá rẻ hơn', null, null],
    ['Người dân kể lại rằng họ đã xem ảnh chụp màn hình.', 'Người dân kể lại rằng họ đã xem ảnh chụp màn hình.', null, null],
  ];
  for (const [line, caption, credit, label] of cases) {
    it(`splits "${line}"`, () => {
      expect(splitCredit(line)).toEqual({ caption, credit, label });
    });
  }

  it('gives the label in its canonical spelling, whatever the case or tone placement printed', () => {
    expect(splitCredit('Toàn cảnh phiên họp. ẢNH: NGỌC THẮNG').label).toBe('Ảnh');
    expect(splitCredit('Cơ cấu vốn. Đồ hoạ: Minh Hà').label).toBe('Đồ họa');
    expect(splitCredit('Lễ đón (ảnh - nguồn: TTXVN)')).toEqual({ caption: 'Lễ đón', credit: 'TTXVN', label: 'Ảnh - Nguồn' });
    expect(splitCredit('Trận đấu tối qua. Photo: Reuters').label).toBe('Photo');
  });

  it('does not take a byline label for a caption', () => {
    expect(hasCredit('Bài và ảnh: Nguyễn Văn An')).toBe(false);
    expect(hasCredit('Bài, ảnh: Minh Anh')).toBe(false);
  });
});

/** ReDoS regressions (issue 6): captions are not cut to a length, so a long line reaches every pattern. */
describe('splitCredit stays linear', () => {
  const N = 100_000;
  const timed = (line: string): ReturnType<typeof splitCredit> => {
    const started = performance.now();
    const result = splitCredit(line);
    expect(performance.now() - started).toBeLessThan(1000);
    return result;
  };

  it('COLON_CREDIT: "ảnh:" then a long run of tabs and a second colon (minutes at 20 000 characters before)', () => {
    expect(timed('ảnh:' + '\t'.repeat(N) + ':').credit).toBeNull();
    expect(timed('Ảnh: x' + ' '.repeat(N) + 'y:').credit).toBeNull();
    expect(splitCredit('Toàn cảnh hội nghị. Ảnh:   Hồng Khanh  .')).toEqual({ caption: 'Toàn cảnh hội nghị.', credit: 'Hồng Khanh', label: 'Ảnh' });
    expect(splitCredit('Toàn cảnh hội nghị - Ảnh: ')).toEqual({ caption: 'Toàn cảnh hội nghị - Ảnh:', credit: null, label: null });
  });

  it('PAREN_CREDIT: "(Ảnh:" then a long run of spaces', () => {
    expect(timed('(Ảnh:' + ' '.repeat(N) + 'x').credit).toBeNull();
    expect(timed('(Ảnh:' + ' '.repeat(N) + ')x').credit).toBeNull();
    expect(splitCredit('Lễ đón. ( Ảnh - Nguồn :  Thống Nhất/TTXVN ) .')).toEqual({ caption: 'Lễ đón.', credit: 'Thống Nhất/TTXVN', label: 'Ảnh - Nguồn' });
    expect(splitCredit('Lễ đón (Ảnh: )')).toEqual({ caption: 'Lễ đón', credit: null, label: null });
  });

  it('the credit is at most 120 characters, as before', () => {
    const name = 'A'.repeat(119);
    expect(splitCredit(`Lễ đón (Ảnh: ${name}.)`).credit).toBe(`${name}.`);
    expect(splitCredit(`Lễ đón (Ảnh: ${name}xy)`).credit).toBeNull();
    expect(splitCredit(`Lễ đón. Ảnh: ${name}x .`).credit).toBe(`${name}x`);
    expect(splitCredit(`Lễ đón. Ảnh: ${name}xy`).credit).toBeNull();
  });

  it('BYLINE_LABEL: "Bài", a long run of spaces, then no joining word', () => {
    expect(timed('Bài' + ' '.repeat(N) + 'ế. Ảnh: Minh Anh').credit).toBe('Minh Anh');
    expect(timed('Bài' + ' '.repeat(N) + 'và ế. Ảnh: Minh Anh').credit).toBe('Minh Anh');
    expect(hasCredit('Bài  &  ảnh: Minh Anh')).toBe(false);
  });
});
