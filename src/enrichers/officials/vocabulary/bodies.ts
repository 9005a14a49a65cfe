/**
 * What may follow a title head inside the title: the body it belongs to. Capitalised
 * words and abbreviations always may ("Bộ Quốc phòng", "UBND TP.HCM"); lowercase words
 * only from the lists here, because a lowercase word after a title is usually the
 * verb of the sentence ("Trưởng Đoàn kiểm tra | chủ trì hội nghị").
 */

import { REFERENCE_KINDS } from '../../references-vocabulary.js';

/** Lowercase words found inside titles and body names ("Ủy viên thường trực Ủy ban Tài chính ngân sách"). */
export const LOWERCASE_BODY_WORDS: readonly string[] = [
  'Đoàn kiểm tra', 'Ủy ban kiểm tra', 'Ban chỉ đạo', 'thủ công mỹ nghệ', 'ngoài quốc doanh', 'điều hành', 'thường trực', 'tài chính', 'ngân sách', 'biên tập', 'dự khuyết', 'đại biểu', 'nhân dân',
  'xã hội chủ nghĩa', 'chính phủ', 'tổng thống', 'đối ngoại', 'thuế', 'điện tử', 'thành phố', 'tỉnh',
  'huyện', 'quận', 'thị xã', 'thị trấn', 'xã', 'phường',
  // Below the commune: "Bí thư Chi đoàn thôn Đông Xuyên", "Bí thư Chi bộ ấp 3", "Trưởng khu phố 2".
  'thôn', 'ấp', 'khu phố', 'tổ dân phố', 'trung ương', 'thường vụ', 'chính trị', 'kinh tế',
  'quân đội', 'công an', 'phụ trách', 'thứ nhất', 'thứ hai', 'quốc gia', 'tối cao', 'cấp cao', 'đặc biệt',
  'hành chính', 'đảng', 'đảng ủy', 'đảng đoàn', 'ban cán sự', 'tham mưu', 'hậu cần', 'kỹ thuật', 'chính sách',
  'chiến lược', 'hạ tầng', 'pháp luật', 'tư pháp', 'quốc phòng', 'an ninh', 'ngoại giao', 'nội vụ', 'y tế', 'giáo dục', 'đào tạo',
  'văn hóa', 'thể thao', 'du lịch', 'thông tin', 'truyền thông', 'công thương', 'xây dựng', 'giao thông',
  'vận tải', 'nông nghiệp', 'môi trường', 'tài nguyên', 'khoa học', 'công nghệ', 'lao động', 'thương binh',
  'xã hội', 'kế hoạch', 'đầu tư', 'dân tộc', 'tôn giáo', 'đoàn', 'hội đồng', 'quản trị', 'thành viên',
  'nhà nước', 'tỉnh ủy', 'thành ủy', 'huyện ủy', 'quận ủy', 'khu vực', 'phía Nam', 'phía Bắc', 'toàn quyền',
  'đặc mệnh toàn quyền', 'bang', 'nước', 'liên bang', 'cộng hòa', 'vương quốc', 'chứng khoán', 'bất động sản',
  'khí tượng', 'thủy văn', 'phòng chống', 'thiên tai', 'sức khỏe', 'cổ phần', 'trách nhiệm hữu hạn', 'hình sự',
  'châu Âu', 'châu Á', 'châu Phi', 'châu Mỹ', 'châu Đại Dương', 'ma túy', 'cơ động', 'phòng cháy', 'chữa cháy', 'cứu nạn', 'cứu hộ', 'quản lý', 'điều tra',
  'chấp hành', 'biên phòng', 'nội bộ', 'dự phòng', 'trung tâm', 'quân khu', 'quân chủng', 'quân đoàn', 'sư đoàn',
  'tàu thủy', 'công nghiệp', 'thanh niên', 'trường học', 'liên hiệp', 'phúc thẩm', 'sơ thẩm', 'kiểm soát', 'kiểm sát',
  'khối', 'tỉnh đoàn', 'thành đoàn', 'huyện đoàn', 'quận đoàn', 'trung ương đoàn',
  'nông thôn', 'phát triển nông thôn', 'chỉ huy', 'chỉ huy quân sự', 'nhân sự', 'chuyên trách',
  // "Ban Quản lý dự án y tế trọng điểm", "Trung tâm Phát triển quỹ đất", "Cục An ninh nội địa", "Phòng Tài chính doanh nghiệp".
  'dự án', 'trọng điểm', 'quỹ đất', 'nội địa', 'doanh nghiệp', 'đô thị', 'kiến trúc', 'quy hoạch',
  // "Giám đốc cao cấp phụ trách …"; "Chính ủy quân tình nguyện Việt Nam tại Lào"; "Ban Quản lý dự án lọc dầu Dung Quất".
  'cao cấp', 'quân tình nguyện', 'lọc dầu', 'lọc hóa dầu',
  // "Phó trưởng phòng Chính trị tư tưởng, Sở Giáo dục và Đào tạo".
  'tư tưởng',
  // "Bệnh viện đa khoa tỉnh Lâm Đồng", "Trường ĐH Bách khoa".
  'đa khoa', 'bách khoa', 'y khoa',
  // A hospital's departments printed in sentence case: "Trưởng khoa Chấn thương chỉnh hình", "Khoa Hồi sức tích
  // cực", "Khoa Hồi sức cấp cứu", "Khoa Ngoại lồng ngực", "Khoa Ngoại tiết niệu".
  'chỉnh hình', 'tích cực', 'cấp cứu', 'chống độc', 'lồng ngực', 'tiết niệu',
  // "Hiệu trưởng Trường THPT chuyên Lê Hồng Phong": a gifted students' school.
  'chuyên',
  // "Chủ tịch Hiệp hội Doanh nghiệp nhỏ và vừa Việt Nam", "Quỹ Phát triển doanh nghiệp nhỏ và vừa".
  'nhỏ và vừa',
  // "Vụ Pháp chế", "Viện Pháp y": "Pháp" is also a country.
  'pháp chế', 'pháp y', 'pháp lý',
  // "Vụ Tổ chức cán bộ", "Phòng Tổ chức cán bộ".
  'tổ chức cán bộ',
  // "Trưởng Bộ môn Bóng chuyền Hà Nội"; "Công ty CP sách và thiết bị trường học"; "Văn phòng đăng ký đất đai".
  'bộ môn', 'thiết bị', 'đăng ký',
  // "Văn Phòng Quốc hội" (no person "Văn Phòng Quốc"); "Cộng hòa dân chủ nhân dân Lào"; "lực lượng vũ trang nhân dân".
  'văn phòng', 'quốc hội', 'dân chủ nhân dân', 'lực lượng vũ trang',
  // "Khối Cơ quan và Doanh nghiệp tỉnh", "Bộ Quan hệ và Hợp tác quốc tế", "giám đốc chi nhánh Vũng Tàu".
  'cơ quan', 'quan hệ', 'hợp tác', 'quốc tế', 'chi nhánh',
  // "Hiệu trưởng trường Đại học Bách khoa Hà Nội", "Phó Giám đốc bệnh viện", "Tổng Công ty Điện lực miền Bắc",
  // "Hội đồng Bồi thường giải phóng mặt bằng", "Trưởng Ban Lễ tang", "Chủ tịch Hội Nhà báo tỉnh".
  'trường', 'bệnh viện', 'miền Bắc', 'miền Nam', 'miền Trung', 'bồi thường', 'giải phóng mặt bằng', 'lễ tang', 'nhà báo',
  // The diplomatic ranks: "phong hàm Đại sứ bậc hai".
  'bậc một', 'bậc hai',
  // "Chủ tịch Hội Cựu chiến binh tỉnh", "Chủ tịch danh dự Hội …", "Chủ tịch nhóm Đại biểu Quốc hội",
  // "Trưởng Ban Chỉ đạo Phòng thủ dân sự quốc gia".
  'chiến binh', 'danh dự', 'nhóm', 'phòng thủ dân sự',
  // "Chủ tịch Hội Chữ thập đỏ tỉnh"; "Chủ nhiệm Ủy ban các vấn đề xã hội"; "Phòng Khảo thí và Quản lý chất lượng
  // giáo dục"; "Trưởng Phòng Chỉ đạo tuyến" (a hospital's outreach department).
  'thập đỏ', 'chữ thập đỏ', 'các vấn đề xã hội', 'chất lượng', 'chỉ đạo tuyến',
  // "Phó Cục trưởng Cục Báo chí", "Vụ Báo chí Xuất bản".
  'báo chí', 'xuất bản', 'dân vận', 'tuyên giáo', 'nội chính', 'truyền hình', 'phát thanh',
  // "Bí thư Đảng ủy Khối các cơ quan tỉnh", "Đảng ủy các cơ quan Đảng tỉnh" (not "Thứ trưởng | các cơ quan: …", a list of bodies).
  'khối các cơ quan', 'các cơ quan Đảng',
  // "Cục trưởng Cục Lễ tân Nhà nước" ("tân" is no "new" here); "Phòng Quản lý đất đai".
  'lễ tân', 'đất đai', 'quản lý đất', 'quản lý đất đai',
  // "Trưởng đoàn thanh tra", "Đại hội đại biểu nhân dân toàn quốc" (China's National People's Congress).
  'thanh tra', 'toàn quốc',
  // "Ủy viên Trung ương Đảng Nhân dân cách mạng Lào".
  'cách mạng',
  // Provincial departments printed in lower case: "Chi cục chăn nuôi và thú y", "Phòng Hành chính và bổ trợ tư
  // pháp", "Phòng Quản lý bảo vệ rừng và bảo tồn thiên nhiên".
  'chăn nuôi', 'thú y', 'bảo vệ thực vật', 'thủy sản', 'thủy lợi', 'kiểm lâm', 'bảo vệ rừng', 'bảo tồn thiên nhiên',
  'an toàn vệ sinh thực phẩm', 'vệ sinh thực phẩm', 'bổ trợ', 'bổ trợ tư pháp',
  // Police departments and state groups named in lower case: "Cục trưởng Cảnh sát điều tra tội phạm về ma túy",
  // "Cảnh sát Quản lý trại giam", "Cục Công tác Đảng và công tác chính trị", "Tập đoàn Công nghiệp cao su
  // Việt Nam", "Ban Đoàn kết tập hợp thanh niên Trung ương Đoàn".
  'tội phạm', 'tội phạm về tham nhũng', 'trật tự xã hội', 'trại giam', 'công tác chính trị', 'công tác đảng', 'cao su', 'tập hợp thanh niên',
  // The coast guard, "Cảnh sát biển": "Chính ủy Bộ Tư lệnh Vùng Cảnh sát biển 3", "Tư lệnh Cảnh sát biển Việt Nam".
  'biển',
  // Unions of associations and youth work named with "các" or in lower case: "Chủ tịch Liên hiệp các Hội khoa học và
  // kỹ thuật Việt Nam", "Liên hiệp các Hội văn học nghệ thuật", "Hiệp hội các trường Đại học và Cao đẳng", "Trưởng
  // Ban Công tác Thanh thiếu nhi".
  'liên hiệp các hội', 'hiệp hội các trường', 'văn học nghệ thuật', 'văn học', 'nghệ thuật', 'thanh thiếu nhi', 'thiếu nhi',
  // The procuracy's departments, named by their task in lower case: "Vụ trưởng Vụ Thực hành quyền công tố và kiểm sát
  // xét xử hình sự", "Vụ Thực hành quyền công tố và kiểm sát điều tra án kinh tế", "Phòng kiểm sát thi hành án dân sự".
  // An association named in lower case after its kind: "Chủ tịch Hội thẩm định giá tỉnh" (no lay judge, "Hội thẩm").
  'thẩm định giá', 'thẩm định',
  'quyền công tố', 'công tố', 'kiểm sát xét xử', 'kiểm sát điều tra', 'kiểm sát thi hành án', 'xét xử', 'thi hành án', 'dân sự', 'án kinh tế', 'án ma túy',
  // Aviation in a body's name: "Tổng giám đốc Tổng công ty Cảng hàng không Việt Nam", "Cục trưởng Cục Hàng không"
  // (money, "Vụ Chính sách tiền tệ", is listed below).
  'hàng không',
  // ('hạ tầng', listed above: "Trưởng Phòng kinh tế hạ tầng huyện Quảng Xương", a district's department of
  // Economy and Infrastructure.)
  // The central bank's and the finance ministry's departments, a works board's remit: "Vụ trưởng Vụ Chính sách
  // tiền tệ, Ngân hàng Nhà nước", "Phó Cục trưởng Cục Quản lý giá, Bộ Tài chính", "Ban Quản lý dự án đầu tư xây
  // dựng các công trình giao thông tỉnh …", "… các công trình dân dụng và công nghiệp".
  'tiền tệ', 'quản lý giá', 'công trình', 'các công trình', 'dân dụng',
  // Power works named in lower case: "Giám đốc Ban quản lý dự án điện nông thôn miền Bắc", "Ban Quản lý dự án lưới
  // điện", "Công ty điện lực tỉnh". ("điện" alone stays out: "Thủ tướng điện chia buồn" is a verb.)
  'điện nông thôn', 'lưới điện', 'điện lực',
  // Forecasting and health offices named by their task: "Giám đốc Trung tâm Dự báo khí tượng thủy văn quốc gia",
  // "Cục trưởng Cục Phòng bệnh" (Bộ Y tế), "Cục Quản lý khám chữa bệnh".
  'dự báo', 'phòng bệnh', 'khám chữa bệnh', 'chữa bệnh',
];

