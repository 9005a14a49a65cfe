import { describe, expect, it } from 'vitest';
import { readTitle } from '../../../src/enrichers/officials/titles.js';
import { tokenize } from '../../../src/enrichers/officials/tokens.js';

const title = (text: string) => readTitle(tokenize(text), 0, text);

describe('readTitle', () => {
  it.each([
    ['Trưởng Đoàn kiểm tra chủ trì hội nghị', 'Trưởng Đoàn kiểm tra'],
    ['Bí thư Thành ủy Hải Phòng khóa XV được giới thiệu', 'Bí thư Thành ủy Hải Phòng'],
    ['Phó Chủ tịch UBND tỉnh Bắc Ninh nhiệm kỳ 2016 - 2021', 'Phó Chủ tịch UBND tỉnh Bắc Ninh'],
    ['Giám đốc Sở Kế hoạch và Đầu tư.', 'Giám đốc Sở Kế hoạch và Đầu tư'],
    ['Thứ trưởng Bộ Văn hóa, Thể thao và Du lịch Hoàng Đạo Cương', 'Thứ trưởng Bộ Văn hóa, Thể thao và Du lịch'],
    ['Trưởng ban Ban Thư ký biên tập, Thông tấn xã Việt Nam, giữ chức', 'Trưởng ban Ban Thư ký biên tập, Thông tấn xã Việt Nam'],
    ['Bí thư Thành ủy TP. Hải Phòng phát biểu', 'Bí thư Thành ủy TP. Hải Phòng'],
    ['Thủ tướng Chính phủ Nguyễn Xuân Phúc', 'Thủ tướng Chính phủ'],
    ['Thượng tướng Lê Huy Vịnh', 'Thượng tướng'],
    ['Chủ tịch Hiệp hội Bất động sản TP HCM (HoREA)', 'Chủ tịch Hiệp hội Bất động sản TP HCM'],
    // The verb after a capitalised word is not the rest of its name (as "động sản" is of "Bất").
    ['Chánh Văn phòng Trung ương Đảng dự hội nghị', 'Chánh Văn phòng Trung ương Đảng'],
    ['Chủ tịch Hội đồng Dân tộc tham dự buổi lễ', 'Chủ tịch Hội đồng Dân tộc'],
    // A department named by two fields joined by a dash; "Pháp" before "chế" is no country.
    ['Vụ trưởng Vụ Thông tin - Báo chí, Bộ Ngoại giao', 'Vụ trưởng Vụ Thông tin - Báo chí, Bộ Ngoại giao'],
    ['Trưởng ban Kinh tế - Ngân sách HĐND tỉnh - Lê Thị Mai', 'Trưởng ban Kinh tế - Ngân sách HĐND tỉnh'],
    ['Vụ trưởng Vụ Pháp chế Bộ Tư pháp', 'Vụ trưởng Vụ Pháp chế Bộ Tư pháp'],
    // After a place's kind, "Đức" starts the place's name; elsewhere it is Germany.
    ['Trưởng Công an huyện Đức Thọ cho biết', 'Trưởng Công an huyện Đức Thọ'],
    ['Đại sứ Việt Nam tại Đức Nguyễn Minh Vũ', 'Đại sứ Việt Nam tại Đức'],
    ['CEO Vietjet Nguyễn Thị Phương Thảo', 'CEO Vietjet'],
    // The lowercase rest of a capitalised word ends at "và", which joins the next part.
    ['Giám đốc Trung tâm Giáo dục Thể chất và Thể thao, Đại học Quốc gia Hà Nội', 'Giám đốc Trung tâm Giáo dục Thể chất và Thể thao, Đại học Quốc gia Hà Nội'],
    ['Phó trưởng phòng Khảo thí và Quản lý chất lượng giáo dục tham dự', 'Phó trưởng phòng Khảo thí và Quản lý chất lượng giáo dục'],
    // A body's own name in lower case after its kind, when the title goes on after it.
    ['Giám đốc Công ty CP sách và thiết bị trường học Thanh Hóa bị bắt', 'Giám đốc Công ty CP sách và thiết bị trường học Thanh Hóa'],
    ['Tổng Giám đốc Công ty CP thẩm định giá BTC Value khai', 'Tổng Giám đốc Công ty CP thẩm định giá BTC Value'],
    ['Phó phòng kinh doanh Công ty Hoàng Đạo', 'Phó phòng kinh doanh Công ty Hoàng Đạo'],
    ['Giám đốc Văn phòng đăng ký đất đai huyện Mỹ Đức', 'Giám đốc Văn phòng đăng ký đất đai huyện Mỹ Đức'],
    ['Trưởng Bộ môn Bóng chuyền Hà Nội', 'Trưởng Bộ môn Bóng chuyền Hà Nội'],
    ['Ủy viên Ban Chấp hành Đảng bộ Khối Cơ quan và Doanh nghiệp tỉnh, Bí thư', 'Ủy viên Ban Chấp hành Đảng bộ Khối Cơ quan và Doanh nghiệp tỉnh'],
    ['Thứ trưởng Bộ Quan hệ và Hợp tác quốc tế Nam Phi Mashego-Dlamini', 'Thứ trưởng Bộ Quan hệ và Hợp tác quốc tế Nam Phi'],
    ['giám đốc chi nhánh Vũng Tàu', 'giám đốc chi nhánh Vũng Tàu'],
    ['Giám đốc Ban quản lý dự án điện nông thôn miền Bắc, cho biết', 'Giám đốc Ban quản lý dự án điện nông thôn miền Bắc'],
    ['Giám đốc Ban quản lý dự án lưới điện Hà Nội', 'Giám đốc Ban quản lý dự án lưới điện Hà Nội'],
    // Trap: "điện" alone after the title is the verb.
    ['Chủ tịch UBND tỉnh điện hỏi thăm gia đình', 'Chủ tịch UBND tỉnh'],
    // The body's abbreviation in brackets, then its place: "(CHQS) tỉnh", "(CHXHCN) Việt Nam".
    ['Chỉ huy trưởng Bộ Chỉ huy Quân sự (CHQS) tỉnh phát biểu', 'Chỉ huy trưởng Bộ Chỉ huy Quân sự (CHQS) tỉnh'],
    ['UVTV Tỉnh ủy, Phó Chủ tịch HĐND tỉnh', 'UVTV Tỉnh ủy'],
    ['người phát ngôn Điện Kremlin Dmitry Peskov', 'người phát ngôn Điện Kremlin'],
    // Traps: the verb after a body with nothing capitalised after it, and a person after a company.
    ['Giám đốc Công ty khai nhận tại tòa', 'Giám đốc Công ty'],
    ['Tổng Giám đốc Tập đoàn Vingroup Nguyễn Việt Quang', 'Tổng Giám đốc Tập đoàn Vingroup'],
  ])('%s → %s', (text, expected) => {
    expect(title(text)?.text).toBe(expected);
  });

  it('says when the body ends with a country, for the foreign name that follows', () => {
    expect(title('Tổng thống Nga Vladimir Putin')).toMatchObject({ text: 'Tổng thống Nga', country: true });
    expect(title('Bí thư Tỉnh ủy Quảng Ninh Nguyễn Xuân Ký')).toMatchObject({ text: 'Bí thư Tỉnh ủy Quảng Ninh', country: false });
  });

  it('a lowercase head counts only with a body or a name after it', () => {
    expect(title('trưởng thành trong khó khăn')).toBeNull();
    expect(title('phó Văn phòng chính phủ')?.capitalised).toBe(false);
  });

  it('no head, no title', () => {
    expect(title('Ban Thường vụ Thành ủy Hải Phòng')).toBeNull();
  });
});

