/**
 * Which titles belong to which name, read off a block's units. Each pattern is one
 * function below, with a real sentence it handles. A title goes to a name only
 * through one of them; a name with no title is not an official.
 */
import type { Unit } from './units.js';

export interface Claim {
  /** Index of the name unit (or of a pronoun unit, "Ông là …", which people.ts resolves). */
  unit: number;
  titles: string[];
}

type NameUnit = Extract<Unit, { kind: 'name' }>;
type TitleUnit = Extract<Unit, { kind: 'title' }>;

const SENTENCE_END = new Set(['.', '!', '?']);
const AFTER_NAME = new Set([',', '-', '–', '(']);
const DASHES = new Set(['-', '–']);
/** What may follow a title that ends an entry of a biography. */
const ENTRY_END = new Set([';', '.', ',']);

const isName = (u: Unit | undefined): u is NameUnit => u?.kind === 'name';
const isTitle = (u: Unit | undefined): u is TitleUnit => u?.kind === 'title';
const isMark = (u: Unit | undefined, marks: ReadonlySet<string> | string): boolean =>
  u?.kind === 'mark' && (typeof marks === 'string' ? u.text === marks : marks.has(u.text));
const isCue = (u: Unit | undefined, cue: string): boolean => u?.kind === 'cue' && u.cue === cue;
/** A former post: "nguyên Bộ trưởng …", "cựu Giám đốc …" (units.ts keeps the word in the title). */
const FORMER_TEXT = /^(?:nguyên|cựu)\s/iu;
const isFormer = (u: TitleUnit): boolean => FORMER_TEXT.test(u.text);

/**
 * "Đồng chí Trần Cẩm Tú, Ủy viên Bộ Chính trị, Thường trực Ban Bí thư, Trưởng Đoàn
 * kiểm tra chủ trì …"; "Ông Tống Anh Linh - Giám đốc tài chính …"; "X (Bí thư …)";
 * "ông X là giám đốc …"; "Ông Lê Hồng Minh - tân Phó Chủ tịch tỉnh Sơn La". A title
 * right before another name is that name's ("…, Thủ tướng Hà Lan Mark Rutte").
 */
function titlesAfter(units: readonly Unit[], u: number): number[] {
  const found: number[] = [];
  let v = u + 1;
  /** The chain opened with a dash: "X - T1 - T2 - T3" goes on at each dash. */
  const dashed = isMark(units[v], DASHES);
  // "Bị can X (SN 1960, trú tại xã Y), nguyên Chủ tịch UBND huyện": an aside in brackets right after the
  // name; "X (SN 1960), trú tại phường Y, TP Z (nguyên Chủ tịch …)": a place of residence, then the title in brackets.
  if (isMark(units[v], '(')) v = pastPlainAside(units, v);
  else v = pastResidence(units, v);
  if (handedOn(units, v + 1)) return found;
  for (;;) {
    // "Phó Chủ tịch Hội đồng Bộ trưởng (nay là Phó Thủ tướng Chính phủ), Tư lệnh …": an aside in
    // brackets between two titles of the chain is passed over.
    if (found.length > 0 && isMark(units[v], '(')) v = pastAside(units, v);
    const sep = units[v];
    const first = found.length === 0;
    // How many units separate the title from what came before: "là:" two, "," one, and none
    // before a former post ("Bị can Nguyễn Chiến Thắng cựu Giám đốc Ban Quản lý …").
    let gap: number;
    if (first && isCue(sep, 'is') && isMark(units[v + 1], ':')) gap = 2;
    else if (first && (isMark(sep, AFTER_NAME) || isCue(sep, 'is'))) gap = 1;
    else if (first && isTitle(sep) && isFormer(sep)) gap = 0;
    // "bầu bổ sung ông X, Phó Bí thư Tỉnh ủy là Chủ tịch UBND tỉnh": "là" goes on the chain too.
    else if (!first && (isMark(sep, ',') || isMark(sep, ';') || isCue(sep, 'and') || isCue(sep, 'also') || isCue(sep, 'is') || (dashed && isMark(sep, DASHES)))) gap = 1;
    // "X, Phó Chủ tịch - Tổng Thư ký …": a post printed as two joined by a dash, the chain opened with a comma.
    else if (!first && isMark(sep, DASHES) && isMark(units[found[found.length - 1]! - 1], ',')) gap = 1;
    // "bà X (Phó bí thư thường trực) - Chủ tịch HĐND tỉnh": the chain goes on past the bracket.
    else if (!first && isMark(sep, ')') && isMark(units[v + 1], DASHES)) gap = 2;
    else break;
    v += gap;
    while (isCue(units[v], 'also') || isCue(units[v], 'new') || isCue(units[v], 'is')) v++;
    const title = units[v];
    if (!isTitle(title) || isName(units[v + 1]) || namesNext(units, v + 1)) break;
    // After "; " only a whole entry of a biography goes on the chain ("là Ủy viên T.Ư Đảng khóa X,
    // XI, XII; Chủ tịch Tập đoàn Dầu khí Việt Nam (2005 - 2011); Bộ trưởng Bộ GTVT"), not the start
    // of the next clause ("…, Thứ trưởng Bộ Ngoại giao; Đại sứ bậc một cho các đồng chí …").
    if (isMark(sep, ';') && !(units[v + 1] === undefined || isMark(units[v + 1], ENTRY_END))) break;
    found.push(v);
    v++;
  }
  return found;
}

/**
 * Past the bracket opening at v when it holds plain words and marks only, in parts set off by commas
 * (no title: "X (T), …" is X's), and a comma follows; else v. Not before a title with an aside of its own: "Tổng thống George Bush (năm
 * 2006), Tổng thống Obama (năm 2016)" is a list of items, each a title, a name and an aside.
 */
function pastPlainAside(units: readonly Unit[], v: number): number {
  const c = pastAside(units, v);
  if (c === v || isMark(units[c + 2], '(')) return v;
  // Of several parts ("SN 1960, trú tại …"): one part alone may be a count, not about the person ("X (12 người), T").
  let parts = false;
  for (let k = v + 1; k < c - 1; k++) {
    if (units[k]!.kind !== 'word' && units[k]!.kind !== 'mark') return v;
    parts ||= isMark(units[k], ',');
  }
  return parts ? c : v;
}

/** Most units of a place of residence between a name and its title in brackets (pastResidence). */
const MAX_RESIDENCE = 8;

/**
 * From the comma at v after a name: plain words, commas and dots only ("…, trú tại phường Đông Hải,
 * Tp.Thanh Hóa"), then a bracket that opens with a title ("(T)", "(T1, T2, …)"): the bracket's index; else v.
 */