/**
 * Second syllables of capitalised compounds, allowed only right after a capitalised
 * word: "Chính phủ", "Quốc hội", "Ủy ban", "Thông tấn xã", "Tập đoàn".
 */
export const COMPOUND_SECOND_SYLLABLES: readonly string[] = [
  'phủ', 'hội', 'ban', 'viên', 'viện', 'trị', 'vụ', 'sát', 'án', 'xã', 'đoàn', 'ty', 'tịch', 'trưởng',
  'chính', 'dân', 'sự', 'lệnh', 'ký', 'tra', 'trực', 'thư', 'lý', 'phòng', 'khu', 'hòa', 'quốc', 'minh', 'đội',
  'an', 'ương', 'liệu', 'tế', 'tư', 'nghiệp', 'hàng', 'mại', 'vận', 'tải', 'lực', 'khí', 'dầu', 'điện',
  'bảo', 'hiểm', 'chứng', 'khoán', 'đảng', 'ủy', 'cục', 'tập', 'tấn', 'đạo', 'dục', 'tạo', 'nguyên', 'tâm', 'học', 'chức', 'giáo', 'huấn', 'ngoại', 'thương', 'sách', 'luật', 'nội', 'mưu', 'hoạch',
  'phẩm', 'lượng', 'thuật', 'hợp', 'cứu', 'triển', 'hành', 'bộ', 'soát', 'thẩm', 'niên', 'hiệp', 'đới', 'dưỡng',
  'khẩu', 'nghệ', 'kê', 'sản',
  // "Vụ Kết cấu hạ tầng giao thông", "Ban Cơ cấu".
  'cấu',
  // "Cục Công tác Đảng", "Ban Đoàn kết tập hợp thanh niên".
  'tác', 'kết',
  // "Trưởng Phòng Kế toán", "nguyên Kế toán trưởng TISCO".
  'toán',
];