describe('audit round 44: a ward of 2025 named with its city after a dash', () => {
  it('"Chủ tịch UBND phường Xuân Hương - Đà Lạt" is one title', async () => {
    const { findOfficials } = await import('../../../src/enrichers/officials/people.js');
    const table = (text: string): Record<string, string[]> =>
      Object.fromEntries(findOfficials([{ in: 'paragraph', index: 0, text }], []).map((o) => [o.name, o.titles]));
    expect(table('Ông Trần Văn Hiệp, Chủ tịch UBND phường Xuân Hương - Đà Lạt, phát biểu.')).toEqual({ 'Trần Văn Hiệp': ['Chủ tịch UBND phường Xuân Hương - Đà Lạt'] });
    expect(table('Ông Đặng Trí Dũng bổ nhiệm ông Trần Văn Hiệp giữ chức Chủ tịch UBND phường Xuân Hương - Đà Lạt.')).toEqual({ 'Trần Văn Hiệp': ['Chủ tịch UBND phường Xuân Hương - Đà Lạt'] });
    // Traps: a dash before the holder ("T - ông X") and a city followed by a name are not the ward's.
    expect(table('Chủ tịch UBND phường Xuân Hương - ông Trần Văn Hiệp phát biểu.')).toEqual({ 'Trần Văn Hiệp': ['Chủ tịch UBND phường Xuân Hương'] });
  });
});
