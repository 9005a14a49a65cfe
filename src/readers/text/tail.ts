/**
 * The tail: what follows the last body paragraph. Read backwards from the end:
 * page chrome (tags, comment labels, copyright, source lines, related links),
 * then the author's signature.
 *
 *   … khắc phục các sai phạm.           ← last paragraph
 *   Tử Hưng                             ← signature (an author)
 *   Nguồn Công Luận: https://…          ← source line (dropped, not an author)
 */
import type { Warning } from '../../model/article.js';
import { authorsOfLine, isCitedOutlet, isOutletCredit, isPersonName, isReporterLabel, OUTLET_NAME } from './authors.js';
import { hasCredit, splitCredit } from './credit.js';
import { findTimestamp } from './datetime.js';
import { dropped } from './dropped.js';
import { sameText } from './fold.js';
import type { Line } from './lines.js';
import {
  isBoilerplate,
  isFooterChrome,
  isBracketLink,
  isCopyright,
  isRelatedHeader,
  isRelatedLink,
  isSourceLine,
  isTagLine,
  isUrlLine,
  isImageRef,
  endsSentence,
  isSectionName,
  isAgedLink,
  isButtonRow,
} from './patterns.js';

/** A related box lists at most this many links. */
const MAX_RELATED_LINKS = 12;
/** At most this many signature lines stand at the end ("Văn Giang (Theo Sputnik)"). */
const MAX_SIGNATURE_LINES = 2;

export interface Tail {
  /** Index in `lines` where the tail starts (= end of the body). */
  start: number;
  signatureLines: string[];
  authors: string[];
  /**
   * A source named with no address in the chrome at the end ("Nguồn: VNE", "Nguồn : Sức khỏe
   * cộng đồng"): the article's only credit, so its author when no one else signs (see index.ts).
   */
  source: { line: Line; name: string } | null;
  /** A date printed alone under the signature ("Vũ Ba" / "11/03/2025"): the publication date when the header has none. */
  published: string | null;
}

/** "Nguồn: VNE", "Nguồn : Truyền hình pháp luật": the bare label (not "Nguồn tin:", the outlet that first ran it), a colon, a name. */
const NAMED_SOURCE = /^nguồn ?: ?(\p{Lu}.*)$/iu;
/** "Nguồn VNEWS: https://vnews.gov.vn/…": the label, a capitalised name, a colon, then the address alone. */
const NAMED_SOURCE_URL = /^nguồn (\p{Lu}[^:]*): ?(https?:\/\/\S+)$/iu;
/** A name of capitalised words closed by a full stop: "VITIC/Reuters.", "Tân Hoa Xã." (not "Bộ Tài chính cho biết."). */
const CAPITALISED_NAME_STOP = /^\p{Lu}[^\s.]*(?: \p{Lu}[^\s.]*)*\.$/u;
/** Such a name is short: at most this many words, and no address or sentence. */
const MAX_SOURCE_NAME_WORDS = 6;
/** A source line is at most this long (its address included). */
const MAX_SOURCE_LINE_LENGTH = 300;

/** The name a source line gives ("Nguồn: VNE", "Nguồn VNEWS: <URL>"), or null ("Nguồn: www.x.vn", "Nguồn: Theo báo cáo …" are none). */
export function namedSource(text: string): string | null {
  if (text.length > MAX_SOURCE_LINE_LENGTH) return null;
  const found = (NAMED_SOURCE.exec(text)?.[1] ?? NAMED_SOURCE_URL.exec(text)?.[1])?.trim();
  // "Nguồn: VITIC/Reuters.": after a proper name (every word capitalised) the full stop closing the line is no sentence.
  const name = found !== undefined && CAPITALISED_NAME_STOP.test(found) ? found.slice(0, -1) : found;
  if (name === undefined || name.length > MAX_OUTLET_LINE_LENGTH || endsSentence(name) || /https?:|www\.|\.(?:vn|com|net|org)\b|\d/iu.test(name)) return null;
  return name.split(' ').length <= MAX_SOURCE_NAME_WORDS ? name : null;
}

