/**
 * Author names from bylines and end signatures.
 *
 *   "Vũ Ba"                                  → ["Vũ Ba"]
 *   "NHẬT XUÂN"                              → ["NHẬT XUÂN"]
 *   "(TTXVN/Vietnam+)"                       → ["TTXVN/Vietnam+"]
 *   "Theo Chí Kiên (Báo điện tử Chính Phủ)"  → ["Chí Kiên"]
 *   "Theo Hải Minh /VGP"                     → ["Hải Minh"]
 *   "Văn Giang (Theo Sputnik)"               → ["Văn Giang"]
 *   "Bài và ảnh: Minh Anh"                   → ["Minh Anh"]
 *   "Nguyễn Văn A - Trần Thị B"              → ["Nguyễn Văn A", "Trần Thị B"]
 *   "Ban Thời sự", "Nhóm PV", "PV"           → as printed
 */
import { withInitialsDot } from './credit.js';
import { foldKey, foldedSet, inCapitals } from './fold.js';
import { sectionParts, withoutTrailingDash } from './patterns.js';
import { AGENCY_NAMES, DESK_HEADS, OFFICE_HEADS } from './vocabulary.js';

const AGENCIES = foldedSet(AGENCY_NAMES);
const DESKS = foldedSet(DESK_HEADS);
/** An office's name (OFFICE_HEADS) is at most this many words, its second one capitalised: "Cục Y tế dự phòng". */
const MAX_OFFICE_WORDS = 6;

/**
 * Labels that introduce a byline: "Bài và ảnh:", "Tin, ảnh:", "Tác giả:", "Theo", "Bởi", and BBC's
 * "Tác giả, Đinh Đức Hùng"; CMS exports' "Người viết:", "Tổng hợp:", "Biên tập:", "Bút ký:", "Đăng
 * bởi:", and a genre's "của" ("Ghi chép của Thanh Hà", "Bút ký của …"). With no colon, "Tổng hợp"
 * opens prose ("Tổng hợp các ý kiến …"), and the name must follow the label for the line to sign.
 * The joining word takes the spaces before it (`(?:\s*và)?\s*`, not `\s*(?:và)?\s*`: two
 * loops over the same spaces are quadratic on a long run of them). Exported for the tests.
 */
export const LEAD_LABEL =
  /^(?:(?:bài|tin)(?:\s*(?:và|,|&|\+|-))?\s*ảnh|bài|tác giả|người viết|phóng viên|pv|btv|ctv|biên tập viên|cộng tác viên|nhóm pv|nhóm phóng viên|nhóm thực hiện|nhóm tác giả|ghi chép|bút ký|tổng hợp|biên tập|thực hiện|tin|theo|đăng bởi|người đăng)\s*:\s*|^(?:theo|(?:đăng\s)?bởi|by)\s+|^tác giả, |^(?:ghi chép|bút ký|tùy bút|tuỳ bút|ký sự|phóng sự)\scủa\s+/iu;
/** An outlet named as the source: "Báo và PTTH Tuyên Quang", "Báo điện tử Chính phủ", "Đài PT-TH Hà Nội". */
export const OUTLET_NAME = /^(?:báo|tạp chí|đài|cổng (?:ttđt|thông tin)|trang (?:tin|thông tin)|thông tấn xã|truyền hình|kênh)\s(?!cáo\b)/iu;
/** An outlet name is at most this many words. */
const MAX_OUTLET_WORDS = 8;
/** A paper's online edition after its name: "Nhân Dân điện tử", "Tuổi Trẻ Online". */
const ONLINE_EDITION = / (?:điện tử|online)$/iu;
/** "Theo" opens a byline: "Theo TTXVN", "Theo Chí Kiên (Báo điện tử Chính Phủ)". */
const THEO = /^theo\s+/iu;
/**
 * Trailing notes that are not part of the name: "(tổng hợp)", "(Theo Sputnik)", "(Báo điện tử Chính Phủ)", "/VGP",
 * an outlet after a bar or a dash ("Vũ Ba | Báo Tin Nhanh", "Vũ Ba - Báo Tin Nhanh": the paper, not a second writer). (Glued to the name, "Thi Uyên/VOV.VN" signs as printed.)
 * The spaces before a note are taken from the start of their run only (`(?<!\s)`): tried
 * from every position of a long run, they were quadratic. Exported for the tests.
 */
