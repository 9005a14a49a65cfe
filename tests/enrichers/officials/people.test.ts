/**
 * The patterns of the issue "Named officials", each with the real kind of sentence it
 * comes from, and the traps: organisations, places, sentence-initial capitals, a
 * person without a title, the author.
 */
import { describe, expect, it } from 'vitest';
import type { Official } from '../../../src/model/article.js';
import type { Block } from '../../../src/model/blocks.js';
import { findOfficials } from '../../../src/enrichers/officials/people.js';

const para = (text: string, index = 0): Block => ({ in: 'paragraph', index, text });
const officials = (texts: string[], authors: string[] = []): Official[] =>
  findOfficials(texts.map((t, k) => para(t.normalize('NFC'), k)), authors);
const table = (texts: string[], authors: string[] = []): Record<string, string[]> =>
  Object.fromEntries(officials(texts, authors).map((o) => [o.name, o.titles]));

describe('patterns', () => {
  it('"đồng chí X, T1, T2, T3" — titles after the name, up to the verb', () => {
    expect(table(['Đồng chí Trần Cẩm Tú, Ủy viên Bộ Chính trị, Thường trực Ban Bí thư, Trưởng Đoàn kiểm tra chủ trì hội nghị.'])).toEqual({
      'Trần Cẩm Tú': ['Ủy viên Bộ Chính trị', 'Thường trực Ban Bí thư', 'Trưởng Đoàn kiểm tra'],
    });
  });

  it('"T X" — a title right before the name', () => {
    expect(table(['Thủ tướng Phạm Minh Chính và Tổng Bí thư Tô Lâm dự lễ.'])).toEqual({
      'Phạm Minh Chính': ['Thủ tướng'],
      'Tô Lâm': ['Tổng Bí thư'],
    });
    expect(table(['Bộ trưởng Tài chính Hồ Đức Phớc thừa nhận mức giảm trừ còn thấp.'])).toEqual({ 'Hồ Đức Phớc': ['Bộ trưởng Tài chính'] });
  });

  it('"ông/bà X, T" and "X - T -" and "X (T)" and "X là T"', () => {
    expect(table(['Theo bà Nguyễn Hồng Trang, Giám đốc Đại lý thuế Linh Phong, hộ kinh doanh cần ghi chép.'])).toEqual({
      'Nguyễn Hồng Trang': ['Giám đốc Đại lý thuế Linh Phong'],
    });
    expect(table(['Ông Tống Anh Linh - Giám đốc tài chính của CTCP Tập đoàn Tiên Sơn Thanh Hóa - đã dùng 30 tài khoản.'])).toEqual({
      'Tống Anh Linh': ['Giám đốc tài chính của CTCP Tập đoàn Tiên Sơn Thanh Hóa'],
    });
    expect(table(['Ông Lê Văn Bình (Chủ tịch UBND huyện Cần Giờ) cho biết.'])).toEqual({ 'Lê Văn Bình': ['Chủ tịch UBND huyện Cần Giờ'] });
    expect(table(['Được biết, ông Tống Anh Linh là giám đốc tài chính của CTCP Tập đoàn Tiên Sơn Thanh Hóa.'])).toEqual({
      'Tống Anh Linh': ['giám đốc tài chính của CTCP Tập đoàn Tiên Sơn Thanh Hóa'],
    });
  });

  it('lists: "các đồng chí: X, T; Y, T" and "T là X, Y và Z"', () => {
    expect(table(['Dự có các đồng chí: Nguyễn Văn An, Bí thư Tỉnh ủy; Trần Thị Bích, Chủ tịch HĐND tỉnh.'])).toEqual({
      'Nguyễn Văn An': ['Bí thư Tỉnh ủy'],
      'Trần Thị Bích': ['Chủ tịch HĐND tỉnh'],
    });
    expect(table(['Ban lãnh đạo gồm Tổng giám đốc Nguyễn Đức Lợi và 4 Phó tổng giám đốc là Ngô Hà Thái, Nguyễn Hoài Dương và Đinh Đăng Quang.'])).toEqual({
      'Nguyễn Đức Lợi': ['Tổng giám đốc'],
      'Ngô Hà Thái': ['Phó tổng giám đốc'],
      'Nguyễn Hoài Dương': ['Phó tổng giám đốc'],
      'Đinh Đăng Quang': ['Phó tổng giám đốc'],
    });
  });

  it('"T1, T2 X" — several titles before the name', () => {
    expect(table(['Sáng 30/10, Phó thủ tướng, Bộ trưởng Bộ Ngoại giao Phạm Bình Minh đã đón đoàn.'])).toEqual({
      'Phạm Bình Minh': ['Phó thủ tướng', 'Bộ trưởng Bộ Ngoại giao'],
    });
  });

  it('appointments: "bổ nhiệm X và Y giữ chức T", "X được bầu làm T", "chức vụ T … đối với ông X"', () => {
    expect(table(['Thủ tướng Chính phủ Nguyễn Xuân Phúc bổ nhiệm Thượng tướng Lê Huy Vịnh và Trung tướng Võ Minh Lương giữ chức Thứ trưởng Bộ Quốc phòng.'])).toEqual({
      'Nguyễn Xuân Phúc': ['Thủ tướng Chính phủ'],
      'Lê Huy Vịnh': ['Thượng tướng', 'Thứ trưởng Bộ Quốc phòng'],
      'Võ Minh Lương': ['Trung tướng', 'Thứ trưởng Bộ Quốc phòng'],
    });
    expect(table(['Đồng chí Phạm Minh Chính được bầu làm Thủ tướng Chính phủ.'])).toEqual({ 'Phạm Minh Chính': ['Thủ tướng Chính phủ'] });
    expect(table(['Thủ tướng phê chuẩn kết quả miễn nhiệm chức vụ Phó Chủ tịch UBND tỉnh Sơn La, nhiệm kỳ 2016 - 2021 đối với ông Bùi Đức Hải để nghỉ hưu.'])).toEqual({
      'Bùi Đức Hải': ['Phó Chủ tịch UBND tỉnh Sơn La'],
    });
  });

  it('"X làm T" and "X giữ chức T" without an appointment: only the name right before', () => {
    expect(table(['Đoàn công tác do Phó Tổng cục trưởng Phạm Đức Luận làm Trưởng đoàn đã đi kiểm tra.'])).toEqual({
      'Phạm Đức Luận': ['Phó Tổng cục trưởng', 'Trưởng đoàn'],
    });
    expect(table(['Ông Nguyễn Văn Nam cùng ông Trần Văn Bình giữ chức Giám đốc Sở Y tế.'])).toEqual({ 'Trần Văn Bình': ['Giám đốc Sở Y tế'] });
    expect(table(['Ông Vương Đình Huệ thôi giữ chức Chủ tịch Quốc hội.'])).toEqual({ 'Vương Đình Huệ': ['Chủ tịch Quốc hội'] });
  });

  it('"Trợ lý đồng chí X" is the assistant\'s title, not X\'s', () => {
    expect(table(['Ông Nguyễn Văn Hòa, Trợ lý đồng chí Tô Lâm, cho biết.'])).toEqual({ 'Nguyễn Văn Hòa': ['Trợ lý đồng chí Tô Lâm'] });
  });

  it('names against bodies and places that share their words', () => {
    expect(table(['Ông Nguyễn Hồng Diên, Bộ trưởng Bộ Công Thương, cho hay.'])).toEqual({ 'Nguyễn Hồng Diên': ['Bộ trưởng Bộ Công Thương'] });
    expect(table(['Chủ tịch UBND tỉnh Lê Văn Dũng cho biết.'])).toEqual({ 'Lê Văn Dũng': ['Chủ tịch UBND tỉnh'] });
    expect(table(['Chánh án TAND tối cao Nguyễn Hòa Bình phát biểu.'])).toEqual({ 'Nguyễn Hòa Bình': ['Chánh án TAND tối cao'] });
    expect(table(['Tổng Giám đốc Vietcombank Nguyễn Thanh Tùng cho biết.'])).toEqual({ 'Nguyễn Thanh Tùng': ['Tổng Giám đốc Vietcombank'] });
    expect(table(['Theo ông Lê Đăng Doanh, nguyên Viện trưởng Viện Nghiên cứu Quản lý kinh tế Trung ương, lạm phát tăng.'])).toEqual({
      'Lê Đăng Doanh': ['nguyên Viện trưởng Viện Nghiên cứu Quản lý kinh tế Trung ương'],
    });
  });

  it('bodies whose second syllable is lower case ("Ban Tổ chức Trung ương")', () => {
    expect(table(['Phó trưởng ban Thường trực Ban Tổ chức Trung ương Hoàng Đăng Quang phát biểu.'])).toEqual({
      'Hoàng Đăng Quang': ['Phó trưởng ban Thường trực Ban Tổ chức Trung ương'],
    });
  });

  it('titles with places and bodies, and a former post keeps "nguyên" or "cựu"', () => {
    expect(table(['Bí thư Tỉnh ủy Quảng Ninh Nguyễn Xuân Ký và Chủ tịch UBND TP Hà Nội Trần Sỹ Thanh cùng dự.'])).toEqual({
      'Nguyễn Xuân Ký': ['Bí thư Tỉnh ủy Quảng Ninh'],
      'Trần Sỹ Thanh': ['Chủ tịch UBND TP Hà Nội'],
    });
    expect(table(['Ông Trịnh Văn Quyết, nguyên Chủ tịch Tập đoàn FLC, bị truy tố.'])).toEqual({ 'Trịnh Văn Quyết': ['nguyên Chủ tịch Tập đoàn FLC'] });
    expect(table(['Cựu Bộ trưởng Bộ Công thương Vũ Huy Hoàng bị khởi tố.'])).toEqual({ 'Vũ Huy Hoàng': ['Cựu Bộ trưởng Bộ Công thương'] });
    expect(table(['Bí thư Tỉnh ủy Hà Giang Nguyễn Mạnh Dũng phát biểu.'])).toEqual({ 'Nguyễn Mạnh Dũng': ['Bí thư Tỉnh ủy Hà Giang'] });
  });

  it('an institution named after a person or a place is part of the title', () => {
    expect(table(['Bà Nguyễn Thị Hương, Giám đốc Bệnh viện Bạch Mai, cho biết.'])).toEqual({
      'Nguyễn Thị Hương': ['Giám đốc Bệnh viện Bạch Mai'],
    });
    expect(table(['Giám đốc Bệnh viện Bạch Mai Đào Xuân Cơ phát biểu.'])).toEqual({ 'Đào Xuân Cơ': ['Giám đốc Bệnh viện Bạch Mai'] });
    expect(table(['Hiệu trưởng Trường THPT Nguyễn Huệ Lê Văn Cường trao thưởng.'])).toEqual({
      'Lê Văn Cường': ['Hiệu trưởng Trường THPT Nguyễn Huệ'],
    });
  });

  it('foreign names after a country, and a foreign-looking name after a body', () => {
    expect(table(['Tổng thống Mỹ Donald Trump gặp Đại sứ Trung Quốc Hùng Ba.'])).toEqual({
      'Donald Trump': ['Tổng thống Mỹ'],
      'Hùng Ba': ['Đại sứ Trung Quốc'],
    });
    expect(table(['Chủ tịch Hạ viện Australia Tony Smith và Chủ tịch Thượng viện Scott Ryan chủ trì.'])).toEqual({
      'Tony Smith': ['Chủ tịch Hạ viện Australia'],
      'Scott Ryan': ['Chủ tịch Thượng viện'],
    });
    expect(table(['Chủ tịch Hạ viện Nhật Bản Nukaga Fukushiro hội đàm.'])).toEqual({ 'Nukaga Fukushiro': ['Chủ tịch Hạ viện Nhật Bản'] });
    expect(table(['Bà Ursula von der Leyen, Chủ tịch Ủy ban châu Âu, nhấn mạnh.'])).toEqual({ 'Ursula von der Leyen': ['Chủ tịch Ủy ban châu Âu'] });
    expect(table(['Tổng thống nước Cộng hòa Ả-rập Ai Cập Abdel Fattah Al Sisi; Quốc vương Vương quốc Eswatini Mswati III gửi điện.'])).toEqual({
      'Abdel Fattah Al Sisi': ['Tổng thống nước Cộng hòa Ả-rập Ai Cập'],
      'Mswati III': ['Quốc vương Vương quốc Eswatini'],
    });
  });

  it('ranks are titles; academic prefixes and term qualifiers are not part of anything', () => {
    expect(table(['Đại tá Nguyễn Đình Hưng, Trưởng phòng Cảnh sát hình sự, cho biết.'])).toEqual({
      'Nguyễn Đình Hưng': ['Đại tá', 'Trưởng phòng Cảnh sát hình sự'],
    });
    expect(table(['PGS.TS Lê Văn Khoa, Hiệu trưởng Trường Đại học Y Hà Nội, phát biểu.'])).toEqual({
      'Lê Văn Khoa': ['Hiệu trưởng Trường Đại học Y Hà Nội'],
    });
    expect(table(['Ông Lê Văn Thành, Bí thư Thành ủy Hải Phòng khóa XV, nhiệm kỳ 2020-2025 phát biểu.'])).toEqual({
      'Lê Văn Thành': ['Bí thư Thành ủy Hải Phòng'],
    });
  });

  it('names in capitals (captions) and NFD / old-style tone marks are the same person', () => {
    const found = officials(['Bí thư Tỉnh ủy NGUYỄN VĂN THUỶ phát biểu.', 'Ông Nguyễn Văn Thủy, Bí thư Tỉnh ủy Bình Định, cho biết.'.normalize('NFD')]);
    expect(found.map((o) => o.name)).toEqual(['Nguyễn Văn Thuỷ']);
    expect(found[0]!.titles).toEqual(['Bí thư Tỉnh ủy Bình Định']);
  });
});

describe('each post once, in its fullest print', () => {
  it('an abbreviated or shortened repeat is the same title', () => {
    expect(
      table([
        'Cùng dự có đồng chí Nghiêm Phú Cường, Phó chủ nhiệm Ủy ban Kiểm tra Trung ương.',
        'Đồng chí Nghiêm Phú Cường, Phó Chủ nhiệm UBKT Trung ương thông báo kết quả.',
        'Đồng chí Lê Tiến Châu, Bí thư Thành ủy Hải Phòng phát biểu. Đồng chí Lê Tiến Châu, Bí thư Thành ủy tiếp thu.',
      ]),
    ).toEqual({
      'Nghiêm Phú Cường': ['Phó chủ nhiệm Ủy ban Kiểm tra Trung ương'],
      'Lê Tiến Châu': ['Bí thư Thành ủy Hải Phòng'],
    });
  });

  it('"Phó Chủ tịch tỉnh Sơn La" is covered by "Phó Chủ tịch UBND tỉnh Sơn La"; "Bí thư" is not "Phó Bí thư"', () => {
    expect(table(['Ông Lê Hồng Minh, Phó Chủ tịch UBND tỉnh Sơn La, dự họp.', 'Ông Lê Hồng Minh - tân Phó Chủ tịch tỉnh Sơn La.'])).toEqual({
      'Lê Hồng Minh': ['Phó Chủ tịch UBND tỉnh Sơn La'],
    });
    expect(table(['Bà Nguyễn Hương Giang, Phó Bí thư Tỉnh ủy, Bí thư Thành ủy Bắc Ninh, phát biểu.'])).toEqual({
      'Nguyễn Hương Giang': ['Phó Bí thư Tỉnh ủy', 'Bí thư Thành ủy Bắc Ninh'],
    });
  });
});

describe('real sentences that went wrong (news pages, 2026-11)', () => {
  it('"Ban Chấp hành Trung ương Đảng", "Bộ đội biên phòng", "Nội bộ" stay whole in a title', () => {
    expect(table(['Đồng chí Dương Văn Trang - Ủy viên Ban Chấp hành Trung ương Đảng, Bí thư Tỉnh ủy, Chủ tịch Hội đồng nhân dân tỉnh phát biểu.'])).toEqual({
      'Dương Văn Trang': ['Ủy viên Ban Chấp hành Trung ương Đảng', 'Bí thư Tỉnh ủy', 'Chủ tịch Hội đồng nhân dân tỉnh'],
    });
    // The post after ", giữ chức" is the subject's too ("Ông Vũ Quang Tiến, tái đắc cử …").
    expect(table(['Trung tướng Võ Trọng Việt, Ủy viên Trung ương Đảng, Tư lệnh Bộ đội biên phòng, giữ chức Thứ trưởng.'])).toEqual({
      'Võ Trọng Việt': ['Trung tướng', 'Ủy viên Trung ương Đảng', 'Tư lệnh Bộ đội biên phòng', 'Thứ trưởng'],
    });
    expect(table(['Đại tá Trần Tiến Đạt, Trưởng Phòng an ninh Chính trị Nội bộ công an tỉnh Đồng Nai dự họp.'])).toEqual({
      'Trần Tiến Đạt': ['Đại tá', 'Trưởng Phòng an ninh Chính trị Nội bộ công an tỉnh Đồng Nai'],
    });
  });

  it('"T là [rank] X": both titles go to the name after "là", not to the name before the comma', () => {
    expect(table(['Bộ trưởng Bộ Quốc phòng là Đại tướng Phùng Quang Thành, Chủ nhiệm Tổng cục Chính trị là Thượng tướng Ngô Xuân Lịch.'])).toEqual({
      'Phùng Quang Thành': ['Bộ trưởng Bộ Quốc phòng', 'Đại tướng'],
      'Ngô Xuân Lịch': ['Chủ nhiệm Tổng cục Chính trị', 'Thượng tướng'],
    });
  });

  it('"UBMTTQVN" is "UBMTTQ Việt Nam": one title; "Giám đốc trung tâm …" is whole', () => {
    expect(table(['Ông Lê Văn An, Phó Chủ tịch UBMTTQVN tỉnh, dự họp.', 'Ông Lê Văn An, Phó Chủ tịch UBMTTQ Việt Nam tỉnh phát biểu.'])).toEqual({
      'Lê Văn An': ['Phó Chủ tịch UBMTTQ Việt Nam tỉnh'],
    });
    expect(table(['Bác sĩ Tô Đức Sinh - Giám đốc trung tâm Y tế dự phòng tỉnh Bình Phước cho biết.'])).toEqual({
      'Tô Đức Sinh': ['Giám đốc trung tâm Y tế dự phòng tỉnh Bình Phước'],
    });
  });

  it('a plural, counted, ordinal or office-name title is no one\'s mention', () => {
    const texts = [
      'Đại tá Vũ Hồng Văn, Giám đốc Công an tỉnh, và Đồng chí Trần Cẩm Tú, Ủy viên Bộ Chính trị, dự họp.',
      'Công an tỉnh có 1 Giám đốc và 4 Phó Giám đốc.',
      'Hội nghị có các Ủy viên Bộ Chính trị tham dự.',
      'Giám đốc đầu tiên của Công an tỉnh đã nghỉ hưu; Đại tướng thứ hai là ai?',
      'Văn phòng Ủy viên Bộ Chính trị gửi công văn.',
    ];
    const found = officials(texts);
    expect(found.flatMap((o) => o.mentions.map((m) => m.index))).toEqual([0, 0]);
  });

  it('a district named like a person is a place: "Bí thư Huyện ủy Châu Thành"', () => {
    expect(table(['Dự họp có ông Trần Anh Dũng (Chánh Văn phòng UBND tỉnh) và bà Đặng Thị Phương (Bí thư Huyện ủy Châu Thành).'])).toEqual({
      'Trần Anh Dũng': ['Chánh Văn phòng UBND tỉnh'],
      'Đặng Thị Phương': ['Bí thư Huyện ủy Châu Thành'],
    });
  });

  it('a people\'s council delegate is an official: "Đại biểu HĐND tỉnh"', () => {
    expect(table(['Bà Ngô Thị Thu, Đại biểu HĐND tỉnh, phát biểu.'])).toEqual({ 'Ngô Thị Thu': ['Đại biểu HĐND tỉnh'] });
  });

  it('a middle initial stays in a foreign name: "Marc E. Knapper"', () => {
    expect(table(['Đại sứ Marc E. Knapper và đông đảo cán bộ dự lễ.'])).toEqual({ 'Marc E. Knapper': ['Đại sứ'] });
  });

  it('"T - ông X": a title, a dash, then the name with its honorific; not a title a name before it already has', () => {
    expect(table(['Đại sứ Mỹ tại Việt Nam - ông Daniel J. Kritenbrink phát biểu.'])).toEqual({ 'Daniel J. Kritenbrink': ['Đại sứ Mỹ tại Việt Nam'] });
    expect(table(['Ông Lê Văn Bình - Giám đốc Sở Y tế - ông Trần Văn An cùng dự.'])).toEqual({ 'Lê Văn Bình': ['Giám đốc Sở Y tế'] });
  });
});

describe('real sentences that went wrong, round 2 (courts, business, mass organisations)', () => {
  it('"Sở TN&MT", "Tỉnh Đoàn", "Tổng cục Thể dục Thể thao" stay whole in a title (its bracketed abbreviation is a gloss: round 39)', () => {
    expect(table(['Hoàng Quốc Việt – Tỉnh ủy viên, Giám đốc Sở TN&MT; Thái Văn Nông – Phó Giám đốc Sở TN&MT dự họp.'])).toEqual({
      'Hoàng Quốc Việt': ['Tỉnh ủy viên', 'Giám đốc Sở TN&MT'],
      'Thái Văn Nông': ['Phó Giám đốc Sở TN&MT'],
    });
    expect(table(['Phát biểu tại buổi lễ, Phó Bí thư Tỉnh Đoàn Giáp Xuân Cảnh nhấn mạnh.'])).toEqual({ 'Giáp Xuân Cảnh': ['Phó Bí thư Tỉnh Đoàn'] });
    expect(table(['Phó tổng cục trưởng Tổng cục Thể dục Thể thao (TDTT) Trịnh Ngọc Chữ đã trúng cử.'])).toEqual({
      'Trịnh Ngọc Chữ': ['Phó tổng cục trưởng Tổng cục Thể dục Thể thao'],
    });
  });

  it('"Đ/c" is an honorific, "TUV" a title; "T - X" also without an honorific for a Vietnamese name', () => {
    expect(table(['Đ/c Phan Xuân Quang, TUV, Chủ tịch LĐLĐ tỉnh phát biểu.'])).toEqual({ 'Phan Xuân Quang': ['TUV', 'Chủ tịch LĐLĐ tỉnh'] });
    expect(table(['Phó Chủ tịch UBND tỉnh - Nguyễn Văn Sơn nêu rõ.'])).toEqual({ 'Nguyễn Văn Sơn': ['Phó Chủ tịch UBND tỉnh'] });
  });

  it('"kiêm" joins two titles, before a name, after one, and after an appointment', () => {
    expect(table(['Phó Thủ tướng kiêm Bộ trưởng Ngoại giao Phạm Bình Minh dự họp.'])).toEqual({ 'Phạm Bình Minh': ['Phó Thủ tướng', 'Bộ trưởng Ngoại giao'] });
    expect(table(['Ông Phan Đức Tú là Ủy viên HĐQT kiêm Tổng Giám đốc BIDV.'])).toEqual({ 'Phan Đức Tú': ['Ủy viên HĐQT', 'Tổng Giám đốc BIDV'] });
    expect(table(['Bổ nhiệm ông Nguyễn Văn An giữ chức Giám đốc Sở Y tế kiêm Chủ tịch Hội đồng.'])).toEqual({
      'Nguyễn Văn An': ['Giám đốc Sở Y tế', 'Chủ tịch Hội đồng'],
    });
  });

  it('"ông Tú là T" after "Phan Đức Tú" is the same person: one official, its mentions once each', () => {
    const [tu, ...others] = officials(['Ông Phan Đức Tú phát biểu.', 'Hiện nay ông Tú là Tổng Giám đốc BIDV.']);
    expect(others).toEqual([]);
    expect(tu!.name).toBe('Phan Đức Tú');
    expect(tu!.titles).toEqual(['Tổng Giám đốc BIDV']);
    expect(tu!.mentions.map((m) => [m.index, m.text])).toEqual([
      [0, 'Phan Đức Tú'],
      [1, 'Tú'],
    ]);
  });

  it('"Tổng thống Biden" is no mention of the article\'s one "Tổng thống"; "PGS, TS" and "GS -TS" are prefixes', () => {
    const [yoon] = officials(['Tổng thống Yoon Suk Yeol phát biểu.', 'Tổng thống Biden đã củng cố vị thế. Tổng thống nói thêm.']);
    expect(yoon!.mentions.map((m) => m.text)).toEqual(['Yoon Suk Yeol', 'Tổng thống']);
    expect(table(['Ông Long làm việc với PGS, TS Trần Minh Điển, Giám đốc Bệnh viện Nhi Trung ương.'])).toEqual({
      'Trần Minh Điển': ['Giám đốc Bệnh viện Nhi Trung ương'],
    });
    expect(table(['Vị Đại tướng thứ 4 là GS -TS Tô Lâm, Bộ trưởng Bộ Công an.'])).toEqual({ 'Tô Lâm': ['Bộ trưởng Bộ Công an'] });
  });

  it('a Vietnamese syllable after "Việt Nam" that starts a compound is no foreign name: "Giám đốc Việt Nam Công an vụ"', () => {
    expect(table(['Cụ giữ chức Giám đốc Việt Nam Công an vụ từ 1946.'])).toEqual({});
    expect(table(['Đại sứ Mỹ Knapper phát biểu.'])).toEqual({ Knapper: ['Đại sứ Mỹ'] });
  });

  it('a title after an appointment or post word is the office, not a mention of its holder', () => {
    const found = officials(['Chủ tịch nước Trần Đại Quang tuyên thệ.', 'Quốc hội biểu quyết thông qua Nghị quyết bầu Chủ tịch nước.']);
    expect(found.flatMap((o) => o.mentions.map((m) => m.index))).toEqual([0]);
  });

  it('a title does not run on over "thay ông" into the next name; "100% Ủy viên", "Chủ tịch … cấp huyện" are no one\'s', () => {
    expect(table(['Ông Bùi Xuân Khu, Chủ tịch Vietbank thay ông Dương Ngọc Hoà, phát biểu.'])).toEqual({ 'Bùi Xuân Khu': ['Chủ tịch Vietbank'] });
    const found = officials([
      'Bà Hà Thị Nga, Ủy viên Ban Chấp hành Trung ương Đảng, dự họp.',
      '100% Ủy viên Ban Chấp hành Trung ương Đảng có mặt đã biểu quyết.',
    ]);
    expect(found.flatMap((o) => o.mentions.map((m) => m.index))).toEqual([0]);
  });
});

describe('real sentences that went wrong, round 3 (one article from each major site)', () => {
  it('a passive appointment is its subject\'s, not every name of the sentence\'s', () => {
    expect(
      table(['Chủ tịch Quốc hội Trần Thanh Mẫn cho biết, ông Trần Cẩm Tú - Ủy viên Bộ Chính trị - được phân công giữ chức Thường trực Ban Bí thư.']),
    ).toEqual({ 'Trần Thanh Mẫn': ['Chủ tịch Quốc hội'], 'Trần Cẩm Tú': ['Ủy viên Bộ Chính trị', 'Thường trực Ban Bí thư'] });
    expect(table(['Ông Lê Văn An và ông Trần Văn Bình được bầu làm Phó Chủ tịch UBND tỉnh.'])).toEqual({
      'Lê Văn An': ['Phó Chủ tịch UBND tỉnh'],
      'Trần Văn Bình': ['Phó Chủ tịch UBND tỉnh'],
    });
  });

  it('"thừa ủy quyền của Chủ tịch nước, T X": the office after "của" is not X\'s; "lời mời của T X" still is', () => {
    expect(table(['Thừa ủy quyền của Chủ tịch nước, Phó Chủ nhiệm Văn phòng Chủ tịch nước Phạm Thanh Hà trao quyết định.'])).toEqual({
      'Phạm Thanh Hà': ['Phó Chủ nhiệm Văn phòng Chủ tịch nước'],
    });
    expect(table(['Chuyến thăm theo lời mời của Tổng thống Hàn Quốc Moon Jae-in.'])).toEqual({ 'Moon Jae-in': ['Tổng thống Hàn Quốc'] });
  });

  it('"Tiến sĩ", "Viện sĩ, Tiến sĩ" are prefixes before a name', () => {
    expect(table(['Viện sĩ, Tiến sĩ NGUYỄN HUY HIỆU, nguyên Ủy viên Trung ương Đảng, dự lễ.'])).toEqual({ 'Nguyễn Huy Hiệu': ['nguyên Ủy viên Trung ương Đảng'] });
  });

  it('the year of an event named in capitals is part of the post; a term of years is not', () => {
    expect(table(['Thứ trưởng Lê Văn An – Chủ tịch SOM APEC 2017 phát biểu khai mạc.'])).toEqual({ 'Lê Văn An': ['Thứ trưởng', 'Chủ tịch SOM APEC 2017'] });
    expect(table(['Ông Trần Văn Bình, Chủ tịch UBND tỉnh 2016-2021, dự lễ.'])).toEqual({ 'Trần Văn Bình': ['Chủ tịch UBND tỉnh'] });
  });

  it('numbered bodies keep their number; "Ban Chính sách, Chiến lược Trung ương" is one body', () => {
    expect(table(['Thiếu tướng Trương Mạnh Dũng, Tư lệnh Quân đoàn 1, dự lễ.'])).toEqual({ 'Trương Mạnh Dũng': ['Thiếu tướng', 'Tư lệnh Quân đoàn 1'] });
    expect(table(['Ông Nguyễn Thanh Nghị, Trưởng Ban Chính sách, Chiến lược Trung ương phát biểu.'])).toEqual({
      'Nguyễn Thanh Nghị': ['Trưởng Ban Chính sách, Chiến lược Trung ương'],
    });
  });
});

