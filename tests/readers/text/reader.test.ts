import { describe, expect, it } from 'vitest';
import { readPlainText } from '../../../src/readers/text/index.js';
import { isBoilerplate, isButtonRow } from '../../../src/readers/text/patterns.js';

const read = (lines: string[]) => readPlainText(lines.join('\n'));
const LEAD = 'Sáng 11/3, UBND TP Hà Nội tổ chức lễ khánh thành cầu mới bắc qua sông Hồng.';
const P1 = 'Cầu dài 5 km, được xây dựng trong ba năm.';
const P2 = 'Theo kế hoạch, cầu sẽ thông xe từ ngày 15/3.';

describe('readPlainText: header', () => {
  it('a headline broken over two lines before a capital ("… đối với" / "Ban Thường vụ …") is one title', () => {
    const halves: Array<[string, string]> = [
      ['Thông qua kết quả kiểm tra đối với', 'Ban Thường vụ Tỉnh ủy Bình Lâm'],
      ['Bình Lâm công bố quyết định bổ nhiệm các', 'Phó Giám đốc Sở Tài chính'],
      ['Chủ tịch tỉnh Đỗ Văn Khải làm việc với', 'Tập đoàn Điện lực Việt Nam'],
    ];
    for (const [first, second] of halves) {
      const { fields } = read(['Chính trị', '', first, second, '', 'Vũ Ba 11/03/2025 - 20:25', '', LEAD, '', P1]);
      expect(fields, first).toMatchObject({ section: 'Chính trị', title: `${first} ${second}`, lead: LEAD });
    }
  });

  it('two links or more behind one arrow ("> headline") are a box of links, wherever they stand', () => {
    const links = ['> Bình Lâm có Bí thư mới', '> Cho thôi chức Chủ tịch tỉnh Bình Lâm'];
    expect(read(['Thời sự', 'Tiêu đề bài báo', ...links, LEAD, P1]).fields).toMatchObject({ title: 'Tiêu đề bài báo', lead: LEAD, paragraphs: [P1] });
    expect(read(['Tiêu đề bài báo', '', LEAD, '', P1, '', ...links, '', P2]).fields.paragraphs).toEqual([P1, P2]);
    // Trap: one such line alone may be a quotation, and stays.
    expect(read(['Tiêu đề bài báo', '', LEAD, '', '> Trích dẫn một câu', '', P1]).fields.paragraphs).toEqual(['> Trích dẫn một câu', P1]);
  });

  it('a line ending with a compound ("cấp trên", "hiện tại") is not the first half of the title (trap)', () => {
    const { fields } = read(['Văn bản cấp trên', 'Hướng dẫn tổ chức đại hội đảng bộ các cấp', '', LEAD, '', P1]);
    expect(fields.title).toBe('Hướng dẫn tổ chức đại hội đảng bộ các cấp');
  });

  it('a headline may open with a brand in camel case ("iPhone 17 …"), not with any lower-case word', () => {
    for (const title of ['iPhone 17 ra mắt tại Việt Nam', 'eSIM được cấp qua ứng dụng từ tháng 3']) {
      expect(read(['Công nghệ', '', title, '', 'Vũ Ba 11/03/2025 - 20:25', '', LEAD, '', P1]).fields).toMatchObject({ title, lead: LEAD });
    }
    expect(read(['Công nghệ', '', 'điện thoại mới ra mắt tại Việt Nam', '', LEAD, '', P1]).fields.title).not.toBe('điện thoại mới ra mắt tại Việt Nam');
  });

  it('reads section, title and a byline with time on one line (the seed layout)', () => {
    const { fields } = read(['Chính trị', '', 'Hà Nội khánh thành cầu mới', '', 'Vũ Ba 11/03/2025 - 20:25', '', LEAD, '', P1, '', 'Vũ Ba']);
    expect(fields.section).toBe('Chính trị');
    expect(fields.title).toBe('Hà Nội khánh thành cầu mới');
    expect(fields.byline).toEqual({ text: 'Vũ Ba 11/03/2025 - 20:25\nVũ Ba', authors: ['Vũ Ba'] });
    expect(fields.published).toBe('2025-03-11T20:25:00+07:00');
    expect(fields.lead).toBe(LEAD);
    expect(fields.paragraphs).toEqual([P1]);
  });

  it('CMS byline forms: a label before the name, "Đăng bởi: X - time", a spaced offset, the hour in words, an English date line', () => {
    const title = 'Hà Nội khánh thành cầu mới';
    const header = (lines: string[]) => read(['Chính trị', '', title, '', ...lines, '', LEAD, '', P1]).fields;
    expect(header(['PV Thanh Hà'])).toMatchObject({ byline: { authors: ['Thanh Hà'] }, lead: LEAD });
    expect(header(['Phóng viên Thanh Hà'])).toMatchObject({ byline: { authors: ['Thanh Hà'] }, lead: LEAD });
    expect(header(['Người viết: Thanh Hà'])).toMatchObject({ byline: { authors: ['Thanh Hà'] }, lead: LEAD });
    expect(header(['Nhóm phóng viên Ban Kinh tế'])).toMatchObject({ byline: { authors: ['Nhóm phóng viên Ban Kinh tế'] }, lead: LEAD });
    const posted = header(['Đăng bởi: Thanh Hà - 11/03/2025 20:25']);
    expect(posted).toMatchObject({ byline: { authors: ['Thanh Hà'] }, published: '2025-03-11T20:25:00+07:00', lead: LEAD, paragraphs: [P1] });
    for (const stamp of ['11/03/2025 20:25 +07:00', '20 giờ 25, 11/03/2025', '20h25 ngày 11/3/2025', 'March 11, 2025 8:25 PM', '11 Mar 2025 20:25']) {
      expect(header(['Thanh Hà', stamp])).toMatchObject({ byline: { authors: ['Thanh Hà'] }, published: '2025-03-11T20:25:00+07:00', lead: LEAD });
    }
    // Traps: a sentence opening with "Phóng viên …" or an English sentence with a date is the lead, not a byline.
    const prose = 'Phóng viên Thanh Hà cho biết cầu sẽ thông xe từ ngày 15/3.';
    expect(header([prose])).toMatchObject({ byline: null, lead: prose, paragraphs: [LEAD, P1] });
    const english = 'On March 11, 2025 the city opened its new bridge over the Red River.';
    expect(header([english])).toMatchObject({ published: null, lead: english });
    // A date and an hour in words inside a paragraph are no byline's time.
    const dated = 'Lúc 20 giờ 25, 11/03/2025, cầu mới chính thức thông xe sau ba năm xây dựng.';
    expect(header([dated])).toMatchObject({ published: null, lead: dated });
    expect(read(['Chính trị', '', title, '', LEAD, '', dated, '', P1]).fields).toMatchObject({ published: null, paragraphs: [dated, P1] });
  });

  it('signature forms at the end: a label before the name, a genre\'s "của", a group of reporters', () => {
    const tail = (sig: string) => read(['Tiêu đề', '', LEAD, '', P1, '', sig]).fields;
    expect(tail('PV Thanh Hà')).toMatchObject({ byline: { authors: ['Thanh Hà'] }, paragraphs: [P1] });
    expect(tail('Ghi chép của Thanh Hà')).toMatchObject({ byline: { authors: ['Thanh Hà'] }, paragraphs: [P1] });
    expect(tail('Bút ký: Lê Hoàng')).toMatchObject({ byline: { authors: ['Lê Hoàng'] }, paragraphs: [P1] });
    expect(tail('Tổng hợp: Thanh Hà')).toMatchObject({ byline: { authors: ['Thanh Hà'] }, paragraphs: [P1] });
    expect(tail('Nhóm phóng viên Ban Kinh tế')).toMatchObject({ byline: { authors: ['Nhóm phóng viên Ban Kinh tế'] }, paragraphs: [P1] });
    // Traps: "PV" alone signs as printed; prose opening with the same words is the last paragraph.
    expect(tail('PV')).toMatchObject({ byline: { authors: ['PV'] }, paragraphs: [P1] });
    expect(tail('Tổng hợp các ý kiến')).toMatchObject({ byline: null, paragraphs: [P1, 'Tổng hợp các ý kiến'] });
  });

  it('a title printed with a full stop, between the section and its byline, is the title', () => {
    const title = 'Hà Nội khánh thành cầu mới bắc qua sông Hồng.';
    const body = 'Cầu dài 5 km, được xây dựng trong ba năm với tổng vốn đầu tư hơn 8.000 tỷ đồng từ ngân sách thành phố và trung ương.';
    const withByline = read(['Chính trị', '', title, '', 'Thanh Hà', '11/03/2025 20:25', '', body, '', P2]).fields;
    expect(withByline).toMatchObject({ section: 'Chính trị', title, byline: { authors: ['Thanh Hà'] }, published: '2025-03-11T20:25:00+07:00', lead: body, paragraphs: [P2] });
    expect(read([title, '', '11/03/2025 20:25', '', body, '', P2]).fields).toMatchObject({ title, lead: body });
    // Traps: with no byline under it, a short sentence is the lead; two sentences are no title; nor
    // is a line longer than the text under its byline.
    expect(read(['Chính trị', '', title, '', body, '', P2]).fields).toMatchObject({ title: null, lead: title });
    const two = 'Cầu mới thông xe. Người dân phấn khởi.';
    expect(read(['Chính trị', '', two, '', 'Thanh Hà', '', body, '', P2]).fields).toMatchObject({ title: null, lead: two });
    expect(read(['Chính trị', '', body, '', 'Thanh Hà', '', P2, '', P1]).fields.title).toBeNull();
  });

  it("a date of another day above the title, when the article's time is under it, is the site's date of today: no byline", () => {
    const title = 'Nâng cao sức khỏe, phòng chống dịch bệnh mùa đông xuân';
    const read1 = read(['Chủ nhật, 25/08/2024, 15:11 (GMT+7)', '', title, '', 'Thứ 3, 31/12/2019 | 09:15:07', '', LEAD, '', P1]);
    expect(read1.fields.title).toBe(title);
    expect(read1.fields.published).toBe('2019-12-31T09:15:07+07:00');
    expect(read1.fields.byline?.text).toBe('Thứ 3, 31/12/2019 | 09:15:07');
    expect(read1.warnings.map((w) => w.rule)).toContain('header/masthead');
    // Trap: the same day above and under the title is the article's date printed twice; both stay.
    const twice = read(['Thứ Bảy, 07/03/2026 - 08:52', '', title, '', 'Duy Anh', '07/03/2026 08:52 (GMT+07:00)', '', LEAD, '', P1]);
    expect(twice.fields.byline).toEqual({ text: 'Thứ Bảy, 07/03/2026 - 08:52\nDuy Anh\n07/03/2026 08:52 (GMT+07:00)', authors: ['Duy Anh'] });
    // A short title that opens with a section's name ("Hà Nội") between two date lines is the title.
    const short = read(['Chủ nhật, 25/08/2024, 15:11 (GMT+7)', '', 'Hà Nội khánh thành cầu mới', '', 'Thứ 3, 31/12/2019 | 09:15:07', '', LEAD, '', P1]);
    expect([short.fields.section, short.fields.title]).toEqual([null, 'Hà Nội khánh thành cầu mới']);
    // Trap: a date above the title with none under it is the article's.
    const above = read(['Chủ nhật, 25/08/2024, 15:11 (GMT+7)', '', title, '', LEAD, '', P1]);
    expect(above.fields.byline?.text).toBe('Chủ nhật, 25/08/2024, 15:11 (GMT+7)');
    expect(above.fields.published).toBe('2024-08-25T15:11:00+07:00');
  });

  it('the sapo printed above the title and again under the byline is the lead, not the title', () => {
    const sapo = 'Những ngày qua, triều cường lại khiến nhiều con đường ở trung tâm TP.Cần Thơ lại hóa thành... "sông"!';
    const title = "Giờ cao điểm, nhiều con đường Cần Thơ lại hóa thành... 'sông'!";
    const { fields } = read([sapo, '', title, '', 'Minh Trung | 11/09/2018, 06:45', '', sapo, '', P1]);
    expect(fields.title).toBe(title);
    expect(fields.lead).toBe(sapo);
    expect(fields.paragraphs).toEqual([P1]);
    expect(fields.published).toBe('2018-09-11T06:45:00+07:00');
    // Trap: with no byline line between, the first line is no sapo printed above the title. (It was
    // asserted as the title while "Hà Nội khánh thành cầu mới" was wrongly read as a section; a short
    // line above a longer headline is a masthead, as with any other second line.)
    const plain = read(['Tiêu đề bài báo', '', 'Hà Nội khánh thành cầu mới', '', 'Tiêu đề bài báo', '', LEAD, '', P1]);
    expect(plain.warnings.map((w) => w.rule)).not.toContain('boilerplate/lead-repeat');
    expect([plain.fields.section, plain.fields.title]).toEqual([null, 'Hà Nội khánh thành cầu mới']);
  });

  it('a longer section name in sentence case opening the text above the title; a sapo cut off with "…" under its site mark is no title', () => {
    const title = 'Chính sách mới có hiệu lực từ tháng 3/2026';
    const sapo = '(Chinhphu.vn) - Tháng 3/2026 có nhiều chính sách mới có hiệu lực, nổi bật là các quy định về đất đai…';
    const { fields } = read(['Chính sách và cuộc sống', '', title, '', sapo, '', '01/03/2026 09:51', '', P1]);
    expect([fields.section, fields.title, fields.lead]).toEqual(['Chính sách và cuộc sống', title, sapo]);
    expect(fields.published).toBe('2026-03-01T09:51:00+07:00');
    // Traps: a label of that length capitalised as a name or a headline is no section; a label with a
    // number is no section; a headline that ends with an ellipsis and no site mark is still a title.
    expect(read(['Tin Nóng Hà Nội Hôm Nay', '', title, '', LEAD, '', P1]).fields.section).toBeNull();
    expect(read(['Năm 2026 và cuộc sống', '', title, '', LEAD, '', P1]).fields.section).toBeNull();
    expect(read(['Giá vàng sẽ còn tăng nữa…', '', LEAD, '', P1]).fields.title).toBe('Giá vàng sẽ còn tăng nữa…');
  });

  it('a longer section name ending with a body of two words capitalised as a name ("Hoạt động Mặt trận")', () => {
    const title = 'Đoàn Chủ tịch Ủy ban Trung ương MTTQ Việt Nam họp phiên thường kỳ tháng 4';
    const { fields } = read(['Hoạt động Mặt trận', '', title, '', 'Quang Vinh 22/04/2025 - 17:00', '', LEAD, '', P1]);
    expect([fields.section, fields.title]).toEqual(['Hoạt động Mặt trận', title]);
    expect(read(['Tin tức Quốc hội', '', title, '', LEAD, '', P1]).fields.section).toBe('Tin tức Quốc hội');
    // Traps: the capitalised words elsewhere (a place after the first word, a name last), or more of them.
    expect(read(['Hà Nội khánh thành cầu mới', '', title, '', LEAD, '', P1]).fields.section).toBeNull();
    expect(read(['Gặp gỡ Nguyễn Văn An', '', title, '', LEAD, '', P1]).fields.section).toBeNull();
    expect(read(['Hoạt động Mặt Trận Tổ quốc', '', title, '', LEAD, '', P1]).fields.section).toBeNull();
  });

  it('a label between the title and its repeat is the section ("Videos")', () => {
    const title = 'Triều cường gây ngập nặng nhiều tuyến đường tại Cần Thơ';
    const { fields } = read([title, '', title, '', 'Videos', '', title, '', "09:03' - 09/10/2017", '', LEAD, '', P1]);
    expect(fields.section).toBe('Videos');
    expect(fields.title).toBe(title);
    expect(fields.published).toBe('2017-10-09T09:03:00+07:00');
    expect(fields.lead).toBe(LEAD);
    // Trap: a short line under the title with no repeat below it is the lead.
    expect(read([title, '', 'Tin vắn', '', LEAD]).fields.section).toBeNull();
  });

  it('a page copied onto one line: the headline before its time and date is the title, the text after it the lead', () => {
    const title = 'Sức bật mới để đảo ngọc Phú Quốc phát triển';
    const { fields } = read([`${title} 11:30 12/11/2014 ${LEAD} ${P1}`]);
    expect(fields.title).toBe(title);
    expect(fields.published).toBe('2014-11-12T11:30:00+07:00');
    expect(fields.lead).toBe(`${LEAD} ${P1}`);
    // Traps: with other lines, or with a sentence before the time, the line is not split.
    expect(read([`${title} 11:30 12/11/2014 ${LEAD}`, '', P1]).fields.title).toBeNull();
    expect(read([`${LEAD} 11:30 12/11/2014 ${P1}`]).fields.lead).toBe(`${LEAD} 11:30 12/11/2014 ${P1}`);
  });

  it('takes a time line of its own under the lead, or at the foot, when the header has none; it is no paragraph', () => {
    const under = read(['Cầu mới bắc qua sông Hồng được khánh thành sau ba năm', '', LEAD, '', '24/06/2021, 19:05', '', P1, '', P2, '', 'Vũ Ba']);
    expect(under.fields.published).toBe('2021-06-24T19:05:00+07:00');
    expect(under.fields.lead).toBe(LEAD);
    expect(under.fields.paragraphs).toEqual([P1, P2]);
    const foot = read(['Cầu mới bắc qua sông Hồng được khánh thành sau ba năm', '', LEAD, '', P1, '', P2, '', 'Thời sự Thứ tư, 29/3/2017, 13:53 (GMT+7)']);
    expect(foot.fields.published).toBe('2017-03-29T13:53:00+07:00');
    expect(foot.fields.section).toBe('Thời sự');
    expect(foot.fields.paragraphs).toEqual([P1, P2]);
  });

  it('a time glued to the front of the lead is the publication time, cut off the lead; a section or author line keeps no trailing dash', () => {
    const { fields } = read(['Cầu mới bắc qua sông Hồng được khánh thành sau ba năm', '', 'Tin tức -', 'Lê Vũ -', `16:44, 24/06/2021 ${LEAD}`, '', P1]);
    expect(fields.published).toBe('2021-06-24T16:44:00+07:00');
    expect(fields.lead).toBe(LEAD);
    expect(fields.section).toBe('Tin tức');
    expect(fields.byline?.authors).toEqual(['Lê Vũ']);
  });

  it('audio voice pickers, "Logo", app and print-edition links, a lone "." are page chrome, not the lead', () => {
    const { fields } = read(['Cầu mới bắc qua sông Hồng được khánh thành sau ba năm', '', 'Logo', '• Nam miền Bắc', '• Nữ miền Bắc', 'Tải ứng dụng', '.', '', LEAD, '', P1]);
    expect(fields.lead).toBe(LEAD);
    expect(fields.paragraphs).toEqual([P1]);
  });

  it('"Việt Nam" above the title is a section (VOA prints its country desk so)', () => {
    expect(read(['Việt Nam', '', 'Cầu mới bắc qua sông Hồng được khánh thành sau ba năm', '', LEAD, '', P1]).fields.section).toBe('Việt Nam');
  });

  it('a sentence with a date in the body is no publication time, and a header time is not replaced', () => {
    const dated = 'Ngày 24/06/2021 lúc 19:05, HĐND thành phố đã họp phiên bất thường để bầu nhân sự.';
    expect(read(['Hà Nội khánh thành cầu mới', '', LEAD, '', dated, '', P1]).fields.published).toBeNull();
    const kept = read(['Hà Nội khánh thành cầu mới', '', 'Vũ Ba 11/03/2025 - 20:25', '', LEAD, '', '24/06/2021, 19:05', '', P1]);
    expect(kept.fields.published).toBe('2025-03-11T20:25:00+07:00');
    expect(kept.fields.paragraphs).toContain('24/06/2021, 19:05');
  });

  it('reads a date line above the title and the author only at the end', () => {
    const { fields } = read(['Kinh doanh', '', 'Thứ năm, 2/11/2023, 19:20 (GMT+7)', '', 'Giá vàng tăng mạnh', '', LEAD, '', P1, '', 'Anh Minh']);
    expect(fields.section).toBe('Kinh doanh');
    expect(fields.title).toBe('Giá vàng tăng mạnh');
    expect(fields.published).toBe('2023-11-02T19:20:00+07:00');
    expect(fields.byline?.authors).toEqual(['Anh Minh']);
    expect(fields.paragraphs).toEqual([P1]);
  });

  it('reads author and time on separate lines below the title, and a section after the title', () => {
    const { fields } = read(['Giá vàng tăng mạnh', 'Chính trị - Xã hội', 'Minh Chiến', '07/03/2026 08:06 GMT+7', 'Chia sẻ', LEAD, P1]);
    expect(fields.title).toBe('Giá vàng tăng mạnh');
    expect(fields.section).toBe('Chính trị - Xã hội');
    expect(fields.byline?.authors).toEqual(['Minh Chiến']);
    expect(fields.published).toBe('2026-03-07T08:06:00+07:00');
    expect(fields.lead).toBe(LEAD);
  });

  it('does not take a short title above its byline for a section', () => {
    const { fields } = read(['Bão số 3 đổ bộ', '', 'Vũ Ba 11/03/2025 - 20:25', '', LEAD, '', P1]);
    expect(fields.title).toBe('Bão số 3 đổ bộ');
    expect(fields.section).toBeNull();
  });

  it('reads a section outside the word list above a date line and the title', () => {
    const { fields } = read(['Sống xanh', '', '11/03/2025 20:25', '', 'Hà Nội trồng thêm một triệu cây xanh', '', LEAD, '', P1]);
    expect(fields).toMatchObject({ section: 'Sống xanh', title: 'Hà Nội trồng thêm một triệu cây xanh', published: '2025-03-11T20:25:00+07:00' });
  });

  it('joins a kicker ending with a colon to the headline under it', () => {
    const { fields } = read(['Diễn đàn cấp cao về Công nghiệp 4.0:', '', 'Định vị rõ hơn mục tiêu công nghiệp hóa đến năm 2045', '', LEAD, '', P1]);
    expect(fields.title).toBe('Diễn đàn cấp cao về Công nghiệp 4.0: Định vị rõ hơn mục tiêu công nghiệp hóa đến năm 2045');
    expect(fields.lead).toBe(LEAD);
    // An interview's quotation as the headline.
    const quoted = read(['Đại sứ Mỹ tại Việt Nam, ông Daniel J. Kritenbrink:', '“Ước gì có thể ở Việt Nam mãi mãi...”', '11:25 30/10/2020', LEAD, P1]);
    expect(quoted.fields.title).toBe('Đại sứ Mỹ tại Việt Nam, ông Daniel J. Kritenbrink: “Ước gì có thể ở Việt Nam mãi mãi...”');
    expect(quoted.fields.published).toBe('2020-10-30T11:25:00+07:00');
    // Trap: a lead that ends with a colon before a list is no kicker.
    const list = read(['Cầu mới bắc qua sông Hồng được khánh thành sau ba năm', '', 'Sáng 11/3, thành phố nêu ba việc cần làm ngay trong năm nay:', '', '- Thông xe cầu mới.', '', P1]);
    expect(list.fields.title).toBe('Cầu mới bắc qua sông Hồng được khánh thành sau ba năm');
    expect(list.fields.lead).toBe('Sáng 11/3, thành phố nêu ba việc cần làm ngay trong năm nay:');
  });

  it('drops a breadcrumb\'s second level above date lines and the title; the section is the first level', () => {
    const { fields, warnings } = read(['Thể thao', 'Bóng đá', 'Thứ sáu, 19/12/2025, 00:15 (GMT+7)', '', 'HLV Kim nói về trận chung kết SEA Games', '', LEAD, '', P1]);
    expect(fields.section).toBe('Thể thao');
    expect(fields.title).toBe('HLV Kim nói về trận chung kết SEA Games');
    expect(fields.published).toBe('2025-12-19T00:15:00+07:00');
    expect(fields.lead).toBe(LEAD);
    expect(warnings.some((w) => w.rule === 'header/breadcrumb')).toBe(true);
  });

  it('a breadcrumb from the home page whose spacing was lost: the section is between "Trang chủ" and the title', () => {
    const title = 'Vận dụng lý luận của chủ nghĩa Mác - Lênin về sở hữu trong nền kinh tế số';
    const { fields, warnings } = read([`Trang chủ Nghiên cứu lý luận ${title}`, 'Thứ năm, 27 Tháng 2 2020 16:08', '', title, '', LEAD, '', P1]);
    expect(fields.section).toBe('Nghiên cứu lý luận');
    expect(fields.title).toBe(title);
    expect(fields.lead).toBe(LEAD);
    expect(warnings.some((w) => w.rule === 'header/breadcrumb')).toBe(true);
    // Levels glued together with no space at all: the last known section among them.
    const glued = read(['Trang chủNewsThời sựNẻo về nguồn cội', '', 'Nẻo về nguồn cội', '', LEAD, '', P1]).fields;
    expect([glued.section, glued.title, glued.lead]).toEqual(['Thời sự', 'Nẻo về nguồn cội', LEAD]);
    // Trap: a title that starts with the words "Trang chủ" is still the title.
    expect(read(['Trang chủ mới của Chính phủ ra mắt người dùng', '', LEAD, '', P1]).fields.title).toBe('Trang chủ mới của Chính phủ ra mắt người dùng');
  });

  it('a site menu above the section label is dropped; the label is the section', () => {
    const title = '5 đại tướng tham luận tại hội thảo 80 năm Bộ Tổng tham mưu QĐND Việt Nam';
    const { fields } = read(['Bạn cần biết Tiện ích Liên hệ', 'Thời sự Quốc phòng', '', title, '', 'Đình Huy', '08/08/2025 16:36 GMT+7', '', LEAD, '', P1]);
    expect(fields.title).toBe(title);
    expect(fields.section).not.toBeNull();
    expect(fields.byline?.authors).toEqual(['Đình Huy']);
    expect(fields.published).toBe('2025-08-08T16:36:00+07:00');
    // Trap: a short section above a title is not a menu.
    expect(read(['Thời sự', 'Chính trị', '', title, '', LEAD, '', P1]).fields.title).toBe(title);
  });

  it('the image toolbar "leftcenterrightdel" stands for a photo: the line after it is its caption', () => {
    const caption = 'Các đồng chí chủ trì Tọa đàm với chủ đề: Viết tiếp truyền thống.';
    const { fields } = read(['Tọa đàm về truyền thống Binh đoàn Quyết thắng', '', LEAD, '', 'leftcenterrightdel', '', caption, '', P1]);
    expect(fields.images).toEqual([{ src: null, caption, credit: null, creditLabel: null, afterParagraph: -1 }]);
    expect(fields.paragraphs).toEqual([P1]);
  });

  it('a credit alone on its line past a blank line under the caption is that photo\'s credit', () => {
    const { fields } = read(['Hội thảo về Bộ Tổng tham mưu', '', LEAD, '', '- Ảnh 1.', '', 'Đại tá Lê Thanh Bài tại họp báo', '', 'ẢNH: QT', '', P1]);
    expect(fields.images).toEqual([{ src: null, caption: 'Đại tá Lê Thanh Bài tại họp báo', credit: 'QT', creditLabel: 'Ảnh', afterParagraph: -1 }]);
    expect(fields.paragraphs).toEqual([P1]);
  });

  it('alt text with no dash ("… sau 20 năm ảnh 1") is a photo; past a blank line the body goes on', () => {
    const { fields } = read(['Việt Nam có huy chương Vàng IMO', '', LEAD, '', 'Việt Nam có huy chương Vàng IMO với điểm tuyệt đối sau 20 năm ảnh 1', '', P1]);
    expect(fields.images).toEqual([{ src: null, caption: null, credit: null, creditLabel: null, afterParagraph: -1 }]);
    expect(fields.paragraphs).toEqual([P1]);
  });

  it('alt text printed above its caption, which repeats it with the credit, is one photo', () => {
    const alt = 'Đoàn đại biểu viếng Chủ tịch Hồ Chí Minh';
    const { fields } = read(['Viếng Chủ tịch Hồ Chí Minh nhân dịp Quốc khánh', '', LEAD, '', alt, `${alt} - Ảnh: TTXVN`, '', P1]);
    expect(fields.images).toEqual([{ src: null, caption: alt, credit: 'TTXVN', creditLabel: 'Ảnh', afterParagraph: -1 }]);
    expect(fields.paragraphs).toEqual([P1]);
  });

  it('a caption copied out of a table cell ("… |") is a photo\'s caption, its credit read past the bar', () => {
    const { fields } = read(['Tên lửa phóng từ dải Gaza', '', LEAD, '', 'Tên lửa từ dải Gaza ngày 10/5. (Nguồn: AFP) |', '', P1]);
    expect(fields.images).toEqual([{ src: null, caption: 'Tên lửa từ dải Gaza ngày 10/5.', credit: 'AFP', creditLabel: 'Nguồn', afterParagraph: -1 }]);
    expect(fields.paragraphs).toEqual([P1]);
    // Trap: a table row is text, not a caption.
    expect(read(['Bảng số liệu năm nay', '', LEAD, '', '| Cột một | Cột hai |', '', P1]).fields.paragraphs).toEqual(['| Cột một | Cột hai |', P1]);
  });

  it('a Markdown image ("![alt](src)", "![]() |" in a table cell) is an image line, its caption glued below', () => {
    const { fields } = read(['Tên lửa phóng từ dải Gaza', '', LEAD, '', P1, '![]() |', 'Tên lửa từ dải Gaza ngày 10/5. (Nguồn: AFP) |', '![Gaza](https://cdn.vn/a.jpg)', 'Dải Gaza nhìn từ trên cao', '', P2]);
    expect(fields.images).toEqual([
      { src: null, caption: 'Tên lửa từ dải Gaza ngày 10/5.', credit: 'AFP', creditLabel: 'Nguồn', afterParagraph: 0 },
      { src: 'https://cdn.vn/a.jpg', caption: 'Dải Gaza nhìn từ trên cao', credit: null, creditLabel: null, afterParagraph: 0 },
    ]);
    expect(fields.paragraphs).toEqual([P1, P2]);
  });

  it('a page dump\'s "<image>…</image>" line is a photo, its caption the alt text (none for a numbered alt), never the line below', () => {
    const alt = '<image>data:image/s3,"s3://crabby-images/a4d57/a4d579b8b90c166158426f4199bca5a80cb736a7" alt="Hà Nội khánh thành cầu - Ảnh 1 Hà Nội khánh thành cầu - Ảnh 1"</image>';
    const numbered = read(['Hà Nội khánh thành cầu', LEAD, P1, alt, P2]);
    expect(numbered.fields.paragraphs).toEqual([P1, P2]);
    expect(numbered.fields.images).toEqual([{ src: null, caption: null, credit: null, creditLabel: null, afterParagraph: 0 }]);
    const captioned = '<image>https://cdn.vn/a.jpg alt="Lãnh đạo tỉnh trao quyết định. Ảnh: HẢI HÀ"</image>';
    const withCaption = read(['Hà Nội khánh thành cầu', LEAD, P1, captioned, 'Lãnh đạo tỉnh trao quyết định. Ảnh: HẢI HÀ', P2]);
    expect(withCaption.fields.paragraphs).toEqual([P1, P2]);
    expect(withCaption.fields.images).toEqual([{ src: 'https://cdn.vn/a.jpg', caption: 'Lãnh đạo tỉnh trao quyết định.', credit: 'HẢI HÀ', creditLabel: 'Ảnh', afterParagraph: 0 }]);
  });

  it('a link\'s text ("Xem toàn văn … tại đây") is no paragraph', () => {
    const { fields } = read(['Tổng Bí thư dự lễ kỷ niệm', '', LEAD, '', 'Xem toàn văn bài phát biểu của Tổng Bí thư Nguyễn Phú Trọng tại đây', '', P1]);
    expect(fields.paragraphs).toEqual([P1]);
  });

  it('the site\'s marker alone on a line ("(VTC News) -") opens the lead printed below it', () => {
    const { fields } = read(['HAGL chia điểm với Thanh Hóa', '', '(VTC News) -', '', LEAD, '', P1]);
    expect(fields.lead).toBe(`(VTC News) - ${LEAD}`);
    expect(fields.paragraphs).toEqual([P1]);
  });

  it('a short line with its credit alone on the next line is a photo\'s caption; the lead is never one', () => {
    const caption = 'Chủ tịch Quốc hội phát biểu kết thúc phần chất vấn';
    const { fields } = read(['Kết thúc phiên chất vấn', '', LEAD, '', caption, 'Ảnh: Quang Khánh', '', P1]);
    expect(fields.images).toEqual([{ src: null, caption, credit: 'Quang Khánh', creditLabel: 'Ảnh', afterParagraph: -1 }]);
    expect(fields.paragraphs).toEqual([P1]);
    expect(read(['Kết thúc phiên chất vấn', '', LEAD, 'Ảnh: Quang Khánh', '', P1]).fields.lead).toBe(LEAD);
  });

  describe('a caption printed alone, with no image line, credit or marker', () => {
    const LONG_LEAD = `${LEAD} Dự lễ có lãnh đạo Bộ Giao thông vận tải, lãnh đạo thành phố cùng đông đảo người dân các quận, huyện ven sông đến chứng kiến thời khắc thông xe.`;
    const LONG = 'Theo Ban quản lý dự án, cầu dài 5 km với sáu làn xe, được xây dựng trong ba năm, vượt tiến độ hai tháng; tổng mức đầu tư hơn 8.000 tỷ đồng từ ngân sách thành phố và nguồn vốn vay ưu đãi, giúp giảm tải cho các cây cầu hiện có.';
    const LONG2 = 'Đây là cây cầu thứ sáu bắc qua sông Hồng trên địa bàn thành phố; khi đưa vào khai thác, cầu rút ngắn quãng đường từ trung tâm sang các huyện phía bắc khoảng 10 km, giảm ùn tắc vào giờ cao điểm và mở ra quỹ đất mới cho phát triển đô thị.';
    const scene = 'Các đồng chí lãnh đạo thành phố cắt băng khánh thành cầu.';
    const withLine = (line: string) => read(['Hà Nội khánh thành cầu mới', '', LONG_LEAD, '', line, '', LONG, '', LONG2]).fields;

    it('one short descriptive sentence between two long paragraphs is a photo\'s caption', () => {
      const fields = withLine(scene);
      expect(fields.images).toEqual([{ src: null, caption: scene, credit: null, creditLabel: null, afterParagraph: -1 }]);
      expect(fields.paragraphs).toEqual([LONG, LONG2]);
      const between = read(['Hà Nội khánh thành cầu mới', '', LEAD, '', LONG, '', scene, '', LONG2]).fields;
      expect(between.images).toEqual([{ src: null, caption: scene, credit: null, creditLabel: null, afterParagraph: 0 }]);
    });

    it('a short label with no sentence end glued above a long lead is the first photo\'s caption; a short lead stays the lead', () => {
      const long = `${LEAD} Cầu dài 5 km, rộng 40 m, gồm sáu làn xe, được xây dựng trong ba năm với tổng vốn đầu tư hơn 8.000 tỷ đồng từ ngân sách thành phố và trung ương.`;
      const { fields } = read(['Cầu mới bắc qua sông Hồng được khánh thành', 'Ngày đăng: 23/12/2024', 'Lễ hội Đền Hùng với nhiều nghi lễ và hoạt động phong phú', long, '', P1]);
      expect(fields.lead).toBe(long);
      expect(fields.images).toEqual([{ src: null, caption: 'Lễ hội Đền Hùng với nhiều nghi lễ và hoạt động phong phú', credit: null, creditLabel: null, afterParagraph: -1 }]);
      // Traps: a short lead ending as a sentence; a label with a comma; a short paragraph under it.
      expect(read(['Cầu mới bắc qua sông Hồng', 'Bộ trưởng trao quyết định bổ nhiệm cho tân Giám đốc Bệnh viện.', long]).fields.lead).toBe('Bộ trưởng trao quyết định bổ nhiệm cho tân Giám đốc Bệnh viện.');
      expect(read(['Cầu mới bắc qua sông Hồng', 'Bản Tà Phình, xã Tân Yên', long]).fields.lead).toBe('Bản Tà Phình, xã Tân Yên');
      expect(read(['Cầu mới bắc qua sông Hồng', 'Lễ hội Đền Hùng với nhiều nghi lễ', LEAD]).fields.lead).toBe('Lễ hội Đền Hùng với nhiều nghi lễ');
    });

    it('the story\'s own short sentences stay paragraphs: a comma, a tense, a copula, reported speech, a connective, a quote', () => {
      for (const line of [
        'Hiện vụ việc đang được điều tra, làm rõ.',
        'Cầu mới đã giảm tải cho cầu Chương Dương.',
        'Ông Nguyễn Văn A từng là trợ lý của Phó Thủ tướng.',
        'Lãnh đạo thành phố cho biết cầu thông xe đúng hẹn.',
        'Được biết đây là cây cầu thứ sáu qua sông Hồng.',
        'Người dân gọi đây là “cây cầu của niềm vui”.',
        'Cây cầu nối hai bờ sông Hồng',
        'Ông Khải cũng đồng thời giữ chức vụ Bí thư Đảng ủy.',
        'Tỉnh đồng thời mở thêm hai tuyến xe buýt.',
        // Who else attended, as a report ends (audit r50/016): no photo's caption.
        'Cùng dự buổi lễ có Thứ trưởng Bộ Công an Nguyễn Văn Long.',
        'Tham dự hội nghị có Phó Chủ tịch UBND tỉnh Lê Văn Hùng.',
      ]) {
        const fields = withLine(line);
        expect(fields.images, line).toEqual([]);
        expect(fields.paragraphs, line).toEqual([line, LONG, LONG2]);
      }
    });

    it('between paragraphs of 150 characters or more: a paragraph of an official\'s words under the photo (audit r47/017)', () => {
      const quoted = 'Ông Nguyễn Văn Hồng, Chủ tịch Hội Nông dân huyện, cho biết hội đã phối hợp với doanh nghiệp bao tiêu cho hơn 8.000 ha lúa, giúp nông dân yên tâm sản xuất.';
      expect(quoted.length).toBeGreaterThanOrEqual(150);
      const fields = read(['Hà Nội khánh thành cầu mới', '', LEAD, '', LONG, '', scene, '', quoted]).fields;
      expect(fields.images.map((i) => i.caption)).toEqual([scene]);
      expect(fields.paragraphs).toEqual([LONG, quoted]);
      // Trap: under 150 characters below, the line stays a paragraph.
      const brief = 'Ông Nguyễn Văn Hồng, Chủ tịch Hội Nông dân huyện, cho biết hội đã bao tiêu cho hơn 8.000 ha lúa.';
      expect(read(['Hà Nội khánh thành cầu mới', '', LEAD, '', LONG, '', scene, '', brief]).fields.images).toEqual([]);
    });

    it('not next to a short paragraph, nor at the end of the article, nor two sentences', () => {
      const short = read(['Hà Nội khánh thành cầu mới', '', LONG_LEAD, '', scene, '', P1, '', LONG2]).fields;
      expect(short.images).toEqual([]);
      const last = read(['Hà Nội khánh thành cầu mới', '', LONG_LEAD, '', LONG, '', scene]).fields;
      expect(last.images).toEqual([]);
      expect(last.paragraphs).toEqual([LONG, scene]);
      const two = withLine('Các đồng chí lãnh đạo cắt băng. Người dân vỗ tay.');
      expect(two.images).toEqual([]);
    });
  });

  it('BBC\'s layout: "Tác giả, X", "Gửi cho BBC từ …", a date alone, "Nguồn hình ảnh, Getty Images"', () => {
    const { fields } = read(['VNCS: Việt Nam, đã chín muồi cho một cải cách?', '', 'Tác giả, Đinh Đức Hùng', '', 'Gửi cho BBC từ Birmingham, Anh', '', '29/12/2024', '', 'Nguồn hình ảnh, Getty Images', '', LEAD, '', P1]);
    expect(fields.byline?.authors).toEqual(['Đinh Đức Hùng']);
    expect(fields.published).toBe('2024-12-29');
    expect(fields.images).toEqual([{ src: null, caption: null, credit: 'Getty Images', creditLabel: 'Nguồn hình ảnh', afterParagraph: -1 }]);
    expect([fields.lead, fields.paragraphs]).toEqual([LEAD, [P1]]);
  });

  it('stray labels in lower case above the title (a blog\'s widgets: "mp3", "quảng cáo") are chrome; a date in words is read', () => {
    const { fields } = read(['mp3', '', 'quảng cáo', '', 'mp3', '', 'Thứ Sáu, 31 tháng 3, 2017', '', 'Đến hồ Lắk huyền thoại', '', LEAD, '', P1]);
    expect(fields.title).toBe('Đến hồ Lắk huyền thoại');
    expect(fields.published).toBe('2017-03-31');
    expect(fields.lead).toBe(LEAD);
    expect(fields.paragraphs).toEqual([P1]);
    // Traps: with no title below it the line stays (the text may start mid-article); a longer lower-case line is no label.
    expect(read(['mp3', '', LEAD, '', P1]).fields.lead).toBe('mp3');
    expect(read(['và những ngày sau đó', '', 'Đến hồ Lắk huyền thoại', '', LEAD]).fields.title).toBeNull();
  });

  it('a category label above a title in capitals is the section, the title in capitals the title', () => {
    const label = 'Những di sản thuộc loại hình Tập quán xã hội';
    const title = 'THỜ CÚNG TỔ NGHỀ NÉT ĐẸP VĂN HÓA CỦA NGƯỜI VIỆT';
    const { fields } = read([label, title, '', LEAD, '', P1]);
    expect(fields.section).toBe(label);
    expect(fields.title).toBe(title);
    expect(fields.lead).toBe(LEAD);
    // Traps: a name in capitals under the title signs it; a section in capitals is the section; a short caps line is no title.
    const signed = read(['Cầu Tứ Liên được khánh thành sau ba năm', 'NGUYỄN VĂN AN', '', LEAD, '', P1]);
    expect(signed.fields.title).toBe('Cầu Tứ Liên được khánh thành sau ba năm');
    expect(signed.fields.byline?.authors).toEqual(['NGUYỄN VĂN AN']);
    expect(read(['Cầu Tứ Liên được khánh thành sau ba năm', 'AN NINH - TRẬT TỰ', '', LEAD]).fields.title).toBe('Cầu Tứ Liên được khánh thành sau ba năm');
    expect(read(['Cầu Tứ Liên được khánh thành', 'KHÁNH THÀNH CẦU', '', LEAD]).fields.title).toBe('Cầu Tứ Liên được khánh thành');
  });

  it('a combined section whose second part is a short label: "An ninh - Trật tự"', () => {
    const { fields } = read(['An ninh - Trật tự', '', 'Bắt nhóm đối tượng tổ chức sử dụng ma túy', '', LEAD, '', P1]);
    expect(fields.section).toBe('An ninh - Trật tự');
    expect(fields.title).toBe('Bắt nhóm đối tượng tổ chức sử dụng ma túy');
  });

  it('a relative time ("2 giờ trước"), a back link to the section, a comment counter and a portal\'s rating line are chrome', () => {
    const { fields } = read(['Thể thao', 'Cầu mới bắc qua sông Hồng được khánh thành sau ba năm', '2 giờ trước', LEAD, P1, 'Bình luận (0)', 'Trở lại Thể thao', P2, 'Tác giả: Bùi Hải', 'Tổng số điểm của bài viết là: 0 trong 0 đánh giá']);
    expect(fields.published).toBeNull();
    expect(fields.lead).toBe(LEAD);
    expect(fields.paragraphs).toEqual([P1, P2]);
    expect(fields.byline?.authors).toEqual(['Bùi Hải']);
    // Trap: a sentence saying how long ago something happened stays.
    const prose = read(['Cầu mới bắc qua sông Hồng được khánh thành sau ba năm', LEAD, 'Cây cầu cũ được xây từ 100 năm trước.']);
    expect(prose.fields.paragraphs).toEqual(['Cây cầu cũ được xây từ 100 năm trước.']);
  });

  it('VTV\'s byline with the photographer, a site name alone under the title, and a section label after the time', () => {
    const vtv = read(['Đời sống', 'Hà Nội lọt top điểm đến mùa thu', '', 'Hà Linh/ Ảnh: Hưng Nguyễn-Thứ năm, ngày 25/08/2022 09:21 GMT+7', '', LEAD, P1]);
    expect(vtv.fields.byline?.authors).toEqual(['Hà Linh']);
    expect(vtv.fields.published).toBe('2022-08-25T09:21:00+07:00');
    expect(vtv.fields.lead).toBe(LEAD);
    const tpo = read(['Pháp luật', 'Bắt quả tang 50 đối tượng sử dụng ma túy', 'TPO', '', LEAD, P1]);
    expect(tpo.fields.lead).toBe(LEAD);
    expect(tpo.warnings.some((w) => w.rule === 'header/masthead')).toBe(true);
    const cafef = read(['Trấn Thành đã bị đánh bại', '', '08-03-2024 - 17:36 PM | Sống', '', LEAD, P1]);
    expect([cafef.fields.section, cafef.fields.published, cafef.fields.lead]).toEqual(['Sống', '2024-03-08T17:36:00+07:00', LEAD]);
  });

  it('under the title: the title printed again and a count are dropped; a headline may end "...”"; player and follow-button leftovers are chrome', () => {
    const repeat = read(['Đã miễn nhiệm chủ tịch UBND tỉnh Trà Vinh', 'Đã miễn nhiệm chủ tịch UBND tỉnh Trà Vinh', 'Thứ Năm, ngày 11/7/2013', '0', LEAD, P1]);
    expect([repeat.fields.title, repeat.fields.published, repeat.fields.lead]).toEqual(['Đã miễn nhiệm chủ tịch UBND tỉnh Trà Vinh', '2013-07-11', LEAD]);
    const quoted = read(['Thế giới', 'Đại sứ Nguyễn Thanh Sơn: “Quan hệ Việt - Nga là giai đoạn thử thách...”', LEAD, P1]);
    expect(quoted.fields.title).toBe('Đại sứ Nguyễn Thanh Sơn: “Quan hệ Việt - Nga là giai đoạn thử thách...”');
    const player = read(['Cầu mới bắc qua sông Hồng được khánh thành sau ba năm', 'Theo dõi Báo Tây Ninh trên', 'Youtube Facebook Tiktok Zalo', LEAD, 'No media source currently available', '0:00 0:06:37 0:00', P1]);
    expect([player.fields.lead, player.fields.paragraphs]).toEqual([LEAD, [P1]]);
  });

  it('a comment counter printed with the time, and a separator after a byline, leave time and author readable', () => {
    const { fields } = read(['Nguyễn Uyển - một đời miệt mài cày cuốc báo và văn', 'Thứ hai, 20/01/2020 09:34 AM - 0 Trả lời', 'Vân Anh thực hiện |', LEAD, P1]);
    expect([fields.published, fields.byline?.authors, fields.lead]).toEqual(['2020-01-20T09:34:00+07:00', ['Vân Anh'], LEAD]);
  });

  it('an image line right under a short line is not joined to it as a wrapped line', () => {
    const { fields } = read(['Cầu mới bắc qua sông Hồng được khánh thành sau ba năm', LEAD, P1, 'Tâm Anh (TH)', 'loaiii.jpg', 'Cầu mới nhìn từ trên cao.']);
    expect(fields.images[0]?.src).toBe('loaiii.jpg');
  });

  it('drops a masthead above the title with a warning', () => {
    const { fields, warnings } = read(['TTVH Online', '', 'Putin bổ nhiệm hai nhân vật kề cận', '', LEAD, '', P1]);
    expect(fields.title).toBe('Putin bổ nhiệm hai nhân vật kề cận');
    expect(fields.section).toBeNull();
    expect(warnings.map((w) => w.rule)).toContain('header/masthead');
  });

  it('a site name above the title and its date line is a masthead, past a language switch; weather lines are chrome', () => {
    const TITLE = '5 nông dân sản xuất - kinh doanh giỏi được nhận bằng khen';
    for (const top of [['Báo Đồng Nai điện tử', 'En'], ['vĐồng tin tức tài chính 365'], ['Hà Nội: 26°C Hà Nội', 'Đà Nẵng: 30°C Đà Nẵng']]) {
      const { fields } = read([...top, '', TITLE, '', '10:05, 18/05/2012', '', LEAD, '', P1]);
      expect(fields.title, top[0]).toBe(TITLE);
      expect(fields.section, top[0]).toBeNull();
      expect(fields.lead, top[0]).toBe(LEAD);
    }
    // Trap: with no date under the headline, a long line above it stays the title.
    const long = read(['Hội nghị tổng kết năm 2024 của ngành nông nghiệp tỉnh', '', TITLE, '', LEAD]);
    expect(long.fields.title).toBe('Hội nghị tổng kết năm 2024 của ngành nông nghiệp tỉnh');
  });

  it('an icon\'s name glued to the date ("ClockThứ Hai, …") is no section', () => {
    const { fields } = read(['ClockThứ Hai, 01/01/2024 20:16', '', 'Công an bắt giữ 11 đối tượng sử dụng ma túy', '', LEAD]);
    expect(fields.section).toBeNull();
    expect(fields.published).toBe('2024-01-01T20:16:00+07:00');
    // Trap: a section printed before the date stays one.
    expect(read(['Thời sự - Thứ Hai, 01/01/2024 20:16', '', 'Công an bắt giữ 11 đối tượng', '', LEAD]).fields.section).toBe('Thời sự');
  });

  it('bulleted links above the title are dropped; a date glued to the front of the title is the publication time', () => {
    const { fields } = read([
      '-', 'Lời khai tiết lộ nguyên nhân vụ án ở Đắk Lắk', '-', 'Ít nhất gần 200 người thiệt mạng trong 2 vụ lật thuyền', '-', 'Huy động robot chữa cháy tại KCN Đồ Sơn',
      'Ăn - Chơi', '09/01/2024 09:16Mùa mai anh đào nhuộm hồng Lũng Cú', LEAD, P1,
    ]);
    expect(fields.section).toBe('Ăn - Chơi');
    expect(fields.title).toBe('Mùa mai anh đào nhuộm hồng Lũng Cú');
    expect(fields.published).toBe('2024-01-09T09:16:00+07:00');
    expect(fields.lead).toBe(LEAD);
    expect(fields.paragraphs).toEqual([P1]);
    // Trap: one bulleted line is no list; a number at the front of a title is no date.
    expect(read(['-', 'Lời khai tiết lộ nguyên nhân vụ án', LEAD]).fields.title).toBe('Lời khai tiết lộ nguyên nhân vụ án');
    expect(read(['2024 Năm của những kỷ lục', LEAD]).fields.title).toBe('2024 Năm của những kỷ lục');
  });

  it('has no title when the text starts at the lead', () => {
    const { fields, warnings } = read([LEAD, '', P1, '', P2]);
    expect(fields.title).toBeNull();
    expect(fields.lead).toBe(LEAD);
    expect(fields.paragraphs).toEqual([P1, P2]);
    expect(warnings.map((w) => w.rule)).toContain('title/missing');
  });

  it('prefers the byline time to a page header\'s "today" date', () => {
    const { fields } = read(['Thứ Năm, ngày 13/03/2025', '', 'Thời sự', '', 'Tiêu đề bài báo', '', 'Vũ Ba 11/03/2025 - 20:25', '', LEAD, '', P1]);
    expect(fields.published).toBe('2025-03-11T20:25:00+07:00');
    expect(fields.section).toBe('Thời sự');
  });

  it('keeps the first of two equal timestamps (published, then updated)', () => {
    const { fields } = read(['Tiêu đề bài báo', 'Thứ Bảy, 07/03/2026 - 08:52', 'Cập nhật: 08/03/2026 - 10:00', LEAD, P1]);
    expect(fields.published).toBe('2026-03-07T08:52:00+07:00');
  });

  it('does not read a date inside the body as the publication time', () => {
    const { fields } = read(['Tiêu đề bài báo', '', LEAD, '', 'Ngày 21/2/2025, đoàn kiểm tra đã làm việc.']);
    expect(fields.published).toBeNull();
  });
});