function pastResidence(units: readonly Unit[], v: number): number {
  if (!isMark(units[v], ',') || units[v + 1]?.kind !== 'word') return v;
  for (let k = v + 2; k < v + MAX_RESIDENCE && k < units.length; k++) {
    const unit = units[k]!;
    if (isMark(unit, '(')) return isTitle(units[k + 1]) && (isMark(units[k + 2], ')') || isMark(units[k + 2], ',')) ? k : v;
    if (unit.kind !== 'word' && !isMark(unit, ',') && !isMark(unit, '.')) return v;
  }
  return v;
}

/** Most units inside an aside in brackets between two titles of a chain. */
const MAX_ASIDE = 6;

/** The bracket that opens the short aside closing at c (no name inside), or -1. */
function asideOpening(units: readonly Unit[], c: number): number {
  for (let v = c - 1; v >= c - MAX_ASIDE && v >= 0; v--) {
    if (isMark(units[v], ')') || isName(units[v])) return -1;
    if (isMark(units[v], '(')) return v;
  }
  return -1;
}

/** The bracket that closes the short aside opening at v (no name inside), or -1. */
function asideClosing(units: readonly Unit[], v: number): number {
  for (let c = v + 1; c <= v + MAX_ASIDE && c < units.length; c++) {
    if (isMark(units[c], '(') || isName(units[c])) return -1;
    if (isMark(units[c], ')')) return c;
  }
  return -1;
}

/** Past the bracket opening at v, when it closes soon with a comma after it; else v. */
function pastAside(units: readonly Unit[], v: number): number {
  const c = asideClosing(units, v);
  return c > 0 && isMark(units[c + 1], ',') ? c + 1 : v;
}

/** "… là [Thượng tướng] Ngô Xuân Lịch" at v: the title before it is that name's, not an earlier one's. */
function namesNext(units: readonly Unit[], v: number): boolean {
  if (!isCue(units[v], 'is')) return false;
  return isName(units[v + 1]) || (isTitle(units[v + 1]) && isName(units[v + 2]));
}

/**
 * A membership ("Ủy viên Bộ Chính trị") after "của" is no office named as someone's owner ("thừa ủy quyền của
 * Chủ tịch nước, …"): it opens the chain of the name after it ("lời chúc mừng của Ủy viên Bộ Chính trị, Bộ
 * trưởng Ngoại giao Trung Quốc Vương Nghị").
 */
const MEMBERSHIP_TEXT = /^(?:ủy|uỷ) viên\s/iu;
const isMembership = (u: TitleUnit): boolean => MEMBERSHIP_TEXT.test(u.text);

const endsWithCountry = (u: Unit | undefined): boolean => isTitle(u) && u.title.country;

/**
 * Is the title at t, ending with its country, the next name's: "T (country), Y" where Y carries no title
 * after it ("Thứ trưởng Ngoại giao Nhật Bản, M. Yabunaka, Trợ lý Ngoại trưởng Trung Quốc, Hà Á Phi và …")?
 * Not in a list whose titles follow the names ("X, Bộ trưởng Ngoại giao Việt Nam, Y, Thứ trưởng …").
 */
function countryTitleOfNext(units: readonly Unit[], t: number): boolean {
  return endsWithCountry(units[t]) && isMark(units[t + 1], ',') && isName(units[t + 2]) && !(isMark(units[t + 3], AFTER_NAME) && isTitle(units[t + 4]));
}
const commaTitle = (u: Unit | undefined): boolean => isTitle(u) && u.title.capitalised && !u.afterOf;

/** Most titles in a run handed on to the next name (runsIntoName): the look-ahead stays short on any line. */
const MAX_HANDED_ON = 6;

/**
 * Does the run of titles "T1, T2, …, Tn" from v end right before a name ("…, Chủ tịch nước Trung Quốc Tập
 * Cận Bình") that carries no titles after it? ("Hạ nghị sỹ X, Chủ tịch Hạ viện, Hạ nghị sĩ Y, Chủ tịch Ủy
 * ban Đối ngoại": each name's titles after it, the rank before.)
 */
function runsIntoName(units: readonly Unit[], v: number): boolean {
  for (let k = v; isTitle(units[k]) && k < v + 2 * MAX_HANDED_ON; k += 2) {
    if (isName(units[k + 1])) return !(isMark(units[k + 2], AFTER_NAME) && isTitle(units[k + 3]));
    // "T0 X, T1 (country), Y": the comma between a title ending with its country and the name.
    if (countryTitleOfNext(units, k)) return true;
    if (!isMark(units[k + 1], ',')) return false;
  }
  return false;
}

/**
 * Is the run of titles from v, after "T0 X,", the next name's? "Chủ tịch nước Lương Cường, Tổng Bí thư, Chủ
 * tịch nước Trung Quốc Tập Cận Bình": with a title before X, the titles of the list come before the names,
 * so a run that ends right before a name is all that name's.
 */
function handedOn(units: readonly Unit[], v: number): boolean {
  // "T0, X, T1 (country), Y": the first title set off by a comma too.
  return isMark(units[v - 1], ',') && isName(units[v - 2]) && (isTitle(units[v - 3]) || (isMark(units[v - 3], ',') && endsWithCountry(units[v - 4]))) && runsIntoName(units, v);
}

/** Is the title at t the end of a chain "X, T1, T2, …, T" after an earlier name (or owned before)? */
function chainOfName(units: readonly Unit[], t: number): boolean {
  const v = chainStart(units, t);
  if (handedOn(units, v)) return false;
  return ownedBefore(units, v) || (isMark(units[v - 1], AFTER_NAME) && isName(units[v - 2]));
}

/** The first title of the chain "T1, T2, …" that ends with the title at t. */
function chainStart(units: readonly Unit[], t: number): number {
  let v = t;
  for (;;) {
    if (isMark(units[v - 1], ',') && isTitle(units[v - 2])) v -= 2;
    // "bà X (Phó bí thư thường trực) - Chủ tịch HĐND tỉnh": a bracketed title in the chain.
    else if (isMark(units[v - 1], AFTER_NAME) && isMark(units[v - 2], ')') && isTitle(units[v - 3]) && isMark(units[v - 4], '(')) v -= 4;
    else return v;
  }
}

/** The name at u, or the name whose chain of titles ends at u ("X, T1, T2"); -1 when neither. */
function chainOwner(units: readonly Unit[], u: number): number {
  if (isName(units[u])) return u;
  if (!isTitle(units[u])) return -1;
  const v = chainStart(units, u);
  return isMark(units[v - 1], AFTER_NAME) && isName(units[v - 2]) ? v - 2 : -1;
}

