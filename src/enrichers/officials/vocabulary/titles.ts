/**
 * Words that open a title (chức danh): the head of a position, before the body it
 * belongs to ("Bí thư" + "Thành ủy Hải Phòng"). Longest match wins, so "Phó Chủ tịch"
 * beats "Chủ tịch" and "Ủy viên Bộ Chính trị" is read as "Ủy viên" + body. Matching
 * folds case and tone placement, so "Phó chủ nhiệm" and "Phó Chủ nhiệm" are one head.
 *
 * To extend: add the head alone, without the body ("Chánh án", not "Chánh án TAND
 * tối cao"); titles.ts reads the body that follows.
 */
export const TITLE_HEADS: readonly string[] = [
  // Party
  'Tổng Bí thư', 'Bí thư', 'Phó Bí thư', 'Thường trực Ban Bí thư', 'Bí thư thứ nhất', 'Ủy viên',
  'Ủy viên dự khuyết', 'Thành ủy viên', 'Tỉnh ủy viên', 'Huyện ủy viên', 'Quận ủy viên', 'Đảng ủy viên',
  'Chủ nhiệm', 'Phó Chủ nhiệm', 'Trưởng ban', 'Phó Trưởng ban', 'Trưởng Ban', 'Phó ban',
  // State and government
  'Chủ tịch nước', 'Phó Chủ tịch nước', 'Chủ tịch', 'Phó Chủ tịch', 'Quyền Chủ tịch', 'Chủ tịch Quốc hội',
  // "Q.Chủ tịch VFF": quyền (acting), abbreviated.
  'Q. Chủ tịch', 'Q. Giám đốc', 'Q. Tổng Giám đốc', 'Q. Bộ trưởng', 'Q. Hiệu trưởng',
  // Spelt out before the other heads of a company, a school, a court or a department: "giữ chức Quyền Tổng Giám đốc
  // Vietcombank", "Quyền Hiệu trưởng", "Quyền Chánh án".
  'Quyền Tổng Giám đốc', 'Quyền Hiệu trưởng', 'Quyền Chánh án', 'Quyền Viện trưởng', 'Quyền Cục trưởng', 'Quyền Vụ trưởng',
  'Quyền Tổng cục trưởng', 'Quyền Trưởng phòng', 'Quyền Trưởng ban', 'Quyền Tổng Biên tập', 'Quyền Chánh Văn phòng',
  'Thủ tướng', 'Phó Thủ tướng', 'Phó Thủ tướng Thường trực', 'Quyền Thủ tướng', 'Bộ trưởng', 'Quyền Bộ trưởng',
  'Thứ trưởng', 'Thứ trưởng Thường trực', 'Tổng Kiểm toán', 'Phó Tổng Kiểm toán', 'Tổng Thanh tra',
  'Phó Tổng Thanh tra', 'Chánh Thanh tra', 'Thống đốc', 'Phó Thống đốc', 'Tổng cục trưởng', 'Phó Tổng cục trưởng',
  'Cục trưởng', 'Phó Cục trưởng', 'Vụ trưởng', 'Phó Vụ trưởng',
  // The deputies named the other way round: "Tổng cục phó Cảnh sát …", "Phó thủ trưởng cơ quan Cảnh sát điều tra".
  // Not "Cục phó", "Vụ phó": every "Cục" and "Vụ" of a body would then be looked up as a head.
  'Tổng cục phó', 'Phó Thủ trưởng', 'Thủ trưởng', 'Chi cục trưởng', 'Phó Chi cục trưởng', 'Giám đốc', 'Phó Giám đốc',
  'Tổng Giám đốc', 'Phó Tổng Giám đốc', 'Quyền Giám đốc', 'Chánh Văn phòng', 'Phó Chánh Văn phòng',
  'Trưởng phòng', 'Phó Trưởng phòng', 'Phó phòng', 'Kế toán trưởng', 'Người phát ngôn', 'Phát ngôn viên', 'Đại biểu Quốc hội', 'Đại biểu HĐND', 'Đại biểu Hội đồng nhân dân',
  'Trưởng Đoàn', 'Phó Trưởng Đoàn', 'Trưởng đoàn', 'Phó trưởng đoàn', 'Trưởng', 'Phó',
  'Chánh án', 'Phó Chánh án', 'Viện trưởng', 'Phó Viện trưởng', 'Thẩm phán', 'Kiểm sát viên',
  // The judge presiding at a trial: "Chủ tọa Vương Thị Thu Hà, Phó chánh Toà hình sự …", "do Thẩm phán X làm chủ tọa".
  'Chủ tọa', 'Chủ tọa phiên tòa',
  // The lay judges of a trial, elected by a people's council or from the army: "Hội thẩm nhân dân Lê Thị Bình",
  // "bà X, Hội thẩm TAND TP Hà Nội" (a membership of many: the title alone is no mention).
  'Hội thẩm', 'Hội thẩm nhân dân', 'Hội thẩm quân nhân',
  'Hiệu trưởng', 'Phó Hiệu trưởng', 'Tổng Biên tập', 'Phó Tổng Biên tập', 'Tổng Thư ký', 'Phó Tổng Thư ký',
  'Chủ tịch Hội đồng quản trị', 'Chủ tịch HĐQT', 'Phó Chủ tịch HĐQT', 'Thành viên HĐQT', 'Tổng Lãnh sự',
  'Chủ tịch Hội đồng thành viên', 'Thành viên Hội đồng thành viên', 'Thành viên Hội đồng', 'Chủ tịch HĐTV', 'Thành viên HĐTV', 'Chánh tòa', 'Phó Chánh tòa',
  'CEO', 'Nhà sáng lập kiêm CEO',
  // Units, wards and hospital departments: "Đồn trưởng Đồn Biên phòng …", "nguyên Xã đội trưởng xã Đồng Tâm", "Trưởng khoa Phẫu thuật".
  'Đội trưởng', 'Phó Đội trưởng', 'Đồn trưởng', 'Phó Đồn trưởng', 'Xã đội trưởng', 'Phó Xã đội trưởng', 'Trưởng khoa', 'Phó Trưởng khoa',
  // The commanders of army units: "Sư đoàn trưởng Sư đoàn 312", "Lữ đoàn trưởng Lữ đoàn 147".
  'Sư đoàn trưởng', 'Phó Sư đoàn trưởng', 'Lữ đoàn trưởng', 'Phó Lữ đoàn trưởng', 'Trung đoàn trưởng', 'Phó Trung đoàn trưởng',
  'Tiểu đoàn trưởng', 'Phó Tiểu đoàn trưởng', 'Đại đội trưởng', 'Hải đoàn trưởng', 'Hải đội trưởng',
  // The President's command: "Chủ tịch nước, Thống lĩnh các lực lượng vũ trang nhân dân".
  'Thống lĩnh các lực lượng vũ trang', 'Thống lĩnh lực lượng vũ trang',
  // Abbreviated: "ĐBQH Nguyễn Tiến Sinh", "HUV" (Huyện ủy viên).
  'ĐBQH', 'HUV', 'UVTV', 'UVTVTU', 'UVBTVTU',
  'Chủ tịch UBND', 'Phó Chủ tịch UBND', 'PCT', 'PTT', 'TGĐ', 'PGĐ', 'GĐ', 'TUV', 'TVTU', 'UVBTV', 'UVTW', 'UVBCT',
  // Army and police
  'Tư lệnh', 'Phó Tư lệnh', 'Chính ủy', 'Phó Chính ủy', 'Tổng Tham mưu trưởng', 'Phó Tổng Tham mưu trưởng',
  'Tham mưu trưởng', 'Phó Tham mưu trưởng', 'Chỉ huy trưởng', 'Phó Chỉ huy trưởng', 'Giám đốc Công an', 'Trưởng Công an',
  // Foreign and international
  'Tổng thống', 'Phó Tổng thống', 'Ngoại trưởng', 'Đại sứ', 'Đại sứ đặc mệnh toàn quyền', 'Quốc vương',
  'Nhà vua', 'Nữ hoàng', 'Hoàng tử', 'Công chúa', 'Thủ hiến', 'Thị trưởng', 'Thống đốc bang', 'Nghị sĩ',
  'Thượng nghị sĩ', 'Hạ nghị sĩ', 'Chủ tịch Hạ viện', 'Chủ tịch Thượng viện', 'Tổng thư ký Liên hợp quốc',
  // The United States Trade Representative, a cabinet post: "Đại diện Thương mại Mỹ Jamieson Greer" (not
  // "Đại diện" alone, a representative of any office: "Đại diện Sở Y tế, ông X cho biết").
  'Đại diện Thương mại', 'Phó Đại diện Thương mại', 'Giáo hoàng',
  // Spelt with "sỹ" too: "Hạ nghị sỹ Kevin McCarthy".
  'Nghị sỹ', 'Thượng nghị sỹ', 'Hạ nghị sỹ',
  // China's National People's Congress: "Ủy viên trưởng Ủy ban Thường vụ Đại hội đại biểu nhân dân toàn quốc".
  'Ủy viên trưởng',
  'Trợ lý', 'Thư ký', 'Cố vấn', 'Đặc phái viên', 'Quốc vụ khanh', 'Tỉnh trưởng', 'Phó Tỉnh trưởng',
  // Heads of a foreign district (Korea's gu, Laos's muang): "Quận trưởng Kim Youngbae", "Huyện trưởng huyện …".
  'Quận trưởng', 'Phó Quận trưởng', 'Huyện trưởng', 'Phó Huyện trưởng',
];

