/**
 * Vietnamese family names (họ). A Vietnamese name is recognised as one of these
 * followed by one to three capitalised syllables: "Trần Cẩm Tú", "Nghiêm Phú Cường",
 * "Trần Thị Diệu Thúy". Several are also common words or place syllables ("Hà" in
 * "Hà Nội", "Đoàn" in "Trưởng Đoàn"), so names.ts checks places and what follows.
 *
 * To extend: add the family name as it is printed, with its tone marks; case and
 * tone placement ("Thuỷ"/"Thủy") are folded when the set is built.
 */
export const FAMILY_NAMES: readonly string[] = [
  // The most common, covering most of the population.
  'Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ',
  'Hồ', 'Ngô', 'Dương', 'Lý',
  // Less common, but frequent among officials in the news.
  'Nghiêm', 'Đinh', 'Đào', 'Trịnh', 'Mai', 'Trương', 'Lương', 'Lưu', 'Tạ', 'Tô', 'Thái', 'Hà',
  'Vương', 'Đoàn', 'Cao', 'Chu', 'Lâm', 'Quách', 'Triệu', 'Kiều', 'Khúc', 'Kim', 'Lại', 'Lò',
  'Hầu', 'Hứa', 'Giang', 'Đàm', 'Đồng', 'Đậu', 'Châu', 'Chế', 'Cù', 'Diệp', 'Doãn', 'Khổng',
  'Khuất', 'Khương', 'La', 'Lạc', 'Lã', 'Lữ', 'Lục', 'Mạc', 'Mã', 'Mẫn', 'Nông', 'Ninh', 'Phí',
  'Phó', 'Phùng', 'Quan', 'Tăng', 'Tôn', 'Tống', 'Từ', 'Thân', 'Thạch', 'Thào', 'Tiêu', 'Trình',
  'Trang', 'Văn', 'Vi', 'Viên', 'Yên', 'Âu', 'Ôn', 'Bạch', 'Bế', 'Cấn', 'Công', 'Cung', 'Dư',
  'Đàng', 'Điểu', 'Giáp', 'Hàn', 'Hoàng Phủ', 'Kha', 'Lợi', 'Mạch', 'Mông', 'Nghị', 'Ngọ',
  'Nhữ', 'Ông', 'Phương', 'Quản', 'Sầm', 'Sơn', 'Thiều', 'Thịnh', 'Tòng', 'Tráng', 'Ứng', 'Vàng',
  'Vy', 'Y', 'Hạ', 'Lầu', 'Sùng', 'Giàng', 'Ksor', 'Rơ Mah', 'Nay', 'Siu', 'H\'',
];
