/**
 * The body: lead, paragraphs and images, between the header and the tail.
 *
 *   thuong-truc-ban-bi-thu.jpg                        ← image line
 *   Đồng chí Trần Cẩm Tú, … phát biểu tại hội nghị.  ← its caption (glued below it)
 *
 * Captions also come without an image line: after alt text ("… - Ảnh 1."), after
 * a repeat of the title (the image's alt), or recognisable by themselves (a
 * credit "Ảnh: X", a position marker "(bên phải)", printed twice).
 */
import type { ArticleImage, Warning } from '../../model/article.js';
import { splitCredit, hasCredit, type SplitCaption } from './credit.js';
import { findTimestamp } from './datetime.js';
import { dropped } from './dropped.js';
import { foldKey, sameText, slugOf, slugWords } from './fold.js';
import type { Line } from './lines.js';
import {
  endsSentence,
  hasPositionMarker,
  imageSource,
  isAltText,
  isBareAltText,
  isImagePlaceholder,
  isPhotoPlaceholder,
  markdownAlt,
  isVideoCaption,
  isImageRef,
  isUrlLine,
  isRelatedHeader,
  isRelatedLink,
  splitGluedAlt,
  taggedImage,
  labelledCaption,
} from './patterns.js';
import { isContinuedMark, isNextPartTeaser, isSeriesPart } from './series.js';
import { isTrailingChrome } from './tail.js';

export interface Body {
  lead: string | null;
  paragraphs: string[];
  images: ArticleImage[];
}

interface Cursor {
  lines: readonly Line[];
  i: number;
  end: number;
  blankSeparated: boolean;
  /** The width of a hard-wrapped text, null when the text is not one (see wrapWidthOf). */
  wrapWidth: number | null;
  /** Every line of the body stands apart from the next (spacedThroughout): a blank line says nothing. */
  spaced: boolean;
  /** The title as a URL slug (slugOf), or null. */
  titleSlug: string | null;
}

/** An image and its caption line, split into caption and credit (a table cell's bar after it dropped). */
function image(src: string | null, captionLine: string | null, afterParagraph: number): ArticleImage {
  const { caption, credit, label } = captionLine ? splitCredit(captionLine.replace(TABLE_CELL_END, '')) : { caption: null, credit: null, label: null };
  return { src, caption, credit, creditLabel: label, afterParagraph };
}

/**
 * A credit printed on its own line under the caption: "Ảnh: TTXVN", "(Nguồn: Reuters)", also past a
 * blank line ("ẢNH: QT" under a caption, Thanh Niên): a line that is a credit alone is no paragraph.
 */
function takeCreditLine(c: Cursor, img: ArticleImage): ArticleImage {
  const next = c.lines[c.i];
  if (img.credit !== null || img.caption === null || !next || c.i >= c.end) return img;
  const alone = creditAlone(next.text) ?? agencyAlone(next.text);
  if (alone === null) return img;
  c.i++;
  return { ...img, credit: alone.credit, creditLabel: alone.label };
}

/** A caption under its photo's credit is at most this long (a paragraph may follow a credit too). */
const MAX_CAPTION_UNDER_CREDIT = 300;

/**
 * The credit printed above the caption, both glued under the image line ("a.jpg" / "Ảnh: Minh Đức" /
 * "Đồng chí X phát biểu …"): the credit was read as a caption with no text; the line glued under it is
 * the caption, when it is caption-sized, no image line, and (in a text that spaces its paragraphs) set
 * off from what follows.
 */
function captionUnderCredit(c: Cursor, img: ArticleImage): ArticleImage {
  const next = c.lines[c.i];
  if (img.caption !== null || img.credit === null || !next || c.i >= c.end || next.gapBefore > 0 || !c.blankSeparated) return img;
  if (next.text.length > MAX_CAPTION_UNDER_CREDIT || isImageRef(next.text) || isAltText(next.text) || creditAlone(next.text) !== null) return img;
  const after = c.lines[c.i + 1];
  if (after !== undefined && c.i + 1 < c.end && after.gapBefore === 0) return img;
  c.i++;
  return { ...img, caption: next.text };
}

/** The credit, when the line is a credit and nothing else ("Ảnh: TTXVN", "Nguồn hình ảnh, Getty Images"). */
function creditAlone(text: string): (SplitCaption & { credit: string }) | null {
  const split = splitCredit(text);
  return split.caption === null && split.credit !== null ? { ...split, credit: split.credit } : null;
}

/**
 * Photo and news agencies whose name alone on a line, next to a caption, credits the photo: "BBC"
 * under "Nhà báo Lê Quốc Vinh", "Reuters" above BBC's "Image caption …". Agencies only: a reporter's
 * mark alone ("PV") signs the article.
 */
const PHOTO_AGENCIES: ReadonlySet<string> = new Set(
  ['Reuters', 'AFP', 'AP', 'EPA', 'BBC', 'Getty', 'Getty Images', 'TTXVN', 'Xinhua', 'Tân Hoa xã', 'Bloomberg', 'Kyodo', 'Yonhap', 'Sputnik', 'TASS', 'CNN', 'Shutterstock'].map(foldKey),
);
/** An agency's name is at most this long (most lines fail here). */
const MAX_AGENCY_LENGTH = 20;

/** The credit, when the line is one of PHOTO_AGENCIES and nothing else. */
function agencyAlone(text: string): { credit: string; label: null } | null {
  return text.length <= MAX_AGENCY_LENGTH && PHOTO_AGENCIES.has(foldKey(text)) ? { credit: text, label: null } : null;
}

/**
 * BBC's photo labels, printed for screen readers and kept by a copy: the credit after the photo's
 * (English) alt text, "…in Brixton, south London.Image copyright Tim Ireland/AP", and the caption under
 * it, "Image caption Ca sỹ David Bowie …" (in Vietnamese, "Bản quyền hình ảnh X" / "Chụp lại hình ảnh, …").
 */
const COPYRIGHT_LABELS = ['Image copyright ', 'Bản quyền hình ảnh '];
/** A labelled credit is at most this long. */
const MAX_LABELLED_CREDIT = 80;

/** The credit after BBC's copyright label, at the end of the line, or null. */
function labelledCredit(text: string): string | null {
  for (const label of COPYRIGHT_LABELS) {
    const at = text.lastIndexOf(label);
    if (at === -1) continue;
    const credit = text.slice(at + label.length).trim();
    if (credit.length > 0 && credit.length <= MAX_LABELLED_CREDIT && !endsSentence(credit)) return credit;
  }
  return null;
}

/** What follows the title's slug at the start of the line ('' for the slug alone), or null when the slug is not a whole prefix. */
function slugAlt(text: string, slug: string): string | null {
  if (text.length === slug.length) return '';
  return text.charAt(slug.length) === ' ' && /^\p{Lu}/u.test(text.slice(slug.length + 1)) ? text.slice(slug.length + 1).trim() : null;
}