/**
 * Ranks, army and police: titles of their own ("Thượng tướng Lê Huy Vịnh"), and also
 * the first title of a chain ("Thượng tướng Lê Huy Vịnh, Ủy viên Trung ương Đảng").
 */
export const RANKS: readonly string[] = [
  'Đại tướng', 'Thượng tướng', 'Trung tướng', 'Thiếu tướng', 'Đại tá', 'Thượng tá', 'Trung tá', 'Thiếu tá',
  'Đại úy', 'Thượng úy', 'Trung úy', 'Thiếu úy', 'Đô đốc', 'Phó Đô đốc', 'Chuẩn Đô đốc', 'Thượng sĩ',
  'Trung sĩ', 'Hạ sĩ', 'Thượng sỹ', 'Trung sỹ', 'Hạ sỹ', 'Thống tướng',
  // The navy's ranks printed with the service: "Phó Đô đốc Hải quân Phạm Hoài Nam".
  'Đô đốc Hải quân', 'Phó Đô đốc Hải quân', 'Chuẩn Đô đốc Hải quân',
];

/**
 * Heads of state and government (and any rank, titles.ts): right after one, two
 * capitalised words that are no place or body are the holder's name, even in syllables
 * that look Vietnamese ("Thủ tướng Hun Sen", "Thống tướng Tia Banh").
 */