/**
 * A steering committee's field, printed after its name: "Trưởng Ban Chỉ đạo Trung ương về phòng,
 * chống tham nhũng, lãng phí, tiêu cực", "Ban Chỉ đạo Quốc gia phòng, chống dịch Covid-19". The
 * campaign (CAMPAIGNS), then what it fights (CAMPAIGN_TARGETS), one or several joined by commas
 * or "và"; only together are they part of the title (titles.ts, campaignLength).
 */
export const CAMPAIGNS: readonly string[] = [
  'phòng, chống', 'phòng chống', 'phòng ngừa', 'chống', 'đấu tranh phòng, chống', 'đấu tranh chống',
  // "Trưởng Ban Chỉ đạo Trung ương về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số".
  'phát triển',
];

export const CAMPAIGN_TARGETS: readonly string[] = [
  'tham nhũng', 'lãng phí', 'tiêu cực', 'tội phạm', 'dịch', 'dịch bệnh', 'buôn lậu', 'gian lận thương mại', 'hàng giả',
  'thiên tai', 'tìm kiếm cứu nạn', 'tìm kiếm, cứu nạn', 'ma túy', 'ma tuý', 'cháy nổ', 'rửa tiền', 'khủng bố', 'mua bán người',
  'tệ nạn xã hội', 'bạo lực gia đình', 'xâm hại trẻ em', 'đuối nước', 'tai nạn giao thông',
  // What a steering committee develops ('phát triển'): "… khoa học, công nghệ, đổi mới sáng tạo, chuyển đổi số và
  // Đề án 06" (the Government's committee also steers the population-data scheme, Đề án 06).
  'khoa học', 'công nghệ', 'đổi mới sáng tạo', 'chuyển đổi số', 'Đề án 06',
];

