/**
 * Word lists the plain-text reader relies on. Data only: extend a list here and
 * add a test case beside the rule that uses it.
 *
 * Every entry is compared after `foldKey` (NFC, lower case, "òa/óa/ủy" tone
 * placement folded, spaces collapsed), so write entries in any of those forms.
 */

/**
 * First-level sections of Vietnamese news sites ("Chính trị", "Kinh doanh").
 * A short line above (or just below) the title is the section when each of its
 * parts ("Chính trị - Xã hội") is one of these, or starts with one of them
 * ("Đầu tư tài chính").
 */
export const SECTION_NAMES: readonly string[] = [
  'Thời sự', 'Chính trị', 'Xã hội', 'Kinh tế', 'Kinh doanh', 'Tài chính', 'Đầu tư', 'Chứng khoán',
  'Bất động sản', 'Ngân hàng', 'Thị trường', 'Doanh nghiệp', 'Thế giới', 'Quốc tế', 'Trong nước',
  'Trong tỉnh', 'Địa phương', 'Giáo dục', 'Tuyển sinh', 'Du học', 'Sức khỏe', 'Y tế', 'Pháp luật',
  'An ninh', 'An ninh trật tự', 'Quốc phòng', 'Quân sự', 'Thể thao', 'Bóng đá', 'Giải trí', 'Văn hóa',
  'Văn nghệ', 'Nghệ thuật', 'Du lịch', 'Khoa học', 'Công nghệ', 'Số hóa', 'Khoa học - Công nghệ',
  'Đời sống', 'Gia đình', 'Xe', 'Ô tô', 'Xe máy', 'Ý kiến', 'Góc nhìn', 'Bạn đọc', 'Tâm sự', 'Nhịp sống',
  'Môi trường', 'Nông nghiệp', 'Nông thôn', 'Lao động', 'Việc làm', 'Xây dựng Đảng', 'Tin tức', 'Tin nóng',
  'Sự kiện', 'Phóng sự', 'Điều tra', 'Chuyên đề', 'Media', 'Video', 'Podcast', 'Multimedia', 'Ảnh',
  'Megastory', 'Emagazine', 'E-magazine', 'Longform', 'Infographics', 'Infographic', 'Người Việt', 'Kiều bào', 'Đô thị', 'Giao thông', 'Hà Nội',
  'Hồ Chí Minh', 'Kinh tế số', 'Chuyển đổi số', 'Tiêu dùng', 'Nhà đất', 'Pháp lý', 'Hồ sơ', 'Quân đội',
  'Biển đảo', 'Dân tộc', 'Tôn giáo', 'Mặt trận', 'Đoàn thể', 'Công đoàn', 'Phụ nữ', 'Thanh niên',
  'Giới trẻ', 'Học đường', 'Thời trang', 'Làm đẹp', 'Ẩm thực', 'Sao', 'Âm nhạc', 'Điện ảnh', 'Sách',
  'Nhân ái', 'Từ thiện', 'Tấm lòng nhân ái', 'Nhân vật', 'Đối ngoại', 'Quốc hội', 'Chính phủ', 'Nghị trường',
  'Việt Nam', 'Chính sách',
];

/**
 * Leftover page chrome: a line equal to one of these (ignoring case and a
 * trailing colon) is dropped with a warning. Examples from real copies:
 * "Chia sẻ" under the byline, "Bình luận bài viết này" after the body.
 */
