/**
 * Header and tail shapes of audit round 51 (fixtures/audit/r51): archive-era and mobile copies of
 * Vietnamese papers, and their posts on Facebook/Zalo. Each rule with the texts it must not fire on.
 */
import { describe, expect, it } from 'vitest';
import { isOutletName } from '../../../src/readers/text/header.js';
import { readPlainText } from '../../../src/readers/text/index.js';

const read = (lines: string[]) => readPlainText(lines.join('\n'));
const TITLE = 'Hà Nội khởi công giai đoạn hai cầu Vĩnh Tuy';
const LEAD = 'Sáng nay, UBND TP Hà Nội khởi công giai đoạn hai dự án cầu Vĩnh Tuy, nối quận Hai Bà Trưng với quận Long Biên.';
const P1 = 'Công trình dự kiến hoàn thành vào cuối năm 2010, kịp chào mừng Đại lễ 1.000 năm Thăng Long.';

describe("a known paper's name alone above the section, date and title", () => {
  it('is the masthead: "VnExpress", "Thanh Niên Online", "Báo Tuổi Trẻ", "Dân trí"', () => {
    for (const name of ['VnExpress', 'Thanh Niên Online', 'Báo Tuổi Trẻ', 'Dân trí', 'VietNamNet', 'Người Lao Động Online']) {
      const { fields } = read([name, 'Xã hội', 'Thứ hai, 12/5/2008, 10:23 GMT+7', '', TITLE, '', LEAD, '', P1]);
      expect(fields, name).toMatchObject({ section: 'Xã hội', title: TITLE, lead: LEAD, paragraphs: [P1], published: '2008-05-12T10:23:00+07:00' });
    }
  });

  it('traps: a name that is no known paper stays what it was; a headline naming a paper is the title', () => {
    const title = 'Tuổi Trẻ và những mùa hè xanh';
    expect(read(['Xã hội', title, '', LEAD, '', P1]).fields).toMatchObject({ section: 'Xã hội', title, lead: LEAD });
    const headline = 'Báo Thanh Niên phát động giải báo chí về giáo dục';
    expect(read(['Xã hội', headline, '', LEAD, '', P1]).fields).toMatchObject({ section: 'Xã hội', title: headline, lead: LEAD });
  });
});

describe("a mobile page's app banner and a social post's relative time above the title", () => {
  it('"Đọc báo trên ứng dụng Dân trí - Tải ngay", "Tải ứng dụng Người Lao Động" above the title are chrome', () => {
    for (const banner of ['Đọc báo trên ứng dụng Dân trí - Tải ngay', 'Tải ứng dụng Người Lao Động']) {
      const { fields } = read([banner, 'Xã hội', '', TITLE, '', LEAD, '', P1]);
      expect(fields, banner).toMatchObject({ section: 'Xã hội', title: TITLE, lead: LEAD, paragraphs: [P1] });
    }
  });

  it('"2 giờ ·" under a page\'s name is chrome, no date', () => {
    const { fields } = read(['Báo Tuổi Trẻ', '2 giờ · ', '', TITLE, '', LEAD, '', P1]);
    expect(fields).toMatchObject({ title: TITLE, lead: LEAD, paragraphs: [P1], published: null });
  });

  it('traps: a sentence about an app and a time with its unit in the body stay text', () => {
    const p = 'Người dân có thể tải ứng dụng VNeID để khai báo tạm trú.';
    expect(read(['Xã hội', TITLE, '', LEAD, '', p]).fields.paragraphs).toEqual([p]);
    const q = 'Đọc báo trên ứng dụng giúp tôi cập nhật tin tức mỗi sáng khi đi xe buýt đến cơ quan.';
    expect(read(['Xã hội', TITLE, '', LEAD, '', q]).fields.paragraphs).toEqual([q]);
  });
});

describe("a mobile page's and a social post's foot", () => {
  it('"Xem bản đầy đủ" / "Về trang chủ", a link behind a label or an emoji, reaction counts: chrome at the end', () => {
    const feet = [
      ['Xem bản đầy đủ', 'Về trang chủ'],
      ['Xem chi tiết: https://thanhnien.vn/giao-duc/bai-viet-912345.html'],
      ['👉 https://vnexpress.net/thoi-su/bai-viet-3726741.html', '😢 3,4K', '512 bình luận', '1,1K lượt chia sẻ'],
      ['1,2K'],
    ];
    for (const foot of feet) {
      const { fields } = read(['Xã hội', TITLE, '', LEAD, '', P1, '', ...foot]);
      expect(fields.paragraphs, foot.join(' / ')).toEqual([P1]);
    }
  });

  it('traps: a link inside a sentence, a year alone and a sentence ending the story stay text', () => {
    const p = 'Xem chi tiết văn bản tại cổng thông tin của Bộ: https://moj.gov.vn, mục Văn bản mới.';
    expect(read(['Xã hội', TITLE, '', LEAD, '', P1, '', p]).fields.paragraphs).toEqual([P1, p]);
    const q = 'Về trang chủ của hội, các thành viên có thể đăng ký tham gia giải chạy trước ngày 20/3.';
    expect(read(['Xã hội', TITLE, '', LEAD, '', P1, '', q]).fields.paragraphs).toEqual([P1, q]);
  });
});

