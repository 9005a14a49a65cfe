/**
 * Word lists and number shapes the references enricher (references.ts) relies on.
 * Data only: extend a list here and add a test case in tests/enrichers/references.test.ts.
 *
 * Write entries with the new tone placement ("Ủy", "khóa", "Hòa"): the text is matched
 * after moving old-style tones ("Uỷ", "khoá") to that form, character for character.
 * Entries are spliced into regular expressions, so a list entry is literal text
 * (it is escaped) and only the *_PATTERN constants are regular-expression source.
 */

/**
 * The letters of Vietnamese, as regular-expression class bodies: ASCII plus every vowel with
 * its marks, and đ. Used instead of Unicode property classes (\p{L}, \p{Ll}, \p{Lu}), whose full
 * tables made the issuer pattern take 50-80 ms to compile at the first citation (now ~4 ms). A letter of
 * another script counts as a non-letter here. (The text is NFC: no combining marks.)
 */
export const LOWER_LETTERS = 'a-zàáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ';
export const UPPER_LETTERS = 'A-ZÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴĐ';
export const LETTERS = `${LOWER_LETTERS}${UPPER_LETTERS}`;

/**
 * The document kinds, in their canonical capitalised form. A kind is recognised in that
 * form or with a lower-case first letter ("theo nghị quyết số 57-NQ/TW"), and always
 * reported in this form. Longer kinds that contain a shorter one must come first.
 *
 *   "Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị"
 *   "Kết luận số 123-KL/TW", "Chỉ thị số 35-CT/TW", "Quyết định số 1909-QĐNS/TW"
 *   "Nghị định 68/2026/NĐ-CP", "Thông tư số 80/2021/TT-BTC", "Luật số 56/2024/QH15"
 *   "Công điện số 55/CĐ-TTg", "Quy định số 105-QĐ/TW", "Thông báo số 175/TB-VPCP"
 *   "Hướng dẫn số 13-HD/TW"
 */
export const REFERENCE_KINDS: readonly string[] = [
  'Nghị quyết', 'Kết luận', 'Chỉ thị', 'Quyết định', 'Nghị định', 'Thông tư', 'Luật', 'Công điện', 'Quy định',
  'Thông báo', 'Hướng dẫn',
];

/**
 * Kinds as news misprints them, and the kind meant: "Chị thị số 45-CT/TW" (a tone mark slipped;
 * "chị thị" means nothing else). Read only with a number after them, as the kinds are.
 */
export const KIND_MISPRINTS: Readonly<Record<string, string>> = { 'Chị thị': 'Chỉ thị' };

/**
 * A document number printed as a code: digits, an optional year, then capital
 * abbreviations joined by "-" or "/" (an abbreviation may go on in lower case or
 * digits: "TTg", "QH15"). Real examples:
 *
 *   57-NQ/TW   1909-QĐNS/TW   2842-TB/TU   2124/NQ-NS-TƯ   party documents (number-KIND/ISSUER)
 *   12/CT-TTg  55/CĐ-TTg      1234/QĐ-UBND   175/TB-VPCP     state documents (number/KIND-ISSUER)
 *   35/2024/NĐ-CP  80/2021/TT-BTC  41/2016/QĐ-UBND  15/2023/QH15  with the year
 *   403/2017/NQLT-UBTVQH14-ĐCTUBTWMTTQVN                           a joint resolution (parts of up to 16)
 *
 * A space printed after the first separator ("68- NQ/TW") is allowed before two capitals, and
 * dropped from the number (references.ts), so that the typo is the same document.
 *
 * Linear: each part's class excludes the "-" and "/" that separate parts.
 */
export const CODE_NUMBER_PATTERN = String.raw`\d{1,5}(?:\/\d{4})?[-\/](?: (?=[A-ZĐ]{2}))?[A-ZĐ][A-ZĐƯa-z0-9]{0,15}(?:[-\/][A-ZĐ][A-ZĐƯa-z0-9]{0,15}){0,4}`;

/**
 * A number with its year but not its letters ("Thông tư 29/2024", "Nghị định 168/2024"), as news
 * often shortens "29/2024/TT-BGDĐT": counted where a bare number is (after "số" or a capitalised
 * kind), and joined to the one full number it begins when the article prints it.
 */
export const SHORT_NUMBER_PATTERN = String.raw`\d{1,5}\/(?:19|20)\d\d(?![${LETTERS}\d\/])`;

/**
 * A bare number ("Nghị định 68", "Kết luận số 210", "Nghị quyết 01 của Chính phủ"): only
 * counted after "số", or after a kind printed with its capital, so that the verb
 * "quyết định" followed by a count ("quyết định 2 lần") is not a document. Not part of a
 * longer number ("68%", "1.000", "22/12").
 */
export const BARE_NUMBER_PATTERN = String.raw`\d{1,5}(?![${LETTERS}\d%]|[.,:\/-]\d)`;

/**
 * A bare number listed after the first ("Nghị quyết 59, 70, 71 và 72") is one only when the
 * list item ends there: at the end of the text, at punctuation, or before one of these words.
 * Not "năm" or "ngày": "Nghị quyết 18, 2 năm qua" is a count. "Nghị định 68, 100 doanh nghiệp"
 * is not a list either (a noun follows).
 */
