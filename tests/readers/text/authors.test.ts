import { describe, expect, it } from 'vitest';
import { AUTHOR_SEPARATOR, LEAD_LABEL, TRAILING_NOTE, TRAILING_PUNCTUATION, authorsOfLine, isPersonName, mergeAuthors } from '../../../src/readers/text/authors.js';
import { readPlainText } from '../../../src/readers/text/index.js';

describe('authorsOfLine', () => {
  it('an outlet named by its address after the name, and a dash left at the end', () => {
    expect(authorsOfLine('Thi Uyên/VOV.VN')).toEqual(['Thi Uyên/VOV.VN']);
    expect(authorsOfLine('Lê Vũ -')).toEqual(['Lê Vũ']);
    expect(authorsOfLine('Lê Vũ – ')).toEqual(['Lê Vũ']);
    expect(authorsOfLine('Hà Nội/VOV.VN đưa tin')).toBeNull();
    expect(authorsOfLine('Tin-ảnh: L.T.Kết')).toEqual(['L.T.Kết']);
  });

  it('a profession before words that are no name signs nobody (trap)', () => {
    expect(authorsOfLine('Luật sư Hà Nội')).toBeNull();
    expect(authorsOfLine('Bác sĩ Bệnh viện Bạch Mai')).toBeNull();
  });

  it('a desk named for two or three fields signs whole ("Ban Văn hóa - Xã hội")', () => {
    expect(authorsOfLine('Ban Văn hóa - Xã hội')).toEqual(['Ban Văn hóa - Xã hội']);
    expect(authorsOfLine('Ban Kinh tế - Tài chính')).toEqual(['Ban Kinh tế - Tài chính']);
    expect(authorsOfLine('Ban Chính trị - Xã hội - Pháp luật')).toEqual(['Ban Chính trị - Xã hội - Pháp luật']);
    // Traps: a writer after the desk is a second author; four fields, or a field that goes on, are no desk.
    expect(authorsOfLine('Ban Thời sự - Minh Anh')).toEqual(['Ban Thời sự', 'Minh Anh']);
    expect(authorsOfLine('Ban Văn hóa - Xã hội - Giáo dục - Thể thao')).toBeNull();
    expect(authorsOfLine('Ban Kinh tế - Tài chính ngân hàng đang được kiện toàn lại')).toBeNull();
  });

  it('"Theo" before an outlet\'s address or a known paper\'s online edition cites that outlet', () => {
    expect(authorsOfLine('Theo vtv.vn')).toEqual(['vtv.vn']);
    expect(authorsOfLine('Theo Nhân Dân điện tử')).toEqual(['Nhân Dân điện tử']);
    expect(authorsOfLine('Theo Dân trí online')).toEqual(['Dân trí online']);
    // Traps: with no "Theo", an address alone is no signature; an unknown paper's edition, a sentence.
    expect(authorsOfLine('vtv.vn')).toBeNull();
    expect(authorsOfLine('Theo Hà Nội điện tử')).toBeNull();
    expect(authorsOfLine('Theo báo cáo của Bộ Y tế, số ca mắc giảm.')).toBeNull();
  });

  it('a writer\'s name, a slash and the outlet\'s name sign together ("Thanh Hà/Báo Tin tức")', () => {
    expect(authorsOfLine('Thanh Hà/Báo Tin tức')).toEqual(['Thanh Hà/Báo Tin tức']);
    expect(authorsOfLine('Thống Nhất/Tạp chí Cộng sản')).toEqual(['Thống Nhất/Tạp chí Cộng sản']);
    // Traps: the outlet first and a place after it, a sentence after the outlet, a third part that is none.
    expect(authorsOfLine('Báo ảnh Dân tộc và Miền núi/Hà Nội')).toBeNull();
    expect(authorsOfLine('Thanh Hà/Báo Tin tức đưa tin chiều nay về vụ việc.')).toBeNull();
    expect(authorsOfLine('Thanh Hà/Báo Tin tức/Hà Nội')).toBeNull();
  });

  it('an outlet\'s name beside a known agency after a slash signs as the agency\'s credit ("Báo ảnh Dân tộc và Miền núi/TTXVN")', () => {
    expect(authorsOfLine('Báo ảnh Dân tộc và Miền núi/TTXVN')).toEqual(['Báo ảnh Dân tộc và Miền núi/TTXVN']);
    expect(authorsOfLine('TTXVN/Báo Tin tức')).toEqual(['TTXVN/Báo Tin tức']);
    // Trap: with no agency beside it, an outlet's name is no author's.
    expect(authorsOfLine('Báo ảnh Dân tộc và Miền núi/Hà Nội')).toBeNull();
  });

  it('a broadcaster\'s numbered channel signs as an agency does ("VTC14", "VTV24")', () => {
    expect(authorsOfLine('VTC14')).toEqual(['VTC14']);
    expect(authorsOfLine('VTV24')).toEqual(['VTV24']);
    expect(authorsOfLine('Minh Anh - VTV24')).toEqual(['Minh Anh', 'VTV24']);
    // Traps: a number that is no channel's, a model name.
    expect(authorsOfLine('VTC1234')).toBeNull();
    expect(authorsOfLine('iPhone15')).toBeNull();
  });

  it('a degree before the name, what the writer did or their job after it are not part of the name', () => {
    expect(authorsOfLine('TS. Nguyễn Văn An')).toEqual(['Nguyễn Văn An']);
    expect(authorsOfLine('ThS. Phạm Quang Huy')).toEqual(['Phạm Quang Huy']);
    expect(authorsOfLine('Vân Anh thực hiện')).toEqual(['Vân Anh']);
    // The writer's unit after the name is no author; two names stay two.
    expect(authorsOfLine('Phùng Vị – HND tỉnh')).toEqual(['Phùng Vị']);
    expect(authorsOfLine('Minh Anh - TTXVN')).toEqual(['Minh Anh', 'TTXVN']);
    expect(authorsOfLine('Giá vàng – SJC tăng')).toBeNull();
    expect(authorsOfLine('Trà Mi, phóng viên đài RFA')).toEqual(['Trà Mi']);
    expect(authorsOfLine('Giá vàng hôm nay tăng mạnh thực hiện')).toBeNull();
  });

  it('a reporter\'s or editor\'s label glued before the name is no part of it ("PV Thanh Hà", "BTV Minh Anh")', () => {
    expect(authorsOfLine('PV Thanh Hà')).toEqual(['Thanh Hà']);
    expect(authorsOfLine('BTV Minh Anh')).toEqual(['Minh Anh']);
    expect(authorsOfLine('CTV Lê Hoàng')).toEqual(['Lê Hoàng']);
    expect(authorsOfLine('Phóng viên Thanh Hà')).toEqual(['Thanh Hà']);
    expect(authorsOfLine('PHÓNG VIÊN THANH HÀ')).toEqual(['THANH HÀ']);
    expect(authorsOfLine('PV Hà')).toEqual(['Hà']);
    expect(authorsOfLine('PV Thanh Hà - BTV Minh Anh')).toEqual(['Thanh Hà', 'Minh Anh']);
    expect(authorsOfLine('PV Thanh Hà/VOV.VN')).toEqual(['Thanh Hà/VOV.VN']);
    // Traps: the label alone signs as printed; a sentence opening with it is prose; "PV:" keeps its own rule.
    expect(authorsOfLine('PV')).toEqual(['PV']);
    expect(authorsOfLine('Phóng viên')).toEqual(['Phóng viên']);
    expect(authorsOfLine('Phóng viên Thanh Hà cho biết giá sẽ còn tăng.')).toBeNull();
    expect(authorsOfLine('Phóng viên Thanh Hà cho biết')).toBeNull();
    expect(authorsOfLine('PV: Thanh Hà')).toEqual(['Thanh Hà']);
    expect(authorsOfLine('BTV: Minh Anh')).toEqual(['Minh Anh']);
    expect(authorsOfLine('Biên tập viên: Minh Anh')).toEqual(['Minh Anh']);
    expect(authorsOfLine('Phóng viên thường trú')).toBeNull();
  });

  it('CMS labels before the writer: "Người viết:", "Tổng hợp:", "Biên tập:", "Bút ký:", "Đăng bởi:", "Ghi chép của"', () => {
    expect(authorsOfLine('Người viết: Thanh Hà')).toEqual(['Thanh Hà']);
    expect(authorsOfLine('Tổng hợp: Thanh Hà')).toEqual(['Thanh Hà']);
    expect(authorsOfLine('Biên tập: Minh Anh')).toEqual(['Minh Anh']);
    expect(authorsOfLine('Bút ký: Lê Hoàng')).toEqual(['Lê Hoàng']);
    expect(authorsOfLine('Đăng bởi: Thanh Hà')).toEqual(['Thanh Hà']);
    expect(authorsOfLine('Đăng bởi Thanh Hà')).toEqual(['Thanh Hà']);
    expect(authorsOfLine('Ghi chép của Thanh Hà')).toEqual(['Thanh Hà']);
    expect(authorsOfLine('Bút ký của Lê Hoàng')).toEqual(['Lê Hoàng']);
    expect(authorsOfLine('By Minh Anh')).toEqual(['Minh Anh']);
    // Traps: prose opening with the same words (no colon, or no name after it).
    expect(authorsOfLine('Tổng hợp các ý kiến')).toBeNull();
    expect(authorsOfLine('Tổng hợp các ý kiến của cử tri gửi tới kỳ họp.')).toBeNull();
    expect(authorsOfLine('Tổng hợp: các ý kiến của cử tri')).toBeNull();
    expect(authorsOfLine('Biên tập viên chương trình cho biết')).toBeNull();
    expect(authorsOfLine('Ghi chép của Thanh Hà về chuyến đi Trường Sa')).toBeNull();
    expect(authorsOfLine('By 2030, Việt Nam sẽ có 5 triệu doanh nghiệp')).toBeNull();
  });

  it('a group of reporters of a desk or an outlet signs whole ("Nhóm phóng viên Ban Kinh tế")', () => {
    expect(authorsOfLine('Nhóm phóng viên Ban Kinh tế')).toEqual(['Nhóm phóng viên Ban Kinh tế']);
    expect(authorsOfLine('Nhóm PV Ban Thời sự')).toEqual(['Nhóm PV Ban Thời sự']);
    expect(authorsOfLine('Nhóm PV Báo Nông nghiệp')).toEqual(['Nhóm PV Báo Nông nghiệp']);
    expect(authorsOfLine('Nhóm PV')).toEqual(['Nhóm PV']);
    expect(authorsOfLine('Nhóm phóng viên')).toEqual(['Nhóm phóng viên']);
    // Traps: what the group did is prose.
    expect(authorsOfLine('Nhóm phóng viên đã có mặt tại hiện trường')).toBeNull();
    expect(authorsOfLine('Nhóm PV Ban Kinh tế đã có mặt tại hiện trường.')).toBeNull();
  });

  it('the photographer after the writer is no author: "Hà Linh/ Ảnh: Hưng Nguyễn", "Minh Anh - Ảnh: Tuấn"', () => {
    expect(authorsOfLine('Hà Linh/ Ảnh: Hưng Nguyễn')).toEqual(['Hà Linh']);
    expect(authorsOfLine('Minh Anh - Ảnh: Tuấn Mạnh')).toEqual(['Minh Anh']);
    expect(authorsOfLine('Bài và ảnh: Minh Anh')).toEqual(['Minh Anh']);
    expect(authorsOfLine('Ảnh: Hưng Nguyễn')).toBeNull();
  });

  const cases: Array<[string, string[]]> = [
    ['Vũ Ba', ['Vũ Ba']],
    ['NHẬT XUÂN', ['NHẬT XUÂN']],
    ['(TTXVN/Vietnam+)', ['TTXVN/Vietnam+']],
    ['Theo Chí Kiên (Báo điện tử Chính Phủ)', ['Chí Kiên']],
    ['Theo Hải Minh /VGP', ['Hải Minh']],
    ['Vũ Ba | Báo Tin Nhanh', ['Vũ Ba']],
    ['Vũ Ba - Báo Tin Nhanh', ['Vũ Ba']],
    ['Thu Hà – Đài PT-TH Bình Lâm', ['Thu Hà']],
    // Trap: an agency after a dash is a second author (the corpus's convention), no paper's name.
    ['Minh Anh - TTXVN', ['Minh Anh', 'TTXVN']],
    ['Nhóm thực hiện: Thu Hà, Minh Khôi', ['Thu Hà', 'Minh Khôi']],
    // A guest writer's profession before the name.
    ['Luật sư Nguyễn Văn An', ['Nguyễn Văn An']],
    ['Nhà báo Lê Minh Châu', ['Lê Minh Châu']],
    ['PV / (TTXVN/Vietnam+)', ['PV']],
    ['Theo Quang Minh-Thanh Lan (NDĐT)', ['Quang Minh', 'Thanh Lan']],
    ['Thu Hà | (Báo Tin Nhanh)', ['Thu Hà']],
    ['Văn Giang (Theo Sputnik)', ['Văn Giang']],
    ['Bài và ảnh: Minh Anh', ['Minh Anh']],
    ['Nguyễn Văn An - Trần Thị Bình', ['Nguyễn Văn An', 'Trần Thị Bình']],
    ['Thu Hà, Minh Khôi', ['Thu Hà', 'Minh Khôi']],
    ['Ban Thời sự', ['Ban Thời sự']],
    ['Nhóm PV', ['Nhóm PV']],
    ['PV', ['PV']],
    ['Theo TTXVN', ['TTXVN']],
    ['Hồng Hạnh (tổng hợp)', ['Hồng Hạnh']],
    ['Q.Anh', ['Q.Anh']],
    ['Theo Báo và PTTH Tuyên Quang', ['Báo và PTTH Tuyên Quang']],
    ['Theo Reuters', ['Reuters']],
    ['Tin, ảnh: Minh Hà', ['Minh Hà']],
    ['Bởi Thu Hà', ['Thu Hà']],
    // Initials keep the full stop of their last initial, as a credit's do ("Ảnh: P.V."); a name's does not.
    ['N.H.', ['N.H.']],
    ['P.V', ['P.V']],
    ['Vũ Ba.', ['Vũ Ba']],
    ['Q.Anh.', ['Q.Anh']],
  ];
  for (const [line, authors] of cases) {
    it(`reads "${line}"`, () => {
      expect(authorsOfLine(line)).toEqual(authors);
    });
  }

  it('rejects prose, source lines and headlines', () => {
    expect(authorsOfLine('Cầu dài 5 km, được xây dựng trong ba năm.')).toBeNull();
    expect(authorsOfLine('Nguồn Công Luận: https://congluan.vn/')).toBeNull();
    expect(authorsOfLine('Cổ phiếu FLC được giao dịch trở lại')).toBeNull();
    expect(authorsOfLine('')).toBeNull();
    expect(authorsOfLine('Ảnh: Minh Hà')).toBeNull();
    expect(authorsOfLine('Theo kế hoạch')).toBeNull();
    expect(authorsOfLine('Theo Bộ Y tế, số ca mắc giảm.')).toBeNull();
  });
});