describe("an AMP page's top: the online edition's mark and the menu button", () => {
  it('"NLĐO" above the section and "≡" under the site name are chrome', () => {
    const a = read(['NLĐO', 'Công đoàn', TITLE, '23-06-2015 - 21:12 | LÊ PHONG', LEAD, P1]).fields;
    expect(a).toMatchObject({ section: 'Công đoàn', title: TITLE, lead: LEAD, published: '2015-06-23T21:12:00+07:00' });
    expect(a.byline?.authors).toEqual(['LÊ PHONG']);
    const b = read(['Tuổi Trẻ Online', '≡', 'Thời sự', TITLE, '18/05/2018 10:45 GMT+7', LEAD, P1]).fields;
    expect(b).toMatchObject({ section: 'Thời sự', title: TITLE, lead: LEAD, published: '2018-05-18T10:45:00+07:00' });
  });

  it('traps: an agency ("TTXVN") or an acronym of six letters ("UNESCO") is no online mark; a sentence with "≡" is text', () => {
    expect(['NLĐO', 'HNMO', 'TTO'].map(isOutletName)).toEqual([true, true, false]);
    expect(['TTXVN', 'UNESCO', 'VnExpress Online', 'Báo Dân trí', 'Báo Mới nhất', 'Thanh Hà'].map(isOutletName)).toEqual([false, false, true, true, false, false]);
    const p = 'Ký hiệu ≡ trên điện thoại là nút mở danh mục của trang báo.';
    expect(read(['Xã hội', TITLE, '', LEAD, '', p]).fields.paragraphs).toEqual([p]);
  });
});

describe('two sections parted by a bar above the date and title', () => {
  it('"Thời sự | Chính trị" is a breadcrumb: its first level is the section', () => {
    const { fields } = read(['VietNamNet', 'Thời sự | Chính trị', '05/12/2016 06:00 GMT+7', '', TITLE, '', LEAD, '', P1]);
    expect(fields).toMatchObject({ section: 'Thời sự', title: TITLE, lead: LEAD, paragraphs: [P1] });
  });

  it('traps: a row with a button ("Đăng nhập | Đăng ký", "Thời sự | Chia sẻ") stays chrome; three sections are a menu', () => {
    for (const row of ['Đăng nhập | Đăng ký', 'Thời sự | Chia sẻ', 'Thời sự | Thế giới | Kinh doanh']) {
      const { fields } = read([row, 'Xã hội', '', TITLE, '', LEAD, '', P1]);
      expect(fields, row).toMatchObject({ section: 'Xã hội', title: TITLE, lead: LEAD, paragraphs: [P1] });
    }
  });
});

describe('a longer section name opening the text past the masthead, date lines between it and the title', () => {
  it('"Hoạt động của lãnh đạo Chính phủ" under the paper\'s name, above the date line and title, is the section', () => {
    const section = 'Hoạt động của lãnh đạo Chính phủ';
    const { fields } = read(['Báo Điện tử Chính phủ', section, '17/08/2012 | 15:20', '', TITLE, '', LEAD, '', P1]);
    expect(fields).toMatchObject({ section, title: TITLE, lead: LEAD, paragraphs: [P1], published: '2012-08-17T15:20:00+07:00' });
  });

  it('traps: under a byline read above it, or capitalised as a headline, the line is no section', () => {
    const kicker = 'Phó Thủ tướng Nguyễn Thiện Nhân làm việc với Đồng Tháp';
    expect(read(['Báo Điện tử Chính phủ', kicker, '17/08/2012 | 15:20', '', LEAD, '', P1]).fields).toMatchObject({ section: null, title: kicker });
    const { fields } = read(['Thanh Hà | 17/08/2012 15:20', 'Tin tức của các bộ ngành địa phương', TITLE, '', LEAD, '', P1]);
    expect(fields.section).not.toBe('Tin tức của các bộ ngành địa phương');
  });
});

describe("an old page's buttons under the signature", () => {
  it('"Gửi bạn bè  In bài" (two buttons on one line) is chrome; the signature above it signs', () => {
    const { fields } = read(['Xã hội', TITLE, '', LEAD, '', P1, '', 'Đức Tuân', '', 'Gửi bạn bè  In bài']);
    expect(fields.paragraphs).toEqual([P1]);
    expect(fields.byline?.authors).toEqual(['Đức Tuân']);
  });

  it('trap: a sentence opening with the words stays text', () => {
    const p = 'Gửi bạn bè ở quê những món quà Tết, chị Lan chọn đặc sản Đà Lạt.';
    expect(read(['Xã hội', TITLE, '', LEAD, '', P1, '', p]).fields.paragraphs).toEqual([P1, p]);
  });
});
