/**
 * Place names that look like personal names ("Hà Giang", "Lâm Đồng", "Hà Lan": a
 * family name and a capitalised syllable). Inside a title they are read as its body
 * ("Bí thư Tỉnh ủy Hà Giang"), never as the start of a person's name, and a title
 * that ends with a country is followed by a foreign name in whatever form
 * ("Tổng thống Nga Vladimir Putin", "Thủ tướng Hungary Orbán Viktor").
 *
 * To extend: add the name as printed; longest match wins.
 */
export const PROVINCES: readonly string[] = [
  'Hà Nội', 'Hồ Chí Minh', 'TP.HCM', 'TPHCM', 'Hải Phòng', 'Đà Nẵng', 'Cần Thơ', 'Huế', 'An Giang',
  'Bà Rịa - Vũng Tàu', 'Bà Rịa-Vũng Tàu', 'Bắc Giang', 'Bắc Kạn', 'Bạc Liêu', 'Bắc Ninh', 'Bến Tre',
  'Bình Định', 'Bình Dương', 'Bình Phước', 'Bình Thuận', 'Cà Mau', 'Cao Bằng', 'Đắk Lắk', 'Đắk Nông',
  'Điện Biên', 'Đồng Nai', 'Đồng Tháp', 'Gia Lai', 'Hà Giang', 'Hà Nam', 'Hà Tĩnh', 'Hải Dương',
  'Hậu Giang', 'Hòa Bình', 'Hưng Yên', 'Khánh Hòa', 'Kiên Giang', 'Kon Tum', 'Lai Châu', 'Lâm Đồng',
  'Lạng Sơn', 'Lào Cai', 'Long An', 'Nam Định', 'Nghệ An', 'Ninh Bình', 'Ninh Thuận', 'Phú Thọ',
  'Phú Yên', 'Quảng Bình', 'Quảng Nam', 'Quảng Ngãi', 'Quảng Ninh', 'Quảng Trị', 'Sóc Trăng', 'Sơn La',
  'Tây Ninh', 'Thái Bình', 'Thái Nguyên', 'Thanh Hóa', 'Thừa Thiên Huế', 'Thừa Thiên - Huế', 'Tiền Giang',
  'Trà Vinh', 'Tuyên Quang', 'Vĩnh Long', 'Vĩnh Phúc', 'Yên Bái', 'Vũng Tàu', 'Nha Trang', 'Đà Lạt',
  'Hạ Long', 'Phú Quốc', 'Côn Đảo', 'Lý Sơn', 'Hoàng Sa', 'Trường Sa', 'Tây Nguyên', 'Nam Bộ', 'Bắc Bộ',
  'Trung Bộ', 'Đồng bằng sông Cửu Long', 'Thủ Đức', 'Ba Đình', 'Hoàn Kiếm', 'Đống Đa', 'Cầu Giấy',
  'Thanh Xuân', 'Hoàng Mai', 'Long Biên', 'Tây Hồ', 'Hà Đông', 'Bình Thạnh', 'Gò Vấp', 'Tân Bình',
  'Phú Nhuận', 'Bình Tân', 'Tân Phú', 'Bình Chánh', 'Củ Chi', 'Hóc Môn', 'Nhà Bè', 'Cần Giờ',
  // Districts and towns whose names start with a family name ("Bí thư Huyện ủy Châu Thành" names no "Châu Thành").
  'Châu Thành', 'Châu Đốc', 'Châu Phú', 'Châu Đức', 'Lê Chân', 'Phan Thiết', 'Phan Rang', 'Phan Rang - Tháp Chàm',
  'Trần Văn Thời', 'Lý Nhân', 'Hoàng Su Phì', 'Võ Nhai', 'Mai Châu', 'Mai Sơn', 'Lâm Hà', 'Lâm Bình', 'Đô Lương',
  'Vũ Thư', 'Lục Nam', 'Lục Ngạn', 'Lục Yên', 'Đinh Lập', 'Lương Sơn', 'Lương Tài', 'Ninh Hòa', 'Ninh Giang',
  'Ninh Kiều', 'Ninh Sơn', 'Ninh Hải', 'Ninh Phước', 'Kim Sơn', 'Kim Bảng', 'Kim Động', 'Kim Bôi', 'Kim Thành',
  'Giang Thành', 'La Gi', 'Tân Châu', 'Cao Lãnh', 'Cao Lộc', 'Cao Phong', 'Thái Thụy', 'Hà Tiên', 'Hà Trung',
  'Hà Quảng', 'Đồng Hới', 'Đồng Xoài', 'Đồng Hỷ', 'Đồng Văn', 'Đồng Phú', 'Đông Hà',
  'Quân khu 1', 'Quân khu 2', 'Quân khu 3', 'Quân khu 4', 'Quân khu 5', 'Quân khu 7', 'Quân khu 9',
  // Seats of government named for the government: "người phát ngôn Điện Kremlin Dmitry Peskov".
  'Điện Kremlin', 'Kremlin', 'Nhà Trắng', 'Lầu Năm Góc', 'Phố Downing', 'Điện Élysée', 'Điện Elysee',
];