export const BOILERPLATE_LINES: readonly string[] = [
  'Chia sẻ', 'Chia sẻ bài viết', 'Chia sẻ Facebook', 'Share', 'Tweet', 'Like', 'Bình luận', 'Bình luận bài viết này',
  'Gửi bình luận', 'Viết bình luận', 'Ý kiến bạn đọc', 'Ý kiến của bạn', 'Lưu', 'Lưu bài viết', 'Lưu bài',
  'In bài viết', 'In bài', 'Bản in', 'Gửi bạn bè', 'Gửi cho bạn bè', 'Theo dõi', 'Quan tâm', 'Copy link', 'Sao chép liên kết', 'Gửi email', 'Email',
  'Facebook', 'Zalo', 'Twitter', 'Nghe bài viết', 'Nghe', 'Đọc bài', 'Tự động phát', 'Giọng nam', 'Giọng nữ',
  'Giọng miền Bắc', 'Giọng miền Nam', 'Giọng Bắc', 'Giọng Nam', 'Tốc độ đọc', 'Tắt âm thanh', 'Phát', 'Tạm dừng',
  // A mobile page's menu button, its icon copied as a character.
  '≡', '☰',
  'Cỡ chữ', 'A A', 'A- A+', 'A-', 'A+', 'Aa', 'Trở lại', 'Quay lại', 'Về đầu trang', 'Lên đầu trang', 'Trang chủ', 'Top',
  'Tin liên quan', 'Tin cùng chuyên mục', 'Tin mới hơn', 'Tin cũ hơn', 'Tin khác', 'Tin mới', 'Tin mới nhất',
  'Tin nổi bật', 'Tin đọc nhiều', 'Đọc nhiều', 'Xem nhiều', 'Đọc thêm', 'Xem thêm', 'Có thể bạn quan tâm',
  'Bài liên quan', 'Bài viết liên quan', 'Cùng chuyên mục', 'Các tin khác', 'Tin bài liên quan', 'Video liên quan',
  'Từ khóa', 'Tags', 'Tag', 'Chủ đề', 'Bạn nghĩ sao?', 'Đăng nhập', 'Đăng ký', 'Đăng xuất', 'Tìm kiếm',
  // A search box.
  'Tìm kiếm...', 'Tìm kiếm…', 'Nhập từ khóa', 'Nhập từ khóa tìm kiếm', 'Nhập từ khóa cần tìm',
  // A language switch: 'English | Français | 中文'.
  'English', 'Tiếng Việt', 'Tiếng Anh', 'Français', 'Español', 'Deutsch', 'Русский', '中文', '日本語', '한국어', 'Báo lỗi', 'Góp ý',
  'Ủng hộ', 'Quảng cáo', 'Advertisement', 'Tải thêm', 'Xem tiếp', 'Xem toàn bộ', 'Xem ảnh', 'Xem video',
  'Mới nhất', 'Nổi bật', 'Phổ biến', 'Thích', 'Trả lời', 'Gửi', 'Hủy', 'Đóng', 'Print', 'In', 'Ad', 'Ads',
  // Video player controls left in a copy.
  'Bật âm thanh', 'Toàn màn hình', 'Thoát toàn màn hình', 'Cài đặt', 'Phát Video', 'Xem video', '/',
  'Tin tức khác', 'Những tin mới hơn', 'Những tin cũ hơn', 'Lên top', 'Tin tài trợ', 'Nội dung tài trợ',
  // Image alignment controls and back-to-top buttons left by some CMSs.
  'leftcenterrightdel', 'back-top-top', 'back to top',
  // Audio players' voice pickers, logos, app and print-edition links.
  'Nam miền Bắc', 'Nữ miền Bắc', 'Nam miền Nam', 'Nữ miền Nam', 'Logo', 'Đọc báo in', 'Tải ứng dụng', 'Google News',
  // Links above the headline on listing pages (CafeF) and a portal's rating prompt.
  'Mới nhất!', 'Đọc nhanh', 'Click để đánh giá bài viết', 'Click để copy',
  // Comment and rating prompts, a loading message.
  'Ý kiến của bạn', 'Mời bạn thảo luận hoặc đánh giá về bài viết này', 'Bài viết hay? Hãy đánh giá bài viết',
  'Đang tải dữ liệu ...', 'Đang tải dữ liệu...', 'Đang tải...', 'Loading...',
  // Reading tools, ad slots, a login prompt, a search box, an image's placeholder word (a table's bar alone is a SEPARATOR).
  'Xem cỡ chữ', 'Đọc bài viết', 'Header Ads', 'Breaking News', 'search', 'image',
  'Bạn cần đăng nhập để thực hiện chức năng này',
  // Question-and-answer labels alone on their line ("Hỏi:" / "Trả lời:" is already chrome above).
  'Hỏi', 'Đáp',
  // A video player's messages (VOA).
  'No media source currently available', 'please wait', 'Video đang HOT',
  'Your browser does not support the video tag.', 'Your browser does not support the video tag',
  // A table of contents' label above a long piece.
  'Mục lục',
  // A "read on" link under a teaser, a site menu's button above the story (a mobile page's "Danh mục").
  'Đọc tiếp', 'Tất cả chuyên mục', 'Danh mục', 'Menu',
  // Rating and comment boxes, a captcha's label, a photo album's archive link, a most-read box (under the signature).
  'Đánh giá', 'Ý kiến bình luận', 'Bình luận của bạn về bài viết...', 'Bình luận của bạn', 'captcha', 'Các album đã đăng',
  'Tin xem nhiều', 'Bình luận hay',
  // Boxes of other stories under the article ("Đừng bỏ lỡ": don't miss).
  'Đừng bỏ lỡ',
  // A language switch above the masthead.
  'En', 'English',
  // A blog's comment form under the article (WordPress): its heading and the link that closes it.
  'Để lại một bình luận', 'Để lại bình luận', 'Hủy trả lời', 'Leave a Reply', 'Leave a Comment', 'Cancel reply',
  // A news site's comment box: the login prompt under "Gửi bình luận".
  'Đăng nhập để bình luận', 'Đăng nhập để gửi bình luận', 'Bạn cần đăng nhập để bình luận', 'Vui lòng đăng nhập để bình luận',
  // A video player's "now playing" label and its close button (VTV).
  'Đang phát', 'X', '×',
  // Ad slots' labels, a video box's label alone.
  'Sponsored', 'Được tài trợ', 'Xem thêm video',
  // A share box's toast ("link copied"), a source box's buttons, an author's page link, an image's
  // placeholder word (w3m dumps of saved pages: VnExpress, CafeF, VietNamNet).
  'Copy link thành công', 'Link bài gốc', 'Lấy link', 'Lấy link!', 'Xem các bài viết của tác giả', 'icon',
  // A page's skip-links heading for screen readers (VOA: "Đường dẫn truy cập" / "Chuyển tới nội dung chính").
  'Đường dẫn truy cập',
  // End-of-article marks left alone on a line.
  './.', '/.', '.', '(Hết)', 'Hết', '-Hết-', '- Hết -',
];