describe('isPersonName', () => {
  it('wants capitalised syllables', () => {
    expect(isPersonName('Trần Cẩm Tú')).toBe(true);
    expect(isPersonName('Kinh doanh')).toBe(false);
    expect(isPersonName('Minh')).toBe(false);
  });
});

describe('mergeAuthors', () => {
  it('keeps the first spelling of each name', () => {
    expect(mergeAuthors(['Vũ Ba'], ['VŨ BA', 'Văn Giang'])).toEqual(['Vũ Ba', 'Văn Giang']);
  });

  it('a writer signed with their outlet after a slash and the same writer alone are one author', () => {
    expect(mergeAuthors(['Ngọc Anh/VOV.VN'], ['Ngọc Anh'])).toEqual(['Ngọc Anh/VOV.VN']);
    expect(mergeAuthors(['Thống Nhất'], ['Thống Nhất/TTXVN'])).toEqual(['Thống Nhất']);
    expect(mergeAuthors(['Thanh Hà/Báo Tin tức'], ['THANH HÀ'])).toEqual(['Thanh Hà/Báo Tin tức']);
    // Traps: another writer, an agency's credit with no writer, two writers after a slash stay apart.
    expect(mergeAuthors(['Ngọc Anh/VOV.VN'], ['Ngọc Ánh'])).toEqual(['Ngọc Anh/VOV.VN', 'Ngọc Ánh']);
    expect(mergeAuthors(['TTXVN/Vietnam+'], ['TTXVN'])).toEqual(['TTXVN/Vietnam+', 'TTXVN']);
    expect(mergeAuthors(['Minh Anh/Thu Hà'], ['Minh Anh'])).toEqual(['Minh Anh/Thu Hà', 'Minh Anh']);
  });
});