export const COUNTRIES: readonly string[] = [
  'Việt Nam', 'Lào', 'Campuchia', 'Thái Lan', 'Myanmar', 'Malaysia', 'Singapore', 'Indonesia', 'Philippines',
  'Brunei', 'Timor-Leste', 'Timor Leste', 'Đông Timor', 'Trung Quốc', 'Nhật Bản', 'Hàn Quốc', 'Triều Tiên', 'Mông Cổ',
  'Ấn Độ', 'Pakistan', 'Bangladesh', 'Sri Lanka', 'Nepal', 'Bhutan', 'Maldives', 'Afghanistan', 'Iran',
  'Iraq', 'Syria', 'Liban', 'Jordan', 'Israel', 'Palestine', 'Saudi Arabia', 'Ả-rập Xê-út', 'Ả Rập Xê Út',
  'UAE', 'Qatar', 'Kuwait', 'Oman', 'Yemen', 'Bahrain', 'Thổ Nhĩ Kỳ', 'Kazakhstan', 'Uzbekistan',
  'Kyrgyzstan', 'Tajikistan', 'Turkmenistan', 'Azerbaijan', 'Armenia', 'Gruzia', 'Georgia', 'Nga',
  'Liên bang Nga', 'LB Nga', 'Ukraine', 'Belarus', 'Ba Lan', 'Séc', 'Slovakia', 'Hungary', 'Romania',
  'Bulgaria', 'Serbia', 'Croatia', 'Slovenia', 'Bosnia và Herzegovina', 'Montenegro', 'Bắc Macedonia',
  'Albania', 'Hy Lạp', 'Síp', 'Italy', 'Italia', 'Ý', 'Tây Ban Nha', 'Bồ Đào Nha', 'Pháp', 'Đức', 'Áo',
  'Thụy Sĩ', 'Bỉ', 'Hà Lan', 'Luxembourg', 'Anh', 'Vương quốc Anh', 'Ireland', 'Scotland', 'Đan Mạch',
  'Na Uy', 'Thụy Điển', 'Phần Lan', 'Iceland', 'Estonia', 'Latvia', 'Litva', 'Moldova', 'Malta',
  'Mỹ', 'Hoa Kỳ', 'Canada', 'Mexico', 'Cuba', 'Venezuela', 'Colombia', 'Brazil', 'Argentina', 'Chile',
  'Peru', 'Uruguay', 'Đông Uruguay', 'Paraguay', 'Bolivia', 'Ecuador', 'Panama', 'Costa Rica', 'Nicaragua',
  'Guatemala', 'Honduras', 'El Salvador', 'Dominica', 'Haiti', 'Jamaica', 'Australia', 'Úc', 'New Zealand',
  'Papua New Guinea', 'Fiji', 'Ai Cập', 'Libya', 'Tunisia', 'Algeria', 'Maroc', 'Morocco', 'Nam Phi',
  'Nigeria', 'Ghana', 'Kenya', 'Ethiopia', 'Tanzania', 'Uganda', 'Rwanda', 'Angola', 'Mozambique',
  'Zimbabwe', 'Zambia', 'Namibia', 'Botswana', 'Senegal', 'Mali', 'Sudan', 'Nam Sudan', 'Cameroon',
  'Congo', 'Madagascar', 'Eswatini', 'Swaziland', 'Lesotho', 'Malawi', 'Vatican', 'Tòa Thánh Vatican',
  'Mauritius', 'Seychelles', 'Comoros', 'Cabo Verde', 'Cape Verde', 'Djibouti', 'Eritrea', 'Somalia', 'Burundi',
  'Niger', 'Chad', 'Gabon', 'Guinea', 'Guinea Xích đạo', 'Guinea-Bissau', 'Liberia', 'Sierra Leone', 'Togo', 'Benin',
  'Burkina Faso', 'Mauritania', 'Gambia', 'Bờ Biển Ngà', "Côte d'Ivoire", 'Monaco', 'Andorra', 'San Marino',
  'Liechtenstein', 'Samoa', 'Tonga', 'Vanuatu', 'Kiribati', 'Nauru', 'Tuvalu', 'Palau', 'Quần đảo Solomon',
  'Bahamas', 'Barbados', 'Guyana', 'Suriname', 'Trinidad và Tobago', 'Grenada', 'Belize', 'Cộng hòa Dominica',
  // The small Caribbean states, printed in English or with "và": "Thủ tướng St Vincent and the Grenadines".
  'St Vincent and the Grenadines', 'Saint Vincent and the Grenadines', 'St Vincent và Grenadines', 'Saint Vincent và Grenadines',
  'Saint Kitts và Nevis', 'Saint Kitts and Nevis', 'St Kitts and Nevis', 'Saint Lucia', 'St Lucia', 'Antigua và Barbuda', 'Antigua and Barbuda',
  'Đài Loan', 'Hong Kong', 'Hồng Kông', 'Ma Cao', 'Liên hợp quốc', 'LHQ', 'ASEAN', 'EU', 'Liên minh châu Âu',
  // Continents, like a country at the end of a body's name; "Châu" is also a family name, so "Tạp chí Kinh tế
  // Châu Á" would otherwise name a person "Châu Á".
  'Châu Á', 'Châu Âu', 'Châu Phi', 'Châu Mỹ', 'Châu Đại Dương', 'châu Á', 'châu Âu', 'châu Phi', 'châu Mỹ', 'châu Đại Dương',
];