describe('real sentences that went wrong, round 4 (provincial papers and portals)', () => {
  it('"Phát triển nông thôn", "Bộ Chỉ huy", "chuyên trách" stay in the title; the next name keeps its own', () => {
    expect(
      table(['Bộ trưởng Bộ Công Thương Nguyễn Hồng Diên, Bộ trưởng Bộ Nông nghiệp và Phát triển nông thôn Lê Minh Hoan đồng chủ trì.']),
    ).toEqual({ 'Nguyễn Hồng Diên': ['Bộ trưởng Bộ Công Thương'], 'Lê Minh Hoan': ['Bộ trưởng Bộ Nông nghiệp và Phát triển nông thôn'] });
    expect(table(['Ông Nguyễn Thành Tâm, Chỉ huy trưởng Bộ Chỉ huy Quân sự (CHQS) tỉnh dự.'])).toEqual({
      'Nguyễn Thành Tâm': ['Chỉ huy trưởng Bộ Chỉ huy Quân sự (CHQS) tỉnh'],
    });
  });

  it('family names of the northern provinces ("Chẩu", "Ma"); "TVTU" is a title', () => {
    expect(table(['Các đồng chí: Chẩu Văn Lâm, Bí thư Tỉnh ủy; Ma Thị Thúy, Tỉnh ủy viên, Phó Trưởng đoàn chuyên trách Đoàn đại biểu Quốc hội tỉnh.'])).toEqual({
      'Chẩu Văn Lâm': ['Bí thư Tỉnh ủy'],
      'Ma Thị Thúy': ['Tỉnh ủy viên', 'Phó Trưởng đoàn chuyên trách Đoàn đại biểu Quốc hội tỉnh'],
    });
    // "X, T1, T2 làm trưởng đoàn": the delegation's head is a title the article gives (as the issue's "Trưởng Đoàn kiểm tra").
    expect(table(['Đồng chí Đinh Văn Điến, TVTU, Phó chủ tịch UBND tỉnh làm trưởng đoàn.'])).toEqual({ 'Đinh Văn Điến': ['TVTU', 'Phó chủ tịch UBND tỉnh', 'trưởng đoàn'] });
  });

  it('a name glued to its title by a dash ("Nghĩa-Ủy viên …"), as some papers print their lists', () => {
    expect(table(['Nguyễn Trọng Nghĩa-Ủy viên Bộ Chính trị, Bí thư Trung ương Đảng; Ngô Đông Hải-Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy dự.'])).toEqual({
      'Nguyễn Trọng Nghĩa': ['Ủy viên Bộ Chính trị', 'Bí thư Trung ương Đảng'],
      'Ngô Đông Hải': ['Ủy viên Trung ương Đảng', 'Bí thư Tỉnh ủy'],
    });
    expect(table(['Chủ tịch UBND tỉnh Bà Rịa-Vũng Tàu Nguyễn Văn Thọ dự.'])).toEqual({ 'Nguyễn Văn Thọ': ['Chủ tịch UBND tỉnh Bà Rịa-Vũng Tàu'] });
  });

  it('a comma before the same body again starts a new clause: "Chủ tịch UBND tỉnh, UBND tỉnh tổ chức …"', () => {
    expect(table(['Nguyễn Đức Trung - Phó Bí thư Tỉnh uỷ, Chủ tịch UBND tỉnh, UBND tỉnh tổ chức phiên họp.'])).toEqual({
      'Nguyễn Đức Trung': ['Phó Bí thư Tỉnh uỷ', 'Chủ tịch UBND tỉnh'],
    });
  });
});

describe('"Ông là …": a sentence opened by the pronoun gives its titles to the person last named', () => {
  it('in the same block or the next, when the pronoun fits', () => {
    expect(
      table(['Người thứ hai là ông Lê Hồng Anh. Ông sinh năm 1949, quê Kiên Giang.', 'Ông từng là Bộ trưởng Bộ Công an, Ủy viên Bộ Chính trị.']),
    ).toEqual({ 'Lê Hồng Anh': ['Bộ trưởng Bộ Công an', 'Ủy viên Bộ Chính trị'] });
    expect(table(['Tổng Bí thư Ban Chấp hành Trung ương Đảng Cộng sản Việt Nam Tô Lâm dự lễ.'])).toEqual({
      'Tô Lâm': ['Tổng Bí thư Ban Chấp hành Trung ương Đảng Cộng sản Việt Nam'],
    });
  });

  it('not for a "bà" after an "ông", nor two blocks later, nor a pronoun inside a sentence', () => {
    expect(table(['Ông Lê Văn Nam dự lễ.', 'Bà là Giám đốc Sở Y tế.'])).toEqual({});
    expect(table(['Ông Lê Văn Nam dự lễ.', 'Trời mưa.', 'Ông là Giám đốc Sở Y tế.'])).toEqual({});
    expect(table(['Ông Lê Văn Nam dự lễ và gặp ông là Giám đốc Sở Y tế.'])).toEqual({});
  });
});

describe('mentions', () => {
  it('every mention with offsets: full name, given name after an honorific, title alone', () => {
    const [tu] = officials([
      'Đồng chí Trần Cẩm Tú, Thường trực Ban Bí thư phát biểu.',
      'Thường trực Ban Bí thư đề nghị Hải Phòng xây dựng kịch bản tăng trưởng.',
      'Đồng chí Tú nhấn mạnh yêu cầu.',
    ]);
    expect(tu!.mentions.map((m) => [m.index, m.start, m.end, m.text])).toEqual([
      [0, 9, 20, 'Trần Cẩm Tú'],
      [1, 0, 22, 'Thường trực Ban Bí thư'],
      [2, 9, 11, 'Tú'],
    ]);
  });

  it('a capitalised word inside a title is not a short mention: "Thủ tướng Chính phủ" does not mention Phạm Minh Chính by "Chính"', () => {
    const [chinh] = officials(['Thủ tướng Chính phủ Phạm Minh Chính đến Thiên Tân.', 'Thủ tướng Chính phủ đã chủ trì lễ đón.']);
    expect(chinh!.mentions.map((m) => [m.index, m.text])).toEqual([
      [0, 'Phạm Minh Chính'],
      [1, 'Thủ tướng Chính phủ'],
    ]);
  });

  it('the last word of a title is still a short mention: "Tổng thống Putin"', () => {
    const [putin] = officials(['Tổng thống Nga Vladimir Putin tới Hà Nội.', 'Tổng thống Putin hội đàm với Tổng Bí thư.']);
    expect(putin!.mentions.map((m) => [m.index, m.text])).toEqual([
      [0, 'Vladimir Putin'],
      [1, 'Putin'],
    ]);
  });

  it('"Đại sứ quán" (an embassy) is not the title "Đại sứ"', () => {
    const [binh] = officials(['Có Đại sứ Việt Nam tại Trung Quốc Phạm Thanh Bình; cán bộ, nhân viên Đại sứ quán Việt Nam tại Trung Quốc.']);
    expect(binh!.mentions.map((m) => m.text)).toEqual(['Phạm Thanh Bình']);
    expect(officials(['Lãnh sự quán Mỹ tại TP.HCM và Tổng lãnh sự quán Nhật Bản thông báo.'])).toEqual([]);
  });

  it('a given name of two words is a mention: "bà Kim Tiến", "ông Xuân Phúc"', () => {
    const [tien, phuc] = officials([
      'Bộ trưởng Bộ Y tế Nguyễn Thị Kim Tiến và Chủ tịch nước Nguyễn Xuân Phúc dự lễ.',
      'Sau đó, bà Kim Tiến cho rằng không thể từ chức. Ông Xuân Phúc nói thêm.',
    ]);
    expect(tien!.mentions.map((m) => m.text)).toEqual(['Nguyễn Thị Kim Tiến', 'Kim Tiến']);
    expect(phuc!.mentions.map((m) => m.text)).toEqual(['Nguyễn Xuân Phúc', 'Xuân Phúc']);
    const two = officials(['Ông Nguyễn Văn Minh, Bộ trưởng, và ông Trần Văn Minh, Thứ trưởng, dự họp.', 'Ông Văn Minh phát biểu.']);
    expect(two.flatMap((o) => o.mentions.map((m) => m.index))).toEqual([0, 0]);
  });

  it('a given name shared by two officials is nobody\'s mention', () => {
    const found = officials(['Ông Lê Quốc Minh, Tổng biên tập; ông Phạm Bình Minh, Bộ trưởng, cùng dự.', 'Ông Minh cho biết.']);
    expect(found.flatMap((o) => o.mentions.map((m) => m.index))).toEqual([0, 0]);
  });
});

describe('traps: not officials', () => {
  it.each([
    ['an organisation', 'Ban Thường vụ Thành ủy Hải Phòng họp phiên thường kỳ.'],
    ['a place that starts with a family name', 'Đoàn công tác đến Hà Giang và Lâm Đồng.'],
    ['a sentence-initial capital', 'Trần nhà bị dột. Hồ Gươm lung linh.'],
    ['a person without a title', 'Ông Nguyễn Văn Nam, 45 tuổi, trú tại Hà Nội, cho biết.'],
    ['a person named only by profession', 'Bác sĩ Trần Văn Phúc khám cho bệnh nhân.'],
    ['a title with no name', 'Thủ tướng yêu cầu các bộ trưởng báo cáo.'],
    ['a company', 'Chủ tịch HĐQT Kim Oanh Group cho biết kế hoạch.'],
    ['a brand after a title', 'Tổng biên tập Báo điện tử VietnamPlus phát biểu.'],
  ])('%s', (_, text) => {
    expect(officials([text])).toEqual([]);
  });

  it('the author of the article', () => {
    expect(officials(['Phóng viên Vũ Ba, Trưởng ban Thời sự, ghi nhận.'], ['Vũ Ba'])).toEqual([]);
  });

  it('a title before another person\'s name is not the previous person\'s', () => {
    expect(table(['Đồng chí Nguyễn Xuân Phúc được bầu làm Chủ tịch nước, Thủ tướng Hà Lan Mark Rutte gửi điện mừng.'])).toEqual({
      'Nguyễn Xuân Phúc': ['Chủ tịch nước'],
      'Mark Rutte': ['Thủ tướng Hà Lan'],
    });
  });
});

describe('cost grows with the text, not with its square', () => {
  it('a 1.6 MB paragraph naming the same official 64,000 times', () => {
    // Quadratic before: each short mention was checked against every earlier mention (19 s).
    const text = 'Bộ trưởng Hồ Đức Phớc phát biểu. Ông Phớc nói thêm. '.repeat(32_000);
    const started = performance.now();
    const [phoc] = officials([text]);
    expect(phoc!.mentions).toHaveLength(64_000);
    expect(performance.now() - started).toBeLessThan(10_000);
  });

  it('9,600 different ministers, each followed by a minister named by title alone', () => {
    // Quadratic before: every bare title was compared with every minister's title (9 s).
    const given = ['An', 'Bình', 'Cường', 'Dũng', 'Hà', 'Hải', 'Hùng', 'Lan', 'Long', 'Mai', 'Nam', 'Phong', 'Quang', 'Sơn', 'Tâm', 'Thắng', 'Tú', 'Vinh', 'Xuân', 'Yến'];
    const sentences: string[] = [];
    for (const family of ['Nguyễn', 'Trần', 'Lê', 'Phạm']) {
      for (const middle of ['Văn', 'Thị', 'Đức', 'Minh', 'Quốc', 'Thanh']) {
        for (const a of given) for (const b of given) sentences.push(`Bộ trưởng Bộ Tài chính ${family} ${middle} ${a} ${b} phát biểu. Bộ trưởng Bộ Công an cho biết.`);
      }
    }
    const started = performance.now();
    expect(officials([sentences.join(' ')])).toHaveLength(9_600);
    expect(performance.now() - started).toBeLessThan(10_000);
  });
});

describe('East Asian names: family name first', () => {
  const mentions = (texts: string[]): Record<string, string[]> =>
    Object.fromEntries(officials(texts).map((o) => [o.name, o.mentions.map((m) => m.text)]));

  it('a Chinese name in Sino-Vietnamese is a name, so its title is not given to the next person', () => {
    expect(table(['Chủ tịch Tập Cận Bình và Thủ tướng Lý Cường đã tiếp Thủ tướng Phạm Minh Chính.'])).toEqual({
      'Tập Cận Bình': ['Chủ tịch'],
      'Lý Cường': ['Thủ tướng'],
      'Phạm Minh Chính': ['Thủ tướng'],
    });
  });

  it('"ông Tập", "Tổng thống Moon", "Thủ tướng Abe": the family name, printed first, names the person again', () => {
    expect(mentions(['Chủ tịch Trung Quốc Tập Cận Bình phát biểu.', 'Ông Tập nhấn mạnh quan hệ hai nước.'])).toEqual({
      'Tập Cận Bình': ['Tập Cận Bình', 'Tập'],
    });
    expect(mentions(['Tổng thống Hàn Quốc Moon Jae-in hội đàm với Thủ tướng Nhật Bản Abe Shinzo.', 'Tổng thống Moon và Thủ tướng Abe đồng tình.'])).toEqual({
      'Moon Jae-in': ['Moon Jae-in', 'Moon'],
      'Abe Shinzo': ['Abe Shinzo', 'Abe'],
    });
  });

  it('a foreign word after a title is a name, not the first syllable of a compound that takes the verb', () => {
    // "Bất | động sản" lets a capitalised syllable take lowercase ones; "Abe | đồng tình" must not.
    expect(table(['Thủ tướng Nhật Bản Abe Shinzo tới Hà Nội.', 'Thủ tướng Abe đồng tình.'])).toEqual({ 'Abe Shinzo': ['Thủ tướng Nhật Bản'] });
  });

  it('trap: a common Vietnamese family name alone is no short mention, and a given name still wins', () => {
    expect(mentions(['Bộ trưởng Nguyễn Văn Thắng phát biểu.', 'Ông Nguyễn cho biết thêm.'])).toEqual({ 'Nguyễn Văn Thắng': ['Nguyễn Văn Thắng'] });
    // "ông Lâm" is Tô Lâm's given name, not Lâm Văn Mẫn's family name.
    expect(mentions(['Tổng Bí thư Tô Lâm gặp Bí thư Tỉnh ủy Lâm Văn Mẫn.', 'Ông Lâm nhấn mạnh.'])).toEqual({
      'Tô Lâm': ['Tô Lâm', 'Lâm'],
      'Lâm Văn Mẫn': ['Lâm Văn Mẫn'],
    });
  });
});

describe('an age or birth year between the name and the title', () => {
  it('"(53 tuổi),", ", 55 tuổi,", "(SN 1970)", "(1962) -" stand for nothing: the title after them is the person\'s', () => {
    expect(table(['Ông Nguyễn Văn Trung (53 tuổi), Cục trưởng Cảnh sát giao thông; ông Lê Hồng Nam (54 tuổi), Giám đốc Công an TP HCM.'])).toEqual({
      'Nguyễn Văn Trung': ['Cục trưởng Cảnh sát giao thông'],
      'Lê Hồng Nam': ['Giám đốc Công an TP HCM'],
    });
    expect(table(['Ông Trần Văn Bình (SN 1970), Giám đốc Sở Tài chính, cho biết.'])).toEqual({ 'Trần Văn Bình': ['Giám đốc Sở Tài chính'] });
    expect(table(['Bị cáo Lê Văn An, 55 tuổi, Giám đốc Sở Xây dựng, khai rằng.'])).toEqual({ 'Lê Văn An': ['Giám đốc Sở Xây dựng'] });
    expect(table(['Ông Lê Văn An (1962) - Giám đốc Sở Xây dựng tỉnh Nghệ An.'])).toEqual({ 'Lê Văn An': ['Giám đốc Sở Xây dựng tỉnh Nghệ An'] });
  });

  it('inside a bracket that also holds the title, the age goes and the bracket stays: "(55 tuổi, nguyên Giám đốc …)"', () => {
    expect(table(['Bị cáo Lê Văn An (55 tuổi, nguyên Giám đốc Sở Xây dựng) khai rằng.'])).toEqual({ 'Lê Văn An': ['nguyên Giám đốc Sở Xây dựng'] });
  });

  it('an age with the person\'s home town goes whole: "(sinh năm 1975, quê Hà Tĩnh) hiện là T", "(SN 1970, trú tại …) - T"', () => {
    expect(table(['Ông Nguyễn Văn Hùng (sinh năm 1975, quê Hà Tĩnh) hiện là Giám đốc Sở Y tế.'])).toEqual({ 'Nguyễn Văn Hùng': ['Giám đốc Sở Y tế'] });
    expect(table(['Ông Lê Văn Ba (SN 1970, trú tại phường 5) - Chủ tịch UBND xã.'])).toEqual({ 'Lê Văn Ba': ['Chủ tịch UBND xã'] });
    // Trap: a bracket never closed is no aside.
    expect(table(['Ông Lê Văn Ba (SN 1970, trú tại phường 5. Chủ tịch UBND xã phát biểu.'])).toEqual({});
  });

  it('trap: a number in brackets after a name that is not an age or a year, and an age with no title after it', () => {
    expect(table(['Ông Lê Văn An (55 tuổi) trú tại xã Yên Hòa.'])).toEqual({});
    expect(table(['Bà Nguyễn Thị Mai (12 người), Giám đốc Sở Y tế, cho biết.'])).toEqual({});
  });
});

describe('term qualifiers and biographies', () => {
  it('a term qualifier inside a chain of titles does not end it: "khóa XII", "khóa X, XI, XII", "nhiệm kỳ 2020-2025"', () => {
    expect(table(['Ông Tất Thành Cang, nguyên Ủy viên T.Ư Đảng khóa XII, nguyên Phó bí thư Thành ủy TP.HCM, bị khởi tố.'])).toEqual({
      'Tất Thành Cang': ['nguyên Ủy viên T.Ư Đảng', 'nguyên Phó bí thư Thành ủy TP.HCM'],
    });
    expect(table(['Đồng chí Nguyễn Văn Minh, Bí thư Tỉnh ủy nhiệm kỳ 2020-2025, Trưởng Đoàn ĐBQH tỉnh phát biểu.'])).toEqual({
      'Nguyễn Văn Minh': ['Bí thư Tỉnh ủy', 'Trưởng Đoàn ĐBQH tỉnh'],
    });
  });

  it('a biography\'s entries after "là", separated by semicolons, with their years', () => {
    expect(table(['Ông Đinh La Thăng là Ủy viên T.Ư Đảng khóa X, XI, XII; Chủ tịch Tập đoàn Dầu khí Việt Nam (2005 - 2011); Bộ trưởng Bộ GTVT (2011 - 2016).'])).toEqual({
      'Đinh La Thăng': ['Ủy viên T.Ư Đảng', 'Chủ tịch Tập đoàn Dầu khí Việt Nam', 'Bộ trưởng Bộ GTVT'],
    });
    expect(table(['Dự có đồng chí Trần Thị Hằng, Ủy viên Ban Thường vụ Tỉnh ủy; Phó Chủ tịch Thường trực HĐND tỉnh; đồng chí Trần Thị Vân, Phó trưởng Đoàn ĐBQH tỉnh.'])).toEqual({
      'Trần Thị Hằng': ['Ủy viên Ban Thường vụ Tỉnh ủy', 'Phó Chủ tịch Thường trực HĐND tỉnh'],
      'Trần Thị Vân': ['Phó trưởng Đoàn ĐBQH tỉnh'],
    });
  });

  it('"từng giữ các chức vụ:", "kinh qua các chức vụ" open a biography\'s list', () => {
    expect(table(['Ông Hà Quang Trung từng giữ các chức vụ: Giám đốc Sở Tài chính tỉnh Điện Biên; Bí thư Thành ủy, Chủ tịch HĐND TP Điện Biên Phủ.'])).toEqual({
      'Hà Quang Trung': ['Giám đốc Sở Tài chính tỉnh Điện Biên', 'Bí thư Thành ủy', 'Chủ tịch HĐND TP Điện Biên Phủ'],
    });
    expect(table(['Ông Nguyễn Xuân Tạo, Giám đốc Bệnh viện đa khoa tỉnh Lâm Đồng cho biết.'])).toEqual({ 'Nguyễn Xuân Tạo': ['Giám đốc Bệnh viện đa khoa tỉnh Lâm Đồng'] });
  });

  it('trap: after a semicolon, a title that starts the next clause is not the person\'s', () => {
    expect(table(['Chủ tịch nước phong hàm Đại sứ bậc hai cho đồng chí Nguyễn Mạnh Cường, Thứ trưởng Bộ Ngoại giao; Đại sứ bậc một cho các đồng chí khác.'])).toEqual({
      // The rank conferred on him is his (a promotion); the next clause's rank is not.
      'Nguyễn Mạnh Cường': ['Đại sứ bậc hai', 'Thứ trưởng Bộ Ngoại giao'],
    });
  });
});

describe('posts and verbs from trial, company and election reports', () => {
  it('"phó phòng", "kế toán trưởng", "Thành viên Hội đồng thành viên", "Quốc vụ khanh", "Chánh tòa" are heads', () => {
    expect(table(['Bị cáo Bùi Văn Nam, cựu phó phòng Kế hoạch Văn phòng UBND tỉnh Thanh Hóa, khai rằng.'])).toEqual({
      'Bùi Văn Nam': ['cựu phó phòng Kế hoạch Văn phòng UBND tỉnh Thanh Hóa'],
    });
    expect(table(['Ông Đỗ Văn Hậu – Thành viên Hội đồng thành viên, Tổng giám đốc Tập đoàn Dầu khí Việt Nam phát biểu.'])).toEqual({
      'Đỗ Văn Hậu': ['Thành viên Hội đồng thành viên', 'Tổng giám đốc Tập đoàn Dầu khí Việt Nam'],
    });
    expect(table(['Đỗ Thị Thanh Thúy (nguyên Kế toán trưởng Tổng Công ty Sông Mã) bị tuyên phạt.'])).toEqual({
      'Đỗ Thị Thanh Thúy': ['nguyên Kế toán trưởng Tổng Công ty Sông Mã'],
    });
  });

  it('"tái đắc cử", "trúng cử", "lên làm" give the post to the name before them', () => {
    expect(table(['Ông Nguyễn Thành Phong tái đắc cử Chủ tịch UBND TP.HCM.'])).toEqual({ 'Nguyễn Thành Phong': ['Chủ tịch UBND TP.HCM'] });
    expect(table(['Sau đó, Nguyễn Hữu Tuấn lên làm Giám đốc Ban Quản lý dự án y tế trọng điểm.'])).toEqual({ 'Nguyễn Hữu Tuấn': ['Giám đốc Ban Quản lý dự án y tế trọng điểm'] });
  });

  it('trap: a title followed by "các" names the holders of many bodies, not one person', () => {
    const found = officials(['Bộ trưởng Lương Tam Quang chủ trì hội nghị.', 'Bộ trưởng yêu cầu Giám đốc Công an các tỉnh, thành phố triển khai ngay.']);
    expect(found.map((o) => [o.name, o.mentions.map((m) => m.text)])).toEqual([['Lương Tam Quang', ['Lương Tam Quang', 'Bộ trưởng']]]);
  });
});

describe('trial reports: former posts and lower-case titles', () => {
  it('"X cựu T" and "X nguyên T": a former post right after the name, with no comma', () => {
    expect(table(['Bị can Nguyễn Chiến Thắng cựu Giám đốc Ban Quản lý dự án y tế trọng điểm bị cáo buộc nhận tiền.'])).toEqual({
      'Nguyễn Chiến Thắng': ['cựu Giám đốc Ban Quản lý dự án y tế trọng điểm'],
    });
    expect(table(['Ông Nguyễn Văn Bình nguyên Chủ tịch UBND tỉnh Bình Dương bị khởi tố.'])).toEqual({ 'Nguyễn Văn Bình': ['nguyên Chủ tịch UBND tỉnh Bình Dương'] });
  });

  it('"hai cựu chủ tịch UBND TP Đà Nẵng là X và Y": a lower-case title before "là" and names', () => {
    expect(table(['Trong số này có hai cựu chủ tịch UBND TP Đà Nẵng là Trần Văn Minh và Văn Hữu Chiến.'])).toEqual({
      'Trần Văn Minh': ['cựu chủ tịch UBND TP Đà Nẵng'],
      'Văn Hữu Chiến': ['cựu chủ tịch UBND TP Đà Nẵng'],
    });
  });

  it('a cue word after a body is not part of its name ("Phó Giám đốc Sở | gồm …"); after a lower-case title, "gồm" lists no one', () => {
    expect(table(['Thành phần tham dự gồm: Phó Giám đốc Sở gồm Trần Văn Minh và Văn Hữu Chiến.'])).toEqual({
      'Trần Văn Minh': ['Phó Giám đốc Sở'],
      'Văn Hữu Chiến': ['Phó Giám đốc Sở'],
    });
    expect(table(['Thành phần tham dự gồm: phó giám đốc sở gồm Trần Văn Minh và Văn Hữu Chiến.'])).toEqual({});
  });
});

describe('names in syllables that look Vietnamese, after a head of state or a rank', () => {
  it('"Thủ tướng Hun Sen", "Thống tướng Tia Banh, Phó Thủ tướng, …"', () => {
    expect(table(['Thủ tướng Hun Sen tiếp đoàn.'])).toEqual({ 'Hun Sen': ['Thủ tướng'] });
    expect(table(['Ngài Thống tướng Tia Banh, Phó Thủ tướng, Bộ trưởng Bộ Quốc phòng tiếp đoàn.'])).toEqual({
      'Tia Banh': ['Thống tướng', 'Phó Thủ tướng', 'Bộ trưởng Bộ Quốc phòng'],
    });
  });

  it('traps: a body in capitals ("Thủ tướng Chính Phủ"), a country, and a Vietnamese name cut by a typo ("Nguyễn Văn hiến")', () => {
    expect(table(['Thủ tướng Chính Phủ chỉ đạo các bộ.'])).toEqual({});
    expect(table(['Thủ tướng Thái Lan Srettha Thavisin tới Hà Nội.'])).toEqual({ 'Srettha Thavisin': ['Thủ tướng Thái Lan'] });
    expect(table(['Đó là Thượng tướng Nguyễn Văn hiến (sinh năm 1954).'])).toEqual({});
  });
});

describe('title-alone mentions', () => {
  it('a membership many hold ("Đại biểu HĐND tỉnh", "Ủy viên") alone is no mention; a post ("Bộ trưởng") is', () => {
    const found = officials([
      'Ông Đoàn Minh Lý, Đại biểu HĐND tỉnh, Bộ trưởng Bộ Tư pháp phát biểu.',
      'Đại biểu HĐND tỉnh đã biểu quyết thông qua nghị quyết. Bộ trưởng đề nghị các sở khẩn trương.',
    ]);
    expect(found.map((o) => [o.name, o.mentions.map((m) => m.text)])).toEqual([['Đoàn Minh Lý', ['Đoàn Minh Lý', 'Bộ trưởng']]]);
  });
});

describe('local government reports', () => {
  it('"T, ông X": a capitalised title, a comma, then a name with its honorific', () => {
    expect(table(['Giám đốc Sở Y tế, bà Nguyễn Thị Lan cho biết như vậy.'])).toEqual({ 'Nguyễn Thị Lan': ['Giám đốc Sở Y tế'] });
    expect(table(['Thượng tướng, Viện sĩ, Tiến sĩ NGUYỄN HUY HIỆU, nguyên Thứ trưởng Bộ Quốc phòng.'])).toEqual({
      'Nguyễn Huy Hiệu': ['Thượng tướng', 'nguyên Thứ trưởng Bộ Quốc phòng'],
    });
  });

  it('traps: the end of an earlier name\'s chain, and someone else\'s office after "của", stay theirs', () => {
    expect(table(['Tại xã Bình Dân, ông Nguyễn Hữu Tiến, Bí thư Huyện ủy, Chủ tịch HĐND huyện, ông Phạm Viết Tuấn, Phó Chủ tịch HĐND huyện cùng dự.'])).toEqual({
      'Nguyễn Hữu Tiến': ['Bí thư Huyện ủy', 'Chủ tịch HĐND huyện'],
      'Phạm Viết Tuấn': ['Phó Chủ tịch HĐND huyện'],
    });
    expect(table(['Hồi âm câu hỏi của Đại biểu Quốc hội, bà Nguyễn Thị Kim Tiến, Bộ trưởng Y tế cho rằng.'])).toEqual({ 'Nguyễn Thị Kim Tiến': ['Bộ trưởng Y tế'] });
  });

  it('a committee\'s place right after it is a place, even named like a person: "Huyện ủy Lạc Dương", "Thành ủy Buôn Ma Thuột"', () => {
    expect(table(['Đồng chí Sử Thanh Hoài, Bí thư Huyện ủy Lạc Dương thay đồng chí Phạm Triều - nguyên Bí thư Huyện ủy Lạc Dương.'])).toEqual({
      'Sử Thanh Hoài': ['Bí thư Huyện ủy Lạc Dương'],
      'Phạm Triều': ['nguyên Bí thư Huyện ủy Lạc Dương'],
    });
    expect(table(['Ông Nguyễn Văn An, Bí thư Thành ủy Buôn Ma Thuột, phát biểu.'])).toEqual({ 'Nguyễn Văn An': ['Bí thư Thành ủy Buôn Ma Thuột'] });
    // A name of three syllables there is still a person.
    expect(table(['Bí thư Thành ủy Nguyễn Văn Nên phát biểu.'])).toEqual({ 'Nguyễn Văn Nên': ['Bí thư Thành ủy'] });
  });

  it('a school is named after a person: the name right after it is the namesake ("Trường ĐH Tôn Đức Thắng")', () => {
    expect(table(['GS Trần Trọng Đạo, Hiệu trưởng Trường ĐH Tôn Đức Thắng phát biểu.'])).toEqual({ 'Trần Trọng Đạo': ['Hiệu trưởng Trường ĐH Tôn Đức Thắng'] });
    expect(table(['Hiệu trưởng Trường THPT Nguyễn Du Lê Văn Bình cho biết.'])).toEqual({ 'Lê Văn Bình': ['Hiệu trưởng Trường THPT Nguyễn Du'] });
    // Trap: after "thành phố" (whose "phố" is a street's kind too) a name is the holder's.
    expect(table(['Chủ tịch UBND thành phố Lê Trung Chinh chủ trì.'])).toEqual({ 'Lê Trung Chinh': ['Chủ tịch UBND thành phố'] });
  });

  it('a degree alone before a capitalised subject is no name ("tiến sĩ Cơ điện tử"); Lao "Tỉnh trưởng" is a head', () => {
    expect(table(['Ông Võ Hoàng Duy là tiến sĩ Cơ điện tử. Ông là Phó hiệu trưởng nhiệm kỳ 2014-2019.'])).toEqual({ 'Võ Hoàng Duy': ['Phó hiệu trưởng'] });
    expect(table(['Ông Vilay Phanthavong, Bí thư Tỉnh ủy, Tỉnh trưởng tỉnh Champasak dự.'])).toEqual({
      'Vilay Phanthavong': ['Bí thư Tỉnh ủy', 'Tỉnh trưởng tỉnh Champasak'],
    });
  });
});

describe('term qualifiers: numbers only', () => {
  it('"khóa 13, 14" and "khóa X, XI" are terms; a lower-case word after the comma is the sentence going on', () => {
    expect(table(['Ông Nguyễn Văn Minh, Ủy viên Ban Chấp hành Trung ương Đảng khóa 13, 14, Bí thư Tỉnh ủy Nghệ An dự.'])).toEqual({
      'Nguyễn Văn Minh': ['Ủy viên Ban Chấp hành Trung ương Đảng', 'Bí thư Tỉnh ủy Nghệ An'],
    });
    expect(table(['Ông Nguyễn Văn Minh, Bí thư Tỉnh ủy khóa XII, vi phạm quy định, Giám đốc Sở Y tế bị kỷ luật.'])).toEqual({
      'Nguyễn Văn Minh': ['Bí thư Tỉnh ủy'],
    });
  });
});