/** Does the title at t lead somewhere else (an earlier name, or a role cue)? */
function ownedBefore(units: readonly Unit[], t: number): boolean {
  const before = units[t - 1];
  if (isName(before)) return true;
  if (before?.kind === 'cue' && before.cue !== 'and' && before.cue !== 'also' && before.cue !== 'new') return true;
  if (isMark(before, ',') && isName(units[t - 2])) return true;
  return false;
}

/**
 * "Thủ tướng Chính phủ Nguyễn Xuân Phúc"; "Phó thủ tướng, Bộ trưởng Bộ Ngoại giao Phạm
 * Bình Minh"; "Chủ tịch UBND tỉnh - ông Nguyễn Văn A"; "Phó Tổng thống, đồng thời là Chủ tịch Quốc hội và Chủ tịch Thượng viện
 * … Danilo Astori".
 */
function titlesBefore(units: readonly Unit[], u: number): number[] {
  const found: number[] = [];
  let t = u - 1;
  // "Đại sứ Mỹ tại Việt Nam - ông Daniel J. Kritenbrink", "Phó Chủ tịch UBND tỉnh - Lê Ô Pích":
  // a dash, then the name (a foreign one only with its honorific).
  // Not when a name before the title has it already ("Ông X - Giám đốc Sở - ông Y").
  const taken = (title: number): boolean => ownedBefore(units, title) || (isMark(units[title - 1], AFTER_NAME) && isName(units[title - 2]));
  const name = units[u] as NameUnit;
  // "Vụ trưởng Vụ Báo chí Xuất bản (Ban Tuyên giáo Trung ương) Tống Văn Thanh": the body's parent in
  // brackets between the title and the name.
  const opening = isMark(units[t], ')') ? asideOpening(units, t) : -1;
  if (opening > 0 && isTitle(units[opening - 1]) && !taken(opening - 1) && !chainOfName(units, opening - 1)) t = opening - 1;
  const dash = isMark(units[t], DASHES) && (name.honorific || !name.name.foreign);
  if (dash && isTitle(units[t - 1]) && !taken(t - 1)) t--;
  // "Chủ tịch UBND xã Quang Trung, ông Đỗ Văn Chuyên cho biết": a comma too, with the honorific
  // and a capitalised title that ends no chain of an earlier name ("ông A, T1, T2, bà B, T3").
  else if (isMark(units[t], ',') && name.honorific && commaTitle(units[t - 1]) && !chainOfName(units, t - 1)) t--;
  // "Đại sứ Vương quốc Anh, Gareth Ward": a foreign name after a comma, the title ending with its country.
  // That title alone: the titles before it are another clause's ("Sáng nay, tại Phủ Chủ tịch, Đại sứ Chile, Jaime …").
  // Also a name read in Vietnamese syllables, as Chinese names are printed: "Trợ lý Ngoại trưởng Trung Quốc, Hà Á Phi".
  else if (isMark(units[t], ',') && (name.name.foreign || countryTitleOfNext(units, t - 1)) && endsWithCountry(units[t - 1]) && !chainOfName(units, t - 1)) return [t - 1];
  if (!isTitle(units[t])) return found;
  found.push(t);
  for (;;) {
    let v = t - 1;
    // "Phó chủ tịch, kiêm Giám đốc chiến lược ANA Tomoji Ishii": a comma before the cue as well.
    if (isCue(units[v], 'also') && isMark(units[v - 1], ',') && isTitle(units[v - 2])) v--;
    // "T1 kiêm T2 X": the cue alone joins the two.
    const joinedByAlso = isCue(units[v], 'also') && isTitle(units[v - 1]);
    while (isCue(units[v], 'also') || isCue(units[v], 'is')) v--;
    // "Phó trưởng Ban Tuyên giáo Tỉnh ủy - Chủ tịch Hội Nhà báo tỉnh X": a dash joins the chain too.
    if (!joinedByAlso && !(isMark(units[v], ',') || isMark(units[v], DASHES) || isCue(units[v], 'and'))) break;
    if (!joinedByAlso) v--;
    while (isCue(units[v], 'also') || isCue(units[v], 'is')) v--;
    const title = units[v];
    // "Thừa ủy quyền của Chủ tịch nước, Phó Chủ nhiệm Văn phòng Chủ tịch nước X": the first is not X's.
    // "Thượng tướng X, Chủ nhiệm Tổng cục Chính trị và Thượng tướng Y": the title before "và" ends X's chain.
    // "trả lời chất vấn của các Đại biểu Quốc hội, Phó Thủ tướng X": many holders' title, not X's.
    if (!isTitle(title) || !title.title.capitalised || (title.afterOf && !isMembership(title)) || title.plural || chainOfName(units, v)) break;
    found.push(v);
    t = v;
  }
  return found.reverse();
}

/**
 * Appointments: "bổ nhiệm Thượng tướng Lê Huy Vịnh và Trung tướng Võ Minh Lương giữ
 * chức Thứ trưởng Bộ Quốc phòng"; "đồng chí Nguyễn Xuân Phúc được bầu làm Chủ tịch
 * nước …"; and approvals: "phê chuẩn kết quả bầu chức vụ Phó Chủ tịch UBND tỉnh Gia
 * Lai … đối với ông Đỗ Tiến Đông". Calls `give(nameUnit, titleUnit)`.
 */