/**
 * Labels that are page chrome above the title only: a box's tabs ("Mới nhất" / "Đọc nhiều" /
 * "Tiêu điểm"). In the body the same word may be a subheading.
 */
/**
 * Labels of a page's widget boxes: a summary over the lead ("Tóm tắt" / "Nội dung chính" / "Điểm nhấn"
 * and its bullets), a box of teasers ("Tin nổi bật", "Đọc nhanh"), a long-form's table of contents
 * ("Mục lục"), a poll ("Bạn nghĩ sao?" / the question / the answers / "Bình chọn"), a price board
 * ("Giá vàng hôm nay"), a video box ("Xem thêm video" / the clip's title). With the short lines glued
 * under it, such a label is a box and goes whole (widgets.ts); alone past a blank line, "Tóm tắt" or
 * "Điểm nhấn" may be a subheading and stays.
 */
export const WIDGET_LABELS: readonly string[] = [
  'Tóm tắt', 'Tóm tắt nội dung', 'Tóm tắt bài viết', 'Nội dung chính', 'Điểm nhấn', 'Điểm chính', 'Ý chính',
  'Tin nổi bật', 'Tin nóng', 'Đọc nhanh', 'Tin nhanh', 'Mục lục', 'Bạn nghĩ sao?', 'Thăm dò ý kiến', 'Bình chọn',
  'Giá vàng hôm nay', 'Giá vàng', 'Tỷ giá', 'Tỷ giá hôm nay', 'Xem thêm video', 'Video nổi bật',
];

export const HEADER_LABELS: readonly string[] = ['Tiêu điểm', 'Nóng', 'Mới', 'Xu hướng', 'Chủ đề nóng'];

/**
 * Labels that are page chrome under the body only: a rating widget ("Bạn thấy bài viết thế nào?" /
 * "Hay" / "Bình thường" / "Không hay") and a comment form's fields. In the body the same words may
 * be an answer in an interview.
 */
export const FOOTER_LABELS: readonly string[] = [
  'Bạn thấy bài viết thế nào?', 'Bạn thấy bài viết này thế nào?', 'Đánh giá bài viết', 'Bài viết có hữu ích không?',
  'Hay', 'Rất hay', 'Không hay', 'Chưa hay', 'Bình thường', 'Họ tên', 'Họ và tên', 'Tên của bạn', 'Email của bạn',
  // A mobile (AMP) page's links at its foot.
  'Xem bản đầy đủ', 'Xem phiên bản đầy đủ', 'Về trang chủ', 'Quay lại trang chủ',
];