describe('a post given to several holders', () => {
  it('"miễn nhiệm chức vụ 3 Phó chủ tịch UBND tỉnh đối với các ông X, Y và Z": the count goes, each holder gets the post', () => {
    expect(table(['HĐND tỉnh miễn nhiệm chức vụ 3 Phó chủ tịch UBND tỉnh đối với các ông Đỗ Tiến Đông, Hồ Phước Thành và Kpă Thuyên.'])).toEqual({
      'Đỗ Tiến Đông': ['Phó chủ tịch UBND tỉnh'],
      'Hồ Phước Thành': ['Phó chủ tịch UBND tỉnh'],
      'Kpă Thuyên': ['Phó chủ tịch UBND tỉnh'],
    });
    // Trap: a number after a post word with no title after it is just a number.
    expect(table(['Tỉnh có chức vụ 3 người đảm nhiệm, ông Đỗ Tiến Đông nói.'])).toEqual({});
  });
});

describe('a shared title before a list of holders with titles of their own', () => {
  it('"Ba Phó bí thư Tỉnh ủy gồm các ông: X, T; Y, T; và Z, T": each gets the shared title and their own', () => {
    expect(
      table([
        'Ba Phó bí thư Tỉnh ủy gồm các ông: Lê Thành Đô, Chủ tịch UBND tỉnh; Mùa A Vảng, Chủ tịch Ủy ban Mặt trận Tổ quốc tỉnh; và Hà Quang Trung, Phó trưởng ban Tổ chức Tỉnh ủy.',
      ]),
    ).toEqual({
      'Lê Thành Đô': ['Phó bí thư Tỉnh ủy', 'Chủ tịch UBND tỉnh'],
      'Mùa A Vảng': ['Phó bí thư Tỉnh ủy', 'Chủ tịch Ủy ban Mặt trận Tổ quốc tỉnh'],
      'Hà Quang Trung': ['Phó bí thư Tỉnh ủy', 'Phó trưởng ban Tổ chức Tỉnh ủy'],
    });
    expect(table(['Các Phó Bí thư Tỉnh ủy gồm: ông Nguyễn Văn Anh, Chủ tịch UBND tỉnh và bà Trần Thị Bình.'])).toEqual({
      'Nguyễn Văn Anh': ['Phó Bí thư Tỉnh ủy', 'Chủ tịch UBND tỉnh'],
      'Trần Thị Bình': ['Phó Bí thư Tỉnh ủy'],
    });
  });

  it('traps: a title after "của" is someone else\'s, and a list with no colon keeps its plain form', () => {
    expect(table(['Đoàn công tác của Bộ trưởng gồm: ông Nguyễn Văn Anh, Vụ trưởng Vụ Pháp chế.'])).toEqual({
      'Nguyễn Văn Anh': ['Vụ trưởng Vụ Pháp chế'],
    });
    // Without the colon a titled name ends the list ("gồm ông X, T" names one holder).
    expect(table(['Các Phó Chủ tịch UBND tỉnh gồm ông Nguyễn Văn Anh, Giám đốc Sở Tài chính và ông Trần Văn Bình.'])).toEqual({
      'Nguyễn Văn Anh': ['Phó Chủ tịch UBND tỉnh', 'Giám đốc Sở Tài chính'],
    });
  });
});

describe('appointments with an agent, and a post printed after "giữ chức"', () => {
  it('"X được [agent] phân công làm T": the agent between "được" and the appointment', () => {
    expect(table(['Ông Nguyễn Văn Thắng được Bộ Chính trị phân công làm Bí thư Thành ủy Hà Nội.'])).toEqual({
      'Nguyễn Văn Thắng': ['Bí thư Thành ủy Hà Nội'],
    });
    expect(table(['Bà Nguyễn Thị Hà được Thủ tướng bổ nhiệm giữ chức Thứ trưởng Bộ Tư pháp.'])).toEqual({
      'Nguyễn Thị Hà': ['Thứ trưởng Bộ Tư pháp'],
    });
    // Trap: a name between ends the clause; the appointment is active and names no one after it.
    expect(table(['Ông Nguyễn Văn Thắng được khen, ông Trần Văn Bình điều động làm Bí thư Thành ủy Hà Nội.'])).toEqual({});
  });

  it('"giữ chức Vụ trưởng" is the cue "giữ chức" and the title "Vụ trưởng", not the cue "giữ chức vụ"', () => {
    expect(table(['Bộ trưởng trao quyết định bổ nhiệm ông Phạm Văn Hòa, Phó Vụ trưởng Vụ Tổ chức cán bộ, giữ chức Vụ trưởng.'])).toEqual({
      'Phạm Văn Hòa': ['Phó Vụ trưởng Vụ Tổ chức cán bộ', 'Vụ trưởng'],
    });
    expect(table(['Bổ nhiệm ông Phạm Văn Hòa giữ chức vụ Phó Chánh Văn phòng.'])).toEqual({ 'Phạm Văn Hòa': ['Phó Chánh Văn phòng'] });
  });
});

describe('promotions: the rank promoted to is the holder\'s', () => {
  it('"thăng quân hàm [từ R1 lên] R2 đối với / cho ông X, T và ông Y", and "X, T đã được thăng cấp hàm R"', () => {
    expect(table(['Chủ tịch nước ký quyết định thăng quân hàm từ Thiếu tướng lên Trung tướng đối với ông Nguyễn Văn Long, Thứ trưởng Bộ Công an.'])).toEqual({
      'Nguyễn Văn Long': ['Trung tướng', 'Thứ trưởng Bộ Công an'],
    });
    expect(table(['Thủ tướng trao quyết định thăng quân hàm Thượng tướng cho đồng chí Trịnh Văn Quyết, Chủ nhiệm Tổng cục Chính trị và đồng chí Nguyễn Tân Cương.'])).toEqual({
      'Trịnh Văn Quyết': ['Thượng tướng', 'Chủ nhiệm Tổng cục Chính trị'],
      'Nguyễn Tân Cương': ['Thượng tướng'],
    });
    expect(table(['Bộ trưởng Bộ Công an Lương Tam Quang đã được thăng cấp hàm Đại tướng.'])).toEqual({
      'Lương Tam Quang': ['Bộ trưởng Bộ Công an', 'Đại tướng'],
    });
    expect(table(['Chủ tịch nước phong hàm Đại sứ bậc hai cho ông Nguyễn Mạnh Cường - Thứ trưởng Bộ Ngoại giao.'])).toEqual({
      'Nguyễn Mạnh Cường': ['Đại sứ bậc hai', 'Thứ trưởng Bộ Ngoại giao'],
    });
  });

  it('traps: other words before "được" are the subject, and a name after a comma is another clause', () => {
    expect(table(['Chủ tịch nước Lương Cường với các cán bộ được phong hàm Đại sứ.'])).toEqual({ 'Lương Cường': ['Chủ tịch nước'] });
    expect(table(['Tại buổi lễ thăng quân hàm Trung tướng, Bộ trưởng Phan Văn Giang phát biểu.'])).toEqual({ 'Phan Văn Giang': ['Bộ trưởng'] });
  });
});

describe('titles shared by a list after a colon', () => {
  it('"các đồng chí Ủy viên Bộ Chính trị: X, T; Y, T" and "các Ủy viên Bộ Chính trị, Bí thư Trung ương Đảng: T X, T Y; …"', () => {
    expect(table(['Dự có các đồng chí Ủy viên Bộ Chính trị: Nguyễn Hòa Bình, Phó Thủ tướng Thường trực Chính phủ; Đại tướng Phan Văn Giang, Bộ trưởng Bộ Quốc phòng.'])).toEqual({
      'Nguyễn Hòa Bình': ['Ủy viên Bộ Chính trị', 'Phó Thủ tướng Thường trực Chính phủ'],
      'Phan Văn Giang': ['Ủy viên Bộ Chính trị', 'Đại tướng', 'Bộ trưởng Bộ Quốc phòng'],
    });
    // With the titles before the names, a semicolon ends the group: Lê Hoài Trung is no Ủy viên Bộ Chính trị here.
    expect(
      table([
        'Có các Ủy viên Bộ Chính trị, Bí thư Trung ương Đảng: Trưởng ban Tổ chức Trung ương Lê Minh Hưng, Trưởng ban Nội chính Trung ương Phan Đình Trạc; Bí thư Trung ương Đảng, Chánh Văn phòng Trung ương Đảng Lê Hoài Trung.',
      ]),
    ).toEqual({
      'Lê Minh Hưng': ['Ủy viên Bộ Chính trị', 'Bí thư Trung ương Đảng', 'Trưởng ban Tổ chức Trung ương'],
      'Phan Đình Trạc': ['Ủy viên Bộ Chính trị', 'Bí thư Trung ương Đảng', 'Trưởng ban Nội chính Trung ương'],
      'Lê Hoài Trung': ['Bí thư Trung ương Đảng', 'Chánh Văn phòng Trung ương Đảng'],
    });
  });

  it('"3 Phó bí thư Tỉnh ủy gồm: bà X (T) - T, ông Y - T": the bracket and the dash are X\'s, the next title Y\'s', () => {
    expect(table(['3 Phó bí thư Tỉnh ủy gồm: bà Trịnh Thị Minh Thanh (Phó bí thư thường trực) - Chủ tịch HĐND tỉnh, ông Bùi Văn Khắng - Chủ tịch UBND tỉnh.'])).toEqual({
      'Trịnh Thị Minh Thanh': ['Phó bí thư Tỉnh ủy', 'Phó bí thư thường trực', 'Chủ tịch HĐND tỉnh'],
      'Bùi Văn Khắng': ['Phó bí thư Tỉnh ủy', 'Chủ tịch UBND tỉnh'],
    });
  });

  it('traps: a title after a name that ends in a colon is that name\'s, and a colon with a quote after it names no one', () => {
    expect(table(['Ông Nguyễn Văn Anh, Giám đốc Sở Y tế: “Chúng tôi đã sẵn sàng”.'])).toEqual({ 'Nguyễn Văn Anh': ['Giám đốc Sở Y tế'] });
    // "X, T1 và Thượng tướng Y": the title before "và" ends X's chain.
    expect(table(['Thượng tướng Ngô Xuân Lịch, Chủ nhiệm Tổng cục Chính trị và Thượng tướng Đỗ Bá Tỵ, Thứ trưởng Bộ Quốc phòng.'])).toEqual({
      'Ngô Xuân Lịch': ['Thượng tướng', 'Chủ nhiệm Tổng cục Chính trị'],
      'Đỗ Bá Tỵ': ['Thượng tướng', 'Thứ trưởng Bộ Quốc phòng'],
    });
  });
});

describe('promotions to a list', () => {
  it('"thăng quân hàm từ R1 lên R2 đối với các đồng chí: X, T; Y, T" and "cho Thượng tướng X và Thượng tướng Y"', () => {
    expect(table(['Công bố quyết định thăng quân hàm từ Trung tướng lên Thượng tướng đối với các đồng chí: Nguyễn Hồng Thái, Thứ trưởng Bộ Quốc phòng; Nguyễn Văn Hiền, Thứ trưởng Bộ Quốc phòng.'])).toEqual({
      'Nguyễn Hồng Thái': ['Thượng tướng', 'Thứ trưởng Bộ Quốc phòng'],
      'Nguyễn Văn Hiền': ['Thượng tướng', 'Thứ trưởng Bộ Quốc phòng'],
    });
    expect(table(['Chủ tịch nước trao quyết định thăng quân hàm Đại tướng cho Thượng tướng Ngô Xuân Lịch và Thượng tướng Đỗ Bá Tỵ.'])).toEqual({
      'Ngô Xuân Lịch': ['Đại tướng', 'Thượng tướng'],
      'Đỗ Bá Tỵ': ['Đại tướng', 'Thượng tướng'],
    });
    expect(table(['Quyết định thăng cấp bậc hàm từ Trung tướng lên Thượng tướng cũng được công bố đối với các đồng chí Thứ trưởng Bộ Công an: Phạm Thế Tùng và Nguyễn Ngọc Lâm.'])).toEqual({
      'Phạm Thế Tùng': ['Thượng tướng', 'Thứ trưởng Bộ Công an'],
      'Nguyễn Ngọc Lâm': ['Thượng tướng', 'Thứ trưởng Bộ Công an'],
    });
  });
});

describe('heads of units and abbreviated memberships', () => {
  it('"ĐBQH X", "X - HUV, T", "Trưởng khoa …", "nguyên Xã đội trưởng …", "Phó đội trưởng …"', () => {
    expect(table(['ĐBQH Nguyễn Tiến Sinh (Hoà Bình) đề nghị.'])).toEqual({ 'Nguyễn Tiến Sinh': ['ĐBQH'] });
    expect(table(['Ông Vũ Bình Phương - HUV, Chánh án Tòa án nhân dân huyện phát biểu.'])).toEqual({
      'Vũ Bình Phương': ['HUV', 'Chánh án Tòa án nhân dân huyện'],
    });
    expect(table(['Ông Hồ Văn Linh, Trưởng khoa Phẫu thuật Ung bướu.'])).toEqual({ 'Hồ Văn Linh': ['Trưởng khoa Phẫu thuật Ung bướu'] });
    expect(table(['Bị cáo Bùi Văn Hồng (59 tuổi, nguyên Xã đội trưởng xã Đồng Tâm) khai.'])).toEqual({ 'Bùi Văn Hồng': ['nguyên Xã đội trưởng xã Đồng Tâm'] });
    // Trap: a membership many hold is no one's mention alone.
    expect(table(['Các ĐBQH đã biểu quyết.'])).toEqual({});
  });
});

describe('a post the names before it share', () => {
  it('"X (59 tuổi), Y (61 tuổi), Z đều là T", "X và Y (đều cựu T)", "ông X và Y là những T"', () => {
    expect(table(['Nguyễn Văn Sơn (59 tuổi), Lê Đình Thuần (61 tuổi), Nguyễn Văn Bột (62 tuổi) đều là nguyên Chủ tịch UBND xã Đồng Tâm.'])).toEqual({
      'Nguyễn Văn Sơn': ['nguyên Chủ tịch UBND xã Đồng Tâm'],
      'Lê Đình Thuần': ['nguyên Chủ tịch UBND xã Đồng Tâm'],
      'Nguyễn Văn Bột': ['nguyên Chủ tịch UBND xã Đồng Tâm'],
    });
    expect(table(['Các bị cáo Lê Văn Cương và Trịnh Hữu Nghĩa (đều cựu Trưởng phòng Kế hoạch tài chính) bị truy tố.'])).toEqual({
      'Lê Văn Cương': ['cựu Trưởng phòng Kế hoạch tài chính'],
      'Trịnh Hữu Nghĩa': ['cựu Trưởng phòng Kế hoạch tài chính'],
    });
  });

  it('traps: a name mentioned in passing before a comma, and "T là các ông X, Y" (a list after the title)', () => {
    expect(table(['Ông Lê Văn Thành là Phó Chủ tịch VFF. Trước ông Thành, ông Cấn Văn Nghĩa và Đoàn Nguyên Đức là những Phó chủ tịch phụ trách tài chính.'])).toEqual({
      'Lê Văn Thành': ['Phó Chủ tịch VFF'],
      'Cấn Văn Nghĩa': ['Phó chủ tịch phụ trách tài chính'],
      'Đoàn Nguyên Đức': ['Phó chủ tịch phụ trách tài chính'],
    });
    expect(table(['Thủ tướng còn có 2 Trợ lý là các ông Nguyễn Duy Hưng, Bùi Huy Hùng.'])).toEqual({
      'Nguyễn Duy Hưng': ['Trợ lý'],
      'Bùi Huy Hùng': ['Trợ lý'],
    });
  });
});

describe('audit round 8: chains, labels and bodies', () => {
  it('"X, T1 làm T2": the post goes to the name whose chain ends before "làm"', () => {
    expect(table(['Đồng chí Âu Thế Thái, Phó Trưởng ban Tổ chức Tỉnh ủy làm Bí thư Huyện ủy Lâm Bình.'])).toEqual({
      'Âu Thế Thái': ['Phó Trưởng ban Tổ chức Tỉnh ủy', 'Bí thư Huyện ủy Lâm Bình'],
    });
  });

  it('"các đồng chí là T: X, T; Y, T" and "Đại tướng X, T; Đại tướng Y, T" in a list', () => {
    expect(table(['Dự có các đồng chí là Uỷ viên Ban Thường vụ Tỉnh uỷ: Vũ Duy Hoàng, Trưởng Ban Tuyên giáo Tỉnh ủy; Hoàng Văn Hùng, Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy.'])).toEqual({
      'Vũ Duy Hoàng': ['Uỷ viên Ban Thường vụ Tỉnh uỷ', 'Trưởng Ban Tuyên giáo Tỉnh ủy'],
      'Hoàng Văn Hùng': ['Uỷ viên Ban Thường vụ Tỉnh uỷ', 'Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy'],
    });
    expect(table(['Dự có các đồng chí Ủy viên Bộ Chính trị: Đại tướng Phan Văn Giang, Bộ trưởng Bộ Quốc phòng; Đại tướng Lương Tam Quang, Bộ trưởng Bộ Công an.'])).toEqual({
      'Phan Văn Giang': ['Ủy viên Bộ Chính trị', 'Đại tướng', 'Bộ trưởng Bộ Quốc phòng'],
      'Lương Tam Quang': ['Ủy viên Bộ Chính trị', 'Đại tướng', 'Bộ trưởng Bộ Công an'],
    });
  });

  it('bodies: "Hội đồng Quốc phòng - An ninh", "Thống lĩnh các lực lượng vũ trang", "Văn Phòng Quốc hội", "CHDCND" is "Cộng hòa dân chủ nhân dân"', () => {
    expect(table(['Chủ tịch nước Nguyễn Phú Trọng, Chủ tịch Hội đồng Quốc phòng - An ninh, Thống lĩnh các lực lượng vũ trang dự lễ.'])).toEqual({
      'Nguyễn Phú Trọng': ['Chủ tịch nước', 'Chủ tịch Hội đồng Quốc phòng - An ninh', 'Thống lĩnh các lực lượng vũ trang'],
    });
    expect(table(['Có Chủ nhiệm Văn Phòng Quốc hội Nguyễn Hạnh Phúc.'])).toEqual({ 'Nguyễn Hạnh Phúc': ['Chủ nhiệm Văn Phòng Quốc hội'] });
    expect(table(['Chủ tịch nước CHDCND Lào Thongloun Sisoulith đến Hà Nội.', 'Chủ tịch nước Cộng hòa dân chủ nhân dân Lào Thongloun Sisoulith phát biểu.'])).toEqual({
      'Thongloun Sisoulith': ['Chủ tịch nước Cộng hòa dân chủ nhân dân Lào'],
    });
    // Trap: "Quốc hội" is a body, "Hàn Quốc | hội đàm" a country and a verb.
    expect(table(['Tổng thống Hàn Quốc Yoon Suk-yeol hội đàm với Chủ tịch nước.'])).toEqual({ 'Yoon Suk-yeol': ['Tổng thống Hàn Quốc'] });
  });
});

describe('a name printed in the other order', () => {
  it('"Kishida Fumio" and "Fumio Kishida" are one person, named as first met', () => {
    expect(table(['Ngài Kishida Fumio được Quốc hội Nhật Bản bầu làm Thủ tướng.', 'Tân Thủ tướng Nhật Bản Fumio Kishida phát biểu.'])).toEqual({
      'Kishida Fumio': ['Thủ tướng Nhật Bản'],
    });
  });
});

describe('audit round 9: decisions, appointments and their subjects', () => {
  it('"bầu / miễn nhiệm T … đối với ông X; …": each clause\'s post goes to its own holders', () => {
    expect(
      table([
        'HĐND tỉnh đã miễn nhiệm chức vụ Phó chủ tịch HĐND đối với bà Nguyễn Thị Hoa; bầu bổ sung Phó chủ tịch HĐND tỉnh đối với bà Mai Thị Xuân Trung; miễn nhiệm Phó Chủ tịch UBND tỉnh, nhiệm kỳ 2016-2021, đối với ông Trương Thanh Tùng.',
      ]),
    ).toEqual({
      'Nguyễn Thị Hoa': ['Phó chủ tịch HĐND'],
      'Mai Thị Xuân Trung': ['Phó chủ tịch HĐND tỉnh'],
      'Trương Thanh Tùng': ['Phó Chủ tịch UBND tỉnh'],
    });
  });

  it('"X vừa được bổ nhiệm chức vụ T", "giữ chức T1, T2", "X, T (Bộ Công an), được điều động giữ chức vụ T2"', () => {
    expect(table(['GS.TS Lê Quân vừa được bổ nhiệm chức vụ Thứ trưởng Bộ GD&ĐT.'])).toEqual({ 'Lê Quân': ['Thứ trưởng Bộ GD&ĐT'] });
    expect(table(['Ông Lê Quân được bầu giữ chức Chủ tịch Hội đồng, Giám đốc Đại học Quốc gia Hà Nội.'])).toEqual({
      'Lê Quân': ['Chủ tịch Hội đồng', 'Giám đốc Đại học Quốc gia Hà Nội'],
    });
    expect(table(['Đại tá Trần Xuân Ánh, Phó Cục trưởng Cục Tổ chức cán bộ (Bộ Công an), được điều động giữ chức vụ Giám đốc Công an tỉnh Trà Vinh.'])).toEqual({
      'Trần Xuân Ánh': ['Đại tá', 'Phó Cục trưởng Cục Tổ chức cán bộ', 'Giám đốc Công an tỉnh Trà Vinh'],
    });
    expect(table(['Đồng chí Nguyễn Thành Phong tiếp tục được bầu giữ chức Chủ tịch UBND TP Hồ Chí Minh.'])).toEqual({ 'Nguyễn Thành Phong': ['Chủ tịch UBND TP Hồ Chí Minh'] });
  });

  it('traps: the subject of another verb before "được", and "bầu T" with no "đối với" in the clause', () => {
    expect(table(['Bí thư Tỉnh ủy Trịnh Văn Chiến chúc mừng các vị được bầu giữ chức danh Phó Chủ tịch UBND tỉnh.'])).toEqual({ 'Trịnh Văn Chiến': ['Bí thư Tỉnh ủy'] });
    expect(table(['Quốc hội tiến hành bầu Chủ tịch nước Thứ Bảy, sau đó Tổng thống Hoa Kỳ Joe Biden gửi điện đối với Việt Nam.'])).toEqual({ 'Joe Biden': ['Tổng thống Hoa Kỳ'] });
  });

  it('an en dash inside a body is its dash: "Ban Văn hóa – Xã hội HĐND tỉnh"', () => {
    expect(table(['Bà Lê Thị Như Hoa, Ủy viên chuyên trách Văn hóa – Xã hội HĐND tỉnh.'])).toEqual({ 'Lê Thị Như Hoa': ['Ủy viên chuyên trách Văn hóa – Xã hội HĐND tỉnh'] });
  });
});

describe('audit round 9: foreign names after a comma, "TP.Hà Nội", "Phủ Chủ tịch"', () => {
  it('"Đại sứ Vương quốc Anh, Gareth Ward": the title with its country, a comma, the foreign name', () => {
    expect(table(['Sáng nay, tại Phủ Chủ tịch, Đại sứ Chile, Jaime Chomali Garib; Đại sứ Vương quốc Anh, Gareth Ward đã trình quốc thư.'])).toEqual({
      'Jaime Chomali Garib': ['Đại sứ Chile'],
      'Gareth Ward': ['Đại sứ Vương quốc Anh'],
    });
    // Trap: "Phủ Tổng thống Séc" is the palace, no mention of the president.
    const found = findOfficials([{ in: 'paragraph', index: 0, text: 'Tổng thống Séc Milos Zeman đón đoàn.' }, { in: 'paragraph', index: 1, text: 'Lễ đón diễn ra tại Phủ Tổng thống Séc.' }], []);
    expect(found.flatMap((o) => o.mentions.map((m) => m.index))).toEqual([0]);
  });

  it('"TP.Hà Nội" with no space is the city, not a person', () => {
    expect(table(['Chủ tịch UBND TP.Hà Nội Trần Sỹ Thanh phát biểu.'])).toEqual({ 'Trần Sỹ Thanh': ['Chủ tịch UBND TP.Hà Nội'] });
    expect(table(['Giám đốc Công an TP.HCM Lê Hồng Nam.'])).toEqual({ 'Lê Hồng Nam': ['Giám đốc Công an TP.HCM'] });
  });
});

describe('a title that fills a bracket after a name', () => {
  it('"X (cựu giám đốc khối nguồn vốn)" runs to the bracket\'s end; "Hiệu trưởng trường Đại học …"', () => {
    expect(table(['Bị cáo Nguyễn Hoài Nam (cựu giám đốc khối nguồn vốn), Phạm Hoàng Giang (cựu tổng giám đốc công ty BSC) bị truy tố.'])).toEqual({
      'Nguyễn Hoài Nam': ['cựu giám đốc khối nguồn vốn'],
      'Phạm Hoàng Giang': ['cựu tổng giám đốc công ty BSC'],
    });
    expect(table(['Ông Hoàng Minh Sơn được bổ nhiệm Hiệu trưởng trường Đại học Bách khoa Hà Nội.'])).toEqual({
      'Hoàng Minh Sơn': ['Hiệu trưởng trường Đại học Bách khoa Hà Nội'],
    });
    // Trap: a verb inside the bracket ends the title there.
    expect(table(['Bà Lê Thị Hoa (giám đốc khối đã nghỉ hưu) khai.'])).toEqual({ 'Lê Thị Hoa': ['giám đốc khối'] });
  });
});

describe('audit round 10: bodies named like heads, plural titles, groups, monastics', () => {
  it('"Ban Bí thư", "Đoàn Chủ tịch", "Phủ Chủ tịch" are bodies and places, no title', () => {
    expect(table(['Ban Bí thư Trung ương Đảng tổ chức Lễ tang cấp Nhà nước Trung tướng Đồng Sỹ Nguyên.'])).toEqual({ 'Đồng Sỹ Nguyên': ['Trung tướng'] });
    expect(table(['Đoàn Chủ tịch Trung ương Hội Liên hiệp Phụ nữ Việt Nam vừa có văn bản.'])).toEqual({});
  });

  it('"của các Đại biểu Quốc hội, Phó Thủ tướng X": the plural title is not X\'s', () => {
    expect(table(['Trả lời chất vấn của các Đại biểu Quốc hội, Phó Thủ tướng Nguyễn Xuân Phúc đã trình bày.'])).toEqual({ 'Nguyễn Xuân Phúc': ['Phó Thủ tướng'] });
  });

  it('"nguyên Chủ tịch nước: X, Y; nguyên Thủ tướng Chính phủ W": a titled item after bare names starts a new group', () => {
    expect(table(['Dự lễ có các đồng chí nguyên Chủ tịch nước: Trần Đức Lương, Nguyễn Minh Triết; nguyên Thủ tướng Chính phủ Nguyễn Tấn Dũng.'])).toEqual({
      'Trần Đức Lương': ['nguyên Chủ tịch nước'],
      'Nguyễn Minh Triết': ['nguyên Chủ tịch nước'],
      'Nguyễn Tấn Dũng': ['nguyên Thủ tướng Chính phủ'],
    });
  });

  it('monastics, a company in brackets, "tiếp tục giữ chức vụ"', () => {
    expect(table(['Hòa thượng Thích Quảng Hiển, Ủy viên Hội đồng Trị sự Giáo hội Phật giáo Việt Nam, phát biểu.'])).toEqual({
      'Thích Quảng Hiển': ['Ủy viên Hội đồng Trị sự Giáo hội Phật giáo Việt Nam'],
    });
    expect(table(['Ông Nguyễn Trung Kiên (Tổng Giám đốc Next Media) cho biết.'])).toEqual({ 'Nguyễn Trung Kiên': ['Tổng Giám đốc Next Media'] });
    expect(table(['PGS.TS Trịnh Hồng Sơn tiếp tục giữ chức vụ Phó Giám đốc bệnh viện.'])).toEqual({ 'Trịnh Hồng Sơn': ['Phó Giám đốc bệnh viện'] });
    // Trap: "Thủ tướng Timor Leste" names a country, no person.
    expect(table(['Thủ tướng Timor Leste được mời tham dự.'])).toEqual({});
  });
});