export const LIST_ITEM_ENDS: readonly string[] = ['và', 'của', 'về', 'là', 'được', 'đã', 'đều', 'do', 'cùng', 'đang', 'sẽ', 'vừa'];

/**
 * Words between a number and its date that keep the date the document's:
 * "Nghị quyết số 57-NQ/TW được ban hành ngày 22.12.2024", "Quyết định số 12/QĐ-UBND ký ngày 3/2/2025".
 * Not "có hiệu lực (từ) ngày" (the date it takes effect). Longer phrases first.
 */
export const DATE_LEADS: readonly string[] = ['được ban hành', 'ký ban hành', 'ban hành', 'được ký', 'ký'];

/**
 * Verbs between an issuer and the document it issues, when the issuer comes first:
 * "Bộ Chính trị ban hành Nghị quyết số 57-NQ/TW", "Thủ tướng vừa ký Công điện số 25/CĐ-TTg",
 * "Quốc hội thông qua Luật Đất đai 2024". Each may follow ISSUE_ADVERBS ("đã ban hành").
 */
export const ISSUE_VERBS: readonly string[] = ['ký ban hành', 'ban hành', 'ký', 'thông qua', 'ra'];
/** Words between an issuer and its verb: "Chính phủ đã ban hành", "Thủ tướng vừa ký", "Bộ Y tế mới ban hành". */
export const ISSUE_ADVERBS: readonly string[] = ['đã chính thức', 'đã', 'vừa', 'mới', 'chính thức', 'cũng đã', 'cũng'];

/**
 * Issuing bodies named in full, with no name to follow. "của Bộ Chính trị về …",
 * "của Thủ tướng Chính phủ", "của Ban Chấp hành Trung ương Đảng khóa XIII".
 * Longer names first where one begins another ("Thủ tướng Chính phủ" before "Thủ tướng").
 */
export const FIXED_ISSUERS: readonly string[] = [
  'Tổng Thanh tra Chính phủ', 'Thanh tra Chính phủ', 'Bộ Chính trị', 'Ban Bí thư', 'Ban Chấp hành Trung ương Đảng', 'Ban Chấp hành Trung ương', 'Ủy ban Thường vụ Quốc hội',
  'Quốc hội', 'Thủ tướng Chính phủ', 'Phó Thủ tướng Chính phủ', 'Phó Thủ tướng', 'Thủ tướng', 'Văn phòng Chính phủ',
  'Chính phủ', 'Chủ tịch nước', 'Văn phòng Trung ương Đảng', 'Ủy ban Kiểm tra Trung ương', 'Ban Tổ chức Trung ương',
  'Ban Tuyên giáo Trung ương', 'Ban Tuyên giáo và Dân vận Trung ương', 'Ngân hàng Nhà nước Việt Nam', 'Ngân hàng Nhà nước',
  'Kiểm toán Nhà nước', 'Tòa án nhân dân tối cao', 'Viện kiểm sát nhân dân tối cao', 'Trung ương Đảng', 'Trung ương', 'Hội nghị Trung ương',
];

/** "khóa XIII", "khóa XV" after a party or assembly body ("Ban Chấp hành Trung ương Đảng khóa XIII"). */
export const TERM_PATTERN = String.raw`khóa [IVXLC]{1,6}(?![${LETTERS}])`;

/**
 * Local bodies followed by the place they govern: "UBND tỉnh Quảng Ninh", "UBND thành phố",
 * "HĐND TP Hồ Chí Minh", "Tỉnh ủy Thanh Hóa", "Ban Thường vụ Thành ủy Hải Phòng".
 */
export const LOCAL_ISSUERS: readonly string[] = [
  'Ủy ban nhân dân', 'UBND', 'Hội đồng nhân dân', 'HĐND', 'Ban Thường vụ Tỉnh ủy', 'Ban Thường vụ Thành ủy', 'Tỉnh ủy',
  'Thành ủy', 'Huyện ủy', 'Quận ủy', 'Đảng ủy', 'Sở',
];

/**
 * The head of a body, signing for it, before a local body or a ministry: "của Chủ tịch UBND tỉnh
 * Bình Lâm", "của Bộ trưởng Bộ Y tế". The issuer is printed with the head.
 */
export const ISSUER_HEADS: readonly string[] = ['Phó Chủ tịch', 'Chủ tịch'];
export const MINISTER_HEADS: readonly string[] = ['Bộ trưởng', 'Thứ trưởng'];

/** The kind of place after a local body ("UBND tỉnh Quảng Ninh", "UBND TP. Hà Nội"); then up to four capitalised words. */
export const PLACE_KINDS: readonly string[] = ['tỉnh', 'thành phố', 'TP.', 'TP', 'huyện', 'quận', 'thị xã', 'xã', 'phường'];

/**
 * A ministry: "Bộ" then its name, capitalised words with lower-case ones after each:
 * "Bộ Tài chính", "Bộ Công Thương", "Bộ Giáo dục và Đào tạo", "Bộ Văn hóa, Thể thao và Du lịch",
 * "Bộ Lao động - Thương binh và Xã hội".
 * A capitalised word after "và" or "," that begins another body ("Bộ Công an và Bộ Quốc phòng")
 * ends the name: the words below.
 */
