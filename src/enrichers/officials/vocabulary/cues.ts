/**
 * Words that tie a title to a name without standing next to it. Each kind is one
 * pattern of attach.ts, with the real sentence it comes from.
 */
export const CUES: Readonly<Record<string, CueKind>> = {
  // "bổ nhiệm Thượng tướng Lê Huy Vịnh và Trung tướng Võ Minh Lương giữ chức Thứ trưởng Bộ Quốc phòng"
  'bổ nhiệm': 'appoint', 'bổ nhiệm lại': 'appoint', 'tái bổ nhiệm': 'appoint', 'bầu': 'appoint',
  'bầu bổ sung': 'appoint', 'giới thiệu': 'appoint', 'điều động': 'appoint', 'phân công': 'appoint',
  'chỉ định': 'appoint', 'cử': 'appoint', 'luân chuyển': 'appoint', 'tiến cử': 'appoint', 'chuẩn y': 'appoint',
  // A post left is still one the person held: "miễn nhiệm Phó Chủ tịch UBND tỉnh, nhiệm kỳ 2016-2021, đối với ông X"
  'miễn nhiệm': 'appoint', 'giao quyền': 'appoint',
  // "Thiếu tướng X được bố trí giữ chức vụ Giám đốc Công an tỉnh Phú Thọ mới"
  'bố trí': 'appoint',
  // "… giữ chức Thứ trưởng", "… làm trợ lý tổng thống", "được bầu làm Chủ tịch nước"
  'giữ chức': 'role', 'giữ chức vụ': 'role', 'giữ chức danh': 'role', 'làm': 'role', 'vào chức vụ': 'role',
  'đảm nhiệm chức vụ': 'role', 'đảm nhận chức vụ': 'role', 'lên làm': 'role',
  // "bà X tiếp tục được đảm nhận chức Chủ tịch HĐND TP Hà Nội"
  'đảm nhận chức': 'role', 'đảm nhiệm chức': 'role',
  // "được Quốc hội bầu giữ cương vị Viện trưởng …", "ông đảm nhiệm vị trí Giám đốc ban Tổ chức cán bộ BIDV"
  'giữ cương vị': 'role', 'đảm nhiệm vị trí': 'role', 'đảm nhận vị trí': 'role',
  // "PGS.TS Trịnh Hồng Sơn tiếp tục giữ chức vụ Phó Giám đốc bệnh viện"
  'tiếp tục giữ chức vụ': 'role', 'tiếp tục giữ chức': 'role', 'tiếp tục làm': 'role', 'tiếp tục đảm nhiệm': 'role',
  // "Ông Tuất cũng giữ chức Chủ tịch HĐND phường", "Ông Thanh cũng đồng thời giữ chức vụ Bí thư Đảng ủy EVN"
  'cũng giữ chức': 'role', 'cũng giữ chức vụ': 'role', 'đồng thời giữ chức': 'role', 'đồng thời giữ chức vụ': 'role',
  'cũng đồng thời giữ chức': 'role', 'cũng đồng thời giữ chức vụ': 'role', 'cũng làm': 'role',
  // "đồng chí Dương Mah Tiệp tái đắc cử Bí thư Huyện ủy Ia Grai"
  'đắc cử': 'role', 'tái đắc cử': 'role', 'trúng cử': 'role',
  // "Ông Huỳnh Đức Hòa tái đắc cử chức Chủ tịch UBND tỉnh", "… tái đắc cử chức vụ Chủ tịch …"
  'đắc cử chức': 'role', 'đắc cử chức vụ': 'role', 'tái đắc cử chức': 'role', 'tái đắc cử chức vụ': 'role',
  'trúng cử chức': 'role', 'trúng cử chức vụ': 'role',
  // "ông X, Phó tổng giám đốc Vietnam Airlines, chính thức trở thành tân Chủ tịch HĐQT Vietnam Airlines"
  'trở thành': 'role', 'chính thức trở thành': 'role',
  // "ông X, Tổng giám đốc FPT Software, chuyển sang giữ chức Phó Chủ tịch HĐQT": the post moved to.
  'chuyển sang giữ chức': 'role', 'chuyển sang giữ chức vụ': 'role', 'chuyển sang làm': 'role', 'chuyển sang đảm nhiệm': 'role',
  // A post left is still one the person held: "ông Vương Đình Huệ thôi giữ chức Chủ tịch Quốc hội"
  'thôi giữ chức': 'role', 'thôi giữ chức vụ': 'role', 'thôi làm': 'role', 'thôi chức': 'role',
  // … with the tense before it: "ông X đã thôi giữ chức Chủ tịch Liên hiệp …", "bà Y vừa thôi chức Giám đốc …"
  'đã thôi giữ chức': 'role', 'đã thôi giữ chức vụ': 'role', 'đã thôi chức': 'role', 'đã thôi làm': 'role',
  'vừa thôi giữ chức': 'role', 'vừa thôi giữ chức vụ': 'role', 'vừa thôi chức': 'role',
  // "Ông X - Thứ trưởng Bộ Nông nghiệp thôi kiêm nhiệm chức Chủ tịch Hội đồng quản trị Tập đoàn …"
  'thôi kiêm nhiệm chức': 'role', 'thôi kiêm nhiệm chức vụ': 'role', 'thôi kiêm nhiệm': 'role',
  // "Tổng giám đốc EVN Phạm Lê Thanh kiêm nhiệm chức Chủ tịch EVN": the post taken on with the one held.
  'kiêm nhiệm chức': 'role', 'kiêm nhiệm chức vụ': 'role',
  // The subject's own post, left: "PGS.TS X sẽ thôi làm nhiệm vụ Giám đốc Bệnh viện …" (a tense before it;
  // "cho thôi làm nhiệm vụ T đối với X", below, names the holder after).
  'sẽ thôi làm nhiệm vụ': 'role', 'đã thôi làm nhiệm vụ': 'role', 'vừa thôi làm nhiệm vụ': 'role',
  // A post taken away is still one the person held: "ông X bị bãi nhiệm chức danh Chủ tịch EVN", "bị cách chức Phó Giám đốc Sở".
  'bị bãi nhiệm': 'role', 'bị bãi nhiệm chức danh': 'role', 'bị bãi nhiệm chức vụ': 'role',
  'bị miễn nhiệm': 'role', 'bị miễn nhiệm chức danh': 'role', 'bị miễn nhiệm chức vụ': 'role',
  'bị cách chức': 'role', 'bị cách chức vụ': 'role',
  // "ông X được bổ nhiệm làm T1 từ tháng 3/2012, sau đó kiêm nhiệm thêm các vị trí T2, T3"
  'kiêm nhiệm thêm các vị trí': 'role', 'kiêm nhiệm thêm các chức vụ': 'role', 'kiêm nhiệm thêm chức vụ': 'role', 'kiêm nhiệm thêm': 'role',
  // "phê chuẩn kết quả bầu chức vụ Phó Chủ tịch UBND tỉnh Gia Lai … đối với ông Đỗ Tiến Đông"
  'chức vụ': 'post', 'chức danh': 'post',
  // "cho thôi làm nhiệm vụ đại biểu HĐND tỉnh khóa XII … đối với đồng chí X": a membership left.
  'thôi làm nhiệm vụ': 'post', 'thôi nhiệm vụ': 'post',
  'đối với': 'holders',
  // "thăng quân hàm từ Thiếu tướng lên Trung tướng đối với ông Nguyễn Văn Long"; "Đại tá X được thăng
  // cấp bậc hàm Thiếu tướng": the rank promoted to is the holder's.
  'thăng quân hàm': 'promote', 'thăng cấp bậc hàm': 'promote', 'thăng hàm': 'promote', 'phong quân hàm': 'promote',
  'phong hàm': 'promote', 'thăng cấp hàm': 'promote',
  // "Đại tá X, Cục trưởng …, được thăng cấp lên thiếu tướng"
  'thăng cấp': 'promote',
  // "ông Tú được thăng chức lên Phó Tổng giám đốc BIDV"
  'thăng chức': 'promote',
  // "ông Tống Anh Linh là giám đốc tài chính …"; "4 Phó tổng giám đốc là Ngô Hà Thái, …"; "Ông hiện là …"
  // "Ông từng giữ các chức vụ: Giám đốc Sở Tài chính; Bí thư Thành ủy, …": a biography.
  'từng giữ các chức vụ': 'is', 'từng giữ chức vụ': 'is', 'kinh qua các chức vụ': 'is', 'từng kinh qua các chức vụ': 'is',
  'kinh qua chức vụ': 'is', 'từng kinh qua chức vụ': 'is', 'từng kinh qua': 'is',
  'từng đảm nhiệm các chức vụ': 'is', 'từng đảm nhiệm': 'is',
  // "ông Liêm từng đảm nhận các chức vụ như Trưởng phòng …, Phó Giám đốc Sở …, Giám đốc Sở …"
  'từng đảm nhận các chức vụ': 'is', 'từng đảm nhận': 'is', 'từng đảm nhận các chức vụ như': 'is',
  'từng đảm nhiệm các chức vụ như': 'is', 'từng giữ các chức vụ như': 'is', 'kinh qua các chức vụ như': 'is',
  'từng kinh qua các chức vụ như': 'is',
  // "Ông An từng trải qua nhiều vị trí công tác … như: T1 (1993 đến 2004); T2": the words up to the colon are skipped (units.ts).
  'từng trải qua': 'is',
  // "GS.TS X sinh năm 1979, từng giữ chức Phó Hiệu trưởng …"; obituaries: "đồng chí đã kinh qua nhiều chức vụ: T1, T2",
  // "kinh qua nhiều cương vị: T1, T2", "Ông từng trải qua các chức vụ: T1, T2".
  'từng giữ chức': 'is', 'từng giữ chức danh': 'is', 'từng giữ các chức danh': 'is', 'từng giữ cương vị': 'is',
  'kinh qua nhiều chức vụ': 'is', 'kinh qua nhiều cương vị': 'is', 'kinh qua các cương vị': 'is', 'kinh qua các chức danh': 'is',
  'đã kinh qua nhiều chức vụ': 'is', 'đã kinh qua nhiều cương vị': 'is', 'đã kinh qua các chức vụ': 'is', 'đã kinh qua các cương vị': 'is',
  'đã từng giữ chức': 'is', 'đã từng giữ chức vụ': 'is', 'đã từng giữ các chức vụ': 'is',
  'từng trải qua các chức vụ': 'is', 'trải qua các chức vụ': 'is', 'trải qua nhiều chức vụ': 'is', 'trải qua nhiều cương vị': 'is',
  'là': 'is', 'hiện là': 'is', 'hiện đang là': 'is', 'đang là': 'is', 'từng là': 'is', 'cũng là': 'is',
  'gồm': 'list', 'gồm có': 'list', 'gồm các': 'list',
  // A post several names before it share: "X, Y, Z đều là nguyên Chủ tịch UBND xã …", "X và Y (đều cựu
  // Trưởng phòng …)", "ông X và Y là những Phó chủ tịch …".
  'đều là': 'all', 'đều': 'all', 'đều là những': 'all', 'là những': 'all', 'cùng là': 'all',
  // "bổ nhiệm các đồng chí: X, T; Y, T; và Z, T cùng giữ chức vụ T2": the new post of every item.
  'cùng giữ chức vụ': 'all', 'cùng giữ chức': 'all',
  // "Phó Tổng thống, đồng thời là Chủ tịch Quốc hội …"
  // "Ủy viên HĐQT kiêm Tổng Giám đốc BIDV", "Phó Thủ tướng kiêm Bộ trưởng Ngoại giao Phạm Bình Minh"
  'đồng thời là': 'also', 'đồng thời': 'also', 'kiêm': 'also', 'kiêm nhiệm': 'also', 'và': 'and', 'được': 'passive',
  // "Bộ trưởng Bộ Công an Lương Tam Quang đã được thăng cấp hàm Đại tướng"
  'đã được': 'passive', 'vừa được': 'passive', 'mới được': 'passive', 'sẽ được': 'passive', 'chính thức được': 'passive',
  // "Đồng chí Nguyễn Thành Phong tiếp tục được bầu giữ chức Chủ tịch UBND TP Hồ Chí Minh"
  'tiếp tục được': 'passive', 'cũng được': 'passive', 'lại được': 'passive', 'đều được': 'passive', 'đã chính thức được': 'passive',
  // "Thủ tướng Campuchia Hun Sen sau khi được tái bổ nhiệm làm Thủ tướng Vương quốc Campuchia"
  'sau khi được': 'passive', 'khi được': 'passive', 'trước khi được': 'passive',
  // "Ông Lê Hồng Minh - tân Phó Chủ tịch tỉnh Sơn La"
  'tân': 'new',
  // The post of the last appointment, maybe a paragraph before: "Người thứ hai được bổ nhiệm vào chức vụ này là
  // Trung tướng Phùng Sĩ Tấn", "Ông X được bổ nhiệm vào chức vụ này".
  'vào chức vụ này': 'this', 'giữ chức vụ này': 'this', 'đảm nhiệm chức vụ này': 'this', 'đảm nhận chức vụ này': 'this',
  'vào cương vị này': 'this', 'giữ cương vị này': 'this', 'vào vị trí này': 'this',
};

export type CueKind = 'appoint' | 'role' | 'post' | 'holders' | 'promote' | 'all' | 'is' | 'list' | 'also' | 'and' | 'passive' | 'new' | 'this';

/**
 * Words of time between a post and its "là" that stand for nothing: "2 Tổng Giám đốc trước đó là ông X
 * và Y" is "T là X và Y". Each has two syllables; units.ts skips one only right after a title and before "là".
 */
export const TIME_BEFORE_IS: readonly string[] = ['trước đó', 'hiện nay', 'hiện tại', 'tiền nhiệm', 'kế nhiệm', 'đương nhiệm'];