describe('audit round 11: committees\' fields, dash chains, glued abbreviations, foreign states and names', () => {
  it('lower-case words of bodies\' names: "Hội Cựu chiến binh", "danh dự", "nhóm", "Phòng thủ dân sự"; "Phó tham mưu trưởng"', () => {
    expect(table(['Đại tướng Võ Nguyên Giáp, Chủ tịch danh dự Hội Cựu chiến binh Việt Nam, từng phát biểu.'])).toEqual({
      'Võ Nguyên Giáp': ['Đại tướng', 'Chủ tịch danh dự Hội Cựu chiến binh Việt Nam'],
    });
    expect(table(['Ông Lê Quốc Phong là Chủ tịch nhóm Đại biểu Quốc hội trẻ.'])).toEqual({ 'Lê Quốc Phong': ['Chủ tịch nhóm Đại biểu Quốc hội'] });
    expect(table(['Đại tá Trần Ngọc Hữu, Phó tham mưu trưởng Bộ đội Biên phòng Việt Nam làm việc.'])).toEqual({
      'Trần Ngọc Hữu': ['Đại tá', 'Phó tham mưu trưởng Bộ đội Biên phòng Việt Nam'],
    });
  });

  it('National Assembly committees and departments with lower-case or comma-joined names', () => {
    expect(table(['Bà Trương Thị Mai, Chủ nhiệm UB các vấn đề xã hội của Quốc hội phát biểu.'])).toEqual({ 'Trương Thị Mai': ['Chủ nhiệm UB các vấn đề xã hội của Quốc hội'] });
    expect(table(['Ông Phùng Quốc Hiển, Chủ nhiệm UB Tài chính, Ngân sách của Quốc hội cho biết.'])).toEqual({ 'Phùng Quốc Hiển': ['Chủ nhiệm UB Tài chính, Ngân sách của Quốc hội'] });
    expect(table(['TS Hồ Văn Linh, Trưởng Phòng Chỉ đạo tuyến, Trưởng khoa Phẫu thuật Ung bướu cho biết.'])).toEqual({
      'Hồ Văn Linh': ['Trưởng Phòng Chỉ đạo tuyến', 'Trưởng khoa Phẫu thuật Ung bướu'],
    });
  });

  it('"Bộ Tư lệnh" is a body: its "Tư lệnh" is no one\'s title', () => {
    expect(table(['Đoàn công tác của Bộ Tư lệnh Bộ đội Biên phòng do Đại tá Trần Ngọc Hữu dẫn đầu.'])).toEqual({ 'Trần Ngọc Hữu': ['Đại tá'] });
  });

  it('a steering committee\'s field: "phòng, chống" and what it fights, in a committee\'s title only', () => {
    expect(table(['Tổng Bí thư Tô Lâm, Trưởng Ban Chỉ đạo Trung ương về phòng, chống tham nhũng, lãng phí, tiêu cực chủ trì.'])).toEqual({
      'Tô Lâm': ['Tổng Bí thư', 'Trưởng Ban Chỉ đạo Trung ương về phòng, chống tham nhũng, lãng phí, tiêu cực'],
    });
    expect(table(['Ông Đỗ Xuân Tuyên, Phó Trưởng ban Chỉ đạo Quốc gia phòng, chống dịch Covid-19 cho biết.'])).toEqual({
      'Đỗ Xuân Tuyên': ['Phó Trưởng ban Chỉ đạo Quốc gia phòng, chống dịch Covid-19'],
    });
    // Traps: elsewhere "chống …", "về phòng, chống …" are the sentence going on.
    expect(table(['Ông Lê Văn Hùng, Chủ tịch UBND xã chống tham nhũng thế nào?'])).toEqual({ 'Lê Văn Hùng': ['Chủ tịch UBND xã'] });
    expect(table(['Ông Lê Văn Hùng, Phó Chủ tịch UBND tỉnh về phòng, chống dịch đã chỉ đạo.'])).toEqual({ 'Lê Văn Hùng': ['Phó Chủ tịch UBND tỉnh'] });
  });

  it('a steering committee that develops ("về phát triển khoa học, công nghệ, …"): its whole field is its name (audit r50)', () => {
    expect(table(['Chiều 3/3, Thủ tướng Phạm Minh Chính, Trưởng Ban Chỉ đạo của Chính phủ về phát triển khoa học, công nghệ, đổi mới sáng tạo, chuyển đổi số và Đề án 06, chủ trì phiên họp.'])).toEqual({
      'Phạm Minh Chính': ['Thủ tướng', 'Trưởng Ban Chỉ đạo của Chính phủ về phát triển khoa học, công nghệ, đổi mới sáng tạo, chuyển đổi số và Đề án 06'],
    });
    expect(table(['Tổng Bí thư Tô Lâm, Trưởng Ban Chỉ đạo Trung ương về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số, phát biểu.'])).toEqual({
      'Tô Lâm': ['Tổng Bí thư', 'Trưởng Ban Chỉ đạo Trung ương về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số'],
    });
    // Traps: "phát triển …" after another title is the sentence going on; a ministry named so stays the ministry.
    expect(table(['Ông Lê Văn Hùng, Chủ tịch UBND tỉnh, nói phát triển khoa học, công nghệ là then chốt.'])).toEqual({ 'Lê Văn Hùng': ['Chủ tịch UBND tỉnh'] });
    expect(table(['Ông Lê Văn Hùng, Phó Chủ tịch UBND tỉnh về phát triển công nghệ đã chỉ đạo.'])).toEqual({ 'Lê Văn Hùng': ['Phó Chủ tịch UBND tỉnh'] });
    expect(table(['Bộ trưởng Bộ Khoa học và Công nghệ Nguyễn Mạnh Hùng phát triển công nghệ số.'])).toEqual({ 'Nguyễn Mạnh Hùng': ['Bộ trưởng Bộ Khoa học và Công nghệ'] });
  });

  it('"X - T1 - T2 - T3": a chain opened by a dash goes on at each dash', () => {
    expect(table(['Ông Trần Quốc Vượng - Ủy viên Bộ Chính trị - Bí thư Trung ương Đảng - Chủ nhiệm Ủy ban Kiểm tra Trung ương phát biểu.'])).toEqual({
      'Trần Quốc Vượng': ['Ủy viên Bộ Chính trị', 'Bí thư Trung ương Đảng', 'Chủ nhiệm Ủy ban Kiểm tra Trung ương'],
    });
    // A comma chain does not go on at a dash before the next name's title.
    expect(table(['Bà Nguyễn Thị Mai, Giám đốc Sở Y tế - Nguyễn Văn Hùng - Phó Giám đốc cùng dự.'])).toEqual({
      'Nguyễn Thị Mai': ['Giám đốc Sở Y tế'],
      'Nguyễn Văn Hùng': ['Phó Giám đốc'],
    });
  });

  it('a name glued by a dash to an abbreviated title: "Dung-UVBTV", "Quang-TUV"', () => {
    expect(table(['Tham dự có đ/c Huỳnh Thị Thùy Dung-UVBTV, Trưởng ban Dân vận Tỉnh ủy; đ/c Phan Xuân Quang-TUV, Chủ tịch LĐLĐ tỉnh.'])).toEqual({
      'Huỳnh Thị Thùy Dung': ['UVBTV', 'Trưởng ban Dân vận Tỉnh ủy'],
      'Phan Xuân Quang': ['TUV', 'Chủ tịch LĐLĐ tỉnh'],
    });
  });

  it('"Tiếp Đại sứ Maroc, Chủ tịch nước X": a foreign guest\'s title after a verb opening the sentence is not X\'s', () => {
    expect(table(['Tiếp Đại sứ Maroc, Chủ tịch nước Trần Đại Quang đánh giá cao quan hệ hai nước.'])).toEqual({ 'Trần Đại Quang': ['Chủ tịch nước'] });
    // The chain of the guest named after the verb stays whole.
    expect(table(['Gặp Phó Thủ tướng, Bộ trưởng Bộ Ngoại giao Phạm Bình Minh, ông Smith bày tỏ vui mừng.'])).toEqual({
      'Phạm Bình Minh': ['Phó Thủ tướng', 'Bộ trưởng Bộ Ngoại giao'],
    });
  });

  it('"X, nguyên: T1, T2 (nay là …), T3": each post of the list is former; an aside in brackets inside a chain is passed over', () => {
    expect(table(['Lễ tang Trung tướng Đồng Sỹ Nguyên, nguyên: Ủy viên Bộ Chính trị, Phó Chủ tịch Hội đồng Bộ trưởng (nay là Phó Thủ tướng Chính phủ), Tư lệnh Bộ đội Trường Sơn.'])).toEqual({
      'Đồng Sỹ Nguyên': ['Trung tướng', 'nguyên Ủy viên Bộ Chính trị', 'nguyên Phó Chủ tịch Hội đồng Bộ trưởng', 'nguyên Tư lệnh Bộ đội Trường Sơn'],
    });
    // The list ends with its clause: the next person's posts are current.
    expect(table(['Dự lễ có ông Nguyễn Văn An, nguyên: Ủy viên Bộ Chính trị, Chủ tịch Quốc hội; ông Trần Văn Hùng, Bí thư Tỉnh ủy.'])).toEqual({
      'Nguyễn Văn An': ['nguyên Ủy viên Bộ Chính trị', 'nguyên Chủ tịch Quốc hội'],
      'Trần Văn Hùng': ['Bí thư Tỉnh ủy'],
    });
    expect(table(['Bà Nguyễn Thị Mai, Giám đốc Sở Y tế (2015-2020), Chủ tịch Hội Chữ thập đỏ tỉnh phát biểu.'])).toEqual({
      'Nguyễn Thị Mai': ['Giám đốc Sở Y tế', 'Chủ tịch Hội Chữ thập đỏ tỉnh'],
    });
  });

  it('a state\'s form before a country\'s name, and long Iberian names with "e"', () => {
    expect(table(['Đại sứ Cộng hòa Mauritius Issop Patel trình quốc thư.'])).toEqual({ 'Issop Patel': ['Đại sứ Cộng hòa Mauritius'] });
    // A country no list has, after "Cộng hòa".
    expect(table(['Đại sứ Cộng hòa Zembla Issop Patel trình quốc thư.'])).toEqual({ 'Issop Patel': ['Đại sứ Cộng hòa Zembla'] });
    expect(table(['Đại sứ Bồ Đào Nha Francisco de Assis Morais e Cunha Vaz Patto trình quốc thư.'])).toEqual({
      'Francisco de Assis Morais e Cunha Vaz Patto': ['Đại sứ Bồ Đào Nha'],
    });
  });
});

describe('audit round 12: wards after the 2025 merger, enterprises, the press, given names', () => {
  it('a place abbreviated and glued to its name ("P.Hạc Thành", "Q.Bình Thạnh") is part of the title, never a person', () => {
    expect(table(['Ông Nguyễn Văn Biện, Bí thư Đảng ủy P.Hạc Thành, phát biểu.'])).toEqual({ 'Nguyễn Văn Biện': ['Bí thư Đảng ủy P.Hạc Thành'] });
    expect(table(['Chủ tịch UBND Q.Bình Thạnh Nguyễn Văn Dũng dự.'])).toEqual({ 'Nguyễn Văn Dũng': ['Chủ tịch UBND Q.Bình Thạnh'] });
    expect(table(['Hiện ông Trần Quốc Tuấn, Q.Chủ tịch VFF khóa 8 là ứng viên duy nhất.'])).toEqual({ 'Trần Quốc Tuấn': ['Q.Chủ tịch VFF'] });
  });

  it('numbered districts and wards; "Báo chí", "dân vận", "truyền hình" inside bodies\' names', () => {
    expect(table(['Ông Lê Văn Tám, Chủ tịch UBND phường 5 phát biểu.'])).toEqual({ 'Lê Văn Tám': ['Chủ tịch UBND phường 5'] });
    expect(table(['Phó Cục trưởng Cục Báo chí Nguyễn Văn An phát biểu.'])).toEqual({ 'Nguyễn Văn An': ['Phó Cục trưởng Cục Báo chí'] });
    expect(table(['Ông Trần Văn Nam, Giám đốc Đài truyền hình tỉnh dự.'])).toEqual({ 'Trần Văn Nam': ['Giám đốc Đài truyền hình tỉnh'] });
  });

  it('a place inside a name after an honorific is the person\'s own: "ông Lâm Hoàng Sa"', () => {
    expect(table(['Ông Lâm Hoàng Sa, Trưởng Ban dân vận Tỉnh ủy phát biểu.'])).toEqual({ 'Lâm Hoàng Sa': ['Trưởng Ban dân vận Tỉnh ủy'] });
  });

  it('a title stops where the sentence goes on: after an abbreviation, after a one-word body, before a person', () => {
    expect(table(['Ông Phạm Lê Thanh, Tổng giám đốc EVN chính thức tiếp nhận quyết định.'])).toEqual({ 'Phạm Lê Thanh': ['Tổng giám đốc EVN'] });
    expect(table(['Ông Nguyễn Tuấn Sinh, Phó giám đốc Sở uống cà phê với bị cáo.'])).toEqual({ 'Nguyễn Tuấn Sinh': ['Phó giám đốc Sở'] });
    expect(table(['Ông Lê Văn Hùng, Giám đốc Bệnh viện và TS. Nguyễn Thị Mai Ngọc, Phó Giám đốc dự.'])).toEqual({
      'Lê Văn Hùng': ['Giám đốc Bệnh viện'],
      'Nguyễn Thị Mai Ngọc': ['Phó Giám đốc'],
    });
    // A body's name printed in lower case still goes on: "Sở tư pháp".
    expect(table(['Ông Lê Văn Hùng, Giám đốc Sở tư pháp cho biết.'])).toEqual({ 'Lê Văn Hùng': ['Giám đốc Sở tư pháp'] });
  });

  it('"T (parent body) X": the body\'s parent in brackets between the title and the name', () => {
    expect(table(['Dự hội nghị có Vụ trưởng Vụ Báo chí Xuất bản (Ban Tuyên giáo Trung ương) Tống Văn Thanh; Phó Cục trưởng Cục Báo chí (Bộ TT&TT) Đặng Thị Phương Thảo.'])).toEqual({
      'Tống Văn Thanh': ['Vụ trưởng Vụ Báo chí Xuất bản'],
      'Đặng Thị Phương Thảo': ['Phó Cục trưởng Cục Báo chí'],
    });
    // Not a title of the name before: "X, T (…) Y".
    expect(table(['Ông Nguyễn Văn An, Giám đốc Sở (Tư pháp) Trần Văn Bình phát biểu.'])).toEqual({ 'Nguyễn Văn An': ['Giám đốc Sở'] });
  });

  it('provincial departments in lower case: "Chi cục chăn nuôi và thú y", "Phòng Hành chính và bổ trợ"; "Phó Chi cục trưởng"', () => {
    expect(table(['Lê Thị Kim Huê, Phó Chi cục trưởng Chi cục An toàn vệ sinh thực phẩm Sở Y tế; Nguyễn Minh Phát, Phó chi cục trưởng Chi cục chăn nuôi và thú y Phú Yên; Nguyễn Thị Bạch Tuyết, Phó phòng Hành chính và bổ trợ Sở Tư pháp.'])).toEqual({
      'Lê Thị Kim Huê': ['Phó Chi cục trưởng Chi cục An toàn vệ sinh thực phẩm Sở Y tế'],
      'Nguyễn Minh Phát': ['Phó chi cục trưởng Chi cục chăn nuôi và thú y Phú Yên'],
      'Nguyễn Thị Bạch Tuyết': ['Phó phòng Hành chính và bổ trợ Sở Tư pháp'],
    });
  });

  it('"T1 - T2 X": a dash joins a chain of titles before the name', () => {
    expect(table(['Phó trưởng Ban Tuyên giáo Tỉnh ủy - Chủ tịch Hội Nhà báo tỉnh Nguyễn Xuân Hải phát biểu.'])).toEqual({
      'Nguyễn Xuân Hải': ['Phó trưởng Ban Tuyên giáo Tỉnh ủy', 'Chủ tịch Hội Nhà báo tỉnh'],
    });
  });

  it('a later sentence by given name: "Ông Tuất cũng giữ chức T", "Bà Nga là T" (a given name that is also a country)', () => {
    expect(table(['Ông Vũ Ngọc Tuất làm Bí thư Đảng ủy phường.', 'Ông Tuất cũng giữ chức Chủ tịch HĐND phường.'])).toEqual({
      'Vũ Ngọc Tuất': ['Bí thư Đảng ủy phường', 'Chủ tịch HĐND phường'],
    });
    expect(table(['Bà Hoàng Thị Tố Nga làm việc tại phường.', 'Bà Nga là Phó Bí thư Thường trực Quận ủy quận 1.'])).toEqual({
      'Hoàng Thị Tố Nga': ['Phó Bí thư Thường trực Quận ủy quận 1'],
    });
    // A country after a title is still a country.
    expect(table(['Đại sứ Nga Andrey Kovtun dự lễ.'])).toEqual({ 'Andrey Kovtun': ['Đại sứ Nga'] });
  });

  it('a biography: clauses after ";" (or ", là / từng kinh qua") with no subject of their own give their posts to the sentence\'s subject', () => {
    expect(table(['Ông Lê Thanh Long (sinh năm 1976, quê quán phường Phú An, TP.HCM) có trình độ thạc sĩ quản trị kinh doanh; từng kinh qua chức vụ Trưởng ban Tuyên giáo Thành ủy Thủ Dầu Một, Phó chánh Văn phòng Tỉnh ủy Bình Dương; được chỉ định làm Bí thư Đảng ủy, Chủ tịch HĐND phường Phú Lợi.'])).toEqual({
      'Lê Thanh Long': ['Trưởng ban Tuyên giáo Thành ủy Thủ Dầu Một', 'Phó chánh Văn phòng Tỉnh ủy Bình Dương', 'Bí thư Đảng ủy', 'Chủ tịch HĐND phường Phú Lợi'],
    });
    expect(table(['Ông Nguyễn Hoàng Thông (sinh năm 1980) có trình độ thạc sĩ luật, từng kinh qua các chức vụ Phó bí thư Thường trực Thị ủy Bến Cát (thị xã Bến Cát) và Phó chánh Văn phòng Tỉnh ủy Bình Dương.'])).toEqual({
      'Nguyễn Hoàng Thông': ['Phó bí thư Thường trực Thị ủy Bến Cát', 'Phó chánh Văn phòng Tỉnh ủy Bình Dương'],
    });
    // Trap: another title (or name) between the subject and the clause is that clause's subject.
    expect(table(['Ông Trần Văn An yêu cầu Giám đốc Sở Y tế, là Phó Trưởng ban Thường trực, khẩn trương vào cuộc.'])).toEqual({});
  });
});

describe('audit round 13: re-elections, decisions in a list, names that look like words', () => {
  it('"tái đắc cử chức (vụ) T", also after a comma; "Các ông A, B và C tiếp tục giữ chức T" gives T to each', () => {
    expect(table(['Ông Huỳnh Đức Hòa tái đắc cử chức Chủ tịch UBND tỉnh.'])).toEqual({ 'Huỳnh Đức Hòa': ['Chủ tịch UBND tỉnh'] });
    expect(table(['Ông Vũ Quang Tiến, tái đắc cử Phó Chủ tịch HĐND tỉnh.'])).toEqual({ 'Vũ Quang Tiến': ['Phó Chủ tịch HĐND tỉnh'] });
    expect(table(['Các ông Hoàng Sĩ Sơn, Trương Văn Thu và Nguyễn Văn Yên tiếp tục giữ chức Phó Chủ tịch UBND tỉnh.'])).toEqual({
      'Hoàng Sĩ Sơn': ['Phó Chủ tịch UBND tỉnh'],
      'Trương Văn Thu': ['Phó Chủ tịch UBND tỉnh'],
      'Nguyễn Văn Yên': ['Phó Chủ tịch UBND tỉnh'],
    });
  });

  it('"phê chuẩn kết quả bầu: T1 đối với ông X và ông Y; T2 đối với đối với ông Z": each clause of the list', () => {
    expect(table(['Thủ tướng phê chuẩn kết quả bầu: Phó Chủ tịch HĐND tỉnh Phú Yên khóa VIII đối với ông Lê Thanh Đồng và ông Nguyễn Tấn Chân kể từ ngày 15/6; Chủ tịch HĐND tỉnh Nam Định khóa XIX đối với đối với ông Lê Quốc Chỉnh kể từ ngày 25/6.'])).toEqual({
      'Lê Thanh Đồng': ['Phó Chủ tịch HĐND tỉnh Phú Yên'],
      'Nguyễn Tấn Chân': ['Phó Chủ tịch HĐND tỉnh Phú Yên'],
      'Lê Quốc Chỉnh': ['Chủ tịch HĐND tỉnh Nam Định'],
    });
  });

  it('a given name that is a head ("Nguyễn Công Trưởng") or a middle word ("Vũ Việt Văn")', () => {
    expect(table(['Ông Nguyễn Công Trưởng, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy Lạng Sơn dự.'])).toEqual({
      'Nguyễn Công Trưởng': ['Ủy viên Ban Thường vụ Tỉnh ủy', 'Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy Lạng Sơn'],
    });
    expect(table(['Phó Chủ tịch UBND tỉnh Vũ Việt Văn chúc Tết, tặng quà tại phường Thanh Miếu.'])).toEqual({ 'Vũ Việt Văn': ['Phó Chủ tịch UBND tỉnh'] });
    // A head followed by its body is still a title: "Lê Văn An, Trưởng Ban …".
    expect(table(['Ông Lê Văn An, Trưởng Ban Dân vận Tỉnh ủy phát biểu.'])).toEqual({ 'Lê Văn An': ['Trưởng Ban Dân vận Tỉnh ủy'] });
  });

  it('a province of Laos ends a title like a country, a foreign name may follow; "Khối các cơ quan", "Quận trưởng"', () => {
    expect(table(['Đồng chí Khăm Pheng, Bí thư Tỉnh ủy, Tỉnh trưởng tỉnh Hủa Phăn tiếp đoàn.'])).toEqual({
      'Khăm Pheng': ['Bí thư Tỉnh ủy', 'Tỉnh trưởng tỉnh Hủa Phăn'],
    });
    expect(table(['Bí thư, Tỉnh trưởng tỉnh Khăm Muộn Đay Xụ Đa Phon chủ trì Hội nghị.'])).toEqual({ 'Đay Xụ Đa Phon': ['Bí thư', 'Tỉnh trưởng tỉnh Khăm Muộn'] });
    expect(table(['Ông Lê Văn Hải, Bí thư Đảng ủy Khối các cơ quan tỉnh dự.'])).toEqual({ 'Lê Văn Hải': ['Bí thư Đảng ủy Khối các cơ quan tỉnh'] });
    // "Hội nghị hẹp Bộ trưởng Ngoại giao ASEAN" names a meeting, not the minister.
    const [minister] = officials(['Dự Hội nghị hẹp Bộ trưởng Ngoại giao ASEAN tại Luang Prabang, Bộ trưởng Ngoại giao Bùi Thanh Sơn gặp đồng nghiệp.']);
    expect(minister?.mentions.map((m) => m.text)).toEqual(['Bùi Thanh Sơn']);
  });

  it('East Asian and Lao names: a Vietnamese family name before a foreign given name; a Lao name in two halves around a dash', () => {
    expect(table(['Đoàn do Quận trưởng Kim Youngbae làm trưởng đoàn đến thăm.'])).toEqual({ 'Kim Youngbae': ['Quận trưởng', 'trưởng đoàn'] });
    expect(table(['Tổng thống Hàn Quốc Lee Jae-myung phát biểu.'])).toEqual({ 'Lee Jae-myung': ['Tổng thống Hàn Quốc'] });
    // A company's name is no person: "Thép | Pomina" ("Thép" is no family name).
    expect(table(['Tổng Giám đốc Thép Pomina Đỗ Duy Thái dự.'])).toEqual({ 'Đỗ Duy Thái': ['Tổng Giám đốc Thép Pomina'] });
    expect(table(['Đoàn chào xã giao đồng chí Khăm Pheng – Xay Sổm Pheng, Bí thư Tỉnh ủy, Tỉnh trưởng tỉnh Hủa Phăn.'])).toEqual({
      'Khăm Pheng – Xay Sổm Pheng': ['Bí thư Tỉnh ủy', 'Tỉnh trưởng tỉnh Hủa Phăn'],
    });
    // A dash before a title is the title's: "Ông Putin - Tổng thống Nga".
    expect(table(['Ông Putin - Tổng thống Nga phát biểu.'])).toEqual({ Putin: ['Tổng thống Nga'] });
  });

  it('audit round 15: "Cục Lễ tân", "Quản lý đất đai", "được bố trí giữ chức vụ T"; "Thứ trưởng các cơ quan: …" is no body', () => {
    expect(table(['Cục trưởng Cục Lễ tân Nhà nước Mai Phước Dũng phát biểu.'])).toEqual({ 'Mai Phước Dũng': ['Cục trưởng Cục Lễ tân Nhà nước'] });
    expect(table(['Ông Nguyễn Văn An, nguyên Phó Trưởng phòng Quản lý đất đai thuộc Sở TN-MT dự.'])).toEqual({
      'Nguyễn Văn An': ['nguyên Phó Trưởng phòng Quản lý đất đai thuộc Sở TN-MT'],
    });
    expect(table(['Thiếu tướng Nguyễn Minh Tuấn được bố trí giữ chức vụ Giám đốc Công an tỉnh Phú Thọ mới.'])).toEqual({
      'Nguyễn Minh Tuấn': ['Thiếu tướng', 'Giám đốc Công an tỉnh Phú Thọ'],
    });
    expect(table(['Bổ nhiệm ông Đỗ Văn Chiến làm Thứ trưởng các cơ quan: Ủy ban Dân tộc, Bộ Xây dựng.'])).toEqual({ 'Đỗ Văn Chiến': ['Thứ trưởng'] });
  });

  it('audit round 17: "sỹ" spellings, "Ủy viên trưởng", "Trưởng đoàn thanh tra", foreign parliaments, a second verb with its role', () => {
    expect(table(['Hạ nghị sỹ Kevin McCarthy, Chủ tịch Hạ viện Hoa Kỳ phát biểu.'])).toEqual({ 'Kevin McCarthy': ['Hạ nghị sỹ', 'Chủ tịch Hạ viện Hoa Kỳ'] });
    expect(table(['Ông Triệu Lạc Tế, Ủy viên trưởng Ủy ban Thường vụ Đại hội đại biểu nhân dân toàn quốc Trung Quốc hội đàm.'])).toEqual({
      'Triệu Lạc Tế': ['Ủy viên trưởng Ủy ban Thường vụ Đại hội đại biểu nhân dân toàn quốc Trung Quốc'],
    });
    expect(table(['Ông Nguyễn Văn Hùng, Trưởng đoàn thanh tra cho biết.'])).toEqual({ 'Nguyễn Văn Hùng': ['Trưởng đoàn thanh tra'] });
    expect(table(['Chủ tịch Duma Quốc gia Vyacheslav Volodin phát biểu.'])).toEqual({ 'Vyacheslav Volodin': ['Chủ tịch Duma Quốc gia'] });
    expect(table(['Bộ Công an điều động Đại tá Lê Ngọc Châu, Giám đốc Công an tỉnh Hải Dương đến nhận công tác và bổ nhiệm giữ chức Tư lệnh Bộ Tư lệnh Cảnh sát Cơ động.'])).toEqual({
      'Lê Ngọc Châu': ['Đại tá', 'Giám đốc Công an tỉnh Hải Dương', 'Tư lệnh Bộ Tư lệnh Cảnh sát Cơ động'],
    });
    // Trap: a second verb with its own post and holder.
    expect(table(['HĐND miễn nhiệm chức vụ Ủy viên UBND tỉnh đối với ông Nguyễn Minh Thuấn và miễn nhiệm chức vụ đại biểu HĐND tỉnh đối với ông Đoàn Minh Lý.'])).toEqual({
      'Nguyễn Minh Thuấn': ['Ủy viên UBND tỉnh'],
      'Đoàn Minh Lý': ['đại biểu HĐND tỉnh'],
    });
  });
});

describe('audit round 27: promotions listed after "gồm", lower-case department names, the navy\'s ranks', () => {
  it('"N người được thăng cấp bậc hàm từ R1 lên R2, gồm: X, T; Y, T": the rank goes to every name of the list', () => {
    expect(table(['Ba sĩ quan được thăng cấp bậc hàm từ Đại tá lên Thiếu tướng, gồm: ông Lê Văn An, Giám đốc Công an tỉnh Nam Định; ông Trần Văn Bình, Cục trưởng Cục Đối ngoại.'])).toEqual({
      'Lê Văn An': ['Thiếu tướng', 'Giám đốc Công an tỉnh Nam Định'],
      'Trần Văn Bình': ['Thiếu tướng', 'Cục trưởng Cục Đối ngoại'],
    });
    // An item whose title goes on in plain words after a comma is still one item of the list.
    expect(table(['Hai người được thăng cấp bậc hàm lên Trung tướng gồm ông Lê Văn An, Cục trưởng Cục Đối ngoại, cơ quan thường trực; ông Trần Văn Bình, Giám đốc Công an tỉnh Nam Định.'])).toEqual({
      'Lê Văn An': ['Trung tướng', 'Cục trưởng Cục Đối ngoại'],
      'Trần Văn Bình': ['Trung tướng', 'Giám đốc Công an tỉnh Nam Định'],
    });
    // "thăng cấp lên R": the word before the rank.
    expect(table(['Đại tá Lê Văn An được thăng cấp lên Thiếu tướng.'])).toEqual({ 'Lê Văn An': ['Đại tá', 'Thiếu tướng'] });
  });

  it('traps: no list after the rank, or a name after "lên R", names no holder', () => {
    expect(table(['Các sĩ quan được thăng cấp bậc hàm Thiếu tướng, Bộ trưởng Lương Tam Quang chúc mừng.'])).toEqual({ 'Lương Tam Quang': ['Bộ trưởng'] });
    expect(table(['Lễ thăng hàm cấp tướng cho Đại tá Lê Văn An diễn ra sáng nay.'])).toEqual({ 'Lê Văn An': ['Đại tá'] });
  });

  it('police departments, state groups and youth-union boards named in lower case; the navy\'s ranks with the service', () => {
    expect(table(['Ông Lê Văn An, Cục trưởng Cảnh sát điều tra tội phạm về ma túy phát biểu.'])).toEqual({ 'Lê Văn An': ['Cục trưởng Cảnh sát điều tra tội phạm về ma túy'] });
    expect(table(['Ông Lê Văn An, Cục trưởng Cảnh sát Quản lý trại giam dự họp.'])).toEqual({ 'Lê Văn An': ['Cục trưởng Cảnh sát Quản lý trại giam'] });
    expect(table(['Thiếu tướng Lê Văn An, Cục trưởng Cục Công tác Đảng và công tác chính trị, Bộ Công an dự họp.'])).toEqual({
      'Lê Văn An': ['Thiếu tướng', 'Cục trưởng Cục Công tác Đảng và công tác chính trị, Bộ Công an'],
    });
    expect(table(['Ông Lê Văn An giữ chức Tổng giám đốc Tập đoàn Công nghiệp cao su Việt Nam.'])).toEqual({ 'Lê Văn An': ['Tổng giám đốc Tập đoàn Công nghiệp cao su Việt Nam'] });
    expect(table(['Bà Lê Thị Hoa, Phó Trưởng Ban Đoàn kết tập hợp thanh niên Trung ương Đoàn phát biểu.'])).toEqual({
      'Lê Thị Hoa': ['Phó Trưởng Ban Đoàn kết tập hợp thanh niên Trung ương Đoàn'],
    });
    expect(table(['Phó Đô đốc Hải quân Lê Văn An, Tư lệnh Quân chủng Hải quân dự lễ.'])).toEqual({ 'Lê Văn An': ['Phó Đô đốc Hải quân', 'Tư lệnh Quân chủng Hải quân'] });
  });
});

describe('audit round 27: an aside or a place of residence between a name and its title', () => {
  it('"X (SN 1960, trú tại …), T" and "X (SN 1960), trú tại …, TP Y (T1, T2)"', () => {
    expect(table(['Bị can Trần Văn Công (SN 1960, trú tại phường Đông Hải, TP Thanh Hóa), nguyên Chủ tịch UBND huyện Quảng Xương bị bắt.'])).toEqual({
      'Trần Văn Công': ['nguyên Chủ tịch UBND huyện Quảng Xương'],
    });
    expect(table(['Các bị can gồm: Trần Văn Công (SN 1960), trú tại phường Đông Hải, TP Thanh Hóa (nguyên Chủ tịch UBND huyện Quảng Xương); Lê Văn Khoa (SN 1974), trú tại xã Quảng Chính (Trưởng Phòng kinh tế hạ tầng huyện Quảng Xương, nguyên Chủ tịch UBND xã Quảng Chính).'])).toEqual({
      'Trần Văn Công': ['nguyên Chủ tịch UBND huyện Quảng Xương'],
      'Lê Văn Khoa': ['Trưởng Phòng kinh tế hạ tầng huyện Quảng Xương', 'nguyên Chủ tịch UBND xã Quảng Chính'],
    });
  });

  it('traps: a title inside the bracket is the name\'s, and items each with an aside of their own are a list', () => {
    expect(table(['Ông Lê Văn An (Giám đốc Sở Y tế), Trưởng ban chỉ đạo phát biểu.'])).toEqual({ 'Lê Văn An': ['Giám đốc Sở Y tế'] });
    expect(table(['Các Tổng thống Mỹ từng thăm Việt Nam: Tổng thống George Bush (năm 2006, lần đầu), Tổng thống Mỹ (năm 2016).'])).toEqual({ 'George Bush': ['Tổng thống'] });
  });
});