export const HEADS_BEFORE_NAMES: readonly string[] = [
  'Thủ tướng', 'Phó Thủ tướng', 'Tổng thống', 'Phó Tổng thống', 'Ngoại trưởng', 'Quốc vương', 'Nhà vua',
  'Nữ hoàng', 'Giáo hoàng',
];

/**
 * Monarchs and popes, named by one word: right after one of these heads, a single word that cannot be
 * Vietnamese is the holder's name ("Nhà vua Naruhito và Thủ tướng …", "Giáo hoàng Francis"), not the
 * end of the title.
 */
export const ONE_NAME_HEADS: readonly string[] = ['Nhà vua', 'Quốc vương', 'Nữ hoàng', 'Giáo hoàng'];

/**
 * Heads of a membership many hold at once: such a title alone ("Đại biểu HĐND tỉnh đã biểu
 * quyết …", "Ủy viên Bộ Chính trị") is never taken for a mention of the one official of the
 * article who has it; a post ("Thường trực Ban Bí thư", "Bộ trưởng") is.
 */
export const MEMBERSHIP_HEADS: readonly string[] = [
  'Ủy viên', 'Đại biểu', 'Thành viên', 'Thành ủy viên', 'Tỉnh ủy viên', 'Huyện ủy viên', 'Quận ủy viên',
  'Đảng ủy viên', 'Ủy viên dự khuyết', 'Hội thẩm', 'Hội thẩm nhân dân', 'Hội thẩm quân nhân', 'Nghị sĩ', 'Thượng nghị sĩ', 'Hạ nghị sĩ', 'Nghị sỹ', 'Thượng nghị sỹ', 'Hạ nghị sỹ', 'TUV', 'UVTW', 'UVBCT', 'UVBTV', 'ĐBQH', 'HUV', 'UVTV', 'UVTVTU', 'UVBTVTU',
];