/**
 * Provinces of the neighbours Laos and Cambodia, often named in reports of twinned provinces: like a
 * country, one ends a title and a foreign name may follow it in any form ("Bí thư, Tỉnh trưởng tỉnh
 * Khăm Muộn Đay Xụ Đa Phon"). Spellings vary; the common ones are listed.
 */
export const FOREIGN_PROVINCES: readonly string[] = [
  'Hủa Phăn', 'Houaphanh', 'Xiêng Khoảng', 'Xieng Khouang', 'Luông Pha Băng', 'Luang Prabang', 'Viêng Chăn', 'Vientiane',
  'Khăm Muộn', 'Khammouane', 'Sa Văn Na Khệt', 'Savannakhet', 'Chăm Pa Sắc', 'Champasak', 'Xê Kông', 'Sê Kông', 'Sekong',
  'Át Tạ Pư', 'Attapeu', 'Sa La Van', 'Salavan', 'Bò Kẹo', 'Bokeo', 'Phông Sa Lỳ', 'Phongsaly', 'U Đôm Xay', 'Oudomxay',
  'Luông Nậm Thà', 'Luang Namtha', 'Xay Nhạ Bu Ly', 'Xayabury', 'Bô Ly Khăm Xay', 'Bolikhamxay', 'Xay Sổm Bun', 'Xaisomboun',
  'Ratanakiri', 'Mondulkiri', 'Stung Treng', 'Kratie', 'Kampong Cham', 'Svay Rieng', 'Prey Veng', 'Takeo', 'Kampot',
  'Kandal', 'Siem Reap', 'Battambang', 'Preah Vihear', 'Oddar Meanchey', 'Banteay Meanchey', 'Tbong Khmum',
  // The states and regions whose governors, premiers and mayors meet Vietnamese delegations, named in several words
  // or in a form that no Vietnamese name takes: "Thống đốc bang New South Wales Margaret Beazley", "Thủ hiến bang
  // Tây Australia", "Thống đốc tỉnh Gyeonggi".
  'New South Wales', 'Queensland', 'Tây Australia', 'Nam Australia', 'Western Australia', 'South Australia', 'Tasmania',
  'Lãnh thổ Thủ đô Australia', 'Lãnh thổ Bắc Australia', 'California', 'Texas', 'Massachusetts', 'Illinois',
  'Michigan', 'Ohio', 'Pennsylvania', 'Florida', 'Oregon', 'Arizona', 'Hawaii', 'Alaska', 'Nevada', 'New Jersey', 'Minnesota',
  'British Columbia', 'Ontario', 'Quebec', 'Bavaria', 'Hesse', 'Gyeonggi', 'Gyeongsang Bắc', 'Gyeongsang Nam',
  'Chungcheong Bắc', 'Chungcheong Nam', 'Jeolla Bắc', 'Jeolla Nam', 'Gangwon', 'Jeju',
];