/** An outlet's name alone after the signature ("Báo Công Luận"): where it first ran, not an author. */
const MAX_OUTLET_LINE_LENGTH = 60;

function isOutletLine(text: string): boolean {
  // "Báo ảnh Dân tộc và Miền núi/TTXVN": with an agency after a slash it is a signature (see authorsOfLine).
  return text.length <= MAX_OUTLET_LINE_LENGTH && OUTLET_NAME.test(text) && !endsSentence(text) && !text.includes('/');
}

/** A tag box's label alone on its line ("Từ Khóa:", "Tags:"), the tags on the line below. */
const TAG_LABEL = /^(?:từ khó[aá]|tags?|chủ đề)\s*:?$/iu;
const isTagLabel = (text: string): boolean => TAG_LABEL.test(text);

/**
 * An outlet's name under the signature ("Nhịp sống thị trường", "Đại Đoàn kết"): a short label
 * (isMenuLabel) that names no person, right under a line that signs (authorsOfLine), which itself
 * stands under the body. The outlet first ran the story; it is not an author.
 */
function isOutletUnderSignature(lines: readonly Line[], j: number, bodyStart: number): boolean {
  const text = (lines[j] as Line).text;
  if (j - 1 <= bodyStart || !isMenuLabel(text) || text.split(' ').length < 2 || authorsOfLine(text) !== null) return false;
  return authorsOfLine((lines[j - 1] as Line).text) !== null;
}

/** A count alone ("5" under "ĐÁNH GIÁ"): a rating or comment count, chrome when chrome stands below it. */
const COUNT = /^\d{1,4}$/u;

/**
 * A tag link in lower case as the last line ("vụ mùa", the post's tag under a blog's article): letters
 * and spaces only, at most MAX_TAG_WORDS words and MAX_TAG_LENGTH characters, past a blank line or under
 * a line that ends a sentence (else it is the paragraph above wrapped).
 */
const TAG_WORDS = /^\p{Ll}[\p{L} ]*$/u;
const MAX_TAG_WORDS = 4;
const MAX_TAG_LENGTH = 40;

function isLowerCaseTag(lines: readonly Line[], j: number): boolean {
  const line = lines[j] as Line;
  if (line.text.length > MAX_TAG_LENGTH || !TAG_WORDS.test(line.text) || line.text.split(' ').length > MAX_TAG_WORDS) return false;
  const above = lines[j - 1];
  return above !== undefined && (line.gapBefore > 0 || endsSentence(above.text));
}

/** A bulleted headline: "• Không còn là cái bóng BLACKPINK, Rosé viết nên chương mới cho chính mình". */
const BULLETED = /^[•▪●]\s/u;

/** A bullet before the signature ("* Vũ Ba", "- Vũ Ba", "• Vũ Ba"): the CMS's list mark, not part of the name. */
const SIGNATURE_BULLET = /^[*•–-]\s+(?=\p{Lu})/u;

/**
 * The writers a bulleted last signature names ("* Hoàng Lam", "- Minh Quân", "- Văn An/VOV", "- PV (tổng hợp)"; above an
 * outlet cited under it, "* Thu Hà" / "Theo TTXVN"), or null. Only persons' names (or a reporter's label)
 * sign so, and not under a name behind the same bullet: "- Nguyễn Văn A" under "- Trần Thị B" is the
 * body's list of people. Under an item that names nobody ("- Xin cảm ơn ông!", an interview's last
 * question) the name signs.
 */