describe('audit round 27: titles before the names of a list', () => {
  it('"T0 X, T1, T2 Y": with a title before X, the run of titles that ends right before Y is all Y\'s', () => {
    expect(table(['Nhận lời mời của Chủ tịch nước Lương Cường, Tổng Bí thư, Chủ tịch nước Trung Quốc Tập Cận Bình thăm Việt Nam.'])).toEqual({
      'Lương Cường': ['Chủ tịch nước'],
      'Tập Cận Bình': ['Tổng Bí thư', 'Chủ tịch nước Trung Quốc'],
    });
  });

  it('traps: titles after each name, no title before X, or no name after the run', () => {
    expect(table(['Thủ tướng gặp Hạ nghị sỹ Kevin McCarthy, Chủ tịch Hạ viện Hoa Kỳ, Hạ nghị sĩ Michael McCaul, Chủ tịch Ủy ban Đối ngoại Hạ viện.'])).toEqual({
      'Kevin McCarthy': ['Hạ nghị sỹ', 'Chủ tịch Hạ viện Hoa Kỳ'],
      'Michael McCaul': ['Hạ nghị sĩ', 'Chủ tịch Ủy ban Đối ngoại Hạ viện'],
    });
    expect(table(['Đồng chí Lê Văn An, Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh Trần Văn Bình dự họp.'])).toEqual({
      'Lê Văn An': ['Bí thư Tỉnh ủy'],
      'Trần Văn Bình': ['Chủ tịch HĐND tỉnh'],
    });
    expect(table(['Chủ tịch nước Lương Cường, Chủ tịch Hội đồng Quốc phòng và An ninh, Thống lĩnh các lực lượng vũ trang, đã trao quyết định.'])).toEqual({
      'Lương Cường': ['Chủ tịch nước', 'Chủ tịch Hội đồng Quốc phòng và An ninh', 'Thống lĩnh các lực lượng vũ trang'],
    });
  });
});

describe('audit round 27: "T, gồm X và Y", a membership after "của"', () => {
  it('"bổ nhiệm lại 2 T, gồm ông X và ông Y": the title is both names\'', () => {
    expect(table(['Thủ tướng bổ nhiệm lại 2 Phó chủ nhiệm Văn phòng Chính phủ, gồm ông Lê Văn An và ông Trần Văn Bình.'])).toEqual({
      'Lê Văn An': ['Phó chủ nhiệm Văn phòng Chính phủ'],
      'Trần Văn Bình': ['Phó chủ nhiệm Văn phòng Chính phủ'],
    });
    // Trap: a title in a name's chain before ", gồm" is that name's only.
    expect(table(['Ông Lê Văn An, Giám đốc Sở Y tế, gồm ông Trần Văn Bình và bà Lê Thị Hoa.'])).toEqual({ 'Lê Văn An': ['Giám đốc Sở Y tế'] });
  });

  it('"của Ủy viên Bộ Chính trị, Bộ trưởng Ngoại giao Trung Quốc Vương Nghị": a membership after "của" opens the chain', () => {
    expect(table(['Đại sứ chuyển lời chúc mừng của Ủy viên Bộ Chính trị, Bộ trưởng Ngoại giao Trung Quốc Vương Nghị.'])).toEqual({
      'Vương Nghị': ['Ủy viên Bộ Chính trị', 'Bộ trưởng Ngoại giao Trung Quốc'],
    });
    // Trap: an office after "của" is still someone else's.
    expect(table(['Thừa ủy quyền của Chủ tịch nước, Phó Chủ nhiệm Văn phòng Chủ tịch nước Lê Văn An trao quyết định.'])).toEqual({
      'Lê Văn An': ['Phó Chủ nhiệm Văn phòng Chủ tịch nước'],
    });
  });
});

describe('audit round 27: "X, T1 là T2"', () => {
  it('"bầu bổ sung ông X, Phó Bí thư Tỉnh ủy là Chủ tịch UBND tỉnh": "là" goes on the chain', () => {
    expect(table(['HĐND tỉnh bầu bổ sung ông Lê Văn An, Phó Bí thư Tỉnh ủy là Chủ tịch UBND tỉnh Bình Định.'])).toEqual({
      'Lê Văn An': ['Phó Bí thư Tỉnh ủy', 'Chủ tịch UBND tỉnh Bình Định'],
    });
    // Trap: "là" before plain words adds nothing.
    expect(table(['Ông Lê Văn An, Phó Bí thư Tỉnh ủy là người phát biểu đầu tiên.'])).toEqual({ 'Lê Văn An': ['Phó Bí thư Tỉnh ủy'] });
  });
});

describe('audit round 27: a concurrent post left', () => {
  it('"X - T thôi kiêm nhiệm chức T2": the post left is still one X held', () => {
    expect(table(['Ông Lê Văn An - Thứ trưởng Bộ Tài chính thôi kiêm nhiệm chức Chủ tịch Hội đồng quản trị Tập đoàn Bảo Việt.'])).toEqual({
      'Lê Văn An': ['Thứ trưởng Bộ Tài chính', 'Chủ tịch Hội đồng quản trị Tập đoàn Bảo Việt'],
    });
  });
});

describe('audit round 27: a foreign name glued to Vietnamese text', () => {
  it('"Tổng thống Donald Trump Toàn cảnh lễ đón": a marked Vietnamese syllable before a lower-case word ends the name', () => {
    expect(table(['Chủ tịch nước đón Tổng thống Donald Trump Toàn cảnh lễ đón tại Phủ Chủ tịch.'])).toEqual({ 'Donald Trump': ['Tổng thống'] });
    // Traps: no Vietnamese marks ("Sen"), or a foreign word with an accent, is the name's.
    expect(table(['Tổng thống Peru Alberto Otárola phát biểu.'])).toEqual({ 'Alberto Otárola': ['Tổng thống Peru'] });
    expect(table(['Chủ tịch Thượng viện Campuchia Samdech Hun Sen hội đàm.'])).toEqual({ 'Samdech Hun Sen': ['Chủ tịch Thượng viện Campuchia'] });
  });
});

describe('audit round 27: a membership left, two posts of one clause, a given name that is a head before "và"', () => {
  it('"cho thôi làm nhiệm vụ T … đối với X"; "miễn nhiệm chức danh T1 và cho thôi làm nhiệm vụ T2 đối với X"', () => {
    expect(table(['Kỳ họp cho thôi làm nhiệm vụ đại biểu HĐND tỉnh khóa XII đối với đồng chí Lê Văn An.'])).toEqual({ 'Lê Văn An': ['đại biểu HĐND tỉnh'] });
    expect(table(['HĐND tỉnh miễn nhiệm chức danh Chủ tịch UBND tỉnh và cho thôi làm nhiệm vụ đại biểu HĐND tỉnh đối với đồng chí Lê Văn An.'])).toEqual({
      'Lê Văn An': ['Chủ tịch UBND tỉnh', 'đại biểu HĐND tỉnh'],
    });
    // Trap: a second post of its own clause, with its own holder, is that holder's only.
    expect(table(['HĐND miễn nhiệm chức vụ Ủy viên UBND tỉnh đối với ông Lê Văn An và miễn nhiệm chức vụ đại biểu HĐND tỉnh đối với ông Trần Văn Bình.'])).toEqual({
      'Lê Văn An': ['Ủy viên UBND tỉnh'],
      'Trần Văn Bình': ['đại biểu HĐND tỉnh'],
    });
  });

  it('"2 ông Nguyễn Công Trưởng và Hoàng Văn Ngôn": a head of one word before "và" and a capital ends the name', () => {
    expect(table(['Kỳ họp cho thôi làm nhiệm vụ đại biểu HĐND tỉnh đối với 2 ông Nguyễn Công Trưởng và Hoàng Văn Ngôn.'])).toEqual({
      'Nguyễn Công Trưởng': ['đại biểu HĐND tỉnh'],
      'Hoàng Văn Ngôn': ['đại biểu HĐND tỉnh'],
    });
  });
});

describe('audit round 30: title bodies', () => {
  it('"… Bộ Quốc phòng tại Quyết định 1428/QĐ-TTg": a document after a joiner ends the title', () => {
    expect(table(['Đại tá Lê Văn An, Phó Tham mưu trưởng Quân khu 9 được bổ nhiệm giữ chức Phó Tư lệnh Quân khu 9, Bộ Quốc phòng tại Quyết định 100/QĐ-TTg.'])).toEqual({
      'Lê Văn An': ['Đại tá', 'Phó Tham mưu trưởng Quân khu 9', 'Phó Tư lệnh Quân khu 9, Bộ Quốc phòng'],
    });
    // Traps: "tại" before a place or a body still joins.
    expect(table(['Đại sứ Việt Nam tại Nhật Bản Trần Văn Bình và Viện trưởng Viện Kiểm sát nhân dân cấp cao tại Hà Nội Lê Thị Cúc dự lễ.'])).toEqual({
      'Trần Văn Bình': ['Đại sứ Việt Nam tại Nhật Bản'],
      'Lê Thị Cúc': ['Viện trưởng Viện Kiểm sát nhân dân cấp cao tại Hà Nội'],
    });
  });

  it('"Bí thư TP. Sầm Sơn": after the abbreviation and its dot, a place named like a person', () => {
    expect(table(['Ông Lê Văn An, Tỉnh ủy viên, Bí thư TP. Sầm Sơn, được bầu làm Phó Chủ tịch UBND tỉnh.'])).toEqual({
      'Lê Văn An': ['Tỉnh ủy viên', 'Bí thư TP. Sầm Sơn', 'Phó Chủ tịch UBND tỉnh'],
    });
    // Trap: a person of three syllables after "TP." is still the holder.
    expect(table(['Chủ tịch UBND TP. Trần Văn Bình phát biểu.'])).toEqual({ 'Trần Văn Bình': ['Chủ tịch UBND TP.'] });
  });

  it('"Chủ tịch UBND tỉnh Nguyễn Bốn": no province is named with a common family name', () => {
    expect(table(['Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Nguyễn Bốn trình bày dự thảo.'])).toEqual({ 'Nguyễn Bốn': ['Phó Bí thư Tỉnh ủy', 'Chủ tịch UBND tỉnh'] });
    // Traps: a province named like a person stays the body's; after "huyện" two syllables stay the place's.
    expect(table(['Chủ tịch UBND tỉnh Hà Giang Lê Văn An phát biểu.'])).toEqual({ 'Lê Văn An': ['Chủ tịch UBND tỉnh Hà Giang'] });
    expect(table(['Bí thư Huyện ủy Lý Nhân Trần Văn Bình chủ trì.'])).toEqual({ 'Trần Văn Bình': ['Bí thư Huyện ủy Lý Nhân'] });
    expect(table(['Chủ tịch UBND huyện Lê Thủy phát biểu.'])).toEqual({});
  });

  it('"Phó trưởng Phòng Bảo vệ - An ninh": a dashed department whose first field has a lower-case word', () => {
    expect(table(['Thượng tá Lê Văn An, Phó trưởng Phòng Bảo vệ - An ninh giữ chức Chính ủy Lữ đoàn 75.'])).toEqual({
      'Lê Văn An': ['Thượng tá', 'Phó trưởng Phòng Bảo vệ - An ninh', 'Chính ủy Lữ đoàn 75'],
    });
    expect(table(['Trưởng phòng Bảo vệ - An ninh Lê Văn An phát biểu.'])).toEqual({ 'Lê Văn An': ['Trưởng phòng Bảo vệ - An ninh'] });
    // Trap: a department not in the list still ends at its lower-case word.
    expect(table(['Ông Lê Văn An, Phó trưởng Phòng Bảo vệ - An toàn phát biểu.'])).toEqual({ 'Lê Văn An': ['Phó trưởng Phòng Bảo'] });
  });

  it('"Thượng tá Tào Đức Thắng": a family name', () => {
    expect(table(['Thượng tá Tào Đức Thắng – Tổng Giám đốc Tổng Công ty Viettel Global phát biểu.'])).toEqual({
      'Tào Đức Thắng': ['Thượng tá', 'Tổng Giám đốc Tổng Công ty Viettel Global'],
    });
  });
});

describe('audit round 30: cues', () => {
  it('"giữ cương vị", "đảm nhiệm vị trí", "thăng chức lên", "thôi nhiệm vụ", "từng đảm nhận các chức vụ như"', () => {
    expect(table(['Ông Lê Văn An được Quốc hội bầu giữ cương vị Viện trưởng Viện Kiểm sát nhân dân tối cao.'])).toEqual({
      'Lê Văn An': ['Viện trưởng Viện Kiểm sát nhân dân tối cao'],
    });
    expect(table(['Năm 2007, ông Lê Văn An được thăng chức lên Phó Tổng giám đốc BIDV.'])).toEqual({ 'Lê Văn An': ['Phó Tổng giám đốc BIDV'] });
    expect(table(['Tháng 3/2005, ông Lê Văn An đảm nhiệm vị trí Giám đốc Ban Tổ chức cán bộ BIDV.'])).toEqual({ 'Lê Văn An': ['Giám đốc Ban Tổ chức cán bộ BIDV'] });
    expect(table(['Kỳ họp thống nhất cho thôi nhiệm vụ đại biểu HĐND tỉnh khóa III đối với ông Lê Văn An.'])).toEqual({ 'Lê Văn An': ['đại biểu HĐND tỉnh'] });
    expect(table(['Trước đó, ông Lê Văn An từng đảm nhận các chức vụ như Phó Giám đốc Sở Xây dựng, Giám đốc Sở Xây dựng tỉnh Nam Định.'])).toEqual({
      'Lê Văn An': ['Phó Giám đốc Sở Xây dựng', 'Giám đốc Sở Xây dựng tỉnh Nam Định'],
    });
    // Trap: "thăng chức" with no post after it gives nothing.
    expect(table(['Ông Lê Văn An được thăng chức nhanh.'])).toEqual({});
  });
});

describe('audit round 30: a career told with the pronoun after a phrase opening the sentence', () => {
  it('"Tháng 01/1998, ông là T", "Hai năm sau, ông làm T", "Ông giữ chức T": the person last named', () => {
    expect(
      table([
        'Ông Lê Văn An sinh năm 1964, quê Nghệ An. Tháng 01/1998, ông là Giám đốc Chi nhánh Quảng Ngãi. Hai năm sau, ông làm Phó Tổng giám đốc Ngân hàng Công thương.',
      ]),
    ).toEqual({ 'Lê Văn An': ['Giám đốc Chi nhánh Quảng Ngãi', 'Phó Tổng giám đốc Ngân hàng Công thương'] });
    expect(table(['Đại tướng Lê Văn An sinh năm 1957. Ông giữ chức Bộ trưởng Bộ Công an từ năm 2016.'])).toEqual({ 'Lê Văn An': ['Đại tướng', 'Bộ trưởng Bộ Công an'] });
    // A post named without a holder in the phrase: "Năm 2013, khi đang là T1, ông được bổ nhiệm giữ chức T2".
    expect(table(['Ông Lê Văn An 56 tuổi. Năm 2013, khi đang là Phó Vụ trưởng, ông được bổ nhiệm giữ chức Viện trưởng Viện Kiểm sát nhân dân tỉnh Quảng Bình.'])).toEqual({
      'Lê Văn An': ['Viện trưởng Viện Kiểm sát nhân dân tỉnh Quảng Bình'],
    });
    // (The post in the opening phrase itself is not given: only what follows the pronoun.)
    expect(table(['Ông Lê Văn An sinh năm 1950. Sau thời gian giữ chức Bộ trưởng Bộ Công an, ông giữ chức Thường trực Ban Bí thư.'])).toEqual({
      'Lê Văn An': ['Thường trực Ban Bí thư'],
    });
    // "Trong quá trình công tác ông từng là …": without the comma, when a cue follows the pronoun.
    expect(table(['Ông Lê Văn An sinh năm 1970. Trong quá trình công tác ông từng là Phó Chủ tịch UBND huyện Yên Dũng.'])).toEqual({
      'Lê Văn An': ['Phó Chủ tịch UBND huyện Yên Dũng'],
    });
  });

  it('paragraph by paragraph, a pronoun keeps the person last named for the next one', () => {
    expect(
      table([
        'Ông Lê Văn An sinh năm 1970, quê Bắc Giang.',
        'Trong quá trình công tác ông từng là cán bộ thuế.',
        'Từ tháng 02/2006 - 9/2010, ông là Phó Chủ tịch UBND thành phố Bắc Giang.',
        'Từ tháng 5/2014 - 4/2015, ông là Tỉnh ủy viên, Phó Chủ tịch UBND tỉnh Bắc Giang.',
      ]),
    ).toEqual({ 'Lê Văn An': ['Phó Chủ tịch UBND thành phố Bắc Giang', 'Tỉnh ủy viên', 'Phó Chủ tịch UBND tỉnh Bắc Giang'] });
  });

  it('traps: an opening phrase with a name or a title in it; a pronoun in a paragraph far from the name; no cue after the pronoun', () => {
    // "Năm 2013, theo Bí thư X, ông …": a name in the phrase, so "ông" is no subject pronoun.
    expect(table(['Ông Lê Văn An là Giám đốc Sở Tài chính. Theo Bí thư Tỉnh ủy Trần Văn Bình, ông là người tận tụy.'])).toEqual({
      'Lê Văn An': ['Giám đốc Sở Tài chính'],
      'Trần Văn Bình': ['Bí thư Tỉnh ủy'],
    });
    expect(table(['Ông Lê Văn An là Giám đốc Sở Tài chính.', 'Buổi lễ diễn ra trang trọng.', 'Dự lễ có nhiều khách mời.', 'Năm 2010, ông là Chủ tịch Hội Nông dân tỉnh.'])).toEqual({
      'Lê Văn An': ['Giám đốc Sở Tài chính'],
    });
    expect(table(['Ông Lê Văn An là Giám đốc Sở Tài chính. Theo ông việc này là Chủ tịch UBND tỉnh quyết.'])).toEqual({ 'Lê Văn An': ['Giám đốc Sở Tài chính'] });
  });
});

describe('audit round 30: "bổ nhiệm T cho các ông X, Y và bà Z"', () => {
  it('"cho" before an honorific, right after an appointment\'s post, names its holders', () => {
    expect(table(['Ông Dũng trao quyết định bổ nhiệm phó chánh án cho các ông Lê Văn An, Trần Văn Bình và bà Phạm Thị Cúc.'])).toEqual({
      'Lê Văn An': ['phó chánh án'],
      'Trần Văn Bình': ['phó chánh án'],
      'Phạm Thị Cúc': ['phó chánh án'],
    });
    // A given name of four syllables after the honorific is one person.
    expect(table(['Tòa án trao quyết định bổ nhiệm Phó Chánh án cho bà Phan Ngọc Hoàng Đình Thục.'])).toEqual({ 'Phan Ngọc Hoàng Đình Thục': ['Phó Chánh án'] });
  });

  it('traps: a post far from "cho"; an acting post after "giao quyền"; "cho" with no post before it', () => {
    expect(table(['Chức vụ Chủ tịch Tập đoàn được bàn giao cho ông Lê Văn An – Tổng giám đốc Tập đoàn.'])).toEqual({ 'Lê Văn An': ['Tổng giám đốc Tập đoàn'] });
    expect(table(['Thủ tướng ký quyết định giao quyền Bộ trưởng Bộ Giáo dục cho ông Lê Văn An - Giám đốc Đại học Quốc gia.'])).toEqual({
      'Lê Văn An': ['Giám đốc Đại học Quốc gia'],
    });
    expect(table(['Bộ trưởng trao Huân chương Lao động cho ông Lê Văn An.'])).toEqual({});
    // Five capitalised syllables ending with a place are no name of five.
    expect(table(['Tòa án bổ nhiệm Phó Chánh án cho ông Lê Văn An Hà Nội.'])).toEqual({});
    expect(table(['Tòa án bổ nhiệm Phó Chánh án cho ông Lê Văn An ở Hà Nội.'])).toEqual({ 'Lê Văn An': ['Phó Chánh án'] });
  });
});

describe('audit round 30: a department after a comma completes the post', () => {
  it('"Trợ lý Cơ sở Đảng, Phòng Tổ chức giữ chức T": the chain stays whole up to the role', () => {
    expect(table(['Quyết định được trao cho các đồng chí: Thượng tá Lê Văn An, Trợ lý Cơ sở Đảng, Phòng Tổ chức giữ chức Phó Chính ủy Lữ đoàn 26.'])).toEqual({
      'Lê Văn An': ['Thượng tá', 'Trợ lý Cơ sở Đảng, Phòng Tổ chức', 'Phó Chính ủy Lữ đoàn 26'],
    });
    // Trap: a department whose word the post already has opens a new clause ("Trưởng phòng …, Phòng …").
    expect(table(['Ông Lê Văn An, Trưởng phòng Tổng hợp, Phòng Tổ chức nói.'])).toEqual({ 'Lê Văn An': ['Trưởng phòng Tổng hợp'] });
  });
});

describe('audit round 30: "X, T; Y, T; và Z, T cùng giữ chức vụ T2"', () => {
  it('the post after "cùng giữ chức vụ" is every item\'s, each keeping its own title', () => {
    expect(
      table(['Công bố quyết định bổ nhiệm các đồng chí: Lê Văn An, Phó Chánh án TAND tỉnh Quảng Bình; Trần Văn Bình, Phó Chánh án TAND tỉnh Quảng Bình; và Phạm Văn Cường, Phó Chánh án TAND tỉnh Quảng Trị cùng giữ chức vụ Phó Chánh án TAND tỉnh Quảng Trị (mới).']),
    ).toEqual({
      'Lê Văn An': ['Phó Chánh án TAND tỉnh Quảng Bình', 'Phó Chánh án TAND tỉnh Quảng Trị'],
      'Trần Văn Bình': ['Phó Chánh án TAND tỉnh Quảng Bình', 'Phó Chánh án TAND tỉnh Quảng Trị'],
      'Phạm Văn Cường': ['Phó Chánh án TAND tỉnh Quảng Trị'],
    });
    expect(table(['Hai ông Lê Văn An và Trần Văn Bình cùng giữ chức Phó Giám đốc Sở Y tế.'])).toEqual({
      'Lê Văn An': ['Phó Giám đốc Sở Y tế'],
      'Trần Văn Bình': ['Phó Giám đốc Sở Y tế'],
    });
  });

  it('trap: an item before a full stop, not a semicolon, is another sentence\'s', () => {
    expect(table(['Ông Lê Văn An, Giám đốc Sở Y tế, phát biểu. Ông Trần Văn Bình, Phó Giám đốc Sở Tài chính cùng giữ chức vụ Phó Giám đốc Sở Y tế.'])).toEqual({
      'Lê Văn An': ['Giám đốc Sở Y tế'],
      'Trần Văn Bình': ['Phó Giám đốc Sở Tài chính', 'Phó Giám đốc Sở Y tế'],
    });
  });
});

describe('audit round 30: deputies named the other way round, the police named by their field', () => {
  it('"Ông làm Tổng cục phó Cảnh sát phòng, chống tội phạm, Phó thủ trưởng cơ quan Cảnh sát điều tra (Bộ Công an), Bí thư Tỉnh ủy X"', () => {
    expect(
      table(['Thượng tướng Lê Văn An sinh năm 1962. Ông làm Tổng cục phó Cảnh sát phòng, chống tội phạm, Phó thủ trưởng cơ quan Cảnh sát điều tra (Bộ Công an), Bí thư Tỉnh ủy Thái Nguyên.']),
    ).toEqual({
      'Lê Văn An': ['Thượng tướng', 'Tổng cục phó Cảnh sát phòng, chống tội phạm', 'Phó thủ trưởng cơ quan Cảnh sát điều tra', 'Bí thư Tỉnh ủy Thái Nguyên'],
    });
    expect(table(['Ông Lê Văn An, Tổng cục phó Tổng cục Thuế, phát biểu.'])).toEqual({ 'Lê Văn An': ['Tổng cục phó Tổng cục Thuế'] });
  });

  it('traps: a campaign after any other body is the sentence going on; a role after a name keeps to its posts', () => {
    expect(table(['Chủ tịch UBND xã Lê Văn An chống tội phạm thế nào?'])).toEqual({ 'Lê Văn An': ['Chủ tịch UBND xã'] });
    expect(table(['Ông Lê Văn An làm Giám đốc Sở Y tế (từ năm 2020), Bí thư Tỉnh ủy Trần Văn Bình chúc mừng.'])).toEqual({
      'Lê Văn An': ['Giám đốc Sở Y tế'],
      'Trần Văn Bình': ['Bí thư Tỉnh ủy'],
    });
  });
});

describe('audit round 30: "miễn nhiệm chức vụ T với ông X"; "…, sau đó kiêm nhiệm thêm các vị trí T2, T3"', () => {
  it('"với" before an honorific right after an appointment\'s post names its holder', () => {
    expect(table(['Thủ tướng trình Quốc hội phê chuẩn miễn nhiệm chức vụ Phó Thủ tướng với ông Lê Văn An.'])).toEqual({ 'Lê Văn An': ['Phó Thủ tướng'] });
    // Traps: a meeting "với" a title and a name, or with no post before it.
    expect(table(['Bộ trưởng Trần Văn Bình hội đàm với Phó Thủ tướng Lê Văn An.'])).toEqual({ 'Trần Văn Bình': ['Bộ trưởng'], 'Lê Văn An': ['Phó Thủ tướng'] });
    expect(table(['Bộ trưởng Trần Văn Bình có cuộc gặp với ông Lê Văn An.'])).toEqual({ 'Trần Văn Bình': ['Bộ trưởng'] });
  });

  it('a second role of the same sentence, no other name before it, is the same appointee\'s', () => {
    expect(
      table(['Ông Lê Văn An được bổ nhiệm làm Phó Tổng Giám đốc Petrolimex từ tháng 3/2012, sau đó kiêm nhiệm thêm các vị trí Chủ tịch HĐQT Công ty Tin học Petrolimex, Ủy viên Ban Thường vụ Đảng ủy Tập đoàn.']),
    ).toEqual({ 'Lê Văn An': ['Phó Tổng Giám đốc Petrolimex', 'Chủ tịch HĐQT Công ty Tin học Petrolimex', 'Ủy viên Ban Thường vụ Đảng ủy Tập đoàn'] });
    // Trap: another name before the second role takes it; a new sentence starts afresh.
    expect(table(['Ông Lê Văn An được bổ nhiệm làm Giám đốc Sở Y tế, thay ông Trần Văn Bình chuyển sang làm Phó Chủ tịch UBND tỉnh.'])).toEqual({
      'Lê Văn An': ['Giám đốc Sở Y tế'],
      'Trần Văn Bình': ['Phó Chủ tịch UBND tỉnh'],
    });
    expect(table(['Ông Lê Văn An được bổ nhiệm làm Giám đốc Sở Y tế. Sau đó kiêm nhiệm thêm Chủ tịch Hội Y học tỉnh.'])).toEqual({ 'Lê Văn An': ['Giám đốc Sở Y tế'] });
  });
});

describe('audit round 30: a board named by its task in lower case', () => {
  it('"Trưởng Ban chấm thi THPT", "Trưởng ban Chỉ đạo thi THPT", "Trưởng ban công tác đại biểu QH"', () => {
    expect(table(['Ông Lê Văn An - Tỉnh ủy viên, Trưởng ban Chỉ đạo thi THPT và ông Trần Văn Bình - Chủ tịch Hội đồng, Trưởng Ban chấm thi THPT chịu trách nhiệm.'])).toEqual({
      'Lê Văn An': ['Tỉnh ủy viên', 'Trưởng ban Chỉ đạo thi THPT'],
      'Trần Văn Bình': ['Chủ tịch Hội đồng', 'Trưởng Ban chấm thi THPT'],
    });
    expect(table(['Dự họp có Trưởng ban công tác đại biểu QH Nguyễn Thị Nương.'])).toEqual({ 'Nguyễn Thị Nương': ['Trưởng ban công tác đại biểu QH'] });
  });

  it('traps: the lower-case words after "Ban" are the sentence\'s when no capital or place kind follows them', () => {
    expect(table(['Ông Lê Văn An, Trưởng Ban chỉ đạo kỳ thi phát biểu.'])).toEqual({ 'Lê Văn An': ['Trưởng Ban chỉ đạo'] });
    expect(table(['Ông Lê Văn An, Trưởng Ban Tổ chức Tỉnh ủy chủ trì hội nghị.'])).toEqual({ 'Lê Văn An': ['Trưởng Ban Tổ chức Tỉnh ủy'] });
  });
});

describe('audit round 30: a company named like a person after its legal form', () => {
  it('"Giám đốc Công ty TNHH Nguyễn Kim Trần Văn Bình": two syllables after TNHH, CP, cổ phần are the company\'s', () => {
    expect(table(['Giám đốc Công ty TNHH Nguyễn Kim Trần Văn Bình phát biểu.'])).toEqual({ 'Trần Văn Bình': ['Giám đốc Công ty TNHH Nguyễn Kim'] });
    expect(table(['Tổng giám đốc Công ty cổ phần Lê Bảo Minh Lê Văn An phát biểu.'])).toEqual({ 'Lê Văn An': ['Tổng giám đốc Công ty cổ phần Lê Bảo Minh'] });
    // Traps: a person of three syllables right after the form is the holder; a foreign brand stays the company's.
    expect(table(['Giám đốc Công ty TNHH Lê Văn An phát biểu.'])).toEqual({ 'Lê Văn An': ['Giám đốc Công ty TNHH'] });
    expect(table(['Giám đốc Công ty TNHH ABC Lê Văn An phát biểu.'])).toEqual({ 'Lê Văn An': ['Giám đốc Công ty TNHH ABC'] });
  });
});

describe('audit round 30: a higher place after a comma completes the post', () => {
  it('"Chủ tịch UBND xã A, huyện B"; "Chủ tịch HĐND tỉnh, Hà Tĩnh"', () => {
    expect(table(['Bị can Lê Văn An (Chủ tịch UBND xã Quảng Trung, huyện Quảng Xương, nguyên Chủ tịch UBND xã Quảng Chính, huyện Quảng Xương) bị bắt.'])).toEqual({
      'Lê Văn An': ['Chủ tịch UBND xã Quảng Trung, huyện Quảng Xương', 'nguyên Chủ tịch UBND xã Quảng Chính, huyện Quảng Xương'],
    });
    expect(table(['Đồng chí Lê Văn An, Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh, Hà Tĩnh dự hội nghị.'])).toEqual({
      'Lê Văn An': ['Bí thư Tỉnh ủy', 'Chủ tịch HĐND tỉnh, Hà Tĩnh'],
    });
  });

  it('traps: a place of the same level is another item; a capitalised place after a title that ends with a name is not taken', () => {
    expect(table(['Ông Lê Văn An, Chủ tịch UBND xã A Lưới, xã Hồng Thượng phát biểu.'])).toEqual({ 'Lê Văn An': ['Chủ tịch UBND xã A Lưới'] });
    expect(table(['Ông Lê Văn An, Chủ tịch UBND tỉnh Nghệ An, Hà Tĩnh và Quảng Bình dự họp.'])).toEqual({ 'Lê Văn An': ['Chủ tịch UBND tỉnh Nghệ An'] });
  });
});