describe('readPlainText: body', () => {
  it('pairs image lines with the caption glued below them, and places them', () => {
    const { fields } = read(['Tiêu đề', '', LEAD, '', P1, '', 'cau-moi.jpg', 'Toàn cảnh cây cầu. Ảnh: VGP/Nhật Bắc', '', P2]);
    expect(fields.images).toEqual([{ src: 'cau-moi.jpg', caption: 'Toàn cảnh cây cầu.', credit: 'VGP/Nhật Bắc', creditLabel: 'Ảnh', afterParagraph: 0 }]);
    expect(fields.paragraphs).toEqual([P1, P2]);
  });

  it('an image line followed by a blank line has no caption', () => {
    const { fields } = read(['Tiêu đề', '', LEAD, '', 'a.jpg', '', P1, '', P2]);
    expect(fields.images).toEqual([{ src: 'a.jpg', caption: null, credit: null, creditLabel: null, afterParagraph: -1 }]);
    expect(fields.paragraphs).toEqual([P1, P2]);
  });

  it('two headlines or more behind dashes right under the lead are links to other stories', () => {
    const links = ['- Tuyên phạt bị cáo Đỗ Văn Khải 13 năm tù', '- Bị cáo Đỗ Văn Khải xin hoãn phiên tòa'];
    expect(read(['Tiêu đề', '', LEAD, ...links, P1, '', P2]).fields).toMatchObject({ lead: LEAD, paragraphs: [P1, P2] });
    // Traps: a list announced by a colon, items that end as sentences, one item alone, a list further down.
    const items = ['- Tăng cường kiểm tra hồ sơ', '- Công khai kết quả xử lý'];
    expect(read(['Tiêu đề', '', 'Sáng 11/3, UBND tỉnh Bình Lâm đề ra hai giải pháp:', ...items, P1]).fields.paragraphs).toEqual([...items, P1]);
    expect(read(['Tiêu đề', '', LEAD, '- Tăng cường kiểm tra hồ sơ.', '- Công khai kết quả xử lý.', P1]).fields.paragraphs).toEqual(['- Tăng cường kiểm tra hồ sơ.', '- Công khai kết quả xử lý.', P1]);
    expect(read(['Tiêu đề', '', LEAD, links[0]!, P1]).fields.paragraphs).toEqual([links[0], P1]);
    expect(read(['Tiêu đề', '', LEAD, '', P1, ...items, '', P2]).fields.paragraphs).toEqual([P1, ...items, P2]);
  });

  it('the credit printed above the caption, both glued under the image line', () => {
    const caption = 'Toàn cảnh cây cầu nhìn từ trên cao.';
    const { fields } = read(['Tiêu đề', '', LEAD, '', P1, '', 'cau.jpg', 'Ảnh: Minh Đức', caption, '', P2]);
    expect(fields.images[0]).toMatchObject({ src: 'cau.jpg', caption, credit: 'Minh Đức' });
    expect(fields.paragraphs).toEqual([P1, P2]);
    // Trap: a text with a line a paragraph (nothing set off): the line under the credit is the story's.
    const lineEach = read(['Tiêu đề', LEAD, P1, 'cau.jpg', 'Ảnh: Minh Đức', caption, P2]);
    expect(lineEach.fields.paragraphs).toContain(caption);
  });

  it("a Markdown image with no caption under it is captioned by its alt text", () => {
    const caption = 'Toàn cảnh cây cầu nhìn từ trên cao.';
    expect(read(['Tiêu đề bài báo', '', LEAD, '', P1, '', `![${caption}](https://cdn.vn/a.jpg)`, '', P2]).fields.images[0]).toMatchObject({ src: 'https://cdn.vn/a.jpg', caption });
    // Traps: a placeholder alt, a file name, the title again.
    for (const alt of ['Ảnh 1', 'a.jpg', 'Tiêu đề bài báo']) {
      expect(read(['Tiêu đề bài báo', '', LEAD, '', P1, '', `![${alt}](https://cdn.vn/a.jpg)`, '', P2]).fields.images[0]?.caption, alt).toBeNull();
    }
  });

  describe('a text double-spaced throughout (a blank line under every line)', () => {
    const CAPTION = 'Đồng chí Đỗ Văn Khải phát biểu tại lễ khánh thành.';
    const spaced = (image: string, under: string) => read(['Tiêu đề', '', LEAD, '', P1, '', image, '', under, '', P2, '', 'Theo kế hoạch, tỉnh sẽ mở thêm hai tuyến xe buýt.']);

    it('reads the line under a photo named after it as its caption', () => {
      const { fields } = spaced('do-van-khai-phat-bieu.jpg', CAPTION);
      expect(fields.images).toEqual([{ src: 'do-van-khai-phat-bieu.jpg', caption: CAPTION, credit: null, creditLabel: null, afterParagraph: 0 }]);
      expect(fields.paragraphs).not.toContain(CAPTION);
    });

    it('reads a line with its credit under a photo as its caption, whatever the file is named', () => {
      const { fields } = spaced('IMG_2041.jpg', `${CAPTION} Ảnh: Minh Lâm`);
      expect(fields.images[0]).toMatchObject({ src: 'IMG_2041.jpg', caption: CAPTION, credit: 'Minh Lâm' });
    });

    it('leaves a short paragraph under a photo named otherwise as text (trap)', () => {
      const { fields } = spaced('cau-song-hong.jpg', CAPTION);
      expect(fields.images[0]).toMatchObject({ src: 'cau-song-hong.jpg', caption: null });
      expect(fields.paragraphs).toContain(CAPTION);
    });

    it('needs three words of the name in a row: two, or digits between, are not enough (trap)', () => {
      expect(spaced('van-khai-2025.jpg', CAPTION).fields.images[0]?.caption).toBeNull();
      expect(spaced('do-van-1-khai.jpg', CAPTION).fields.images[0]?.caption).toBeNull();
      expect(spaced('ong-do-van-khai.jpg', CAPTION).fields.images[0]?.caption).toBe(CAPTION);
    });

    it('a photo named after the title names no caption (trap)', () => {
      const title = 'Khánh thành cầu mới bắc qua sông Hồng';
      const { fields } = read([title, '', LEAD, '', P1, '', 'khanh-thanh-cau-moi.jpg', '', 'Lễ khánh thành cầu mới diễn ra trong mưa.', '', P2]);
      expect(fields.images[0]?.caption).toBeNull();
    });

    it('a caption that prints five words of a photo named like the title is its caption', () => {
      const title = 'Chủ tịch tỉnh Đỗ Văn Khải thăm Nhật Bản';
      const caption = 'Chủ tịch tỉnh Đỗ Văn Khải đến sân bay Narita';
      const { fields } = read([title, '', LEAD, '', P1, '', 'chu-tich-tinh-do-van-khai-den-narita.jpg', '', caption, '', P2]);
      expect(fields.images[0]?.caption).toBe(caption);
    });

    it('a long paragraph naming the same person stays text (trap)', () => {
      const long = `${CAPTION.slice(0, -1)} và nhấn mạnh rằng ${'công trình sẽ giúp người dân đi lại thuận tiện hơn, '.repeat(6)}giảm ùn tắc.`;
      const { fields } = spaced('do-van-khai-phat-bieu.jpg', long);
      expect(fields.images[0]?.caption).toBeNull();
      expect(fields.paragraphs).toContain(long);
    });

    it('still needs the caption glued when other lines of the body are glued (trap)', () => {
      const { fields } = read(['Tiêu đề', '', LEAD, '', P1, 'Dòng dính liền.', '', 'do-van-khai-phat-bieu.jpg', '', CAPTION, '', P2]);
      expect(fields.images[0]?.caption).toBeNull();
    });
  });

  it('joins a caption wrapped over two lines', () => {
    const { fields } = read(['Tiêu đề', '', LEAD, '', 'https://cdn.vn/a.jpg', 'Toàn cảnh cây cầu nhìn từ trên cao', 'vào buổi sáng. Ảnh: TTXVN', '', P1]);
    expect(fields.images[0]).toMatchObject({ src: 'https://cdn.vn/a.jpg', caption: 'Toàn cảnh cây cầu nhìn từ trên cao vào buổi sáng.', credit: 'TTXVN' });
  });

  it('a date line with the offset in square brackets ("12:03 [GMT+7]") is the publication time, not the lead', () => {
    const { fields } = read(['Khánh thành cầu mới bắc qua sông Hồng sau ba năm thi công', '', 'Thứ Bảy, 09/12/2017, 12:03 [GMT+7]', '', LEAD, '', P1]);
    expect(fields.published).toBe('2017-12-09T12:03:00+07:00');
    expect(fields.lead).toBe(LEAD);
  });

  it('a date line with the site\'s mark before a bar ("HNMO| 18/11/2017 08:00") gives the time and no author', () => {
    const { fields } = read(['Khánh thành cầu mới bắc qua sông Hồng sau ba năm thi công', '', 'HNMO| 18/11/2017 08:00', '', LEAD, '', P1]);
    expect(fields.published).toBe('2017-11-18T08:00:00+07:00');
    expect(fields.byline?.authors ?? []).toEqual([]);
    expect(fields.lead).toBe(LEAD);
    // An agency beside the time still signs.
    expect(read(['Khánh thành cầu mới bắc qua sông Hồng sau ba năm thi công', '', 'TTXVN| 18/11/2017 08:00', '', LEAD]).fields.byline?.authors).toEqual(['TTXVN']);
  });

  it('a time and date alone in the body (a live report\'s entry) is no paragraph', () => {
    const P3 = 'Buổi lễ kết thúc lúc 11 giờ trưa cùng ngày.';
    const P4 = 'Người dân hai bên bờ sông phấn khởi đón tin vui.';
    const { fields, warnings } = read(['Hà Nội khánh thành cầu mới', '', 'Vũ Ba 11/03/2025 - 20:25', '', LEAD, '', P1, '', '17:42 Ngày 04/06/2018', '', P2, '', '11:48, 18/11/2017 GMT+7', '', P3, '', P4, '', P1]);
    expect(fields.paragraphs).toEqual([P1, P2, P3, P4, P1]);
    expect(fields.published).toBe('2025-03-11T20:25:00+07:00');
    expect(warnings.filter((w) => w.rule === 'boilerplate/timestamp').length).toBe(2);
    // Traps: a date with no time, the date first, a time with words after it.
    const kept = ['04/06/2018 17:42', '17:42 Ngày 04/06/2018 Quốc hội họp.'];
    const traps = read(['Hà Nội khánh thành cầu mới', '', 'Vũ Ba 11/03/2025 - 20:25', '', LEAD, '', P1, '', ...kept.flatMap((k) => [k, '']), P3, '', P4, '', P1]);
    expect(traps.fields.paragraphs).toEqual([P1, ...kept, P3, P4, P1]);
  });

  it('short labels in a row under a long paragraph are captions with no marker, but the last (a subheading)', () => {
    const LONG = `${LEAD} ${P1} ${P2} Lễ khánh thành có sự tham dự của lãnh đạo thành phố và đông đảo người dân hai bên bờ sông.`;
    const A = 'Người dân chụp ảnh kỷ niệm trên cầu mới';
    const B = '“Cây cầu mơ ước” của người dân hai bên bờ';
    const HEAD = 'Thông xe trước kế hoạch hai tháng';
    const { fields } = read(['Khánh thành cầu mới bắc qua sông Hồng sau ba năm thi công', '', LEAD, '', LONG, '', A, '', B, '', HEAD, '', P1]);
    expect(fields.images.map((i) => i.caption)).toEqual([A, B]);
    expect(fields.images.every((i) => i.afterParagraph === 0)).toBe(true);
    expect(fields.paragraphs).toEqual([LONG, HEAD, P1]);
    // Traps: two labels only (a subheading could follow a caption), labels under a short paragraph.
    expect(read(['Khánh thành cầu mới bắc qua sông Hồng sau ba năm thi công', '', LEAD, '', LONG, '', A, '', HEAD, '', P1]).fields.images).toEqual([]);
    expect(read(['Khánh thành cầu mới bắc qua sông Hồng sau ba năm thi công', '', LEAD, '', P1, '', A, '', B, '', HEAD, '', P2]).fields.images).toEqual([]);
  });

  it('a short label opening the body above a long paragraph (a subheading, a site\'s name) is no lead', () => {
    const LONG = `${LEAD} ${P1} ${P2} Lễ khánh thành có sự tham dự của lãnh đạo thành phố và đông đảo người dân hai bên bờ sông.`;
    expect(LONG.length).toBeGreaterThanOrEqual(200);
    const TITLE = 'Khánh thành cầu mới bắc qua sông Hồng sau ba năm thi công';
    const { fields, warnings } = read([TITLE, '', 'Hai cây cầu mới', '', LONG, '', P1]);
    expect(fields.lead).toBe(LONG);
    expect(fields.paragraphs).toEqual([P1]);
    expect(warnings.some((w) => w.rule === 'body/label-above-lead')).toBe(true);
    // Traps: a short lead that ends as a sentence, a label above a short paragraph, a label with a colon.
    expect(read([TITLE, '', 'Cầu đã thông xe.', '', LONG]).fields.lead).toBe('Cầu đã thông xe.');
    expect(read([TITLE, '', 'Hai cây cầu mới', '', P1, '', LONG]).fields.lead).toBe('Hai cây cầu mới');
    expect(read([TITLE, '', 'Hai cây cầu mới:', '', LONG]).fields.lead).toBe('Hai cây cầu mới:');
  });

  it('the lead printed again further down is no paragraph', () => {
    const { fields } = read(['Tiêu đề', '', LEAD, '', 'Toàn cảnh buổi lễ. Ảnh: K.M', '', LEAD, '', P1]);
    expect(fields.lead).toBe(LEAD);
    expect(fields.paragraphs).toEqual([P1]);
    // Trap: a paragraph that only starts like the lead stays.
    expect(read(['Tiêu đề', '', LEAD, '', `${LEAD} Cầu dài 5 km.`]).fields.paragraphs).toEqual([`${LEAD} Cầu dài 5 km.`]);
  });

  it('alt text repeated at every photo ("sapa") stands for a photo: the caption glued below it is the photo\'s', () => {
    const C1 = 'Cách thị trấn Sa Pa chừng 11 km là đồi chè Ô Long.';
    const C2 = 'Dù ở góc nhìn nào hoa anh đào cũng rực rỡ. Ảnh: V. MAI.';
    const { fields } = read(['Tiêu đề', '', LEAD, '', 'sapa', C1, '', P1, '', 'sapa', '', 'sapa', C2, '', P2]);
    expect(fields.paragraphs).toEqual([P1, P2]);
    expect(fields.images.map((i) => [i.caption, i.credit])).toEqual([[C1, null], ['Dù ở góc nhìn nào hoa anh đào cũng rực rỡ.', 'V. MAI']]);
    // Trap: a lower-case line printed twice only is no alt text.
    expect(read(['Tiêu đề', '', LEAD, '', 'sapa', C1, '', 'sapa', P1]).fields.images.map((i) => i.caption)).not.toContain(C1);
  });

  it('counts a caption printed twice (alt text + caption) once', () => {
    const cap = 'Ông Hồ Đức Phớc, Bộ trưởng Tài chính. Ảnh: Hoàng Phong';
    const { fields } = read(['Tiêu đề', '', LEAD, '', P1, '', cap, '', '', cap, '', P2]);
    expect(fields.images).toEqual([{ src: null, caption: 'Ông Hồ Đức Phớc, Bộ trưởng Tài chính.', credit: 'Hoàng Phong', creditLabel: 'Ảnh', afterParagraph: 0 }]);
    expect(fields.paragraphs).toEqual([P1, P2]);
  });

  it('reads a caption alone by its credit or position marker', () => {
    const { fields } = read(['Tiêu đề', '', LEAD, '', 'Ông A (bên phải) tặng hoa ông B', '', P1, '', 'Người dân trên cầu (Ảnh: TTXVN)', '', P2]);
    expect(fields.images.map((i) => i.caption)).toEqual(['Ông A (bên phải) tặng hoa ông B', 'Người dân trên cầu']);
    expect(fields.paragraphs).toEqual([P1, P2]);
  });

  it('reads alt text ("- Ảnh 1.") and a repeat of the title as the image, the next line as its caption', () => {
    const { fields } = read(['Tiêu đề bài', '', LEAD, '', 'Tiêu đề bài - Ảnh 1.', '', 'Chú thích ảnh thứ nhất', '', P1, '', 'Tiêu đề bài', 'Chú thích ảnh thứ hai.', '', P2]);
    expect(fields.images.map((i) => i.caption)).toEqual(['Chú thích ảnh thứ nhất', 'Chú thích ảnh thứ hai.']);
    expect(fields.paragraphs).toEqual([P1, P2]);
  });

  it('alt text set off from the next line by more blank lines than that line from the text below has no caption (an empty caption in a w3m dump)', () => {
    const { fields } = read(['Tiêu đề bài', '', LEAD, '', 'Tiêu đề bài- Ảnh 1.', '', '', '', 'Ba hình thức khai thác thông tin về nhà ở', '', P1, '', 'Tiêu đề bài - Ảnh 2.', '', '', 'Chú thích ảnh thứ hai', '', '', P2]);
    expect(fields.images.map((i) => i.caption)).toEqual([null, 'Chú thích ảnh thứ hai']);
    expect(fields.paragraphs).toEqual(['Ba hình thức khai thác thông tin về nhà ở', P1, P2]);
    // Traps: the caption glued to the alt text, or as far from it as from the paragraph below, stays the caption.
    expect(read(['Tiêu đề bài', '', LEAD, '', 'Tiêu đề bài - Ảnh 1.', 'Chú thích ảnh', '', P1]).fields.images.map((i) => i.caption)).toEqual(['Chú thích ảnh']);
    expect(read(['Tiêu đề bài', '', LEAD, '', 'Tiêu đề bài - Ảnh 1.', '', 'Chú thích ảnh', '', P1]).fields.images.map((i) => i.caption)).toEqual(['Chú thích ảnh']);
  });

  it('alt text with the dash glued to the word before is a photo; past a blank line, prose of several sentences is no caption', () => {
    const { fields } = read([
      'Mai mất ngôi đầu phòng vé sau gần một tháng', '', LEAD, '',
      'Trấn Thành đã bị đánh bại- Ảnh 1.', '', 'Trong khi đó, Dune 2 đứng hạng 3 với hơn 1 tỷ đồng. Dù có doanh thu không quá ấn tượng, phim vẫn hút khách.', '',
      'Trấn Thành đã bị đánh bại - Ảnh 2.', '', 'Đạo diễn Trấn Thành tại buổi ra mắt phim ở TP. Hồ Chí Minh.', '', P1,
    ]);
    expect(fields.paragraphs).toEqual(['Trong khi đó, Dune 2 đứng hạng 3 với hơn 1 tỷ đồng. Dù có doanh thu không quá ấn tượng, phim vẫn hút khách.', P1]);
    // One sentence past the blank line is still the caption (an abbreviation's dot is no sentence end).
    expect(fields.images.map((i) => i.caption)).toEqual([null, 'Đạo diễn Trấn Thành tại buổi ra mắt phim ở TP. Hồ Chí Minh.']);
  });

  it('alt text, then the same text ending with a full stop, is one photo and its caption (round 39)', () => {
    const { fields } = read(['Tiêu đề bài', '', LEAD, '', P1, '', 'Toàn cảnh lễ khánh thành cầu mới ở Hà Nội', 'Toàn cảnh lễ khánh thành cầu mới ở Hà Nội.', '', P2]);
    expect(fields.paragraphs).toEqual([P1, P2]);
    expect(fields.images.map((i) => i.caption)).toEqual(['Toàn cảnh lễ khánh thành cầu mới ở Hà Nội.']);
    // Traps: a short label and its sentence, and two different lines, stay text.
    expect(read(['Tiêu đề bài', '', LEAD, '', 'Cầu mới', 'Cầu mới.', '', P1]).fields.images).toEqual([]);
    expect(read(['Tiêu đề bài', '', LEAD, '', 'Toàn cảnh lễ khánh thành cầu mới ở Hà Nội', 'Toàn cảnh lễ khánh thành cầu cũ ở Hà Nội.', '', P1]).fields.images).toEqual([]);
  });

  it('drops the title printed again above the lead, without taking the lead for a caption', () => {
    const { fields, warnings } = read(['Tiêu đề bài', '', 'Vũ Ba 11/03/2025 - 20:25', '', 'Tiêu đề bài', '', LEAD, '', P1]);
    expect(fields.lead).toBe(LEAD);
    expect(fields.paragraphs).toEqual([P1]);
    expect(fields.images).toEqual([]);
    expect(warnings.map((w) => w.rule)).toContain('boilerplate/title-repeat');
  });

  it('one paragraph per line when the text has no blank lines', () => {
    const { fields } = read(['Tiêu đề', LEAD, P1, 'a.jpg', 'Chú thích ảnh.', P2]);
    expect(fields.paragraphs).toEqual([P1, P2]);
    expect(fields.images).toEqual([{ src: 'a.jpg', caption: 'Chú thích ảnh.', credit: null, creditLabel: null, afterParagraph: 0 }]);
  });

  it('keeps subheadings and list items as paragraphs', () => {
    const { fields } = read(['Tiêu đề', '', LEAD, '', 'Những điểm mới', '', '- Thứ nhất, tăng cường hợp tác.', '', P1]);
    expect(fields.paragraphs).toEqual(['Những điểm mới', '- Thứ nhất, tăng cường hợp tác.', P1]);
  });
});