export function bulletedSignature(lines: readonly Line[], j: number): string[] | null {
  const text = (lines[j] as Line).text;
  const bullet = SIGNATURE_BULLET.exec(text);
  if (bullet === null) return null;
  const above = lines[j - 1];
  const item = above !== undefined && above.text.startsWith(text.charAt(0)) ? SIGNATURE_BULLET.exec(above.text) : null;
  if (item !== null && authorsOfLine((above as Line).text.slice(item[0].length)) !== null) return null;
  const names = authorsOfLine(text.slice(bullet[0].length));
  // A writer with the outlet after a slash ("- Văn An/VOV") is a person signing too.
  const signs = (name: string): boolean => isPersonName(name) || isPersonName((name.split('/')[0] as string).trim()) || isReporterLabel(name);
  return names !== null && names.every(signs) ? names : null;
}

/**
 * The title and the sapo printed again, in this order, as the last lines (page chrome aside): the share
 * box's card of the article ("<title>" / "<sapo>" / "Chia sẻ"), not the body. The sapo is the body's
 * first line, with or without the site's mark ("TTO - "); the pair must stand below the body's second
 * line at least.
 */
function isSharedTitleAndSapo(lines: readonly Line[], j: number, bodyStart: number, title: string): boolean {
  const lead = lines[bodyStart];
  const above = lines[j - 1];
  if (lead === undefined || above === undefined || j - 1 <= bodyStart + 1) return false;
  const sapo = (lines[j] as Line).text;
  return sameText(above.text, title) && (sameText(sapo, lead.text) || sameText(sapo, lead.text.replace(LEAD_MARKER, '')));
}

/** The site's mark before the sapo ("TTO - ", "(Dân trí) - "), which a share box's card leaves out. */
const LEAD_MARKER = /^(?:\([^()]{2,30}\)|\p{Lu}[\p{L}.]{1,15})\s?[-–]\s*/u;

/** A photographer's credit alone: "Ảnh: Giang Huy", "Ảnh - Video: Minh Khôi", "Photo: X" (not "Nguồn: X", a source line). */
const PHOTOGRAPHER_LABEL = /^(?:ảnh|photo|video|đồ họa|đồ hoạ|ảnh\s?[-–&,]\s?video)\s?:/iu;

/** The photographer's line at `j` under the writer's signature ("Vũ Ba" or "* Vũ Ba" / "Ảnh: Giang Huy"). */
function isPhotographerUnderSignature(lines: readonly Line[], j: number, bodyStart: number): boolean {
  const text = (lines[j] as Line).text;
  if (j - 1 <= bodyStart || !PHOTOGRAPHER_LABEL.test(text)) return false;
  const credit = splitCredit(text);
  if (credit.caption !== null || credit.credit === null) return false;
  const names = authorsOfLine((lines[j - 1] as Line).text) ?? bulletedSignature(lines, j - 1);
  return names !== null && names.every(isPersonName);
}

/** Initials alone as the signature ("MP"): two or three capitals, right under the last paragraph. */
const INITIALS = /^\p{Lu}{2,3}$/u;

/**
 * The site's mark alone: a paper's initials and O for online ("BTNO", "HNMO", "NLĐO"), four or five
 * capitals, longer than a writer's initials (INITIALS).
 */
const ONLINE_MARK = /^\p{Lu}{3,4}O$/u;

/**
 * The site's menu printed after the page chrome at the very end: short labels ("Bản tin Pháp luật",
 * "Video clip", "An toàn giao thông"), at most this many words, with no digit and no sentence end.
 * They are dropped only when chrome stands above them.
 */
const MAX_MENU_LABEL_WORDS = 4;

function isMenuLabel(text: string): boolean {
  return text.split(' ').length <= MAX_MENU_LABEL_WORDS && /^\p{Lu}/u.test(text) && !/\d/u.test(text) && !endsSentence(text);
}

/**
 * A related box at the very end: the box's header, then headlines, each followed by at most one
 * sentence, its sapo ("BẠN CÓ THỂ QUAN TÂM" / "Báo động người trẻ sử dụng ma túy" / "Theo thông
 * tin từ UBND tỉnh, …"), or at least two headlines with no sapo ("Xem thêm trên Báo Đầu Tư" /
 * four titles); page chrome may close it ("Chia sẻ", a tag row, "Bình luận (0)"), and then
 * nothing else. Returns the header's index, or null.
 */
