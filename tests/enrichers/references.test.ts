import { describe, expect, it } from 'vitest';
import type { Article, Reference } from '../../src/model/article.js';
import { mergeReferences } from '../../src/enrichers/merge-references.js';
import {
  ANY_KIND_PATTERN, CITATION_PATTERN, DATE_TAIL_PATTERN, ISSUER_TAIL_PATTERN, JOINT_ISSUER_PATTERN, LAW_NAME_PATTERN, NEXT_NUMBER_PATTERN,
} from '../../src/enrichers/references-patterns.js';
import { enrichReferences, findReferences } from '../../src/enrichers/references.js';
import { ENRICHERS } from '../../src/enrichers/index.js';
import { parseArticle } from '../../src/parse.js';

const ref = (kind: string, number: string | null, date: string | null = null, issuer: string | null = null, title: string | null = null): Reference => ({
  kind, number, date, issuer, title,
});

describe('findReferences: the example from the issue', () => {
  it('"Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị"', () => {
    expect(findReferences('Thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học.')).toEqual([
      { kind: 'Nghị quyết', number: '57-NQ/TW', date: '2024-12-22', issuer: 'Bộ Chính trị', title: null },
    ]);
  });
});

describe('number shapes', () => {
  const cases: [text: string, kind: string, number: string][] = [
    ['Nghị quyết số 57-NQ/TW về khoa học', 'Nghị quyết', '57-NQ/TW'],
    ['Đoàn kiểm tra số 1909-QĐNS/TW theo Quyết định số 1909-QĐNS/TW.', 'Quyết định', '1909-QĐNS/TW'],
    ['Nghị định số 35/2024/NĐ-CP quy định', 'Nghị định', '35/2024/NĐ-CP'],
    ['Chỉ thị số 12/CT-TTg của Thủ tướng', 'Chỉ thị', '12/CT-TTg'],
    ['Quyết định số 1234/QĐ-UBND.', 'Quyết định', '1234/QĐ-UBND'],
    ['Thông tư 80/2021/TT-BTC hướng dẫn', 'Thông tư', '80/2021/TT-BTC'],
    ['Bộ Chính trị ra Nghị quyết số 2124/NQ-NS-TƯ thành lập Đảng bộ', 'Nghị quyết', '2124/NQ-NS-TƯ'],
    ['Luật số 15/2023/QH15 có hiệu lực', 'Luật', '15/2023/QH15'],
    ['Công điện số 55/CĐ-TTg về ứng phó bão', 'Công điện', '55/CĐ-TTg'],
    ['Thông báo số 2842-TB/TU', 'Thông báo', '2842-TB/TU'],
    ['Quy định 105-QĐ/TW về phân cấp', 'Quy định', '105-QĐ/TW'],
    ['Hướng dẫn số 13-HD/TW', 'Hướng dẫn', '13-HD/TW'],
    ['Kết luận số 123-KL/TW về Đề án', 'Kết luận', '123-KL/TW'],
    ['("Nghị quyết 35/NQ-CP")', 'Nghị quyết', '35/NQ-CP'],
    // Bare numbers: after "số", or after a capitalised kind.
    ['Kết luận số 210 của Ban Chấp hành', 'Kết luận', '210'],
    ['những điểm mới tại Nghị định 68, TS Nguyễn Hồng Trang', 'Nghị định', '68'],
    ['theo quyết định số 12 của UBND', 'Quyết định', '12'],
  ];
  it.each(cases)('%s', (text, kind, number) => {
    expect(findReferences(text).map((r) => [r.kind, r.number])).toEqual([[kind, number]]);
  });

  it('"số" is optional and the kind may be printed in lower case (reported capitalised)', () => {
    expect(findReferences('theo nghị quyết 57-NQ/TW và chỉ thị số 12/CT-TTg')).toEqual([
      ref('Nghị quyết', '57-NQ/TW'),
      ref('Chỉ thị', '12/CT-TTg'),
    ]);
  });

  it('a number that goes on is not a bare number ("Nghị định 68%", "1.000", "22/12")', () => {
    expect(findReferences('Nghị định 68% và Quyết định 1.000 người, Thông báo 22/12 tới dân')).toEqual([]);
  });
});