describe('readPlainText: photo credits and labels', () => {
  const T = 'Hà Nội khánh thành cầu mới';
  const LONG = 'Cầu dài 5 km, được xây dựng trong ba năm với tổng vốn đầu tư hơn 8.000 tỷ đồng từ ngân sách thành phố và vốn vay, nối hai quận Long Biên và Hoàn Kiếm, giảm tải cho các cây cầu cũ đang quá tải vào giờ cao điểm mỗi ngày.';

  it('an agency\'s name alone glued under a short caption credits that photo', () => {
    const { fields } = read([T, '', LEAD, '', 'Nhà báo Nguyễn Văn A', 'BBC', P1, '', P2]);
    expect(fields.images).toEqual([{ src: null, caption: 'Nhà báo Nguyễn Văn A', credit: 'BBC', creditLabel: null, afterParagraph: -1 }]);
    expect(fields.paragraphs).toEqual([P1, P2]);
    // Traps: past a blank line the name is not glued to the line above (a short paragraph stays text);
    // "PV" alone is a reporter's mark, no photo agency.
    const apart = read([T, '', LEAD, '', 'Nhà báo Nguyễn Văn A', '', 'BBC', '', P1, '', P2]).fields;
    expect(apart.images).toEqual([]);
    expect(apart.paragraphs).toContain('Nhà báo Nguyễn Văn A');
    expect(read([T, '', LEAD, '', 'Nhà báo Nguyễn Văn A', 'PV', P1, '', P2]).fields.images).toEqual([]);
  });

  it('BBC\'s screen-reader labels: "<alt>Image copyright X" / "Image caption Y" is one photo', () => {
    const { fields } = read([
      T, '', LEAD,
      'People gather at a mural in Brixton, south London.Image copyright Tim Ireland/AP',
      'Image caption Người hâm mộ tưởng niệm ca sĩ ở London.',
      'Reuters',
      'Image caption Cầu kính dài 100m bên vực sâu.',
      'Bản quyền hình ảnh epa',
      'Image caption Pháo hoa trên sông Sài Gòn.',
      'Image caption Một góc phố cổ.',
      P1,
    ]);
    expect(fields.images.map((i) => [i.caption, i.credit])).toEqual([
      ['Người hâm mộ tưởng niệm ca sĩ ở London.', 'Tim Ireland/AP'],
      ['Cầu kính dài 100m bên vực sâu.', 'Reuters'],
      ['Pháo hoa trên sông Sài Gòn.', 'epa'],
      ['Một góc phố cổ.', null],
    ]);
    expect(fields.paragraphs).toEqual([P1]);
    // Right under the title, an agency's name above a caption label is that photo's credit, no byline.
    const top = read([T, '', 'Reuters', 'Image caption Cầu kính dài 100m bên vực sâu.', LEAD, '', P1]).fields;
    expect(top).toMatchObject({ byline: null, lead: LEAD, paragraphs: [P1] });
    expect(top.images.map((i) => [i.caption, i.credit])).toEqual([['Cầu kính dài 100m bên vực sâu.', 'Reuters']]);
    expect(read([T, '', 'Reuters', '', LEAD, '', P1]).fields.byline?.authors).toEqual(['Reuters']);
    // Trap: an agency's name with no caption label under it, and "Image caption" inside a sentence, stay as they were.
    const plain = read([T, '', LEAD, '', 'Theo Reuters, cầu kính dài 100m (Image caption) đã mở cửa.', '', P1]).fields;
    expect(plain.paragraphs).toEqual(['Theo Reuters, cầu kính dài 100m (Image caption) đã mở cửa.', P1]);
    expect(plain.images).toEqual([]);
  });

  it('a caption printed twice on one line (alt text and caption glued) is one photo; a headline printed twice is not', () => {
    const cap = 'Một người đàn ông mắc kẹt dưới đống đổ nát sau cuộc không kích.';
    for (const line of [cap + cap, `${cap} ${cap}`]) {
      const { fields } = read([T, '', LEAD, '', line, '', LONG]);
      expect(fields.images).toEqual([{ src: null, caption: cap, credit: null, creditLabel: null, afterParagraph: -1 }]);
      expect(fields.paragraphs).toEqual([LONG]);
    }
    const credited = 'Cầu mới nhìn từ trên cao - Ảnh: Thanh Hà';
    expect(read([T, '', LEAD, '', credited + credited, '', LONG]).fields.images).toMatchObject([{ caption: 'Cầu mới nhìn từ trên cao', credit: 'Thanh Hà' }]);
    // Traps: a related link's headline printed twice (no sentence end), a line that only opens with its own end.
    const headline = 'GNI hỗ trợ tiêu thụ sản phẩm cho gia đình khó khăn';
    expect(read([T, '', LEAD, '', `${headline} ${headline}`, '', LONG]).fields.images).toEqual([]);
    const near = 'Cầu mới đã thông xe. Cầu mới đã thông xe rồi.';
    expect(read([T, '', LEAD, '', near, '', LONG]).fields.paragraphs).toEqual([near, LONG]);
  });
});

