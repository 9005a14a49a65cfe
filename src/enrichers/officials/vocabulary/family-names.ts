/**
 * Vietnamese family names (họ). A Vietnamese name is recognised as one of these
 * followed by one to three capitalised syllables: "Trần Cẩm Tú", "Nghiêm Phú Cường",
 * "Trần Thị Diệu Thúy". Several are also common words or place syllables ("Hà" in
 * "Hà Nội", "Đoàn" in "Trưởng Đoàn"), so names.ts checks places and what follows.
 *
 * Left out on purpose, though real family names: "Công", "Nghị", "Quan", "Y", which
 * start too many body names ("Bộ Công Thương", "Nghị viện").
 *
 * To extend: add the family name as it is printed, with its tone marks; case and
 * tone placement ("Thuỷ"/"Thủy") are folded when the set is built.
 */
/**
 * The most common, covering most of the population: a run starting with one of these
 * is a name even when its end is also a place ("Nguyễn Hòa Bình"); after a rarer one
 * it is more likely a body's name ("Tập đoàn Tiên Sơn Thanh Hóa").
 */
export const COMMON_FAMILY_NAMES: readonly string[] = [
  'Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ',
  'Hồ', 'Ngô', 'Dương', 'Lý',
];

export const FAMILY_NAMES: readonly string[] = [
  // The Buddhist monastics' family name: "Hòa thượng Thích Quảng Hiển".
  'Thích',
  ...COMMON_FAMILY_NAMES,
  // Less common, but frequent among officials in the news.
  'Nghiêm', 'Đinh', 'Đào', 'Trịnh', 'Mai', 'Trương', 'Lương', 'Lưu', 'Tạ', 'Tô', 'Thái', 'Hà',
  'Vương', 'Đoàn', 'Cao', 'Chu', 'Lâm', 'Quách', 'Triệu', 'Kiều', 'Khúc', 'Kim', 'Lại', 'Lò',
  'Hầu', 'Hứa', 'Giang', 'Đàm', 'Đồng', 'Đậu', 'Châu', 'Chế', 'Cù', 'Diệp', 'Doãn', 'Khổng',
  'Khuất', 'Khương', 'La', 'Lạc', 'Lã', 'Lữ', 'Lục', 'Mạc', 'Mã', 'Mẫn', 'Nông', 'Ninh', 'Phí',
  'Phó', 'Phùng', 'Tăng', 'Tôn', 'Tống', 'Từ', 'Thân', 'Thạch', 'Thào', 'Tiêu', 'Trình',
  'Trang', 'Văn', 'Vi', 'Viên', 'Yên', 'Âu', 'Ôn', 'Bạch', 'Bế', 'Cấn', 'Cung', 'Dư',
  'Đàng', 'Điểu', 'Giáp', 'Hàn', 'Hoàng Phủ', 'Kha', 'Lợi', 'Mạch', 'Mông', 'Ngọ',
  'Nhữ', 'Ông', 'Phương', 'Quản', 'Sầm', 'Sơn', 'Thiều', 'Thịnh', 'Tòng', 'Tráng', 'Ứng', 'Vàng',
  'Vy', 'Hạ', 'Lầu', 'Sùng', 'Giàng', 'Ksor', 'Rơ Mah', 'Nay', 'Siu', 'H\'',
  // "Đầu Thanh Tùng" (Chủ tịch UBND tỉnh Thanh Hóa); also the word "đầu", so a few words after it are never
  // a given name (FAMILY_NAME_WORDS: "Ngân hàng TMCP Đầu Tư và Phát Triển").
  'Đầu',
  // Northern ethnic-minority family names frequent among provincial officials.
  'Chẩu', 'Ma', 'Lường', 'Quàng', 'Lù', 'Sần', 'Bàn', 'Mùa', 'Vừ', 'Tẩn', 'Hờ',
  // The Thái family names of the northwest ("Cầm Thị Bun Sọn", "Cầm Bá Thước"; "Lò", "Lường", "Quàng" are above).
  'Cầm',
  // The Jrai and Bahnar clan names of Gia Lai and Kon Tum, printed before the given name ("Rah Lan Chung", "Kpă
  // Thuyên", "Rơ Châm Long"; "Ksor", "Rơ Mah", "Nay", "Siu" are above).
  'Rah Lan', 'Rơ Lan', 'Kpă', 'Rơ Châm', 'Rơ Ô', 'Puih', 'Kpuih',
  // Chinese family names as the press prints them in Sino-Vietnamese ("Tập Cận Bình",
  // "Lật Chiến Thư", "Tần Cương"; "Vương Nghị", "Lý Cường" are above).
  'Tập', 'Lật', 'Uông', 'Tần', 'Ngụy', 'Mao', 'Giả', 'Bạc',
  // "Thượng tá Tào Đức Thắng – Tổng Giám đốc …".
  'Tào',
  // "GS-TS Sử Đình Thành giữ chức vụ Chủ tịch Hội đồng Khoa học và đào tạo".
  'Sử',
];

/**
 * Family names that are also a common word, with the syllables after them that make the word: "Đầu Tư"
 * ("đầu tư", investment) in a body's name printed in title case is no person. Keyed by the family name.
 */
export const FAMILY_NAME_WORDS: Readonly<Record<string, readonly string[]>> = {
  'Đầu': ['Tư', 'Tiên', 'Mối', 'Nguồn', 'Tàu', 'Cầu', 'Ra', 'Vào', 'Ngành', 'Não', 'Đàn', 'Bếp', 'Năm', 'Tháng', 'Xuân'],
};