describe('dates', () => {
  const cases: [printed: string, iso: string][] = [
    ['ngày 22/12/2024', '2024-12-22'],
    ['ngày 22-12-2024', '2024-12-22'],
    ['ngày 6-8-2020', '2020-08-06'],
    ['ngày 01.6.2020', '2020-06-01'],
    ['ngày 22 tháng 12 năm 2024', '2024-12-22'],
    [', ngày 5/1/2025', '2025-01-05'],
  ];
  it.each(cases)('%s → %s', (printed, iso) => {
    const sep = printed.startsWith(',') ? '' : ' ';
    expect(findReferences(`Quyết định số 3445/QĐ-UBND${sep}${printed} của UBND thành phố`)).toEqual([
      ref('Quyết định', '3445/QĐ-UBND', iso, 'UBND thành phố'),
    ]);
  });

  it('a date after the issuer is also the document\'s', () => {
    expect(findReferences('Chỉ thị số 12/CT-TTg của Thủ tướng Chính phủ ngày 5/1/2025 về')).toEqual([
      ref('Chỉ thị', '12/CT-TTg', '2025-01-05', 'Thủ tướng Chính phủ'),
    ]);
  });

  it.each([
    ['no year', 'Nghị quyết số 57-NQ/TW ngày 22/12 của Bộ Chính trị'],
    ['an impossible month', 'Nghị quyết số 57-NQ/TW ngày 22/13/2024 của Bộ Chính trị'],
    ['mixed separators', 'Nghị quyết số 57-NQ/TW ngày 22/12-2024 của Bộ Chính trị'],
  ])('never invented: %s → null', (_name, text) => {
    expect(findReferences(text)[0]?.date).toBeNull();
  });

  it('a date elsewhere in the sentence is not the document\'s (its issuer before it is)', () => {
    expect(findReferences('Ngày 11/3/2025, Bộ Chính trị ban hành Kết luận số 127-KL/TW.')).toEqual([ref('Kết luận', '127-KL/TW', null, 'Bộ Chính trị')]);
  });
});

describe('issuers', () => {
  const cases: [text: string, issuer: string | null][] = [
    ['Nghị quyết số 57-NQ/TW của Bộ Chính trị về đột phá', 'Bộ Chính trị'],
    ['Chỉ thị số 12/CT-TTg của Thủ tướng Chính phủ về tăng cường', 'Thủ tướng Chính phủ'],
    ['Chỉ thị số 12/CT-TTg của Thủ tướng về tăng cường', 'Thủ tướng'],
    ['Kết luận số 210 của Ban Chấp hành Trung ương Đảng khóa XIII về', 'Ban Chấp hành Trung ương Đảng khóa XIII'],
    ['Kết luận số 210 của Ban Chấp hành Trung ương Đảng khoá XIII.', 'Ban Chấp hành Trung ương Đảng khoá XIII'],
    ['Nghị quyết số 18-NQ/TW của Trung ương về sắp xếp', 'Trung ương'],
    ['Kết luận số 283 của Tổng Thanh tra Chính phủ về', 'Tổng Thanh tra Chính phủ'],
    ['Nghị quyết số 19-NQ/HNDTW của Ban Chấp hành Trung ương Hội Nông dân Việt Nam (khóa VI) về', 'Ban Chấp hành Trung ương Hội Nông dân Việt Nam'],
    ['Chỉ thị số 12-CT/TWĐTN của Ban Chấp hành Trung ương Đoàn về việc học tập', 'Ban Chấp hành Trung ương Đoàn'],
    ['Thông báo số 175/TB-VPCP ngày 7/5/2020 của Văn phòng Chính phủ;', 'Văn phòng Chính phủ'],
    ['Quyết định số 41/2016/QĐ-UBND của UBND tỉnh Quảng Ninh ngày', 'UBND tỉnh Quảng Ninh'],
    ['Quyết định số 41/2016/QĐ-UBND của Uỷ ban nhân dân TP. Hà Nội, theo đó', 'Uỷ ban nhân dân TP. Hà Nội'],
    ['Nghị quyết số 05-NQ/TU của Tỉnh ủy Thanh Hóa về', 'Tỉnh ủy Thanh Hóa'],
    ['Thông tư số 80/2021/TT-BTC của Bộ Tài chính hướng dẫn', 'Bộ Tài chính'],
    ['Thông tư số 29/2024/TT-BGDĐT của Bộ Giáo dục và Đào tạo quy định', 'Bộ Giáo dục và Đào tạo'],
    ['Thông tư số 1/2025/TT-BVHTTDL của Bộ Văn hóa, Thể thao và Du lịch về', 'Bộ Văn hóa, Thể thao và Du lịch'],
    ['Thông tư số 5/2025/TT-BLĐTBXH của Bộ Lao động - Thương binh và Xã hội về', 'Bộ Lao động - Thương binh và Xã hội'],
    ['Thông tư số 6/2025/TT-BNNPTNT của Bộ Nông nghiệp và Phát triển nông thôn hướng dẫn', 'Bộ Nông nghiệp và Phát triển nông thôn'],
    ['Quyết định số 7/QĐ-BYT do Bộ Y tế ban hành', 'Bộ Y tế'],
    ['Thông tư liên tịch số 1/2025/TTLT-BCA-BQP do Bộ Công an và Bộ Quốc phòng ban hành', 'Bộ Công an và Bộ Quốc phòng'],
    ['Thông tư liên tịch số 2/2025/TTLT-BTC-BYT của Bộ Tài chính, Bộ Y tế về', 'Bộ Tài chính, Bộ Y tế'],
    ['Nghị quyết số 57-NQ/TW của đồng chí Tổng Bí thư', null],
    ['Quyết định số 523/QĐ-TTg, Thủ tướng Chính phủ phê chuẩn', null],
  ];
  it.each(cases)('%s → %s', (text, issuer) => {
    const found = findReferences(text);
    expect(found.length).toBeGreaterThan(0);
    if (issuer === null) expect(found.every((r) => r.issuer === null)).toBe(true);
    else expect(found[0]?.issuer).toBe(issuer);
  });

  it('a ministry name stops before the next body ("Bộ Công an và Bộ Quốc phòng")', () => {
    expect(findReferences('Thông tư số 1/2025/TT-BCA do Bộ Công an và Bộ Quốc phòng ban hành')[0]?.issuer).toBe('Bộ Công an');
  });

  it('a ministry name stops before a document kind ("của Bộ Y tế và Quyết định số …")', () => {
    const found = findReferences('Theo Thông tư 9/2024/TT-BYT của Bộ Y tế và Quyết định số 12/QĐ-TTg ngày 1/2/2025 của Thủ tướng Chính phủ');
    expect(found.map((r) => [r.number, r.issuer])).toEqual([['9/2024/TT-BYT', 'Bộ Y tế'], ['12/QĐ-TTg', 'Thủ tướng Chính phủ']]);
    // A ministry whose name holds "và" keeps it.
    expect(findReferences('Thông tư số 3/2025/TT-BKHĐT của Bộ Kế hoạch và Đầu tư về')[0]?.issuer).toBe('Bộ Kế hoạch và Đầu tư');
  });
});