function appointments(units: readonly Unit[], give: (name: number, title: number) => void): void {
  let pending: number[] = [];
  let appointed = false;
  let post = -1;
  /** Posts of the same clause before "và" and another post: "miễn nhiệm chức danh T1 và cho thôi làm nhiệm vụ T2 đối với X". */
  let earlier: number[] = [];
  let holders = false;
  /** Who took the last role of the sentence ("X được bổ nhiệm làm T1, sau đó kiêm nhiệm thêm T2"). */
  let lastHolders: number[] = [];
  /** The verb opened a list of clauses with a colon: "phê chuẩn kết quả bầu: T1 đối với ông X; T2 đối với ông Y". */
  let listed = false;
  for (let v = 0; v < units.length; v++) {
    const unit = units[v]!;
    if (isMark(unit, SENTENCE_END) || isMark(unit, ';')) {
      // A semicolon parts the clauses of a decision too ("miễn nhiệm … đối với bà X; bầu … đối với ông Y").
      listed &&= isMark(unit, ';');
      pending = [];
      appointed = listed;
      post = -1;
      earlier = [];
      holders = false;
      lastHolders = [];
    } else if (listed && isTitle(unit) && (isMark(units[v - 1], ':') || isMark(units[v - 1], ';')) && !isName(units[v + 1]) && holdersCueAhead(units, v + 1)) {
      // A clause of the list: its post, then "đối với" and the holders.
      post = v;
    } else if (isName(unit)) {
      // The subject of an aside with its own role ("(ông X sẽ trở lại đảm nhận chức vụ T)") is no holder of the clause's post.
      if (isCue(units[v + 2], 'role') && asideSubject(units, v + 2) === v) continue;
      pending.push(v);
      if (holders && post >= 0) for (const p of [...earlier, post]) give(v, p);
    } else if (isCue(unit, 'appoint')) {
      // Active ("bổ nhiệm ông X"): the names after it; passive ("X được bầu"): the subject before it.
      // A second verb of the same clause, with its role right after it, keeps the first one's
      // appointees: "điều động Đại tá X, T đến nhận công tác và bổ nhiệm giữ chức T2" (not "miễn nhiệm
      // chức vụ T1 đối với ông X và miễn nhiệm chức vụ T2 đối với ông Y").
      const passive = passiveAt(units, v);
      const again = appointed && isCue(units[v + 1], 'role');
      pending = passive >= 0 ? passiveSubject(units, passive, pending) : again ? pending : [];
      appointed = true;
      listed = isMark(units[v + 1], ':');
      // The post right after the verb: "X được bổ nhiệm chức vụ Thứ trưởng …" (the subject's), "bầu
      // Chủ tịch UBND tỉnh … đối với ông Y" (the holders'); not a rank before the appointee's name.
      let t = v + 1;
      if (isCue(units[t], 'post') || isCue(units[t], 'is')) t++;
      if (isTitle(units[t]) && !isName(units[t + 1])) {
        if (pending.length > 0) {
          for (const name of pending) for (const p of postsFrom(units, t)) give(name, p);
          pending = [];
        } else if (holdersCueAhead(units, t + 1)) {
          post = t;
        }
      }
    } else if (isCue(unit, 'role') && isTitle(units[roleTitle(units, v)]) && (appointed || roleOwner(units, v) >= 0)) {
      // Without an appointment, only the name right before, past the titles it carries: "… Phạm Đức
      // Luận làm Trưởng đoàn", "Đồng chí Âu Thế Thái, Phó Trưởng ban … làm Bí thư Huyện ủy Lâm Bình",
      // with the names listed with it: "Các ông A, B và C tiếp tục giữ chức Phó Chủ tịch UBND tỉnh".
      // A second role of the same sentence, with no other name before it, is the same appointee's: "X được bổ
      // nhiệm làm T1 …, sau đó kiêm nhiệm thêm các vị trí T2, T3".
      const own = asideSubject(units, v);
      const holders = own >= 0 ? [own] : appointed ? (pending.length > 0 ? pending : lastHolders) : withListedNames(units, roleOwner(units, v));
      lastHolders = holders;
      // After the pronoun of a career ("Ông làm T1, T2 (Bộ Công an), T3"), the list goes on past an aside as a biography's.
      const posts = postsFrom(units, roleTitle(units, v), units[v - 1]?.kind === 'pronoun');
      for (const name of holders) for (const post of posts) give(name, post);
      pending = [];
    } else if (isCue(unit, 'post') && isTitle(units[v + 1])) {
      // Another post after "và" (and a word: "và cho thôi làm nhiệm vụ T2"), before any holder: both go to the holders.
      const joined = isCue(units[v - 1], 'and') || (units[v - 1]?.kind === 'word' && isCue(units[v - 2], 'and'));
      if (post >= 0 && post !== v + 1 && joined && !holders && earlier.length < MAX_EARLIER_POSTS) earlier.push(post);
      else if (!joined) earlier = [];
      post = v + 1;
    } else if (isCue(unit, 'holders')) {
      holders = true;
    }
  }
}

/**
 * The subject of a role in a bracket of its own, "(ông X sẽ trở lại đảm nhận chức vụ T)": the name
 * opening the bracket, then plain words, then the role cue at v; or -1. Such an aside is a clause
 * of its own, never the appointment's around it.
 */
function asideSubject(units: readonly Unit[], v: number): number {
  return units[v - 1]?.kind === 'word' && isName(units[v - 2]) && isMark(units[v - 3], '(') ? v - 2 : -1;
}

/** Most posts of one clause kept before the last (appointments, "T1 và cho thôi làm nhiệm vụ T2"): each holder's gifts stay few on any line. */
const MAX_EARLIER_POSTS = 3;

/** The title after a role cue at v, past "tân" ("trở thành tân Chủ tịch HĐQT …"). */
function roleTitle(units: readonly Unit[], v: number): number {
  return isCue(units[v + 1], 'new') ? v + 2 : v + 1;
}

/** The owner and, for a name, the names listed with it ("Các ông A, B và C tiếp tục giữ chức T"). */
function withListedNames(units: readonly Unit[], owner: number): number[] {
  return isName(units[owner]) ? subject(units, [owner]) : [owner];
}

/** The name before a role cue at v (chainOwner), also past a comma: "Ông Vũ Quang Tiến, tái đắc cử Phó Chủ tịch …". */
function roleOwner(units: readonly Unit[], v: number): number {
  // "Hai năm sau, ông làm Viện trưởng …": the pronoun (people.ts resolves it).
  if (units[v - 1]?.kind === 'pronoun') return v - 1;
  // "bà X tiếp tục được | đảm nhận chức T": the passive with no appointment verb, the subject before it.
  if (isCue(units[v - 1], 'passive')) return chainOwner(units, v - 2);
  const owner = chainOwner(units, v - 1);
  return owner >= 0 || !isMark(units[v - 1], ',') ? owner : chainOwner(units, v - 2);
}

/** Longest agent between "được" and the appointment: "được | Bộ Chính trị | phân công", "được | Ban Bí thư | chỉ định". */
const MAX_AGENT_UNITS = 2;

/**
 * Where the passive cue of the appointment at v is, "X được [agent] bổ nhiệm …", or -1. The agent
 * is plain words or a title ("được Thủ tướng bổ nhiệm"), never a name or a mark: "X được … , Y bổ
 * nhiệm" is not one clause.
 */
function passiveAt(units: readonly Unit[], v: number): number {
  for (let k = v - 1; k >= 0 && v - k <= MAX_AGENT_UNITS + 1; k--) {
    const unit = units[k]!;
    if (isCue(unit, 'passive')) return k;
    if (unit.kind !== 'word' && unit.kind !== 'title') return -1;
  }
  return -1;
}

/** Most units between an appointment's post and its "đối với" ("bầu Chủ tịch UBND tỉnh nhiệm kỳ … đối với ông Y"). */
const MAX_TO_HOLDERS = 6;

/** Is there a "đối với" from v on, before any name or sentence end, within MAX_TO_HOLDERS units? */
function holdersCueAhead(units: readonly Unit[], v: number): boolean {
  for (let k = v; k < v + MAX_TO_HOLDERS && k < units.length; k++) {
    if (isCue(units[k], 'holders')) return true;
    if (isName(units[k]) || isMark(units[k], SENTENCE_END) || isMark(units[k], ';')) return false;
  }
  return false;
}

