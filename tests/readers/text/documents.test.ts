import { describe, expect, it } from 'vitest';
import { readPlainText } from '../../../src/readers/text/index.js';

const read = (lines: string[]) => readPlainText(lines.join('\n')).fields;
const LEAD = '(Chinhphu.vn) - Chính phủ ban hành Nghị định 73/2024/NĐ-CP quy định mức lương cơ sở.';
const P1 = 'Theo Nghị định, từ ngày 1/7/2024, mức lương cơ sở là 2.340.000 đồng/tháng.';
const P2 = 'Nghị định có hiệu lực thi hành từ ngày 1/7/2024.';

describe('readPlainText: a list of related documents', () => {
  it('the label and the documents\' titles under it are dropped, the signature under them stays', () => {
    const f = read(['Tăng lương cơ sở', '', '30/06/2024 15:42', '', LEAD, '', P1, '', P2, '', 'Văn bản liên quan', '',
      'Nghị định 73/2024/NĐ-CP quy định mức lương cơ sở và chế độ tiền thưởng', '', 'Nghị quyết 27-NQ/TW về cải cách chính sách tiền lương', '', 'Thu Trang']);
    expect(f.paragraphs).toEqual([P1, P2]);
    expect(f.byline?.authors).toEqual(['Thu Trang']);
  });

  it('titles with a dash, the label with a colon', () => {
    const f = read(['Tăng lương cơ sở', '', LEAD, '', P1, '', 'Văn bản liên quan:', '- Công văn số 5432/BYT-DP về phòng chống bệnh sởi', '- Quyết định số 1340/QĐ-BYT ban hành hướng dẫn', '', P2]);
    expect(f.paragraphs).toEqual([P1, P2]);
  });

  it('a paragraph about a document after the label stays (trap: a sentence is no title)', () => {
    const sentence = 'Nghị định 73/2024/NĐ-CP có hiệu lực từ ngày 1/7/2024.';
    expect(read(['Tăng lương cơ sở', '', LEAD, '', P1, '', 'Văn bản liên quan', '', sentence]).paragraphs).toContain(sentence);
    // Nor does a list of documents with no label go.
    const item = '- Nghị định 73/2024/NĐ-CP quy định mức lương cơ sở';
    expect(read(['Tăng lương cơ sở', '', LEAD, '', P1, '', item, '', P2]).paragraphs).toEqual([P1, item, P2]);
  });
});