export const TRAILING_NOTE =
  /(?<!\s)\s*\([^()]{1,80}\)\s*$|(?<!\s)\s+\/\s*[^\s/()]{2,20}$|(?<!\s) [|–-] (?:[Bb]áo|[Tt]ạp chí|[Đđ]ài|[Tt]ruyền hình|[Tt]hông tấn xã) [^|–]{2,60}$/u;
/**
 * Two or more authors: "A - B", "A | B" (VietNamNet's signature), "A, B", "A và B", "A; B".
 * Spaces before the separator are taken from the start of their run only (`(?<!\s)`), as a
 * search tried from every position of a long run of spaces was quadratic; a comma right
 * after the previous separator's spaces ("A - , B") still splits. Exported for the tests.
 */
/** A dash glued between a lower-case letter and a capital: "Quang Bình-Thanh La" (not "Jae-in", "Ả-rập"). */
const GLUED_DASH = /(?<=\p{Ll})-(?=\p{Lu})/u;
export const AUTHOR_SEPARATOR = /(?<!\s)\s+(?:[-–|]|và)\s+|(?:(?<!\s)\s+)?[,;]\s*/u;
/** Punctuation closing a name ("Vũ Ba."), matched from the start of its run only (see AUTHOR_SEPARATOR). */
export const TRAILING_PUNCTUATION = /(?<![.,;:])[.,;:]+$/u;

/*
 * Name syllables are checked with case mapping rather than \p{Lu}/\p{Ll} classes:
 * same answer for letters, and no large Unicode tables to compile at start-up.
 */