/**
 * Heads whose body may name another person: "Trợ lý đồng chí Tô Lâm" is a title of
 * whoever is the assistant, and Tô Lâm gets nothing from it.
 */
export const HEADS_NAMING_ANOTHER: readonly string[] = ['Trợ lý', 'Thư ký', 'Cố vấn'];

/**
 * Words that, right after a head, make another word of it: "Đại sứ quán" and "Tổng Lãnh
 * sự quán" are an embassy and a consulate, not the posts "Đại sứ" and "Tổng Lãnh sự".
 */
export const NOT_AFTER_HEAD: readonly string[] = ['quán'];

/**
 * Words right before a title that make it no one person's: a plural or a count ("các Ủy
 * viên Bộ Chính trị", "4 Phó Giám đốc"), a rank as such ("cấp hàm Đại tướng"), or the
 * name of an office or a meeting ("Văn phòng Chủ tịch nước", "Hội nghị Bộ trưởng Ngoại
 * giao ASEAN"). Such a title is not a mention of the official who holds it. A number
 * before it counts too, and NOT_ONE_HOLDER_AFTER after it.
 */
export const NOT_ONE_HOLDER_BEFORE: readonly string[] = [
  'các', 'những', 'nhiều', 'mọi', 'hai', 'ba', 'bốn', 'sáu', 'bảy', 'tám', 'chín', 'mười', 'hàm', 'cấp hàm',
  'Văn phòng', 'Hội nghị',
  // "Hội nghị hẹp Bộ trưởng Ngoại giao ASEAN": a restricted meeting.
  'hẹp',
];

/** Words right after a title that make it an ordinal, no one holder: "Đại tướng thứ hai", "Đại tướng đầu tiên". */
export const NOT_ONE_HOLDER_AFTER: readonly string[] = ['thứ', 'đầu tiên', 'tiếp theo', 'cuối cùng', 'cấp', 'các', 'những'];

/** Words before a name that are not part of it nor of a title ("đồng chí Trần Cẩm Tú"). */
export const HONORIFICS: readonly string[] = [
  'ông', 'bà', 'cụ', 'đồng chí', 'Đ/c', 'anh', 'chị', 'ngài', 'các ông', 'các bà', 'các đồng chí', 'vị',
  // Buddhist monastics: "Hòa thượng Thích Quảng Hiển, Ủy viên Hội đồng Trị sự …".
  'Hòa thượng', 'Thượng tọa', 'Đại đức', 'Ni sư', 'Ni trưởng',
];

/**
 * Words before a given name alone that point back to a person named in full before, though they are no
 * honorific: a trial's "bị cáo Hưng" is Trần Quốc Hưng, nguyên Chủ tịch UBND tỉnh, named so in the lead. Used
 * for short mentions only (people.ts), not when names are read.
 */
export const MENTION_ADDRESSES: readonly string[] = ['bị cáo', 'bị can'];

/** Academic and professional prefixes, dropped before a name ("TS Nguyễn Hồng Trang"). */
export const ACADEMIC_PREFIXES: readonly string[] = [
  'GS', 'PGS', 'TS', 'ThS', 'BS', 'KS', 'LS', 'NGƯT', 'NGND', 'NSND', 'NSƯT', 'GS.TS', 'PGS.TS',
  'GS.TSKH', 'TSKH', 'BS.CK1', 'BS.CK2', 'BSCKII', 'BSCKI', 'TTƯT',
  // A doctor's degree with the title of doctor: "Giám đốc Bệnh viện Chợ Rẫy, TS.BS Nguyễn Tri Thức".
  'TS.BS', 'ThS.BS', 'PGS.TS.BS', 'GS.TS.BS', 'BS.CKII', 'BS.CKI', 'ThS.BS.CKII', 'TS.BS.CKII', 'Dr', 'Viện sĩ', 'Tiến sĩ', 'Thạc sĩ', 'Tiến sỹ', 'Thạc sỹ',
  'Giáo sư', 'Phó Giáo sư', 'Nhà giáo Nhân dân', 'Nhà giáo Ưu tú', 'Nghệ sĩ Nhân dân', 'Nghệ sĩ Ưu tú',
];

/** A former post keeps the word that says so: "nguyên Bộ trưởng Bộ Y tế", "cựu Bộ trưởng Bộ Công Thương". */
export const FORMER: readonly string[] = ['nguyên', 'cựu'];