/** Lowercase joiners kept inside a title only when a capitalised word follows ("Sở Kế hoạch và Đầu tư"). */
export const JOINERS: readonly string[] = ['và', 'của', 'tại', 'thuộc', 'về'];

/**
 * Documents, which no body's name starts with: after a joiner one ends the title, "Phó Tư lệnh Quân khu 5,
 * Bộ Quốc phòng | tại Quyết định 1428/QĐ-TTg".
 */
export const DOCUMENT_KINDS: readonly string[] = [
  // The kinds the references enricher reads, but "Luật": "Vụ Luật", "Đoàn Luật sư" are bodies.
  ...REFERENCE_KINDS.filter((kind) => kind !== 'Luật'),
  'Công văn', 'Tờ trình',
];

/**
 * After "và", these start a second body, not the rest of this one: "ý kiến của
 * Thường trực Ban Bí thư | và Đoàn kiểm tra".
 */
export const NOT_AFTER_JOINER: readonly string[] = ['Đoàn', 'Ban', 'Ủy ban', 'Hội đồng', 'Thường trực', 'Văn phòng', 'Đảng ủy'];

/**
 * Bodies numbered after their name: "Tư lệnh Quân đoàn 1", "Chính ủy Quân khu 7", "Phó Tổng cục trưởng Tổng cục 2", "Vùng 2
 * Hải quân". The number after one of these stays in the title.
 */
