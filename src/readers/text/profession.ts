/**
 * An opinion column's writer presented under the title: the name, then what the writer does on a
 * line of its own (VnExpress "Góc nhìn", columns and guest pieces):
 *
 *   Chuyển đổi số ở cấp xã: bắt đầu từ con người
 *   Lê Hồng Sơn                          ← the writer (the byline)
 *   Chuyên gia công nghệ thông tin       ← the writer's profession: no lead, no paragraph
 *   Thứ tư, 19/2/2025, 00:01 (GMT+7)
 *
 * The profession line joins the byline's text; the name stays the author.
 */
import type { Warning } from '../../model/article.js';
import { authorsOfLine } from './authors.js';
import { dropped } from './dropped.js';
import type { Line } from './lines.js';
import { endsSentence } from './patterns.js';

/** A profession, then at most ten words saying of what or where: "Chuyên gia công nghệ thông tin", "Giảng viên Đại học Kinh tế Quốc dân". */
const PROFESSION_LINE =
  /^(?:chuyên gia|nhà báo|nhà văn|nhà thơ|nhà nghiên cứu|nhà kinh tế|nhà giáo|nhà phê bình|giảng viên|luật sư|bác sĩ|kiến trúc sư|kỹ sư|tiến sĩ|thạc sĩ|giáo sư|phó giáo sư|nghiên cứu sinh|nghiên cứu viên|nhà sáng lập|đồng sáng lập)(?: \S+){1,10}$/iu;
/** The writer is presented among the text's first lines. */
const MAX_PRESENTATION_LINE = 6;
const MAX_PROFESSION_LENGTH = 100;

/** Whether line i is a profession glued under a line that is one writer's name and nothing else. */
function isProfessionUnderName(lines: readonly Line[], i: number): boolean {
  const line = lines[i] as Line;
  const above = lines[i - 1];
  if (i >= MAX_PRESENTATION_LINE || above === undefined || line.gapBefore > 0) return false;
  if (line.text.length > MAX_PROFESSION_LENGTH || endsSentence(line.text) || !PROFESSION_LINE.test(line.text)) return false;
  const names = authorsOfLine(above.text);
  return names !== null && names.length === 1 && names[0] === above.text;
}

/** The lines without such a profession line, and its text for the byline (the same array when there is none). */
export function withoutWriterProfession(lines: Line[], warnings: Warning[]): { lines: Line[]; text: string[] } {
  for (let i = 1; i < Math.min(lines.length, MAX_PRESENTATION_LINE); i++) {
    if (!isProfessionUnderName(lines, i)) continue;
    const line = lines[i] as Line;
    warnings.push(dropped(line, 'byline/profession', "the writer's profession"));
    return { lines: [...lines.slice(0, i), ...lines.slice(i + 1)], text: [line.text] };
  }
  return { lines, text: [] };
}
