/**
 * Audit round r52 (personnel news and party congresses): the rules it added, each with its traps.
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

describe('a point after a word of address ends the sentence', () => {
  it('"… gồm 27 đồng chí. Tại phiên họp …": "Tại" is no person', () => {
    expect(table(['Đại hội đã bầu Ban Chấp hành Đảng bộ xã gồm 27 đồng chí. Tại phiên họp thứ nhất, đồng chí Huỳnh Ngọc Anh tái đắc cử Bí thư Đảng ủy xã.'])).toEqual({
      'Huỳnh Ngọc Anh': ['Bí thư Đảng ủy xã'],
    });
    expect(table(['Đoàn gồm 12 ông. Sau đó, ông Lê Văn Hai, Giám đốc Sở Y tế, phát biểu.'])).toEqual({ 'Lê Văn Hai': ['Giám đốc Sở Y tế'] });
  });

  it('trap: an abbreviated degree keeps its point ("TS. X")', () => {
    expect(table(['TS. Nguyễn Văn Hai, Giám đốc Bệnh viện Bạch Mai, cho biết.'])).toEqual({ 'Nguyễn Văn Hai': ['Giám đốc Bệnh viện Bạch Mai'] });
  });
});

describe('the family name "Đầu"', () => {
  it('"Đầu Thanh Tùng" is a name', () => {
    expect(table(['Chủ tịch UBND tỉnh Đầu Thanh Tùng phát biểu.'])).toEqual({ 'Đầu Thanh Tùng': ['Chủ tịch UBND tỉnh'] });
    expect(table(['Các đồng chí Phó Bí thư Tỉnh ủy gồm: Lại Thế Nguyên, Chủ tịch HĐND tỉnh; Đầu Thanh Tùng, Chủ tịch UBND tỉnh.'])).toEqual({
      'Lại Thế Nguyên': ['Phó Bí thư Tỉnh ủy', 'Chủ tịch HĐND tỉnh'],
      'Đầu Thanh Tùng': ['Phó Bí thư Tỉnh ủy', 'Chủ tịch UBND tỉnh'],
    });
  });

  it('traps: "Đầu Tư" in a body printed in title case is the word', () => {
    expect(table(['Ông Lê Ngọc Lâm, Tổng Giám đốc Ngân hàng TMCP Đầu Tư và Phát Triển Việt Nam, cho biết.'])).toEqual({
      'Lê Ngọc Lâm': ['Tổng Giám đốc Ngân hàng TMCP Đầu Tư và Phát Triển Việt Nam'],
    });
    expect(table(['Bà Lê Thị Cúc, Trưởng phòng Đầu Tư Công, dự họp.'])).toEqual({ 'Lê Thị Cúc': ['Trưởng phòng Đầu Tư Công'] });
  });
});

describe('subjects of a passive, each with its posts, joined by "và"', () => {
  it('"Các đồng chí X, T1, và Y, T2, được bầu làm T3": both hold T3', () => {
    expect(table(['Các đồng chí Trần Văn Sáu, Chủ tịch UBND xã, và Lê Thị Mỹ Dung, Chủ tịch HĐND xã, được bầu làm Phó Bí thư Đảng ủy xã.'])).toEqual({
      'Trần Văn Sáu': ['Chủ tịch UBND xã', 'Phó Bí thư Đảng ủy xã'],
      'Lê Thị Mỹ Dung': ['Chủ tịch HĐND xã', 'Phó Bí thư Đảng ủy xã'],
    });
    expect(table(['Các đồng chí Trương Quốc Huy, nguyên Chủ tịch UBND tỉnh Hà Nam và Trần Anh Dũng, nguyên Chủ tịch UBND tỉnh Nam Định được phân công giữ chức Phó Chủ tịch UBND tỉnh Ninh Bình.'])).toEqual({
      'Trương Quốc Huy': ['nguyên Chủ tịch UBND tỉnh Hà Nam', 'Phó Chủ tịch UBND tỉnh Ninh Bình'],
      'Trần Anh Dũng': ['nguyên Chủ tịch UBND tỉnh Nam Định', 'Phó Chủ tịch UBND tỉnh Ninh Bình'],
    });
  });

  it('traps: a verb of the first name between, or no "và"', () => {
    expect(table(['Ông Trần Văn Sáu, Chủ tịch UBND xã, cho biết và Lê Thị Mỹ Dung, Chủ tịch HĐND xã, được bầu làm Phó Bí thư Đảng ủy xã.'])).toEqual({
      'Trần Văn Sáu': ['Chủ tịch UBND xã'],
      'Lê Thị Mỹ Dung': ['Chủ tịch HĐND xã', 'Phó Bí thư Đảng ủy xã'],
    });
    expect(table(['Ông Trần Văn Sáu, Chủ tịch UBND xã. Bà Lê Thị Mỹ Dung, Chủ tịch HĐND xã, được bầu làm Phó Bí thư Đảng ủy xã.'])).toEqual({
      'Trần Văn Sáu': ['Chủ tịch UBND xã'],
      'Lê Thị Mỹ Dung': ['Chủ tịch HĐND xã', 'Phó Bí thư Đảng ủy xã'],
    });
  });
});

describe('a district named like a person in a list of people', () => {
  it('"Các Phó Chủ tịch UBND tỉnh gồm: Mai Sơn, Nguyễn Hồng Thái, …": Mai Sơn is a name', () => {
    expect(table(['Các Phó Chủ tịch UBND tỉnh gồm: Mai Sơn, Nguyễn Hồng Thái, Phan Thế Tuấn, Đào Hồng Lan.'])).toEqual({
      'Mai Sơn': ['Phó Chủ tịch UBND tỉnh'],
      'Nguyễn Hồng Thái': ['Phó Chủ tịch UBND tỉnh'],
      'Phan Thế Tuấn': ['Phó Chủ tịch UBND tỉnh'],
      'Đào Hồng Lan': ['Phó Chủ tịch UBND tỉnh'],
    });
  });

  it('traps: a list of districts, and the district after its kind', () => {
    expect(table(['Tỉnh Sơn La gồm các huyện: Mai Sơn, Lương Sơn, Phù Yên. Chủ tịch UBND huyện Mai Sơn Lê Văn Hai phát biểu.'])).toEqual({
      'Lê Văn Hai': ['Chủ tịch UBND huyện Mai Sơn'],
    });
  });
});