describe('readPlainText: the title\'s slug as alt text', () => {
  const T = 'Những bức hình về Việt Nam lọt top ảnh đẹp';
  const SLUG = 'nhung buc hinh ve viet nam lot top anh dep';
  const CAP = 'Tác phẩm “Làm hương” chụp tại Quảng Phú Cầu, Hà Nội.';

  it('alone, it stands for a photo whose caption follows, past a blank line too', () => {
    const { fields } = read([T, '', LEAD, '', P1, '', SLUG, '', CAP, '', P2]);
    expect(fields.images).toEqual([{ src: null, caption: CAP, credit: null, creditLabel: null, afterParagraph: 0 }]);
    expect(fields.paragraphs).toEqual([P1, P2]);
  });

  it('in title case and numbered as a photo ("… hinh anh 1", Zing News), it stands for a photo too', () => {
    for (const alt of ['Nhung buc hinh ve Viet Nam lot top anh dep hinh anh 1', 'NHUNG BUC HINH VE VIET NAM LOT TOP ANH DEP']) {
      const { fields } = read([T, '', LEAD, '', P1, '', alt, '', CAP, '', P2]);
      expect(fields.images, alt).toEqual([{ src: null, caption: CAP, credit: null, creditLabel: null, afterParagraph: 0 }]);
      expect(fields.paragraphs, alt).toEqual([P1, P2]);
    }
    // Trap: the slug with other words after it is no alt text.
    expect(read([T, '', LEAD, '', P1, '', 'Nhung buc hinh ve Viet Nam lot top anh dep nhat nam', '', P2]).fields.images).toEqual([]);
  });

  it('with a headline glued after it, it is a related link; with a sentence, the photo and its caption', () => {
    const link = read([T, '', LEAD, '', `${SLUG} Có một Việt Nam bình dị trên báo Anh`, '', P1]).fields;
    expect([link.paragraphs, link.images]).toEqual([[P1], []]);
    const glued = read([T, '', LEAD, '', `${SLUG} ${CAP}`, '', P1]).fields;
    expect(glued.images).toMatchObject([{ caption: CAP }]);
    expect(glued.paragraphs).toEqual([P1]);
  });

  it('traps: a slug of another title, a short title, a sentence that opens with the same words', () => {
    const other = 'cau moi bac qua song hong da thong xe';
    expect(read([T, '', LEAD, '', other, '', P1]).fields.paragraphs).toEqual([other, P1]);
    expect(read(['Cầu mới', '', LEAD, '', 'cau moi', '', P1]).fields.paragraphs).toEqual(['cau moi', P1]);
    const sentence = `${SLUG}s la mot trang web.`;
    expect(read([T, '', LEAD, '', sentence, '', P1]).fields.paragraphs).toEqual([sentence, P1]);
  });
});