/**
 * The posts an appointment names from t: "giữ chức T1 kiêm T2", "giữ chức T1, T2" (not a title
 * that a name follows: "…, Chủ tịch nước X" is X's). `career`: a biography's list, which also goes
 * on past an aside and "và" ("từng kinh qua các chức vụ T1 (thị xã Bến Cát) và T2").
 */
function postsFrom(units: readonly Unit[], t: number, career = false): number[] {
  const posts = [t];
  let v = t + 1;
  for (;;) {
    // A career's list goes on past an aside and "và": "T1 (thị xã Bến Cát) và T2".
    if (career && isMark(units[v], '(')) {
      const c = asideClosing(units, v);
      if (c < 0) return posts;
      v = c + 1;
    } else if (isMark(units[v], '(') && isMark(units[v + 2], ')') && units[v + 1]?.kind === 'word' && (isMark(units[v + 3], ',') || isCue(units[v + 3], 'also'))) {
      // A one-word gloss after a post goes on to the next: "giữ chức vụ T1, Tổng biên tập Tạp chí … (Jabes), kiêm T3".
      v += 3;
      if (isMark(units[v], ',') && isCue(units[v + 1], 'also')) v++;
    }
    // "được bổ nhiệm là T1, kiêm T2": the comma before "kiêm" stands for nothing.
    if (isMark(units[v], ',') && isCue(units[v + 1], 'also') && isTitle(units[v + 2])) v++;
    // "giữ chức T1 kiêm T2", "T1, T2", "Vụ trưởng Vụ Thông tin - Báo chí - Người Phát ngôn Bộ Ngoại giao".
    const joined = isCue(units[v], 'also') || isMark(units[v], ',') || isMark(units[v], DASHES) || (career && isCue(units[v], 'and'));
    if (!joined || !isTitle(units[v + 1]) || isName(units[v + 2])) return posts;
    posts.push(v + 1);
    v += 2;
  }
}

/**
 * The subject of a passive appointment at p: right before "được" (subjectOf), or the nearest name
 * when an aside set off by a comma stands between ("Ông X, sinh năm 1970, được bầu …"); not a name
 * that is the subject of another verb ("X chúc mừng các vị được bầu giữ chức …").
 */
function passiveSubject(units: readonly Unit[], p: number, pending: readonly number[]): number[] {
  const direct = subjectOf(units, p);
  if (direct.length > 0) return direct;
  const last = pending.at(-1);
  return last !== undefined && isMark(units[pastOwnTitles(units, last + 1)], ',') ? subject(units, pending) : [];
}

/** The nearest of the names before a passive appointment, with the names listed with it. */
function subject(units: readonly Unit[], pending: readonly number[], pastTitles = false): number[] {
  const last = pending.at(-1);
  if (last === undefined) return [];
  const names = [last];
  for (let k = last; ; ) {
    if (isName(units[k - 2]) && (isMark(units[k - 1], ',') || isCue(units[k - 1], 'and'))) {
      names.unshift(k - 2);
      k -= 2;
      continue;
    }
    // Subjects of a passive, each with the posts it holds, joined by "và": "Các đồng chí X, Chủ tịch UBND
    // xã, và Y, Chủ tịch HĐND xã, được bầu làm Phó Bí thư Đảng ủy xã": back over X's titles to X.
    if (!pastTitles || !isCue(units[k - 1], 'and')) break;
    const end = isMark(units[k - 2], ',') ? k - 3 : k - 2;
    const owner = isTitle(units[end]) ? chainOwner(units, end) : -1;
    if (owner < 0 || !isName(units[owner])) break;
    names.unshift(owner);
    k = owner;
  }
  return names;
}

/**
 * Promotions: "thăng quân hàm [từ Thiếu tướng lên] Trung tướng đối với ông X và ông Y"; "Đại tá X
 * được thăng cấp bậc hàm Thiếu tướng". The rank after the cue (the second of "từ R1 lên R2") goes to
 * the passive subject, or to the names right after it, each past the titles it carries.
 */
function promotions(units: readonly Unit[], give: (name: number, title: number) => void): void {
  for (let v = 0; v < units.length; v++) {
    if (!isCue(units[v], 'promote')) continue;
    let rank = v + 1;
    // "từ Thiếu tướng lên Trung tướng": the words, a rank, the words, the rank promoted to.
    if (units[rank]?.kind === 'word' && isTitle(units[rank + 1]) && units[rank + 2]?.kind === 'word' && isTitle(units[rank + 3])) rank += 3;
    // "X được thăng cấp lên thiếu tướng": a word, then the rank, with no name after it (not "thăng hàm
    // cấp tướng cho Đại tá X", whose rank is the one held before).
    else if (units[rank]?.kind === 'word' && isTitle(units[rank + 1]) && !isName(units[rank + 2])) rank += 1;
    if (!isTitle(units[rank])) continue;
    const passive = passiveAt(units, v);
    if (passive >= 0) {
      const subjects = subjectOf(units, passive);
      for (const name of subjects) give(name, rank);
      // "7 người được thăng cấp bậc hàm … Thiếu tướng, gồm: X, T; Y, T": no named subject, the
      // holders listed after "gồm".
      const list = isMark(units[rank + 1], ',') ? rank + 2 : rank + 1;
      if (subjects.length === 0 && isCue(units[list], 'list')) for (const name of listedNames(units, holdersAfter(units, list + 1))) give(name, rank);
      continue;
    }
    const list = isMark(units[rank + 1], ',') && isCue(units[rank + 2], 'list') ? rank + 3 : rank + 1;
    for (const name of listedNames(units, holdersAfter(units, list))) give(name, rank);
  }
}

/** Most units between a promotion's rank and its holders: "cũng được công bố | đối với | các đồng chí | Thứ trưởng Bộ Công an | :". */
const MAX_BEFORE_HOLDERS = 8;

/**
 * Where the holders of a promotion start, from v: past "đối với", "cho", other words, a colon, and a
 * title shared by the list ("đối với các đồng chí Thứ trưởng Bộ Công an: X và Y"). Not past any
 * other mark: "thăng quân hàm Trung tướng, Bộ trưởng X phát biểu" names no holder.
 */
function holdersAfter(units: readonly Unit[], v: number): number {
  for (let k = v; k < v + MAX_BEFORE_HOLDERS; k++) {
    const unit = units[k];
    if (isName(unit) || (isTitle(unit) && isName(units[k + 1]))) return k;
    const skipped = unit?.kind === 'word' || isCue(unit, 'holders') || isCue(unit, 'passive') || isMark(unit, ':') || (isTitle(unit) && isMark(units[k + 1], ':'));
    if (!skipped) return k;
  }
  return v;
}