describe('joint documents ("liên tịch")', () => {
  it('are of their kind, with every issuer printed', () => {
    expect(findReferences('Nghị quyết liên tịch số 4/2025/NQLT-A-B ngày 3/2/2025 của Chính phủ và Ban Chấp hành Trung ương Hội Nông dân Việt Nam về')).toEqual([
      ref('Nghị quyết', '4/2025/NQLT-A-B', '2025-02-03', 'Chính phủ và Ban Chấp hành Trung ương Hội Nông dân Việt Nam'),
    ]);
    // A document that is not joint keeps one issuer.
    expect(findReferences('Thông tư số 5/2025/TT-BTC của Bộ Tài chính, Bộ Y tế cũng')[0]?.issuer).toBe('Bộ Tài chính');
  });
});

describe('lists of numbers and several citations', () => {
  it('numbers listed after one kind share the issuer; each keeps its own date', () => {
    expect(findReferences('Quyết định số 285/QĐ-TTg ngày 1/3/2025, 286/QĐ-TTg và số 288/QĐ-TTg của Thủ tướng Chính phủ')).toEqual([
      ref('Quyết định', '285/QĐ-TTg', '2025-03-01', 'Thủ tướng Chính phủ'),
      ref('Quyết định', '286/QĐ-TTg', null, 'Thủ tướng Chính phủ'),
      ref('Quyết định', '288/QĐ-TTg', null, 'Thủ tướng Chính phủ'),
    ]);
  });

  it('"Chỉ thị số 35-CT/TW và Kết luận số 118-KL/TW của Bộ Chính trị": the issuer goes to the citation it follows', () => {
    expect(findReferences('Chỉ thị số 35-CT/TW và Kết luận số 118-KL/TW của Bộ Chính trị về điều chỉnh')).toEqual([
      ref('Chỉ thị', '35-CT/TW'),
      ref('Kết luận', '118-KL/TW', null, 'Bộ Chính trị'),
    ]);
  });
});

describe('laws cited by name (title)', () => {
  const cases: [text: string, expected: Reference][] = [
    ['theo Luật Đất đai 2024, người dân', ref('Luật', null, null, null, 'Luật Đất đai 2024')],
    ['theo Luật Đất đai năm 2024.', ref('Luật', null, null, null, 'Luật Đất đai năm 2024')],
    ['khoản 3 Điều 12 Luật Chứng khoán số 54/2019/QH14 được sửa đổi', ref('Luật', '54/2019/QH14', null, null, 'Luật Chứng khoán')],
    ['sửa đổi Luật Phòng, chống tham nhũng; bảo vệ', ref('Luật', null, null, null, 'Luật Phòng, chống tham nhũng')],
    ['triển khai Luật Giáo dục đại học vừa được Quốc hội thông qua', ref('Luật', null, null, null, 'Luật Giáo dục đại học')],
    ['quy định của Luật Thuế giá trị gia tăng và các văn bản hướng dẫn', ref('Luật', null, null, null, 'Luật Thuế giá trị gia tăng')],
    ['Luật Giao thông đường bộ có hiệu lực', ref('Luật', null, null, null, 'Luật Giao thông đường bộ')],
  ];
  it.each(cases)('%s', (text, expected) => {
    expect(findReferences(text)).toEqual([expected]);
  });

  it.each([
    'Báo Pháp Luật TP Hồ Chí Minh tặng sách',
    'sinh viên Trường Đại học Luật Hà Nội',
    'giảng viên Khoa Luật cho biết',
    'Luật sư Nguyễn Văn A cho biết',
    'Công ty Luật Minh Khuê tư vấn',
    'một đạo luật mới',
    'Luật Đất đai sửa đổi những điều mà người dân rất quan tâm hiện nay', // name runs past the word limit
  ])('not a law: %s', (text) => {
    expect(findReferences(text).filter((r) => r.title !== null && !r.title.startsWith('Luật Đất đai'))).toEqual([]);
    if (!text.startsWith('Luật Đất đai')) expect(findReferences(text)).toEqual([]);
  });
});