const isLetters = (s: string): boolean => s !== '' && s.toLowerCase() !== s.toUpperCase() && !/[\s\d.,;:!?()[\]{}"'“”‘’/\\|+&@#%*=<>_~^$-]/u.test(s);

/** A syllable of a name: capitalised ("Ba") or all capitals ("XUÂN"), letters only. */
function isNameWord(w: string): boolean {
  if (!isLetters(w) || !inCapitals(w.charAt(0))) return false;
  const rest = w.slice(1);
  return rest === rest.toLowerCase() || (w === w.toUpperCase() && w.length >= 2);
}

/** Initials as bylines print them: "Q.Anh", "N.V.HÙNG", "T." ("T. Hà" is two words). */
function isInitialsWord(w: string): boolean {
  const parts = w.split('.');
  const last = parts.pop() ?? '';
  if (parts.length < 1 || parts.length > 3 || !parts.every((p) => p.length === 1 && inCapitals(p))) return false;
  return last === '' || isNameWord(last);
}

/** True for a person's name as printed: 2–5 capitalised syllables ("Vũ Ba", "NHẬT XUÂN", "Q.Anh"). */
export function isPersonName(s: string): boolean {
  if (s.length > 40) return false;
  const words = s.split(' ');
  if (words.length === 1) return isInitialsWord(s) && s.replace(/\./gu, '').length >= 2;
  return words.length <= 5 && words.every((w) => isNameWord(w) || isInitialsWord(w));
}

/** Top-level domains of outlets named by their address ("VOV.VN", "Vietnamnet.vn"). */
const OUTLET_DOMAINS = new Set(['vn', 'com', 'net', 'org', 'info']);

/** An outlet named by its web address: letters and digits in parts joined by dots, a known ending. */
function isOutletAddress(s: string): boolean {
  const parts = s.toLowerCase().split('.');
  return parts.length >= 2 && OUTLET_DOMAINS.has(parts.at(-1)!) && parts.every((p) => p !== '' && isLetters(p.replace(/[\d-]/gu, 'a')));
}

/** A broadcaster's numbered channel signing a clip or a piece: "VTC14", "VTV24", "HTV9", "VOV1", "THVL1". */
const CHANNEL = /^(?:VTV|VTC|HTV|VOV|THVL|ANTV|QPVN)\d{1,2}$/u;

/** An outlet's name as one part of an agency's credit: "Báo ảnh Dân tộc và Miền núi" in ".../TTXVN". */
function isOutletPart(p: string): boolean {
  return OUTLET_NAME.test(p) && p.split(' ').length <= MAX_OUTLET_WORDS;
}

function isAgency(s: string): boolean {
  if (AGENCIES.has(foldKey(s)) || CHANNEL.test(s)) return true;
  const parts = s.split('/').map((p) => p.trim());
  if (parts.length < 2) return false;
  // "Báo ảnh Dân tộc và Miền núi/TTXVN": an outlet's name counts beside a known agency, or after the
  // writer's name ("Thanh Hà/Báo Tin tức": the writer and the paper, as "Thi Uyên/VOV.VN" signs).
  if (isWriterAndOutlet(parts)) return true;
  const agency = parts.some((p) => AGENCIES.has(foldKey(p)));
  return parts.every((p) => AGENCIES.has(foldKey(p)) || isOutletAddress(p) || isPersonName(p) || (agency && isOutletPart(p)));
}

/** A writer's name, then the outlet or agency they write for: "Thanh Hà/Báo Tin tức", "Thi Uyên/VOV.VN", "Thống Nhất/TTXVN". */
function isWriterAndOutlet(parts: readonly string[]): boolean {
  if (parts.length !== 2) return false;
  const [writer, outlet] = parts as [string, string];
  const paper = OUTLET_NAME.test(outlet) && outlet.split(' ').length <= MAX_WRITERS_OUTLET_WORDS;
  return isPersonName(writer) && (paper || isOutletAddress(outlet) || AGENCIES.has(foldKey(outlet)) || isAgencyBureau(outlet));
}

/** An agency's regional bureau: "VOV-Miền Trung", "VOV - Tây Bắc", "TTXVN-Cần Thơ" (the agency, a dash, a place of one to three words). */
const AGENCY_BUREAU = /^([^\s/-]{2,12}) ?- ?\p{Lu}\p{Ll}*(?: \p{Lu}\p{Ll}*){0,2}$/u;

function isAgencyBureau(s: string): boolean {
  const agency = AGENCY_BUREAU.exec(s)?.[1];
  return agency !== undefined && AGENCIES.has(foldKey(agency));
}

/** The outlet's name after a writer's is short ("Báo Quân đội nhân dân"): longer, the line goes on as a sentence. */
const MAX_WRITERS_OUTLET_WORDS = 6;

/**
 * The key two spellings of one author share: "Ngọc Anh/VOV.VN" in the byline and "Ngọc Anh" signing
 * at the end are one writer, the outlet after the slash apart.
 */
function authorKey(name: string): string {
  const parts = name.split('/').map((p) => p.trim());
  return foldKey(isWriterAndOutlet(parts) ? (parts[0] as string) : name);
}

/** "Ban Thời sự", "Nhóm phóng viên": a desk head followed by a short label. */
function isDesk(s: string): boolean {
  const words = s.split(' ');
  if (words.length <= MAX_OFFICE_WORDS && isOffice(s)) return true;
  if (words.length < 2 || !DESKS.has(foldKey(words[0] ?? ''))) return false;
  if (words.length <= 4 && /^\p{Lu}/u.test(words[1] ?? '')) return true;
  // "Ban Văn hóa - Xã hội", "Ban Kinh tế - Tài chính": a desk named for two or three fields, as sections are
  // (a writer's name after the dash is a second author: "Ban Thời sự - Minh Anh").
  const parts = sectionParts(words.slice(1).join(' '));
  return parts.length >= 2 && parts.length <= MAX_DESK_FIELDS && parts.every((p) => p.split(' ').length <= MAX_DESK_FIELD_WORDS && /^\p{Lu}/u.test(p) && !isPersonName(p));
}
/** An office's name: its head (OFFICE_HEADS), then a capitalised word ("Cục Y tế dự phòng", "Văn phòng Bộ"). */
function isOffice(s: string): boolean {
  const head = OFFICE_HEADS.find((h) => s.startsWith(`${h} `));
  return head !== undefined && /^\p{Lu}/u.test(s.slice(head.length + 1));
}
/** A desk named for several fields names at most this many, of at most this many words each. */
const MAX_DESK_FIELDS = 3;
const MAX_DESK_FIELD_WORDS = 3;

/** A degree before a writer's name: "TS. Nguyễn Văn A", "ThS. Phạm Quang Huy", "PGS.TS Lê B"; a guest writer's profession (PROFESSION): "Luật sư Nguyễn Văn An". */
const DEGREE = /^(?:PGS\.\s?TS|GS\.\s?TS|GS|PGS|TS|ThS|NCS|BS|KS|LS)\.?\s(?=\p{Lu})/u;
/**
 * The same spelled out, or a profession, or a reader writing in ("Bạn đọc Lê Minh Tuấn"): then the name
 * is a full one, three words at least ("Luật sư Hà Nội", "Bạn đọc Hà Nội" are no writers).
 */
const PROFESSION = /^(?:[Tt]iến sĩ|[Tt]hạc sĩ|[Ll]uật sư|[Bb]ác sĩ|[Kk]ỹ sư|[Nn]hà báo|[Nn]hà văn|[Nn]hà thơ|[Nn]hà nghiên cứu|[Bb]ạn đọc)\s(?=\p{Lu}\S*\s\S+\s\S)/u;
/** What a writer did, after the name: "Vân Anh thực hiện", "Minh Đức tổng hợp". */
const ROLE_AFTER = /\s(?:thực hiện|ghi|ghi chép|tổng hợp|lược dịch|biên dịch|biên soạn)$/iu;
/** The writer's job after the name: "Trà Mi, phóng viên đài RFA". */
const JOB_AFTER = /,\s?(?:phóng viên|biên tập viên|cộng tác viên|PV|CTV)\s[^,]{1,40}$/u;

/**
 * The writer's unit after the name, an abbreviation in capitals and at most three words in lower
 * case: "Phùng Vị – HND tỉnh" (the provincial farmers' association). Tried only when the line
 * reads as no list of authors ("Minh Anh - TTXVN" names two).
 */
const UNIT_AFTER = /\s[-–]\s\p{Lu}{2,}(?:\s\p{Ll}+){0,3}$/u;

/**
 * A reporter's or editor's label glued before the name, with no colon: "PV Thanh Hà", "BTV Minh Anh",
 * "Phóng viên Thanh Hà". The label is the writer's job, not part of the name; alone ("PV") it signs.
 * Case-sensitive, so that the capital after it is a name's (see authorOf).
 */
const REPORTER_BEFORE = /^(?:PV|BTV|CTV|[Pp]hóng viên|PHÓNG VIÊN|[Bb]iên tập viên|BIÊN TẬP VIÊN|[Cc]ộng tác viên|CỘNG TÁC VIÊN)\s(?=\p{Lu})/u;

/**
 * A group of reporters of a desk or an outlet: "Nhóm phóng viên Ban Kinh tế", "Nhóm PV Báo Nông nghiệp".
 * Signs whole, as "Nhóm PV" alone does.
 */
const REPORTER_GROUP = /^(?:nhóm|tổ)\s(?:phóng viên|pv)\s/iu;

function isReporterGroup(s: string): boolean {
  const m = REPORTER_GROUP.exec(s);
  if (!m) return false;
  const rest = s.slice(m[0].length);
  return isDesk(rest) || isOutletPart(rest) || AGENCIES.has(foldKey(rest));
}

/** One author as printed, or null when the piece is not a name. Initials keep their last full stop ("N.H."), as credits do. */
function authorOf(piece: string): string | null {
  const trimmed = piece.trim();
  const s = withInitialsDot(trimmed.replace(TRAILING_PUNCTUATION, ''), trimmed).replace(DEGREE, '').replace(PROFESSION, '');
  if (s === '') return null;
  // "PV Thanh Hà", "BTV Hà", "PV Thanh Hà/VOV.VN": the name after the label, one syllable or more, with
  // the writer's outlet if printed ("PV" alone is kept whole below).
  const label = REPORTER_BEFORE.exec(s);
  if (label) {
    const name = s.slice(label[0].length).replace(DEGREE, '');
    if (isPersonName(name) || (!name.includes(' ') && isNameWord(name)) || isWriterAndOutlet(name.split('/').map((p) => p.trim()))) return name;
  }
  if (isPersonName(s) || isAgency(s) || isDesk(s) || isReporterGroup(s)) return s;
  return null;
}

/**
 * The line without a photographer's credit after the writer: "Hà Linh/ Ảnh: Hưng Nguyễn"
 * (VTV's byline), "Minh Anh - Ảnh: Tuấn". The photographer did not write the text.
 */
function withoutPhotoCredit(s: string): string {
  const at = s.toLowerCase().lastIndexOf('ảnh:');
  if (at <= 0) return s;
  const before = s.slice(0, at).trimEnd();
  const separator = before.at(-1);
  if (separator !== '/' && separator !== ',' && separator !== '-' && separator !== '–') return s;
  return before.slice(0, -1).trimEnd();
}

/** The end mark some papers print glued to the signature: "Vũ Ba./.", "Vũ Ba /.". */
const END_MARK = /(?<=\S)\s?\.?\/\.$/u;

/**
 * The authors a byline or signature line names, or null when the line is not
 * a byline (then it is prose, a title or something else).
 */
export function authorsOfLine(line: string): string[] | null {
  // "Vân Anh thực hiện |", "Minh Nhật ,": a separator left at the end (Kenh14 prints the comma before the time it dropped).
  let s = line.trim().replace(/\s[|,]$/u, '').replace(END_MARK, '');
  if (s.length > 90 || s === '') return null;
  if (/^\(([^()]+)\)$/u.test(s)) s = s.slice(1, -1).trim();
  const cited = THEO.test(s);
  s = withoutPhotoCredit(s.replace(LEAD_LABEL, '')).replace(ROLE_AFTER, '').replace(JOB_AFTER, '');
  // "Theo Báo và PTTH Tuyên Quang": a cited outlet is the author, whole.
  if (cited && OUTLET_NAME.test(s) && s.split(' ').length <= MAX_OUTLET_WORDS && !/[.!?…]$/u.test(s)) return [s];
  // "Theo Reuters", "Theo Zing": one capitalised word after "Theo" names an agency.
  if (cited && /^(?:\p{Lu}[\p{L}\d.+-]*)$/u.test(s)) return [s];
  // "Theo vtv.vn", "Theo Nhân Dân điện tử": an outlet's address, or a known outlet's online edition.
  if (cited && (isOutletAddress(s) || AGENCIES.has(foldKey(s.replace(ONLINE_EDITION, ''))))) return [s];
  // "Theo Kinh tế & Đô thị": a paper's title of two names joined by "&".
  if (cited && isAmpersandTitle(s)) return [s];
  if (cited) s = withoutCitedOutlet(s);
  for (let i = 0; i < 2; i++) s = s.replace(TRAILING_NOTE, '');
  // "PV / (TTXVN/Vietnam+)": the slash or bar before the note stays behind it.
  s = withoutTrailingDash(s.replace(LEAD_LABEL, '').trim().replace(/ [/|]$/u, ''));
  if (s === '') return null;
  const whole = authorOf(s);
  if (whole) return [whole];
  const pieces = s.split(AUTHOR_SEPARATOR);
  const names = pieces.map(authorOf);
  if (pieces.length >= 2 && names.every((n): n is string => n !== null)) return names;
  // "Quang Bình-Thanh La": two writers joined by a dash with no spaces, each a name.
  const glued = s.includes('-') ? s.split(GLUED_DASH).map(authorOf) : [];
  if (glued.length >= 2 && glued.every((n): n is string => n !== null && isPersonName(n))) return glued;
  const unit = UNIT_AFTER.exec(s);
  const writer = unit ? authorOf(s.slice(0, unit.index)) : null;
  return writer ? [writer] : null;
}

/** An outlet's brand in capitalised words that could pass for a name: "VTC News", "Kênh14 Online", "Soha.vn". */
const OUTLET_BRAND_END = /\s(?:News|Online|TV|Media)$|\.(?:vn|com|net)$/iu;
/** What follows the bar of a cited writer's line: an outlet's name, short, opening with a capital, not ending as a sentence. */
const CITED_OUTLET_AFTER_BAR = /^\p{Lu}[^!?…|]{0,59}[^.!?…|\s]$/u;

/**
 * "Theo Hà Linh | Nhịp sống thị trường" (CafeF's, Soha's signature): a writer cited with "Theo", then
 * after a bar the outlet the piece was taken from, which is no person's name: the line without it.
 * Two names after "Theo" ("Theo Thanh Hùng | Nguyễn Huế") stay two writers.
 */
function withoutCitedOutlet(s: string): string {
  const bar = s.lastIndexOf(' | ');
  if (bar <= 0) return s;
  const after = s.slice(bar + 3).trim();
  if (!CITED_OUTLET_AFTER_BAR.test(after) || after.split(' ').length > MAX_OUTLET_WORDS) return s;
  if (isPersonName(after) && !OUTLET_BRAND_END.test(after) && !AGENCIES.has(foldKey(after))) return s;
  return s.slice(0, bar);
}

/** Reporter labels that sign a piece themselves ("PV", "Nhóm PV"), though listed with the agencies. */
const REPORTER_LABELS = foldedSet(['PV', 'Nhóm PV', 'Nhóm phóng viên', 'Phóng viên', 'BTV', 'CTV', 'PV/VOV']);
/** A reporter's label that signs alone ("PV", "Nhóm PV"). */
export const isReporterLabel = (s: string): boolean => REPORTER_LABELS.has(foldKey(s.trim()));

/**
 * An outlet or agency alone on a line, naming no person and no reporter: "VietNamNet", "(TTXVN)",
 * "Baochinhphu.vn". Under a writer's signature ("Theo Thanh Hảo" / "VietNamNet") it is the outlet
 * that first ran the piece, as "Thanh Hảo (VietNamNet)" would print it, not a second author.
 */
export function isOutletCredit(line: string): boolean {
  let s = line.trim();
  if (/^\([^()]+\)$/u.test(s)) s = s.slice(1, -1).trim();
  if (s.length > 40 || s === '' || isPersonName(s) || REPORTER_LABELS.has(foldKey(s))) return false;
  return AGENCIES.has(foldKey(s)) || isOutletAddress(s);
}

/**
 * An outlet or agency cited alone, "Theo" before it: "Theo TTXVN", "Theo Báo Hà Nội Mới", "Theo vtv.vn".
 * Alone at the end it signs the piece (authorsOfLine); under a writer's name it is where the piece
 * first ran, as isOutletCredit's lines are. A person cited so ("Theo Thanh Hảo") is none.
 */
export function isCitedOutlet(line: string): boolean {
  const s = line.trim();
  if (s.length > 60 || !THEO.test(s)) return false;
  const rest = s.replace(THEO, '').replace(/[.]$/u, '');
  return AGENCIES.has(foldKey(rest)) || isOutletAddress(rest) || isOutletPart(rest) || isAmpersandTitle(rest);
}

/** A part of a title joined by "&": a capital, at most MAX_AMPERSAND_PART_WORDS words, no sentence mark. */
const AMPERSAND_PART = /^\p{Lu}[\p{L}.]*(?: [\p{L}.]+){0,3}$/u;

/**
 * A paper's title of two names joined by "&" ("Kinh tế & Đô thị", "Sức khỏe & Đời sống", "Khoa học &
 * Phát triển"), neither half a person's name.
 */
function isAmpersandTitle(s: string): boolean {
  const at = s.indexOf(' & ');
  if (at === -1) return false;
  const before = s.slice(0, at);
  const after = s.slice(at + 3);
  // Two writers joined so ("Minh Anh & Thu Hà") are names: no title.
  return AMPERSAND_PART.test(before) && AMPERSAND_PART.test(after) && !isPersonName(before) && !isPersonName(after);
}

/** Merge author lists, keeping the first spelling of each name. */
export function mergeAuthors(...lists: string[][]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const list of lists) {
    for (const name of list) {
      const key = authorKey(name);
      if (!seen.has(key)) {
        seen.add(key);
        out.push(name);
      }
    }
  }
  return out;
}