/**
 * The subject right before the passive cue at p, past the titles it carries: "Đại tá X, Giám đốc
 * Công an tỉnh được thăng …", "Ông được thăng …" (a pronoun, resolved in people.ts), "X và Y được …".
 * Nothing when other words come between ("Chủ tịch nước X với các cán bộ được phong hàm …").
 */
function subjectOf(units: readonly Unit[], p: number): number[] {
  // Back over the titles the subject carries and the marks around them, "ông X - Ủy viên Bộ Chính
  // trị - được …", "Đại tá X, Phó Cục trưởng Cục Tổ chức cán bộ (Bộ Công an), được …", anything in
  // brackets, another "được" ("X được tiếp tục được bầu"), "kiêm" between two of the titles ("X, T1
  // kiêm T2, được bầu làm T3") and "là" before them ("X hiện là T1 được bổ nhiệm …"); never over other words.
  let depth = 0;
  for (let k = p - 1; k >= 0 && p - k <= MAX_SUBJECT_WALK; k--) {
    const unit = units[k]!;
    if (isMark(unit, ')')) depth++;
    else if (isMark(unit, '(')) depth--;
    else if (depth === 0 && unit.kind === 'pronoun') return [k];
    else if (depth === 0 && isName(unit)) return subject(units, [k], true);
    // "X hiện là T1, T2 được bổ nhiệm là T3": back over the "là" of the subject's present posts too.
    else if (depth === 0 && !(isTitle(unit) || isMark(unit, ',') || isMark(unit, DASHES) || isCue(unit, 'passive') || ((isCue(unit, 'also') || isCue(unit, 'is')) && isTitle(units[k + 1])))) return [];
    if (depth < 0) return [];
  }
  return [];
}

/** Most units walked back from "được" to its subject (subjectOf). */
const MAX_SUBJECT_WALK = 16;

/**
 * A post the names before it share: "Nguyễn Văn Sơn, Lê Đình Thuần, Nguyễn Văn Bột đều là nguyên Chủ
 * tịch UBND xã Đồng Tâm"; "Lê Văn Cương và Trịnh Hữu Nghĩa (đều cựu Trưởng phòng …)".
 */
function sharedByNamesBefore(units: readonly Unit[], give: (name: number, title: number) => void): void {
  for (let v = 0; v < units.length; v++) {
    if (!isCue(units[v], 'all') || !isTitle(units[v + 1])) continue;
    let k = isMark(units[v - 1], '(') ? v - 2 : v - 1;
    if (!isName(units[k])) {
      // Items with titles of their own, parted by semicolons: "X, T; Y, T; và Z, T cùng giữ chức vụ T2".
      const names = titledItemsBefore(units, k);
      for (const name of names) give(name, v + 1);
      continue;
    }
    const names = [k];
    // Names listed with it, but not a name mentioned in passing by one word ("Trước ông Thành, ông X và Y là những …").
    const listed = (u: Unit | undefined, joiner: Unit | undefined): boolean => isName(u) && (isCue(joiner, 'and') || u.name.name.includes(' '));
    while ((isMark(units[k - 1], ',') || isCue(units[k - 1], 'and')) && listed(units[k - 2], units[k - 1])) names.push((k -= 2));
    const titles = [v + 1];
    for (let t = v + 1; isMark(units[t + 1], ',') && isTitle(units[t + 2]) && !isName(units[t + 3]); t += 2) titles.push(t + 2);
    for (const name of names) for (const title of titles) give(name, title);
  }
}

/** Most items of a list of names with titles, read back from a post they share (titledItemsBefore). */
const MAX_TITLED_ITEMS = 12;

/**
 * The names of the items that end with the title at t, "X, T; Y, T; và Z, T" read back from Z's chain:
 * each item a name and its titles, a semicolon (and "và") before the next. None when t ends no name's chain.
 */
function titledItemsBefore(units: readonly Unit[], t: number): number[] {
  const last = chainOwner(units, t);
  if (last < 0 || last === t) return [];
  const names = [last];
  while (names.length < MAX_TITLED_ITEMS) {
    let p = names[0]! - 1;
    if (isCue(units[p], 'and')) p--;
    if (!isMark(units[p], ';')) break;
    const owner = chainOwner(units, p - 1);
    if (owner < 0 || owner === p - 1) break;
    names.unshift(owner);
  }
  return names;
}

/** "4 Phó tổng giám đốc là Ngô Hà Thái, Nguyễn Hoài Dương, Lê Duy Truyền và Đinh Đăng Quang". */
function listsAfterTitle(units: readonly Unit[], give: (name: number, title: number) => void): void {
  for (let t = 0; t < units.length; t++) {
    const title = units[t];
    // A title in lower case counts too when names follow "là" ("hai cựu chủ tịch UBND TP Đà Nẵng
    // là Trần Văn Minh và Văn Hữu Chiến": papers print posts so), not after "gồm".
    if (!isTitle(title) || !(title.title.capitalised || isName(units[t + 2]))) continue;
    // "các đồng chí Ủy viên Bộ Chính trị: X, T; Y, T": the colon right after the title.
    // "Đoàn ĐBQH tỉnh gồm các ĐBQH: X, T; Y, T": the plural title right after "gồm" labels the list too.
    const labels = isMark(units[t + 1], ':') && title.title.capitalised && !title.afterOf && (!chainOfName(units, t) || isPluralIs(units, t) || (title.plural && isCue(units[t - 1], 'list')));
    // "bổ nhiệm lại 2 Phó chủ nhiệm Văn phòng Chính phủ, gồm ông X và ông Y": "gồm" after a comma, the title
    // no name's before it.
    const commaList = isMark(units[t + 1], ',') && isCue(units[t + 2], 'list') && title.title.capitalised && isName(units[t + 3]) && !chainOfName(units, t);
    // "Các Phó bí thư được chỉ định gồm: X (T), Y, Z": the appointment between the title and its list.
    const appointedList = title.title.capitalised && isCue(units[t + 1], 'passive') && isCue(units[t + 2], 'appoint') && isCue(units[t + 3], 'list') && isMark(units[t + 4], ':');
    // "Sở có 2 Phó giám đốc nghỉ hưu trước tuổi là bà X và ông Y": counted holders, a few words, then "là" and the names.
    const countedIs = title.counted && units[t + 1]?.kind === 'word' && isCue(units[t + 2], 'is') && isName(units[t + 3]);
    if (!(labels || commaList || appointedList || countedIs || isCue(units[t + 1], 'is') || (isCue(units[t + 1], 'list') && title.title.capitalised))) continue;
    let v = labels ? t + 1 : commaList ? t + 3 : appointedList ? t + 4 : countedIs ? t + 3 : t + 2;
    // "Chủ nhiệm Tổng cục Chính trị là Thượng tướng Ngô Xuân Lịch": a rank between.
    if (isTitle(units[v]) && isName(units[v + 1]) && isCue(units[t + 1], 'is')) {
      give(v + 1, t);
      give(v + 1, v);
      continue;
    }
    // "Ba Phó Bí thư Tỉnh ủy gồm các ông: X, Chủ tịch UBND tỉnh; Y, Trưởng ban Tổ chức Tỉnh ủy và
    // Z, …": after a colon, each name may carry its own titles (titlesAfter gives them) before the next.
    const colon = title.title.capitalised && !title.afterOf ? colonAt(units, v) : 0;
    v += colon;
    if (colon > 0) {
      const shared = labels ? sharedChain(units, t) : [t];
      for (const name of listedNames(units, v)) for (const s of shared) give(name, s);
      continue;
    }
    // "bổ sung 2 Ủy viên UBND tỉnh là ông X, Giám đốc Sở Nội vụ và ông Y, Giám đốc Công an tỉnh": holders
    // counted, each named with a post of their own, are all holders of the counted post.
    if (title.counted) {
      for (const name of listedNames(units, v)) give(name, t);
      continue;
    }
    while (isName(units[v])) {
      give(v, t);
      v++;
      if (isMark(units[v], ',')) v++;
      if (isCue(units[v], 'and')) v++;
    }
  }
}

