import { describe, expect, it } from 'vitest';
import { findTimestamp, isTimeOnly } from '../../../src/readers/text/datetime.js';

describe('findTimestamp', () => {
  const cases: Array<[string, string, string]> = [
    ['11/03/2025 - 20:25', '2025-03-11T20:25:00+07:00', ''],
    ['Thứ năm, 2/11/2023, 19:20 (GMT+7)', '2023-11-02T19:20:00+07:00', ''],
    ['11/03/2025 20:25 GMT+7', '2025-03-11T20:25:00+07:00', ''],
    ['Thứ Ba, 11/03/2025 - 20:25', '2025-03-11T20:25:00+07:00', ''],
    ['11/03/2025 | 20:25', '2025-03-11T20:25:00+07:00', ''],
    ['20:25 ngày 11/03/2025', '2025-03-11T20:25:00+07:00', ''],
    ['11-03-2025 20:25', '2025-03-11T20:25:00+07:00', ''],
    ['Cập nhật: 11/3/2025 20:25', '2025-03-11T20:25:00+07:00', ''],
    ['ngày 11 tháng 3 năm 2025', '2025-03-11', ''],
    ['Thứ hai, 1/7/2024, 19h42', '2024-07-01T19:42:00+07:00', ''],
    ['07/03/2026 08:52 (GMT+07:00)', '2026-03-07T08:52:00+07:00', ''],
    // The offset in square brackets (Báo Quảng Bình), glued to the time or not.
    ['Thứ Bảy, 09/12/2017, 12:03 [GMT+7]', '2017-12-09T12:03:00+07:00', ''],
    ['Chủ nhật, 25/08/2024, 15:11[GMT+7]', '2024-08-25T15:11:00+07:00', ''],
    ['Chủ nhật, 9/3/2025 - 08:05', '2025-03-09T08:05:00+07:00', ''],
    ['11/03/2025 20:25 GMT+9', '2025-03-11T20:25:00+09:00', ''],
    ['11/03/2025 20:25 UTC-05:00', '2025-03-11T20:25:00-05:00', ''],
    // "GMT" or "UTC" alone: the time is printed in GMT itself.
    ['11/03/2025 13:25 GMT', '2025-03-11T13:25:00+00:00', ''],
    ['Vũ Ba - 11/03/2025 13:25 (UTC)', '2025-03-11T13:25:00+00:00', 'Vũ Ba'],
    // A weekday abbreviated ("T3": thứ ba, "CN": chủ nhật), an icon before the date.
    ['T3, 11/03/2025 - 20:25', '2025-03-11T20:25:00+07:00', ''],
    ['CN, 16/03/2025 08:00', '2025-03-16T08:00:00+07:00', ''],
    ['🕐 11/03/2025 20:25', '2025-03-11T20:25:00+07:00', ''],
    ['Vũ Ba 📅 11/03/2025', '2025-03-11', 'Vũ Ba'],
    // Traps: letters around "T3" or "GMT" make no label and no offset.
    ['Tổ T3A 11/03/2025', '2025-03-11', 'Tổ T3A'],
    ['Vũ Ba GMTV 11/03/2025 20:25', '2025-03-11T20:25:00+07:00', 'Vũ Ba GMTV'],
    ['Vũ Ba 11/03/2025 - 20:25', '2025-03-11T20:25:00+07:00', 'Vũ Ba'],
    ['Nguyên Minh - 07/03/2026 08:47', '2026-03-07T08:47:00+07:00', 'Nguyên Minh'],
    ['Phong Cầm 25/01/2020 08:00 GMT+7', '2020-01-25T08:00:00+07:00', 'Phong Cầm'],
    ['11.03.2025', '2025-03-11', ''],
    ['2025-03-11 20:25', '2025-03-11T20:25:00+07:00', ''],
    ['Ngày đăng: 2025-03-11T13:25:00Z', '2025-03-11T13:25:00+00:00', ''],
    ['2025-03-11T20:25:00+07:00 | Vũ Ba', '2025-03-11T20:25:00+07:00', 'Vũ Ba'],
    ['11/03/2025 08:25 PM', '2025-03-11T20:25:00+07:00', ''],
    ['11/03/2025 12:05 AM', '2025-03-11T00:05:00+07:00', ''],
    ['11/03/2025 8:25 SA', '2025-03-11T08:25:00+07:00', ''],
    ['(TTXVN/Vietnam+) lúc : 11/07/14 11:35', '2014-07-11T11:35:00+07:00', '(TTXVN/Vietnam+)'],
    ['Bài: Vũ Ba - 11/03/2025 20:25', '2025-03-11T20:25:00+07:00', 'Bài: Vũ Ba'],
    // The minutes with their mark (TTXVN's sites): the mark is the time's, not left over.
    ["09:03' - 09/10/2017", '2017-10-09T09:03:00+07:00', ''],
    ['09:03’ 09/10/2017', '2017-10-09T09:03:00+07:00', ''],
    // An offset one space after the time (CMS exports, feeds).
    ['11/03/2025 20:25 +07:00', '2025-03-11T20:25:00+07:00', ''],
    ['Thanh Hà - 11/03/2025 20:25:00 +0900', '2025-03-11T20:25:00+09:00', 'Thanh Hà'],
    // The hour in words.
    ['20 giờ 25, 11/03/2025', '2025-03-11T20:25:00+07:00', ''],
    ['20 giờ 25 phút ngày 11/3/2025', '2025-03-11T20:25:00+07:00', ''],
    ['20h25 ngày 11/3/2025', '2025-03-11T20:25:00+07:00', ''],
    ['Đăng bởi Thanh Hà vào lúc 20:25 ngày 11/03/2025', '2025-03-11T20:25:00+07:00', 'Đăng bởi Thanh Hà'],
    // English-style CMS templates and feeds.
    ['March 11, 2025 8:25 PM', '2025-03-11T20:25:00+07:00', ''],
    ['11 Mar 2025 20:25', '2025-03-11T20:25:00+07:00', ''],
    ['Tuesday, March 11, 2025 at 8:25 pm', '2025-03-11T20:25:00+07:00', ''],
    ['Tue, 11 Mar 2025 13:25:00 +0000', '2025-03-11T13:25:00+00:00', ''],
    ['Sept. 9, 2024', '2024-09-09', ''],
    ['By Minh Anh | March 11, 2025', '2025-03-11', 'By Minh Anh'],
  ];
  for (const [line, iso, rest] of cases) {
    it(`reads "${line}"`, () => {
      expect(findTimestamp(line)).toMatchObject({ iso, rest });
    });
  }

  it('is day-first: 02/11/2023 is 2 November', () => {
    expect(findTimestamp('02/11/2023')?.iso).toBe('2023-11-02');
  });

  it('is month-first only where day-first is impossible: 2/27/2018 (a blog platform in English)', () => {
    expect(findTimestamp('2/27/2018')?.iso).toBe('2018-02-27');
    expect(findTimestamp('2/27/2018 8:05 PM')?.iso).toBe('2018-02-27T20:05:00+07:00');
    // Traps: no day 31 in February either way; a dash date stays day-first only.
    expect(findTimestamp('2/31/2018')).toBeNull();
    expect(findTimestamp('2-27-2018')).toBeNull();
  });

  it('rejects impossible dates and lines without a full date', () => {
    expect(findTimestamp('31/02/2025 10:00')).toBeNull();
    expect(findTimestamp('13/13/2025')).toBeNull();
    expect(findTimestamp('Ngày 11/3, Đoàn kiểm tra')).toBeNull();
    expect(findTimestamp('Kinh doanh')).toBeNull();
    expect(findTimestamp('Quyết định số 1651/QĐ-TTg')).toBeNull();
  });

  it('reads no offset, month or hour where there is none', () => {
    // A phone number after a dash is no offset; the time stays +07:00.
    expect(findTimestamp('11/03/2025 - 20:25 - 0979')).toMatchObject({ iso: '2025-03-11T20:25:00+07:00', rest: '0979' });
    expect(findTimestamp('Marathon 11, 2025')).toBeNull();
    expect(findTimestamp('May 2025')).toBeNull();
    expect(findTimestamp('31 Feb 2025 10:00')).toBeNull();
    // An English sentence with a date in it keeps its words (so it is no date line).
    expect(findTimestamp('The meeting on March 11, 2025 drew 300 people.')?.rest).toBe('The meeting drew 300 people.');
    // "2 giờ trước" (relative) has no minutes to read.
    expect(findTimestamp('2 giờ trước')).toBeNull();
  });

  it('ignores an out-of-range offset', () => {
    expect(findTimestamp('11/03/2025 20:25 GMT+19')?.iso).toBe('2025-03-11T20:25:00+07:00');
  });

  it('drops fractional seconds from the rest of the line, so only the name is left', () => {
    expect(findTimestamp('2025-03-11T20:25:00.123+07:00')).toMatchObject({ iso: '2025-03-11T20:25:00+07:00', rest: '' });
    expect(findTimestamp('Vũ Ba 2025-03-11 20:25:00.5')).toMatchObject({ iso: '2025-03-11T20:25:00+07:00', rest: 'Vũ Ba' });
    expect(findTimestamp('Cập nhật 11/03/2025 20:25:07.250 GMT+7 - Minh An')).toMatchObject({ iso: '2025-03-11T20:25:07+07:00', parts: ['Minh An'] });
  });

  it('reads an ISO offset after fractional seconds (ISO_OFFSET)', () => {
    expect(findTimestamp('2025-03-11T20:25:00.123+09:00')?.iso).toBe('2025-03-11T20:25:00+09:00');
    expect(findTimestamp('2025-03-11T20:25:00.123456789-05:00')?.iso).toBe('2025-03-11T20:25:00-05:00');
  });

  it('splits the leftovers at bars, bullets, dashes and commas (PART_SEPARATOR)', () => {
    expect(findTimestamp('BIẾN ĐỔI KHÍ HẬU  |  Thanh Tùng • 11/03/2025 20:25')?.parts).toEqual(['BIẾN ĐỔI KHÍ HẬU', 'Thanh Tùng']);
    expect(findTimestamp('Vũ Ba, Thanh Tùng - 11/03/2025')?.parts).toEqual(['Vũ Ba', 'Thanh Tùng']);
  });

  // ReDoS regressions (issue 6): each took about a second at 20 000 characters before the rewrite, quadratic.
  it('stays linear on a long run of digits after the date (ISO_OFFSET look-behind)', () => {
    const line = '11/03/2025 ' + '0'.repeat(100_000);
    const started = performance.now();
    expect(findTimestamp(line)?.iso).toBe('2025-03-11');
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('stays linear on a long run of spaces or tabs between parts (PART_SEPARATOR)', () => {
    for (const space of [' ', '\t']) {
      const line = '11/03/2025 20:25 ' + space.repeat(100_000) + 'Vũ Ba';
      const started = performance.now();
      expect(findTimestamp(line)?.parts).toEqual(['Vũ Ba']);
      expect(performance.now() - started).toBeLessThan(1000);
    }
  });

  it('stays linear on a long line of digits and slashes', () => {
    const line = '1/'.repeat(200_000) + '1';
    const started = performance.now();
    findTimestamp(line);
    expect(performance.now() - started).toBeLessThan(1000);
  });
});

describe('isTimeOnly', () => {
  it('reads a time alone, with an offset or "Lúc", and nothing else', () => {
    for (const t of ['16:02', '16:02 (GMT +7)', '16:02 GMT+7', '16h02', 'Lúc 16:02', '8:05 PM', '16:02:30']) expect(isTimeOnly(t)).toBe(true);
    for (const t of ['16:02 ngày 08/12/2024', '16:02 Hà Nội', '25:10', '16', '16:02 (GMT +7) Thanh Hà', 'Ngày 16/2']) expect(isTimeOnly(t)).toBe(false);
  });
});