/**
 * Headers of related-article boxes. After one of these, the headline-like lines
 * that follow (no sentence punctuation at the end) are the box's links, not body.
 */
export const RELATED_HEADERS: readonly string[] = [
  'Tin liên quan', 'Bài liên quan', 'Bài viết liên quan', 'Tin bài liên quan', 'Xem thêm', 'Đọc thêm',
  'Có thể bạn quan tâm', 'Tin cùng chuyên mục', 'Cùng chuyên mục', 'Tin mới hơn', 'Tin cũ hơn', 'Tin khác',
  'Các tin khác', 'Tin đọc nhiều', 'Đọc nhiều', 'Xem nhiều', 'Tin mới nhất', 'Tin nổi bật', 'Video liên quan',
  'Tin tức khác', 'Những tin mới hơn', 'Những tin cũ hơn', 'Bạn có thể quan tâm', 'Tin xem nhiều',
  // "See also", printed above each link of a government portal's box.
  'Tham khảo thêm',
  // Boxes of stories on the same topic, of other stories.
  'Bài viết cùng chủ đề', 'Tin cùng chủ đề', 'Bài cùng chủ đề', 'Cùng chủ đề', 'Các bài viết khác', 'Tin bài khác',
  'Bài đọc thêm', 'Tin tức liên quan',
  // A box of the site's videos, in the body or under it.
  'Video đang được quan tâm', 'Video nổi bật', 'Video xem nhiều',
  // "Read on": a box of other stories under the share row (Znews), also a link's label under a teaser.
  'Đọc tiếp',
];

/**
 * Vietnamese papers whose name, alone at the top of a copied page (the logo's text) or as the name
 * of the paper's Facebook page ("Báo Tuổi Trẻ"), stands above the article: a masthead, never a title.
 * Entries are bare names; "Báo " before them and " Online" / " điện tử" after them are read too.
 */
export const OUTLET_NAMES: readonly string[] = [
  'VnExpress', 'Dân trí', 'VietNamNet', 'Tuổi Trẻ', 'Thanh Niên', 'Tiền Phong', 'Người Lao Động', 'Lao Động',
  'Nhân Dân', 'Sài Gòn Giải Phóng', 'Pháp Luật TP.HCM', 'Zing News', 'Znews', 'VietnamPlus', 'Vietnam+',
  'Kênh 14', 'Kenh14', 'Soha', 'Công an nhân dân', 'Quân đội nhân dân', 'Hà Nội Mới', 'Giáo dục và Thời đại',
];

/**
 * News agencies and outlets that sign articles in place of a person:
 * "(TTXVN/Vietnam+)", "Theo TTXVN", "PV". A signature line made only of these
 * (and "/") is an author.
 */
export const AGENCY_NAMES: readonly string[] = [
  'TTXVN', 'Vietnam+', 'VNA', 'VGP', 'VOV', 'VOV5', 'VTV', 'VTC', 'TTO', 'NLĐO', 'PV', 'PV/VOV', 'Nhóm PV', 'Nhóm phóng viên',
  'Phóng viên', 'BTV', 'CTV', 'Reuters', 'AFP', 'AP', 'Bloomberg', 'Xinhua', 'Tân Hoa xã', 'Sputnik', 'TASS',
  'Kyodo', 'Yonhap', 'CNN', 'BBC', 'PL+', 'Chinhphu.vn', 'Baochinhphu.vn', 'Dân trí', 'Vietnamnet', 'VnExpress',
  'Tuổi Trẻ', 'Thanh Niên', 'Tiền Phong', 'Nhân Dân', 'Người Lao Động', 'Quân đội nhân dân', 'QĐND', 'CAND', 'Hànộimới', 'TTXVN/Vietnam+',
];

/** Words that open a desk or group byline ("Ban Thời sự", "Nhóm phóng viên"). */
export const DESK_HEADS: readonly string[] = ['Ban', 'Nhóm', 'Phòng', 'Tòa soạn', 'Tổ'];

/**
 * Words that open the name of a government office signing its own news on a ministry's portal
 * ("Cục Y tế dự phòng", "Vụ Pháp chế", "Văn phòng Bộ"): a desk of up to MAX_OFFICE_WORDS words.
 */
export const OFFICE_HEADS: readonly string[] = ['Cục', 'Vụ', 'Văn phòng'];