export const NUMBERED_BODIES: readonly string[] = [
  'Quân đoàn', 'Quân khu', 'Tổng cục', 'Sư đoàn', 'Lữ đoàn', 'Trung đoàn', 'Tiểu đoàn', 'Binh đoàn', 'Vùng', 'Hạm đội', 'Hải đoàn',
  // Numbered districts and wards of Hồ Chí Minh City: "Bí thư Quận ủy quận 1", "Chủ tịch UBND phường 5".
  'quận', 'phường',
  // A ministry's numbered project boards and numbered hospitals: "Giám đốc Ban Quản lý dự án 4", "Giám đốc Bệnh viện 108".
  'dự án', 'Bệnh viện',
  // A coast guard region: "Chính ủy Bộ Tư lệnh Vùng Cảnh sát biển 3".
  'Cảnh sát biển',
];

/** Where a title always ends: term qualifiers ("khóa XV", "nhiệm kỳ 2021-2026") are not part of it. */
export const TITLE_STOPS: readonly string[] = ['nhiệm kỳ', 'khóa', 'khoá', 'NK'];

/**
 * Bodies whose own name contains a comma or a spaced dash; without them the comma
 * would end the title ("Bộ Văn hóa, Thể thao và Du lịch").
 */
export const BODIES_WITH_PUNCTUATION: readonly string[] = [
  'Văn hóa, Thể thao và Du lịch', 'Lao động - Thương binh và Xã hội', 'Lao động, Thương binh và Xã hội',
  'Chính sách, Chiến lược', 'Tài chính, Ngân sách', 'Tài chính, Ngân hàng',
  // The provincial papers merged with radio and television in 2025: "Báo và Phát thanh, Truyền hình Tuyên Quang".
  'Phát thanh, Truyền hình',
  // Departments and council committees named by two fields joined by a dash ("Vụ Thông tin - Báo chí",
  // "Trưởng ban Kinh tế - Ngân sách HĐND tỉnh"); the dash elsewhere separates a name from its title.
  'Thông tin - Báo chí', 'Báo chí - Xuất bản', 'Kinh tế - Ngân sách', 'Văn hóa - Xã hội', 'Kinh tế - Xã hội',
  'Pháp chế - Tư pháp', 'Dân tộc - Tôn giáo', 'Tổ chức - Cán bộ', 'Kế hoạch - Tài chính', 'Thi đua - Khen thưởng',
  'Thanh tra - Pháp chế', 'Hành chính - Tư pháp', 'Kiểm tra - Giám sát', 'Quân sự - Quốc phòng',
  'Văn hóa - Thông tin', 'Văn hóa - Thể thao', 'Giáo dục - Đào tạo', 'Khoa học - Công nghệ', 'Tài nguyên - Môi trường',
  'Đô thị - Môi trường', 'Kinh tế - Hạ tầng',
  // A ward's department since the 2025 mergers, named by three fields: "Trưởng phòng Kinh tế, Hạ tầng và Đô thị phường".
  'Kinh tế, Hạ tầng và Đô thị', 'Văn hóa - Văn nghệ', 'Tuyên giáo - Dân vận', 'Quốc phòng - An ninh',
  // An army unit's department: "Phó trưởng Phòng Bảo vệ - An ninh".
  'Bảo vệ - An ninh',
  // Committees of the National Assembly (2021-2026, and the one before 2025): "Chủ nhiệm Ủy ban Khoa học,
  // Công nghệ và Môi trường", "Ủy ban Văn hóa, Giáo dục", "Ủy ban Tài chính - Ngân sách".
  'Khoa học, Công nghệ và Môi trường', 'Văn hóa, Giáo dục', 'Văn hóa, Giáo dục, Thanh niên, Thiếu niên và Nhi đồng',
  'Tài chính - Ngân sách',
  // The party committee of the Front and the mass organisations (2025): "Bí thư Đảng ủy MTTQ, các đoàn thể Trung ương".
  'Mặt trận Tổ quốc, các đoàn thể Trung ương', 'MTTQ, các đoàn thể Trung ương',
  // A ministry's departments: "Cục Xuất bản, In và Phát hành", "Ban Lịch sử - Truyền thống".
  'Xuất bản, In và Phát hành', 'Lịch sử - Truyền thống',
  // Ministries and departments printed with a dash for "và" ("Bộ trưởng Bộ Nông nghiệp - Phát triển Nông thôn").
  'Nông nghiệp - Phát triển Nông thôn', 'Nông nghiệp - Môi trường', 'Văn hóa - Truyền thông', 'Kế hoạch - Đầu tư', 'Giao thông - Vận tải',
  'Thông tin - Truyền thông', 'Lao động - Thương binh - Xã hội', 'Văn hóa - Thể thao - Du lịch', 'Văn hóa - Thể thao và Du lịch',
];