describe('readPlainText: chrome and tail', () => {
  it('the page\'s prompts under the signature are chrome, and the signature signs', () => {
    for (const end of [
      ['Tải ứng dụng Báo Tin Nhanh'],
      ['LIKE fanpage Báo Tin Nhanh để cập nhật tin tức'],
      ['Đăng ký kênh Youtube của Báo Tin Nhanh'],
      ['Bạn đọc có thể gửi ý kiến về bài viết qua email: bandoc@baotinnhanh.vn'],
      ['Bài viết cùng chủ đề:', 'Bình Lâm mở thêm tuyến buýt điện', 'Cầu mới bắc qua sông Hồng sắp thông xe'],
    ]) {
      const { fields } = read(['Tiêu đề', '', LEAD, '', P1, '', P2, '', 'Mai Lan', '', ...end]);
      expect(fields.paragraphs, end[0]).toEqual([P1, P2]);
      expect(fields.byline?.authors, end[0]).toEqual(['Mai Lan']);
    }
  });

  it('a call for readers in the body stays text (trap): only the footer\'s prompts are chrome', () => {
    const call = 'Bạn đọc có thể gửi ý kiến về dự thảo qua email: gopy@binhlam.gov.vn';
    expect(read(['Tiêu đề', '', LEAD, '', call, '', P1, '', 'Mai Lan']).fields.paragraphs).toEqual([call, P1]);
  });

  it('a date alone under the signature is the signature\'s, and dates the article when the header does not', () => {
    const { fields } = read(['Tiêu đề bài báo', '', LEAD, '', P1, '', P2, '', 'Mai Lan', '11/03/2025']);
    expect(fields).toMatchObject({ paragraphs: [P1, P2], published: '2025-03-11', byline: { text: 'Mai Lan\n11/03/2025', authors: ['Mai Lan'] } });
    // The header's date wins; a date under a paragraph is no signature's (trap).
    expect(read(['Tiêu đề bài báo', '', 'Mai Lan 12/03/2025 - 08:00', '', LEAD, '', P1, '', 'Mai Lan', '11/03/2025']).fields.published).toBe('2025-03-12T08:00:00+07:00');
    expect(read(['Tiêu đề bài báo', '', LEAD, '', P1, '', P2, '', '11/03/2025']).fields.published).toBeNull();
  });

  it('a signature with the end mark glued ("Mai Lan./.") signs', () => {
    const { fields } = read(['Tiêu đề', '', LEAD, '', P1, '', 'Mai Lan./.']);
    expect(fields).toMatchObject({ paragraphs: [P1], byline: { authors: ['Mai Lan'] } });
  });

  it('a whole page copied: site menu (one line with "|", or one item a line), login links, search box and share buttons above the article are dropped', () => {
    const article = ['Chính trị', '', 'Hà Nội khánh thành cầu mới bắc qua sông Hồng', '', 'Vũ Ba 11/03/2025 - 20:25', '', LEAD, '', P1, '', 'Vũ Ba'];
    const expected = { section: 'Chính trị', title: 'Hà Nội khánh thành cầu mới bắc qua sông Hồng', published: '2025-03-11T20:25:00+07:00', lead: LEAD, paragraphs: [P1] };
    const chrome = [
      ['Trang chủ', 'Đăng nhập | Đăng ký', 'Thời sự | Thế giới | Kinh doanh | Giải trí | Thể thao | Pháp luật'],
      ['Đăng nhập · Đăng ký', 'Xe • Số hóa • Tâm sự • Thời sự'],
      ['Báo điện tử Tin Nhanh', 'Thời sự | Thế giới | Kinh doanh'],
      ['Menu', 'Tìm kiếm'],
      ['Thời sự', 'Thế giới', 'Kinh doanh', 'Giải trí', 'Thể thao'],
    ];
    for (const lines of chrome) expect(read([...lines, ...article]).fields, lines.join(' / ')).toMatchObject(expected);
    // Share buttons copied as one line between the title and its date line.
    const shared = read(['Chính trị', '', expected.title, 'Facebook Twitter Zalo Copy link', '', 'Vũ Ba 11/03/2025 - 20:25', '', LEAD, '', P1]).fields;
    expect(shared).toMatchObject(expected);
    // A menu's last name glued above the title is the section; a breadcrumb of two levels is no menu.
    expect(read(['Thời sự', 'Thế giới', 'Kinh doanh', 'Giải trí', ...article.slice(1)]).fields).toMatchObject({ ...expected, section: 'Giải trí' });
  });

  it("a page's masthead lines above the article: the paper's name and tagline, the day's weather, a language switch", () => {
    const article = ['Chính trị', '', 'Hà Nội khánh thành cầu mới bắc qua sông Hồng', '', 'Vũ Ba 11/03/2025 - 20:25', '', LEAD, '', P1, '', 'Vũ Ba'];
    const expected = { section: 'Chính trị', title: 'Hà Nội khánh thành cầu mới bắc qua sông Hồng', lead: LEAD, paragraphs: [P1] };
    const chrome = [
      ['BÁO ĐIỆN TỬ TIN NHANH', 'Cơ quan của Hội Nhà báo Việt Nam', ''],
      ['Báo Sông Lam điện tử', 'Tiếng nói của Đảng bộ, chính quyền và nhân dân tỉnh Sông Lam', ''],
      ['Hà Nội 25°C', ''],
      ['English | Français | 中文', ''],
    ];
    for (const lines of chrome) expect(read([...lines, ...article]).fields, lines.join(' / ')).toMatchObject(expected);
    // A headline that opens with "Báo" is the title, not a paper's name.
    expect(read(['Báo Mỹ đưa tin về chuyến thăm', '', LEAD, '', P1]).fields.title).toBe('Báo Mỹ đưa tin về chuyến thăm');
  });

  it("a page's footer under an article with no signature: address, phone, editors, licence, a rating widget and a comment form", () => {
    const footer = [
      'Tòa soạn: Số 5 Lý Thường Kiệt, Hoàn Kiếm, Hà Nội', 'Điện thoại: 024 3825 1234 - Email: toasoan@tinnhanh.vn',
      'Tổng biên tập: Nguyễn Văn An', 'Chịu trách nhiệm xuất bản: Trần Văn Bình',
      'Giấy phép số 123/GP-BTTTT do Bộ Thông tin và Truyền thông cấp ngày 1/1/2020', '',
      'Bạn thấy bài viết thế nào?', 'Hay', 'Bình thường', 'Không hay', '', 'Bình luận (0)', 'Gửi bình luận', 'Họ tên', 'Email', 'Gửi',
    ];
    expect(read(['Tiêu đề bài viết về cầu mới', '', LEAD, '', P1, '', P2, '', ...footer]).fields.paragraphs).toEqual([P1, P2]);
    // A paragraph about a licence is text.
    const licence = 'Giấy phép số 12 cho dự án được cấp lại sau ba tháng thẩm định.';
    expect(read(['Tiêu đề bài viết về cầu mới', '', LEAD, '', licence, '', P1]).fields.paragraphs).toEqual([licence, P1]);
    // Inside the body, a charity appeal's phone line, an answer and a subheading like a tagline are text.
    const body = ['Điện thoại: 0912 345 678', 'Bình thường', 'Cơ quan của Liên hợp quốc hỗ trợ người dân vùng lũ', 'Tiêu điểm'];
    expect(read(['Tiêu đề bài viết về cầu mới', '', LEAD, '', P1, '', ...body.flatMap((line) => [line, '']), P2]).fields.paragraphs).toEqual([P1, ...body, P2]);
  });

  it('a related box inside the body, above a paragraph and a captioned photo before the signature, takes only its links', () => {
    // The photo as some CMSs print it: no file name, the caption twice (alt text and caption), its credit last.
    const caption = 'Ông Nguyễn Văn An - tân Giám đốc Sở Xây dựng. Ảnh Minh Hà';
    const { fields } = read([
      'Tiêu đề bài viết về cầu mới', '', LEAD, '', P1, '', P2, '', 'Tin liên quan', 'Hà Nội khởi công cầu Tứ Liên', 'Cầu Trần Hưng Đạo sắp khởi công', '',
      'Đồng thời, UBND thành phố giao Sở Xây dựng lập kế hoạch bảo trì cầu trong năm năm tới.', '', caption, caption, '', 'Thanh Hà',
    ]);
    expect(fields.paragraphs).toEqual([P1, P2, 'Đồng thời, UBND thành phố giao Sở Xây dựng lập kế hoạch bảo trì cầu trong năm năm tới.']);
    expect(fields.byline?.authors).toEqual(['Thanh Hà']);
    expect(fields.images.map((image) => image.caption)).toEqual(['Ông Nguyễn Văn An - tân Giám đốc Sở Xây dựng.']);
  });

  it("the page's bar of today's date and time at the top loses to the article's date line nearer the title", () => {
    const article = ['Kinh doanh', '', 'Thứ năm, 2/11/2023, 19:20 (GMT+7)', '', 'Hà Nội khánh thành cầu mới bắc qua sông Hồng', '', LEAD, '', P1];
    expect(read(['Thứ Bảy, ngày 28/11/2026 10:15', '', ...article]).fields).toMatchObject({ published: '2023-11-02T19:20:00+07:00', section: 'Kinh doanh', lead: LEAD });
    // Below the title the first of two date lines is the article's (the second an update).
    const updated = read(['Hà Nội khánh thành cầu mới bắc qua sông Hồng', '', 'Thứ năm, 2/11/2023, 19:20 (GMT+7)', 'Thứ sáu, 3/11/2023, 08:00 (GMT+7)', '', LEAD, '', P1]);
    expect(updated.fields.published).toBe('2023-11-02T19:20:00+07:00');
  });

  it("an audio player's speed button under the title is chrome (round 39)", () => {
    for (const t of ['Tốc độ:1x', 'Tốc độ: 1.25x', 'Tốc độ đọc: 1,5x']) expect(isBoilerplate(t), t).toBe(true);
    for (const t of ['Tốc độ tăng trưởng 7x', 'Tốc độ: 80 km/h']) expect(isBoilerplate(t), t).toBe(false);
    expect(read(['Hà Nội khánh thành cầu mới', 'Tốc độ:1x', LEAD, P1]).fields).toMatchObject({ title: 'Hà Nội khánh thành cầu mới', lead: LEAD, paragraphs: [P1] });
  });

  it('a line with "|" is a menu only when its items are short labels, most of them known', () => {
    for (const t of ['Thời sự | Thế giới | Kinh doanh', 'Đăng nhập | Đăng ký', 'Video • Podcast • Ảnh • Infographics', 'Xe | Số hóa | Góc nhìn | Du lịch | Tâm sự'])
      expect(isBoilerplate(t), t).toBe(true);
    for (const t of ['Thời sự | VTV24', 'Hà Nội | Tin nóng trong ngày | Người dân đổ xô đi mua vàng', 'Giá vàng hôm nay | Thị trường | Kinh doanh.', 'Thể thao | Bóng đá | Hà Nội FC | Nam Định | Hoàng Anh Gia Lai'])
      expect(isBoilerplate(t), t).toBe(false);
  });

  it('drops share labels, audio leftovers, counters, related boxes and tag lines, keeping the signature', () => {
    const { fields, warnings } = read([
      'Thời sự', '', 'Tiêu đề', '', 'Thứ Ba, 11/03/2025 - 20:25', '', 'Chia sẻ', '', 'Nghe bài viết', '00:00 / 03:12', '',
      LEAD, '', 'TIN LIÊN QUAN', '', 'Hà Nội khởi công cầu Tứ Liên', 'Cầu Trần Hưng Đạo sắp khởi công', '', P1, '',
      '1.234 lượt xem', '', P2, '', 'Bài và ảnh: Nguyễn Văn An - Trần Thị Bình', '',
      'Tin liên quan', 'Hà Nội khởi công cầu Tứ Liên', '', 'Từ khóa: cầu, Hà Nội', 'Bình luận',
    ]);
    expect(fields.lead).toBe(LEAD);
    expect(fields.paragraphs).toEqual([P1, P2]);
    expect(fields.byline?.authors).toEqual(['Nguyễn Văn An', 'Trần Thị Bình']);
    expect(warnings.filter((w) => w.rule.startsWith('boilerplate/')).length).toBeGreaterThanOrEqual(9);
    expect(warnings.every((w) => w.line === null || w.line > 0)).toBe(true);
  });

  it('a site menu\'s button above the lead and a "read on" link under the teaser are dropped', () => {
    const { fields, warnings } = read(['Tiêu đề', '', 'Tất cả chuyên mục', '', LEAD, '', P1, '', 'Đọc tiếp…']);
    expect(fields.lead).toBe(LEAD);
    expect(fields.paragraphs).toEqual([P1]);
    expect(warnings.filter((w) => w.rule === 'boilerplate/dropped').length).toBe(2);
  });

  it('drops a related article glued to the tag line at the end', () => {
    const { fields } = read([
      'Tiêu đề', '', LEAD, '', P1, '', P2, '', 'Xử phạt hai cá nhân thao túng cổ phiếu', 'Hai cá nhân này vừa bị xử phạt 3 tỷ đồng.', '#xử phạt # cổ phiếu', 'Bình luận bài viết này',
    ]);
    expect(fields.paragraphs).toEqual([P1, P2]);
  });

  it('reads agency signatures and keeps source lines out of the authors', () => {
    expect(read(['Tiêu đề', '', LEAD, '', P1, '', '(TTXVN/Vietnam+)']).fields.byline?.authors).toEqual(['TTXVN/Vietnam+']);
    expect(read(['Tiêu đề', '', LEAD, '', P1, '', 'Tử Hưng', '', 'Nguồn Công Luận: https://congluan.vn/']).fields.byline?.authors).toEqual(['Tử Hưng']);
    expect(read(['Tiêu đề', '', LEAD, '', P1, '', 'Theo Chí Kiên (Báo điện tử Chính Phủ)', 'Tin mới hơn']).fields.byline?.authors).toEqual(['Chí Kiên']);
  });

  it('a source named with no address at the end ("Nguồn: VNE") is the author when no one signs', () => {
    const named = read(['Tiêu đề', '', LEAD, '', P1, '', 'Nguồn: VNE']);
    expect(named.fields.byline).toEqual({ text: 'Nguồn: VNE', authors: ['VNE'] });
    expect(named.fields.paragraphs).toEqual([P1]);
    expect(read(['Tiêu đề', '', LEAD, '', P1, '', 'Nguồn : Sức khỏe cộng đồng', 'Bình luận']).fields.byline?.authors).toEqual(['Sức khỏe cộng đồng']);
    expect(read(['Tiêu đề', '', LEAD, '', P1, '', 'Nguồn VNEWS: https://vnews.gov.vn/video/a-139010.htm']).fields.byline?.authors).toEqual(['VNEWS']);
    // Traps: a signature or a byline comes first; "Nguồn tin:" names the outlet that first ran it; an address or a sentence is no name.
    const signed = read(['Tiêu đề', '', LEAD, '', P1, '', 'Tử Hưng', 'Nguồn: VNE']);
    expect(signed.fields.byline?.authors).toEqual(['Tử Hưng']);
    expect(signed.warnings.some((w) => w.message.includes('Nguồn: VNE'))).toBe(true);
    expect(read(['Tiêu đề', '', 'Tử Hưng 11/03/2025 - 20:25', '', LEAD, '', P1, '', 'Nguồn: VNE']).fields.byline?.authors).toEqual(['Tử Hưng']);
    expect(read(['Tiêu đề', '', LEAD, '', P1, '', 'Nguồn tin: Báo Quảng Ninh điện tử']).fields.byline).toBeNull();
    expect(read(['Tiêu đề', '', LEAD, '', P1, '', 'Nguồn: Baochinhphu.vn']).fields.byline).toBeNull();
    expect(read(['Tiêu đề', '', LEAD, '', P1, '', 'Nguồn: Tổng cục Thống kê năm 2024']).fields.byline).toBeNull();
  });

  it('does not take the original outlet after the signature for an author', () => {
    const { fields, warnings } = read(['Tiêu đề', '', LEAD, '', P1, '', 'Tử Hưng', 'Báo Công Luận']);
    expect(fields.byline?.authors).toEqual(['Tử Hưng']);
    expect(warnings.map((w) => w.rule)).toContain('byline/outlet');
    // With a known agency after a slash, the outlet's line is the signature.
    const agency = read(['Tiêu đề', '', LEAD, '', P1, '', 'Báo ảnh Dân tộc và Miền núi/TTXVN']);
    expect(agency.fields.byline?.authors).toEqual(['Báo ảnh Dân tộc và Miền núi/TTXVN']);
    expect(agency.fields.paragraphs).toEqual([P1]);
  });

  it('an agency or outlet alone under the writer\'s signature is where the piece first ran, not an author', () => {
    const cited = read(['Tiêu đề', '', LEAD, '', P1, '', 'Theo Minh Hòa', 'VietNamNet']);
    expect(cited.fields.byline?.authors).toEqual(['Minh Hòa']);
    expect(cited.fields.byline?.text).toBe('Theo Minh Hòa');
    expect(cited.fields.paragraphs).toEqual([P1]);
    expect(cited.warnings.map((w) => w.rule)).toContain('byline/outlet');
    expect(read(['Tiêu đề', '', LEAD, '', P1, '', 'Minh Hằng', '(TTXVN)']).fields.byline?.authors).toEqual(['Minh Hằng']);
    expect(read(['Tiêu đề', '', LEAD, '', P1, '', 'Hồng Nhung', 'Baochinhphu.vn']).fields.byline?.authors).toEqual(['Hồng Nhung']);
    // Traps: two writers both sign; a reporter label signs; an agency alone, or two agencies, are the authors.
    expect(read(['Tiêu đề', '', LEAD, '', P1, '', 'Minh Anh', 'Thu Hà']).fields.byline?.authors).toEqual(['Minh Anh', 'Thu Hà']);
    expect(read(['Tiêu đề', '', LEAD, '', P1, '', 'Minh Anh', 'PV']).fields.byline?.authors).toEqual(['Minh Anh', 'PV']);
    expect(read(['Tiêu đề', '', LEAD, '', P1, '', 'TTXVN']).fields.byline?.authors).toEqual(['TTXVN']);
    expect(read(['Tiêu đề', '', LEAD, '', P1, '', 'TTXVN', 'Reuters']).fields.byline?.authors).toEqual(['TTXVN', 'Reuters']);
    expect(read(['Tiêu đề', '', LEAD, '', P1, '', 'Minh Anh - TTXVN']).fields.byline?.authors).toEqual(['Minh Anh', 'TTXVN']);
  });

  it('a line glued under an image\'s file name is its caption, never the signature, however much it reads as a name', () => {
    const { fields } = read(['Tiêu đề', '', LEAD, '', P1, '', 'chan-dung.jpg', 'Ông Nguyễn Văn Hùng', '', 'Minh Anh']);
    expect(fields.byline?.authors).toEqual(['Minh Anh']);
    expect(fields.images.map((i) => i.caption)).toEqual(['Ông Nguyễn Văn Hùng']);
    // Traps: past a blank line under the image the name signs; with no image line above, two names both sign.
    const signed = read(['Tiêu đề', '', LEAD, '', P1, '', 'chan-dung.jpg', '', 'Nguyễn Văn Hùng']);
    expect(signed.fields.byline?.authors).toEqual(['Nguyễn Văn Hùng']);
    expect(signed.fields.images.map((i) => i.caption)).toEqual([null]);
    expect(read(['Tiêu đề', '', LEAD, '', P1, '', 'Nguyễn Văn Hùng', 'Minh Anh']).fields.byline?.authors).toEqual(['Nguyễn Văn Hùng', 'Minh Anh']);
  });

  it('an outlet named under the signature with no "Báo" is no author; tags under their label are chrome', () => {
    const { fields, warnings } = read(['Tiêu đề', '', LEAD, '', P1, '', 'Mai Lan', '', 'Nhịp sống kinh tế']);
    expect(fields.byline?.authors).toEqual(['Mai Lan']);
    expect(fields.paragraphs).toEqual([P1]);
    expect(warnings.map((w) => w.rule)).toContain('byline/outlet');
    // Under chrome: "Theo X" / outlet / the source box's buttons / tags under "Từ Khóa:".
    const boxed = read(['Tiêu đề', '', LEAD, '', P1, '', 'Theo Hà Anh', '', 'Sống khỏe mỗi ngày', '', 'Theo Sống khỏe mỗi ngày Copy link', 'Link bài gốc Lấy link! https://example.vn/bai-viet.html', 'Chia sẻ', 'Từ Khóa:', 'Bộ Xây dựng, cầu Tứ Liên']);
    expect(boxed.fields.byline?.authors).toEqual(['Hà Anh']);
    expect(boxed.fields.paragraphs).toEqual([P1]);
    // Traps: a short label under a line that names no one stays the body's; a name under a name is a second signature line;
    // a last line under a label that is not a tag box's stays.
    expect(read(['Tiêu đề', '', LEAD, '', P1, '', 'Giá vàng hôm nay', '', 'Thị trường sôi động']).fields.paragraphs).toEqual([P1, 'Giá vàng hôm nay', 'Thị trường sôi động']);
    expect(read(['Tiêu đề', '', LEAD, '', P1, '', 'Mai Lan', 'Hà Anh']).fields.byline?.authors).toEqual(['Mai Lan', 'Hà Anh']);
    expect(read(['Tiêu đề', '', LEAD, '', P1, '', 'Kết luận', 'Cầu được thông xe đúng hạn, người dân vui mừng.']).fields.paragraphs).toContain('Cầu được thông xe đúng hạn, người dân vui mừng.');
  });

  it('a row of buttons copied as one line, and a back link printed with its tooltip, are chrome', () => {
    const { fields } = read(['Tiêu đề', '', LEAD, '', P1, '', 'Mai Lan', '', 'Trở lại Kinh doanhTrở lại Kinh doanh', 'Chia sẻ Copy link thành công']);
    expect(fields.byline?.authors).toEqual(['Mai Lan']);
    expect(fields.paragraphs).toEqual([P1]);
    for (const t of ['Chia sẻ Copy link thành công', 'Link bài gốc Lấy link! https://example.vn/a.html', 'Theo Người Hà Nội Copy link', 'Đăng nhập Đăng ký', '0 bình luận  Chia sẻ', 'Chia sẻ Bình luận (3)', '1.234 lượt xem Chia sẻ Lưu']) expect(isButtonRow(t), t).toBe(true);
    // Traps: a number with no counter's noun, a year before a button, a count in a sentence.
    for (const t of ['12 Chia sẻ', 'Năm 2024 Chia sẻ', '2 người bình luận']) expect(isButtonRow(t), t).toBe(false);
    // A share or like button with its count (audit r50): "Chia sẻ 12 Bình luận (3)" under the tags.
    for (const t of ['Chia sẻ 12 Bình luận (3)', 'Thích (5) Chia sẻ 12', 'Chia sẻ (12) Bình luận']) expect(isButtonRow(t), t).toBe(true);
    const shared = read(['Tiêu đề', '', LEAD, '', P1, '', 'Minh Nhật', '', 'Từ khóa: Nghệ An mưa lũ sạt lở', 'Chia sẻ 12 Bình luận (3)']).fields;
    expect(shared.byline?.authors).toEqual(['Minh Nhật']);
    expect(shared.paragraphs).toEqual([P1]);
    // Traps: a count with no button, a sentence sharing a figure.
    for (const t of ['Chia sẻ 12 kinh nghiệm', 'Thích 5 món ăn', 'Chia sẻ 12']) expect(isButtonRow(t), t).toBe(false);
    // Traps: a word that is no label, one label alone (isBoilerplate's), "Theo" with no button after the name, an address first.
    for (const t of ['Chia sẻ kinh nghiệm nuôi cá', 'Chia sẻ', 'Theo Hà Anh', 'Theo TTXVN', 'https://example.vn Chia sẻ', 'Lưu ý khi gửi hồ sơ']) expect(isButtonRow(t), t).toBe(false);
    expect(isBoilerplate('Trở lại Thể thaoTrở lại Thể thao')).toBe(true);
    // Traps: a back link to no section, two different halves.
    expect(isBoilerplate('Trở lại Hà GiangTrở lại Hà Giang')).toBe(false);
    expect(isBoilerplate('Trở lại Thể thaoTrở lại Kinh doanh')).toBe(false);
  });

  it('a related box at the end: links with sapos closed by chrome, or two links or more with no sapo', () => {
    const boxed = read(['Tiêu đề', '', LEAD, '', P1, '', 'Mai Lan', '', 'Tin liên quan', '', 'Hà Nội mở thêm tuyến buýt điện', '', 'Hà Nội mở thêm tuyến buýt điện', '', '(HNM)- Thành phố vừa mở thêm ba tuyến buýt điện.', '', 'Chia sẻ', 'giao thông công cộng xe buýt điện', '', 'Bình luận (0)']);
    expect(boxed.fields.paragraphs).toEqual([P1]);
    expect(boxed.fields.byline?.authors).toEqual(['Mai Lan']);
    const more = read(['Tiêu đề', '', LEAD, '', P1, '', 'Xem thêm trên Báo Hà Nội', '', 'Giá vàng hôm nay tăng mạnh', 'Cầu Tứ Liên sắp khởi công']);
    expect(more.fields.paragraphs).toEqual([P1]);
    // The box's label printed again above each link, each link twice (its text and its thumbnail's alt).
    const labelled = read(['Tiêu đề', '', LEAD, '', P1, '', 'Tham khảo thêm', '', 'Chính sách mới từ tháng 2/2026', '', 'Chính sách mới từ tháng 2/2026', 'Tham khảo thêm', '', 'Chính sách mới từ tháng 1/2026', '', 'Chính sách mới từ tháng 1/2026']);
    expect(labelled.fields.paragraphs).toEqual([P1]);
    expect(labelled.fields.images).toEqual([]);
    // Traps: prose under the header is the body going on; a row of lower-case words with no chrome
    // beside it stays; a paragraph under the chrome ends the box.
    expect(read(['Tiêu đề', '', LEAD, '', P1, '', 'Xem thêm trên Báo Hà Nội', '', P2]).fields.paragraphs).toContain(P2);
    expect(read(['Tiêu đề', '', LEAD, '', P1, '', 'cầu mới bắc qua sông hồng']).fields.paragraphs).toEqual([P1, 'cầu mới bắc qua sông hồng']);
    const below = read(['Tiêu đề', '', LEAD, '', P1, '', 'Tin liên quan', '', 'Hà Nội mở thêm tuyến buýt điện', '', 'Chia sẻ', '', P2]);
    expect(below.fields.paragraphs).toContain(P2);
    // A staff list of names closing the box's chrome is no signature (names under names), while a name
    // under the body's last sentence is one: there the box stood inside the body.
    const staff = read(['Tiêu đề', '', LEAD, '', P1, '', 'Bài liên quan', 'CHƯƠNG TRÌNH HÔM NAY', 'Thời sự chiều - Phát lại', 'Bản tin sáng (đang phát)', 'Trần Thị Mai', 'Lê Văn Bình']);
    expect(staff.fields.byline).toBeNull();
    const inside = read(['Tiêu đề', '', LEAD, '', P1, '', 'Tin liên quan:', 'Hà Nội mở thêm tuyến buýt điện', '', P2, '', 'Mai Lan']);
    expect(inside.fields.byline?.authors).toEqual(['Mai Lan']);
    expect(inside.fields.paragraphs).toContain(P2);
  });

  it("another story's headline and sapo at the end, set off from the body by a wider gap, is no body", () => {
    const head = 'Giá vàng miếng giảm mạnh, người mua lỗ gần 3 triệu đồng';
    const sapo = 'Giá vàng thế giới giảm sau phiên giao dịch đêm qua. Trong nước, giá cũng giảm.';
    const { fields, warnings } = read(['Tiêu đề', '', LEAD, '', P1, '', P2, '', '', '', head, '', sapo]);
    expect(fields.paragraphs).toEqual([P1, P2]);
    expect(warnings.map((w) => w.rule)).toContain('boilerplate/related');
    // Traps: a subheading and its paragraph at the usual gap; a text whose blocks all stand three lines apart;
    // a short label; a last line that is no sentence.
    expect(read(['Tiêu đề', '', LEAD, '', P1, '', P2, '', head, '', sapo]).fields.paragraphs).toEqual([P1, P2, head, sapo]);
    expect(read(['Tiêu đề', '', '', '', LEAD, '', '', '', P1, '', '', '', P2, '', '', '', head, '', sapo]).fields.paragraphs).toEqual([P1, P2, head, sapo]);
    expect(read(['Tiêu đề', '', LEAD, '', P1, '', P2, '', '', '', 'Kết luận', '', sapo]).fields.paragraphs).toEqual([P1, P2, 'Kết luận', sapo]);
    expect(read(['Tiêu đề', '', LEAD, '', P1, '', P2, '', '', '', head, '', 'Mai Lan']).fields.paragraphs).toContain(head);
  });

  it('drops one-line related links ("Xem thêm: …")', () => {
    const { fields } = read(['Tiêu đề', '', LEAD, '', P1, '', 'Xem thêm: Hà Nội khởi công cầu Tứ Liên', '', P2]);
    expect(fields.paragraphs).toEqual([P1, P2]);
  });

  it('rating and comment boxes, a captcha, an album link and a most-read box under the signature are chrome', () => {
    const rating = read(['Tiêu đề', '', LEAD, '', P1, '', 'Tin, ảnh: PHONG ANH', 'ĐÁNH GIÁ', '5', 'Ý kiến bình luận']);
    expect(rating.fields.paragraphs).toEqual([P1]);
    expect(rating.fields.byline?.authors).toEqual(['PHONG ANH']);
    const comments = read(['Tiêu đề', '', LEAD, '', P1, '', 'Khánh Minh', '', 'Bình luận của bạn về bài viết...', '', 'captcha', '', 'Các Album đã đăng', '', 'Tin xem nhiều']);
    expect(comments.fields.paragraphs).toEqual([P1]);
    expect(comments.fields.byline?.authors).toEqual(['Khánh Minh']);
    // A comment box's header ("BÌNH LUẬN HAY") is no signature; a "don't miss" box's teaser glued to its header goes with it.
    const best = read(['Tiêu đề', '', LEAD, '', P1, '', 'BÌNH LUẬN HAY']);
    expect(best.fields.paragraphs).toEqual([P1]);
    expect(best.fields.byline).toBeNull();
    const missed = read(['Tiêu đề', '', LEAD, '', P1, '', 'Khánh Minh', '', 'Bão số 3 đổ bộ Quảng Ninh', 'Chiều 7/9, bão số 3 đổ bộ vào Quảng Ninh.', 'Đừng bỏ lỡ', 'Mới nhất']);
    expect(missed.fields.paragraphs).toEqual([P1]);
    expect(missed.fields.byline?.authors).toEqual(['Khánh Minh']);
    // The title printed again as the last line, under the footer, goes with the chrome above it.
    const long = 'Hà Nội khánh thành cầu mới bắc qua sông Hồng';
    const titleBar = read([long, '', LEAD, '', P1, '', 'Khánh Minh', 'Bài liên quan', '', 'Mới nhất', 'POWERED BY ONECMS - A PRODUCT OF NEKO', long]);
    expect(titleBar.fields.paragraphs).toEqual([P1]);
    expect(titleBar.fields.byline?.authors).toEqual(['Khánh Minh']);
    // Trap: right under the body, the title printed twice is a photo (alt text and caption), not chrome.
    const photo = read(['Tiêu đề bài báo', '', LEAD, '', P1, '', 'Tiêu đề bài báo', 'Tiêu đề bài báo']);
    expect(photo.fields.images).toEqual([{ src: null, caption: 'Tiêu đề bài báo', credit: null, creditLabel: null, afterParagraph: 0 }]);
    // A section's name alone as the last line is a link back to the section.
    expect(read(['Tiêu đề', '', LEAD, '', P1, '', 'Video']).fields.paragraphs).toEqual([P1]);
    // Traps: a section's name that reads as a signature signs; one inside a longer last line stays.
    expect(read(['Tiêu đề', '', LEAD, '', P1, '', 'Lao Động']).fields.byline?.authors).toEqual(['Lao Động']);
    expect(read(['Tiêu đề', '', LEAD, '', P1, '', 'Video hiện trường']).fields.paragraphs).toEqual([P1, 'Video hiện trường']);
    // Trap: a number alone with no chrome below it stays (a list's last item, say).
    expect(read(['Tiêu đề', '', LEAD, '', P1, '', '5']).fields.paragraphs).toEqual([P1, '5']);
  });

  it('a link with its age ("… 3 phút trước") at the very end or above chrome is chrome; a sentence with a time ago stays', () => {
    const player = read(['Tiêu đề', '', LEAD, '', P1, '', 'TIN MỚI', '', 'X', '', 'ĐANG PHÁT', '', 'Bản tin thời tiết chào buổi sáng 3 phút trước']);
    expect(player.fields.paragraphs).toEqual([P1]);
    expect(read(['Tiêu đề', '', LEAD, '', P1, '', 'Giá vàng hôm nay tăng mạnh 2 giờ trước', 'Bình luận']).fields.paragraphs).toEqual([P1]);
    // Traps: inside the body, or ending a sentence, or under a signature it stays.
    expect(read(['Tiêu đề', '', LEAD, '', 'Vụ cháy xảy ra 3 ngày trước', '', P1]).fields.paragraphs).toEqual(['Vụ cháy xảy ra 3 ngày trước', P1]);
    expect(read(['Tiêu đề', '', LEAD, '', P1, '', 'Cây cầu cũ được xây từ 3 tháng trước.']).fields.paragraphs).toEqual([P1, 'Cây cầu cũ được xây từ 3 tháng trước.']);
  });

  it('bulleted headlines at the very end under page chrome are links to other stories; a bulleted list ending the body stays', () => {
    const linked = read(['Tiêu đề', '', LEAD, '', P1, '', 'Nguồn : Sức khỏe cộng đồng', '', '• Không còn là cái bóng BLACKPINK, Rosé viết nên chương mới cho chính mình']);
    expect(linked.fields.paragraphs).toEqual([P1]);
    expect(linked.fields.byline?.authors).toEqual(['Sức khỏe cộng đồng']);
    expect(read(['Tiêu đề', '', LEAD, '', P1, '', 'Tin liên quan', '• Giá vàng hôm nay tăng mạnh', '• Xăng dầu giảm giá']).fields.paragraphs).toEqual([P1]);
    // Trap: the body's own list, under a paragraph, stays.
    expect(read(['Tiêu đề', '', LEAD, '', P1, '• Giảm thuế giá trị gia tăng', '• Gia hạn nộp thuế']).fields.paragraphs).toEqual([P1, '• Giảm thuế giá trị gia tăng', '• Gia hạn nộp thuế']);
  });

  it('a tag link in lower case as the last line ("vụ mùa") is chrome; a wrapped line or a domain stays', () => {
    expect(read(['Tiêu đề', '', LEAD, '', P1, '', 'vụ mùa']).fields.paragraphs).toEqual([P1]);
    expect(read(['Tiêu đề', LEAD, P1, 'lúa gạo']).fields.paragraphs).toEqual([P1]);
    // Traps: the paragraph above wrapped onto it, a web address, a longer line.
    expect(read(['Tiêu đề', '', LEAD, '', 'Cầu dài 5 km, được xây dựng trong', 'ba năm']).fields.paragraphs).toEqual(['Cầu dài 5 km, được xây dựng trong ba năm']);
    expect(read(['Tiêu đề', '', LEAD, '', P1, '', 'vietnamplus.vn']).fields.paragraphs).toEqual([P1, 'vietnamplus.vn']);
    expect(read(['Tiêu đề', '', LEAD, '', P1, '', 'và còn nhiều điều nữa']).fields.paragraphs).toEqual([P1, 'và còn nhiều điều nữa']);
  });

  it('an English comment counter ("Comments:0 | Tags:No Tag", "“<title>”0 Comments") is chrome', () => {
    const { fields } = read(['Tiêu đề', '', LEAD, '', P1, '', 'Comments:0 | Tags:No Tag', '', '“Tiêu đề”0 Comments']);
    expect(fields.paragraphs).toEqual([P1]);
    // Trap: a sentence counting comments stays.
    expect(read(['Tiêu đề', '', LEAD, '', 'Bài viết nhận được 300 comments']).fields.paragraphs).toEqual(['Bài viết nhận được 300 comments']);
  });

  it('a related box at the end whose links carry their sapo is dropped whole', () => {
    const { fields } = read(['Tiêu đề', '', LEAD, '', P1, '', 'Tin, ảnh: PHONG ANH', '', 'BẠN CÓ THỂ QUAN TÂM', '', 'Báo động người trẻ sử dụng ma túy', '', 'Theo UBND tỉnh, hiện có hơn 400 người nghiện.', '', 'Hà Nội khởi công cầu Tứ Liên']);
    expect(fields.paragraphs).toEqual([P1]);
    expect(fields.byline?.authors).toEqual(['PHONG ANH']);
    // Trap: two sentences in a row after the box's link are body text, not its sapo.
    const body = read(['Tiêu đề', '', LEAD, '', 'Xem thêm', '', 'Hà Nội khởi công cầu Tứ Liên', '', P1, '', P2]);
    expect(body.fields.paragraphs).toEqual([P1, P2]);
  });

  it('a related box inside the body, above the last paragraph and the signature, drops its links only', () => {
    const { fields } = read(['Tiêu đề', '', LEAD, '', P1, '', 'Tin liên quan:', '- Hà Nội khởi công cầu Tứ Liên', '', P2, '', 'Minh Anh']);
    expect(fields.paragraphs).toEqual([P1, P2]);
    expect(fields.byline?.authors).toEqual(['Minh Anh']);
    // Trap: after the signature, a box whose link carries its sapo is dropped whole, the headline last included.
    const after = read(['Tiêu đề', '', LEAD, '', P1, '', 'Minh Anh', '', 'Tin liên quan', '', 'Cầu Tứ Liên hợp long', '', 'Sáng nay, cầu Tứ Liên đã hợp long.', '', 'Hà Nội mở thêm tuyến buýt']);
    expect(after.fields.paragraphs).toEqual([P1]);
    expect(after.fields.byline?.authors).toEqual(['Minh Anh']);
  });

  it('so too with page chrome under the signature: the box stood inside the body (audit r50)', () => {
    const links = ['TIN LIÊN QUAN', '• Tín dụng tăng hơn 12% so với cuối năm 2023', '• Ngân hàng Nhà nước bơm ròng hơn 20.000 tỷ đồng'];
    for (const chrome of [['Tags: lãi suất'], ['Chia sẻ', 'Bản quyền © Báo X']]) {
      const { fields } = read(['Tiêu đề', '', LEAD, '', P1, ...links, P2, 'THU HƯỜNG', ...chrome]);
      expect(fields.paragraphs, chrome.join(' / ')).toEqual([P1, P2]);
      expect(fields.byline?.authors, chrome.join(' / ')).toEqual(['THU HƯỜNG']);
    }
    // Trap: a box at the end whose last link carries its sapo, chrome under it, is dropped whole.
    const box = read(['Tiêu đề', '', LEAD, '', P1, '', 'Minh Anh', '', 'Tin liên quan', '', 'Cầu Tứ Liên hợp long', '', 'Sáng nay, cầu Tứ Liên đã hợp long.', '', 'Tags: cầu']);
    expect(box.fields.paragraphs).toEqual([P1]);
    expect(box.fields.byline?.authors).toEqual(['Minh Anh']);
  });

  it('the site\'s menu printed after the chrome at the very end is dropped; initials alone sign the article', () => {
    const { fields } = read(['Tiêu đề', '', LEAD, '', P1, '', 'MP', '', 'Từ khóa:', 'captcha', '', 'Bản tin Pháp luật', '', 'Video clip', '', 'An toàn giao thông']);
    expect(fields.paragraphs).toEqual([P1]);
    expect(fields.byline?.authors).toEqual(['MP']);
    // Traps: short lines at the end with no chrome above them stay; initials under an unfinished line are no signature.
    expect(read(['Tiêu đề', '', LEAD, '', P1, '', 'Video clip']).fields.paragraphs).toEqual([P1, 'Video clip']);
    expect(read(['Tiêu đề', '', LEAD, '', 'Các đơn vị gồm', '', 'UBND']).fields.byline).toBeNull();
  });

  it('merges byline and signature authors', () => {
    const { fields } = read(['Tiêu đề', '', 'Phong Cầm 25/01/2020 08:00 GMT+7', '', LEAD, '', P1, '', 'Văn Giang (Theo Sputnik)', 'Bản quyền © Báo X']);
    expect(fields.byline?.authors).toEqual(['Phong Cầm', 'Văn Giang']);
  });
});