describe('audit round 30: a past career listed after its cue, items parted by semicolons, some no title', () => {
  it('every title up to the sentence end is the subject\'s', () => {
    expect(
      table([
        'Ông Lê Văn An sinh năm 1970. Trong quá trình công tác ông từng là cán bộ Phòng Văn hóa thị xã Bắc Giang; cán bộ, Phó Chi cục trưởng Chi cục Thuế thị xã Bắc Giang; Phó Trưởng phòng Quản lý thuế doanh nghiệp ngoài quốc doanh, Cục Thuế tỉnh Bắc Giang.',
      ]),
    ).toEqual({
      'Lê Văn An': ['Phó Chi cục trưởng Chi cục Thuế thị xã Bắc Giang', 'Phó Trưởng phòng Quản lý thuế doanh nghiệp ngoài quốc doanh, Cục Thuế tỉnh Bắc Giang'],
    });
    expect(table(['Ông Lê Văn An từng kinh qua các chức vụ Phó Chủ nhiệm Ủy ban Kiểm tra Trung ương; Bí thư Tỉnh ủy Thái Bình (cũ); Chủ nhiệm Ủy ban Kiểm tra Trung ương.'])).toEqual({
      'Lê Văn An': ['Phó Chủ nhiệm Ủy ban Kiểm tra Trung ương', 'Bí thư Tỉnh ủy Thái Bình', 'Chủ nhiệm Ủy ban Kiểm tra Trung ương'],
    });
  });

  it('traps: another name ends the list; the next sentence is not the list; "là" alone opens no career', () => {
    expect(table(['Ông Lê Văn An từng là Phó Giám đốc Sở Y tế, cùng thời với ông Trần Văn Bình, Giám đốc Sở Tài chính.'])).toEqual({
      'Lê Văn An': ['Phó Giám đốc Sở Y tế'],
      'Trần Văn Bình': ['Giám đốc Sở Tài chính'],
    });
    expect(table(['Ông Lê Văn An từng là cán bộ thuế. Phó Giám đốc Sở Tài chính phát biểu.'])).toEqual({});
    expect(table(['Ông Lê Văn An là Giám đốc Sở Y tế; Phó Giám đốc Sở phụ trách chuyên môn vắng mặt.'])).toEqual({ 'Lê Văn An': ['Giám đốc Sở Y tế'] });
  });
});

describe('audit round 30: "chức vụ này", the post of the last appointment', () => {
  it('in the next paragraph, after "là" and a rank; in the same sentence group, for the passive subject', () => {
    expect(
      table([
        'Cụ thể, Chuẩn Đô đốc Lê Văn An, Phó tư lệnh Quân chủng Hải quân được bổ nhiệm giữ chức Phó Tổng Tham mưu trưởng Quân đội nhân dân Việt Nam.',
        'Người thứ hai được bổ nhiệm vào chức vụ này là Trung tướng Trần Văn Bình, Tư lệnh Quân khu 2.',
      ]),
    ).toEqual({
      'Lê Văn An': ['Chuẩn Đô đốc', 'Phó tư lệnh Quân chủng Hải quân', 'Phó Tổng Tham mưu trưởng Quân đội nhân dân Việt Nam'],
      'Trần Văn Bình': ['Trung tướng', 'Tư lệnh Quân khu 2', 'Phó Tổng Tham mưu trưởng Quân đội nhân dân Việt Nam'],
    });
    expect(table(['Ông Lê Văn An được bầu giữ chức Chủ tịch UBND tỉnh. Năm 2010, ông Trần Văn Bình được bầu vào chức vụ này.'])).toEqual({
      'Lê Văn An': ['Chủ tịch UBND tỉnh'],
      'Trần Văn Bình': ['Chủ tịch UBND tỉnh'],
    });
  });

  it('traps: no appointment before it; no holder named', () => {
    expect(table(['Ông Lê Văn An, Giám đốc Sở Y tế, phát biểu. Ông Trần Văn Bình được bổ nhiệm vào chức vụ này.'])).toEqual({ 'Lê Văn An': ['Giám đốc Sở Y tế'] });
    expect(table(['Ông Lê Văn An được bổ nhiệm giữ chức Giám đốc Sở Y tế. Việc bổ nhiệm vào chức vụ này là cần thiết.'])).toEqual({ 'Lê Văn An': ['Giám đốc Sở Y tế'] });
  });
});

describe('audit round 30: a birth year and home between a name and its "là"', () => {
  it('"X sinh năm 1962, quê quán Ninh Bình là T1, T2"; "X sinh năm 1970, quê Nghệ An, là T"', () => {
    expect(table(['Thượng tướng Lê Văn An sinh năm 1962, quê quán Ninh Bình là Ủy viên Trung ương Đảng, Phó bí thư Đảng ủy Công an Trung ương.'])).toEqual({
      'Lê Văn An': ['Thượng tướng', 'Ủy viên Trung ương Đảng', 'Phó bí thư Đảng ủy Công an Trung ương'],
    });
    expect(table(['Ông Lê Văn An sinh năm 1970, quê Nghệ An, là Giám đốc Sở Y tế.'])).toEqual({ 'Lê Văn An': ['Giám đốc Sở Y tế'] });
  });

  it('traps: a home with no "là" after it; a sentence going on after the birth year', () => {
    expect(table(['Ông Lê Văn An sinh năm 1970, quê Nghệ An, Giám đốc Sở Y tế Trần Văn Bình cho biết.'])).toEqual({ 'Trần Văn Bình': ['Giám đốc Sở Y tế'] });
    expect(table(['Ông Lê Văn An sinh năm 1970 tại Nghệ An và là Giám đốc Sở Y tế.'])).toEqual({});
  });
});

describe('audit round 30: "Các T được chỉ định gồm: X (T1), Y, Z"', () => {
  it('the title before the appointment and its list is every listed name\'s', () => {
    expect(table(['Các Phó bí thư được chỉ định gồm: Lê Văn An (Chủ tịch UBND tỉnh), Trần Văn Bình, Phạm Văn Cường.'])).toEqual({
      'Lê Văn An': ['Phó bí thư', 'Chủ tịch UBND tỉnh'],
      'Trần Văn Bình': ['Phó bí thư'],
      'Phạm Văn Cường': ['Phó bí thư'],
    });
    // Trap: without the colon, the list is no label's ("… được chỉ định gồm nhiều cán bộ trẻ").
    expect(table(['Các Phó bí thư được chỉ định gồm nhiều cán bộ trẻ như Lê Văn An.'])).toEqual({});
  });
});

describe('audit round 33: a company named in English is no foreign name', () => {
  it('"Phó tổng giám đốc Vietnam Airlines", "Chủ tịch HĐQT Masan Group": the body of the title', () => {
    expect(table(['Ông Lê Văn An, Phó tổng giám đốc Vietnam Airlines, được bầu làm Chủ tịch HĐQT Masan Group.'])).toEqual({
      'Lê Văn An': ['Phó tổng giám đốc Vietnam Airlines', 'Chủ tịch HĐQT Masan Group'],
    });
  });

  it('traps: foreign people after a title stay people', () => {
    expect(table(['Tổng thống Mỹ Donald Trump và Chủ tịch Thượng viện Scott Ryan dự lễ.'])).toEqual({
      'Donald Trump': ['Tổng thống Mỹ'],
      'Scott Ryan': ['Chủ tịch Thượng viện'],
    });
  });
});

describe('audit round 33: "Đoàn Kiểm tra" is a delegation, not Mr Đoàn Kiểm', () => {
  it('a family-name word before a group noun names no one', () => {
    expect(table(['Bà Trần Thị Lan, Trưởng ban Dân vận Trung ương, làm trưởng đoàn Đoàn Kiểm tra của Ban Chỉ đạo.'])).toEqual({
      'Trần Thị Lan': ['Trưởng ban Dân vận Trung ương', 'trưởng đoàn Đoàn Kiểm tra của Ban Chỉ đạo'],
    });
  });

  it('trap: a person named Đoàn before another word stays a person', () => {
    expect(table(['Giám đốc Sở Y tế Đoàn Kiểm Lâm kiểm tra bệnh viện.'])).toEqual({ 'Đoàn Kiểm Lâm': ['Giám đốc Sở Y tế'] });
  });
});

describe('audit round 33: a biography\'s years joined by "đến"', () => {
  it('"T1 (1993 đến 2004), T2 (2007 đến 2008)" keeps the chain going', () => {
    expect(table(['Ông Lê Văn An, Phó giám đốc Sở Y tế (2004 đến 2006), Trưởng Ban Kế hoạch EVN (2007 đến 2008).'])).toEqual({
      'Lê Văn An': ['Phó giám đốc Sở Y tế', 'Trưởng Ban Kế hoạch EVN'],
    });
  });

  it('trap: "đến" between a year and a word is no term', () => {
    expect(table(['Ông Lê Văn An, Phó giám đốc Sở Y tế (2004 đến nay) phát biểu.'])).toEqual({ 'Lê Văn An': ['Phó giám đốc Sở Y tế'] });
  });
});

describe('audit round 33: "X, T1 kiêm T2, được bầu làm T3"; "trở thành tân T"', () => {
  it('the passive subject past "kiêm" between its titles; "tân" after a role cue', () => {
    expect(table(['Ông Lê Văn An, Phó tổng giám đốc kiêm Chủ tịch HĐTV Công ty Viags, được bầu làm Chủ tịch HĐQT Vietnam Airlines.'])).toEqual({
      'Lê Văn An': ['Phó tổng giám đốc', 'Chủ tịch HĐTV Công ty Viags', 'Chủ tịch HĐQT Vietnam Airlines'],
    });
    expect(table(['Ông Lê Văn An, Phó giám đốc Sở Y tế, chính thức trở thành tân Giám đốc Sở Y tế.'])).toEqual({
      'Lê Văn An': ['Phó giám đốc Sở Y tế', 'Giám đốc Sở Y tế'],
    });
  });

  it('traps: other words before "được"; "trở thành" with no title after it', () => {
    expect(table(['Giám đốc Sở Y tế Lê Văn An kiêm nhiều việc, các cán bộ được bầu làm Chủ tịch Công đoàn.'])).toEqual({ 'Lê Văn An': ['Giám đốc Sở Y tế'] });
    expect(table(['Ông Lê Văn An, Giám đốc Sở Y tế, trở thành tấm gương sáng.'])).toEqual({ 'Lê Văn An': ['Giám đốc Sở Y tế'] });
  });
});

describe('audit round 33: "T (country), X, T (country), Y và …": each title the next name\'s', () => {
  it('a first initial, a Chinese name in Vietnamese syllables after a comma', () => {
    expect(table(['Dự kiến, Thứ trưởng Ngoại giao Nhật Bản, M. Yabunaka, Trợ lý Ngoại trưởng Trung Quốc, Hà Á Phi và Thứ trưởng Ngoại giao Hàn Quốc, Shim Yoon Joe, sẽ gặp nhau.'])).toEqual({
      'M. Yabunaka': ['Thứ trưởng Ngoại giao Nhật Bản'],
      'Hà Á Phi': ['Trợ lý Ngoại trưởng Trung Quốc'],
      'Shim Yoon Joe': ['Thứ trưởng Ngoại giao Hàn Quốc'],
    });
  });

  it('trap: names first, each followed by its title, keep their own titles', () => {
    expect(table(['Ông Bùi Văn Sơn, Bộ trưởng Ngoại giao Việt Nam, ông Lê Văn An, Thứ trưởng Bộ Công Thương, dự họp.'])).toEqual({
      'Bùi Văn Sơn': ['Bộ trưởng Ngoại giao Việt Nam'],
      'Lê Văn An': ['Thứ trưởng Bộ Công Thương'],
    });
  });
});

describe('audit round 33: "Thành viên Hội đồng …", a membership of a council', () => {
  it('the council member in a chain of titles', () => {
    expect(table(['Cùng dự có đồng chí Lê Văn An, Bộ trưởng Bộ Y tế, Thành viên Hội đồng Đại học Quốc gia TPHCM.'])).toEqual({
      'Lê Văn An': ['Bộ trưởng Bộ Y tế', 'Thành viên Hội đồng Đại học Quốc gia TPHCM'],
    });
  });

  it('traps: the members of a council, plural, are no one\'s title', () => {
    expect(table(['Giám đốc Sở Y tế Lê Văn An cảm ơn các thành viên Hội đồng trường.'])).toEqual({ 'Lê Văn An': ['Giám đốc Sở Y tế'] });
  });
});

describe('audit round 33: "T1, kiêm T2 X"; a post named by its field "chiến lược"', () => {
  it('a comma before "kiêm" still joins the two titles before the name', () => {
    expect(table(['Đối ứng, Phó chủ tịch, kiêm Giám đốc chiến lược ANA Tomoji Ishii là thành viên mới.'])).toEqual({
      'Tomoji Ishii': ['Phó chủ tịch', 'Giám đốc chiến lược ANA'],
    });
  });

  it('trap: a title of an earlier clause before the comma stays out', () => {
    expect(table(['Ông Lê Văn An, Giám đốc Sở Y tế, kiêm nhiệm công tác khác.'])).toEqual({ 'Lê Văn An': ['Giám đốc Sở Y tế'] });
  });
});

describe('audit round 33: "Báo và Phát thanh, Truyền hình …", a body with a comma (the 2025 merged provincial press)', () => {
  it('the comma inside the body name does not end the chain of titles', () => {
    expect(table(['Dự có đồng chí Lê Văn An, Bí thư Đảng ủy, Tổng Biên tập Báo và Phát thanh, Truyền hình Hà Tĩnh, Chủ tịch Hội Nhà báo tỉnh.'])).toEqual({
      'Lê Văn An': ['Bí thư Đảng ủy', 'Tổng Biên tập Báo và Phát thanh, Truyền hình Hà Tĩnh', 'Chủ tịch Hội Nhà báo tỉnh'],
    });
  });

  it('trap: the words in a sentence after a title are no part of it', () => {
    expect(table(['Ông Lê Văn An, Giám đốc Sở Y tế, trả lời báo chí, phát thanh, truyền hình.'])).toEqual({ 'Lê Văn An': ['Giám đốc Sở Y tế'] });
  });
});

describe('audit round 33: "từng trải qua …" opens a career', () => {
  it('a description up to the colon, then the posts; or the posts right after', () => {
    expect(table(['Ông Lê Văn An là Thứ trưởng Bộ Công Thương. Ông An từng trải qua nhiều vị trí công tác, lãnh đạo quản lý ngành điện như: Trưởng Ban Kế hoạch EVN (2007 đến 2008); Tổng giám đốc EVN.'])).toEqual({
      'Lê Văn An': ['Thứ trưởng Bộ Công Thương', 'Trưởng Ban Kế hoạch EVN', 'Tổng giám đốc EVN'],
    });
    expect(table(['Đại tá Lê Văn An nhận nhiệm vụ mới. Ông từng trải qua các chức vụ Trưởng phòng Cảnh sát hình sự, Trưởng Công an huyện Hoài Ân.'])).toEqual({
      'Lê Văn An': ['Đại tá', 'Trưởng phòng Cảnh sát hình sự', 'Trưởng Công an huyện Hoài Ân'],
    });
  });

  it('traps: hardships after the colon; a sentence ending before any colon', () => {
    expect(table(['Giám đốc Sở Y tế Lê Văn An từng trải qua nhiều khó khăn như: mất mùa, dịch bệnh.'])).toEqual({ 'Lê Văn An': ['Giám đốc Sở Y tế'] });
    expect(table(['Giám đốc Sở Y tế Lê Văn An từng trải qua nhiều năm công tác. Chủ tịch UBND tỉnh: Trần Văn Bình.'])).toEqual({ 'Lê Văn An': ['Giám đốc Sở Y tế'], 'Trần Văn Bình': ['Chủ tịch UBND tỉnh'] });
  });
});

describe('audit round 33: "Vụ Kết cấu hạ tầng giao thông", a department in sentence case', () => {
  it('the lower-case rest of the department name stays in the title', () => {
    expect(table(['Tại hội nghị, ông Lê Văn An, Vụ trưởng Vụ Kết cấu hạ tầng giao thông, nhận quyết định.'])).toEqual({
      'Lê Văn An': ['Vụ trưởng Vụ Kết cấu hạ tầng giao thông'],
    });
  });

  it('traps: the verb and its object after a whole title stay out', () => {
    expect(table(['Ông Lê Văn An, Giám đốc Sở Y tế, cơ cấu lại bộ máy.'])).toEqual({ 'Lê Văn An': ['Giám đốc Sở Y tế'] });
    expect(table(['Giám đốc Sở Xây dựng Lê Văn An kiểm tra hạ tầng giao thông.'])).toEqual({ 'Lê Văn An': ['Giám đốc Sở Xây dựng'] });
  });
});

describe('round 37: lists of titled items, committees with commas, left posts, appointments after the passive', () => {
  it('"các Ủy viên Trung ương Đảng: T X; T1, T2 Y; T Z": the first item ends with a semicolon, so semicolons part the items', () => {
    expect(
      table([
        'Dự họp có các Ủy viên Trung ương Đảng: Phó Chủ tịch Quốc hội Đặng Văn Khải; Phó Chủ tịch Quốc hội, Thượng tướng Lò Minh Tâm; Chủ nhiệm Ủy ban Pháp luật Hà Thị Liên; Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ Vương Đình Sáu.',
      ]),
    ).toEqual({
      'Đặng Văn Khải': ['Ủy viên Trung ương Đảng', 'Phó Chủ tịch Quốc hội'],
      'Lò Minh Tâm': ['Ủy viên Trung ương Đảng', 'Phó Chủ tịch Quốc hội', 'Thượng tướng'],
      'Hà Thị Liên': ['Ủy viên Trung ương Đảng', 'Chủ nhiệm Ủy ban Pháp luật'],
      'Vương Đình Sáu': ['Ủy viên Trung ương Đảng', 'Bộ trưởng', 'Chủ nhiệm Văn phòng Chính phủ'],
    });
  });

  it('traps: a list parted by commas still ends at its semicolon, and a list after the colon ends with the last titled item', () => {
    expect(
      table(['Dự có các Ủy viên Bộ Chính trị: Thủ tướng Đặng Văn Khải, Chủ tịch Quốc hội Hà Thị Liên; Bí thư Trung ương Đảng, Trưởng ban Dân vận Trung ương Vương Đình Sáu.']),
    ).toEqual({
      'Đặng Văn Khải': ['Ủy viên Bộ Chính trị', 'Thủ tướng'],
      'Hà Thị Liên': ['Ủy viên Bộ Chính trị', 'Chủ tịch Quốc hội'],
      'Vương Đình Sáu': ['Bí thư Trung ương Đảng', 'Trưởng ban Dân vận Trung ương'],
    });
    expect(table(['Có các Ủy viên Trung ương Đảng: Bộ trưởng Bộ Y tế Đặng Văn Khải; Bộ trưởng Bộ Tư pháp Hà Thị Liên; cùng ông Vương Đình Sáu phát biểu.'])).toEqual({
      'Đặng Văn Khải': ['Ủy viên Trung ương Đảng', 'Bộ trưởng Bộ Y tế'],
      'Hà Thị Liên': ['Ủy viên Trung ương Đảng', 'Bộ trưởng Bộ Tư pháp'],
    });
  });

  it('committees and departments named with a comma or a dash, and unions named with "các"', () => {
    expect(table(['Chủ nhiệm Ủy ban Khoa học, Công nghệ và Môi trường Đặng Văn Khải; Chủ nhiệm Ủy ban Văn hóa, Giáo dục Hà Thị Liên phát biểu.'])).toEqual({
      'Đặng Văn Khải': ['Chủ nhiệm Ủy ban Khoa học, Công nghệ và Môi trường'],
      'Hà Thị Liên': ['Chủ nhiệm Ủy ban Văn hóa, Giáo dục'],
    });
    expect(table(['Ông Đặng Văn Khải, Phó Cục trưởng Cục Xuất bản, In và Phát hành, làm Phó trưởng Ban Lịch sử - Truyền thống.'])).toEqual({
      'Đặng Văn Khải': ['Phó Cục trưởng Cục Xuất bản, In và Phát hành', 'Phó trưởng Ban Lịch sử - Truyền thống'],
    });
    expect(table(['Ông Vương Đình Sáu đã thôi giữ chức Chủ tịch Liên hiệp các Hội văn học nghệ thuật tỉnh; bà Hà Thị Liên vừa thôi chức Chủ tịch Hiệp hội các trường Đại học và Cao đẳng.'])).toEqual({
      'Vương Đình Sáu': ['Chủ tịch Liên hiệp các Hội văn học nghệ thuật tỉnh'],
      'Hà Thị Liên': ['Chủ tịch Hiệp hội các trường Đại học và Cao đẳng'],
    });
    expect(table(['Chị Hà Thị Liên, Trưởng Ban Công tác Thanh thiếu nhi Tỉnh Đoàn, phát biểu.'])).toEqual({ 'Hà Thị Liên': ['Trưởng Ban Công tác Thanh thiếu nhi Tỉnh Đoàn'] });
  });

  it('traps: "các" and the tense outside those names stay the sentence', () => {
    expect(table(['Chủ tịch Hội Nông dân Đặng Văn Khải các hội viên đều quý mến.'])).toEqual({ 'Đặng Văn Khải': ['Chủ tịch Hội Nông dân'] });
    expect(table(['Ông Đặng Văn Khải đã thôi việc ở Công ty Sông Lam.'])).toEqual({});
  });

  it('"X tiếp tục được đảm nhận chức T": the passive with no appointment verb, the subject before it', () => {
    expect(table(['Bà Hà Thị Liên tiếp tục được đảm nhận chức chủ tịch HĐND TP Hà Nội.'])).toEqual({ 'Hà Thị Liên': ['chủ tịch HĐND TP Hà Nội'] });
  });

  it('"tỉnh này" points back to a place: the kind is no part of the title', () => {
    expect(table(['Chị Hà Thị Liên được bầu làm Bí thư Tỉnh Đoàn tỉnh này.'])).toEqual({ 'Hà Thị Liên': ['Bí thư Tỉnh Đoàn'] });
    expect(table(['Ông Đặng Văn Khải, Chủ tịch UBND huyện, cho biết huyện này đã xong.'])).toEqual({ 'Đặng Văn Khải': ['Chủ tịch UBND huyện'] });
  });

  it('"TP." before an honorific and a name ends the sentence; before a place it is the place\'s kind', () => {
    expect(table(['Ông Đặng Văn Khải được bầu làm chủ tịch HĐND TP. Ông Vương Đình Sáu tái đắc cử chức chủ tịch UBND TP.'])).toEqual({
      'Đặng Văn Khải': ['chủ tịch HĐND TP'],
      'Vương Đình Sáu': ['chủ tịch UBND TP'],
    });
    expect(table(['Ông Đặng Văn Khải là Chủ tịch UBND TP. Bà Rịa từ năm 2020.'])).toEqual({ 'Đặng Văn Khải': ['Chủ tịch UBND TP. Bà Rịa'] });
  });
});

describe('round 37: two posts joined by a dash after a comma, a body after a comma', () => {
  it('"X, Phó Chủ tịch - Tổng Thư ký, Ủy ban Trung ương …": both posts, the central committee completing the last', () => {
    expect(table(['Ông Hầu Văn Lành, Phó Chủ tịch - Tổng Thư ký, Ủy ban Trung ương MTTQ Việt Nam được bổ nhiệm làm Bộ trưởng.'])).toEqual({
      'Hầu Văn Lành': ['Phó Chủ tịch', 'Tổng Thư ký, Ủy ban Trung ương MTTQ Việt Nam', 'Bộ trưởng'],
    });
    expect(table(['Bà Lò Thị Hoa, Phó Chủ tịch - Tổng Thư ký Hội Liên hiệp Phụ nữ tỉnh, phát biểu.'])).toEqual({
      'Lò Thị Hoa': ['Phó Chủ tịch', 'Tổng Thư ký Hội Liên hiệp Phụ nữ tỉnh'],
    });
  });

  it('traps: a dash before a name or the sentence is no second post', () => {
    expect(table(['Ông Hầu Văn Lành, Phó Chủ tịch UBND tỉnh - người trực tiếp chỉ đạo - cho biết.'])).toEqual({ 'Hầu Văn Lành': ['Phó Chủ tịch UBND tỉnh'] });
  });

  it('"Vụ trưởng Vụ Tổ chức Cán bộ, Bộ Ngoại giao": the "bộ" of "Cán bộ" is no word the post already has', () => {
    expect(table(['Ông Tô Văn Dũng, Vụ trưởng Vụ Tổ chức Cán bộ, Bộ Ngoại giao, giữ chức Thứ trưởng.'])).toEqual({
      'Tô Văn Dũng': ['Vụ trưởng Vụ Tổ chức Cán bộ, Bộ Ngoại giao', 'Thứ trưởng'],
    });
    expect(table(['Ông Tô Văn Dũng, Trợ lý Bộ trưởng Bộ Ngoại giao kiêm Vụ trưởng Vụ Lễ tân, Bộ Ngoại giao, phát biểu.'])).toEqual({
      'Tô Văn Dũng': ['Trợ lý Bộ trưởng Bộ Ngoại giao', 'Vụ trưởng Vụ Lễ tân, Bộ Ngoại giao'],
    });
    // Trap: the body's own word repeated, as a new clause, still ends the post.
    expect(table(['Ông Tô Văn Dũng, Chủ tịch UBND tỉnh, UBND tỉnh tổ chức hội nghị.'])).toEqual({ 'Tô Văn Dũng': ['Chủ tịch UBND tỉnh'] });
  });
});

describe('round 37: names of the Central Highlands peoples opened by "Y"', () => {
  it('"Chủ tịch Hội đồng Dân tộc Y Thanh Hà Niê Kđăm": the name starts at "Y", its words read whole', () => {
    expect(table(['Dự có Chủ tịch Hội đồng Dân tộc Y Khoa Hà Niê Kđăm; Chủ nhiệm Ủy ban Pháp luật Đặng Văn Khải.'])).toEqual({
      'Y Khoa Hà Niê Kđăm': ['Chủ tịch Hội đồng Dân tộc'],
      'Đặng Văn Khải': ['Chủ nhiệm Ủy ban Pháp luật'],
    });
    expect(table(['Chủ tịch HĐND tỉnh Y Biêr Niê chủ trì kỳ họp.'])).toEqual({ 'Y Biêr Niê': ['Chủ tịch HĐND tỉnh'] });
  });

  it('traps: "Y" of medicine is part of the body', () => {
    expect(table(['Hiệu trưởng Trường Đại học Y Dược Thái Bình Nguyễn Văn An phát biểu.'])).toEqual({ 'Nguyễn Văn An': ['Hiệu trưởng Trường Đại học Y Dược Thái Bình'] });
    expect(table(['Hiệu trưởng Trường Đại học Y Hà Nội Nguyễn Văn An phát biểu.'])).toEqual({ 'Nguyễn Văn An': ['Hiệu trưởng Trường Đại học Y Hà Nội'] });
    expect(table(['Thứ trưởng Bộ Y tế Đỗ Văn Khải và Trưởng khoa Y Lê Thị Hoa dự lễ.'])).toEqual({
      'Đỗ Văn Khải': ['Thứ trưởng Bộ Y tế'],
      'Lê Thị Hoa': ['Trưởng khoa Y'],
    });
  });
});

describe('round 37: counted holders, a few words, then "là" and the names', () => {
  it('"Sở có 2 Phó giám đốc nghỉ hưu trước tuổi là bà X, và ông Y": each listed holder has the post', () => {
    expect(table(['Sở Công Thương có 2 Phó giám đốc nghỉ hưu trước tuổi là bà Lê Thị Hoa (SN 1974), và ông Đỗ Văn Khải (SN 1966).'])).toEqual({
      'Lê Thị Hoa': ['Phó giám đốc'],
      'Đỗ Văn Khải': ['Phó giám đốc'],
    });
    expect(table(['Tỉnh có hai Phó Chủ tịch UBND tỉnh mới là ông Đỗ Văn Khải và ông Vương Đình Sáu.'])).toEqual({
      'Đỗ Văn Khải': ['Phó Chủ tịch UBND tỉnh'],
      'Vương Đình Sáu': ['Phó Chủ tịch UBND tỉnh'],
    });
  });

  it('traps: no count, a comma or a sentence end between the title and "là"', () => {
    expect(table(['Phó giám đốc Sở nghỉ hưu trước tuổi là điều hiếm, ông Đỗ Văn Khải nói.'])).toEqual({});
    expect(table(['Sở có 2 Phó giám đốc nghỉ hưu, người thay thế là ông Đỗ Văn Khải.'])).toEqual({});
    expect(table(['Sở có 2 Phó giám đốc. Người nghỉ hưu là ông Đỗ Văn Khải.'])).toEqual({});
  });
});

describe('audit round 39: a body\'s abbreviation in brackets, "Tổng cục 2", "Trợ lý ngoại trưởng"', () => {
  it('a bracketed abbreviation ending the title glosses the body and stays out of the post', () => {
    expect(table(['Chủ tịch Hội đồng quản trị (HĐQT) Lê Văn Hưng sẽ kiêm nhiệm thêm.'])).toEqual({ 'Lê Văn Hưng': ['Chủ tịch Hội đồng quản trị'] });
    expect(table(['Thiếu tướng Trần Văn Bình, nguyên Phó Cục trưởng Cục Cảnh sát giao thông (CSGT) nhận quyết định.'])).toEqual({
      'Trần Văn Bình': ['Thiếu tướng', 'nguyên Phó Cục trưởng Cục Cảnh sát giao thông'],
    });
  });
  it('the gloss stays between the title and its name: the name right after it is the title\'s', () => {
    expect(table(['Tổng giám đốc Công ty Phú Nhuận (PNJ) Lê Thị Ngọc Dung cho biết.'])).toEqual({ 'Lê Thị Ngọc Dung': ['Tổng giám đốc Công ty Phú Nhuận'] });
  });
  it('trap: a bracket that the title goes on after stays inside it', () => {
    expect(table(['Ông Lê Văn Hưng, Giám đốc Sở Tài nguyên và Môi trường (TN&MT) tỉnh Bắc Kạn, phát biểu.'])).toEqual({
      'Lê Văn Hưng': ['Giám đốc Sở Tài nguyên và Môi trường (TN&MT) tỉnh Bắc Kạn'],
    });
  });
  it('"Tổng cục 2": the number of a numbered directorate stays in the title', () => {
    expect(table(['Đoàn do Thiếu tướng Lê Văn Nam, Phó Tổng cục trưởng Tổng cục 2 làm trưởng đoàn.'])).toEqual({
      'Lê Văn Nam': ['Thiếu tướng', 'Phó Tổng cục trưởng Tổng cục 2', 'trưởng đoàn'],
    });
    // Trap: a count after the directorate is no number of it.
    expect(table(['Phó Tổng cục trưởng Tổng cục Thuế Lê Văn Nam cho biết 2 đơn vị đã nộp.'])).toEqual({ 'Lê Văn Nam': ['Phó Tổng cục trưởng Tổng cục Thuế'] });
  });
  it('"Trợ lý ngoại trưởng X": the office an assistant serves belongs to the title, in either case', () => {
    expect(table(['Về phía Mỹ có Trợ lý ngoại trưởng Mark Dolan.'])).toEqual({ 'Mark Dolan': ['Trợ lý ngoại trưởng'] });
    expect(table(['Trợ lý Bộ trưởng Lê Văn Hòa và Trợ lý đồng chí Chủ tịch nước, ông Trần Văn Ba, cùng dự.'])).toMatchObject({ 'Lê Văn Hòa': ['Trợ lý Bộ trưởng'] });
  });
});