/**
 * ReDoS regressions (issue 6). authorsOfLine reads lines of at most 90 characters, so the
 * patterns are tried directly on long adversarial text (recheck's attack strings): before
 * the rewrite each took seconds at this length (quadratic), now a few milliseconds.
 */
describe('byline patterns stay linear', () => {
  const N = 100_000;
  const fast = (work: () => unknown): void => {
    const started = performance.now();
    work();
    expect(performance.now() - started).toBeLessThan(1000);
  };

  it('LEAD_LABEL: a label, a long run of spaces, then half of "ảnh"', () => {
    fast(() => expect(LEAD_LABEL.test('bài' + '\t'.repeat(N) + 'ả')).toBe(false));
    fast(() => expect(LEAD_LABEL.test('tin' + ' '.repeat(N) + 'ản')).toBe(false));
    expect('Bài và ảnh: Minh Anh'.replace(LEAD_LABEL, '')).toBe('Minh Anh');
    expect('Tin ,  ảnh:  Minh Hà'.replace(LEAD_LABEL, '')).toBe('Minh Hà');
    expect('Bài ảnh: Minh Hà'.replace(LEAD_LABEL, '')).toBe('Minh Hà');
  });

  it('TRAILING_NOTE: a long run of spaces not closing a note', () => {
    fast(() => expect(TRAILING_NOTE.test('Vũ Ba' + ' '.repeat(N) + 'x')).toBe(false));
    expect('Văn Giang  (Theo Sputnik) '.replace(TRAILING_NOTE, '')).toBe('Văn Giang');
    expect('Hải Minh /VGP'.replace(TRAILING_NOTE, '')).toBe('Hải Minh');
    fast(() => expect(TRAILING_NOTE.test('Vũ Ba' + ' | Báo'.repeat(N))).toBe(false));
  });

  it('AUTHOR_SEPARATOR: a long run of spaces between two words', () => {
    fast(() => expect(('Vũ Ba' + '\t'.repeat(N) + 'x').split(AUTHOR_SEPARATOR)).toHaveLength(1));
    expect('A - B, C  và D ;E'.split(AUTHOR_SEPARATOR)).toEqual(['A', 'B', 'C', 'D', 'E']);
    expect('A - , B'.split(AUTHOR_SEPARATOR)).toEqual(['A', '', 'B']);
  });

  it('TRAILING_PUNCTUATION: a long run of dots that does not end the line', () => {
    fast(() => expect(TRAILING_PUNCTUATION.test(','.repeat(N) + 'x,')).toBe(true));
    expect('Vũ Ba.;'.replace(TRAILING_PUNCTUATION, '')).toBe('Vũ Ba');
    expect('Q.Anh'.replace(TRAILING_PUNCTUATION, '')).toBe('Q.Anh');
  });
});