describe('readPlainText: layouts seen in real copies', () => {
  it('reads labelled and capitalised bylines beside the time', () => {
    expect(read(['Tiêu đề bài báo', 'Bài: Vũ Ba - 11/03/2025 20:25', LEAD, P1]).fields.byline?.authors).toEqual(['Vũ Ba']);
    const { fields } = read(['Tiêu đề bài báo', 'THANH HÀ - MINH ANH - 11/03/2025 20:25', LEAD, P1]);
    expect(fields.byline?.authors).toEqual(['THANH HÀ', 'MINH ANH']);
    expect(fields.section).toBeNull();
  });

  it('reads "Section - weekday, date - time" in one line', () => {
    const { fields } = read(['Tiêu đề bài báo', 'Thời sự - Thứ Ba, 11/03/2025 - 20:25', LEAD, P1]);
    expect(fields).toMatchObject({ section: 'Thời sự', published: '2025-03-11T20:25:00+07:00', lead: LEAD });
  });

  it('reads "SECTION - Author - time" in one line', () => {
    const { fields } = read(['Tiêu đề bài báo', 'BIẾN ĐỔI KHÍ HẬU - Thanh Tùng - 18:51 31/05/2022', LEAD, P1]);
    expect(fields).toMatchObject({ section: 'BIẾN ĐỔI KHÍ HẬU', published: '2022-05-31T18:51:00+07:00', lead: LEAD });
    expect(fields.byline?.authors).toEqual(['Thanh Tùng']);
  });

  it('reads an agency byline with a two-digit year, and a caption standing above the lead', () => {
    const { fields } = read(['Tiêu đề bài báo', ' (TTXVN/Vietnam+) lúc : 11/07/14 11:35 ', '', 'Tàu cá bị đâm chìm. (Ảnh: Trần Lê Lâm/TTXVN)', LEAD, '', P1]);
    expect(fields.published).toBe('2014-07-11T11:35:00+07:00');
    expect(fields.byline?.authors).toEqual(['TTXVN/Vietnam+']);
    expect(fields.lead).toBe(LEAD);
    expect(fields.images).toEqual([{ src: null, caption: 'Tàu cá bị đâm chìm.', credit: 'Trần Lê Lâm/TTXVN', creditLabel: 'Ảnh', afterParagraph: -1 }]);
  });

  it('reads the title repeated with a number ("<title> - 1") as an image alt', () => {
    const { fields } = read(['Tiêu đề bài báo', '', LEAD, '', 'Tiêu đề bài báo - 1', 'Chị H. bị đánh (Ảnh: Cắt từ clip).', '', P1]);
    expect(fields.paragraphs).toEqual([P1]);
    expect(fields.images).toEqual([{ src: null, caption: 'Chị H. bị đánh', credit: 'Cắt từ clip', creditLabel: 'Ảnh', afterParagraph: -1 }]);
  });

  it('joins a paragraph wrapped over two lines', () => {
    const { fields } = read(['Tiêu đề bài báo', '', LEAD, '', 'Số ca mắc giảm so với tuần trước,', 'đặc biệt ở Đà Nẵng.', '', P1]);
    expect(fields.paragraphs).toEqual(['Số ca mắc giảm so với tuần trước, đặc biệt ở Đà Nẵng.', P1]);
  });

  it('in a hard-wrapped text a line filled to the width carries on onto a line opening with a capital', () => {
    // Wrapped at about 40 characters: four lines carried on by a line in lower case make the text hard-wrapped.
    const wrapped = [
      'Đoàn công tác đã đến thăm và làm việc tại', 'các xã vùng cao của huyện trong hai ngày,', 'kiểm tra tiến độ xây dựng nhà ở cho các hộ',
      'nghèo theo chương trình hỗ trợ của tỉnh và', 'trao quà cho học sinh ở điểm trường thôn', 'Nà Lừa, nơi cách trung tâm xã hơn 20 km.',
      'Kết quả', 'Huyện đã hoàn thành 120 căn nhà trong năm.',
    ];
    const { fields } = read(['Tiêu đề bài báo', '', LEAD, '', ...wrapped]);
    expect(fields.paragraphs).toEqual([
      'Đoàn công tác đã đến thăm và làm việc tại các xã vùng cao của huyện trong hai ngày, kiểm tra tiến độ xây dựng nhà ở cho các hộ nghèo theo chương trình hỗ trợ của tỉnh và trao quà cho học sinh ở điểm trường thôn Nà Lừa, nơi cách trung tâm xã hơn 20 km.',
      'Kết quả',
      'Huyện đã hoàn thành 120 căn nhà trong năm.',
    ]);
    // Trap: in a text that is not hard-wrapped, a long subheading glued to the paragraph below stays apart.
    const sub = 'Hội nghị đầu tiên giữa các cổng thông tin điện tử của các bộ, ngành trung ương';
    expect(read(['Tiêu đề bài báo', '', LEAD, sub, 'Hội nghị do Cổng TTĐT Chính phủ tổ chức.', P1]).fields.paragraphs).toEqual([sub, 'Hội nghị do Cổng TTĐT Chính phủ tổ chức.', P1]);
  });

  it('a lettered item ("b) …") under a clause ended by ";" or ":" opens a paragraph of its own', () => {
    const intro = 'Khi Nhà nước thu hồi đất, người có đất được bồi thường như sau:';
    const items = ['a) Bồi thường bằng đất nông nghiệp;', 'b) Bồi thường bằng tiền;', 'c) Bồi thường bằng đất có mục đích sử dụng khác hoặc bằng nhà ở.'];
    expect(read(['Tiêu đề bài báo', '', LEAD, '', intro, ...items, '', P1]).fields.paragraphs).toEqual([intro, ...items, P1]);
    // Traps: a clause ended by ";" carried on in lower case is one paragraph; "a)" under a line wrapped
    // mid-sentence goes on.
    const clause = ['Cầu dài 5 km, được xây dựng trong ba năm;', 'cầu có sáu làn xe và hai làn đi bộ.'];
    expect(read(['Tiêu đề bài báo', '', LEAD, '', ...clause, '', P1]).fields.paragraphs).toEqual([clause.join(' '), P1]);
    const wrapped = ['Theo quy định tại khoản 1 Điều 96, trường hợp', 'a) được bồi thường bằng đất nông nghiệp.'];
    expect(read(['Tiêu đề bài báo', '', LEAD, '', ...wrapped, '', P1]).fields.paragraphs).toEqual([wrapped.join(' '), P1]);
  });

  it('a hard-wrapped text: a title wrapped in two over a line in lower case is one title; a clause ended by ";" goes on in lower case', () => {
    // Wrapped at 40 characters, the title too; four lines carried on in lower case make the text hard-wrapped.
    const wrapped = [
      'Hà Nội khởi công cầu mới và hai tuyến', 'đường nối với quận Long Biên', '', 'Vũ Ba 11/03/2025 - 20:25', '',
      'Sáng 11/3, thành phố khởi công cầu mới', 'dài 5 km, được xây dựng trong ba năm;', 'cầu có sáu làn xe và hai làn đi bộ, nối',
      'quận Long Biên với quận Hoàn Kiếm, giảm', 'tải cho cầu Chương Dương và cầu Long', 'Biên vào giờ cao điểm trong nhiều năm.',
    ];
    const { fields } = read(wrapped);
    expect(fields.title).toBe('Hà Nội khởi công cầu mới và hai tuyến đường nối với quận Long Biên');
    expect(fields.lead).toBe('Sáng 11/3, thành phố khởi công cầu mới dài 5 km, được xây dựng trong ba năm; cầu có sáu làn xe và hai làn đi bộ, nối quận Long Biên với quận Hoàn Kiếm, giảm tải cho cầu Chương Dương và cầu Long Biên vào giờ cao điểm trong nhiều năm.');
    // Wrapped at 70 where most lines go on with a capital (names, places): the filled lines show the width.
    const attending = 'Dự hội nghị có đồng chí Nguyễn Văn An, Bí Thư Tỉnh ủy; đồng chí Trần Văn Bình, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Hà Giang; đồng chí Lê Thị Cúc, Chủ tịch Ủy Ban MTTQ Việt Nam tỉnh; đồng chí Phạm Văn Dũng, Trưởng Ban Tuyên giáo Tỉnh ủy Hà Giang; đồng chí Hoàng Văn Em, Giám đốc Sở Nội vụ; đồng chí Vũ Thị Giang, Giám đốc Sở Tài chính; đồng chí Đỗ Văn Hùng, Giám đốc Sở Kế hoạch và Đầu tư; đại diện lãnh đạo Sở Xây dựng, Sở Y tế, Sở Giáo dục và Đào tạo cùng lãnh đạo các huyện, thành phố trong tỉnh Hà Giang.';
    const wrapAt = (text: string, width: number): string[] =>
      text.split(' ').reduce<string[]>((out, word) => {
        const last = out.at(-1);
        if (last !== undefined && `${last} ${word}`.length <= width) out[out.length - 1] = `${last} ${word}`;
        else out.push(word);
        return out;
      }, []);
    const speech = 'Phát biểu tại hội nghị, đồng chí Nguyễn Văn An, Bí thư Tỉnh ủy Hà Giang đề nghị Sở Nội vụ, Sở Tài chính, Sở Kế hoạch và Đầu tư cùng Ủy Ban MTTQ Việt Nam tỉnh Hà Giang phối hợp chặt chẽ với Ban Tuyên giáo Tỉnh ủy, Ban Tổ chức Tỉnh ủy và UBND các huyện, thành phố trong tỉnh Hà Giang triển khai Nghị quyết.';
    const capitals = ['Tiêu đề bài báo về hội nghị', '', 'Sáng 11/3, tỉnh tổ chức hội nghị tổng kết công tác năm 2025.', '', ...wrapAt(attending, 70), '', ...wrapAt(speech, 70)];
    expect(read(capitals).fields.paragraphs).toEqual([attending, speech]);
    // Not hard-wrapped (a line longer than any width): a short title over a line in lower case stays as it was read.
    expect(read(['Tiêu đề bài báo', '', LEAD, '', P1]).fields.title).toBe('Tiêu đề bài báo');
  });

  it('a time alone under the date line completes it; a time alone elsewhere adds nothing', () => {
    const title = 'Xác định người có công còn nhiều trăn trở';
    for (const time of ['16:02 (GMT +7)', '16:02', '16h02', 'Lúc 16:02 GMT+7']) {
      const { fields } = read(['Chủ nhật, ngày 08 tháng 12 năm 2024', time, '', title, '', LEAD, '', P1]);
      expect(fields).toMatchObject({ title, published: '2024-12-08T16:02:00+07:00', lead: LEAD, paragraphs: [P1] });
    }
    // Under the title too: "08/12/2024" / "16:02".
    expect(read([title, '08/12/2024', '16:02', LEAD, P1]).fields).toMatchObject({ title, published: '2024-12-08T16:02:00+07:00', lead: LEAD, paragraphs: [P1] });
    // Traps: a date line that has its time keeps it; a time with no date line above it gives no date;
    // a line with words after the time is no time alone.
    expect(read(['08/12/2024 09:15', '16:02', title, LEAD, P1]).fields.published).toBe('2024-12-08T09:15:00+07:00');
    expect(read([title, '16:02', LEAD, P1]).fields.published).toBeNull();
    expect(read([title, '08/12/2024', '16:02 Hà Nội tổ chức lễ khánh thành cầu mới.', P1]).fields).toMatchObject({ published: '2024-12-08', lead: '16:02 Hà Nội tổ chức lễ khánh thành cầu mới.' });
  });

  it('a banner printed twice above a dated title is chrome; a title printed again stays the title', () => {
    const banner = 'Tư tưởng Hồ Chí Minh soi đường';
    const kicker = 'Vùng đô thị trung tâm tỉnh:';
    const title = 'Khát vọng về hai thành phố tương lai';
    const date = 'Thứ sáu: 15:00 ngày 09/02/2024';
    expect(read([banner, banner, kicker, title, date, '', LEAD, '', P1]).fields).toMatchObject({
      title: `${kicker} ${title}`, published: '2024-02-09T15:00:00+07:00', lead: LEAD, paragraphs: [P1],
    });
    expect(read([banner, banner, title, date, '', LEAD, '', P1]).fields).toMatchObject({ title, lead: LEAD, paragraphs: [P1] });
    // Traps: the title printed twice, then its byline and date, or its lead.
    expect(read([title, title, 'Thanh Hà', date, '', LEAD, '', P1]).fields).toMatchObject({ title, byline: { authors: ['Thanh Hà'] }, lead: LEAD });
    expect(read([title, title, '', LEAD, '', P1]).fields).toMatchObject({ title, lead: LEAD, paragraphs: [P1] });
  });

  it('a longer banner above a headline that has its date line under it is no title', () => {
    const banner = 'Kỷ niệm 73 năm ngày thành lập Hội Nhà báo Việt Nam (21/04/1950 - 21/04/2023)';
    const title = '“Xây dựng môi trường văn hóa” thắp lên ngọn lửa yêu nghề';
    const date = 'Thứ sáu, 21/04/2023 09:40';
    expect(read([banner, '', title, '', date, '', LEAD, '', P1]).fields).toMatchObject({ title, published: '2023-04-21T09:40:00+07:00', lead: LEAD, paragraphs: [P1] });
    // Traps: under the title, a short label ("Miền nam"), a name, or the title printed again, then the date.
    const long = 'Ông Trần Văn A thôi làm chủ tịch UBND tỉnh theo nguyện vọng cá nhân';
    expect(read([long, '', 'Miền nam', '', date, '', LEAD, '', P1]).fields.title).toBe(long);
    expect(read([long, '', 'Thanh Hà', '', date, '', LEAD, '', P1]).fields).toMatchObject({ title: long, byline: { authors: ['Thanh Hà'] } });
    expect(read([long, '', long, '', date, '', LEAD, '', P1]).fields).toMatchObject({ title: long, lead: LEAD });
  });

  it('a short label trailing off with "..." above a longer headline is no title', () => {
    const title = '‘Thảm họa truyền thông’ ở Việt Nam hôm nay';
    expect(read(['Thân Hữu Tiếp Tay...', '', title, '', LEAD, '', P1]).fields).toMatchObject({ title, lead: LEAD, paragraphs: [P1] });
    expect(read(['Bạn đọc viết…', '', title, '', LEAD, '', P1]).fields).toMatchObject({ title, lead: LEAD });
    // Traps: a short title trailing off, with its lead under it, stays the title; so does one above a shorter line.
    expect(read(['Chuyện chưa kể...', '', LEAD, '', P1]).fields).toMatchObject({ title: 'Chuyện chưa kể...', lead: LEAD });
    expect(read(['Những điều chưa kể...', '', 'Cầu mới', '', LEAD, '', P1]).fields.title).toBe('Những điều chưa kể...');
  });

  it('a mobile page\'s menu button ("Danh mục") above the title is no section', () => {
    const title = 'Quán quân Sao Mai tổ chức liveshow đầu tiên';
    for (const button of ['Danh mục', 'Menu']) {
      expect(read([button, '', title, '', 'Chủ nhật, 03/08/2025 16:05', '', LEAD, '', P1]).fields).toMatchObject({ section: null, title, lead: LEAD });
    }
    // Trap: a section label there is still the section.
    expect(read(['Giải trí', '', title, '', 'Chủ nhật, 03/08/2025 16:05', '', LEAD, '', P1]).fields).toMatchObject({ section: 'Giải trí', title });
  });

  it('splits a time and date glued to the end of the title', () => {
    const { fields } = read(['Bộ trưởng: Triển khai ngay Nghị quyết 30/01/2026 17:43', '', LEAD, '', P1]);
    expect(fields.title).toBe('Bộ trưởng: Triển khai ngay Nghị quyết');
    expect(fields.published).toBe('2026-01-30T17:43:00+07:00');
  });

  it('reads a section in capitals glued to its sub-level, after a print label', () => {
    const { fields } = read(['Print', '', 'THẾ GIỚICĂNG THẲNG NGA - UKRAINE', 'Tổng thống Ukraine nói không nhượng bộ', '', LEAD, '', P1]);
    expect(fields.section).toBe('THẾ GIỚI');
    expect(fields.title).toBe('Tổng thống Ukraine nói không nhượng bộ');
  });

  it('drops a video caption: not a photo, not body text', () => {
    const { fields, warnings } = read(['Tiêu đề', '', LEAD, '', 'Phát Video', 'Quán phở đông nghịt khách (Video: Thành Công - Quỳnh Anh).', '', P1]);
    expect(fields.paragraphs).toEqual([P1]);
    expect(fields.images).toEqual([]);
    expect(warnings.map((w) => w.rule)).toContain('media/video-caption');
  });

  it('drops video-player and ad leftovers', () => {
    const { fields } = read(['Tiêu đề', '', LEAD, '', 'Trình phát Video is loading.Phát', 'Bật âm thanh', 'Thời gian hiện tại 0:00', '/', 'Độ dài 0:48', 'Toàn màn hình', 'Cài đặt', '', P1, '', 'Ads By DTads']);
    expect(fields.paragraphs).toEqual([P1]);
  });
});