/**
 * Kinds of body whose own name may be printed in lower case: "Công ty CP sách và thiết bị
 * trường học Thanh Hóa", "Văn phòng đăng ký đất đai huyện Mỹ Đức", "Phó phòng kinh doanh Công
 * ty Hoàng Đạo", "Phó Giám đốc phụ trách chuyên môn Bệnh viện …". After one, lowercase words
 * are part of the title when the title goes on after them (titles.ts, lowercaseName).
 */
export const LOWERCASE_NAME_KINDS: readonly string[] = [
  'Công ty', 'CP', 'CTCP', 'TNHH', 'cổ phần', 'Văn phòng', 'Phòng', 'khối', 'Bộ môn', 'Trung tâm', 'Hội',
  'Chi nhánh', 'Xí nghiệp', 'Nhà máy', 'phụ trách',
  // A board named by its task: "Trưởng Ban chấm thi THPT", "Trưởng ban Chỉ đạo thi THPT".
  'Ban', 'Chỉ đạo',
  // A project named by its works: "Trưởng Ban Quản lý Dự án mở rộng sản xuất giai đoạn 2 TISCO".
  'Dự án',
];

/**
 * The forces a rank is held in, after a rank with no name next: "Đỗ Văn Hưng, cựu trung tá Công an
 * tỉnh Sơn La" holds the rank in that force, and the title runs on over it.
 */
export const RANK_FORCES: readonly string[] = [
  'Công an', 'Quân đội', 'Bộ đội', 'Quân khu', 'Quân chủng', 'Binh chủng', 'Bộ Tư lệnh', 'Bộ Chỉ huy', 'Cảnh sát', 'Hải quân',
];

/**
 * Words that open a body continued after a comma: "Trưởng ban Ban Thư ký biên tập,
 * Thông tấn xã Việt Nam" is one post, the part after the comma names the body.
 */