/** "hinh anh 1": "hình ảnh 1" (photo 1) without accents, as Zing News numbers a photo after the title's slug. */
const NUMBERED_PHOTO_SLUG = / hinh anh \d{1,2}$/u;

/**
 * The line is the title's slug and nothing else, whatever its case, perhaps numbered as a photo ("Benh vien
 * Phu san Trung uong co giam doc moi hinh anh 1" under "Bệnh viện Phụ sản Trung ương có giám đốc mới").
 */
function isSlugAlone(text: string, slug: string): boolean {
  if (text.length < slug.length || ACCENTED_LETTER.test(text)) return false;
  const words = slugWords(text);
  return words === slug || words.replace(NUMBERED_PHOTO_SLUG, '') === slug;
}

/** A caption is printed twice glued (alt text and caption, "X" + "X") when each copy is at least this long. */
const MIN_DOUBLED_CAPTION = 20;

/**
 * The text once, when the line is one text printed twice, glued or one space apart, and that text ends
 * as a sentence or with a credit, as a caption does; else null (one comparison). A headline printed twice
 * ("<title> <title>", a related link's thumbnail and its title) is no photo.
 */
function doubledText(text: string): string | null {
  const half = Math.floor(text.length / 2);
  if (half < MIN_DOUBLED_CAPTION) return null;
  let once: string | null = null;
  if (text.length % 2 === 0 && text.startsWith(text.slice(half))) once = text.slice(0, half);
  else if (text.length % 2 === 1 && text.charAt(half) === ' ' && text.startsWith(text.slice(half + 1))) once = text.slice(0, half);
  return once !== null && (endsSentence(once) || hasCredit(once)) ? once : null;
}

/**
 * The caption lines glued below an image line: one line, or a caption wrapped
 * over several (a line that neither ends a sentence nor has its credit yet,
 * followed by one starting in lower case). A caption printed twice counts once.
 */