describe('traps: the kinds as ordinary words', () => {
  it.each([
    'Thủ tướng quyết định bổ nhiệm ông Nguyễn Văn A.',
    'Hội nghị kết luận rằng cần tiếp tục.',
    'Đoàn kiểm tra đã thông báo kết luận kiểm tra.',
    'Nhà trường thông báo tới phụ huynh từ ngày 19/10/2023.',
    'Giáo viên hướng dẫn học sinh làm bài.',
    'Quyết định này diễn ra vào tối ngày 4.',
    'quyết định số phận của đội bóng',
    'HLV quyết định 2 lần thay người.',
    'thông báo 3 ca mắc mới',
    'Nghị quyết Trung ương 3 và Nghị quyết Đại hội XIV',
    'theo quy định tại Điều 10 Nghị định này',
    'mã sốNghị quyết số 1/NQ-CP', // a kind glued to the word before it does not start a word
    '2Quyết định số 12/QĐ-TTg',
  ])('%s → none', (text) => {
    expect(findReferences(text)).toEqual([]);
  });
});

describe('an issuer no list knows, then the date', () => {
  it('"số 03 của Lãnh đạo chủ chốt ngày 12/4/2021": the date, and the issuer when it is a capitalised name', () => {
    expect(findReferences('Theo thông báo số 03 của Lãnh đạo chủ chốt ngày 12/4/2021, ông X được phân công.')).toEqual([ref('Thông báo', '03', '2021-04-12', 'Lãnh đạo chủ chốt')]);
    expect(findReferences('Thực hiện Quyết định số 135 của Thường trực Hội Cựu chiến binh tỉnh ngày 5/6/2024.')).toEqual([
      ref('Quyết định', '135', '2024-06-05', 'Thường trực Hội Cựu chiến binh tỉnh'),
    ]);
    expect(findReferences('Quyết định số 12 của mình ngày 3/4/2020.')).toEqual([ref('Quyết định', '12', '2020-04-03')]);
  });

  it('not past "về": the date after the subject is not the document\'s', () => {
    expect(findReferences('Quyết định số 12 của tỉnh về việc giao đất ngày 3/4/2020.')).toEqual([ref('Quyết định', '12')]);
  });
});

describe('merging repeats', () => {
  it('same kind and number once, in order of first mention, with the fullest details', () => {
    const text = [
      'Kết luận số 123-KL/TW về Đề án.',
      'Nghị quyết số 57-NQ/TW về khoa học.',
      'Thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị.',
      'Kết luận số 123-KL/TW của Ban Chấp hành Trung ương.',
    ].join(' ');
    expect(findReferences(text)).toEqual([
      ref('Kết luận', '123-KL/TW', null, 'Ban Chấp hành Trung ương'),
      ref('Nghị quyết', '57-NQ/TW', '2024-12-22', 'Bộ Chính trị'),
    ]);
  });

  it('a bare number joins the one code it begins, at the first mention', () => {
    expect(findReferences('Nghị định 68 cho thấy … theo Nghị định 68/2026/NĐ-CP quy định chính sách thuế')).toEqual([
      ref('Nghị định', '68/2026/NĐ-CP'),
    ]);
  });

  it('a bare number that begins two codes stays apart', () => {
    expect(mergeReferences([ref('Quyết định', '12'), ref('Quyết định', '12/QĐ-TTg'), ref('Quyết định', '12/QĐ-UBND')])).toHaveLength(3);
  });

  it('different kinds with one number are different documents', () => {
    expect(findReferences('Nghị quyết số 12 và Quyết định số 12')).toEqual([ref('Nghị quyết', '12'), ref('Quyết định', '12')]);
  });

  it('a named law with and without its number is one document', () => {
    expect(findReferences('Luật Chứng khoán số 54/2019/QH14; Luật Chứng khoán, Luật chứng khoán.')).toEqual([
      ref('Luật', '54/2019/QH14', null, null, 'Luật Chứng khoán'),
    ]);
  });
});