/**
 * A state's form before its name: "Đại sứ Cộng hòa Mauritius Issop Patel". After one, a foreign
 * word is the country's name even when the list above lacks it, and a name may follow (titles.ts).
 */
export const STATE_FORMS: readonly string[] = [
  'Cộng hòa', 'Vương quốc', 'Liên bang', 'Công quốc', 'Đại công quốc', 'Cộng hòa Liên bang', 'Cộng hòa Dân chủ',
  'Cộng hòa Hồi giáo', 'Cộng hòa Nhân dân', 'Cộng hòa Dân chủ Nhân dân', 'Cộng hòa Ả-rập', 'Nhà nước',
];

/**
 * People of history whose names wards, communes and streets bear, in three syllables or more: after a place's kind
 * ("Trưởng Công an phường Phan Đình Phùng", "UBND xã Trần Hưng Đạo", "đường Nguyễn Thị Minh Khai") such a name is
 * the place's, not the holder of the title (titles.ts, afterPlaceKind; a name of two syllables there is a place
 * already: "phường Trần Phú"). The holder's own name may follow it ("Chủ tịch UBND phường Phan Đình Phùng Lê Văn
 * An").
 */
export const PLACE_NAMESAKES: readonly string[] = [
  'Phan Đình Phùng', 'Trần Hưng Đạo', 'Lý Thường Kiệt', 'Hoàng Văn Thụ', 'Nguyễn Thị Minh Khai', 'Võ Thị Sáu',
  'Phan Bội Châu', 'Phan Chu Trinh', 'Phan Châu Trinh', 'Nguyễn Văn Cừ', 'Lê Hồng Phong', 'Nguyễn Thái Học',
  'Trần Quốc Toản', 'Hoàng Hoa Thám', 'Lê Quý Đôn', 'Chu Văn An', 'Nguyễn Văn Trỗi', 'Tôn Đức Thắng', 'Võ Văn Tần',
  'Lê Thánh Tông', 'Trần Nhân Tông', 'Trần Thánh Tông', 'An Dương Vương', 'Phạm Văn Đồng', 'Võ Nguyên Giáp',
  'Hồ Tùng Mậu', 'Ngô Gia Tự', 'Nguyễn Chí Thanh', 'Trần Quang Khải', 'Nguyễn Tri Phương', 'Nguyễn Đình Chiểu',
  'Trần Khánh Dư', 'Lê Văn Tám', 'Nguyễn Hữu Cảnh', 'Nguyễn Văn Linh', 'Hoàng Quốc Việt', 'Nguyễn Lương Bằng',
  'Tôn Thất Thuyết', 'Nguyễn Công Trứ', 'Đinh Tiên Hoàng', 'Lê Đại Hành', 'Lý Thái Tổ', 'Lý Nam Đế', 'Mạc Đĩnh Chi',
  'Phạm Ngũ Lão', 'Phan Đình Giót', 'Bế Văn Đàn', 'Tô Vĩnh Diện', 'Nguyễn Viết Xuân', 'Lê Thị Hồng Gấm',
  'Nguyễn Thị Định', 'Trần Văn Ơn', 'Nguyễn Huy Tưởng', 'Trần Quốc Tuấn', 'Lê Văn Hưu', 'Nguyễn Bỉnh Khiêm',
  'Lương Thế Vinh', 'Hồ Xuân Hương', 'Nguyễn Khuyến', 'Phạm Hồng Thái', 'Nguyễn An Ninh', 'Trương Định',
];