function relatedBoxAtEnd(lines: readonly Line[], bodyStart: number): number | null {
  // The article's signature as the last line ("Minh Anh") under a sentence: the box stood inside the
  // body, above its last paragraph ("Tin liên quan:" / a headline / the last paragraph / the
  // signature, chrome under it or not), not after it. (Names under names are a staff list in the box's chrome.)
  // Past the page chrome under the signature ("THU HƯỜNG" / "Tags: lãi suất"), at most MAX_CHROME_UNDER_BOX lines.
  let last = lines.length - 1;
  while (last > bodyStart + 1 && lines.length - 1 - last < MAX_CHROME_UNDER_BOX && isEndChrome((lines[last] as Line).text) && !isRelatedHeader((lines[last] as Line).text)) last--;
  const lastLine = lines[last];
  const aboveLast = lines[last - 1];
  if (lastLine === undefined) return null;
  // A photo's caption with its credit may stand above the signature in place of the sentence.
  const closesBody = aboveLast !== undefined && (endsSentence(aboveLast.text) || hasCredit(aboveLast.text));
  if (closesBody && authorsOfLine(lastLine.text)?.every(isPersonName) === true) return null;
  const lowest = Math.max(bodyStart + 1, lines.length - 2 * MAX_RELATED_LINKS - 1 - MAX_CHROME_UNDER_BOX);
  // From the highest header down: a box may print its label again above each link ("Tham khảo thêm").
  for (let j = lowest; j <= lines.length - 2; j++) if (isRelatedHeader((lines[j] as Line).text) && isBoxToEnd(lines, j)) return j;
  return null;
}

/** Whether the lines under the header at `j` to the end are a related box (see relatedBoxAtEnd). */
function isBoxToEnd(lines: readonly Line[], j: number): boolean {
  let afterLink = false;
  let links = 0;
  let sapos = 0;
  let chrome = false;
  for (let k = j + 1; k < lines.length; k++) {
    const text = (lines[k] as Line).text;
    if (!chrome && isRelatedHeader(text)) {
      afterLink = false;
      continue;
    }
    if (isEndChrome(text) || (links > 0 && (COUNT.test(text) || TAG_ROW.test(text)))) {
      chrome = true;
      continue;
    }
    if (chrome) return false;
    if (isRelatedLink(text)) {
      afterLink = true;
      links++;
    } else if (afterLink && !isImageRef(text)) {
      afterLink = false;
      sapos++;
    } else return false;
  }
  return sapos > 0 || links >= 2;
}

/**
 * Another story's card at the very end, its headline and its sapo ("Giá vàng miếng SJC giảm, người
 * mua lỗ …" / "Giá vàng thế giới giảm sau khi …"), set off from the body by a gap of at least
 * MIN_CARD_GAP blank lines, wider by two or more than the gap above the body's last line (a text
 * dump leaves the page's blocks so apart). Returns the headline's index, or null.
 */
const MIN_CARD_GAP = 3;
const MIN_CARD_HEADLINE_WORDS = 5;
const MAX_CARD_SAPO_LENGTH = 400;

function cardAtEnd(lines: readonly Line[], bodyStart: number): number | null {
  const n = lines.length;
  if (n - 3 <= bodyStart) return null;
  const head = lines[n - 2] as Line;
  const sapo = lines[n - 1] as Line;
  const above = lines[n - 3] as Line;
  if (head.gapBefore < MIN_CARD_GAP || sapo.gapBefore > 1 || above.gapBefore > head.gapBefore - 2) return null;
  if (!/^\p{Lu}/u.test(head.text) || !isRelatedLink(head.text) || head.text.split(' ').length < MIN_CARD_HEADLINE_WORDS || authorsOfLine(head.text) !== null) return null;
  return endsSentence(sapo.text) && sapo.text.length <= MAX_CARD_SAPO_LENGTH && endsSentence(above.text) ? n - 2 : null;
}