describe('readPlainText: not an article', () => {
  it('parses a shopping list as far as it goes, with warnings', () => {
    const { fields, warnings } = read(['trứng', 'sữa', 'bánh mì']);
    expect(fields.byline).toBeNull();
    expect(fields.published).toBeNull();
    expect(warnings.map((w) => w.rule)).toEqual(expect.arrayContaining(['byline/missing', 'published/missing']));
  });

  it('never takes a line in lower case for the title', () => {
    expect(read(['trứng', 'sữa', 'bánh mì']).fields.title).toBeNull();
  });

  it('one line gives a lead and nothing else', () => {
    const { fields } = read(['Chỉ một dòng.']);
    expect(fields).toMatchObject({ title: null, section: null, lead: 'Chỉ một dòng.', paragraphs: [], images: [] });
  });

  it('empty text gives nulls', () => {
    const { fields } = read(['']);
    expect(fields).toMatchObject({ title: null, lead: null, paragraphs: [], images: [], byline: null });
  });
});

describe('readPlainText: layouts of regional and portal pages', () => {
  it('an arrow breadcrumb of names the site chose is the section; a headline may open with a brand in camel case', () => {
    const title = 'iPad mới của hãng X bắt đầu được xuất xưởng';
    const { fields } = read(['Đời thường > Công nghệ', '', title, '', title, '', 'Thứ Ba, 6/9/2016 10:12 GMT+7', '', LEAD, '', P1]);
    expect(fields).toMatchObject({ section: 'Đời thường', title, published: '2016-09-06T10:12:00+07:00', lead: LEAD, paragraphs: [P1], images: [] });
    const esim = read(['Công nghệ', '', 'eSIM du lịch được bán rộng rãi ở sân bay', '', LEAD, '', P1]).fields;
    expect(esim).toMatchObject({ section: 'Công nghệ', title: 'eSIM du lịch được bán rộng rãi ở sân bay', lead: LEAD });
    // Traps: a line in lower case is still no title, and a brand word alone is no headline.
    expect(read(['iphone mới được bán ở sân bay', '', LEAD, '', P1]).fields.title).toBeNull();
    expect(read(['iPad', '', LEAD, '', P1]).fields.title).toBeNull();
  });
  it("a breadcrumb ending with the title: the portal's header above it goes, the level after the home page is the section", () => {
    const title = 'Hội nghị tập huấn kỹ năng giao tiếp cho nhân viên y tế';
    const portal = [
      'Đường dây nóng: 1900 0000 - 0900.000.000',
      'TẬN TÂM - CHU ĐÁO - AN TOÀN',
      'Giờ làm việc: 7h-17h (Thứ 2-Thứ 6), trực cấp cứu 24/7',
      'TẬN TÂM - CHU ĐÁO - AN TOÀN',
      `Bệnh viện Đa khoa Vùng Núi > TIN TỨC > Hoạt động > ${title}`,
      title,
      title,
    ];
    const { fields } = read([...portal.flatMap((l) => [l, '']), LEAD, '', P1]);
    expect(fields).toMatchObject({ section: 'TIN TỨC', title, byline: null, lead: LEAD, paragraphs: [P1], images: [] });
    // From the home page by its name, a known section first, a date line kept above the breadcrumb.
    expect(read([`Trang chủ > Y tế > ${title}`, title, LEAD, P1]).fields).toMatchObject({ section: 'Y tế', title, lead: LEAD });
    expect(read([`Thời sự > ${title}`, title, LEAD, P1]).fields).toMatchObject({ section: 'Thời sự', title, lead: LEAD });
    expect(read(['Thứ Ba, 12/03/2024 09:00', `Trang chủ › Y tế › ${title}`, title, LEAD, P1]).fields).toMatchObject({ section: 'Y tế', title, published: '2024-03-12T09:00:00+07:00' });
    // Traps: a breadcrumb that does not end with the line below, and a headline with an arrow in it.
    const other = read(['Đời thường > Công nghệ', title, LEAD, P1]).fields;
    expect(other).toMatchObject({ section: 'Đời thường', title });
    const arrow = 'Giá vàng > 90 triệu đồng một lượng';
    expect(read(['Kinh tế', arrow, LEAD, P1]).fields).toMatchObject({ section: 'Kinh tế', title: arrow });
  });
  it('a photo\'s alt text without accents glued above its credited caption is the photo\'s line, no paragraph', () => {
    const caption = 'Chủ tịch tỉnh Vùng Núi thăm nhà máy điện gió.';
    const { fields } = read(['Tiêu đề bài viết', '', LEAD, '', 'Chu tich tinh Vung Nui tham nha may dien gio', `${caption} Ảnh: Minh Hà`, '', P1, '', P2]);
    expect(fields.paragraphs).toEqual([P1, P2]);
    expect(fields.images).toMatchObject([{ caption, credit: 'Minh Hà' }]);
    // Traps: with no credit below, past a blank line, with accents, or a sentence, the line stays text.
    const plain = 'Chu tich tinh Vung Nui tham nha may dien gio';
    expect(read(['Tiêu đề bài viết', '', LEAD, '', plain, caption, '', P1]).fields.paragraphs).toContain(plain);
    expect(read(['Tiêu đề bài viết', '', LEAD, '', plain, '', `${caption} Ảnh: Minh Hà`, '', P1]).fields.paragraphs).toContain(plain);
    const english = 'The wind farm opened in March.';
    expect(read(['Tiêu đề bài viết', '', LEAD, '', english, `${caption} Ảnh: Minh Hà`, '', P1]).fields.paragraphs).toContain(english);
  });
  it("the site's mark for its online edition alone at the end is the outlet: no author, no paragraph", () => {
    for (const mark of ['VNNO', 'HNMO', 'NLĐO']) {
      expect(read(['Tiêu đề bài viết', '', LEAD, '', P1, '', mark]).fields).toMatchObject({ paragraphs: [P1], byline: null });
    }
    // Traps: a writer's initials (two or three capitals) are no mark; a mark above the last line is left alone.
    const initials = read(['Tiêu đề bài viết', '', LEAD, '', P1, '', 'MP']).warnings;
    expect(initials.map((w) => w.rule)).not.toContain('byline/outlet');
    expect(read(['Tiêu đề bài viết', '', LEAD, '', P1, '', 'VNNO', '', P2]).fields.paragraphs).toEqual(expect.arrayContaining([P2]));
  });
});