describe('audit round 39: ministries printed with a dash for "và"', () => {
  it('"Bộ Nông nghiệp - Phát triển Nông thôn", "Sở Kế hoạch - Đầu tư" stay whole, and the name after them is read', () => {
    expect(table(['Có Bộ trưởng Bộ Nông nghiệp - Phát triển Nông thôn Cao Văn Phát tham dự.'])).toEqual({
      'Cao Văn Phát': ['Bộ trưởng Bộ Nông nghiệp - Phát triển Nông thôn'],
    });
    expect(table(['Giám đốc Sở Giao thông - Vận tải Lê Văn Hòa phát biểu.'])).toEqual({ 'Lê Văn Hòa': ['Giám đốc Sở Giao thông - Vận tải'] });
  });
  it('trap: a dash after such a body before a name still separates the name', () => {
    expect(table(['Giám đốc Sở Kế hoạch - Đầu tư - Nguyễn Văn Ba tham dự.'])).toEqual({ 'Nguyễn Văn Ba': ['Giám đốc Sở Kế hoạch - Đầu tư'] });
  });
});

describe('audit round 39: a company named like a person, in a bracket after the person', () => {
  it('"ông X (cựu chủ tịch Công ty Giáo dục Văn Lang, …)": the name inside is the company\'s, the titles are X\'s', () => {
    expect(table(['Luật sư của ông Trần Văn Hai (cựu chủ tịch Công ty Giáo dục Văn Lang, tổng giám đốc Công ty Hoa Mai) có mặt.'])).toEqual({
      'Trần Văn Hai': ['cựu chủ tịch Công ty Giáo dục Văn Lang', 'tổng giám đốc Công ty Hoa Mai'],
    });
    expect(table(['Ông Trần Văn Hai (Hiệu trưởng Trường THPT Lê Văn Tám) phát biểu.'])).toEqual({ 'Trần Văn Hai': ['Hiệu trưởng Trường THPT Lê Văn Tám'] });
  });
  it('traps: a person after a place in the bracket, and a bracket after no name', () => {
    expect(table(['Ông Trần Văn Hai (Chủ tịch UBND tỉnh Lê Văn An) có mặt.'])).toEqual({ 'Lê Văn An': ['Chủ tịch UBND tỉnh'] });
    expect(table(['Đoàn công tác (Phó Chủ tịch UBND tỉnh Lê Văn An làm trưởng đoàn) đã đến.'])).toEqual({ 'Lê Văn An': ['Phó Chủ tịch UBND tỉnh', 'trưởng đoàn'] });
  });
});

describe('audit round 39: "X - T Brand": the title of the name before the dash ends with a company in foreign words', () => {
  it('"Nguyễn Văn A - Tổng giám đốc Thaco Auto": the foreign run is the company, A is the official', () => {
    expect(table(['Gồm các ông: Lê Văn Hòa - Tổng giám đốc Minh Auto, Trần Văn Sơn - Tổng giám đốc Minh Agri và Đỗ Văn Tuệ - Tổng giám đốc Hadico.'])).toEqual({
      'Lê Văn Hòa': ['Tổng giám đốc Minh Auto'],
      'Trần Văn Sơn': ['Tổng giám đốc Minh Agri'],
      'Đỗ Văn Tuệ': ['Tổng giám đốc Hadico'],
    });
  });
  it('trap: a foreign name after a title ending with a country is still a person', () => {
    expect(table(['Ông Lê Văn Hòa - Đại sứ Mỹ John Smith có mặt.'])).toEqual({ 'John Smith': ['Đại sứ Mỹ'] });
  });
});

describe('audit round 39: "chức danh T của ông X"', () => {
  it('after "chức danh"/"chức vụ" and the post, "của" before an honorific names its holder', () => {
    expect(table(['HĐQT nhận được đơn từ nhiệm chức danh Tổng giám đốc của ông Lê Văn Hiền và đơn từ nhiệm chức danh Phó chủ tịch HĐQT nhiệm kỳ 2023-2028 của ông Trần Mạnh Linh.'])).toEqual({
      'Lê Văn Hiền': ['Tổng giám đốc'],
      'Trần Mạnh Linh': ['Phó chủ tịch HĐQT'],
    });
  });
  it('traps: "của" after an appointment or a bare title names the issuer or an owner, not the holder', () => {
    expect(table(['Quyết định bổ nhiệm Giám đốc Sở Y tế của ông Lê Văn An, Chủ tịch UBND tỉnh, có hiệu lực.'])).toEqual({ 'Lê Văn An': ['Chủ tịch UBND tỉnh'] });
    expect(table(['Văn phòng của ông Lê Văn An, Giám đốc Sở Y tế, ở tầng hai.'])).toEqual({ 'Lê Văn An': ['Giám đốc Sở Y tế'] });
  });
});

describe('audit round 39: lowercase words inside company and army posts; "của … này"', () => {
  it('"Giám đốc cao cấp phụ trách Văn hóa - Truyền thông", "Chính ủy quân tình nguyện …", "Ban Quản lý dự án lọc dầu …"', () => {
    expect(table(['Ông Lê Văn Một - Giám đốc cao cấp phụ trách Văn hóa - Truyền thông của doanh nghiệp này xin nghỉ.'])).toEqual({
      'Lê Văn Một': ['Giám đốc cao cấp phụ trách Văn hóa - Truyền thông'],
    });
    expect(table(['Thăm Thiếu tướng Huỳnh Văn Hương - nguyên Chính ủy quân tình nguyện Việt Nam tại Lào.'])).toEqual({
      'Huỳnh Văn Hương': ['Thiếu tướng', 'nguyên Chính ủy quân tình nguyện Việt Nam tại Lào'],
    });
    expect(table(['Ông Trần Văn Tuyển, Trưởng Ban Quản lý dự án lọc dầu Nghi Sơn, phát biểu.'])).toEqual({
      'Trần Văn Tuyển': ['Trưởng Ban Quản lý dự án lọc dầu Nghi Sơn'],
    });
  });
  it('trap: "của" and body words pointing back ("của doanh nghiệp này") end the title; without the pointer they stay', () => {
    expect(table(['Bà Lê Thị Hoa, Giám đốc tài chính của doanh nghiệp này, phát biểu.'])).toEqual({ 'Lê Thị Hoa': ['Giám đốc tài chính'] });
  });
});

describe('audit round 39: "X hiện là T1, T2 được bổ nhiệm là tân T3"', () => {
  it('"là" after an appointment is its "làm"; the subject is found back over "hiện là" and its posts', () => {
    expect(table(['Ông Lê Văn Hòa được bổ nhiệm là Giám đốc Sở Y tế.'])).toEqual({ 'Lê Văn Hòa': ['Giám đốc Sở Y tế'] });
    expect(table(['Ông Trần Văn Tuyển hiện là Phó Tổng Giám đốc Petro Việt Nam, Trưởng Ban Quản lý dự án được bổ nhiệm là tân Tổng Giám đốc Vinaship.'])).toEqual({
      'Trần Văn Tuyển': ['Phó Tổng Giám đốc Petro Việt Nam', 'Trưởng Ban Quản lý dự án', 'Tổng Giám đốc Vinaship'],
    });
  });
  it('trap: "là" after an appointment\'s post is no role ("bổ nhiệm T là X" names the appointee)', () => {
    expect(table(['Người được bổ nhiệm Giám đốc Sở Y tế là ông Lê Văn Hòa.'])).toEqual({ 'Lê Văn Hòa': ['Giám đốc Sở Y tế'] });
  });
});

describe('audit round 39: small states printed in English', () => {
  it('"Thủ tướng St Vincent and the Grenadines" names a country, not a person', () => {
    expect(table(['Thủ tướng Cộng hòa Uganda, Thủ tướng St Vincent and the Grenadines và Ngoại trưởng Algeria đều chúc mừng.'])).toEqual({});
    expect(table(['Thủ tướng Saint Lucia Allen Moreau hội kiến.'])).toEqual({ 'Allen Moreau': ['Thủ tướng Saint Lucia'] });
  });
});

describe('audit round 39: an aside with its own subject; a time word before "là"', () => {
  it('"(ông X sẽ trở lại đảm nhận chức vụ T)" is X\'s post, not the appointee\'s around it', () => {
    expect(table(['Hội đồng trao quyết định bổ nhiệm Tổng Giám đốc cho ông Trần Văn Tuyển từ ngày 11/10 (ông Lê Quốc Ánh sẽ trở lại đảm nhận chức vụ Phó Tổng Giám đốc).'])).toEqual({
      'Trần Văn Tuyển': ['Tổng Giám đốc'],
      'Lê Quốc Ánh': ['Phó Tổng Giám đốc'],
    });
  });
  it('"2 Tổng Giám đốc trước đó là ông X và Y", "Giám đốc Sở hiện nay là ông X"', () => {
    expect(table(['Như vậy, 2 Tổng Giám đốc trước đó là ông Trần Quang Vĩ và Lê Quốc Ánh đều là người của công ty.'])).toEqual({
      'Trần Quang Vĩ': ['Tổng Giám đốc'],
      'Lê Quốc Ánh': ['Tổng Giám đốc'],
    });
    expect(table(['Giám đốc Sở Y tế hiện nay là ông Lê Văn Ba.'])).toEqual({ 'Lê Văn Ba': ['Giám đốc Sở Y tế'] });
  });
  it('trap: a time word elsewhere keeps its meaning ("trước đó, ông X là …")', () => {
    expect(table(['Trước đó, ông Lê Văn Ba là Phó Giám đốc Sở Y tế.'])).toEqual({ 'Lê Văn Ba': ['Phó Giám đốc Sở Y tế'] });
  });
});

describe('audit round 39: a list of defendants in the northwest; departments abbreviated with "&"', () => {
  it('"Cầm" is a family name; "Chính trị tư tưởng" a department in sentence case', () => {
    expect(table(['Các bị cáo gồm: Lò Văn Hai, sinh năm 1961, cựu Trưởng phòng khảo thí Sở Giáo dục và Đào tạo tỉnh; Cầm Thị Bun Lan, sinh năm 1969, cựu Phó trưởng phòng Chính trị tư tưởng, Sở Giáo dục và Đào tạo tỉnh.'])).toEqual({
      'Lò Văn Hai': ['cựu Trưởng phòng khảo thí Sở Giáo dục và Đào tạo tỉnh'],
      'Cầm Thị Bun Lan': ['cựu Phó trưởng phòng Chính trị tư tưởng, Sở Giáo dục và Đào tạo tỉnh'],
    });
  });
  it('"Sở GD&ĐT Sơn La" is the post of "Sở Giáo dục và Đào tạo": the fuller print is kept once', () => {
    expect(table(['Xét xử cựu phó giám đốc Sở Giáo dục và Đào tạo Trần Văn Yên.', 'Bị cáo Trần Văn Yên, cựu Phó giám đốc Sở GD&ĐT Sơn La, có mặt.'])).toEqual({
      'Trần Văn Yên': ['cựu Phó giám đốc Sở GD&ĐT Sơn La'],
    });
    expect(table(['Ông Lê Văn Ba, Giám đốc Sở TN-MT, và ông Lê Văn Ba, Giám đốc Sở Tài nguyên và Môi trường, là một.'])).toEqual({
      'Lê Văn Ba': ['Giám đốc Sở Tài nguyên và Môi trường'],
    });
  });
  it('trap: "cầm" as a common word names nobody', () => {
    expect(table(['Tay cầm Cờ Tổ quốc, Chủ tịch UBND tỉnh phát biểu.'])).toEqual({});
  });
});

describe('audit round 39: a rank held in a force, with no name after it', () => {
  it('"X, cựu trung tá Công an tỉnh Sơn La": the rank runs on over its force', () => {
    expect(table(['Bị cáo Đinh Văn Sơn, sinh năm 1983, cựu thiếu tá công an tỉnh Sơn La; Đỗ Văn Hưng, sinh năm 1965, cựu trung tá Công an tỉnh Sơn La bị truy tố.'])).toEqual({
      'Đinh Văn Sơn': ['cựu thiếu tá công an tỉnh Sơn La'],
      'Đỗ Văn Hưng': ['cựu trung tá Công an tỉnh Sơn La'],
    });
  });
  it('a rank before a name stays the rank alone; with the force between, the force is the rank\'s (the name was lost before)', () => {
    expect(table(['Đại tá Nguyễn Văn An trao quà. Thiếu tướng Công an Lê Văn Ba phát biểu.'])).toEqual({
      'Nguyễn Văn An': ['Đại tá'],
      'Lê Văn Ba': ['Thiếu tướng Công an'],
    });
  });
  it('trap: a rank and a force with no person stay no one\'s', () => {
    expect(table(['Các sĩ quan cấp Đại tá Quân đội đã dự lễ.'])).toEqual({});
  });
});

describe('audit round 39: a degree between a title and its name; a caption in capitals', () => {
  it('"Hiệu trưởng Trường ĐH Bách khoa Hà Nội PGS.TS X": the degree is no part of the title', () => {
    expect(table(['Hiệu trưởng Trường ĐH Bách khoa Hà Nội PGS.TS Huỳnh Văn Thắng phát biểu.'])).toEqual({ 'Huỳnh Văn Thắng': ['Hiệu trưởng Trường ĐH Bách khoa Hà Nội'] });
    expect(table(['Giám đốc Sở Y tế TS. Lê Văn An dự.'])).toEqual({ 'Lê Văn An': ['Giám đốc Sở Y tế'] });
  });
  it('a line in capitals: the name ends where a word of the sentence starts', () => {
    expect(table(['BỘ TRƯỞNG BỘ Y TẾ ĐÀO VĂN LAN THĂM BỆNH NHÂN TẠI BỆNH VIỆN BẠCH MAI.'])).toEqual({ 'Đào Văn Lan': ['BỘ TRƯỞNG BỘ Y TẾ'] });
    expect(table(['BÍ THƯ TỈNH ỦY NGUYỄN VĂN AN PHÁT BIỂU.'])).toEqual({ 'Nguyễn Văn An': ['BÍ THƯ TỈNH ỦY'] });
  });
  it('traps: a heading in capitals with no sentence word names no one; a title-case name runs as before', () => {
    expect(table(['TẬP ĐOÀN TIÊN SƠN THANH HÓA KHÁNH THÀNH NHÀ MÁY.'])).toEqual({});
    expect(table(['Ông Cao Đức Phát, Bộ trưởng, phát biểu.'])).toEqual({ 'Cao Đức Phát': ['Bộ trưởng'] });
  });
});

describe('audit round 39: "Thủ trưởng Cơ quan CSĐT"', () => {
  it('"Thủ trưởng" heads a title, as "Phó Thủ trưởng" does', () => {
    expect(table(['Đại tá Lê Văn Hùng, Phó Giám đốc Công an tỉnh, Thủ trưởng Cơ quan CSĐT Công an tỉnh cho biết.'])).toEqual({
      'Lê Văn Hùng': ['Đại tá', 'Phó Giám đốc Công an tỉnh', 'Thủ trưởng Cơ quan CSĐT Công an tỉnh'],
    });
  });
  it('trap: the heads of units in general name no one', () => {
    expect(table(['Các thủ trưởng cơ quan, đơn vị cùng ông Lê Văn Ba dự. Thủ trưởng đơn vị phải chịu trách nhiệm.'])).toEqual({});
  });
});

describe('audit round 39: a doctor\'s degrees "TS.BS", "ThS.BS", "BS.CKII"', () => {
  it('are skipped as academic prefixes before the name', () => {
    expect(table(['Giám đốc Bệnh viện Chợ Rẫy, TS.BS Nguyễn Tri Thắng cho biết; Phó Giám đốc Bệnh viện ThS.BS Lê Văn An và BS.CKII Trần Văn Ba, Trưởng khoa Cấp cứu.'])).toEqual({
      'Nguyễn Tri Thắng': ['Giám đốc Bệnh viện Chợ Rẫy'],
      'Lê Văn An': ['Phó Giám đốc Bệnh viện'],
      'Trần Văn Ba': ['Trưởng khoa Cấp cứu'],
    });
  });
  it('trap: a doctor named only by the degree is no official', () => {
    expect(table(['TS.BS Nguyễn Tri Thắng khám cho bệnh nhân.'])).toEqual({});
  });
});

describe('audit round 39: a company named in sentence case', () => {
  it('"Công ty Quản lý kinh doanh nhà TP.HCM": the lowercase rest of a name whose first word is capitalised goes in when the title goes on', () => {
    expect(table(['Bà Nguyễn Thị Thu Hà (61 tuổi, nguyên Giám đốc Công ty Quản lý kinh doanh nhà TP.HCM) bị điều tra.'])).toEqual({
      'Nguyễn Thị Thu Hà': ['nguyên Giám đốc Công ty Quản lý kinh doanh nhà TP.HCM'],
    });
  });
  it('traps: the verb after a company\'s name stays out', () => {
    expect(table(['Ông Lê Văn Ba, Giám đốc Công ty Minh Phát chỉ đạo Phòng Kinh doanh.'])).toEqual({ 'Lê Văn Ba': ['Giám đốc Công ty Minh Phát'] });
    expect(table(['Ông Lê Văn Ba, Giám đốc Công ty Hòa Bình bán đất cho Công ty An Khang.'])).toEqual({ 'Lê Văn Ba': ['Giám đốc Công ty Hòa Bình'] });
  });
});

describe('audit round 39: army units', () => {
  it('"Sư đoàn trưởng", "Lữ đoàn trưởng" head titles; a numbered higher unit after a comma completes the post', () => {
    expect(table(['Đại tá Lê Văn Ba, Sư đoàn trưởng Sư đoàn 312, Quân đoàn 12 phát biểu.'])).toEqual({ 'Lê Văn Ba': ['Đại tá', 'Sư đoàn trưởng Sư đoàn 312, Quân đoàn 12'] });
    expect(table(['Đoàn do Đại tá Nguyễn Văn Hải - Chính ủy Lữ đoàn 162, Vùng 4 Hải quân làm trưởng đoàn.'])).toEqual({
      'Nguyễn Văn Hải': ['Đại tá', 'Chính ủy Lữ đoàn 162, Vùng 4 Hải quân', 'trưởng đoàn'],
    });
  });
  it('traps: the unit the title has already, or an unnumbered "Vùng", starts a new clause', () => {
    expect(table(['Thiếu tướng Lê Văn Bình, Phó Tư lệnh Quân khu 3, Quân khu 3 có 9 tỉnh.'])).toEqual({ 'Lê Văn Bình': ['Thiếu tướng', 'Phó Tư lệnh Quân khu 3'] });
    expect(table(['Ông Lê Văn Ba, Chủ tịch UBND tỉnh, Vùng Đông Nam Bộ có nhiều tiềm năng.'])).toEqual({ 'Lê Văn Ba': ['Chủ tịch UBND tỉnh'] });
  });
});

describe('round 41: posts left or taken on, trial roles, counted holders with posts of their own', () => {
  it('"X bị bãi nhiệm / miễn nhiệm / cách chức T": the post taken away was the subject\'s', () => {
    expect(table(['Năm 2012, sau khi ông Đỗ Văn Khải bị bãi nhiệm chức danh Chủ tịch Tổng công ty Điện lực Việt Nam, ông Khải được thay phụ trách.'])).toEqual({
      'Đỗ Văn Khải': ['Chủ tịch Tổng công ty Điện lực Việt Nam'],
    });
    expect(table(['Bà Lê Thị Hoa bị cách chức Phó Giám đốc Sở Y tế tỉnh Bình Lâm.'])).toEqual({ 'Lê Thị Hoa': ['Phó Giám đốc Sở Y tế tỉnh Bình Lâm'] });
    expect(table(['Ông Trần Văn Bình bị miễn nhiệm chức vụ Phó Chủ tịch UBND huyện.'])).toEqual({ 'Trần Văn Bình': ['Phó Chủ tịch UBND huyện'] });
    // Trap: "bị" before no dismissal verb is no cue; a bare name gets nothing.
    expect(table(['Ông Trần Văn Bình bị cáo buộc nhận hối lộ.'])).toEqual({});
  });

  it('"X kiêm nhiệm chức T" and "X sẽ thôi làm nhiệm vụ T": the subject\'s post', () => {
    expect(table(['Tổng giám đốc Tổng công ty Điện lực Việt Nam Đỗ Văn Khải kiêm nhiệm chức Chủ tịch Tổng công ty Điện lực Việt Nam.'])).toEqual({
      'Đỗ Văn Khải': ['Tổng giám đốc Tổng công ty Điện lực Việt Nam', 'Chủ tịch Tổng công ty Điện lực Việt Nam'],
    });
    expect(table(['Từ 1/10, PGS.TS Lê Thị Hoa sẽ thôi làm nhiệm vụ Giám đốc Bệnh viện Đa khoa tỉnh Bình Lâm để làm công tác chuyên môn.'])).toEqual({
      'Lê Thị Hoa': ['Giám đốc Bệnh viện Đa khoa tỉnh Bình Lâm'],
    });
    // "cho thôi làm nhiệm vụ T đối với X" still names the holder after the post.
    expect(table(['Kỳ họp cho thôi làm nhiệm vụ đại biểu HĐND tỉnh đối với ông Đỗ Văn Khải.'])).toEqual({ 'Đỗ Văn Khải': ['đại biểu HĐND tỉnh'] });
  });

  it('"bổ nhiệm chức vụ T cho PGS.TS X": an academic prefix after "cho" stands for the honorific', () => {
    expect(table(['Bộ trưởng Y tế Lê Thị Hoa trao quyết định bổ nhiệm chức vụ Giám đốc Bệnh viện Đa khoa tỉnh Bình Lâm cho PGS.TS Đỗ Văn Khải.'])).toEqual({
      'Lê Thị Hoa': ['Bộ trưởng Y tế'],
      'Đỗ Văn Khải': ['Giám đốc Bệnh viện Đa khoa tỉnh Bình Lâm'],
    });
    // Traps: "cho" after a post that no appointment names, and "cho" with no post before it, give nothing new.
    expect(table(['Phó Chủ tịch UBND tỉnh Trần Văn Bình trao quà cho TS Đỗ Văn Khải.'])).toEqual({ 'Trần Văn Bình': ['Phó Chủ tịch UBND tỉnh'] });
    expect(table(['Ban tổ chức trao bằng khen cho PGS.TS Đỗ Văn Khải.'])).toEqual({});
  });

  it('"Chủ tọa" is a trial\'s title, before a name or after "làm"', () => {
    expect(table(['Tại tòa, Chủ tọa Lê Thị Hoa, Phó chánh Tòa hình sự TAND tỉnh Bình Lâm, điểm danh các bị cáo.'])).toEqual({
      'Lê Thị Hoa': ['Chủ tọa', 'Phó chánh Tòa hình sự TAND tỉnh Bình Lâm'],
    });
    expect(table(['Hội đồng xét xử do Thẩm phán Đỗ Văn Khải làm chủ tọa phiên tòa.'])).toEqual({ 'Đỗ Văn Khải': ['Thẩm phán', 'chủ tọa phiên tòa'] });
    expect(table(['Chủ tọa phiên tòa tuyên bố nghị án.'])).toEqual({});
  });

  it('"N T là ông X, T1 và ông Y, T2": counted holders, each with a post of their own, all hold T', () => {
    expect(table(['Thủ tướng phê chuẩn bổ sung 2 Ủy viên UBND tỉnh Bình Lâm là ông Đỗ Văn Khải, Giám đốc Sở Nội vụ tỉnh và ông Trần Văn Bình, Giám đốc Công an tỉnh.'])).toEqual({
      'Đỗ Văn Khải': ['Ủy viên UBND tỉnh Bình Lâm', 'Giám đốc Sở Nội vụ tỉnh'],
      'Trần Văn Bình': ['Ủy viên UBND tỉnh Bình Lâm', 'Giám đốc Công an tỉnh'],
    });
    expect(table(['Miễn nhiệm 2 Ủy viên UBND tỉnh là ông Đỗ Văn Khải, nguyên Giám đốc Công an tỉnh và ông Trần Văn Bình, để nghỉ hưu.'])).toEqual({
      'Đỗ Văn Khải': ['Ủy viên UBND tỉnh', 'nguyên Giám đốc Công an tỉnh'],
      'Trần Văn Bình': ['Ủy viên UBND tỉnh'],
    });
    // An uncounted post after "là" still gives only the bare names that follow.
    expect(table(['Chủ tịch UBND tỉnh là ông Đỗ Văn Khải, Bí thư Huyện ủy Lâm Bình và bà Lê Thị Hoa phát biểu.'])['Lê Thị Hoa']).toBeUndefined();
  });
});

describe('round 41: a body named in sentence case right after its kind', () => {
  it('the kind ending the head ("Trưởng Phòng | Kế toán …") or the body ("Cty CP | Gang thép …") takes the lowercase rest when the title goes on', () => {
    expect(table(['Lê Văn An, SN 1963, nguyên Phó Trưởng Phòng Kế toán Thống kê Tài chính TISCO, từ 3 – 4 năm tù.'])).toEqual({
      'Lê Văn An': ['nguyên Phó Trưởng Phòng Kế toán Thống kê Tài chính TISCO'],
    });
    expect(table(['Đỗ Văn Khải, nguyên Trưởng Phòng Đầu tư phát triển VNS, từ 2-3 năm tù.'])).toEqual({ 'Đỗ Văn Khải': ['nguyên Trưởng Phòng Đầu tư phát triển VNS'] });
    expect(table(['Đỗ Văn Khải, nguyên Tổng Giám đốc Cty CP Gang thép Bình Lâm, từ 10 năm tù.'])).toEqual({ 'Đỗ Văn Khải': ['nguyên Tổng Giám đốc Cty CP Gang thép Bình Lâm'] });
  });

  it('traps: lowercase words after such a name with no capital after them are the sentence', () => {
    expect(table(['Ông Lê Văn An, Trưởng phòng Nội vụ khẳng định việc này đúng.'])).toEqual({ 'Lê Văn An': ['Trưởng phòng Nội vụ'] });
    expect(table(['Ông Lê Văn An, Trưởng Phòng Kế toán cho biết như vậy.'])).toEqual({ 'Lê Văn An': ['Trưởng Phòng Kế toán'] });
    expect(table(['Ông Đỗ Văn Khải, Giám đốc Công ty Hòa Phát khai nhận với Trần Văn Bình.'])).toEqual({ 'Đỗ Văn Khải': ['Giám đốc Công ty Hòa Phát'] });
  });
});

describe('round 41: a project named by its works; "Sử" as a family name', () => {
  it('"Dự án" takes its lowercase name, a phase number included, when the title goes on with a capital', () => {
    expect(table(['Đỗ Văn Khải, SN 1950, nguyên Phó Tổng Giám đốc, Trưởng Ban Quản lý Dự án mở rộng sản xuất giai đoạn 2 TISCO, từ 8 – 9 năm tù.'])).toEqual({
      'Đỗ Văn Khải': ['nguyên Phó Tổng Giám đốc', 'Trưởng Ban Quản lý Dự án mở rộng sản xuất giai đoạn 2 TISCO'],
    });
    // Trap: no capital after the lowercase words, so they are the sentence's.
    expect(table(['Ông Đỗ Văn Khải, Trưởng Ban Quản lý Dự án cho biết tiến độ chậm.'])).toEqual({ 'Đỗ Văn Khải': ['Trưởng Ban Quản lý Dự án'] });
  });

  it('"Sử" opens a name, not a field of study', () => {
    expect(table(['GS-TS Sử Văn Khải giữ chức vụ Chủ tịch Hội đồng Khoa học và đào tạo.'])).toEqual({ 'Sử Văn Khải': ['Chủ tịch Hội đồng Khoa học và đào tạo'] });
    expect(table(['Viện trưởng Viện Sử học Lê Văn An phát biểu.'])).toEqual({ 'Lê Văn An': ['Viện trưởng Viện Sử học'] });
  });
});

describe('round 41: the party committee of the Front and the mass organisations', () => {
  it('"Bí thư Đảng ủy MTTQ, các đoàn thể Trung ương" is one post, the comma inside the body\'s name', () => {
    expect(table(['Bà Lê Thị Hoa, Ủy viên Bộ Chính trị, Bí thư Đảng ủy MTTQ, các đoàn thể Trung ương được hiệp thương cử giữ chức Chủ tịch Ủy ban Trung ương MTTQ Việt Nam.'])).toEqual({
      'Lê Thị Hoa': ['Ủy viên Bộ Chính trị', 'Bí thư Đảng ủy MTTQ, các đoàn thể Trung ương', 'Chủ tịch Ủy ban Trung ương MTTQ Việt Nam'],
    });
    // Trap: another comma after the Front is a new post.
    expect(table(['Ông Lê Văn An, Phó Chủ tịch Ủy ban MTTQ tỉnh, Chủ tịch Hội Nông dân tỉnh phát biểu.'])).toEqual({
      'Lê Văn An': ['Phó Chủ tịch Ủy ban MTTQ tỉnh', 'Chủ tịch Hội Nông dân tỉnh'],
    });
  });
});

describe('round 41: a given name after an academic prefix is a mention', () => {
  it('"PGS Khải" in a caption is PGS.TS Đỗ Văn Khải', () => {
    const found = officials(['Bộ trưởng Y tế Lê Thị Hoa trao quyết định bổ nhiệm chức vụ Giám đốc Bệnh viện Đa khoa tỉnh cho PGS.TS Đỗ Văn Khải.', 'Bộ trưởng Hoa trao quyết định cho PGS Khải.']);
    const khai = found.find((o) => o.name === 'Đỗ Văn Khải');
    expect(khai?.mentions.map((m) => [m.index, m.text])).toEqual([[0, 'Đỗ Văn Khải'], [1, 'Khải']]);
  });

  it('trap: a given name no official has is no mention', () => {
    const found = officials(['Bộ trưởng Y tế Lê Thị Hoa trao quyết định bổ nhiệm chức vụ Giám đốc Bệnh viện cho PGS.TS Đỗ Văn Khải.', 'TS Bình phát biểu.']);
    expect(found.flatMap((o) => o.mentions.map((m) => m.text))).not.toContain('Bình');
  });
});

describe('round 41: continents end a body\'s name; a one-word gloss between posts', () => {
  it('"Châu Á", "Châu Âu" are no person named with the family name "Châu"', () => {
    expect(table(['Ông Lê Văn An, Tổng biên tập Tạp chí Kinh tế Châu Á, phát biểu.'])).toEqual({ 'Lê Văn An': ['Tổng biên tập Tạp chí Kinh tế Châu Á'] });
    expect(table(['Ông Lê Văn An, Giám đốc Trung tâm Nghiên cứu Châu Âu, cho biết.'])).toEqual({ 'Lê Văn An': ['Giám đốc Trung tâm Nghiên cứu Châu Âu'] });
    // A person of the family Châu is still read.
    expect(table(['Bí thư Tỉnh ủy Châu Văn Lâm phát biểu.'])).toEqual({ 'Châu Văn Lâm': ['Bí thư Tỉnh ủy'] });
  });

  it('"giữ chức vụ T1, T2 (Gloss), kiêm T3": the gloss does not end the appointee\'s posts', () => {
    expect(table(['GS-TS Lê Văn An giữ chức vụ Chủ tịch Hội đồng Khoa học, Tổng biên tập Tạp chí Kinh tế Châu Á (Jabes), kiêm Viện trưởng Viện Kinh tế.'])).toEqual({
      'Lê Văn An': ['Chủ tịch Hội đồng Khoa học', 'Tổng biên tập Tạp chí Kinh tế Châu Á', 'Viện trưởng Viện Kinh tế'],
    });
    // Trap: a bracket that is no one-word gloss still ends them.
    expect(table(['Ông Lê Văn An giữ chức Giám đốc Sở (SN 1970), trao quà cho Chủ tịch UBND xã.'])).toEqual({ 'Lê Văn An': ['Giám đốc Sở'] });
  });
});