/** Chrome lines allowed under a related box at the end (relatedBoxAtEnd). */
const MAX_CHROME_UNDER_BOX = 6;

/**
 * A tag row: the tags' links run together, lower-case words and nothing else ("hóa đơn điện tử
 * chính sách thuế quy định mới"): chrome only beside other chrome.
 */
const TAG_ROW = /^\p{Ll}+(?: \p{Ll}+)+$/u;

/** Chrome read from the end: what the body also drops, and the page's footer (isFooterChrome), which only ends a page. */
const isEndChrome = (text: string): boolean => isTrailingChrome(text) || isFooterChrome(text);

export function isTrailingChrome(text: string): boolean {
  return (
    isBoilerplate(text) ||
    isRelatedHeader(text) ||
    isTagLine(text) ||
    isCopyright(text) ||
    isSourceLine(text) ||
    isButtonRow(text) ||
    isBracketLink(text) ||
    (isUrlLine(text) && !isImageRef(text))
  );
}

/** The date, when line j is a date and nothing else ("11/03/2025", "20:25 11/03/2025") and a signature stands above it. */
function dateUnderSignature(lines: readonly Line[], j: number, bodyStart: number): string | null {
  if (j - 1 <= bodyStart) return null;
  const found = findTimestamp((lines[j] as Line).text);
  return found !== null && found.rest === '' && authorsOfLine((lines[j - 1] as Line).text) !== null ? found.iso : null;
}

/** Initials alone ("MP") as the first signature line, under a line that ends a sentence. */
function initialsSignature(lines: readonly Line[], j: number, signatures: number): string[] | null {
  const text = (lines[j] as Line).text;
  const above = lines[j - 1];
  return signatures === 0 && INITIALS.test(text) && above !== undefined && endsSentence(above.text) ? [text] : null;
}

/**
 * Find the tail, never reaching above `bodyStart + 1` (the lead stays).
 * `blankSeparated`: lines glued to trailing chrome (a related box's headline and
 * sapo above the tag line) are chrome too when the text uses blank lines.
 * `title`: printed again as the very last line, under page chrome (the page's title bar under its
 * footer), it is chrome; under the body it may be a photo's caption.
 */