export const BODY_STARTS: readonly string[] = [
  'Thông tấn xã', 'Bệnh viện', 'Trường', 'Đại học', 'Học viện', 'Viện', 'Công ty', 'CTCP', 'Tập đoàn',
  'Tổng công ty', 'Ngân hàng', 'Báo', 'Tạp chí', 'Đài', 'Tỉnh ủy', 'Thành ủy', 'Huyện ủy', 'Bộ', 'Sở',
  'Cục', 'Tổng cục', 'Quân khu', 'Quân chủng', 'Binh chủng', 'Bộ Tư lệnh', 'Công an', 'UBND', 'HĐND',
  // "Trợ lý Cơ sở Đảng, Phòng Tổ chức", "Trưởng phòng Khai khoáng và Năng lượng, Phòng Thương mại và Công nghiệp …".
  'Phòng',
  // "Phó Chủ tịch - Tổng Thư ký, Ủy ban Trung ương MTTQ Việt Nam".
  'Ủy ban Trung ương',
  // "Phó chánh Toà hình sự, TAND tỉnh Hà Giang".
  'TAND', 'VKSND', 'Tòa án nhân dân', 'Viện Kiểm sát nhân dân',
  // Foreign parliaments named in their own language: "Chủ tịch Duma Quốc gia Vyacheslav Volodin".
  'Duma', 'Knesset', 'Bundestag', 'Riksdag', 'Storting', 'Sejm', 'Majlis',
];

/**
 * Abbreviations folded to their full form when titles are compared, so a repeat
 * "Phó Chủ nhiệm UBKT Trung ương" is the same title as "Phó chủ nhiệm Ủy ban Kiểm tra
 * Trung ương" and the fuller print is kept.
 */
export const ABBREVIATIONS: readonly (readonly [short: string, full: string])[] = [
  ['UBKT', 'Ủy ban Kiểm tra'], ['UBND', 'Ủy ban nhân dân'], ['HĐND', 'Hội đồng nhân dân'],
  ['MTTQ', 'Mặt trận Tổ quốc'], ['BCH', 'Ban Chấp hành'], ['BTV', 'Ban Thường vụ'],
  ['ĐBQH', 'đại biểu Quốc hội'], ['TW', 'Trung ương'], ['TƯ', 'Trung ương'], ['TP.', 'Thành phố'],
  ['TP', 'Thành phố'], ['QH', 'Quốc hội'], ['LĐLĐ', 'Liên đoàn Lao động'], ['PCT', 'Phó Chủ tịch'],
  ['CT', 'Chủ tịch'], ['HĐQT', 'Hội đồng quản trị'], ['TGĐ', 'Tổng giám đốc'], ['PTT', 'Phó Thủ tướng'],
  ['CH', 'Cộng hòa'], ['LB', 'Liên bang'], ['TAND', 'Tòa án nhân dân'], ['VKSND', 'Viện kiểm sát nhân dân'],
  ['CA', 'Công an'], ['UB', 'Ủy ban'], ['NDVN', 'Nông dân Việt Nam'],
  ['CHDCND', 'Cộng hòa dân chủ nhân dân'], ['CHXHCN', 'Cộng hòa xã hội chủ nghĩa'], ['BV', 'Bệnh viện'], ['UBMTTQVN', 'Ủy ban Mặt trận Tổ quốc Việt Nam'], ['UBMTTQ', 'Ủy ban Mặt trận Tổ quốc'],
  ['MTTQVN', 'Mặt trận Tổ quốc Việt Nam'], ['QĐND', 'Quân đội nhân dân'], ['CAND', 'Công an nhân dân'], ['CP', 'Chính phủ'],
  // The departments of a province, printed with "&" or a dash: "Phó giám đốc Sở GD&ĐT Sơn La" is the post
  // of "phó giám đốc Sở Giáo dục và Đào tạo" in the same article.
  ['GD&ĐT', 'Giáo dục và Đào tạo'], ['GD-ĐT', 'Giáo dục và Đào tạo'], ['GDĐT', 'Giáo dục và Đào tạo'],
  ['TN&MT', 'Tài nguyên và Môi trường'], ['TN-MT', 'Tài nguyên và Môi trường'], ['TNMT', 'Tài nguyên và Môi trường'],
  ['NN&PTNT', 'Nông nghiệp và Phát triển nông thôn'], ['NN-PTNT', 'Nông nghiệp và Phát triển nông thôn'],
  ['KH&ĐT', 'Kế hoạch và Đầu tư'], ['KH-ĐT', 'Kế hoạch và Đầu tư'],
];

/**
 * A capitalised first syllable left alone at the end of a title ("Chủ tịch Hiệp hội
 * Bất | động sản") is continued over the lowercase rest of its name, unless one of
 * these comes first: they start the rest of the sentence, not the name.
 */
