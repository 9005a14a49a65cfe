/**
 * Bodies with lower-case words in their names (audit r46): "Hiệu trưởng Trường THPT chuyên Lê Hồng Phong",
 * "Chủ tịch Hiệp hội Doanh nghiệp nhỏ và vừa Việt Nam".
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

describe('a gifted students\' school ("Trường THPT chuyên X")', () => {
  it('is one body, its namesake no holder', () => {
    expect(table(['Bà Trần Thị Mai, Hiệu trưởng Trường THPT chuyên Lê Hồng Phong, chia sẻ quan điểm.'])).toEqual({
      'Trần Thị Mai': ['Hiệu trưởng Trường THPT chuyên Lê Hồng Phong'],
    });
    expect(table(['Hiệu trưởng Trường THPT chuyên Lê Quý Đôn Nguyễn Văn Bình cho biết.'])).toEqual({
      'Nguyễn Văn Bình': ['Hiệu trưởng Trường THPT chuyên Lê Quý Đôn'],
    });
  });

  it('"chuyên trách" after a post stays the post\'s (trap)', () => {
    expect(table(['Ông Lê Văn An, Phó Bí thư chuyên trách Đảng ủy, phát biểu.'])['Lê Văn An']).toEqual(['Phó Bí thư chuyên trách Đảng ủy']);
  });
});

describe('small and medium enterprises in a body\'s name ("Hiệp hội Doanh nghiệp nhỏ và vừa Việt Nam")', () => {
  it('the title holds the whole name, the holder after it', () => {
    expect(table(['Chủ tịch Hiệp hội Doanh nghiệp nhỏ và vừa Việt Nam Nguyễn Văn Thân cho rằng thủ tục vay vốn vẫn là rào cản.'])).toEqual({
      'Nguyễn Văn Thân': ['Chủ tịch Hiệp hội Doanh nghiệp nhỏ và vừa Việt Nam'],
    });
  });

  it('"nhỏ và vừa" after a title in a sentence is no body (trap)', () => {
    expect(table(['Ông Lê Văn An, Chủ tịch UBND tỉnh, nói doanh nghiệp nhỏ và vừa cần vốn.'])).toEqual({ 'Lê Văn An': ['Chủ tịch UBND tỉnh'] });
  });
});

describe('the coast guard ("Cảnh sát biển") in a title', () => {
  it('keeps "biển" and the region\'s number', () => {
    expect(table(['Thiếu tướng Nguyễn Văn Sơn, Chính ủy Bộ Tư lệnh Vùng Cảnh sát biển 3 chủ trì buổi lễ.'])).toEqual({
      'Nguyễn Văn Sơn': ['Thiếu tướng', 'Chính ủy Bộ Tư lệnh Vùng Cảnh sát biển 3'],
    });
    expect(table(['Đại tá Lê Văn Minh, Phó Tư lệnh Bộ Tư lệnh Cảnh sát biển phát biểu.'])).toEqual({
      'Lê Văn Minh': ['Đại tá', 'Phó Tư lệnh Bộ Tư lệnh Cảnh sát biển'],
    });
  });

  it('"biển" after a title in a sentence is no body (trap)', () => {
    expect(table(['Ông Lê Văn An, Chủ tịch UBND tỉnh, nói biển đảo là thế mạnh.'])).toEqual({ 'Lê Văn An': ['Chủ tịch UBND tỉnh'] });
  });
});

describe('departments named in lower case, with the parent body after a comma (audit r50)', () => {
  it('"Vụ Chính sách tiền tệ, Ngân hàng Nhà nước", "Cục Quản lý giá, Bộ Tài chính" stay whole', () => {
    expect(table(['Thông tin được ông Phạm Chí Quang, Vụ trưởng Vụ Chính sách tiền tệ, Ngân hàng Nhà nước, đưa ra tại họp báo.'])).toEqual({
      'Phạm Chí Quang': ['Vụ trưởng Vụ Chính sách tiền tệ, Ngân hàng Nhà nước'],
    });
    expect(table(['Bà Phạm Thị Thanh Tâm, Phó Cục trưởng Cục Quản lý giá, Bộ Tài chính, cho biết giá xăng dầu giảm.'])).toEqual({
      'Phạm Thị Thanh Tâm': ['Phó Cục trưởng Cục Quản lý giá, Bộ Tài chính'],
    });
    expect(table(['Vụ trưởng Vụ Chính sách tiền tệ Phạm Chí Quang cho biết tiền tệ ổn định.'])).toEqual({
      'Phạm Chí Quang': ['Vụ trưởng Vụ Chính sách tiền tệ'],
    });
  });

  it('a works board\'s remit ("các công trình giao thông tỉnh …") is in its name', () => {
    expect(table(['Ông Lê Minh Hưng, Giám đốc Ban Quản lý dự án đầu tư xây dựng các công trình giao thông tỉnh Quảng Ngãi, thừa nhận vướng mắc.'])).toEqual({
      'Lê Minh Hưng': ['Giám đốc Ban Quản lý dự án đầu tư xây dựng các công trình giao thông tỉnh Quảng Ngãi'],
    });
  });

  it('"giá", "công trình", "tiền tệ" in the sentence after a title are no body (traps)', () => {
    expect(table(['Giám đốc Sở Tài chính Nguyễn Văn An cho biết giá xăng giảm.'])).toEqual({ 'Nguyễn Văn An': ['Giám đốc Sở Tài chính'] });
    expect(table(['Ông Nguyễn Văn Bình, Giám đốc Sở Xây dựng, kiểm tra các công trình trọng điểm.'])).toEqual({ 'Nguyễn Văn Bình': ['Giám đốc Sở Xây dựng'] });
    expect(table(['Ông Lê Văn Cường, Chủ tịch UBND tỉnh, nói công trình phải xong trước Tết.'])).toEqual({ 'Lê Văn Cường': ['Chủ tịch UBND tỉnh'] });
  });
});

describe('aviation and money in a body\'s name ("Cảng hàng không", "Chính sách tiền tệ")', () => {
  it('the title holds the whole name', () => {
    expect(table(['Ông Vũ Thế Phiệt, Tổng giám đốc Tổng công ty Cảng hàng không Việt Nam (ACV), cho biết nhà ga sẽ hoàn thành đúng hạn.'])).toEqual({
      'Vũ Thế Phiệt': ['Tổng giám đốc Tổng công ty Cảng hàng không Việt Nam'],
    });
    expect(table(['Ông Trần Minh Tuấn, Phó Vụ trưởng Vụ Chính sách tiền tệ, Ngân hàng Nhà nước, cho biết thị trường ổn định.'])).toEqual({
      'Trần Minh Tuấn': ['Phó Vụ trưởng Vụ Chính sách tiền tệ, Ngân hàng Nhà nước'],
    });
  });

  it('traps: the words in the sentence after a post and a name', () => {
    expect(table(['Tổng giám đốc Vietjet Nguyễn Thị Phương Thảo cho biết thị trường hàng không phục hồi mạnh.'])).toEqual({
      'Nguyễn Thị Phương Thảo': ['Tổng giám đốc Vietjet'],
    });
    expect(table(['Thống đốc Ngân hàng Nhà nước Nguyễn Thị Hồng cho biết chính sách tiền tệ sẽ linh hoạt.'])).toEqual({
      'Nguyễn Thị Hồng': ['Thống đốc Ngân hàng Nhà nước'],
    });
  });
});

describe('offices named by their task: forecasting, disease prevention (audit r53)', () => {
  it('"Dự báo", "Phòng bệnh", "khám chữa bệnh" stay in the body\'s name', () => {
    expect(table(['Ông Mai Văn Khiêm, Giám đốc Trung tâm Dự báo khí tượng thủy văn quốc gia, cho biết độ ẩm lên tới 95%.'])).toEqual({
      'Mai Văn Khiêm': ['Giám đốc Trung tâm Dự báo khí tượng thủy văn quốc gia'],
    });
    expect(table(['Theo ông Phan Trọng Lân, Cục trưởng Cục Phòng bệnh, phụ huynh cần lưu ý các dấu hiệu sau.'])).toEqual({
      'Phan Trọng Lân': ['Cục trưởng Cục Phòng bệnh'],
    });
  });

  it('a forecast or a disease in the sentence after the post stays out of it (trap)', () => {
    expect(table(['Ông Lê Văn An, Giám đốc Sở Y tế, dự báo số ca bệnh sẽ tăng.'])['Lê Văn An']).toEqual(['Giám đốc Sở Y tế']);
    expect(table(['Ông Lê Văn An, Cục trưởng Cục Y tế dự phòng, phòng bệnh cho trẻ là ưu tiên.'])['Lê Văn An']).toEqual(['Cục trưởng Cục Y tế dự phòng']);
  });
});