/** "các đồng chí là | Uỷ viên Ban Thường vụ Tỉnh uỷ: …": "là" after words, no name before it. */
function isPluralIs(units: readonly Unit[], t: number): boolean {
  return isCue(units[t - 1], 'is') && units[t - 2]?.kind === 'word';
}

/**
 * The names of a list from v: "X, T1, T2; Y (T) - T và Z", each past the titles it carries (titlesAfter
 * gives those), a rank before a name passed over too ("Đại tướng Phan Văn Giang, Bộ trưởng …").
 */
function listedNames(units: readonly Unit[], v: number): number[] {
  const names: number[] = [];
  // "các Ủy viên Trung ương Đảng: T X; T1, T2 Y; T Z": the first item, titled before its name, ends with a
  // semicolon, so semicolons part the items (each titled before its name) to the end of the list.
  let semicolonItems = false;
  for (;;) {
    if (semicolonItems) {
      // An item's chain of titles before its name ("Phó Chủ tịch Quốc hội, Thượng tướng | X"), and an item
      // whose holder is named in a form no name is read from ("Chủ tịch Hội đồng Dân tộc Y … Kđăm;"), passed.
      while (isTitle(units[v]) && isMark(units[v + 1], ',') && isTitle(units[v + 2])) v += 2;
      if (isTitle(units[v]) && isMark(units[v + 1], ';') && isTitle(units[v + 2])) {
        v += 2;
        continue;
      }
    }
    // "T X, T Y; …": with titles before the names, commas part the names and a semicolon ends the list
    // ("các đồng chí Đại tướng - Ủy viên Bộ Chính trị: Bộ trưởng Bộ Quốc phòng X, Bộ trưởng Bộ Công an Y; Bí thư …").
    const titledBefore = isTitle(units[v]) && isName(units[v + 1]);
    if (semicolonItems && !titledBefore) return names;
    // "nguyên Chủ tịch nước: X, Y, Z; nguyên Thủ tướng Chính phủ W": after bare names, a titled item is a new group.
    if (titledBefore && !semicolonItems && names.length > 0 && isMark(units[v - 1], ';') && !isTitle(units[v - 2])) return names;
    if (titledBefore) v++;
    if (!isName(units[v])) return names;
    names.push(v);
    const after = pastOwnTitles(units, v + 1);
    // "Đại tướng X, Bộ trưởng …; Đại tướng Y, …": with titles after the name too, the semicolon parts items.
    if (titledBefore && after === v + 1 && isMark(units[after], ';')) {
      if (names.length === 1 && !isMark(units[v - 2], ',')) semicolonItems = true;
      if (!semicolonItems) return names;
    }
    v = after;
    // "X, Cục trưởng Cảnh sát Quản lý trại giam, cơ sở giáo dục bắt buộc, trường giáo dưỡng; Y, …": the
    // rest of an item's title in plain words, up to the semicolon that parts the items.
    let rest = v;
    while (isMark(units[rest], ',') && units[rest + 1]?.kind === 'word') rest += 2;
    if (rest > v && isMark(units[rest], ';')) v = rest;
    if (isMark(units[v], ',') || isMark(units[v], ';')) v++;
    if (isCue(units[v], 'and')) v++;
  }
}

/** The titles shared by a list, the one at t and those chained before it: "các Ủy viên Bộ Chính trị, Bí thư Trung ương Đảng: …", "Đại tướng - Ủy viên Bộ Chính trị: …". */
function sharedChain(units: readonly Unit[], t: number): number[] {
  const chain = [t];
  let k = t;
  while (isMark(units[k - 1], AFTER_NAME) && !isMark(units[k - 1], '(') && commaTitle(units[k - 2]) && !chainOfName(units, k - 2)) {
    k -= 2;
    chain.unshift(k);
  }
  return chain;
}

/** A colon that opens a list at v, "gồm: …" or after other words, "gồm các ông: …": how many units to it, or 0. */
function colonAt(units: readonly Unit[], v: number): number {
  if (isMark(units[v], ':')) return 1;
  return units[v]?.kind === 'word' && isMark(units[v + 1], ':') ? 2 : 0;
}

/** Past the titles a listed name carries, ", T1, T2", " - T", " (T)" or " (T) - T", from v. */
function pastOwnTitles(units: readonly Unit[], v: number): number {
  let k = v;
  while (isMark(units[k], AFTER_NAME) && isTitle(units[k + 1])) {
    k += 2;
    while (isMark(units[k], ',') && isTitle(units[k + 1])) k += 2;
    if (isMark(units[k], ')')) k++;
  }
  return k;
}

/** The cues that open a clause of a biography: "; từng kinh qua chức vụ T", "; được chỉ định làm T", ", là T". */
const CLAUSE_CUES: ReadonlySet<string> = new Set(['is', 'passive', 'appoint', 'role', 'post', 'also']);
const isClauseCue = (u: Unit | undefined): boolean => u?.kind === 'cue' && CLAUSE_CUES.has(u.cue);

/**
 * A biography: a sentence opened by its subject, then clauses after ";" (or "," before "là",
 * "từng kinh qua …") with no subject of their own, each opened by a cue and naming posts: "Ông Lê
 * Thanh Long (sinh năm 1976, …) có trình độ thạc sĩ …; từng kinh qua chức vụ T1, T2; được chỉ định
 * làm T3, T4." The posts are the subject's, as long as no other name or title stands between.
 */