export const SENTENCE_WORDS: readonly string[] = [
  'tại', 'với', 'cho', 'trong', 'khi', 'đã', 'đang', 'sẽ', 'vừa', 'được', 'bị', 'là', 'có', 'cũng', 'thì', 'mà',
  'để', 'nói', 'cho biết', 'phát biểu', 'chủ trì', 'thăm', 'đến', 'đi', 'và', 'của', 'về', 'ra', 'này', 'đó',
  'các', 'những', 'một', 'không', 'chưa', 'từ', 'trước', 'sau', 'ngày', 'nhấn mạnh', 'khẳng định', 'nêu',
  'đề nghị', 'yêu cầu', 'ký', 'trao', 'tặng', 'gửi', 'làm', 'giữ', 'nhận', 'hội đàm', 'hội kiến', 'tiếp',
  'thay', 'thay thế', 'ông', 'bà',
  // The verbs that most often follow a post: "Chánh Văn phòng Trung ương Đảng | dự hội nghị".
  'dự', 'tham dự', 'tham gia', 'cùng', 'chúc mừng', 'làm việc', 'báo cáo', 'chỉ đạo', 'dẫn đầu', 'công bố',
  'trình bày', 'cảm ơn', 'chia sẻ', 'bày tỏ', 'tuyên bố', 'kêu gọi', 'đánh giá', 'ghi nhận', 'cho rằng',
  'trả lời', 'đọc', 'trao đổi', 'kiểm tra', 'lưu ý', 'mong muốn', 'quán triệt', 'biểu dương',
];

/**
 * Words after which capitalised syllables name a place or an institution, not a
 * person: "Hiệu trưởng THCS Yên Nghĩa", "Chủ tịch UBND xã Yên Hòa", "Giám đốc Bệnh
 * viện Bạch Mai", "Trường THPT Nguyễn Huệ" ("Yên", "Bạch", "Nguyễn" are family names).
 */
export const PLACE_KINDS: readonly string[] = [
  'THCS', 'THPT', 'Tiểu học', 'Mầm non', 'Bệnh viện', 'Học viện', 'Đại học', 'Trường', 'Quỹ', 'đường', 'phố',
  'Nhà máy', 'Cảng', 'Sân bay', 'Khu công nghiệp', 'KCN', 'xã', 'phường', 'quận', 'huyện', 'thị xã', 'thị trấn',
  'tỉnh', 'thành phố', 'TP', 'Xã', 'Phường', 'Quận', 'Huyện', 'Thị xã', 'Thị trấn', 'Tỉnh', 'Thành phố', 'thôn',
  'bản', 'ấp', 'khu phố', 'tổ dân phố',
  // A committee named by its place: "Bí thư Huyện ủy Lạc Dương", "Bí thư Thành ủy Buôn Ma Thuột".
  'Huyện ủy', 'Thành ủy', 'Tỉnh ủy', 'Quận ủy', 'Thị ủy', 'UBND', 'HĐND', 'ĐH', 'Cao đẳng', 'CĐ',
  // A company named like a person: "Phó phòng kinh doanh Công ty Hoàng Đạo", "Giám đốc Công ty TNHH Nguyễn Kim".
  'Công ty', 'công ty', 'CTCP', 'Tập đoàn', 'Tổng công ty', 'TNHH', 'MTV', 'CP', 'Cổ phần', 'cổ phần',
  // A gifted students' school (NAMESAKE_KINDS).
  'THPT chuyên', 'THCS chuyên', 'Trường chuyên',
];

/**
 * Schools, named after a person: the name right after one is the namesake, however long
 * ("Trường ĐH Tôn Đức Thắng", "Trường THPT Nguyễn Văn Trỗi"), never the holder of the title.
 * Not streets: "phố" ends "thành phố", after which a name is the holder's ("UBND thành phố Lê Trung Chinh").
 */
export const NAMESAKE_KINDS: readonly string[] = [
  'Trường', 'THCS', 'THPT', 'Tiểu học', 'Mầm non', 'Đại học', 'ĐH', 'Học viện', 'Cao đẳng', 'CĐ',
  // A gifted students' school: "Trường THPT chuyên Lê Hồng Phong".
  'THPT chuyên', 'THCS chuyên', 'Trường chuyên',
];