export function readTail(lines: readonly Line[], bodyStart: number, blankSeparated: boolean, title: string | null, warnings: Warning[]): Tail {
  const tail: Tail = { start: lines.length, signatureLines: [], authors: [], source: null, published: null };
  let signatures = 0;
  /** The first signature line taken (from the end) when it names only an agency or outlet. */
  let outletBelow: Line | null = null;
  let chromeBelow = false;
  /** Headline-like lines seen below: a related box's links if a box header stands above them. */
  let links: Line[] = [];
  /** Short labels at the very end, the site's menu when chrome stands above them. */
  let menu: Line[] = [];
  let last = lines.length - 1;
  const box = relatedBoxAtEnd(lines, bodyStart);
  if (box !== null) {
    for (const line of lines.slice(box)) {
      // The chrome closing the box is page chrome, as it would be alone.
      const chrome = !isRelatedHeader(line.text) && isEndChrome(line.text);
      warnings.push(chrome ? dropped(line, 'boilerplate/dropped', 'page chrome') : dropped(line, 'boilerplate/related', 'related-article box'));
    }
    tail.start = box;
    chromeBelow = true;
    last = box - 1;
  }
  const card = last === lines.length - 1 ? cardAtEnd(lines, bodyStart) : null;
  if (card !== null) {
    for (const line of lines.slice(card)) warnings.push(dropped(line, 'boilerplate/related', "another story's headline and sapo after the body"));
    tail.start = card;
    chromeBelow = true;
    last = card - 1;
  }
  /** Bulleted headlines at the very end: links to other stories when page chrome stands above them. */
  let bullets: Line[] = [];
  for (let j = last; j > bodyStart; j--) {
    const line = lines[j] as Line;
    if (j === last - bullets.length && BULLETED.test(line.text) && isRelatedLink(line.text) && bullets.length < MAX_RELATED_LINKS) {
      bullets.unshift(line);
      continue;
    }
    if (bullets.length > 0) {
      // "Nguồn : Sức khỏe cộng đồng" / "• <headline>": the chrome above makes them links; else they are the body's list.
      if (!isEndChrome(line.text)) break;
      for (const bullet of bullets) warnings.push(dropped(bullet, 'boilerplate/related', 'bulleted link under the page chrome'));
      bullets = [];
    }
    if (title !== null && tail.start === j + 1 && signatures === 0 && isSharedTitleAndSapo(lines, j, bodyStart, title)) {
      warnings.push(dropped(lines[j - 1] as Line, 'boilerplate/title-repeat', 'title printed again at the end (share box)'));
      warnings.push(dropped(line, 'boilerplate/lead-repeat', 'sapo printed again at the end (share box)'));
      tail.start = j - 1;
      chromeBelow = true;
      j--;
      continue;
    }
    // The title alone printed again over the share buttons ("<title>" / "Chia sẻ"), under the body: the share box's.
    if (title !== null && chromeBelow && tail.start === j + 1 && signatures === 0 && j - 1 > bodyStart + 1 && sameText(line.text, title)) {
      warnings.push(dropped(line, 'boilerplate/title-repeat', 'title printed again at the end (share box)'));
      tail.start = j;
      continue;
    }
    if (j === lines.length - 1 && title !== null && sameText(line.text, title) && isEndChrome((lines[j - 1] as Line).text)) {
      warnings.push(dropped(line, 'boilerplate/title-repeat', 'title printed again at the end'));
      tail.start = j;
      continue;
    }
    if (isRelatedHeader(line.text) && links.length > 0) {
      for (const link of [line, ...links]) {
        warnings.push(dropped(link, 'boilerplate/related', 'related-article box'));
      }
      links = [];
      chromeBelow = true;
      tail.start = j;
      continue;
    }
    if (links.length > 0) {
      if (isRelatedLink(line.text) && line.gapAfter === 0 && links.length < MAX_RELATED_LINKS) {
        links.unshift(line);
        continue;
      }
      break;
    }
    // "Bản tin thời tiết … 3 phút trước": a link with its age, at the very end or above chrome.
    const aged = (chromeBelow || j === lines.length - 1) && signatures === 0 && isAgedLink(line.text);
    if (isEndChrome(line.text) || (chromeBelow && (COUNT.test(line.text) || TAG_ROW.test(line.text))) || aged) {
      for (const label of menu) warnings.push(dropped(label, 'boilerplate/dropped', 'site menu after the page chrome'));
      menu = [];
      const name = tail.source === null ? namedSource(line.text) : null;
      if (name !== null) tail.source = { line, name };
      else warnings.push(dropped(line, 'boilerplate/dropped', 'page chrome'));
      chromeBelow = true;
      tail.start = j;
      continue;
    }
    if (j === lines.length - 1 && isLowerCaseTag(lines, j)) {
      warnings.push(dropped(line, 'boilerplate/dropped', 'tag link at the end'));
      tail.start = j;
      continue;
    }
    // A section's name alone at the very end ("Video", "Thời sự"): a link back to the section, not body
    // (a name that signs, as the paper "Lao Động" does, stays the signature).
    if (j === lines.length - 1 && isSectionName(line.text) && authorsOfLine(line.text) === null) {
      warnings.push(dropped(line, 'boilerplate/dropped', 'section link at the end'));
      tail.start = j;
      continue;
    }
    // The site's mark alone at the very end ("BTNO"): the outlet, no author and no paragraph.
    if (j === lines.length - 1 && signatures === 0 && ONLINE_MARK.test(line.text)) {
      warnings.push(dropped(line, 'byline/outlet', "the site's mark at the end (not an author)"));
      tail.start = j;
      continue;
    }
    // "Vũ Ba" / "Ảnh: Giang Huy": the photographer's credit under the writer's name is the signature's
    // line, no author and no photo's credit.
    if (signatures === 0 && tail.start === j + 1 && isPhotographerUnderSignature(lines, j, bodyStart)) {
      tail.signatureLines.unshift(line.text);
      tail.start = j;
      continue;
    }
    // The outlet that first ran the story, named under the signature with no "Báo" before it
    // ("Dương Ngọc" / "Nhịp sống thị trường", "Theo Hồ Hương" / "Đại Đoàn kết"): not an author.
    if (signatures === 0 && menu.length === 0 && (chromeBelow || j === lines.length - 1) && isOutletUnderSignature(lines, j, bodyStart)) {
      warnings.push(dropped(line, 'byline/outlet', 'original outlet (not an author)'));
      tail.start = j;
      continue;
    }
    // Tags under their label at the very end: "Từ Khóa:" / "Bộ Tài chính, xã Thuận Hạnh".
    if (j === lines.length - 1 && j - 1 > bodyStart && isTagLabel((lines[j - 1] as Line).text)) {
      warnings.push(dropped(line, 'boilerplate/dropped', 'tags under their label'));
      tail.start = j;
      continue;
    }
    if (j === lines.length - 1 - menu.length && isMenuLabel(line.text) && authorsOfLine(line.text) === null) {
      menu.unshift(line);
      continue;
    }
    if (menu.length > 0) break;
    if (isOutletLine(line.text)) {
      warnings.push(dropped(line, 'byline/outlet', 'original outlet (not an author)'));
      tail.start = j;
      continue;
    }
    // "Vũ Ba" / "11/03/2025": a date alone on the last line, under a signature, is the signature's.
    const date = j === lines.length - 1 && signatures === 0 ? dateUnderSignature(lines, j, bodyStart) : null;
    if (date !== null) {
      tail.published = date;
      tail.signatureLines.unshift(line.text);
      tail.start = j;
      continue;
    }
    // A line glued under an image's file name or address is that photo's caption ("chan-dung.jpg" /
    // "Ông Nguyễn Văn Hùng"), however much it reads as a name: no signature.
    const above = lines[j - 1];
    const caption = above !== undefined && line.gapBefore === 0 && isImageRef(above.text);
    const authors =
      signatures < MAX_SIGNATURE_LINES && !caption
        ? (authorsOfLine(line.text) ?? initialsSignature(lines, j, signatures) ?? (signatures === 0 || outletBelow !== null ? bulletedSignature(lines, j) : null))
        : null;
    if (authors) {
      // "Theo Thanh Hảo" / "VietNamNet", "Minh Thu" / "Theo Báo Hà Nội Mới", "Thu Hà" / "Theo TTXVN": an
      // agency or outlet alone under a writer's name is where the piece first ran, not a second author
      // (a name above an agency only; two names both sign).
      if (signatures === 1 && outletBelow !== null && authors.every(isPersonName)) {
        warnings.push(dropped(outletBelow, 'byline/outlet', 'original outlet under the signature (not an author)'));
        tail.signatureLines = [];
        tail.authors = [];
      }
      outletBelow = signatures === 0 && (isOutletCredit(line.text) || isCitedOutlet(line.text)) ? line : null;
      tail.signatureLines.unshift(line.text);
      tail.authors.unshift(...authors);
      signatures++;
      chromeBelow = false;
      tail.start = j;
      continue;
    }
    if (blankSeparated && chromeBelow && line.gapAfter === 0 && signatures === 0) {
      warnings.push(dropped(line, 'boilerplate/related', 'line glued to page chrome'));
      tail.start = j;
      continue;
    }
    if (chromeBelow && isRelatedLink(line.text)) {
      links.unshift(line);
      continue;
    }
    break;
  }
  return tail;
}