function biographyClauses(units: readonly Unit[], give: (name: number, title: number) => void): void {
  let start = 0;
  for (let end = 0; end <= units.length; end++) {
    if (end < units.length && !isMark(units[end], SENTENCE_END)) continue;
    if (isName(units[start])) {
      const own = new Set(titlesAfter(units, start));
      for (let k = start + 1; k < end; k++) {
        const unit = units[k]!;
        if (isName(unit) || (isTitle(unit) && !own.has(k))) break;
        if (!isMark(unit, ';') && !isMark(unit, ',')) continue;
        let c = k + 1;
        while (c < end && isClauseCue(units[c])) c++;
        // After a comma only a copula or a career cue opens such a clause (a comma is mostly a list's).
        const opened = c > k + 1 && (isMark(unit, ';') || isCue(units[k + 1], 'is'));
        if (!opened || !isTitle(units[c])) continue;
        for (const post of postsFrom(units, c, true)) {
          give(start, post);
          own.add(post);
        }
      }
    }
    start = end + 1;
  }
}

/** Most units of a career's list read after its cue (careerLists): the walk stays short on any line. */
const MAX_CAREER_UNITS = 60;

/**
 * A past career listed after its cue, items parted by semicolons and commas, some of them no title: "Trong quá
 * trình công tác ông từng là cán bộ Phòng …; cán bộ, Phó Chi cục trưởng Chi cục Thuế thị xã …; Phó Trưởng phòng
 * …, Cục Thuế tỉnh …". Every title up to the sentence's end is the subject's (the name or pronoun right before
 * the cue, past its own titles), until another name.
 */
function careerLists(units: readonly Unit[], give: (name: number, title: number) => void): void {
  for (let v = 0; v < units.length; v++) {
    const cue = units[v]!;
    if (cue.kind !== 'cue' || !cue.career) continue;
    const before = units[v - 1];
    let owner = before?.kind === 'pronoun' ? v - 1 : chainOwner(units, v - 1);
    if (owner < 0 && isMark(before, ',')) owner = clauseSubject(units, v - 2);
    if (owner < 0) continue;
    for (let k = v + 1; k < units.length && k - v <= MAX_CAREER_UNITS; k++) {
      const unit = units[k]!;
      if (isName(unit) || unit.kind === 'pronoun' || isMark(unit, SENTENCE_END)) break;
      if (isTitle(unit) && !unit.plural && !unit.afterOf) give(owner, k);
    }
  }
}

/** Most units of the clause between a subject and a career's comma (clauseSubject). */
const MAX_CLAUSE_WORDS = 3;

/**
 * "…, ông có nhiều năm công tác trong lực lượng cảnh sát hình sự, | từng giữ chức T": the pronoun or name
 * opening a clause of plain words that ends at k, before the comma of a career's cue; or -1.
 */
function clauseSubject(units: readonly Unit[], k: number): number {
  let j = k;
  while (j >= 0 && k - j < MAX_CLAUSE_WORDS && units[j]?.kind === 'word') j--;
  if (j === k) return -1;
  const subject = units[j];
  if (subject?.kind === 'pronoun') return j;
  return isName(subject) && !isTitle(units[j - 1]) ? j : -1;
}

/**
 * "Người thứ hai được bổ nhiệm vào chức vụ này là Trung tướng X", "Ông X được bổ nhiệm vào chức vụ này": the
 * holder a 'this' cue at v names, the name after "là" (past a rank) or the passive subject before; -1 if none.
 */
function thisPostHolder(units: readonly Unit[], v: number): number {
  if (isCue(units[v + 1], 'is')) {
    const k = isTitle(units[v + 2]) ? v + 3 : v + 2;
    return isName(units[k]) ? k : -1;
  }
  const passive = isCue(units[v - 1], 'appoint') ? passiveAt(units, v - 1) : -1;
  const subjects = passive >= 0 ? subjectOf(units, passive) : [];
  return subjects.length === 1 ? subjects[0]! : -1;
}

/**
 * `previousPost`: the post of the last appointment in the blocks before, for "chức vụ này" here. Returns
 * the claims, the titles given, and the post of this block's last appointment (or null).
 */
export function attach(units: readonly Unit[], previousPost: string | null = null): { claims: Claim[]; attachedTitles: Set<number>; lastPost: string | null } {
  if (!units.some((unit) => unit.kind === 'name' || unit.kind === 'pronoun')) return { claims: [], attachedTitles: new Set(), lastPost: null };
  const byName = new Map<number, Set<number>>();
  const attachedTitles = new Set<number>();
  const give = (name: number, title: number): void => {
    const set = byName.get(name) ?? new Set<number>();
    set.add(title);
    byName.set(name, set);
    attachedTitles.add(title);
  };
  /** The posts given by appointments, in order of the text (for "chức vụ này"). */
  const appointed: number[] = [];
  /** Posts named in an earlier block, by the name unit given them here. */
  const carried = new Map<number, string>();
  units.forEach((unit, u) => {
    // "Ông là Ủy viên Ban Chấp hành Trung ương Đảng, Bộ trưởng …": a pronoun takes the titles after it.
    if (unit.kind === 'pronoun') for (const t of titlesAfter(units, u)) give(u, t);
    if (!isName(unit)) return;
    for (const t of titlesBefore(units, u)) give(u, t);
    for (const t of titlesAfter(units, u)) give(u, t);
  });
  appointments(units, (name, title) => {
    give(name, title);
    appointed.push(title);
  });
  appointed.sort((a, b) => a - b);
  units.forEach((unit, v) => {
    if (!isCue(unit, 'this')) return;
    const holder = thisPostHolder(units, v);
    if (holder < 0) return;
    let earlier = -1;
    for (const t of appointed) if (t < v) earlier = t;
    if (earlier >= 0) give(holder, earlier);
    else if (previousPost !== null) carried.set(holder, previousPost);
  });
  promotions(units, give);
  sharedByNamesBefore(units, give);
  listsAfterTitle(units, give);
  biographyClauses(units, give);
  careerLists(units, give);
  const claims: Claim[] = [];
  units.forEach((unit, u) => {
    // Every pronoun: with no titles, it still keeps the person last named (people.ts) for the next paragraph.
    if (!isName(unit) && unit.kind !== 'pronoun') return;
    const given = byName.get(u);
    const titles = given ? [...given].sort((a, b) => a - b).map((t) => (units[t] as TitleUnit).text) : [];
    const post = carried.get(u);
    if (post !== undefined) titles.push(post);
    claims.push({ unit: u, titles });
  });
  const last = appointed.at(-1);
  return { claims, attachedTitles, lastPost: last === undefined ? null : (units[last] as TitleUnit).text };
}