function takeCaption(c: Cursor, afterImageLine: boolean, src: string | null = null): string | null {
  const next = c.lines[c.i];
  if (!next || c.i >= c.end) return null;
  if (afterImageLine && c.blankSeparated && next.gapBefore > 0 && !(c.spaced && spacedCaption(c, next.text, src))) return null;
  if (isImageRef(next.text) || isAltText(next.text) || isTrailingChrome(next.text)) return null;
  let caption = next.text;
  c.i++;
  while (c.i < c.end) {
    const more = c.lines[c.i] as Line;
    if (more.gapBefore > 0 && c.blankSeparated) break;
    if (sameText(more.text, caption)) {
      c.i++;
      continue;
    }
    // The alt text, then the caption printed again with its credit ("X" / "X (Ảnh: Mạnh Quân)."): the credited one.
    if (repeatsWithCredit(caption, more.text)) {
      caption = more.text;
      c.i++;
      continue;
    }
    const wrapped = !endsSentence(caption) && !hasCredit(caption) && /^[\p{Ll}(]/u.test(more.text);
    if (!wrapped || isImageRef(more.text)) break;
    caption = `${caption} ${more.text}`;
    c.i++;
  }
  skipRepeat(c, caption);
  return caption;
}

/** Fewest words of a Markdown image's alt text that can be its caption (not "Ảnh 1", not a file name). */
const MIN_ALT_CAPTION_WORDS = 3;

/**
 * A Markdown image with no caption under it ("![Đồng chí X phát biểu tại hội nghị.](a.jpg)", as
 * converters of pages print a photo): its alt text is the caption, unless it is a placeholder alt
 * ("Ảnh 1", "… - Ảnh 2"), a file name or the title again.
 */
function altCaption(line: string, title: string | null): string | null {
  const alt = markdownAlt(line);
  if (alt === null || isAltText(alt) || alt.split(' ').length < MIN_ALT_CAPTION_WORDS) return null;
  return title !== null && sameText(alt, title) ? null : alt;
}

/** Fewest body lines for a text to be told double-spaced throughout (spacedThroughout). */
const MIN_SPACED_LINES = 4;

/**
 * A text double-spaced throughout (some browser copies and converters put a blank line under every
 * line): no two lines of its body are glued, so a blank line under an image line does not say that the
 * photo has no caption. At least MIN_SPACED_LINES lines, none glued to the next.
 */
function spacedThroughout(lines: readonly Line[], start: number, end: number): boolean {
  if (end - start < MIN_SPACED_LINES) return false;
  for (let k = start; k < end - 1; k++) if (lines[k]!.gapAfter === 0) return false;
  return true;
}

/**
 * The line under an image line, past a blank line, in a double-spaced text: its caption when it
 * carries a credit ("Ảnh: TTXVN"), or when it is caption-sized and the photo's file is named after it,
 * as CMSs name an uploaded photo after its caption ("le-van-an-phat-bieu.jpg" above "Đồng chí Lê Văn An
 * phát biểu …"). Else it may as well be the story going on under a photo with no caption (a short
 * paragraph looks the same), and stays text.
 */
function spacedCaption(c: Cursor, text: string, src: string | null): boolean {
  if (hasCredit(text)) return true;
  return src !== null && text.length <= MAX_NAMED_CAPTION && namedAfter(src, text, c.titleSlug);
}

/** A caption found by its photo's file name is at most this long (a paragraph may name the same person). */
const MAX_NAMED_CAPTION = 300;
/** Words of the file's name, in a row, that its caption must print (fewer would be any common phrase: "hội nghị"). */
const NAMED_WORDS = 3;
/** …and when those words are the title's too (a photo named after the article), at least this many. */
const NAMED_WORDS_OF_TITLE = 5;

/**
 * Is the image file named after this text: NAMED_WORDS words of the file's name in a row
 * ("nghiem-phu-cuong"), as they stand in the text without tone marks ("Nghiêm Phú Cường")? A run
 * the title prints too may name the article, not the caption: it must be NAMED_WORDS_OF_TITLE long.
 */
function namedAfter(src: string, text: string, titleSlug: string | null): boolean {
  const base = src.slice(src.lastIndexOf('/') + 1).replace(/\.[a-z0-9]{2,5}$/iu, '');
  const words = slugWords(base).split(' ');
  const spaced = ` ${slugWords(text)} `;
  const title = titleSlug === null ? '' : ` ${titleSlug} `;
  for (let k = 0; k + NAMED_WORDS <= words.length; k++) {
    let n = 0; // the longest run of words from k that the text prints
    while (k + n < words.length && words[k + n] !== '' && !/\d/u.test(words[k + n]!) && spaced.includes(` ${words.slice(k, k + n + 1).join(' ')} `)) n++;
    if (n < NAMED_WORDS) continue;
    if (n >= NAMED_WORDS_OF_TITLE || !title.includes(` ${words.slice(k, k + NAMED_WORDS).join(' ')} `)) return true;
  }
  return false;
}

/**
 * A second sentence in a line: a lowercase word's full stop, then a capital ("… hơn 1 tỷ đồng.
 * Dù có …"). Not after an abbreviation in capitals ("TP. Hồ Chí Minh", "TS. Nguyễn …").
 */
const SECOND_SENTENCE = /\p{Ll}{2}[.!?…]["”’)]*\s\p{Lu}/u;

/** The title repeated as an image's alt text, alone or numbered: "<title>", "<title> - 1". */
const NUMBERED_ALT = /\s-\s?\d{1,3}$/u;

function isTitleAlt(text: string, title: string): boolean {
  if (sameText(text, title)) return true;
  const m = NUMBERED_ALT.exec(text);
  return m !== null && sameText(text.slice(0, m.index), title);
}

/**
 * A line that carries on the paragraph above it, wrapped by the copy: glued to
 * it, the line above not ending a sentence, this one starting in lower case.
 * "… so với tuần trước," / "số ca cộng đồng và số tử vong có giảm …"
 */
function continuesLine(c: Cursor, line: Line): boolean {
  const above = c.lines[c.i - 1];
  if (!above || line.gapBefore > 0 || isImageRef(line.text)) return false;
  if (goesOnInLowerCase(above.text, line.text)) return true;
  if (endsSentence(above.text)) return false;
  // A hard-wrapped text (c.wrapWidth): a line filled to the width, not ending a sentence or a label, is
  // carried on by the next even when it opens with a capital ("… Tổ chức thành công" / "Giải Diên Hồng …").
  return c.wrapWidth !== null && above.text.length >= c.wrapWidth * fillOf(c.wrapWidth) && !above.text.endsWith(':') && !isImageRef(above.text);
}

/**
 * A newspaper's column (a PDF e-paper's text) is at most MAX_COLUMN_WIDTH wide; its lines, set
 * justified, hold fewer letters when their words are long, so a line is filled at COLUMN_FILL of the
 * width ("Chị Nguyễn Thị Hoa, công nhân" / "Công ty Samsung …" in a 34-letter column).
 */
const MAX_COLUMN_WIDTH = 50;
const COLUMN_FILL = 0.75;
const fillOf = (width: number): number => (width <= MAX_COLUMN_WIDTH ? COLUMN_FILL : WRAP_FILL);

/**
 * `line` carries on `above` in lower case, `above` not ending a sentence, or ending a clause with ";"
 * ("… tinh gọn bộ máy;" / "ban hành cơ chế …").
 */
function goesOnInLowerCase(above: string, line: string): boolean {
  return /^\p{Ll}/u.test(line) && (above.endsWith(';') || !endsSentence(above)) && !opensLetteredItem(above, line);
}

/** An item of a lettered list: "b) Bồi thường bằng tiền;", "đ) …". */
const LETTERED_ITEM = /^\p{Ll}\) /u;

/**
 * A lettered item under a clause ending with ";" or ":" ("a) Bồi thường bằng đất nông nghiệp;" / "b)
 * Bồi thường bằng tiền;") opens a paragraph of its own, though it opens in lower case.
 */
function opensLetteredItem(above: string, line: string): boolean {
  return line.charCodeAt(1) === 41 && (above.endsWith(';') || above.endsWith(':')) && LETTERED_ITEM.test(line);
}

/** A text is hard-wrapped when at least this many of its lines are carried on by a line in lower case … */
const MIN_WRAPPED_LINES = 4;
/** … each at most this long (a copy wrapped to a width, not a browser's long lines) … */
const MAX_WRAP_WIDTH = 100;
/** … and a line at least this share of the widest of them was filled to the width. */
const WRAP_FILL = 0.9;

/**
 * The width a hard-wrapped text was wrapped to (the longest line that a line in lower case carries
 * on), or null when the text is not hard-wrapped.
 */
function wrapWidthOf(lines: readonly Line[], start: number, end: number): number | null {
  let count = 0;
  let width = 0;
  for (let i = start + 1; i < end; i++) {
    const above = lines[i - 1] as Line;
    const line = lines[i] as Line;
    if (line.gapBefore > 0 || above.text.length > MAX_WRAP_WIDTH || endsSentence(above.text) || !/^\p{Ll}/u.test(line.text) || opensLetteredItem(above.text, line.text)) continue;
    count++;
    width = Math.max(width, above.text.length);
  }
  return count >= MIN_WRAPPED_LINES ? width : filledWidthOf(lines, start, end);
}

/** A text whose carried lines mostly open with a capital (names, places) shows its width by its lengths: … */
const MIN_FILLED_LINES = 8;

/**
 * … no line of prose longer than the width, and at least MIN_FILLED_LINES lines filled to it, each
 * carried on by the next line (glued, no sentence ended). Returns that width, or null.
 */
function filledWidthOf(lines: readonly Line[], start: number, end: number): number | null {
  let width = 0;
  for (let i = start; i < end; i++) {
    const text = (lines[i] as Line).text;
    if (text.length > MAX_WRAP_WIDTH && !isImageRef(text) && !isUrlLine(text)) return null;
    if (!isImageRef(text) && !isUrlLine(text)) width = Math.max(width, text.length);
  }
  let filled = 0;
  for (let i = start + 1; i < end; i++) {
    const above = lines[i - 1] as Line;
    if ((lines[i] as Line).gapBefore === 0 && above.text.length >= width * WRAP_FILL && !endsSentence(above.text)) filled++;
  }
  return filled >= MIN_FILLED_LINES ? width : null;
}

/**
 * A hard-wrapped text (wrapWidthOf over the whole text): a line filled to the width and carried on by
 * the next line in lower case, glued to it, is one line with it, so that a title or a byline wrapped
 * in two is read whole by the header, as the body reads its paragraphs (continuesLine).
 */
export function joinWrappedLines(lines: Line[]): { lines: Line[]; width: number | null } {
  const width = wrapWidthOf(lines, 0, lines.length);
  if (width === null) return { lines, width };
  const out: Line[] = [];
  /** The length of the last line joined in, which must be filled to the width to go on. */
  let lastLength = 0;
  for (const line of lines) {
    const above = out.at(-1);
    const carried = above !== undefined && line.gapBefore === 0 && lastLength >= width * WRAP_FILL;
    if (carried && !isImageRef(above.text) && goesOnInLowerCase(above.text, line.text)) {
      out[out.length - 1] = { ...above, text: `${above.text} ${line.text}`, gapAfter: line.gapAfter };
    } else out.push(line);
    lastLength = line.text.length;
  }
  return { lines: out, width };
}

/** A gallery's counter: "Ảnh 1", "Ảnh 2/5", "Hình 3", "Photo 4". */
const GALLERY_COUNTER = /^(?:Ảnh|Hình|Photo) \d{1,2}(?:\/\d{1,2})?$/u;

/**
 * Is the line a gallery's counter glued above its photo's line ("Ảnh 1" / "mu-cang-chai-01.webp")?
 * It numbers the photo, it does not caption it. Alone, or above text, it is left as printed.
 */
function isGalleryCounterAbove(c: Cursor, line: Line): boolean {
  // Most lines fail on their length or first letter, before the pattern runs.
  if (line.text.length > 10 || line.gapAfter > 0 || !GALLERY_COUNTER.test(line.text)) return false;
  const next = c.lines[c.i + 1];
  return next !== undefined && c.i + 1 < c.end && isImageRef(next.text);
}

/** Skip the next line when it repeats `text` (alt text printed again as a caption). */
function skipRepeat(c: Cursor, text: string): void {
  const next = c.lines[c.i];
  if (next && c.i < c.end && sameText(next.text, text)) c.i++;
}

/** Is the next line this one again with a credit after it ("X" / "X - Ảnh: TTXVN")? */
function isAltOfNext(c: Cursor, line: Line): boolean {
  const next = c.lines[c.i + 1];
  return next !== undefined && c.i + 1 < c.end && repeatsWithCredit(line.text, next.text);
}

/** Is `next` the text `alt` again with a credit after it ("X" / "X - Ảnh: TTXVN", "X (Ảnh: Y).")? */
function repeatsWithCredit(alt: string, next: string): boolean {
  if (next.length <= alt.length) return false;
  // Most lines fail here, before the credit patterns run.
  if (!sameText(next.slice(0, alt.length), alt)) return false;
  const { caption, credit } = splitCredit(next);
  return credit !== null && caption !== null && sameText(caption, alt);
}

/**
 * Is the next line this one again with a full stop, the caption under its alt text ("Phiên tòa sơ thẩm
 * vụ án X" / "Phiên tòa sơ thẩm vụ án X.")? A heading is never printed again as a sentence below itself.
 */
function isAltAboveSentence(c: Cursor, line: Line): boolean {
  const next = c.lines[c.i + 1];
  const text = line.text;
  if (!next || c.i + 1 >= c.end || next.text.length !== text.length + 1 || text.length < MIN_DOUBLED_CAPTION) return false;
  return next.text.endsWith('.') && !text.endsWith('.') && sameText(next.text.slice(0, -1), text);
}

/** A site's marker alone on the lead's line: "(VTC News) -", "TPO -" (the lead printed below it). */
const SITE_MARKER_ALONE = /^(?:\([^()]{2,30}\)|\p{Lu}[\p{L}.]{1,15})\s?[-–]$/u;

/** The lead, with the text below joined when the line is only the site's marker. */
function withSiteMarkerJoined(c: Cursor, text: string): string {
  const next = c.lines[c.i];
  if (!SITE_MARKER_ALONE.test(text) || !next || c.i >= c.end || isImageRef(next.text) || isAltText(next.text)) return text;
  c.i++;
  return `${text} ${next.text}`;
}

/** A caption copied out of a table cell keeps the cell's bar: "Thương lái vào tận vườn thu mua sầu riêng |". */
const TABLE_CELL_END = /\s\|$/u;

/** One cell's text and its bar, not a table row ("| Cột một | Cột hai |" stays text). */
const isCellCaption = (text: string): boolean => TABLE_CELL_END.test(text) && text.indexOf('|') === text.length - 1;

/** A letter with an accent or a Vietnamese form ("ả", "Đ", "ư"): a line with none is written without accents. */
const ACCENTED_LETTER = /[\u00C0-\u024F\u1E00-\u1EFF]/u;
/** A photo's alt text without accents is at least this many words, and at most this long. */
const MIN_UNACCENTED_ALT_WORDS = 3;
const MAX_UNACCENTED_ALT_LENGTH = 150;

/**
 * A photo's alt text written without accents, as a CMS fills it from the page's address, glued above
 * the photo's caption with its credit ("Chu tich tinh tham nha may" / "Chủ tịch tỉnh thăm nhà máy. Ảnh:
 * TTXVN"): the photo's line, no paragraph. Not a sentence; the caption must carry a credit.
 */
function isUnaccentedAltAbove(c: Cursor, line: Line): boolean {
  const next = c.lines[c.i + 1];
  if (next === undefined || c.i + 1 >= c.end || next.gapBefore > 0 || line.text.length > MAX_UNACCENTED_ALT_LENGTH) return false;
  if (ACCENTED_LETTER.test(line.text) || endsSentence(line.text) || line.text.split(' ').length < MIN_UNACCENTED_ALT_WORDS) return false;
  return hasCredit(next.text);
}

/** A caption with its credit on the line below is at most this long. */
const MAX_CREDITED_CAPTION = 200;

/**
 * The line after the current one is a credit alone ("Ảnh: Quang Khánh"): the current one, a short
 * line of one sentence, is its photo's caption.
 */
function creditBelow(c: Cursor, line: Line): boolean {
  if (line.text.length > MAX_CREDITED_CAPTION || SECOND_SENTENCE.test(line.text)) return false;
  const next = c.lines[c.i + 1];
  if (next === undefined || c.i + 1 >= c.end) return false;
  // Past a blank line and glued to the line under it, the credit is that line's, printed above its caption.
  if (c.blankSeparated && next.gapBefore > 0 && next.gapAfter === 0 && c.i + 2 < c.end) return false;
  // An agency's name alone credits the line above only when glued to it ("Nhà báo Lê Quốc Vinh" / "BBC").
  return creditAlone(next.text) !== null || (next.gapBefore === 0 && agencyAlone(next.text) !== null);
}

/** A caption with no marker at all is one short sentence… */
const SCENE_CAPTION = { min: 20, max: 110 };
/** …between two paragraphs of at least this length (the rules of a short label opening the body ask as much below it), */
const PROSE_AROUND = 200;
/**
 * …or, for a caption between two paragraphs, of this length: a paragraph of two sentences with a
 * farmer's, an official's words ("Ông X, Chủ tịch Hội Nông dân huyện Y, cho biết …", 195 characters)
 * is prose enough on either side of a photo.
 */
const PROSE_AROUND_SCENE = 150;
/**
 * …with none of the marks of the story's own sentences: commas, colons, quotes, brackets, a
 * question; a copula or a tense ("là", "từng", "đã", "đang", "sẽ", "vừa"); reported speech; "also"
 * ("cũng", "đồng thời": a sentence that adds to the one before).
 */
const NOT_A_SCENE = /[,;:“”"'‘’?!…()[\]]|(?:^|\s)(?:là|từng|đã|đang|sẽ|vừa|cũng|đồng thời|cho biết|cho rằng|nói|nhấn mạnh)(?=\s|\.)/u;
/**
 * …and not opening the way a sentence of the story does ("Đó là…", "Được biết…", "Hiện…", "Tôi…"), nor
 * naming who else attended, as reports end ("Cùng dự buổi lễ có …", "Tham dự hội nghị có …", "Cùng ngày, …").
 */
const STORY_OPENER = /^(?:Đó|Đây|Sau đây|Được biết|Hiện|Hiện nay|Theo|Tuy nhiên|Trước đó|Sau đó|Ngoài ra|Như vậy|Vì vậy|Do đó|Tôi|Chúng tôi|Mình|Cùng|Tham dự)\s/u;

/**
 * A photo's caption printed alone, with no image line, credit or marker: one short descriptive
 * sentence standing between two long paragraphs, where the photo was ("Các đồng chí lãnh đạo
 * tỉnh tặng hoa chúc mừng Đại hội.", "Khách quốc tế tìm hiểu về nghề dệt chiếu ở Khu du lịch
 * Nha Trang Xưa."). The story's own short sentences mostly carry a comma, a tense, a copula or a
 * connective, or end the article.
 */
function isSceneCaption(c: Cursor, line: Line, above: string | null): boolean {
  const { text } = line;
  if (above === null || above.length < PROSE_AROUND_SCENE || text.length < SCENE_CAPTION.min || text.length > SCENE_CAPTION.max) return false;
  if (!text.endsWith('.') || text.endsWith('..') || SECOND_SENTENCE.test(text) || NOT_A_SCENE.test(text) || STORY_OPENER.test(text)) return false;
  return proseNext(c, PROSE_AROUND_SCENE) !== null;
}

/** The next line of the block when it is a paragraph of `min` characters or more (no image line or alt text), else null. */
function proseNext(c: Cursor, min = PROSE_AROUND): Line | null {
  const next = c.lines[c.i + 1];
  return next !== undefined && c.i + 1 < c.end && next.text.length >= min && !isImageRef(next.text) && !isAltText(next.text) ? next : null;
}

/**
 * A photo's caption printed first, above the lead (the photo leads the page): the first line of the
 * body is a short label with no sentence end and none of the story's marks (see isSceneCaption), and
 * the line glued under it a paragraph of PROSE_AROUND characters or more. A short lead ends as a sentence.
 */
function isCaptionAboveLead(c: Cursor, line: Line): boolean {
  const { text } = line;
  if (text.length < SCENE_CAPTION.min || text.length > SCENE_CAPTION.max || endsSentence(text)) return false;
  if (NOT_A_SCENE.test(text) || STORY_OPENER.test(text)) return false;
  return proseNext(c)?.gapBefore === 0;
}

/** A subheading opening the body (a copy that starts below the sapo): at most this many characters… */
const MAX_OPENING_HEADING_LENGTH = 40;
/** …and words. */
const MAX_OPENING_HEADING_WORDS = 5;

/**
 * A short label as the body's first line: a subheading ("Sơn Tùng M-TP", the copy starting under the
 * sapo), a site's name or a date line the header did not read ("Moitruong.net.vn"). A capitalised
 * label of MAX_OPENING_HEADING_WORDS words at most, no sentence end and no colon, with a paragraph of
 * PROSE_AROUND characters or more below it past a blank line. It is no lead: the paragraph below is.
 * (Glued to the paragraph, a short label is a photo's caption: isCaptionAboveLead.)
 */
function isHeadingAboveLead(c: Cursor, line: Line): boolean {
  const { text } = line;
  if (text.length > MAX_OPENING_HEADING_LENGTH || !/^\p{Lu}/u.test(text) || endsSentence(text) || text.endsWith(':')) return false;
  let words = 1;
  for (let k = text.indexOf(' '); k !== -1; k = text.indexOf(' ', k + 1)) if (++words > MAX_OPENING_HEADING_WORDS) return false;
  const next = proseNext(c);
  return next !== null && next.gapBefore > 0;
}

/** A time and date alone on a line in the body ("11:48 18/11/2017", a live report's entry): at most this long. */
const MAX_BODY_STAMP_LENGTH = 30;

/** The time first ("11:48", "9h05"), as a live report stamps its entries. */
const TIME_FIRST = /^\d{1,2}[:h]\d{2}\D/u;

/**
 * A line in the body that is only a time and then a date ("11:48 18/11/2017", "17:42 Ngày 04/06/2018"):
 * a live report's entry stamp, no text of the story. (A date first, "24/06/2021, 19:05", stays text.)
 */
function isBodyTimestamp(text: string): boolean {
  if (text.length > MAX_BODY_STAMP_LENGTH || !TIME_FIRST.test(text)) return false;
  const found = findTimestamp(text);
  return found !== null && found.rest === '' && found.iso.includes('T');
}

/** Captions in a row with no marker: at least this many short labels, one under another, past blank lines… */
const MIN_LABEL_RUN = 3;

/** A short label, not a sentence, with no credit: a caption or a subheading by its shape alone. */
function isShortLabel(line: Line): boolean {
  const { text } = line;
  if (line.gapBefore === 0 || text.length < SCENE_CAPTION.min || text.length > SCENE_CAPTION.max) return false;
  if (!/^[\p{Lu}“"]/u.test(text) || endsSentence(text) || text.endsWith(':')) return false;
  // A caption with its credit or position marker is read as such (isStandaloneCaption).
  return !hasCredit(text) && !hasPositionMarker(text) && !isImageRef(text) && !isAltText(text) && !isTrailingChrome(text);
}

/**
 * Captions printed one under another with no marker, under a paragraph of PROSE_AROUND characters or
 * more: MIN_LABEL_RUN short labels or more in a row, each past a blank line. A subheading is followed
 * by its paragraph, never by another label, so every label of the run but the last is a caption; the
 * last may be a subheading and stays text. Returns how many captions the run starts with (0: none).
 */
function captionRunAt(c: Cursor, line: Line, above: string | null): number {
  if (above === null || above.length < PROSE_AROUND || !c.blankSeparated || !isShortLabel(line)) return 0;
  let end = c.i + 1;
  while (end < c.end && isShortLabel(c.lines[end] as Line)) end++;
  const run = end - c.i;
  return run >= MIN_LABEL_RUN ? run - 1 : 0;
}

function isStandaloneCaption(c: Cursor, line: Line, lead: boolean): boolean {
  const next = c.lines[c.i + 1];
  const repeated = next !== undefined && c.i + 1 < c.end && sameText(next.text, line.text);
  return hasCredit(line.text) || hasPositionMarker(line.text) || repeated || isCellCaption(line.text) || (lead && creditBelow(c, line));
}

/** An image's alt text printed at every photo ("sapa"): a lower-case label of at most this many words… */
const MAX_ALT_LABEL_WORDS = 3;
/** …and characters (most lines fail here, before anything else is asked of them)… */
const MAX_ALT_LABEL_LENGTH = 40;
/** …printed at least this many times in the body. */
const MIN_ALT_REPEATS = 3;

/** A short label in lower case, not a sentence: MAX_ALT_LABEL_WORDS words at most. */
function isAltLabel(text: string): boolean {
  if (text.length > MAX_ALT_LABEL_LENGTH || !/^\p{Ll}/u.test(text) || endsSentence(text)) return false;
  let words = 1;
  for (let k = text.indexOf(' '); k !== -1; k = text.indexOf(' ', k + 1)) if (++words > MAX_ALT_LABEL_WORDS) return false;
  return true;
}

/**
 * The lines of the body that are a photo's alt text repeated at every photo: a short label in
 * lower case, not a sentence, printed MIN_ALT_REPEATS times or more ("sapa" / "Cách thị trấn …").
 */
function repeatedAltTexts(lines: readonly Line[], start: number, end: number): Set<string> {
  const counts = new Map<string, number>();
  for (let i = start; i < end; i++) {
    const { text } = lines[i] as Line;
    if (!isAltLabel(text)) continue;
    const key = foldKey(text);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return new Set([...counts].filter(([, n]) => n >= MIN_ALT_REPEATS).map(([key]) => key));
}

/** A caption under a photo's placeholder is at most this long. */
const MAX_PLACEHOLDER_CAPTION = 250;

/**
 * Whether the line under a photo's placeholder ("Responsive image" / "[Ảnh]") is its caption: glued to
 * it (or past the one blank line of a double-spaced text), caption-sized, no other photo's line, and
 * either credited ("… Ảnh: Hoàng Hiệp") or no sentence with more below it ("Lãnh đạo tỉnh cắt băng
 * khánh thành cầu"). A sentence ending with a full stop and no credit is the story going on under a
 * photo with no caption.
 */
function placeholderCaption(c: Cursor): boolean {
  const next = c.lines[c.i];
  if (next === undefined || c.i >= c.end || (next.gapBefore > 0 && !c.spaced)) return false;
  const text = next.text;
  if (text.length > MAX_PLACEHOLDER_CAPTION || isImageRef(text) || isAltText(text) || isPhotoPlaceholder(text) || isTrailingChrome(text)) return false;
  if (hasCredit(text)) return true;
  return !endsSentence(text) && !text.endsWith(':') && c.i + 1 < c.end;
}

/**
 * A headline asking a question ("TP.HCM đề xuất học sinh nghỉ Tết 3 tuần, giáo viên nói gì?"): one
 * clause, a full stop only inside a word or number, a question mark at its end only.
 */
const QUESTION_HEADLINE = /^\p{Lu}(?:[^.!?…:]|\.(?=\S))*\?$/u;
const isQuestionHeadline = (t: string): boolean => isRelatedLink(t.slice(0, -1)) && QUESTION_HEADLINE.test(t);

/** The next part's headline by "(Còn nữa)": "Kỳ cuối: Vươn ra biển lớn", "Bài 2: Trách nhiệm thuộc về ai?". */
const MAX_PART_HEADLINE = 160;
const isNextPartHeadline = (t: string): boolean => t.length <= MAX_PART_HEADLINE && isSeriesPart(t) && (!endsSentence(t) || t.endsWith('?'));

/** A sub-heading glued under a box's links is at most this many words, */
const MAX_SUBHEADING_WORDS = 8;
/** and at most this share of the length of the shortest link above it. */
const SUBHEADING_TO_LINK = 0.75;

/**
 * The body's sub-heading glued under a box's last link ("Xem thêm:" / "Ngân hàng Nhà nước giao thêm
 * hạn mức tăng trưởng tín dụng …" / "Lãi suất cho vay bình quân giảm …" / "Ba giải pháp trọng tâm cuối
 * năm" / the text going on): a short label (the caller has checked it is much shorter than every link
 * above it) naming no one (no capital after its first word, unless in capitals throughout) with a
 * sentence of the story glued or past a blank line under it. A last link with the text under it is as
 * long as the links above it, or names someone ("Thủ tướng tiếp Chủ tịch Tập đoàn Temasek").
 */
function resumesBody(c: Cursor, line: Line): boolean {
  const next = c.lines[c.i + 1];
  if (next === undefined || c.i + 1 >= c.end || !endsSentence(next.text)) return false;
  const t = line.text;
  let words = 1;
  for (let k = t.indexOf(' '); k >= 0 && words <= MAX_SUBHEADING_WORDS; k = t.indexOf(' ', k + 1)) words++;
  // A link names someone or something ("Thủ tướng tiếp Chủ tịch Tập đoàn Temasek"); a sub-heading is a
  // common phrase, or printed in capitals throughout.
  return words <= MAX_SUBHEADING_WORDS && (!NAMED_AFTER_FIRST.test(t) || t === t.toUpperCase());
}

/** A word opening with a capital after the first: a name in a headline. */
const NAMED_AFTER_FIRST = /\s\p{Lu}/u;

/**
 * Drop a related-article box: its header, then the headline-like links below it, glued to one another
 * (in a text double-spaced throughout, one blank line apart). Under a box's header a headline may ask
 * a question. A short label under one link or more, with the story's text under it, is the body's
 * sub-heading (resumesBody).
 */
function skipRelatedBox(c: Cursor, warnings: Warning[]): void {
  let links = 0;
  let shortest = Infinity;
  const gap = c.spaced ? 1 : 0;
  while (c.i < c.end) {
    const line = c.lines[c.i] as Line;
    if (!(isRelatedLink(line.text) || isQuestionHeadline(line.text)) || (links > 0 && line.gapBefore > gap)) break;
    if (links > 0 && line.text.length <= shortest * SUBHEADING_TO_LINK && resumesBody(c, line)) break;
    shortest = Math.min(shortest, line.text.length);
    warnings.push(dropped(line, 'boilerplate/related', 'related-article link'));
    links++;
    c.i++;
  }
}

/**
 * `wrapWidth`: the width the whole text was wrapped to, when joinWrappedLines already joined its
 * lines in lower case (the evidence wrapWidthOf counts); else it is worked out from the body's lines.
 */
export function readBody(
  lines: readonly Line[],
  start: number,
  end: number,
  title: string | null,
  blankSeparated: boolean,
  warnings: Warning[],
  wrapWidth: number | null = wrapWidthOf(lines, start, end),
): Body {
  const body: Body = { lead: null, paragraphs: [], images: [] };
  /** The title's URL slug, which some sites print as every photo's alt text (slugAlt). */
  const titleSlug = title === null ? null : slugOf(title);
  const c: Cursor = { lines, i: start, end, blankSeparated, wrapWidth, spaced: spacedThroughout(lines, start, end), titleSlug };
  const after = (): number => body.paragraphs.length - 1;

  const altTexts = repeatedAltTexts(lines, start, end);
  /** The text line read just before, which a wrapped line continues. */
  let previousText = false;
  /** The line after the last credited caption read with no image line (a photo's line glued under it takes it). */
  let creditedCaptionEnd = -1;
  /** A run of photos with no caption, each glued above the next photo's line: the first's index in images, and the line after the last. */
  let uncaptionedRunStart = 0;
  let uncaptionedRunEnd = -1;
  while (c.i < c.end) {
    const line = lines[c.i] as Line;
    const text = line.text;
    if (previousText && continuesLine(c, line)) {
      c.i++;
      if (body.paragraphs.length > 0) body.paragraphs[body.paragraphs.length - 1] += ` ${text}`;
      else body.lead += ` ${text}`;
      continue;
    }
    // The paragraph (or lead) just read, when this line follows it directly.
    const proseAbove = previousText ? (body.paragraphs.at(-1) ?? body.lead) : null;
    previousText = false;
    if (isRelatedHeader(text)) {
      warnings.push(dropped(line, 'boilerplate/related', 'related-article box'));
      c.i++;
      skipRelatedBox(c, warnings);
      continue;
    }
    // "<image>SRC alt="ALT"</image>": the caption is the alt text (none when it is a numbered alt,
    // "<title> - Ảnh 1"), never the line below, which may only print the alt again.
    const tagged = text.startsWith('<image>') ? taggedImage(text) : null;
    if (tagged) {
      c.i++;
      const caption = tagged.alt !== null && !isAltText(tagged.alt) ? tagged.alt : null;
      if (caption !== null) skipRepeat(c, caption);
      body.images.push(image(tagged.src, caption, after()));
      continue;
    }
    // A gallery's counter glued above its photo ("Ảnh 1" / "a-01.webp"): the gallery's chrome.
    if (isGalleryCounterAbove(c, line)) {
      warnings.push(dropped(line, 'media/gallery-counter', 'gallery counter above a photo'));
      c.i++;
      continue;
    }
    if (isImageRef(text)) {
      const at = c.i;
      c.i++;
      const src = imageSource(text);
      const img = takeCreditLine(c, captionUnderCredit(c, image(src, takeCaption(c, true, src) ?? altCaption(text, title), after())));
      // The caption printed above its photo, glued to the image line ("Các đại biểu cắt băng. Ảnh: X" /
      // "https://…/a.jpg"), as some CMS exports print a figure: read as a photo of its own just before,
      // it is this photo's, when this one has no caption of its own.
      const above = body.images.at(-1);
      if (img.caption === null && img.credit === null && above !== undefined && creditedCaptionEnd === at && line.gapBefore === 0 && above.src === null) {
        body.images[body.images.length - 1] = { ...above, src };
        continue;
      }
      // Photos printed one under the other with one caption under the last ("a.jpg" / "b.jpg" / caption,
      // a row of photos sharing a caption): each photo of the glued run with no caption takes it.
      if (img.caption !== null && line.gapBefore === 0 && uncaptionedRunEnd === at) {
        for (let k = body.images.length - 1; k >= uncaptionedRunStart; k--) {
          body.images[k] = { ...(body.images[k] as ArticleImage), caption: img.caption, credit: img.credit, creditLabel: img.creditLabel };
        }
      }
      const next = c.lines[c.i];
      if (img.caption === null && img.credit === null && next !== undefined && c.i < c.end && next.gapBefore === 0 && isImageRef(next.text)) {
        if (uncaptionedRunEnd !== at) uncaptionedRunStart = body.images.length;
        uncaptionedRunEnd = c.i;
      } else uncaptionedRunEnd = -1;
      body.images.push(img);
      continue;
    }
    // "Responsive image", "[Ảnh]", "Ảnh minh họa": a photo, its caption the line glued under it when
    // that reads as one (placeholderCaption), else none.
    if (isPhotoPlaceholder(text)) {
      c.i++;
      // placeholderCaption has weighed the blank line above the caption (one, in a double-spaced text).
      const caption = placeholderCaption(c) ? takeCaption(c, false) : null;
      body.images.push(caption === null ? image(null, null, after()) : takeCreditLine(c, image(null, caption, after())));
      continue;
    }
    // A series' marks under a part: "(Còn nữa)", with the next part's headline glued above it or under it,
    // glued or not ("Kỳ cuối: Vươn ra biển lớn"), and a teaser for the next part ("Kỳ tới: Trách nhiệm …").
    if (isContinuedMark(text) || isNextPartTeaser(text)) {
      warnings.push(dropped(line, 'boilerplate/series', "a series' mark under the part"));
      c.i++;
      if (proseAbove !== null && proseAbove === body.paragraphs.at(-1) && isNextPartHeadline(proseAbove)) {
        warnings.push(dropped(lines[c.i - 2] as Line, 'boilerplate/series', "the series' next part"));
        body.paragraphs.pop();
      }
      const below = c.lines[c.i];
      if (below !== undefined && c.i < c.end && isContinuedMark(text) && isNextPartHeadline(below.text)) {
        warnings.push(dropped(below, 'boilerplate/series', "the series' next part"));
        c.i++;
      }
      continue;
    }
    if (isTrailingChrome(text) && !isImagePlaceholder(text)) {
      warnings.push(dropped(line, 'boilerplate/dropped', 'page chrome'));
      c.i++;
      continue;
    }
    if (isBodyTimestamp(text)) {
      warnings.push(dropped(line, 'boilerplate/timestamp', 'time and date alone in the body'));
      c.i++;
      continue;
    }
    if (isVideoCaption(text)) {
      warnings.push(dropped(line, 'media/video-caption', 'video caption'));
      c.i++;
      continue;
    }
    // The title's slug as a photo's alt text: alone, the photo whose caption follows (past a blank line
    // too, as after numbered alt text); with a headline glued after it, a related link's thumbnail and
    // title; with a sentence glued after it, the photo and its caption.
    const slugged = titleSlug === null ? null : text.startsWith(titleSlug) ? slugAlt(text, titleSlug) : isSlugAlone(text, titleSlug) ? '' : null;
    if (slugged !== null) {
      c.i++;
      const next = c.lines[c.i];
      const prose = next !== undefined && next.gapBefore > 0 && SECOND_SENTENCE.test(next.text) && next.text.length >= PROSE_AROUND;
      const caption = slugged === '' ? (prose ? null : takeCaption(c, false)) : endsSentence(slugged) || hasCredit(slugged) ? slugged : null;
      if (caption === null) warnings.push(dropped(line, slugged === '' ? 'media/alt-text' : 'boilerplate/related', slugged === '' ? 'alt text with no caption' : 'related link'));
      else body.images.push(takeCreditLine(c, image(null, caption, after())));
      continue;
    }
    if (isAltText(text) || isImagePlaceholder(text) || (title !== null && isTitleAlt(text, title))) {
      c.i++;
      // Numbered alt text ("… - Ảnh 1.", "<title> - 1") always stands for a photo; the bare
      // title repeated is a photo's alt only with its caption glued below it, else a repeat.
      const numbered = !(title !== null && sameText(text, title));
      // Past a blank line, text of several sentences is the body going on, not this photo's caption.
      const next = c.lines[c.i];
      // Set off from the alt text by more blank lines than from the text below, the next line opens
      // what follows (w3m prints an empty caption as one more blank line): the photo has no caption.
      const prose = next !== undefined && next.gapBefore > 0 && (SECOND_SENTENCE.test(next.text) || (numbered && next.gapAfter > 0 && next.gapBefore > next.gapAfter));
      const caption = prose ? null : takeCaption(c, !numbered || isBareAltText(text));
      if (caption === null && !numbered) {
        warnings.push(dropped(line, 'boilerplate/title-repeat', 'title printed again'));
        continue;
      }
      body.images.push(takeCreditLine(c, image(null, caption, after())));
      continue;
    }
    // Alt text repeated at every photo: the caption glued below it, if any, is that photo's.
    if (altTexts.size > 0 && isAltLabel(text) && altTexts.has(foldKey(text))) {
      c.i++;
      const next = c.lines[c.i];
      const caption = next !== undefined && !sameText(next.text, text) ? takeCaption(c, true) : null;
      if (caption === null) warnings.push(dropped(line, 'media/alt-text', 'alt text with no caption'));
      else body.images.push(takeCreditLine(c, image(null, caption, after())));
      continue;
    }
    // BBC's labels: "<alt>Image copyright X" (or an agency's name, or a credit alone, above "Image caption …"),
    // then "Image caption Y": one photo, captioned Y, credited X. A caption label alone has no credit.
    const labelled = labelledCaption(c.lines[c.i + 1]?.text) !== null && c.i + 1 < c.end ? (creditAlone(text) ?? agencyAlone(text))?.credit : undefined;
    const bbcCredit = labelledCredit(text) ?? labelled ?? null;
    const bbcCaption = bbcCredit === null ? labelledCaption(text) : null;
    if (bbcCredit !== null || bbcCaption !== null) {
      c.i++;
      let caption = bbcCaption;
      if (bbcCredit !== null && c.i < c.end) {
        caption = labelledCaption(c.lines[c.i]?.text);
        if (caption !== null) c.i++;
      }
      const img = image(null, caption, after());
      body.images.push(bbcCredit !== null && img.credit === null ? { ...img, credit: bbcCredit, creditLabel: null } : img);
      continue;
    }
    // A caption printed twice on one line, alt text and caption glued ("X" + "X"): one photo.
    const doubled = doubledText(text);
    if (doubled !== null) {
      c.i++;
      body.images.push(takeCreditLine(c, image(null, doubled, after())));
      continue;
    }
    const glued = splitGluedAlt(text);
    if (glued) {
      c.i++;
      body.images.push(image(null, glued.caption, after()));
      continue;
    }
    // A photo's alt text printed above its caption, which repeats it with the credit: "X" / "X - Ảnh: TTXVN".
    if (isAltOfNext(c, line)) {
      warnings.push(dropped(line, 'boilerplate/title-repeat', 'alt text printed again above its caption'));
      c.i++;
      continue;
    }
    if (body.lead !== null && isUnaccentedAltAbove(c, line)) {
      warnings.push(dropped(line, 'media/alt-text', 'alt text without accents above its caption'));
      c.i++;
      body.images.push(takeCreditLine(c, image(null, takeCaption(c, true), after())));
      continue;
    }
    // The same pair with a full stop for the credit: the alt text, then the caption that ends as a sentence.
    if (isAltAboveSentence(c, line)) {
      warnings.push(dropped(line, 'boilerplate/title-repeat', 'alt text printed again above its caption'));
      c.i++;
      const caption = (c.lines[c.i] as Line).text;
      c.i++;
      body.images.push(takeCreditLine(c, image(null, caption, after())));
      continue;
    }
    const captions = body.lead === null ? 0 : captionRunAt(c, line, proseAbove);
    if (captions > 0) {
      for (let k = 0; k < captions; k++) body.images.push(image(null, (c.lines[c.i + k] as Line).text, after()));
      c.i += captions;
      continue;
    }
    // Past the lead: the first line of the body is the lead even with a credit below it.
    const first = body.lead === null && body.paragraphs.length === 0 && body.images.length === 0;
    if (isStandaloneCaption(c, line, body.lead !== null) || isSceneCaption(c, line, proseAbove) || (first && isCaptionAboveLead(c, line))) {
      c.i++;
      skipRepeat(c, text);
      const alone = image(null, text, after());
      // A credit alone set off from the text above, the caption glued under it ("Ảnh: Giang Huy" / "Chủ
      // tịch … phát biểu …", the photo's line lost in the copy): the caption under its credit, as under a photo.
      const img = takeCreditLine(c, line.gapBefore > 0 ? captionUnderCredit(c, alone) : alone);
      body.images.push(img);
      if (img.caption !== null && img.credit !== null) creditedCaptionEnd = c.i;
      continue;
    }
    if (first && isHeadingAboveLead(c, line)) {
      warnings.push(dropped(line, 'body/label-above-lead', 'short label above the first paragraph'));
      c.i++;
      continue;
    }
    c.i++;
    // The sapo printed again further down (under the first photo, say) is no paragraph.
    if (body.lead !== null && sameText(text, body.lead)) {
      warnings.push(dropped(line, 'boilerplate/lead-repeat', 'lead printed again'));
      continue;
    }
    previousText = true;
    if (body.lead === null) {
      body.lead = withSiteMarkerJoined(c, text);
      // "- Tuyên phạt bị cáo X 13 năm tù" / "- X xin sang nước ngoài …": links to other stories under the lead.
      const links = dashedLinksAt(c, body.lead);
      for (const link of lines.slice(c.i, c.i + links)) warnings.push(dropped(link, 'boilerplate/related', 'link to another story under the lead'));
      c.i += links;
    } else body.paragraphs.push(text);
  }
  return body;
}

/** A link to another story behind a dash or bullet: a capital after it, no sentence end, no colon or semicolon. */
const DASHED_HEADLINE = /^[-–•+] \p{Lu}[^:;]{5,150}$/u;
/** Dashed headlines in a row that make a box of links under the lead (dashedLinksAt). */
const MIN_DASHED_LINKS = 2;

/**
 * How many lines from the cursor are a box of links to other stories printed right under the lead,
 * a headline a line behind a dash or bullet, two or more ("- Tuyên phạt bị cáo X 13 năm tù" / "- X xin
 * sang nước ngoài …"). A list in the story is announced by a colon ("Cụ thể:") or its items end
 * as sentences or clauses: the lead must end as a sentence, and no item may.
 */
function dashedLinksAt(c: Cursor, lead: string): number {
  if (!endsSentence(lead) || lead.endsWith(':')) return 0;
  let k = c.i;
  while (k < c.end && DASHED_HEADLINE.test((c.lines[k] as Line).text) && !endsSentence((c.lines[k] as Line).text)) k++;
  return k - c.i >= MIN_DASHED_LINKS ? k - c.i : 0;
}