describe('enrichReferences', () => {
  const article = (fields: Partial<Article>): Article => ({ ...parseArticle(''), ...fields });

  it('reads title, lead, paragraphs and captions in reading order', () => {
    const result = enrichReferences(
      article({
        title: 'Triển khai Nghị quyết 57-NQ/TW',
        lead: 'Theo Chỉ thị số 12/CT-TTg.',
        paragraphs: ['Quyết định số 1/QĐ-TTg.', 'Thông tư số 2/2024/TT-BTC.'],
        images: [
          { src: 'a.jpg', caption: 'Công điện số 55/CĐ-TTg.', credit: null, creditLabel: null, afterParagraph: 0 },
          { src: 'b.jpg', caption: 'Thông báo số 9-TB/TU.', credit: null, creditLabel: null, afterParagraph: -1 },
        ],
      }),
    );
    expect(result.references.map((r) => r.number)).toEqual(['57-NQ/TW', '12/CT-TTg', '9-TB/TU', '1/QĐ-TTg', '55/CĐ-TTg', '2/2024/TT-BTC']);
  });

  it('is in ENRICHERS and runs in the parser', () => {
    expect(ENRICHERS).toContain(enrichReferences);
    const parsed = parseArticle('Chính trị\n\nTiêu đề\n\nĐoạn mở đầu theo Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị.\n');
    expect(parsed.references).toEqual([ref('Nghị quyết', '57-NQ/TW', '2024-12-22', 'Bộ Chính trị')]);
  });

  it('leaves an article without citations alone', () => {
    const plain = article({ paragraphs: ['Không có văn bản nào.'] });
    expect(enrichReferences(plain).references).toEqual([]);
  });

  it('old-style tones are matched and printed as typed ("Uỷ ban Thường vụ Quốc hội")', () => {
    expect(findReferences('Nghị quyết số 1/2025/UBTVQH15 của Uỷ ban Thường vụ Quốc hội.')[0]?.issuer).toBe('Uỷ ban Thường vụ Quốc hội');
  });
});