export const MINISTRY_HEAD = 'Bộ';
export const BODY_STARTS: readonly string[] = ['Bộ', 'Ban', 'Ủy', 'UBND', 'HĐND', 'Chính', 'Quốc', 'Thủ', 'Tỉnh', 'Thành', 'Văn', 'Sở', 'Hội', 'Ngân'];

/**
 * Words that end an issuer's or a law's name: "của Thủ tướng Chính phủ về …",
 * "Luật Giáo dục đại học vừa được Quốc hội thông qua", "Luật Thuế giá trị gia tăng và các văn bản",
 * "để Luật Phòng, chống tham nhũng phù hợp".
 * Not stops, though they look like verbs, because they occur inside law names: "giao", "thông"
 * ("Luật Giao thông đường bộ"), "thực", "hiện", "hành" ("Luật An toàn thực phẩm", "Luật Thi hành
 * án dân sự"), "ban", "quy" ("Luật Ban hành văn bản quy phạm pháp luật").
 */
export const NAME_STOPS: readonly string[] = [
  'về', 'ngày', 'năm', 'số', 'của', 'và', 'với', 'được', 'đã', 'đang', 'sẽ', 'vừa', 'có', 'là', 'này', 'đó', 'mới', 'cho',
  'để', 'tại', 'trong', 'theo', 'khi', 'thì', 'mà', 'do', 'bị', 'vẫn', 'cũng', 'không', 'còn', 'như', 'từ', 'đến', 'sửa',
  'nhằm', 'trên', 'dưới', 'các', 'những', 'nêu', 'trước', 'sau', 'phù', 'đều',
  // Verbs of two words whose first word is no stop alone ("quy phạm", "ban hành" in "Luật Ban hành …"
  // is capitalised): "Luật Đất đai quy định …", "Luật … thông qua …".
  'quy định', 'ban hành', 'thông qua', 'hướng dẫn',
  // "Luật hiện hành năm 2020", "Luật cũ năm 2013": the law in force, the old one; no name.
  'hiện hành', 'cũ',
];


/**
 * More words that end an issuer (on top of NAME_STOPS): the verbs that follow one.
 * "của Bộ Tài chính hướng dẫn …", "của Bộ Giáo dục và Đào tạo quy định …", "do Bộ Y tế ban hành".
 * Not here: "giao" ("Bộ Ngoại giao"), "triển" ("Bộ Nông nghiệp và Phát triển nông thôn"),
 * "thông" ("Bộ Thông tin và Truyền thông").
 */
export const ISSUER_STOPS: readonly string[] = [
  'hướng', 'quy', 'ban', 'phê', 'yêu', 'chỉ', 'thực', 'tổ', 'kiểm', 'hỗ', 'đề', 'tiếp', 'xử', 'cấp', 'gửi', 'công',
];

/**
 * A law cited by name: "Luật Đất đai 2024", "Luật Chứng khoán số 54/2019/QH14",
 * "Luật Phòng, chống tham nhũng". The name is the capitalised word after "Luật" and up to
 * LAW_NAME_MAX_WORDS more ("Luật Ban hành văn bản quy phạm pháp luật"), ending before a stop
 * word, punctuation, a year or a number; a word may be an abbreviation in capitals ("Luật Bầu cử
 * ĐBQH"), and "và" with a capitalised word that begins no body or document goes on with the name
 * ("Luật Phí và Lệ phí", not "Luật Đất đai và Luật Nhà ở"). A name printed in lower case
 * ("Luật đất đai 2024") counts only with its year or number after it.
 * Joiners inside a name: ", chống" (the fixed legal phrase "phòng, chống"), ", công chức"
 * ("Luật Cán bộ, công chức"), " và đại biểu" ("Luật Bầu cử đại biểu Quốc hội và đại biểu Hội đồng nhân dân",
 * ten words: the longest name the limit allows).
 */
export const LAW_NAME_JOINERS: readonly string[] = [', chống', ', công chức', ' và đại biểu'];
export const LAW_NAME_MAX_WORDS = 10;

/**
 * "Luật" after one of these words is a school, a faculty or a newspaper, not a law:
 * "Trường Đại học Luật TP Hồ Chí Minh", "Khoa Luật", "Báo Pháp Luật TP Hồ Chí Minh",
 * "Công ty Luật", "Thạc sĩ Luật", "cử nhân Luật".
 */
export const NOT_LAW_BEFORE: readonly string[] = [
  'học', 'Học', 'khoa', 'Khoa', 'ngành', 'Ngành', 'viện', 'Viện', 'trường', 'Trường', 'Pháp', 'pháp', 'sĩ', 'nhân', 'chí',
  'ty', 'hãng', 'Hãng', 'phòng', 'Phòng', 'đoàn', 'Đoàn', 'hội', 'Hội',
  // "kỷ luật", "pháp luật" in lower case before "số": discipline, the law in general ("Quyết định kỷ luật số …").
  'kỷ',
];
