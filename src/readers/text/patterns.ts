/**
 * Line-level recognisers for the plain-text reader. Each is a named pattern with
 * the real-world line it was written for; tests/readers/text/patterns.test.ts has
 * a case for every one. Each is checked safe by recheck (tests/properties/redos-check.ts):
 * where one pattern would backtrack on a long run (a `[…]+$`, a free gap before a URL), a
 * short scan by hand does the job instead.
 */
import { foldKey, foldedSet } from './fold.js';
import { BOILERPLATE_LINES, FOOTER_LABELS, HEADER_LABELS, RELATED_HEADERS, SECTION_NAMES } from './vocabulary.js';

/** Image file extensions an image line ends with (before any "?query" or "#fragment"). */
const IMAGE_EXTENSIONS: ReadonlySet<string> = new Set(['jpg', 'jpeg', 'png', 'webp', 'gif', 'avif', 'bmp', 'tif', 'tiff', 'svg', 'heic', 'heif', 'jfif']);
/** A bare file name is at most this long ("Ảnh màn hình 2026-03-06 lúc 23.12.56.png"); a URL up to MAX_URL_LENGTH. */
const MAX_FILE_NAME_LENGTH = 200;
const MAX_URL_LENGTH = 2048;
const URL_START = /^https?:\/\//iu;
/**
 * An image in Markdown, as a converter prints it: "![alt](https://…/a.jpg)", "![]()" (no address
 * kept), with a table cell's bar after it when the photo sat in a table ("![]() |").
 */
const MARKDOWN_IMAGE = /^!\[[^\]]*\]\(([^()\s]*)\)(?: ?\|)?$/u;
/**
 * An image as some page dumps print it: "<image>SRC alt="ALT"</image>", its address (a data URI or
 * a crawler's placeholder when the page inlined it) and its alt text inside the tag. See taggedImage.
 */
const TAGGED_IMAGE = /^<image>([^<>]*)<\/image>$/u;
const ALT_ATTRIBUTE = ' alt="';
/** Any URL alone on a line. */
const URL_LINE = /^https?:\/\/\S+$/iu;
/**
 * Alt text left by a page's image: "Những sai sót … 2026 - Ảnh 1.", with the dash glued to the
 * word before ("… đánh bại- Ảnh 1."), or unaccented as some aggregators print it ("… - Anh 1"), or with
 * no dash, "ảnh" and the number ending the line ("… với điểm tuyệt đối sau 20 năm ảnh 1").
 */
const ALT_TEXT = /(?:\s[-–]\s?|[-–]\s)(?:ảnh|hình|anh|hinh)\s\d{1,3}\.?$/iu;
const BARE_ALT_TEXT = /\sảnh\s\d{1,2}$/iu;
/** Alt text glued to the caption: "… Bộ Quốc phòng ảnh 1Trung tướng Võ Minh Lương (trái) …" */
const GLUED_ALT = /\s(?:[ảẢ]nh|[hH]ình)\s\d{1,3}(?=\p{Lu})/u;
/** A tag line: "#xử phạt thao túng chứng khoán # Tiên Sơn Thanh Hoá # AAT", "Tags: a, b", "Từ khóa: …". */
const TAG_LINE = /^(?:#\s?\S|(?:tags?|từ khó[aá]|từ khoá|chủ đề)\s*:)/iu;
/** Copyright and copy notices: "Bản quyền © Báo …", "(*) Không sao chép dưới mọi hình thức …", "© 2024 …". */
const COPYRIGHT = /^(?:\(\*\)\s*)?(?:bản quyền\s*(?:©|\(c\)|thuộc|:)|©|copyright|\(c\)\s|không sao chép|ghi rõ nguồn|nghiêm cấm sao chép)/iu;
/**
 * A source line after the signature: "Nguồn Công Luận: https://congluan.vn/", "Nguồn: www.x.vn",
 * "Nguồn tin: vnanet.vn", "Nguồn bài viết: Báo Giao Thông".
 * Either the word and a colon (SOURCE_LABEL), or the word (SOURCE_WORD), a name of at most
 * MAX_SOURCE_NAME characters, an optional colon and spaces, then a URL that runs to the end
 * of the line: found by hand in isSourceLine, not by one pattern (a free-length gap before a
 * URL that runs to the end backtracks on every "www." of a long last word).
 */
const SOURCE_LABEL = /^(?:nguồn(?: tin| bài viết| bài)?|source)\s*:/iu;
const SOURCE_WORD = /^(?:nguồn|source)\b/iu;
const URL_OPENING = /https?:\/\/|www\./iu;
const MAX_SOURCE_NAME = 80;
/** A related link on one line: "Xem thêm: Hà Nội khởi công cầu Tứ Liên", ">> Đọc thêm: …". */
const INLINE_RELATED = /^[\s»>›•*-]*(?:xem thêm|đọc thêm|tin liên quan|bài liên quan|xem tiếp|mời xem)\s*[:>»›]+\s*\S/iu;
/** A link's text: "Xem toàn văn bài phát biểu của Tổng Bí thư tại đây" (what followed "đây" was the link). */
const READ_HERE = /^(?:xem|đọc|mời (?:bạn )?(?:xem|đọc)) [^.!?]{1,200} tại đây[.:]?$/iu;
/**
 * A related-article link in brackets: "[Thủ tướng bổ nhiệm Thứ trưởng Bộ Văn hóa, Thể thao và Du lịch]",
 * 5 to 300 characters between them (counted in code, see lengthIn: a {5,300} is too large
 * for recheck to decide by automaton).
 */
const BRACKET_LINK = /^\[([^\]]+)\]$/u;
/** A link to another story behind arrows: ">>> HLV Park Hang-seo nắn gân ĐT Việt Nam …", ">> Xem thêm: …". */
const ARROW_LINK = /^>{2,3} ?\S/u;
/**
 * A headline behind one arrow ("> Nghệ An, Phú Thọ có Bí thư mới"): a capital, no sentence end, no
 * colon; a full stop only inside a word or number ("> Ký túc xá 3.000 chỗ của Đại học Quốc gia TP.HCM").
 * 5 to 150 characters after the capital (counted in code). A link when two or more stand in a row
 * (withoutArrowLinks); one alone may be a quotation.
 */
const ARROW_HEADLINE = /^> \p{Lu}(?:[^.!?…:]|\.(?=\S))+$/u;
const ARROW_HEADLINE_MIN = 3 + 5;
const ARROW_HEADLINE_MAX = 3 + 150;
export const isArrowHeadline = (t: string): boolean =>
  t.length >= ARROW_HEADLINE_MIN && t.length <= ARROW_HEADLINE_MAX && ARROW_HEADLINE.test(t);
/**
 * View counters and reading-time leftovers: "1.234 lượt xem", "5 phút đọc", "Lượt xem: 1234", "Người xem: 162",
 * "(Xem: 1234)", "Xem: 1234"; a share or like button with its count ("Chia sẻ 12", "Thích (5)").
 */