describe('cost', () => {
  it('no Unicode property classes in the patterns (their tables cost tens of ms to compile at start-up)', () => {
    for (const source of [CITATION_PATTERN, LAW_NAME_PATTERN, DATE_TAIL_PATTERN, ISSUER_TAIL_PATTERN, JOINT_ISSUER_PATTERN, NEXT_NUMBER_PATTERN, ANY_KIND_PATTERN]) {
      expect(source).not.toMatch(/\\[pP]\{/);
    }
  });

  it('a long text without citations and one with many are read in linear time', () => {
    const long = 'Quyết định số '.repeat(20_000) + 'Luật Đất '.repeat(20_000) + '1/'.repeat(20_000);
    const started = performance.now();
    findReferences(long);
    expect(performance.now() - started).toBeLessThan(2_000);
  });
});

describe('round 42: numbers as news prints them', () => {
  it('"68- NQ/TW": a space after the dash is a typo, the number is "68-NQ/TW" and its date and issuer are read', () => {
    expect(findReferences('Nghị quyết số 68-NQ/TW về kinh tế tư nhân; Nghị quyết số 68- NQ/TW ngày 4/5/2025 của Bộ Chính trị.')).toEqual([
      ref('Nghị quyết', '68-NQ/TW', '2025-05-04', 'Bộ Chính trị'),
    ]);
  });

  it('the space is allowed only before two capitals: "Nghị quyết số 5- Ban Thường vụ …" is number 5', () => {
    expect(findReferences('theo Nghị quyết số 5- Ban Thường vụ Tỉnh ủy Bình Lâm')).toEqual([ref('Nghị quyết', '5')]);
  });

  it('"Thông tư 29/2024": a number with its year and no letters', () => {
    expect(findReferences('sửa đổi Thông tư 29/2024 quy định về dạy thêm')).toEqual([ref('Thông tư', '29/2024')]);
  });

  it('the short number joins the bare repeat and the full number', () => {
    expect(findReferences('Thông tư 29/2024 quy định dạy thêm. Thông tư 29 được ban hành trước đó.')).toEqual([ref('Thông tư', '29/2024')]);
    expect(findReferences('Thông tư 29/2024 quy định dạy thêm. Thông tư số 29/2024/TT-BGDĐT có hiệu lực.')).toEqual([ref('Thông tư', '29/2024/TT-BGDĐT')]);
  });

  it.each([
    'quyết định 12/2024 lần', // the verb, no "số"
    'Thông tư 12/2024/ABC', // not a year then the end of the number
    'Nghị định 12/1850 quy định', // no such year
  ])('not a short number: %s', (text) => {
    expect(findReferences(text).filter((r) => r.number?.includes('/') === true && !r.number.includes('ABC'))).toEqual([]);
  });
});

describe('round 42: a list of bare numbers after one kind', () => {
  it('"Nghị quyết 59, 70, 71 và 72"', () => {
    expect(findReferences('Tinh thần xuyên suốt của 4 Nghị quyết 59, 70, 71 và 72')).toEqual([
      ref('Nghị quyết', '59'), ref('Nghị quyết', '70'), ref('Nghị quyết', '71'), ref('Nghị quyết', '72'),
    ]);
  });

  it('the issuer after the list goes to every number', () => {
    expect(findReferences('Nghị quyết 18, 19 và 20 của Bộ Chính trị về tổ chức')).toEqual([
      ref('Nghị quyết', '18', null, 'Bộ Chính trị'), ref('Nghị quyết', '19', null, 'Bộ Chính trị'), ref('Nghị quyết', '20', null, 'Bộ Chính trị'),
    ]);
  });

  it.each([
    ['Nghị định 68, 100 doanh nghiệp đã được hỗ trợ', 'Nghị định'], // a count of something
    ['sau Nghị quyết 18, 2 năm qua tỉnh Bình Lâm đã sắp xếp', 'Nghị quyết'], // a count of years
    ['Nghị quyết 57, 1.000 tỷ đồng', 'Nghị quyết'], // an amount
  ])('not a list: %s', (text, kind) => {
    expect(findReferences(text).filter((r) => r.kind === kind)).toHaveLength(1);
  });

  it('a code is not followed by bare numbers: "Quyết định số 12/QĐ-UBND, 15 hộ dân"', () => {
    expect(findReferences('theo Quyết định số 12/QĐ-UBND, 15 hộ dân được hỗ trợ')).toEqual([ref('Quyết định', '12/QĐ-UBND')]);
  });
});

describe('round 42: the date after "được ban hành", "ký"', () => {
  it.each([
    ['Nghị quyết số 57-NQ/TW được ban hành ngày 22.12.2024, Chính phủ đã', ref('Nghị quyết', '57-NQ/TW', '2024-12-22')],
    ['Quyết định số 12/QĐ-UBND ký ngày 3/2/2025 về việc', ref('Quyết định', '12/QĐ-UBND', '2025-02-03')],
    ['Chỉ thị số 05/CT-UBND của UBND tỉnh Bình Lâm ban hành ngày 1/4/2025', ref('Chỉ thị', '05/CT-UBND', '2025-04-01', 'UBND tỉnh Bình Lâm')],
  ])('%s', (text, expected) => {
    expect(findReferences(text)).toEqual([expected]);
  });

  it('not the date it takes effect: "có hiệu lực từ ngày …"', () => {
    expect(findReferences('Nghị định 68/2026/NĐ-CP có hiệu lực từ ngày 1/7/2026')).toEqual([ref('Nghị định', '68/2026/NĐ-CP')]);
  });

  it('"ký" with no date after it is not read', () => {
    expect(findReferences('Quyết định số 12/QĐ-UBND ký kết hợp đồng ngày 3/2/2025')).toEqual([ref('Quyết định', '12/QĐ-UBND')]);
  });
});

describe('round 42: laws by name', () => {
  const cases: [text: string, expected: Reference[]][] = [
    ['Luật đất đai 2024 sẽ có hiệu lực', [ref('Luật', null, null, null, 'Luật đất đai 2024')]],
    ['so với Luật đất đai năm 2013, luật mới', [ref('Luật', null, null, null, 'Luật đất đai năm 2013')]],
    ['đã thông qua Luật đất đai số 31/2024/QH15 hay', [ref('Luật', '31/2024/QH15', null, null, 'Luật đất đai')]],
    ['triển khai thi hành Luật Đất đai 31/2024/QH15.', [ref('Luật', '31/2024/QH15', null, null, 'Luật Đất đai')]],
    ['ban hành kèm theo Luật Phí và Lệ phí; điều chỉnh', [ref('Luật', null, null, null, 'Luật Phí và Lệ phí')]],
    ['sửa đổi Luật Bầu cử ĐBQH;', [ref('Luật', null, null, null, 'Luật Bầu cử ĐBQH')]],
    ['sửa đổi Luật Ban hành văn bản quy phạm pháp luật:', [ref('Luật', null, null, null, 'Luật Ban hành văn bản quy phạm pháp luật')]],
    ['7/ Luật Cán bộ, công chức;', [ref('Luật', null, null, null, 'Luật Cán bộ, công chức')]],
    ['Luật Đất đai quy định người sử dụng đất có quyền', [ref('Luật', null, null, null, 'Luật Đất đai')]],
    ['Luật Đất đai và Luật Nhà ở đều có hiệu lực', [ref('Luật', null, null, null, 'Luật Đất đai'), ref('Luật', null, null, null, 'Luật Nhà ở')]],
  ];
  it.each(cases)('%s', (text, expected) => {
    expect(findReferences(text)).toEqual(expected);
  });

  it.each([
    'Luật này quy định về phí', // "này" is no name
    'theo Luật hiện hành năm 2020', // the law in force, no name
    'so với Luật cũ năm 2013', // the old law, no name
    'Luật đất đai quy định người sử dụng đất', // lower case, no year or number
    'Luật sư Đỗ Văn Khải năm nay 45 tuổi', // a lawyer: lower case then a name, no year after the name
    'Luật Đất đai và Bộ Tài chính', // "và" then a body ends the name
  ])('no law, or no longer name: %s', (text) => {
    expect(findReferences(text).filter((r) => r.title !== 'Luật Đất đai')).toEqual([]);
  });

  it('one law however its year and number are printed; another year is another law', () => {
    const text = 'Luật Đất đai 2024 có nhiều điểm mới. Luật đất đai năm 2024 gồm 16 chương. Quốc hội thông qua Luật Đất đai số 31/2024/QH15. So với Luật Đất đai năm 2013, luật mới rõ hơn.';
    expect(findReferences(text)).toEqual([
      ref('Luật', '31/2024/QH15', null, 'Quốc hội', 'Luật Đất đai 2024'),
      ref('Luật', null, null, null, 'Luật Đất đai năm 2013'),
    ]);
  });

  it('a name without its year first takes the year printed later', () => {
    expect(mergeReferences([ref('Luật', null, null, null, 'Luật Đất đai'), ref('Luật', null, null, null, 'Luật Đất đai 2024'), ref('Luật', null, null, null, 'Luật Đất đai 2013')])).toEqual([
      ref('Luật', null, null, null, 'Luật Đất đai 2024'),
      ref('Luật', null, null, null, 'Luật Đất đai 2013'),
    ]);
  });
});

describe('round 42: words between the kind and "số"; issuers with their head; long codes', () => {
  it.each([
    ['Thông báo kết luận số 12-TB/TW của Bộ Chính trị về', ref('Thông báo', '12-TB/TW', null, 'Bộ Chính trị')],
    ['Nghị quyết chuyên đề số 05-NQ/TU của Ban Thường vụ Tỉnh ủy Bình Lâm', ref('Nghị quyết', '05-NQ/TU', null, 'Ban Thường vụ Tỉnh ủy Bình Lâm')],
    ['Quyết định kỷ luật số 15-QĐ/UBKTTU ngày 3/3/2025', ref('Quyết định', '15-QĐ/UBKTTU', '2025-03-03')],
  ])('the kind stays the first: %s', (text, expected) => {
    expect(findReferences(text)).toEqual([expected]);
  });

  it.each([
    'Hướng dẫn viên số 12 dẫn đoàn', // a guide; words before "số" need a code after
    'ông Đỗ Văn Khải bị kỷ luật số 15-QĐ/UBKTTU', // "kỷ luật" is no law
    'thông báo tại số 5 đường Lê Lợi', // "tại" is no qualifier
  ])('not a document: %s', (text) => {
    expect(findReferences(text)).toEqual([]);
  });

  it.each([
    ['Nghị quyết số 18-NQ/TW ngày 25/10/2017 của Hội nghị lần thứ sáu Ban Chấp hành Trung ương Đảng khóa XII về', 'Hội nghị lần thứ sáu Ban Chấp hành Trung ương Đảng khóa XII'],
    ['Nghị quyết số 12-NQ/TW của Hội nghị Trung ương 4 khóa XI về', 'Hội nghị Trung ương 4 khóa XI'],
    ['Quyết định số 1234/QĐ-UBND ngày 5/6/2024 của Chủ tịch UBND tỉnh Bình Lâm về việc', 'Chủ tịch UBND tỉnh Bình Lâm'],
    ['Thông tư số 10/2024/TT-BYT của Bộ trưởng Bộ Y tế quy định', 'Bộ trưởng Bộ Y tế'],
  ])('issuer: %s', (text, issuer) => {
    expect(findReferences(text)[0]?.issuer).toBe(issuer);
  });

  it('a code with a long part ("ĐCTUBTWMTTQVN") is read whole', () => {
    expect(findReferences('Nghị quyết liên tịch số 403/2017/NQLT-UBTVQH14-ĐCTUBTWMTTQVN quy định')[0]?.number).toBe('403/2017/NQLT-UBTVQH14-ĐCTUBTWMTTQVN');
  });
});

describe('round 42: a law named in lower case with its number, after its name and year', () => {
  it('"Luật đất đai 2024 … Luật đất đai số 31/2024/QH15" is one law (the words after "Luật" are its name, not a qualifier)', () => {
    expect(findReferences('Luật đất đai 2024 có hiệu lực. Quốc hội đã thông qua Luật đất đai số 31/2024/QH15 hay còn gọi là')).toEqual([
      ref('Luật', '31/2024/QH15', null, 'Quốc hội', 'Luật đất đai 2024'),
    ]);
  });
});

describe('the issuer printed before the document (ISSUE_VERBS)', () => {
  const cases: [text: string, issuer: string | null][] = [
    ['Bộ Chính trị ban hành Nghị quyết số 57-NQ/TW về đột phá phát triển khoa học.', 'Bộ Chính trị'],
    ['Chính phủ đã ban hành Nghị định số 178/2024/NĐ-CP về chính sách.', 'Chính phủ'],
    ['Thủ tướng vừa ký Công điện số 25/CĐ-TTg yêu cầu các bộ.', 'Thủ tướng'],
    ['Bộ Tài chính ban hành Thông tư 01/2025/TT-BTC hướng dẫn chi tiết.', 'Bộ Tài chính'],
    ['Ngày 5/3, UBND tỉnh Quảng Ninh ban hành Quyết định số 556/QĐ-UBND về phòng chống thiên tai.', 'UBND tỉnh Quảng Ninh'],
    ['Trước đó, Quốc hội thông qua Luật Đất đai 2024 với đa số đại biểu tán thành.', 'Quốc hội'],
    // The signer's name is not the issuer's.
    ['Thủ tướng Phạm Minh Chính vừa ký Công điện số 25/CĐ-TTg yêu cầu các bộ.', 'Thủ tướng'],
    ['Bộ trưởng Bộ Y tế Đào Hồng Lan đã ký Quyết định số 1234/QĐ-BYT về hướng dẫn chẩn đoán.', 'Bộ trưởng Bộ Y tế'],
    ['Chủ tịch UBND tỉnh Hà Nam Trương Quốc Huy ký Quyết định số 56/QĐ-UBND về thành lập.', 'Chủ tịch UBND tỉnh Hà Nam'],
    // A place that opens with a family name is no signer: "Hà", "Cao", "Lâm".
    ['HĐND TP Hà Nội đã thông qua Nghị quyết số 05/NQ-HĐND về học phí.', 'HĐND TP Hà Nội'],
    ['Chủ tịch UBND tỉnh Cao Bằng ký Quyết định số 88/QĐ-UBND về thành lập.', 'Chủ tịch UBND tỉnh Cao Bằng'],
    // One printed after the number wins.
    ['Chính phủ ban hành Nghị quyết số 66/NQ-CP của Chính phủ về cắt giảm thủ tục.', 'Chính phủ'],
    ['Thủ tướng ký Quyết định số 12/QĐ-TTg của Thủ tướng Chính phủ về kiện toàn.', 'Thủ tướng Chính phủ'],
    // Traps: a person no list knows, a verb with no issuer, a clause between, a name after no body.
    ['Ông Nguyễn Văn An cho biết đã ký Quyết định số 12/QĐ-UBND từ năm ngoái.', null],
    ['Việc ban hành Nghị quyết số 57-NQ/TW là cần thiết.', null],
    ['Bộ Chính trị yêu cầu các cấp ủy. Sau đó ban hành Nghị quyết số 57-NQ/TW.', null],
    ['Tổng thống Donald Trump ký Quyết định số 12/QĐ-TTg.', null],
  ];
  it.each(cases)('%s → %s', (text, issuer) => {
    expect(findReferences(text)[0]?.issuer).toBe(issuer);
  });

  it('gives the issuer to every number of a list', () => {
    expect(findReferences('Bộ Chính trị đã ban hành Nghị quyết 57, 59, 66 và 68.').map((r) => r.issuer)).toEqual(['Bộ Chính trị', 'Bộ Chính trị', 'Bộ Chính trị', 'Bộ Chính trị']);
  });
});

describe('the law on elections', () => {
  it('"Luật Bầu cử đại biểu Quốc hội và đại biểu Hội đồng nhân dân" is one name (" và đại biểu" joins it)', () => {
    expect(findReferences('Theo Luật Bầu cử đại biểu Quốc hội và đại biểu Hội đồng nhân dân năm 2015, cử tri …')).toEqual([
      ref('Luật', null, null, null, 'Luật Bầu cử đại biểu Quốc hội và đại biểu Hội đồng nhân dân năm 2015'),
    ]);
  });
});

describe('misprints and a plenum printed without "của"', () => {
  it('"Chị thị số 45-CT/TW" is the Chỉ thị (KIND_MISPRINTS); "chị thị" with no number is nothing', () => {
    expect(findReferences('Thực hiện Chị thị số 45-CT/TW của Bộ Chính trị về đại hội.')).toEqual([ref('Chỉ thị', '45-CT/TW', null, 'Bộ Chính trị')]);
    expect(findReferences('Chị thị xã nói vậy 5 lần.')).toEqual([]);
  });

  it('a plenum right after the number (or its date) is the issuer', () => {
    expect(findReferences('Nghị quyết số 60-NQ/TW Hội nghị lần thứ 11 Ban Chấp hành Trung ương Đảng khóa XIII về sắp xếp.')).toEqual([
      ref('Nghị quyết', '60-NQ/TW', null, 'Hội nghị lần thứ 11 Ban Chấp hành Trung ương Đảng khóa XIII'),
    ]);
    expect(findReferences('Nghị quyết số 18-NQ/TW ngày 25/10/2017 Hội nghị Trung ương 6 khóa XII.')).toEqual([
      ref('Nghị quyết', '18-NQ/TW', '2017-10-25', 'Hội nghị Trung ương 6 khóa XII'),
    ]);
  });

  it('another body right after the number, with no "của", is not taken', () => {
    expect(findReferences('Nghị quyết số 57-NQ/TW Bộ Chính trị đã chỉ rõ.')[0]?.issuer).toBeNull();
  });
});