describe('a cited writer with the outlet after a bar, "Theo Hà Linh | Nhịp sống thị trường"', () => {
  it('the writer signs, the outlet the piece was taken from does not', () => {
    expect(authorsOfLine('Theo Hà Linh | Nhịp sống thị trường')).toEqual(['Hà Linh']);
    expect(authorsOfLine('Theo Hải Yến | VTC News')).toEqual(['Hải Yến']);
    expect(authorsOfLine('Theo Thu Hà | Soha.vn')).toEqual(['Thu Hà']);
    expect(authorsOfLine('Theo Hải Yến | Dân trí')).toEqual(['Hải Yến']);
  });

  it('read as the signature at the end', () => {
    const text = ['Doanh nghiệp', 'Vinamilk đặt mục tiêu doanh thu 63.000 tỷ đồng năm 2025', '10/03/2025 15:42',
      'Công ty Cổ phần Sữa Việt Nam vừa công bố tài liệu họp đại hội đồng cổ đông thường niên năm 2025.', '',
      'Đại hội dự kiến diễn ra ngày 24/4 tại TP HCM.', '', 'Theo Hà Linh | Nhịp sống thị trường'].join('\n');
    const { fields } = readPlainText(text);
    expect(fields.byline?.authors).toEqual(['Hà Linh']);
    expect(fields.paragraphs).toEqual(['Đại hội dự kiến diễn ra ngày 24/4 tại TP HCM.']);
  });

  it('traps: two names after "Theo" are two writers; with no "Theo" the bar parts no outlet; a sentence after the bar', () => {
    expect(authorsOfLine('Theo Thanh Hùng | Nguyễn Huế')).toEqual(['Thanh Hùng', 'Nguyễn Huế']);
    expect(authorsOfLine('Thanh Hùng | Nguyễn Huế')).toEqual(['Thanh Hùng', 'Nguyễn Huế']);
    expect(authorsOfLine('Hà Linh | Nhịp sống thị trường')).toBeNull();
    expect(authorsOfLine('Theo Hà Linh | Nhịp sống thị trường.')).toBeNull();
    expect(authorsOfLine('Theo số liệu | Tổng cục Thống kê')).toBeNull();
  });
});