const COUNTER = /^(?:\d[\d.,]*[Kk]?\s*(?:lượt xem|lượt đọc|lượt thích|lượt chia sẻ|bình luận|trả lời|views?|phút đọc)|(?:lượt xem|lượt đọc|người xem|số lượt xem|lượt truy cập)\s*(?::\s*)?\d[\d.,]*|(?:bình luận|ý kiến|lượt xem|lượt thích)\s*\(\d[\d.,]*\)|\(?(?:lượt xem|lượt đọc|xem|đọc)\s*:\s*\d[\d.,]*\)?|\(\d[\d.,]*\)\s*bình luận|(?:chia sẻ|share|thích|like)\s\(?\d[\d.,]*\)?)$/iu;
/**
 * A comment counter in English, as some site themes print it under the body: "Comments:0 | Tags:No Tag",
 * or glued to the quoted title it counts for: "“Đừng bỏ lỡ điểm check in … ở Sa Pa”0 Comments".
 */
const COMMENTS_BAR = /^comments?\s?:\s?\d{1,6}(?:\s?\|.{0,120})?$/iu;
const QUOTED_COMMENTS = /["”]\d{1,6}\s?comments?$/iu;
/**
 * The notice of a blog's comment form (WordPress, in its Vietnamese translations): "Email của bạn sẽ
 * không được hiển thị công khai. Các trường bắt buộc được đánh dấu *", "Địa chỉ email của bạn sẽ không
 * được công bố. …". Only its opening words are matched.
 */
const COMMENT_FORM = /^(?:địa chỉ )?email của bạn sẽ không được (?:hiển thị công khai|công bố)/iu;
/** A site's hotline bar: "HOTLINE: 0903.343.439 - HOTLINE Phát hành: 0819.123.127 - ĐẶT MUA BÁO", "Đường dây nóng: 0912 345 678". */
const HOTLINE = /^(?:hotline|đường dây nóng)[:\s]{1,3}\d[\d. ]{7,13}\d(?!\d)/iu;
/** A weather widget: "| TP HỒ CHÍ MINH 34°C /57% weather" (temperature and humidity, or the word). */
const WEATHER = /\d{1,2}\s?°C\s*\/\s*\d{1,3}\s?%|°C.{0,20}\bweather$/iu;
/**
 * A weather widget's city line: "Hà Nội: 26°C Hà Nội", "Đà Nẵng: 30°C" (the city, a colon, the
 * temperature, the city again or nothing). Checked in isCityWeather: the name after must repeat the one before.
 */
const CITY_WEATHER = /^([^:\d]{2,30}):? ?-?\d{1,2} ?°C(?: ([^:\d]{2,30}))?$/u;
/** The sky a weather widget prints after the temperature: "Hà Tĩnh 29°C Mây rải rác", "Huế 31°C Nắng". */
const SKY = /^(?:(?:có|ít|nhiều|trời) )?(?:mây|nắng|mưa|dông|giông|sương mù|quang|âm u|nồm)(?: [^:\d]{1,20})?$/iu;
/**
 * A paper's tagline under its name: "Cơ quan của Hội Nhà báo Việt Nam", "Cơ quan ngôn luận của Bộ Tư pháp",
 * "Tiếng nói của Đảng bộ, chính quyền và nhân dân tỉnh X": one short line, no sentence.
 */
/**
 * The paper's footer: its address ("Tòa soạn: Số 5 Lý Thường Kiệt, Hà Nội", "Trụ sở tòa soạn: …"), its
 * phone line ("Điện thoại: 024 3825 1234 - Email: …"), who answers for it ("Tổng biên tập: …",
 * "Chịu trách nhiệm xuất bản: …") and its licence ("Giấy phép số 123/GP-BTTTT do Bộ Thông tin và
 * Truyền thông cấp …").
 */
const NEWSROOM_ADDRESS = /^(?:trụ sở )?(?:tòa|toà) soạn\s?:\s?\S/iu;
const PHONE_LINE = /^(?:điện thoại|đt|tel|fax)\s?:\s?[\d(+]/iu;
const MASTHEAD_STAFF = /^(?:chịu trách nhiệm (?:xuất bản|nội dung|quản lý nội dung)|(?:phó )?tổng biên tập)\s?:\s?\p{Lu}/iu;
/** An app's download prompt at the foot of a page: "Tải ứng dụng Báo Tin Nhanh", "Tải app X trên iOS và Android". */
const APP_PROMPT = /^tải (?:ứng dụng|app)(?: \S+){1,8}$/iu;
/**
 * A post's link to the article at its foot, behind a label or an emoji: "Xem chi tiết: https://…",
 * "👉 https://…", "Đọc thêm tại: https://…". The address alone, nothing after it.
 */
const LINK_OUT = /^(?:(?:xem|đọc) (?:chi tiết|thêm|tiếp|bài viết|toàn bộ)(?: tại)?\s?:?|chi tiết\s?:|link\s?:|\p{Extended_Pictographic}{1,2})\s?https?:\/\/\S+$/iu;
/** A post's reaction count, an emoji before it or a "K" after it: "😢 3,4K", "1,2K", "❤️ 870". */
const REACTIONS = /^(?:\p{Extended_Pictographic}\uFE0F?\s?){1,3}\d[\d.,]*[Kk]?$|^\d[\d.,]*[Kk]$/u;
/** A mobile page's banner asking to read in the paper's app: "Đọc báo trên ứng dụng Dân trí - Tải ngay". */
const APP_READ = /^(?:đọc báo|đọc tin|xem tin) (?:trên|bằng|qua) (?:ứng dụng|app)(?: \S+){1,8}$/iu;
/** A prompt to follow the paper's page: "LIKE fanpage Báo X để cập nhật tin tức", "Đăng ký kênh Youtube của X". */
const SOCIAL_PROMPT = /^(?:like|ấn like|theo dõi|follow|đăng ký|đăng kí|subscribe) (?:fanpage|kênh|trang) \S[^.!?]{0,120}$/iu;
/** Readers asked to write in, an address given: "Bạn đọc có thể gửi ý kiến về bài viết qua email: bandoc@…". */
const READERS_MAIL = /^(?:bạn đọc|độc giả|quý độc giả|mọi ý kiến|mọi thông tin)\s[^@]{0,120}?(?:e-?mail|hộp thư)\s?:?\s?[^\s@]{1,64}@[^\s@]{1,100}$/iu;
const LICENCE = /^giấy phép (?:số|hoạt động|thiết lập|xuất bản|mạng xã hội):?\s.{0,80}(?:GP-|BTTTT|Bộ Thông tin và Truyền thông|Cục Báo chí)/iu;
const ORGAN_LINE = /^(?:[Cc]ơ quan (?:ngôn luận |chủ quản |thông tấn )?(?:của|thuộc)|[Tt]iếng nói của|[Dd]iễn đàn của) \p{Lu}[^.!?]{2,100}$/u;
/** BBC's line under the author: "Gửi cho BBC từ Birmingham, Anh". */
const SENT_FROM = /^gửi cho \S{2,20} từ [^.!?]{1,60}$/iu;
/** A site's contact line: "Email: danchuphapluat@moj.gov.vn". */
const EMAIL_LINE = /^e-?mail\s?:\s?[^\s@]{1,64}@[^\s@]{1,255}$/iu;
/** A legal-advice line's phone number: "Tư vấn luật lao động, gọi 1900.6162", "Luật sư tư vấn … gọi: 1900.6162". */
const ADVICE_LINE = /\s(?:gọi|hotline|tổng đài)\s?:?\s?1[89]00[\d. ]{4,9}$/iu;
/** A CMS's credit line at the foot of a page: "POWERED BY ONECMS - A PRODUCT OF NEKO". */
const POWERED_BY = /^(?:powered by|designed by|phát triển bởi)\s\S/iu;
/**
 * A time relative to now, as listing pages print it: "2 giờ trước", "15 phút trước", or a social page's post
 * its audience's dot after it: "2 giờ ·". Not a publication time: it says nothing once copied.
 */
const RELATIVE_TIME = /^\d{1,3}\s*(?:giây|phút|giờ|tiếng|ngày|tuần|tháng)\s*(?:trước|·)$/iu;
/**
 * A link to another story with how long ago it ran, as a player's or a box's list prints it under the
 * article: "Bản tin thời tiết chào buổi sáng 3 phút trước". Asked only of the tail's lines (see isAgedLink).
 */
const AGED_LINK = /\s\d{1,3} ?(?:giây|phút|giờ|tiếng|ngày|tuần|tháng) trước$/iu;
/** An aged link is a headline: at most this long, opening with a capital. */
const MAX_AGED_LINK_LENGTH = 200;
/**
 * An invitation to the site's other programmes or pages: "Mời quý độc giả theo dõi các chương trình đã
 * phát sóng của Đài Truyền hình Việt Nam TV Online.", "Mời bạn đọc đón đọc …" (VTV's sites print it under every piece).
 */
const INVITATION = /^mời (?:quý )?(?:độc giả|bạn đọc|khán giả|quý vị)(?: cùng)? (?:theo dõi|xem|đón đọc|đón xem) /iu;
/** A portal's rating line (NukeViet, used by many provincial sites): "Tổng số điểm của bài viết là: 0 trong 0 đánh giá". */
const RATING = /^tổng số điểm của bài viết là:? \d[\d.,]* trong \d+ đánh giá$/iu;
/** A link back to the section: "Trở lại Thể thao" (VnExpress, under the body). */
const BACK_TO = /^(?:trở lại|quay lại|quay về|về) (.{2,40})$/iu;
/** An audio player's voice picker with its label: "Giọng đọc: Nam miền Bắc", "Giọng đọc: Nữ" (alone, "Nam miền Bắc" is a BOILERPLATE_LINES entry). */
const VOICE = /^giọng(?: đọc)?:? ?(?:nam|nữ)(?: miền (?:bắc|trung|nam))?$/iu;
/**
 * A market ticker's line above a business site's header: an index, a rate or a gold price, then its
 * figures only: "VN-INDEX 1.318,45 +6,72 (+0,51%)", "VN-Index: 1.297,12 ▲ 4,35 (0,34%)", "USD/VND: 25.630",
 * "Giá vàng SJC 96,30 / 97,80 triệu đồng/lượng". A sentence about the market has words between the figures.
 */
const MARKET_QUOTE = /^(?:VN-?Index|HNX-?Index|UPCoM-?Index|VN30-?Index|VN30|HNX30|UPCoM|USD\/VND|EUR\/VND|Giá vàng SJC|Vàng SJC|Vàng nhẫn|Dow Jones|Nasdaq|S&P 500|Nikkei 225|Dầu Brent|Dầu WTI):? [▲▼+-]?\d[\d.,]*(?: [▲▼+\-/()%\d.,]+)*(?: (?:triệu đồng\/lượng|nghìn đồng\/chỉ|đồng\/USD|USD\/thùng|điểm))?$/iu;
/** Audio player leftovers: "00:00 / 03:25", "Nghe bài viết 0:00". */
const AUDIO = /^(?:nghe(?: bài viết| tin)?\s*)?\d{1,2}:\d{2}\s*\/\s*\d{1,2}:\d{2}$/iu;
/** An audio player's speed button: "Tốc độ:1x", "Tốc độ: 1.25x" (QK7 Online, under the title). */
const PLAYER_SPEED = /^tốc độ(?: đọc)?:? ?\d(?:[.,]\d{1,2})?x$/iu;
/** "Theo dõi Báo Tây Ninh trên" (then "Google News"), "Theo dõi trên Google News": a follow button's text. */
const FOLLOW = /^theo dõi (?:\S+ ){0,6}trên(?: google news)?$/iu;
/** A font-size toolbar: "A- A A+", "A A A", "Cỡ chữ: A- A+" (the letter A, each with its sign or none, two to four of them). */
const FONT_SIZE = /^(?:[Cc]ỡ chữ:? ?)?A[-+]?(?: A[-+]?){1,3}$/u;
/** Share or follow buttons in a row: "Youtube Facebook Tiktok Zalo". */
const SOCIAL = /^(?:(?:facebook|youtube|tiktok|zalo|twitter|instagram|linkedin|telegram|messenger|email)[\s,|/]*)+$/iu;
/** A video player's clock: "0:00 0:06:37 0:00" (VOA). */
const PLAYER_CLOCK = /^\d{1,2}:\d{2}(?::\d{2})?(?: \d{1,2}:\d{2}(?::\d{2})?){1,3}$/u;
/** A player's clock at zero alone, under its "0:00 / 0:00" (Nhân Dân): "0:00", "00:00", "0:00:00". A time of day is never all zeros. */
const ZERO_CLOCK = /^0?0:00(?::00)?$/u;
/** A separator drawn with symbols: "***", "---", "* * *", "o0o", a table cell's bar "|" left alone. */
const SEPARATOR = /^(?:[*•·_=~#|-](?:\s?[*•·_=~#|-]){0,15}|o0o|0o0)$/u;
/**
 * Video player and ad leftovers: "Thời gian hiện tại 0:00", "Độ dài 0:48", "Trình phát Video is loading.Phát", "Ads by DTads".
 * Two patterns, each small enough for recheck to decide by automaton (as one, it fell back to fuzzing).
 */
const PLAYER = /^(?:(?:thời gian hiện tại|độ dài|thời lượng)\s*\d{1,2}:\d{2}(?::\d{2})?|advertisement|quảng cáo)$/iu;
const PLAYER_TEXT = /^(?:trình phát video(?<player>.*)|video is loading(?<loading>.*)|ads by (?<ads>\S+))$/iu;
/**
 * The most PLAYER_TEXT leaves after "trình phát video", after "video is loading" and after "ads by"
 * (counted in code: bounds this large in the pattern make recheck fall back to fuzzing). The
 * alternatives start with different words, so at most one of the groups is set.
 */
const MAX_PLAYER_REST = { player: 40, loading: 20, ads: 30 } as const;
/**
 * A video's caption: "Quán phở đông nghịt khách (Video: Thành Công - Quỳnh Anh)." — not a photo, not body text.
 * The credit in the brackets is at most MAX_VIDEO_CREDIT characters past the colon's spaces:
 * checked on the captured text (a {1,120} in the pattern is too large for recheck to decide).
 */
const VIDEO_CAPTION = /\((?:video|clip)\s*:([^()]+)\)\s*\.?$/iu;
const MAX_VIDEO_CREDIT = 120;
/** Sentence end: the line reads as finished prose. */
const SENTENCE_END = /[.!?…;:]["'”’»)\]]*$|\.{3}$/u;
/** A photo-position marker in a caption: "(bên phải)", "(trái)", "(đứng giữa)", "(thứ hai từ trái sang)", "(hình minh họa)". */
const POSITION_MARKER = /\((?:bên |đứng |ngồi |hàng )?(?:trái|phải|giữa)(?: ảnh)?\)|\((?:ảnh|hình) minh h(?:ọa|oạ|oa)\)\.?$|^ảnh minh h(?:ọa|oạ|oa)|ảnh minh h(?:ọa|oạ|oa)\.?$/iu;
/**
 * The ordinal marker, "(thứ hai từ trái sang)": within the brackets, 1 to 20 characters before
 * " từ trái"/" từ phải" and at most 20 after, checked in hasOrdinalMarker (bounds this large in
 * one pattern make recheck fall back to fuzzing).
 */
const ORDINAL_OPEN = /\((?:thứ|người thứ) /giu;
const ORDINAL_SIDE = / từ (?:trái|phải)/giu;
const MAX_ORDINAL_PART = 20;
/** The longest bracket content that can hold an ordinal marker, in UTF-16 units (a character is at most 2). */
const MAX_ORDINAL_CONTENT = 4 * MAX_ORDINAL_PART + ' từ phải'.length;

const BOILERPLATE = foldedSet(BOILERPLATE_LINES);
const HEADER_ONLY = foldedSet(HEADER_LABELS);
const FOOTER_ONLY = foldedSet(FOOTER_LABELS);
const RELATED = foldedSet(RELATED_HEADERS);
const SECTIONS = foldedSet(SECTION_NAMES);

/** Length in characters (code points), as a `u` pattern's `.` or `[^…]` counts them. */
const lengthIn = (s: string): number => [...s].length;

function isPlayer(t: string): boolean {
  if (PLAYER.test(t)) return true;
  const groups = PLAYER_TEXT.exec(t)?.groups;
  if (!groups) return false;
  return (Object.keys(MAX_PLAYER_REST) as (keyof typeof MAX_PLAYER_REST)[]).every((name) => {
    const rest = groups[name];
    return rest === undefined || lengthIn(rest) <= MAX_PLAYER_REST[name];
  });
}

function isBracketLinkLine(t: string): boolean {
  const inside = BRACKET_LINK.exec(t)?.[1];
  if (inside === undefined) return false;
  const length = lengthIn(inside);
  return length >= 5 && length <= 300;
}

/** Decoration before a label ("» Xem thêm", "| Tin mới") and after it ("TIN LIÊN QUAN:", "Đọc tiếp…"), tested one character at a time. */
const LABEL_LEAD = /[\s»›>•*|-]/u;
const LABEL_TRAIL = /[\s:»›>|…]/u;

/**
 * Fold and drop decoration a page puts around a label ("TIN LIÊN QUAN:", "» Xem thêm").
 * A scan from each end, not a `[…]+$` pattern (which, tried from every position, is
 * quadratic on a long run of decoration inside the text).
 */
export function labelKey(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && LABEL_LEAD.test(text.charAt(start))) start++;
  while (end > start && LABEL_TRAIL.test(text.charAt(end - 1))) end--;
  return foldKey(text.slice(start, end));
}

/** Whether one character is white space (as \s, and String#trim, see it). */
const SPACE = /\s/u;
const isSpaceAt = (t: string, i: number): boolean => SPACE.test(t.charAt(i));

/** The index of the first non-space character at or after `i`. */
function skipSpaces(t: string, i: number): number {
  while (i < t.length && isSpaceAt(t, i)) i++;
  return i;
}

/**
 * A source line: SOURCE_LABEL, or SOURCE_WORD then a URL that runs to the end of the
 * line, at most MAX_SOURCE_NAME characters after the word, or after a colon that ends
 * the name and is followed by spaces only.
 */
export function isSourceLineText(t: string): boolean {
  if (SOURCE_LABEL.test(t)) return true;
  const word = SOURCE_WORD.exec(t);
  if (!word) return false;
  const from = word[0].length;
  // The URL and what follows it hold no space: it starts in the line's last word.
  let last = t.length;
  while (last > from && !isSpaceAt(t, last - 1)) last--;
  const found = t.slice(last).search(URL_OPENING);
  if (found === -1) return false;
  const url = last + found;
  const nameFits = (end: number): boolean => {
    const name = t.slice(from, end);
    return lengthIn(name) <= MAX_SOURCE_NAME && !name.includes('\n');
  };
  if (nameFits(url)) return true;
  let colon = url;
  while (colon > from && isSpaceAt(t, colon - 1)) colon--;
  return colon > from && t.charAt(colon - 1) === ':' && nameFits(colon - 1);
}

/** A video caption (VIDEO_CAPTION) whose credit, past the spaces after the colon, is 1 to MAX_VIDEO_CREDIT characters. */
export function isVideoCaptionText(t: string): boolean {
  const m = VIDEO_CAPTION.exec(t);
  if (!m) return false;
  const credit = m[1] ?? '';
  // "\s*" after the colon takes the spaces, but leaves the credit at least one character.
  const lead = Math.min(skipSpaces(credit, 0), credit.length - 1);
  return lengthIn(credit.slice(lead)) <= MAX_VIDEO_CREDIT;
}

/**
 * An image file name or URL alone on a line: "le-tien-chau.jpg", "flc vietnamnet.jpg",
 * "https://…/a.png?w=1", and a path on the site as a CMS export prints it
 * ("/Uploads/images/2025/03/anh.jpg", "//cdn.vn/a.jpg": no spaces then), or a Markdown
 * image (MARKDOWN_IMAGE). Never a Windows path. Checked by hand, not by one pattern, because
 * it runs on every line.
 */
/** A Markdown image line's alt text: "![Toàn cảnh cây cầu](a.jpg)" → "Toàn cảnh cây cầu". */
const MARKDOWN_ALT = /^!\[([^\]]*)\]\(/u;
export const markdownAlt = (t: string): string | null => MARKDOWN_ALT.exec(t)?.[1]?.trim() || null;

/** An image CDN's address with no extension, its format in the query: "https://img.x.vn/abc123?format=webp&w=800". */
const IMAGE_FORMAT_QUERY = /[?&](?:format|fm)=(?:jpe?g|png|webp|gif|avif)(?:[&#]|$)/iu;

export function isImageRef(t: string): boolean {
  if (t.startsWith('![')) return t.length <= MAX_URL_LENGTH && MARKDOWN_IMAGE.test(t);
  if (t.startsWith('<image>')) return taggedImage(t) !== null;
  const url = URL_START.test(t);
  if (t.length > (url ? MAX_URL_LENGTH : MAX_FILE_NAME_LENGTH + 6)) return false;
  if (url && /\s/u.test(t)) return false;
  const cut = t.search(/[?#]/u);
  const path = cut === -1 ? t : t.slice(0, cut);
  const dot = path.lastIndexOf('.');
  if (dot < 1 || !IMAGE_EXTENSIONS.has(path.slice(dot + 1).toLowerCase())) return url && cut !== -1 && IMAGE_FORMAT_QUERY.test(t.slice(cut));
  const first = t.charAt(0);
  if (url) return true;
  if (t.includes('\\') || first.trim() === '') return false;
  return first !== '/' || !/\s/u.test(t);
}
/**
 * An "<image>…</image>" line's address (a URL, else null: a data URI or a placeholder names no file) and
 * its alt text (null when empty), or null when the line is none.
 */
export function taggedImage(t: string): { src: string | null; alt: string | null } | null {
  if (t.length > MAX_URL_LENGTH) return null;
  const inner = TAGGED_IMAGE.exec(t)?.[1];
  if (inner === undefined) return null;
  const at = inner.indexOf(ALT_ATTRIBUTE);
  const address = (at === -1 ? inner : inner.slice(0, at)).trim().replaceAll('"', '');
  const rawAlt = at === -1 ? '' : inner.slice(at + ALT_ATTRIBUTE.length);
  const alt = (rawAlt.endsWith('"') ? rawAlt.slice(0, -1) : rawAlt).trim();
  return { src: URL_LINE.test(address) ? address : null, alt: alt === '' ? null : alt };
}

/** The image an image line (isImageRef) names: the line itself, or a Markdown image's address (null when it has none). */
export function imageSource(t: string): string | null {
  if (t.startsWith('<image>')) return taggedImage(t)?.src ?? null;
  const markdown = t.startsWith('![') ? MARKDOWN_IMAGE.exec(t) : null;
  return markdown ? markdown[1] || null : t;
}
export const isUrlLine = (t: string): boolean => URL_LINE.test(t);
export const isAltText = (t: string): boolean => ALT_TEXT.test(t) || BARE_ALT_TEXT.test(t);
/** Alt text with no dash: its caption, if any, is glued below it (past a blank line is the body). */
export const isBareAltText = (t: string): boolean => !ALT_TEXT.test(t) && BARE_ALT_TEXT.test(t);
/**
 * A word left where a photo stood, naming no photo: its alt text when the page set none of its own
 * ("Responsive image", Bootstrap's example alt; "Ảnh minh họa", illustration photo), or a reader view's
 * mark ("[Ảnh]", "[Hình ảnh]", "[Image]"). The photo has no caption of it (see readBody).
 */
const PHOTO_PLACEHOLDER = /^[([]?(?:responsive image|image|photo|ảnh|hình|hình ảnh|(?:ảnh|hình) minh h(?:ọa|oạ|oa))[)\]]?\.?$/iu;
const MAX_PHOTO_PLACEHOLDER_LENGTH = 20;
export const isPhotoPlaceholder = (t: string): boolean => t.length <= MAX_PHOTO_PLACEHOLDER_LENGTH && PHOTO_PLACEHOLDER.test(t);

/** The image toolbar some CMSs leave where a photo was ("leftcenterrightdel", Báo QĐND): its caption follows. */
export const isImagePlaceholder = (t: string): boolean => t === 'leftcenterrightdel';
export const isVideoCaption = (t: string): boolean => isVideoCaptionText(t);
export const isTagLine = (t: string): boolean => TAG_LINE.test(t);
/** An aged link (AGED_LINK): a capitalised line of at most MAX_AGED_LINK_LENGTH characters ending "N phút trước". */
export const isAgedLink = (t: string): boolean => t.length <= MAX_AGED_LINK_LENGTH && /^\p{Lu}/u.test(t) && AGED_LINK.test(t);
export const isCopyright = (t: string): boolean => COPYRIGHT.test(t);
export const isSourceLine = (t: string): boolean => t.length <= 300 && isSourceLineText(t);
export const isBracketLink = (t: string): boolean => isBracketLinkLine(t) || (t.length <= 300 && (INLINE_RELATED.test(t) || READ_HERE.test(t)));
export const endsSentence = (t: string): boolean => SENTENCE_END.test(t);
export const hasPositionMarker = (t: string): boolean => POSITION_MARKER.test(t) || hasOrdinalMarker(t);

/** Whether the line holds an ordinal marker (ORDINAL_OPEN … ORDINAL_SIDE … ")"), tried at every opening. */
export function hasOrdinalMarker(t: string): boolean {
  for (const open of t.matchAll(ORDINAL_OPEN)) {
    const from = open.index + open[0].length;
    const close = t.slice(from, from + MAX_ORDINAL_CONTENT + 1).indexOf(')');
    if (close === -1) continue;
    const content = t.slice(from, from + close);
    for (const side of content.matchAll(ORDINAL_SIDE)) {
      const before = lengthIn(content.slice(0, side.index));
      if (before >= 1 && before <= MAX_ORDINAL_PART && lengthIn(content.slice(side.index + side[0].length)) <= MAX_ORDINAL_PART) return true;
    }
  }
  return false;
}
export const isBoilerplate = (t: string): boolean =>
  (t.length <= 60 && (BOILERPLATE.has(labelKey(t)) || isBackLink(t))) ||
  isMenuRow(t) ||
  COUNTER.test(t) ||
  AUDIO.test(t) ||
  (t.length <= 30 && VOICE.test(t)) ||
  PLAYER_SPEED.test(t) ||
  isPlayer(t) ||
  SEPARATOR.test(t) ||
  ARROW_LINK.test(t) ||
  RELATIVE_TIME.test(t) ||
  PLAYER_CLOCK.test(t) ||
  ZERO_CLOCK.test(t) ||
  FONT_SIZE.test(t) ||
  (t.length <= 80 && (FOLLOW.test(t) || SOCIAL.test(t) || WEATHER.test(t) || isCityWeather(t) || POWERED_BY.test(t))) ||
  (t.length <= 120 && (HOTLINE.test(t) || EMAIL_LINE.test(t) || ADVICE_LINE.test(t) || SENT_FROM.test(t))) ||
  RATING.test(t) ||
  (t.length <= 200 && INVITATION.test(t)) ||
  COMMENTS_BAR.test(t) ||
  (t.length <= 200 && COMMENT_FORM.test(t)) ||
  (t.length <= 300 && QUOTED_COMMENTS.test(t));

/** Separators between the items of a menu or a row of links printed on one line (a line's spaces are collapsed). */
const MENU_SEPARATOR = / [|•·] /u;
/** A menu's item is a label: a few words, no sentence. */
const MAX_MENU_ITEM_WORDS = 4;
const MAX_MENU_ITEM_LENGTH = 40;
const MAX_MENU_ROW_LENGTH = 400;

/**
 * A site's menu or a row of buttons copied as one line, its items between "|", "•" or "·":
 * "Thời sự | Thế giới | Kinh doanh | Giải trí", "Đăng nhập | Đăng ký". Every item is a short label;
 * two items must both be known labels (SECTION_NAMES, BOILERPLATE_LINES), three at least two, more
 * at least half, so that a menu with the site's own sections ("Xe | Số hóa | Tâm sự") is one too.
 */
function isMenuRow(t: string): boolean {
  if (t.length > MAX_MENU_ROW_LENGTH || (!t.includes('|') && !t.includes('•') && !t.includes('·'))) return false;
  const items = t.split(MENU_SEPARATOR);
  if (items.length < 2) return false;
  let known = 0;
  let buttons = 0;
  for (const item of items) {
    if (item === '' || item.length > MAX_MENU_ITEM_LENGTH || item.split(' ').length > MAX_MENU_ITEM_WORDS || endsSentence(item)) return false;
    const key = labelKey(item);
    if (BOILERPLATE.has(key)) buttons++;
    if (SECTIONS.has(key) || BOILERPLATE.has(key)) known++;
  }
  // Two sections' names and no button ("Thời sự | Chính trị") are a breadcrumb's two levels, read as the section.
  return items.length === 2 ? known === 2 && buttons > 0 : items.length === 3 ? known >= 2 : known * 2 >= items.length;
}

/** A menu copied as one line with no separators has at least this many known items. */
const MIN_SPACED_MENU_ITEMS = 4;
/** Of its words, at most one in this many is no known item's ("Podcasts", "Thư giãn" in VnExpress's menu). */
const SPACED_MENU_UNKNOWN_RATIO = 4;
/** A word opening with a capital: a menu's first item does. */
const CAPITALISED = /^\p{Lu}/u;
/** Punctuation a headline has and a menu copied as one line has not. */
const HEADLINE_PUNCTUATION = /[,.;:!?"“”‘’'()…]/u;
/** Marks that join two items into one ("Lao động - Việc làm", "Ô tô - Xe máy"): neither known nor unknown. */
const MENU_JOINERS: ReadonlySet<string> = new Set(['-', '–', '&', '/', '+']);

/**
 * A site's menu copied as one line, its items run together with single spaces: "Thời sự Góc nhìn Thế
 * giới Video Podcasts Kinh doanh Bất động sản …" (VnExpress, VietNamNet). Read from the left, the
 * longest item of SECTION_NAMES or BOILERPLATE_LINES (at most MAX_MENU_ITEM_WORDS words) at each word,
 * the first capitalised: at least MIN_SPACED_MENU_ITEMS known items, and at most one word in
 * SPACED_MENU_UNKNOWN_RATIO outside them (a dash joining two items counts for neither: "Ô tô - Xe máy").
 * A headline has few such names in a row ("Kinh tế Việt Nam tăng trưởng …": two words of ten), more
 * words of its own, and commas between the names it lists ("Giáo dục, Y tế, Văn hóa, Thể thao, Du lịch
 * tăng ngân sách"): a menu copied so has no punctuation but its joining dashes.
 */
export function isSpacedMenu(t: string): boolean {
  if (t.length > MAX_MENU_ROW_LENGTH || !CAPITALISED.test(t) || HEADLINE_PUNCTUATION.test(t)) return false;
  const words = t.split(' ');
  let known = 0;
  let unknown = 0;
  for (let i = 0; i < words.length; ) {
    if (MENU_JOINERS.has(words[i] as string)) {
      i++;
      continue;
    }
    let taken = 0;
    for (let k = Math.min(MAX_MENU_ITEM_WORDS, words.length - i); k >= 1 && taken === 0; k--) {
      const key = labelKey(words.slice(i, i + k).join(' '));
      if (SECTIONS.has(key) || BOILERPLATE.has(key)) taken = k;
    }
    if (taken === 0) {
      unknown++;
      i++;
    } else {
      known++;
      i += taken;
    }
  }
  return known >= MIN_SPACED_MENU_ITEMS && unknown * SPACED_MENU_UNKNOWN_RATIO <= words.length;
}

/** Chrome above the title only (see HEADER_LABELS): a box's tabs, the paper's tagline, a menu on one line. */
export const isHeaderChrome = (t: string): boolean =>
  (t.length <= 60 && HEADER_ONLY.has(labelKey(t))) || (t.length <= 120 && (ORGAN_LINE.test(t) || APP_PROMPT.test(t) || APP_READ.test(t) || MARKET_QUOTE.test(t))) || isSpacedMenu(t);

/**
 * Chrome under the body only (see FOOTER_LABELS): a rating widget, a comment form, the newsroom's
 * address, phone line, editors and licence. In the body a charity appeal's phone line is text.
 */
export const isFooterChrome = (t: string): boolean =>
  (t.length <= 60 && FOOTER_ONLY.has(labelKey(t))) ||
  (t.length <= 400 && t.includes('http') && LINK_OUT.test(t)) ||
  (t.length <= 24 && REACTIONS.test(t)) ||
  (t.length <= 200 && (NEWSROOM_ADDRESS.test(t) || PHONE_LINE.test(t) || MASTHEAD_STAFF.test(t) || APP_PROMPT.test(t) || APP_READ.test(t) || SOCIAL_PROMPT.test(t) || READERS_MAIL.test(t))) ||
  (t.length <= 300 && LICENCE.test(t));

/** A line only a paper's footer prints: who answers for it ("Tổng biên tập: …") or its licence ("Giấy phép số …/GP-BTTTT"). */
export const isMastheadLine = (t: string): boolean =>
  (t.length <= 200 && MASTHEAD_STAFF.test(t)) || (t.length <= 300 && LICENCE.test(t));

/** A weather widget's city line (CITY_WEATHER), the city printed again after the temperature or not at all. */
function isCityWeather(t: string): boolean {
  const m = CITY_WEATHER.exec(t);
  return m !== null && (m[2] === undefined || m[2] === m[1] || SKY.test(m[2]));
}

/**
 * "Trở lại Thể thao": back to a section of SECTION_NAMES. A text dump may print the link with its
 * tooltip glued after it, the same words twice: "Trở lại Kinh doanhTrở lại Kinh doanh".
 */
function isBackLink(t: string): boolean {
  const half = t.length / 2;
  const once = Number.isInteger(half) && t.slice(0, half) === t.slice(half) ? t.slice(0, half) : t;
  const section = BACK_TO.exec(once)?.[1];
  return section !== undefined && SECTIONS.has(labelKey(section));
}
/**
 * A row of buttons copied as one line: every word belongs to a label of BOILERPLATE_LINES, an
 * address may stand last, and a source "Theo <name>" may open it when buttons follow
 * ("Chia sẻ Copy link thành công", "Link bài gốc Lấy link! https://…", "Theo Đại Đoàn kết Copy link").
 * At least two parts (one label alone is isBoilerplate's). Tried by hand over word positions:
 * at most MAX_BUTTON_ROW_WORDS words, labels of at most MAX_BUTTON_LABEL_WORDS words.
 */
const MAX_BUTTON_ROW_WORDS = 16;
const MAX_BUTTON_LABEL_WORDS = 6;
const MAX_SOURCE_NAME_WORDS_IN_ROW = 6;
const MAX_BUTTON_ROW_LENGTH = 300;
/**
 * The first word of every BOILERPLATE label, trimmed as labelKey trims: a row of buttons opens with
 * one (or with "Theo") and ends with a label's last word (or an address), so any other line is
 * answered with two look-ups instead of the search below, which ran on every short line of every
 * article (a tenth of the reader's time).
 */
const BUTTON_FIRST_WORDS: ReadonlySet<string> = new Set([...BOILERPLATE].map((label) => labelKey(label.split(' ')[0] as string)));
/** The last word of every BOILERPLATE label: a row ends with one, or with an address. */
const BUTTON_LAST_WORDS: ReadonlySet<string> = new Set([...BOILERPLATE].map((label) => labelKey(label.split(' ').at(-1) as string)));

/** A count opening or closing a row of buttons: "0" of "0 bình luận", "(3)" of "Bình luận (3)". */
const COUNT_WORD = /^\(?\d[\d.,]*\)?$/u;
/** Most words of a COUNTER inside a row ("1.234 lượt xem", "Số lượt xem: 12"). */
const MAX_COUNTER_WORDS = 4;

export function isButtonRow(t: string): boolean {
  if (t.length > MAX_BUTTON_ROW_LENGTH) return false;
  // The two look-ups on the first and last words, before any array is made.
  const firstSpace = t.indexOf(' ');
  if (firstSpace === -1) return false;
  const first = labelKey(t.slice(0, firstSpace));
  if (first !== 'theo' && !BUTTON_FIRST_WORDS.has(first) && !COUNT_WORD.test(first)) return false;
  const last = t.slice(t.lastIndexOf(' ') + 1);
  if (!BUTTON_LAST_WORDS.has(labelKey(last)) && !URL_LINE.test(last) && !COUNT_WORD.test(last)) return false;
  const words = t.split(/ +/u);
  const n = words.length;
  if (n < 2 || n > MAX_BUTTON_ROW_WORDS) return false;
  /** parts[i]: the fewest parts that cover words[i..n), or Infinity when they cannot be covered. */
  const parts: number[] = new Array<number>(n + 1).fill(Number.POSITIVE_INFINITY);
  parts[n] = 0;
  for (let i = n - 1; i >= 0; i--) {
    if (i === n - 1 && URL_LINE.test(words[i] as string)) parts[i] = 1;
    for (let k = 1; k <= MAX_BUTTON_LABEL_WORDS && i + k <= n; k++) {
      const label = words.slice(i, i + k).join(' ');
      // A counter is a button's too: "0 bình luận Chia sẻ", "Chia sẻ Bình luận (3)".
      if (BOILERPLATE.has(labelKey(label)) || (k <= MAX_COUNTER_WORDS && COUNTER.test(label))) parts[i] = Math.min(parts[i] as number, 1 + (parts[i + k] as number));
    }
  }
  if ((parts[0] as number) >= 2 && (parts[0] as number) !== Number.POSITIVE_INFINITY) return true;
  // "Theo <name>" then buttons.
  if (!/^theo$/iu.test(words[0] as string)) return false;
  for (let k = 2; k <= 1 + MAX_SOURCE_NAME_WORDS_IN_ROW && k < n; k++) if ((parts[k] as number) !== Number.POSITIVE_INFINITY) return true;
  return false;
}
/** "Xem thêm trên Báo Đầu Tư": more stories on the site, the header of a box of its links. */
const MORE_ON_SITE = /^(?:xem|đọc) thêm (?:trên|tại) \p{Lu}/iu;
export const isRelatedHeader = (t: string): boolean => t.length <= 60 && (RELATED.has(labelKey(t)) || MORE_ON_SITE.test(t));
/** A line that is one of BOILERPLATE_LINES or HEADER_LABELS and nothing more ("Đăng nhập", "Nóng"). */
export function isMenuButton(t: string): boolean {
  if (t.length > 60) return false;
  const key = labelKey(t);
  return BOILERPLATE.has(key) || HEADER_ONLY.has(key);
}
/** A line that is one of SECTION_NAMES and nothing more ("Thời sự", "Video"; not "Video clip"). */
export const isSectionName = (t: string): boolean => t.length <= 60 && SECTIONS.has(labelKey(t));

/** BBC's caption labels, printed for screen readers: "Image caption Ca sỹ …", "Chụp lại hình ảnh, …". */
const CAPTION_LABELS = ['Image caption ', 'Chụp lại hình ảnh, '];

/** The caption after BBC's caption label opening the line, or null. */
export function labelledCaption(text: string | undefined): string | null {
  if (text === undefined) return null;
  for (const label of CAPTION_LABELS) if (text.startsWith(label) && text.length > label.length) return text.slice(label.length).trim();
  return null;
}

/** Split "… Bộ Quốc phòng ảnh 1Trung tướng …" into the alt text and the caption. */
export function splitGluedAlt(t: string): { alt: string; caption: string } | null {
  const m = GLUED_ALT.exec(t);
  if (!m) return null;
  return { alt: t.slice(0, m.index), caption: t.slice(m.index + m[0].length) };
}

/** A related-box link is a headline: at most this long, no sentence end, not an image line. */
const MAX_RELATED_LINK_LENGTH = 200;

export function isRelatedLink(t: string): boolean {
  return t.length <= MAX_RELATED_LINK_LENGTH && !endsSentence(t) && !isImageRef(t);
}

/** Breadcrumb separators: "Thời sự > Chính trị", "Kinh doanh › Vĩ mô", "Quốc tế | Châu Mỹ" (the spaces around go with each part's trim). */
const CRUMB = /[>›»/|]/u;
/** A CMS export's label before the section: "Chuyên mục: Thời sự", "Danh mục: Kinh tế". */
const SECTION_LABEL = /^(?:chuyên mục|danh mục) ?: ?/iu;
/** The home page as a breadcrumb's first level: "Trang chủ > Thời sự". */
const HOME_CRUMB = /^(?:trang chủ|trang nhất|home)$/iu;
/** Parts of a combined section: "Chính trị - Xã hội", "Khoa học & Công nghệ"; joined by these between spaces, or by a comma. */
const PART_JOINERS: ReadonlySet<string> = new Set(['-', '–', '&']);

/**
 * Split a combined section into its parts as splitting at `\s+[-–&]\s+` or `\s*,\s*` would:
 * at a joiner with spaces on both sides, or at a comma, taking the spaces around. A scan
 * rather than that pattern, which tried from every position of a run of spaces is quadratic.
 */
export function sectionParts(t: string): string[] {
  const parts: string[] = [];
  let partStart = 0;
  let i = 0;
  while (i < t.length) {
    // A separator starts at i only at the start of a run of spaces or at a comma; a run
    // of spaces that no separator follows fails from each of its positions alike.
    const afterSpaces = skipSpaces(t, i);
    let end = -1;
    if (afterSpaces > i && PART_JOINERS.has(t.charAt(afterSpaces)) && isSpaceAt(t, afterSpaces + 1)) end = skipSpaces(t, afterSpaces + 1);
    else if (t.charAt(afterSpaces) === ',') end = skipSpaces(t, afterSpaces + 1);
    if (end === -1) {
      i = afterSpaces > i ? afterSpaces : i + 1;
      continue;
    }
    parts.push(t.slice(partStart, i));
    partStart = end;
    i = end;
  }
  parts.push(t.slice(partStart));
  return parts;
}

/**
 * The site section, when the line is one: a short label whose parts are known
 * section names (or start with one: "Đầu tư tài chính"). Returns the first-level
 * section of a breadcrumb, or null when the line is not a section.
 */
/** "Lê Vũ -": a dash left at the end of a line where the date used to follow it. */
export function withoutTrailingDash(s: string): string {
  let end = s.length;
  while (end > 0 && (s.charAt(end - 1) === '-' || s.charAt(end - 1) === '–' || s.charAt(end - 1) === ' ')) end--;
  return end < s.length && s.charAt(end) === ' ' ? s.slice(0, end) : s;
}

/** Where a breadcrumb's levels run together with no space: "Văn hóaSức khỏe" (a lower-case letter, then a capital). */
const GLUED_CRUMB = /\p{Ll}(?=\p{Lu})/u;

export function sectionOf(line: string): string | null {
  const section = sectionOfLine(line);
  if (section !== null || line.length > 60) return section;
  // "Y tế - Văn hóaSức khỏe đời sống": the levels glued; the first is the section when each of its
  // parts is a section's name exactly (not one a word begins: "Kinh doanh xe Vin|Fast" is no level).
  const glued = GLUED_CRUMB.exec(line);
  if (!glued) return null;
  const first = line.slice(0, glued.index + 1);
  return sectionParts(first).every((part) => SECTIONS.has(foldKey(part))) ? sectionOfLine(first) : null;
}

function sectionOfLine(line: string): string | null {
  // "Tin tức -": a dash left at the end where a date or a sub-section used to follow.
  const t = withoutTrailingDash(line).replace(SECTION_LABEL, '');
  if (t.length > 60 || /\d/u.test(t) || endsSentence(t)) return null;
  const crumbs = t.split(CRUMB).map((c) => c.trim());
  // "» Chính trị": a separator before the first level.
  while (crumbs.length > 1 && crumbs[0] === '') crumbs.shift();
  if (crumbs.length > 1 && HOME_CRUMB.test(crumbs[0] ?? '')) crumbs.shift();
  const first = crumbs[0] ?? '';
  if (first === '' || first.split(' ').length > 6) return null;
  const parts = sectionParts(first);
  const known = parts.every(isSectionPart) || (parts.length > 1 && isSectionPart(parts[0]!) && parts.slice(1).every(isSectionLabel));
  if (known) return first;
  // "Cuộc sống > Công nghệ": levels parted by arrows, each a short capitalised label, are a breadcrumb
  // whatever the site calls its sections (a bar or a slash may part a headline or a date; an arrow only levels).
  if (crumbs.length > 1 && ARROW_CRUMB.test(t) && crumbs.every(isCrumbLabel)) return first;
  return gluedCapitalsSection(first);
}

/** An arrow between a breadcrumb's levels, spaced: "Cuộc sống > Công nghệ", "Giải trí › Sao", "Xe » Thị trường". */
export const ARROW_CRUMB = /\s[>›»]\s/u;
/** A level of such a breadcrumb is at most this many words. */
const MAX_CRUMB_WORDS = 4;
const isCrumbLabel = (crumb: string): boolean => crumb !== '' && crumb.split(' ').length <= MAX_CRUMB_WORDS && /^\p{Lu}/u.test(crumb);

/** After a section's name, at most this many words more make a narrower section ("Đầu tư | tài chính"). */
const MAX_SECTION_REST = 2;

/**
 * A part of a combined section that is one of SECTION_NAMES, or starts with one and goes on for at
 * most MAX_SECTION_REST words ("Đầu tư tài chính", "Thể thao quốc tế"): a short headline that opens
 * with a section's name goes on further ("Hà Nội khánh thành cầu mới").
 */
function isSectionPart(part: string): boolean {
  const k = foldKey(part);
  if (SECTIONS.has(k)) return true;
  const words = k.split(' ');
  for (let n = words.length - 1; n >= 1 && words.length - n <= MAX_SECTION_REST; n--) if (SECTIONS.has(words.slice(0, n).join(' '))) return true;
  return false;
}

/** After a known first part, a short capitalised label completes a combined section: "An ninh - Trật tự". */
const MAX_LABEL_WORDS = 3;
const isSectionLabel = (part: string): boolean => part.split(' ').length <= MAX_LABEL_WORDS && /^\p{Lu}/u.test(part);

const SECTIONS_LONGEST_FIRST = [...SECTIONS].sort((a, b) => b.length - a.length);

/**
 * A breadcrumb in capitals glued to its sub-level: "THẾ GIỚICĂNG THẲNG NGA - UKRAINE"
 * → "THẾ GIỚI". Only for lines in capitals, where the glue cannot be a word.
 */
function gluedCapitalsSection(t: string): string | null {
  if (t !== t.toUpperCase() || !/\p{Lu}/u.test(t)) return null;
  const key = foldKey(t);
  const known = SECTIONS_LONGEST_FIRST.find((s) => key.startsWith(s));
  return known === undefined ? null : t.slice(0, known.length).trim();
}