describe('audit round 44: careers told with "từng giữ chức", "kinh qua nhiều chức vụ:"; a post moved to', () => {
  it('"X sinh năm …, từng giữ chức T": the former post is the subject\'s', () => {
    expect(table(['GS.TS Vũ Hoàng Linh sinh năm 1979, từng giữ chức Phó Hiệu trưởng Trường Đại học Khoa học Tự nhiên từ năm 2018.'])).toEqual({
      'Vũ Hoàng Linh': ['Phó Hiệu trưởng Trường Đại học Khoa học Tự nhiên'],
    });
    expect(table(['Ông Lê Văn An kinh qua nhiều chức vụ: Bí thư Huyện ủy Nghĩa Đàn, Chủ tịch UBND tỉnh Nghệ An.'])).toEqual({
      'Lê Văn An': ['Bí thư Huyện ủy Nghĩa Đàn', 'Chủ tịch UBND tỉnh Nghệ An'],
    });
    // Trap: a career cue with no post after it gives nothing; a person with no title stays out.
    expect(table(['Ông Lê Văn An từng giữ chức vụ quan trọng ở địa phương.'])).toEqual({});
  });

  it('"X, T1, chuyển sang giữ chức T2": both posts', () => {
    expect(table(['Ông Nguyễn Khải Hoàn, Tổng giám đốc FPT Software, chuyển sang giữ chức Phó Chủ tịch Hội đồng quản trị.'])).toEqual({
      'Nguyễn Khải Hoàn': ['Tổng giám đốc FPT Software', 'Phó Chủ tịch Hội đồng quản trị'],
    });
  });
});

describe('audit round 44: a company named with a province after its legal form', () => {
  it('"Công ty CP Hoàng Anh Gia Lai": four syllables ending with a province after the kind are the company\'s', () => {
    expect(table(['Ông Đoàn Nguyên Đức, Chủ tịch Hội đồng quản trị Công ty CP Hoàng Anh Gia Lai, cho biết.'])).toEqual({
      'Đoàn Nguyên Đức': ['Chủ tịch Hội đồng quản trị Công ty CP Hoàng Anh Gia Lai'],
    });
    // Traps: a person of three syllables after the kind holds the title; after a ministry, four syllables are a person.
    expect(table(['Giám đốc Công ty TNHH Lê Văn An phát biểu.'])).toEqual({ 'Lê Văn An': ['Giám đốc Công ty TNHH'] });
    expect(table(['Bộ trưởng Bộ Tài chính Nguyễn Văn Hà Nam phát biểu.'])).toEqual({ 'Nguyễn Văn Hà Nam': ['Bộ trưởng Bộ Tài chính'] });
  });
});

describe('audit round 44: a monarch named by one word; the US Trade Representative', () => {
  it('"Nhà vua Naruhito và Thủ tướng Nhật Bản X": one foreign word after a monarch is the name', () => {
    expect(table(['Chủ tịch nước gửi lời thăm hỏi tới Nhà vua Naruhito và Thủ tướng Nhật Bản Ishiba Shigeru.'])).toEqual({
      'Naruhito': ['Nhà vua'],
      'Ishiba Shigeru': ['Thủ tướng Nhật Bản'],
    });
    expect(table(['Giáo hoàng Francis tiếp đoàn.'])).toEqual({ Francis: ['Giáo hoàng'] });
    // Traps: a monarch of a country names no one; a Vietnamese syllable is no name.
    expect(table(['Nhà vua Thái Lan tiếp đoàn.'])).toEqual({});
    expect(table(['Quốc vương Anh tiếp đoàn.'])).toEqual({});
  });

  it('"Đại diện Thương mại Mỹ X" is a post; "Đại diện Sở Y tế" is not', () => {
    expect(table(['Bộ trưởng Bộ Công Thương Nguyễn Hồng Diên và Đại diện Thương mại Mỹ Jamieson Greer trao đổi.'])).toEqual({
      'Nguyễn Hồng Diên': ['Bộ trưởng Bộ Công Thương'],
      'Jamieson Greer': ['Đại diện Thương mại Mỹ'],
    });
    expect(table(['Đại diện Sở Y tế, ông Lê Văn An cho biết.'])).toEqual({});
  });
});

describe('audit round 44: an obituary\'s heading between the name and the former posts', () => {
  it('"Đồng chí X, sinh ngày …; quê quán: …; nguyên T1, nguyên T2" skips birth and home', () => {
    expect(table(['Ban Tổ chức Lễ tang trân trọng báo tin: Đồng chí Trần Văn Tư, sinh ngày 2/5/1940; quê quán: xã Nghĩa Hưng, huyện Nghĩa Đàn, tỉnh Nghệ An; nguyên Ủy viên Ban Chấp hành Trung ương Đảng khóa VIII, nguyên Bí thư Tỉnh ủy Nghệ An; Huân chương Độc lập hạng Nhất.'])).toEqual({
      'Trần Văn Tư': ['nguyên Ủy viên Ban Chấp hành Trung ương Đảng', 'nguyên Bí thư Tỉnh ủy Nghệ An'],
    });
    expect(table(['Đồng chí Lê Văn An, sinh ngày 2/5/1940; quê quán: tỉnh Nghệ An; trú quán: phố Lý Nam Đế, Hà Nội; nguyên Bộ trưởng Bộ Y tế; đã từ trần.'])).toEqual({
      'Lê Văn An': ['nguyên Bộ trưởng Bộ Y tế'],
    });
    // Traps: a birth clause with no post after it names no official; a sentence end stops the heading.
    expect(table(['Ông Lê Văn An, sinh ngày 2/5/1940; quê quán: tỉnh Nghệ An; là nông dân.'])).toEqual({});
    expect(table(['Ông Lê Văn An, sinh năm 1950. Nguyên Bộ trưởng Bộ Y tế cũng dự.'])).toEqual({});
  });
});

describe('audit round 44: "Đồng chí" opening a biography\'s sentence is the person last named', () => {
  it('"Đồng chí đã kinh qua nhiều chức vụ: T1, T2"', () => {
    expect(table(['Đồng chí Trần Văn Tư tham gia cách mạng từ năm 1960. Đồng chí đã kinh qua nhiều chức vụ: Bí thư Huyện ủy Nghĩa Đàn, Chủ tịch UBND tỉnh Nghệ An.'])).toEqual({
      'Trần Văn Tư': ['Bí thư Huyện ủy Nghĩa Đàn', 'Chủ tịch UBND tỉnh Nghệ An'],
    });
    expect(table(['Đồng chí Vũ Đình Thanh sinh năm 1938. Trong quá trình công tác, đồng chí đã kinh qua nhiều cương vị: Bộ trưởng Bộ Thương mại, Trưởng Ban Kinh tế Trung ương.'])).toEqual({
      'Vũ Đình Thanh': ['Bộ trưởng Bộ Thương mại', 'Trưởng Ban Kinh tế Trung ương'],
    });
    // Traps: "đồng chí" before a name is that person's honorific; with no cue after it, it is no pronoun.
    expect(table(['Thủ tướng Phạm Minh Chính phát biểu. Sau đó, đồng chí Trần Văn Tư làm Bí thư Tỉnh ủy.'])).toEqual({
      'Phạm Minh Chính': ['Thủ tướng'],
      'Trần Văn Tư': ['Bí thư Tỉnh ủy'],
    });
    expect(table(['Thủ tướng Phạm Minh Chính phát biểu. Đồng chí Bí thư Tỉnh ủy cảm ơn.'])).toEqual({ 'Phạm Minh Chính': ['Thủ tướng'] });
  });
});

describe('audit round 44: a place named like a person after its kind in lower case', () => {
  it('"quê xã Thắng Mố, huyện Yên Minh": no person Yên Minh takes the career after it', () => {
    expect(table(['Ông Hầu A Lềnh sinh năm 1973, quê xã Thắng Mố, huyện Yên Minh, tỉnh Hà Giang. Ông từng trải qua các chức vụ: Phó Chủ tịch UBND huyện Yên Minh, Bí thư Huyện ủy Đồng Văn.'])).toEqual({
      'Hầu A Lềnh': ['Phó Chủ tịch UBND huyện Yên Minh', 'Bí thư Huyện ủy Đồng Văn'],
    });
    expect(table(['Bà Phạm Thị Ánh, Ủy viên Thường trực HĐND tỉnh, tiếp xúc cử tri phường Trương Quang Trọng. Ông là Bí thư Đảng ủy phường.'])).toEqual({
      'Phạm Thị Ánh': ['Ủy viên Thường trực HĐND tỉnh'],
    });
    // Traps: after a title the kind is the title's and the name is the holder's.
    expect(table(['Chủ tịch xã Lê Văn An cho biết.'])).toEqual({ 'Lê Văn An': ['Chủ tịch xã'] });
    expect(table(['Chủ tịch UBND xã Lê Văn An chống tội phạm thế nào?'])).toEqual({ 'Lê Văn An': ['Chủ tịch UBND xã'] });
  });
});

describe('audit round 44: a village below the commune inside a title', () => {
  it('"Bí thư Chi đoàn thôn Đông Xuyên", "Bí thư Đảng ủy thôn …", "Trưởng thôn …"', () => {
    expect(table(['Chị Lê Thị Thu Hà, Bí thư Chi đoàn thôn Đông Xuyên, chia sẻ.'])).toEqual({ 'Lê Thị Thu Hà': ['Bí thư Chi đoàn thôn Đông Xuyên'] });
    expect(table(['Ông Lê Văn An, Bí thư Đảng ủy thôn Đông Xuyên, chia sẻ.'])).toEqual({ 'Lê Văn An': ['Bí thư Đảng ủy thôn Đông Xuyên'] });
    // Trap: "thôn" after the holder's name is the sentence's.
    expect(table(['Bí thư Chi bộ Lê Văn An về thôn làm việc.'])).toEqual({ 'Lê Văn An': ['Bí thư Chi bộ'] });
  });
});

describe('audit round 44: "gồm các T: X, T1; Y, T2" shares T', () => {
  it('the plural title right after "gồm" labels the list', () => {
    expect(table(['Đoàn ĐBQH tỉnh gồm các ĐBQH: Hoàng Trung Dũng, Bí thư Tỉnh ủy; Trần Đình Gia, Phó Trưởng đoàn chuyên trách.'])).toEqual({
      'Hoàng Trung Dũng': ['ĐBQH', 'Bí thư Tỉnh ủy'],
      'Trần Đình Gia': ['ĐBQH', 'Phó Trưởng đoàn chuyên trách'],
    });
    // Traps: no title after "gồm các" gives nothing; a singular title after "gồm" with its holder's name is no label.
    expect(table(['Đoàn công tác gồm các sở, ngành: Sở Y tế, Sở Tài chính.'])).toEqual({});
    expect(table(['Ban chỉ đạo gồm Trưởng ban Lê Văn An: phụ trách chung.'])).toEqual({ 'Lê Văn An': ['Trưởng ban'] });
  });
});

describe('audit round 44: a caption in capitals where a body ends with a family name', () => {
  it('"BÍ THƯ THỨ NHẤT TRUNG ƯƠNG ĐOÀN BÙI QUANG HUY PHÁT BIỂU": "ĐOÀN" is the body\'s', () => {
    expect(table(['BÍ THƯ THỨ NHẤT TRUNG ƯƠNG ĐOÀN BÙI QUANG HUY PHÁT BIỂU CHỈ ĐẠO ĐẠI HỘI'])).toEqual({ 'Bùi Quang Huy': ['BÍ THƯ THỨ NHẤT TRUNG ƯƠNG ĐOÀN'] });
    // Traps: a family name Đoàn opening the name, or after a title that is no compound, stays the name's.
    expect(table(['ĐOÀN VĂN AN, BÍ THƯ TỈNH ĐOÀN, PHÁT BIỂU'])).toEqual({ 'Đoàn Văn An': ['BÍ THƯ TỈNH ĐOÀN'] });
    expect(table(['BỘ TRƯỞNG NGUYỄN VĂN AN VÀ THỨ TRƯỞNG ĐOÀN VĂN BÌNH DỰ LỄ'])).toEqual({ 'Nguyễn Văn An': ['BỘ TRƯỞNG'], 'Đoàn Văn Bình': ['THỨ TRƯỞNG'] });
  });
});

describe('audit round 44: an abbreviation the article glosses is the body it glosses', () => {
  it('"Chủ tịch VFF" after "Chủ tịch Liên đoàn Bóng đá Việt Nam (VFF)" is one post, printed in full', () => {
    expect(table([
      'Ông Trần Quốc Tuấn tái đắc cử Chủ tịch VFF.',
      'Ông Trần Quốc Tuấn tiếp tục được bầu giữ chức Chủ tịch Liên đoàn Bóng đá Việt Nam (VFF) khoá IX. Ông Trần Anh Tú giữ chức Phó Chủ tịch VFF.',
    ])).toEqual({ 'Trần Quốc Tuấn': ['Chủ tịch Liên đoàn Bóng đá Việt Nam'], 'Trần Anh Tú': ['Phó Chủ tịch VFF'] });
    // Trap: with no gloss in the article, the abbreviation is a post of its own.
    expect(table(['Ông Trần Quốc Tuấn, Chủ tịch VFF, và Chủ tịch Liên đoàn Bóng đá Việt Nam Lê Hùng Dũng dự lễ.'])).toEqual({
      'Trần Quốc Tuấn': ['Chủ tịch VFF'],
      'Lê Hùng Dũng': ['Chủ tịch Liên đoàn Bóng đá Việt Nam'],
    });
  });
});

describe('audit round 44: a hospital department in sentence case', () => {
  it('"Trưởng khoa Chấn thương chỉnh hình", "Trưởng khoa Hồi sức tích cực"', () => {
    expect(table(['Ông Lê Văn Sỹ là Phó Giám đốc Bệnh viện Đa khoa tỉnh, kiêm Trưởng khoa Chấn thương chỉnh hình.'])).toEqual({
      'Lê Văn Sỹ': ['Phó Giám đốc Bệnh viện Đa khoa tỉnh', 'Trưởng khoa Chấn thương chỉnh hình'],
    });
    expect(table(['BS Nguyễn Văn Lan, Trưởng khoa Hồi sức tích cực, cho biết.'])).toEqual({ 'Nguyễn Văn Lan': ['Trưởng khoa Hồi sức tích cực'] });
    // Trap: after the holder's name the word is the sentence's.
    expect(table(['Trưởng khoa Cấp cứu Lê Văn An tích cực tham gia.'])).toEqual({ 'Lê Văn An': ['Trưởng khoa Cấp cứu'] });
  });
});

describe('audit round 44: a role\'s posts go on past ", kiêm"', () => {
  it('"được bổ nhiệm là T1, kiêm T2", "giữ chức T1, kiêm T2"', () => {
    expect(table(['BSCKII Lê Văn Sỹ sinh năm 1975, trước khi được bổ nhiệm là Phó Giám đốc Bệnh viện Đa khoa tỉnh, kiêm Trưởng khoa Ngoại.'])).toEqual({
      'Lê Văn Sỹ': ['Phó Giám đốc Bệnh viện Đa khoa tỉnh', 'Trưởng khoa Ngoại'],
    });
    expect(table(['Ông Lê Văn An giữ chức Giám đốc Sở Y tế, kiêm Bí thư Đảng ủy Sở.'])).toEqual({ 'Lê Văn An': ['Giám đốc Sở Y tế', 'Bí thư Đảng ủy Sở'] });
    // Trap: ", kiêm" before another name's title is that name's.
    expect(table(['Ông Lê Văn An giữ chức Giám đốc Sở Y tế, kiêm nhiệm Bí thư Đảng ủy Sở Trần Văn Bình.'])).toEqual({
      'Lê Văn An': ['Giám đốc Sở Y tế'],
      'Trần Văn Bình': ['Bí thư Đảng ủy Sở'],
    });
  });
});

describe('audit round 44: "từ năm YYYY" after a title, before a mark, stands for nothing', () => {
  it('"X, T1 từ năm 2019, chuyển sang giữ chức T2"', () => {
    expect(table(['Ông Nguyễn Khải Hoàn, Tổng giám đốc FPT Software từ năm 2019, chuyển sang giữ chức Phó Chủ tịch Hội đồng quản trị.'])).toEqual({
      'Nguyễn Khải Hoàn': ['Tổng giám đốc FPT Software', 'Phó Chủ tịch Hội đồng quản trị'],
    });
    expect(table(['Ông Lê Văn An, Giám đốc Sở từ năm 2019, Bí thư Đảng ủy Sở, phát biểu.'])).toEqual({ 'Lê Văn An': ['Giám đốc Sở', 'Bí thư Đảng ủy Sở'] });
    // Trap: the sentence going on after the year is not skipped into the next post.
    expect(table(['Ông Lê Văn An, Giám đốc Sở từ năm 2019 đến nay, phát biểu.'])).toEqual({ 'Lê Văn An': ['Giám đốc Sở'] });
  });
});

describe('audit round 44: a career cue after a clause of the subject\'s own', () => {
  it('"…, ông có nhiều năm công tác …, từng giữ chức T": the pronoun opening the clause', () => {
    expect(table(['Đại tá Trần Ngọc Tuấn sinh năm 1976. Trước khi được bổ nhiệm, ông có nhiều năm công tác trong lực lượng cảnh sát hình sự, từng giữ chức Phó Trưởng Công an thành phố Vinh.'])).toEqual({
      'Trần Ngọc Tuấn': ['Đại tá', 'Phó Trưởng Công an thành phố Vinh'],
    });
    // Trap: a name after a title opening the clause is not a subject of its own.
    expect(table(['Hội nghị do Bí thư Lê Văn An chủ trì, từng là nơi tổ chức nhiều sự kiện.'])).toEqual({ 'Lê Văn An': ['Bí thư'] });
  });
});

describe('audit round 44: a team captain is no office', () => {
  it('"đội trưởng Đỗ Duy Mạnh của đội tuyển" in lower case before a name', () => {
    expect(table(['HLV Kim Sang-sik và đội trưởng Đỗ Duy Mạnh của đội tuyển quốc gia cũng có mặt.'])).toEqual({});
    // Traps: a police team's head, capitalised or with the team named, is one.
    expect(table(['Đội trưởng Lê Văn An cho biết.'])).toEqual({ 'Lê Văn An': ['Đội trưởng'] });
    expect(table(['Ông Lê Văn An, đội trưởng Đội Cảnh sát hình sự, cho biết.'])).toEqual({ 'Lê Văn An': ['đội trưởng Đội Cảnh sát hình sự'] });
  });
});

describe('audit round 44: a company named with a province after other words of its name', () => {
  it('"Kế toán trưởng Công ty CP Nông nghiệp Quốc tế Hoàng Anh Gia Lai" is one title, no person Hoàng Anh Gia Lai', () => {
    expect(table(['Bà Võ Thị Mỹ Hạnh từng giữ chức Kế toán trưởng Công ty CP Nông nghiệp Quốc tế Hoàng Anh Gia Lai.'])).toEqual({
      'Võ Thị Mỹ Hạnh': ['Kế toán trưởng Công ty CP Nông nghiệp Quốc tế Hoàng Anh Gia Lai'],
    });
    // Traps: with no company's form before it, four syllables after a body are a person; three after a company too.
    expect(table(['Bộ trưởng Bộ Công Thương Nguyễn Văn Hà Nam phát biểu.'])).toEqual({ 'Nguyễn Văn Hà Nam': ['Bộ trưởng Bộ Công Thương'] });
    expect(table(['Giám đốc Công ty CP Xây dựng Lê Văn An phát biểu.'])).toEqual({ 'Lê Văn An': ['Giám đốc Công ty CP Xây dựng'] });
  });
});

describe('audit round 48: word lists', () => {
  it('"Quyền" (acting) before the heads of a company, a school, a court', () => {
    expect(table(['HĐQT đã bổ nhiệm ông Lê Quang Vinh, Phó Tổng Giám đốc, giữ chức Quyền Tổng Giám đốc Vietcombank.'])).toEqual({
      'Lê Quang Vinh': ['Phó Tổng Giám đốc', 'Quyền Tổng Giám đốc Vietcombank'],
    });
    expect(table(['Quyền Hiệu trưởng Trường ĐH Cần Thơ Trần Văn Hoa phát biểu.'])).toEqual({ 'Trần Văn Hoa': ['Quyền Hiệu trưởng Trường ĐH Cần Thơ'] });
    // Trap: "quyền" in lower case is a right, no head ("quyền công tố" is a body's word only inside one).
    expect(table(['Ông Lê Văn An có quyền Tổng Giám đốc ký thay.'])).toEqual({});
  });

  it('the procuracy\'s departments named in lower case: "Vụ Thực hành quyền công tố và kiểm sát xét xử hình sự"', () => {
    expect(table(['Ông Lê Văn An, Vụ trưởng Vụ Thực hành quyền công tố và kiểm sát xét xử hình sự, phát biểu.'])).toEqual({
      'Lê Văn An': ['Vụ trưởng Vụ Thực hành quyền công tố và kiểm sát xét xử hình sự'],
    });
    // Trap: the same words as the sentence's verb after a title end it.
    expect(table(['Thẩm phán Lê Văn An xét xử vụ án.'])).toEqual({ 'Lê Văn An': ['Thẩm phán'] });
  });

  it('a ward\'s department named by three fields: "Phòng Kinh tế, Hạ tầng và Đô thị"', () => {
    expect(table(['Kỳ họp bầu ông Trịnh Văn Nam, Trưởng phòng Kinh tế, Hạ tầng và Đô thị phường, làm Phó Chủ tịch UBND phường.'])).toEqual({
      'Trịnh Văn Nam': ['Trưởng phòng Kinh tế, Hạ tầng và Đô thị phường', 'Phó Chủ tịch UBND phường'],
    });
    // Trap: a list of two posts after a comma stays two.
    expect(table(['Ông Lê Văn An, Trưởng phòng Kinh tế, Chủ tịch Công đoàn phường, phát biểu.'])).toEqual({
      'Lê Văn An': ['Trưởng phòng Kinh tế', 'Chủ tịch Công đoàn phường'],
    });
  });

  it('foreign states in several words end a title like a country: "Thống đốc bang New South Wales Margaret Beazley"', () => {
    expect(table(['Đại sứ Phạm Hùng Tâm gặp Thống đốc bang New South Wales Margaret Beazley tại Sydney.'])).toEqual({
      'Phạm Hùng Tâm': ['Đại sứ'],
      'Margaret Beazley': ['Thống đốc bang New South Wales'],
    });
    expect(table(['Thống đốc bang California Gavin Newsom tiếp đoàn.'])).toEqual({ 'Gavin Newsom': ['Thống đốc bang California'] });
  });
});

describe('audit round 48: clan names of the Central Highlands', () => {
  it('a clan name that is no Vietnamese syllable or is printed in two words is read like a Vietnamese name', () => {
    expect(table(['Các đồng chí Phó Bí thư Tỉnh ủy gồm: Rah Lan Chung, Trưởng Đoàn ĐBQH tỉnh; Phạm Anh Tuấn, Chủ tịch UBND tỉnh.'])).toEqual({
      'Rah Lan Chung': ['Phó Bí thư Tỉnh ủy', 'Trưởng Đoàn ĐBQH tỉnh'],
      'Phạm Anh Tuấn': ['Phó Bí thư Tỉnh ủy', 'Chủ tịch UBND tỉnh'],
    });
    expect(table(['Chủ tịch HĐND tỉnh Rơ Châm Long dự hội nghị.'])).toEqual({ 'Rơ Châm Long': ['Chủ tịch HĐND tỉnh'] });
    expect(table(['Trưởng Đoàn ĐBQH tỉnh Rah Lan Chung phát biểu.'])).toEqual({ 'Rah Lan Chung': ['Trưởng Đoàn ĐBQH tỉnh'] });
    // Its given name is Vietnamese, and the sentence goes on after it.
    expect(table(['Bà Rah Lan Lâm là Phó Chủ tịch UBND tỉnh.'])).toEqual({ 'Rah Lan Lâm': ['Phó Chủ tịch UBND tỉnh'] });
  });

  it('traps: "Nay" opening a sentence, a clan name with no title, a place of the Highlands', () => {
    expect(table(['Nay Ban Thường vụ Tỉnh ủy đã thống nhất.'])).toEqual({});
    expect(table(['Ông Ksor Lân, người dân xã Ia Grai, cho biết.'])).toEqual({});
    expect(table(['Chủ tịch UBND xã Ia Grai Nguyễn Văn An dự.'])).toEqual({ 'Nguyễn Văn An': ['Chủ tịch UBND xã Ia Grai'] });
  });
});

describe('audit round 48: places named after people of history', () => {
  it('after a place\'s kind, a person of history is the place\'s name, not the holder ("phường Phan Đình Phùng")', () => {
    expect(table(['Trung tá Đỗ Thị Lan, Trưởng Công an phường Phan Đình Phùng được điều động giữ chức Trưởng phòng Tham mưu Công an tỉnh.'])).toEqual({
      'Đỗ Thị Lan': ['Trung tá', 'Trưởng Công an phường Phan Đình Phùng', 'Trưởng phòng Tham mưu Công an tỉnh'],
    });
    // The holder's own name may follow the place's.
    expect(table(['Bí thư Đảng ủy xã Trần Hưng Đạo Nguyễn Văn Cường phát biểu.'])).toEqual({ 'Nguyễn Văn Cường': ['Bí thư Đảng ủy xã Trần Hưng Đạo'] });
  });

  it('traps: any other name of three syllables after a place\'s kind is the holder\'s; the namesake with no place kind is a person', () => {
    expect(table(['Chủ tịch UBND xã Lê Văn Bình dự.'])).toEqual({ 'Lê Văn Bình': ['Chủ tịch UBND xã'] });
    expect(table(['Thứ trưởng Lý Thường Kiệt phát biểu.'])).toEqual({ 'Lý Thường Kiệt': ['Thứ trưởng'] });
  });
});

describe('audit round 48: Korean names after a title with no country', () => {
  it('a short family name before a given name of two syllables joined by a hyphen is a foreign name', () => {
    expect(table(['Về phía Hàn Quốc có Thủ tướng Kim Min-seok và Chánh Văn phòng Phủ Tổng thống Kang Hoon-sik.'])).toEqual({
      'Kim Min-seok': ['Thủ tướng'],
      'Kang Hoon-sik': ['Chánh Văn phòng Phủ Tổng thống'],
    });
  });

  it('a Korean name ends a run of foreign words before it, which are the title\'s body', () => {
    expect(table(['Thị trưởng Seoul Oh Se-hoon tiếp đoàn.'])).toEqual({ 'Oh Se-hoon': ['Thị trưởng Seoul'] });
    expect(table(['Chủ tịch Samsung Electronics Lee Jae-yong dự.'])).toEqual({ 'Lee Jae-yong': ['Chủ tịch Samsung Electronics'] });
    expect(table(['Chủ tịch Tập đoàn Lotte Shin Dong-bin dự.'])).toEqual({ 'Shin Dong-bin': ['Chủ tịch Tập đoàn Lotte'] });
    // Trap: a foreign name of several words with no hyphened given name is read whole.
    expect(table(['Đại sứ Mỹ Marc Knapper dự.'])).toEqual({ 'Marc Knapper': ['Đại sứ Mỹ'] });
  });

  it('traps: a place transliterated with hyphens, two provinces glued by a dash', () => {
    expect(table(['Bộ trưởng Ngoại giao đến Mát-xcơ-va hôm qua.'])).toEqual({});
    expect(table(['Giám đốc Sở Hà Nội-Hải Phòng dự.'])).toEqual({});
  });
});

describe('audit round 48: a defendant named again by the given name', () => {
  const texts = (o: Official | undefined): string[] => (o ? o.mentions.map((m) => m.text) : []);

  it('"bị cáo Hưng", "bị can Hưng" point back to the official named in full before', () => {
    const found = officials([
      'TAND TP Hà Nội xét xử bị cáo Trần Quốc Hưng, nguyên Chủ tịch UBND tỉnh Phú Yên.',
      'Tại tòa, bị cáo Hưng khai nhận hành vi. Trước đó, bị can Hưng đã nộp khắc phục.',
    ]);
    expect(texts(found.find((o) => o.name === 'Trần Quốc Hưng'))).toEqual(['Trần Quốc Hưng', 'Hưng', 'Hưng']);
  });

  it('traps: "bị cáo" before a given name no official has, and "bị cáo" reads no name as an official', () => {
    const found = officials([
      'Ông Trần Quốc Hưng, nguyên Chủ tịch UBND tỉnh, có mặt.',
      'Bị cáo Lộc đề nghị HĐXX xem xét. Bị cáo Lê Văn Lộc khai nhận.',
    ]);
    expect(found.map((o) => o.name)).toEqual(['Trần Quốc Hưng']);
    expect(texts(found[0])).toEqual(['Trần Quốc Hưng']);
  });
});

describe('audit round 48: the lay judges of a trial', () => {
  it('"Hội thẩm nhân dân X", "X, Hội thẩm TAND …" are titles', () => {
    expect(table(['Hội thẩm nhân dân Lê Thị Bình tham gia xét xử. Bà Trần Thị Mai, Hội thẩm TAND TP Hà Nội, cho biết.'])).toEqual({
      'Lê Thị Bình': ['Hội thẩm nhân dân'],
      'Trần Thị Mai': ['Hội thẩm TAND TP Hà Nội'],
    });
  });

  it('traps: an appraisers\' association ("Hội thẩm định giá") is no lay judge; "hai Hội thẩm" names no one', () => {
    expect(table(['Phó Chủ tịch Hội thẩm định giá Lê Văn Bình dự. Chủ tịch Hội Thẩm định giá Việt Nam Nguyễn Tiến Thỏa phát biểu.'])).toEqual({
      'Lê Văn Bình': ['Phó Chủ tịch Hội thẩm định giá'],
      'Nguyễn Tiến Thỏa': ['Chủ tịch Hội Thẩm định giá Việt Nam'],
    });
    const found = officials(['Bà Trần Thị Mai, Hội thẩm TAND TP Hà Nội, dự.', 'Hội đồng xét xử gồm Thẩm phán Lê Văn An và hai Hội thẩm nhân dân.']);
    expect(found.find((o) => o.name === 'Trần Thị Mai')!.mentions.map((m) => m.index)).toEqual([0]);
  });
});
