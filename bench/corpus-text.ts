/**
 * Vietnamese vocabularies and sentence templates for the synthetic benchmark
 * corpus, written after the style of the seed documents (Decree 30/2020
 * administrative prose). Pure data: `bench/corpus.ts` fills the `{slot}`s.
 *
 * All names of places and people are fictional. Slots are replaced before
 * anything is written, so no brace ever reaches an MDX body.
 */
import type { CampaignKind, CampaignScope, DirectiveKind } from '../src/domain/vocabulary.ts';

// ---------------------------------------------------------------------------
// Places and people

export const PROVINCE = 'Bắc Lâm';

/** Hand-picked district names; more are composed from syllables when N is large. */
export const DISTRICT_NAMES = [
  'Đồng Tâm',
  'Bắc Hà Sơn',
  'Yên Lạc Thượng',
  'Phú Lương Hạ',
  'Thạch An Bình',
  'Kim Sơn Đông',
  'Na Rì Thượng',
  'Vĩnh Hòa Tây',
  'Lạc Thủy Nam',
  'Quảng Điền Bắc',
  'Tân Kỳ Sơn',
  'Mường Lâm',
  'Ba Khe',
  'Hòa Vang Thượng',
  'Cao Phong Hạ',
  'Đại Từ Sơn',
  'Lâm Bình Đông',
  'Sơn Động Tây',
  'An Lão Thượng',
  'Ngọc Lặc Nam',
  'Bình Liêu Hạ',
  'Mỹ Đức Tây',
  'Thanh Sơn Hạ',
  'Trà Lĩnh Đông',
  'Hà Quảng Tây',
  'Xuân Trường Thượng',
  'Văn Lãng Nam',
  'Tràng Định Bắc',
  'Phù Ninh Thượng',
  'Định Hóa Nam',
];
export const NAME_HEADS = [
  'Đông',
  'Tây',
  'Nam',
  'Bắc',
  'Tân',
  'Phú',
  'An',
  'Hòa',
  'Vĩnh',
  'Thạch',
  'Kim',
  'Ngọc',
  'Lạc',
  'Bình',
  'Quảng',
  'Yên',
  'Thanh',
  'Hưng',
  'Long',
  'Mỹ',
  'Nà',
  'Bản',
  'Khuổi',
  'Pác',
  'Cốc',
];
export const NAME_TAILS = [
  'Sơn',
  'Hà',
  'Lâm',
  'Thủy',
  'Phong',
  'Lộc',
  'Thành',
  'Xuân',
  'Trung',
  'Hải',
  'Khê',
  'Giang',
  'Điền',
  'Lương',
  'Tràng',
  'Tường',
  'Đức',
  'Lĩnh',
  'Đào',
  'Mai',
  'Quang',
  'Thịnh',
  'Tiến',
  'Phúc',
  'Cường',
];
/** Villages (thôn, bản, tổ dân phố) for localities of exemplary figures. */
/** Composed names that are real provinces: never used for fictional places. */
export const REAL_PROVINCES = [
  'Vĩnh Phúc',
  'Tây Ninh',
  'Bắc Ninh',
  'Quảng Ninh',
  'Long An',
  'Hà Giang',
  'Hưng Yên',
  'Thanh Hóa',
  'Phú Thọ',
  'Bình Phước',
];
export const VILLAGE_NAMES = [
  'Nà Đông',
  'Bản Chang',
  'Khuổi Khon',
  'Pác Bó Hạ',
  'Cốc Lùng',
  'Đồng Mới',
  'Làng Chùa',
  'Tân Lập',
  'Thống Nhất',
  'Đoàn Kết',
  'Quyết Tiến',
  'Hợp Thành',
  'Bản Mòng',
  'Nà Phiêng',
  'Phiêng Luông',
  'Lũng Cú Hạ',
  'Đông Đào Hạ',
  'Tiền Phong',
  'Hòa Bình',
  'Xuân Hòa',
  'Bó Mạ',
  'Nà Sản',
];

export const SURNAMES = [
  'Nguyễn',
  'Trần',
  'Lê',
  'Phạm',
  'Hoàng',
  'Phan',
  'Vũ',
  'Võ',
  'Đặng',
  'Bùi',
  'Đỗ',
  'Hồ',
  'Ngô',
  'Dương',
  'Lý',
  'Nông',
  'Bế',
  'Hà',
  'Lục',
  'Triệu',
  'Lò',
  'Lường',
  'Đinh',
  'Mai',
  'Trương',
  'Tạ',
  'Lương',
  'Chu',
  'Vi',
  'Hứa',
  'Ma',
  'Đàm',
  'Lâm',
  'Quách',
  'La',
];
export const MALE_MIDDLE = ['Văn', 'Đức', 'Minh', 'Hữu', 'Quang', 'Xuân', 'Công', 'Tiến', 'Mạnh', 'Thanh', 'Ngọc', 'Đình', 'Trọng', 'Văn'];
export const FEMALE_MIDDLE = ['Thị', 'Thu', 'Hồng', 'Kim', 'Ngọc', 'Bích', 'Thanh', 'Minh', 'Thị', 'Thúy', 'Diệu'];
export const MALE_GIVEN = [
  'An',
  'Bình',
  'Cường',
  'Dũng',
  'Đạt',
  'Định',
  'Đông',
  'Giang',
  'Hải',
  'Hùng',
  'Huy',
  'Khánh',
  'Khoa',
  'Long',
  'Lộc',
  'Minh',
  'Nam',
  'Phong',
  'Phúc',
  'Quân',
  'Quyết',
  'Sơn',
  'Tâm',
  'Thắng',
  'Thành',
  'Tuấn',
  'Tùng',
  'Việt',
  'Vinh',
  'Bộ',
  'Chiến',
  'Điệp',
  'Hưng',
  'Kiên',
  'Lâm',
  'Toàn',
  'Trung',
];
export const FEMALE_GIVEN = [
  'Anh',
  'Dung',
  'Điệp',
  'Hà',
  'Hạnh',
  'Hằng',
  'Hiền',
  'Hoa',
  'Huệ',
  'Hương',
  'Lan',
  'Liên',
  'Linh',
  'Loan',
  'Mai',
  'Nga',
  'Ngân',
  'Nhung',
  'Oanh',
  'Phương',
  'Quyên',
  'Thảo',
  'Thơm',
  'Thủy',
  'Trang',
  'Tuyết',
  'Vân',
  'Yến',
  'Xuân',
  'Hồng',
];
export const ETHNIC_GROUPS = ['Kinh', 'Tày', 'Nùng', 'Dao', 'Mông', 'Thái', 'Sán Chay', 'Mường'];

// ---------------------------------------------------------------------------
// Cited documents that are not in the archive (national documents)

export interface ExternalDoc {
  kind?: DirectiveKind;
  /** How prose names it: "Chỉ thị số 34-CT/TW". */
  label: string;
  number: string;
  date: string;
  issuer: string;
  about: string;
  /** Not cited before this date (e.g. a law not yet passed). */
  from?: string;
}

export const EXTERNAL_DOCS: readonly ExternalDoc[] = [
  {
    kind: 'chỉ thị',
    label: 'Chỉ thị',
    number: '34-CT/TW',
    date: '2014-04-07',
    issuer: 'Bộ Chính trị',
    about: 'tiếp tục đổi mới công tác thi đua, khen thưởng',
  },
  {
    kind: 'chỉ thị',
    label: 'Chỉ thị',
    number: '05-CT/TW',
    date: '2016-05-15',
    issuer: 'Bộ Chính trị',
    about: 'đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh',
  },
  {
    label: 'Luật Thi đua, khen thưởng',
    number: '06/2022/QH15',
    date: '2022-06-15',
    issuer: 'Quốc hội',
    about: 'thi đua, khen thưởng',
    from: '2022-06-15',
  },
  {
    label: 'Nghị định',
    number: '98/2023/NĐ-CP',
    date: '2023-12-31',
    issuer: 'Chính phủ',
    about: 'quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng',
    from: '2024-01-01',
  },
  {
    label: 'Nghị định',
    number: '91/2017/NĐ-CP',
    date: '2017-07-31',
    issuer: 'Chính phủ',
    about: 'quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng',
    from: '2017-07-31',
  },
  {
    kind: 'chỉ thị',
    label: 'Chỉ thị',
    number: '19/CT-TTg',
    date: '2021-07-16',
    issuer: 'Thủ tướng Chính phủ',
    about: 'phát động thi đua thực hiện thắng lợi nhiệm vụ phát triển kinh tế - xã hội hằng năm và Kế hoạch 5 năm 2021 - 2025',
    from: '2021-07-16',
  },
  {
    kind: 'quyết định',
    label: 'Quyết định',
    number: '263/QĐ-TTg',
    date: '2022-02-22',
    issuer: 'Thủ tướng Chính phủ',
    about: 'phê duyệt Chương trình mục tiêu quốc gia xây dựng nông thôn mới giai đoạn 2021 - 2025',
    from: '2022-02-22',
  },
  {
    kind: 'quyết định',
    label: 'Quyết định',
    number: '90/QĐ-TTg',
    date: '2022-01-18',
    issuer: 'Thủ tướng Chính phủ',
    about: 'phê duyệt Chương trình mục tiêu quốc gia giảm nghèo bền vững giai đoạn 2021 - 2025',
    from: '2022-01-18',
  },
  {
    kind: 'quyết định',
    label: 'Quyết định',
    number: '1719/QĐ-TTg',
    date: '2021-10-14',
    issuer: 'Thủ tướng Chính phủ',
    about:
      'phê duyệt Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi giai đoạn 2021 - 2030',
    from: '2021-10-14',
  },
  {
    kind: 'nghị quyết',
    label: 'Nghị quyết',
    number: '18-NQ/TW',
    date: '2017-10-25',
    issuer: 'Ban Chấp hành Trung ương Đảng',
    about: 'một số vấn đề về tiếp tục đổi mới, sắp xếp tổ chức bộ máy của hệ thống chính trị tinh gọn, hoạt động hiệu lực, hiệu quả',
    from: '2017-10-25',
  },
];

// ---------------------------------------------------------------------------
// Emulation campaigns

export interface NationalCampaign {
  name: string;
  kind: CampaignKind;
  from: string;
  to?: string;
  /** Theme key that local campaigns of the same subject attach to. */
  theme: string;
}

export const NATIONAL_CAMPAIGNS: readonly NationalCampaign[] = [
  { name: 'Cả nước chung sức xây dựng nông thôn mới', kind: 'thường xuyên', from: '2011-09', theme: 'ntm' },
  { name: 'Cả nước chung tay vì người nghèo - Không để ai bị bỏ lại phía sau', kind: 'thường xuyên', from: '2016-04', theme: 'ngheo' },
  {
    name: 'Cán bộ, công chức, viên chức thi đua thực hiện văn hóa công sở',
    kind: 'chuyên đề',
    from: '2019-03',
    to: '2025-12-31',
    theme: 'congso',
  },
  { name: 'Doanh nghiệp Việt Nam hội nhập và phát triển', kind: 'thường xuyên', from: '2016-06', theme: 'doanhnghiep' },
  { name: 'Thi đua quyết thắng', kind: 'thường xuyên', from: '2010-01', theme: 'quocphong' },
  { name: 'Toàn dân bảo vệ an ninh Tổ quốc', kind: 'thường xuyên', from: '2010-01', theme: 'anninh' },
  {
    name: 'Cả nước đoàn kết, chung sức, đồng lòng thi đua phòng, chống và chiến thắng đại dịch COVID-19',
    kind: 'chuyên đề',
    from: '2020-04',
    to: '2022-12-31',
    theme: 'covid',
  },
  {
    name: 'Cả nước thi đua xây dựng xã hội học tập, đẩy mạnh học tập suốt đời',
    kind: 'chuyên đề',
    from: '2023-06',
    to: '2030-12-31',
    theme: 'hoctap',
  },
  {
    name: 'Chung tay xóa nhà tạm, nhà dột nát trên phạm vi cả nước trong năm 2025',
    kind: 'chuyên đề',
    from: '2024-10',
    to: '2025-12-31',
    theme: 'nhatam',
  },
  { name: 'Cả nước thi đua đổi mới sáng tạo và chuyển đổi số', kind: 'thường xuyên', from: '2025-04', theme: 'chuyendoiso' },
];

/**
 * Local campaign names. {L} is the locality ("Đồng Tâm"), {Y}/{Y2} years,
 * {n} an anniversary, {roman} a congress number. `span` is the usual length
 * in months (0: no end date, a "thường xuyên" campaign).
 */
export interface LocalCampaignTemplate {
  name: string;
  theme: string;
  kind: CampaignKind;
  span: number;
  /** Restrict to a scope (cơ quan campaigns read differently). */
  scopes: readonly CampaignScope[];
  after?: string;
  before?: string;
}

const LOCALITY_SCOPES = ['tỉnh', 'huyện', 'xã'] as const;
export const LOCAL_CAMPAIGNS: readonly LocalCampaignTemplate[] = [
  { name: '{L} chung sức xây dựng nông thôn mới giai đoạn {Y} - {Y2}', theme: 'ntm', kind: 'chuyên đề', span: 60, scopes: LOCALITY_SCOPES },
  {
    name: '{L} chung sức xây dựng nông thôn mới nâng cao, kiểu mẫu giai đoạn {Y} - {Y2}',
    theme: 'ntm',
    kind: 'chuyên đề',
    span: 48,
    scopes: LOCALITY_SCOPES,
    after: '2019-01-01',
  },
  {
    name: '{L} chung tay vì người nghèo - Không để ai bị bỏ lại phía sau',
    theme: 'ngheo',
    kind: 'thường xuyên',
    span: 0,
    scopes: LOCALITY_SCOPES,
  },
  { name: 'Doanh nghiệp {L} hội nhập và phát triển', theme: 'doanhnghiep', kind: 'thường xuyên', span: 0, scopes: ['tỉnh', 'huyện'] },
  {
    name: 'Cán bộ, công chức, viên chức {L} thi đua thực hiện văn hóa công sở giai đoạn {Y} - {Y2}',
    theme: 'congso',
    kind: 'chuyên đề',
    span: 60,
    scopes: ['tỉnh', 'huyện', 'xã', 'cơ quan'],
    after: '2019-03-01',
  },
  {
    name: '{L} đẩy mạnh chuyển đổi số năm {Y}',
    theme: 'chuyendoiso',
    kind: 'chuyên đề',
    span: 10,
    scopes: ['tỉnh', 'huyện', 'xã', 'cơ quan'],
    after: '2021-01-01',
  },
  {
    name: 'Thi đua lập thành tích chào mừng Đại hội đại biểu Đảng bộ {LL} lần thứ {roman}',
    theme: 'daihoi',
    kind: 'chuyên đề',
    span: 8,
    scopes: LOCALITY_SCOPES,
  },
  {
    name: 'Thi đua lập thành tích chào mừng kỷ niệm {n} năm Ngày thành lập {LL} ({Y0} - {Y})',
    theme: 'kyniem',
    kind: 'chuyên đề',
    span: 7,
    scopes: LOCALITY_SCOPES,
  },
  { name: '{L} đoàn kết, kỷ cương, đổi mới, phát triển năm {Y}', theme: 'nam', kind: 'chuyên đề', span: 11, scopes: LOCALITY_SCOPES },
  {
    name: 'Thi đua hoàn thành thắng lợi nhiệm vụ phát triển kinh tế - xã hội {LL} năm {Y}',
    theme: 'nam',
    kind: 'chuyên đề',
    span: 11,
    scopes: LOCALITY_SCOPES,
  },
  {
    name: '{L} xanh - sạch - đẹp, văn minh giai đoạn {Y} - {Y2}',
    theme: 'moitruong',
    kind: 'chuyên đề',
    span: 36,
    scopes: LOCALITY_SCOPES,
  },
  {
    name: '{L} thi đua xây dựng xã hội học tập giai đoạn {Y} - {Y2}',
    theme: 'hoctap',
    kind: 'chuyên đề',
    span: 48,
    scopes: LOCALITY_SCOPES,
    after: '2023-06-01',
  },
  {
    name: '{L} chung tay xóa nhà tạm, nhà dột nát năm {Y}',
    theme: 'nhatam',
    kind: 'chuyên đề',
    span: 12,
    scopes: LOCALITY_SCOPES,
    after: '2024-10-01',
    before: '2026-01-01',
  },
  {
    name: '{L} đoàn kết, chung sức, đồng lòng phòng, chống dịch COVID-19',
    theme: 'covid',
    kind: 'chuyên đề',
    span: 20,
    scopes: LOCALITY_SCOPES,
    after: '2020-04-01',
    before: '2022-06-01',
  },
  {
    name: '{L} đoàn kết, khởi đầu chính quyền mới, hành động vì nhân dân',
    theme: 'chinhquyen',
    kind: 'chuyên đề',
    span: 18,
    scopes: ['xã'],
    after: '2025-07-01',
  },
  {
    name: 'Thi đua cao điểm 100 ngày đêm về đích nông thôn mới {LL} năm {Y}',
    theme: 'ntm',
    kind: 'chuyên đề',
    span: 4,
    scopes: ['huyện', 'xã'],
  },
  {
    name: 'Thôn, bản {L} đoàn kết, sáng tạo, xây dựng đời sống văn hóa giai đoạn {Y} - {Y2}',
    theme: 'vanhoa',
    kind: 'chuyên đề',
    span: 36,
    scopes: ['huyện', 'xã'],
  },
  { name: '{L} tận tụy, chuyên nghiệp, phục vụ nhân dân năm {Y}', theme: 'congso', kind: 'chuyên đề', span: 11, scopes: ['cơ quan'] },
  { name: 'Dạy tốt, học tốt ngành Giáo dục {P} năm học {Y} - {Y2}', theme: 'hoctap', kind: 'chuyên đề', span: 10, scopes: ['cơ quan'] },
  {
    name: '{L} đổi mới, sáng tạo, cải cách hành chính giai đoạn {Y} - {Y2}',
    theme: 'caicach',
    kind: 'chuyên đề',
    span: 36,
    scopes: ['cơ quan', 'tỉnh'],
  },
  {
    name: 'Phụ nữ {L} tích cực học tập, lao động sáng tạo, xây dựng gia đình hạnh phúc',
    theme: 'vanhoa',
    kind: 'thường xuyên',
    span: 0,
    scopes: ['huyện'],
  },
  {
    name: 'Nông dân {L} thi đua sản xuất, kinh doanh giỏi, đoàn kết giúp nhau làm giàu và giảm nghèo bền vững',
    theme: 'ngheo',
    kind: 'thường xuyên',
    span: 0,
    scopes: ['tỉnh', 'huyện'],
  },
];

// ---------------------------------------------------------------------------
// Campaign slogans (chủ đề)

export const THEMES = [
  'Đoàn kết, kỷ cương, sáng tạo, hiệu quả',
  'Đoàn kết, kỷ cương, đổi mới sáng tạo, quyết liệt hành động',
  'Kỷ cương, trách nhiệm, đoàn kết thi đua phấn đấu hoàn thành xuất sắc nhiệm vụ năm {Y}',
  'Chủ động, linh hoạt, đổi mới sáng tạo, phát triển bền vững',
  'Đoàn kết, dân chủ, kỷ cương, đổi mới, phát triển',
  'Tăng tốc, bứt phá, về đích thắng lợi các mục tiêu năm {Y}',
  'Đoàn kết, năng động, sáng tạo, quyết tâm hoàn thành thắng lợi nhiệm vụ năm {Y}',
  'Kỷ cương, liêm chính, hành động, sáng tạo, bứt phá, hiệu quả',
  'Dân chủ, kỷ cương, đổi mới, hiệu quả, vì nhân dân phục vụ',
  'Đoàn kết, đổi mới, tăng tốc, phát triển nhanh và bền vững',
  'Trách nhiệm, hành động, hiệu quả, nâng cao đời sống nhân dân',
];
export const THEMES_NEW_GOVERNMENT = [
  'Đoàn kết, khởi đầu chính quyền mới, hành động vì nhân dân',
  'Chính quyền gần dân, sát dân, phục vụ nhân dân',
  'Đoàn kết, kỷ cương, tinh gọn, hiệu lực, hiệu quả',
];

// ---------------------------------------------------------------------------
// Indicators (chỉ tiêu)

export interface IndicatorSpec {
  name: string;
  unit: string;
  min: number;
  max: number;
  decimals: number;
  /** Prose form with the value: "thu nhập bình quân đầu người đạt {v}". */
  phrase: string;
}

export const INDICATORS: readonly IndicatorSpec[] = [
  {
    name: 'Thu nhập bình quân đầu người',
    unit: 'triệu đồng/năm',
    min: 24,
    max: 82,
    decimals: 1,
    phrase: 'thu nhập bình quân đầu người đạt {v}',
  },
  { name: 'Tỷ lệ hộ nghèo giảm', unit: '%', min: 0.5, max: 4.5, decimals: 1, phrase: 'tỷ lệ hộ nghèo giảm {v} so với cuối năm trước' },
  {
    name: 'Số xã đạt chuẩn nông thôn mới tăng thêm',
    unit: 'xã',
    min: 1,
    max: 5,
    decimals: 0,
    phrase: 'có thêm {v} đạt chuẩn nông thôn mới',
  },
  {
    name: 'Thu ngân sách nhà nước trên địa bàn',
    unit: 'tỷ đồng',
    min: 40,
    max: 950,
    decimals: 0,
    phrase: 'thu ngân sách nhà nước trên địa bàn đạt {v}',
  },
  { name: 'Tổng vốn đầu tư toàn xã hội', unit: 'tỷ đồng', min: 400, max: 6000, decimals: 0, phrase: 'tổng vốn đầu tư toàn xã hội đạt {v}' },
  {
    name: 'Tỷ lệ hồ sơ thủ tục hành chính được giải quyết trực tuyến toàn trình',
    unit: '%',
    min: 35,
    max: 96,
    decimals: 1,
    phrase: 'tỷ lệ hồ sơ thủ tục hành chính giải quyết trực tuyến toàn trình đạt {v}',
  },
  {
    name: 'Tỷ lệ dân số tham gia bảo hiểm y tế',
    unit: '%',
    min: 85,
    max: 99,
    decimals: 1,
    phrase: 'tỷ lệ dân số tham gia bảo hiểm y tế đạt {v}',
  },
  {
    name: 'Tỷ lệ hộ gia đình đạt danh hiệu Gia đình văn hóa',
    unit: '%',
    min: 78,
    max: 96,
    decimals: 1,
    phrase: 'tỷ lệ hộ gia đình đạt danh hiệu “Gia đình văn hóa” đạt {v}',
  },
  {
    name: 'Tỷ lệ thôn, tổ dân phố đạt danh hiệu văn hóa',
    unit: '%',
    min: 70,
    max: 93,
    decimals: 1,
    phrase: 'tỷ lệ thôn, tổ dân phố đạt danh hiệu văn hóa đạt {v}',
  },
  { name: 'Số trường đạt chuẩn quốc gia tăng thêm', unit: 'trường', min: 1, max: 9, decimals: 0, phrase: 'có thêm {v} đạt chuẩn quốc gia' },
  {
    name: 'Số lao động được giải quyết việc làm mới',
    unit: 'người',
    min: 250,
    max: 5200,
    decimals: 0,
    phrase: 'giải quyết việc làm mới cho {v}',
  },
  { name: 'Tỷ lệ lao động qua đào tạo', unit: '%', min: 52, max: 78, decimals: 1, phrase: 'tỷ lệ lao động qua đào tạo đạt {v}' },
  {
    name: 'Đường giao thông nông thôn được cứng hóa',
    unit: 'km',
    min: 5,
    max: 85,
    decimals: 1,
    phrase: 'cứng hóa {v} đường giao thông nông thôn',
  },
  {
    name: 'Sản phẩm OCOP đạt từ 3 sao trở lên',
    unit: 'sản phẩm',
    min: 2,
    max: 24,
    decimals: 0,
    phrase: 'có thêm {v} OCOP đạt từ 3 sao trở lên',
  },
  { name: 'Diện tích trồng rừng mới', unit: 'ha', min: 80, max: 2200, decimals: 0, phrase: 'trồng mới {v} rừng tập trung' },
  { name: 'Tỷ lệ che phủ rừng', unit: '%', min: 45, max: 72, decimals: 1, phrase: 'tỷ lệ che phủ rừng đạt {v}' },
  { name: 'Nhà tạm, nhà dột nát được xóa', unit: 'căn', min: 20, max: 650, decimals: 0, phrase: 'xóa {v} nhà tạm, nhà dột nát' },
  { name: 'Hợp tác xã thành lập mới', unit: 'hợp tác xã', min: 1, max: 12, decimals: 0, phrase: 'thành lập mới {v}' },
  { name: 'Doanh nghiệp thành lập mới', unit: 'doanh nghiệp', min: 8, max: 220, decimals: 0, phrase: 'thành lập mới {v}' },
  {
    name: 'Tỷ lệ dân cư nông thôn sử dụng nước sạch',
    unit: '%',
    min: 82,
    max: 99,
    decimals: 1,
    phrase: 'tỷ lệ dân cư nông thôn sử dụng nước sạch đạt {v}',
  },
  {
    name: 'Tỷ lệ chất thải rắn sinh hoạt được thu gom, xử lý',
    unit: '%',
    min: 68,
    max: 98,
    decimals: 1,
    phrase: 'tỷ lệ chất thải rắn sinh hoạt được thu gom, xử lý đạt {v}',
  },
  { name: 'Sáng kiến được công nhận', unit: 'sáng kiến', min: 5, max: 90, decimals: 0, phrase: 'công nhận {v} cấp cơ sở' },
  {
    name: 'Tỷ lệ cán bộ, công chức hoàn thành tốt nhiệm vụ trở lên',
    unit: '%',
    min: 85,
    max: 98,
    decimals: 1,
    phrase: 'tỷ lệ cán bộ, công chức hoàn thành tốt nhiệm vụ trở lên đạt {v}',
  },
  { name: 'Sản lượng lương thực có hạt', unit: 'tấn', min: 9000, max: 95000, decimals: 0, phrase: 'sản lượng lương thực có hạt đạt {v}' },
  {
    name: 'Giá trị sản xuất trên một ha đất trồng trọt',
    unit: 'triệu đồng/ha',
    min: 55,
    max: 160,
    decimals: 1,
    phrase: 'giá trị sản xuất trên một ha đất trồng trọt đạt {v}',
  },
  {
    name: 'Tỷ lệ văn bản điện tử được ký số',
    unit: '%',
    min: 80,
    max: 99,
    decimals: 1,
    phrase: 'tỷ lệ văn bản điện tử được ký số đạt {v}',
  },
  { name: 'Hộ được hỗ trợ phát triển sản xuất', unit: 'hộ', min: 40, max: 950, decimals: 0, phrase: 'hỗ trợ phát triển sản xuất cho {v}' },
  {
    name: 'Vốn huy động xây dựng nông thôn mới',
    unit: 'triệu đồng',
    min: 1800,
    max: 85000,
    decimals: 0,
    phrase: 'huy động {v} xây dựng nông thôn mới',
  },
  { name: 'Mô hình “Dân vận khéo” được công nhận', unit: 'mô hình', min: 3, max: 32, decimals: 0, phrase: 'công nhận {v} “Dân vận khéo”' },
  {
    name: 'Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng thể thấp còi',
    unit: '%',
    min: 9,
    max: 24,
    decimals: 1,
    phrase: 'tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng thể thấp còi giảm còn {v}',
  },
  {
    name: 'Ngày công lao động đóng góp xây dựng công trình công cộng',
    unit: 'ngày công',
    min: 500,
    max: 24000,
    decimals: 0,
    phrase: 'đóng góp {v} xây dựng công trình công cộng',
  },
  {
    name: 'Diện tích đất được nhân dân hiến để làm đường',
    unit: 'm²',
    min: 900,
    max: 48000,
    decimals: 0,
    phrase: 'nhân dân hiến {v} đất để làm đường',
  },
];

// ---------------------------------------------------------------------------
// Fields (lĩnh vực): label for frontmatter, tasks, results and shortfalls

export interface FieldText {
  label: string;
  /** Lower-case phrase for prose: "xây dựng nông thôn mới". */
  phrase: string;
  /** Campaign theme keys this field serves. */
  themes: readonly string[];
  tasks: readonly string[];
  results: readonly string[];
  shortfalls: readonly string[];
}

export const FIELDS: readonly FieldText[] = [
  {
    label: 'Kinh tế - xã hội',
    phrase: 'phát triển kinh tế - xã hội',
    themes: ['nam', 'daihoi', 'kyniem'],
    tasks: [
      'Tập trung lãnh đạo, chỉ đạo thực hiện quyết liệt, đồng bộ các nhiệm vụ, giải pháp phát triển kinh tế - xã hội năm {Y}; phấn đấu hoàn thành và hoàn thành vượt mức các chỉ tiêu Nghị quyết Hội đồng nhân dân {area} đã đề ra.',
      'Đẩy mạnh thu hút đầu tư, tạo môi trường sản xuất, kinh doanh thuận lợi; tháo gỡ kịp thời khó khăn, vướng mắc cho doanh nghiệp, hợp tác xã và hộ kinh doanh trên địa bàn.',
      'Đẩy nhanh tiến độ giải ngân vốn đầu tư công, coi đây là nhiệm vụ chính trị trọng tâm; kiên quyết điều chuyển vốn của các dự án chậm tiến độ sang các dự án có khả năng giải ngân tốt hơn.',
      'Tăng cường công tác quản lý thu ngân sách, chống thất thu; thực hiện nghiêm việc tiết kiệm chi thường xuyên, bảo đảm nguồn lực cho đầu tư phát triển và an sinh xã hội.',
      'Phát triển kết cấu hạ tầng kinh tế - xã hội đồng bộ, trọng tâm là hạ tầng giao thông, thủy lợi và hạ tầng số; gắn với giám sát chặt chẽ chất lượng công trình.',
      'Thúc đẩy tái cơ cấu nông nghiệp theo hướng nâng cao giá trị gia tăng, phát triển vùng sản xuất hàng hóa tập trung gắn với liên kết tiêu thụ sản phẩm.',
      'Phát triển thương mại, dịch vụ, du lịch gắn với khai thác tiềm năng, lợi thế của {area}; bảo đảm lưu thông hàng hóa thông suốt, bình ổn thị trường, nhất là các mặt hàng thiết yếu.',
      'Chủ động theo dõi, dự báo tình hình, kịp thời đề xuất các giải pháp điều hành phù hợp để duy trì tăng trưởng, bảo đảm các cân đối lớn của nền kinh tế trên địa bàn.',
    ],
    results: [
      'Tăng trưởng kinh tế của {area} được duy trì ở mức khá; {ind}; cơ cấu kinh tế tiếp tục chuyển dịch theo hướng tích cực.',
      'Thu ngân sách nhà nước trên địa bàn đạt {pct} dự toán giao; công tác quản lý, điều hành chi ngân sách bảo đảm chặt chẽ, tiết kiệm, đúng quy định.',
      'Tổng vốn đầu tư toàn xã hội tăng {pctLow} so với cùng kỳ; nhiều công trình, dự án trọng điểm được khởi công, hoàn thành và đưa vào sử dụng, phát huy hiệu quả.',
      'Sản xuất nông nghiệp cơ bản ổn định; {ind}; các mô hình liên kết sản xuất theo chuỗi giá trị được nhân rộng.',
      'Hoạt động thương mại, dịch vụ sôi động; tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng tăng {pctLow} so với cùng kỳ năm trước.',
    ],
    shortfalls: [
      'tiến độ giải ngân vốn đầu tư công',
      'thu ngân sách từ khu vực ngoài quốc doanh',
      'giá trị sản xuất công nghiệp - tiểu thủ công nghiệp',
    ],
  },
  {
    label: 'Nông thôn mới',
    phrase: 'xây dựng nông thôn mới',
    themes: ['ntm'],
    tasks: [
      'Tiếp tục đẩy mạnh phong trào {camp}; huy động tối đa các nguồn lực, phát huy vai trò chủ thể của người dân trong xây dựng nông thôn mới.',
      'Tập trung chỉ đạo các xã đăng ký đạt chuẩn nông thôn mới, nông thôn mới nâng cao năm {Y}; rà soát từng tiêu chí, xác định rõ nội dung còn thiếu, phân công cụ thể trách nhiệm và thời gian hoàn thành.',
      'Vận động nhân dân hiến đất, đóng góp ngày công, vật liệu để cứng hóa đường giao thông nông thôn, kênh mương nội đồng; xây dựng các tuyến đường hoa, đường điện chiếu sáng, đường “sáng - xanh - sạch - đẹp”.',
      'Phát triển sản phẩm OCOP gắn với lợi thế của từng địa phương; hỗ trợ các chủ thể hoàn thiện bao bì, nhãn mác, truy xuất nguồn gốc và xúc tiến thương mại sản phẩm.',
      'Xây dựng thôn, khu dân cư nông thôn mới kiểu mẫu, vườn mẫu; chú trọng cảnh quan, môi trường, giữ gìn bản sắc văn hóa của đồng bào các dân tộc.',
      'Nâng cao chất lượng các tiêu chí đã đạt, nhất là tiêu chí thu nhập, hộ nghèo, môi trường và an toàn thực phẩm; không để xảy ra tình trạng nợ đọng xây dựng cơ bản trong xây dựng nông thôn mới.',
      'Lồng ghép có hiệu quả các nguồn vốn của Chương trình mục tiêu quốc gia xây dựng nông thôn mới với các chương trình, dự án khác trên địa bàn; công khai, minh bạch việc huy động và sử dụng nguồn lực.',
    ],
    results: [
      'Phong trào {camp} tiếp tục lan tỏa sâu rộng; nhân dân đã hiến {m2} đất, đóng góp hàng nghìn ngày công để mở rộng đường giao thông nông thôn.',
      'Đến nay, toàn {area} có {num} xã đạt chuẩn nông thôn mới, trong đó {num2} xã đạt chuẩn nông thôn mới nâng cao; bình quân mỗi xã đạt {crit} tiêu chí.',
      'Nguồn lực huy động xây dựng nông thôn mới đạt {money}, trong đó nhân dân và doanh nghiệp đóng góp trên {pctLow} tổng nguồn vốn.',
      'Nhiều sản phẩm chủ lực của địa phương được công nhận sản phẩm OCOP; {ind}.',
    ],
    shortfalls: ['tiêu chí thu nhập và hộ nghèo ở các xã đặc biệt khó khăn', 'tiêu chí môi trường và an toàn thực phẩm'],
  },
  {
    label: 'Giảm nghèo',
    phrase: 'giảm nghèo bền vững, bảo đảm an sinh xã hội',
    themes: ['ngheo', 'nhatam'],
    tasks: [
      'Thực hiện đồng bộ, hiệu quả các chính sách giảm nghèo bền vững; đẩy mạnh phong trào {camp}, vận động các tổ chức, cá nhân, doanh nghiệp ủng hộ Quỹ “Vì người nghèo”.',
      'Tập trung hỗ trợ sinh kế, đào tạo nghề, giới thiệu việc làm cho người nghèo, người cận nghèo; ưu tiên đồng bào dân tộc thiểu số ở các thôn, bản đặc biệt khó khăn.',
      'Rà soát, hỗ trợ xóa nhà tạm, nhà dột nát cho hộ nghèo, hộ cận nghèo, hộ có hoàn cảnh khó khăn về nhà ở; phấn đấu hoàn thành trước thời hạn đề ra.',
      'Quan tâm chăm lo đời sống vật chất, tinh thần của người có công với cách mạng, đối tượng bảo trợ xã hội; thực hiện đầy đủ, kịp thời các chế độ, chính sách an sinh xã hội.',
      'Phát huy vai trò của Mặt trận Tổ quốc và các đoàn thể trong vận động “ngày thứ Bảy vì người nghèo”, nhận đỡ đầu hộ nghèo, giúp đỡ nhau phát triển kinh tế.',
    ],
    results: [
      'Tỷ lệ hộ nghèo giảm còn {pctLow}; đã hỗ trợ xây mới, sửa chữa {num3} căn nhà cho hộ nghèo, hộ có hoàn cảnh khó khăn về nhà ở.',
      'Quỹ “Vì người nghèo” các cấp tiếp nhận {money}; các chế độ, chính sách đối với người có công, đối tượng bảo trợ xã hội được thực hiện đầy đủ, kịp thời.',
      'Thông qua phong trào {camp}, đã có {num3} hộ nghèo được hỗ trợ giống cây trồng, vật nuôi, vốn vay ưu đãi để phát triển sản xuất, vươn lên thoát nghèo.',
    ],
    shortfalls: ['tỷ lệ hộ nghèo ở các xã vùng cao', 'kết quả giảm nghèo chưa thực sự bền vững'],
  },
  {
    label: 'Chuyển đổi số',
    phrase: 'chuyển đổi số, phát triển chính quyền số',
    themes: ['chuyendoiso', 'caicach'],
    tasks: [
      'Đẩy mạnh chuyển đổi số trong hoạt động của cơ quan nhà nước; tăng cường sử dụng văn bản điện tử, chữ ký số, xử lý hồ sơ công việc trên môi trường mạng và họp trực tuyến.',
      'Phát huy vai trò của tổ công nghệ số cộng đồng trong hướng dẫn người dân cài đặt, sử dụng ứng dụng định danh điện tử, dịch vụ công trực tuyến và thanh toán không dùng tiền mặt.',
      'Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính; hoàn thiện cơ sở dữ liệu chuyên ngành, bảo đảm kết nối, chia sẻ dữ liệu thông suốt giữa các cấp chính quyền.',
      'Bảo đảm an toàn, an ninh thông tin mạng; nâng cao kỹ năng số cho đội ngũ cán bộ, công chức, viên chức và người dân.',
      'Thi đua xây dựng các mô hình “thôn thông minh”, “chợ 4.0”, “trường học số”; đưa sản phẩm nông nghiệp, sản phẩm OCOP lên các sàn thương mại điện tử.',
    ],
    results: [
      '{ind}; 100% cơ quan hành chính các cấp sử dụng văn bản điện tử liên thông bốn cấp chính quyền.',
      'Các tổ công nghệ số cộng đồng đã hướng dẫn {num3} lượt người dân sử dụng dịch vụ công trực tuyến; tỷ lệ thanh toán không dùng tiền mặt trong giải quyết thủ tục hành chính tăng rõ rệt.',
      'Đã đưa {num} sản phẩm nông nghiệp, sản phẩm OCOP của địa phương lên sàn thương mại điện tử, góp phần mở rộng thị trường tiêu thụ.',
    ],
    shortfalls: ['tỷ lệ hồ sơ trực tuyến toàn trình', 'hạ tầng số ở vùng sâu, vùng xa'],
  },
  {
    label: 'Cải cách hành chính',
    phrase: 'cải cách hành chính',
    themes: ['caicach', 'congso', 'chinhquyen'],
    tasks: [
      'Đẩy mạnh cải cách hành chính, trọng tâm là cải cách thủ tục hành chính; công khai, minh bạch, giải quyết đúng hạn hồ sơ cho tổ chức, công dân; kiên quyết xử lý cán bộ, công chức có hành vi nhũng nhiễu, gây phiền hà.',
      'Siết chặt kỷ luật, kỷ cương hành chính; đề cao trách nhiệm người đứng đầu; thực hiện nghiêm văn hóa công sở, quy tắc ứng xử của cán bộ, công chức, viên chức.',
      'Nâng cao chỉ số hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước; cải thiện các chỉ số cải cách hành chính, chỉ số năng lực cạnh tranh.',
      'Thực hiện tốt cơ chế một cửa, một cửa liên thông; rà soát, đơn giản hóa thủ tục hành chính, cắt giảm thời gian, chi phí tuân thủ cho người dân và doanh nghiệp.',
      'Tiếp tục sắp xếp, kiện toàn tổ chức bộ máy tinh gọn, hoạt động hiệu lực, hiệu quả; gắn tinh giản biên chế với cơ cấu lại đội ngũ cán bộ, công chức, viên chức theo vị trí việc làm.',
    ],
    results: [
      'Công tác cải cách hành chính có nhiều chuyển biến tích cực; {pctHi} hồ sơ thủ tục hành chính được giải quyết đúng và trước hạn.',
      'Văn hóa công sở được thực hiện nghiêm túc; không có cán bộ, công chức vi phạm kỷ luật hành chính; chỉ số hài lòng của người dân đạt {pctHi}.',
      'Tổ chức bộ máy được sắp xếp tinh gọn theo đúng lộ trình; việc bố trí cán bộ, công chức bảo đảm đúng quy định, không gián đoạn hoạt động phục vụ người dân.',
    ],
    shortfalls: ['số hồ sơ giải quyết quá hạn ở một số lĩnh vực đất đai, xây dựng', 'chỉ số hài lòng ở một số đơn vị'],
  },
  {
    label: 'Giáo dục và đào tạo',
    phrase: 'giáo dục và đào tạo',
    themes: ['hoctap'],
    tasks: [
      'Nâng cao chất lượng giáo dục toàn diện; đẩy mạnh phong trào {camp}; thực hiện có hiệu quả chương trình giáo dục phổ thông mới.',
      'Đầu tư cơ sở vật chất, trang thiết bị dạy học theo hướng chuẩn hóa, hiện đại hóa; phấn đấu có thêm trường đạt chuẩn quốc gia trong năm học.',
      'Thực hiện tốt công tác phổ cập giáo dục, xóa mù chữ; duy trì sĩ số, giảm tỷ lệ học sinh bỏ học ở vùng đồng bào dân tộc thiểu số.',
      'Phát động phong trào thi đua “Dạy tốt, học tốt”, khuyến học, khuyến tài, xây dựng gia đình học tập, dòng họ học tập, cộng đồng học tập.',
    ],
    results: [
      'Chất lượng giáo dục toàn diện được nâng lên; tỷ lệ học sinh hoàn thành chương trình tiểu học đạt {pctHi}; {ind}.',
      'Toàn {area} có {num} trường đạt chuẩn quốc gia; công tác phổ cập giáo dục, xóa mù chữ được duy trì vững chắc.',
      'Phong trào khuyến học, khuyến tài được đẩy mạnh; có {num3} gia đình, {num} dòng họ được công nhận danh hiệu học tập.',
    ],
    shortfalls: ['cơ sở vật chất trường học ở các điểm trường lẻ', 'tình trạng thiếu giáo viên một số môn học'],
  },
  {
    label: 'Y tế',
    phrase: 'chăm sóc, bảo vệ sức khỏe nhân dân',
    themes: ['covid'],
    tasks: [
      'Nâng cao chất lượng khám, chữa bệnh ở tuyến cơ sở; thực hiện tốt công tác y tế dự phòng, chủ động phòng, chống dịch bệnh, không để dịch lớn xảy ra.',
      'Đẩy mạnh tuyên truyền, vận động người dân tham gia bảo hiểm y tế; phấn đấu đạt và vượt chỉ tiêu bao phủ bảo hiểm y tế được giao.',
      'Thực hiện tốt công tác chăm sóc sức khỏe bà mẹ, trẻ em, giảm tỷ lệ suy dinh dưỡng; bảo đảm an toàn vệ sinh thực phẩm, nhất là trong dịp lễ, Tết.',
    ],
    results: [
      'Công tác khám, chữa bệnh và y tế dự phòng được quan tâm; {ind}; không để xảy ra dịch bệnh lớn trên địa bàn.',
      'Các trạm y tế được đầu tư trang thiết bị; tỷ lệ xã đạt Bộ tiêu chí quốc gia về y tế đạt {pctHi}.',
    ],
    shortfalls: ['tỷ lệ trẻ em suy dinh dưỡng ở vùng cao', 'nhân lực y tế tuyến cơ sở'],
  },
  {
    label: 'Văn hóa, xã hội',
    phrase: 'văn hóa, thông tin, thể thao',
    themes: ['vanhoa', 'kyniem'],
    tasks: [
      'Đẩy mạnh phong trào “Toàn dân đoàn kết xây dựng đời sống văn hóa”; thực hiện nếp sống văn minh trong việc cưới, việc tang và lễ hội; xây dựng gia đình văn hóa, thôn, tổ dân phố văn hóa.',
      'Bảo tồn, phát huy giá trị di sản văn hóa, bản sắc văn hóa của đồng bào các dân tộc; tổ chức tốt các hoạt động văn hóa, văn nghệ, thể dục, thể thao chào mừng các ngày lễ lớn.',
      'Phát triển du lịch cộng đồng gắn với di tích lịch sử, danh lam thắng cảnh; xây dựng các điểm du lịch xanh, sạch, đẹp, an toàn, thân thiện.',
      'Củng cố, nâng cao hiệu quả hoạt động của nhà văn hóa thôn, tổ dân phố; tạo sân chơi lành mạnh cho thanh thiếu niên, phòng ngừa tệ nạn xã hội.',
    ],
    results: [
      'Phong trào “Toàn dân đoàn kết xây dựng đời sống văn hóa” được triển khai hiệu quả; {ind}.',
      'Các hoạt động văn hóa, văn nghệ, thể dục, thể thao chào mừng các ngày lễ lớn được tổ chức sôi nổi, thu hút đông đảo nhân dân tham gia.',
      'Nếp sống văn minh trong việc cưới, việc tang và lễ hội có nhiều chuyển biến; tỷ lệ gia đình văn hóa đạt {pctHi}.',
    ],
    shortfalls: ['hoạt động của một số nhà văn hóa thôn', 'việc giữ gìn bản sắc văn hóa ở một số địa bàn'],
  },
  {
    label: 'Quốc phòng - an ninh',
    phrase: 'quốc phòng, an ninh',
    themes: ['quocphong', 'anninh'],
    tasks: [
      'Củng cố quốc phòng, giữ vững an ninh chính trị, trật tự, an toàn xã hội; đẩy mạnh các phong trào {camp}; xây dựng thế trận quốc phòng toàn dân gắn với thế trận an ninh nhân dân vững chắc.',
      'Hoàn thành 100% chỉ tiêu tuyển chọn và gọi công dân nhập ngũ; huấn luyện dân quân tự vệ, dự bị động viên bảo đảm an toàn tuyệt đối.',
      'Tăng cường phòng ngừa, đấu tranh, tấn công trấn áp các loại tội phạm, tệ nạn xã hội; kiềm chế, giảm tai nạn giao thông trên cả ba tiêu chí.',
      'Xây dựng và nhân rộng các mô hình tự quản về an ninh, trật tự ở cơ sở; phát huy vai trò của lực lượng tham gia bảo vệ an ninh, trật tự ở cơ sở.',
    ],
    results: [
      'Tình hình an ninh chính trị, trật tự, an toàn xã hội được giữ vững; hoàn thành 100% chỉ tiêu giao quân; tai nạn giao thông giảm trên cả ba tiêu chí.',
      'Phong trào {camp} được triển khai sâu rộng; có {num} mô hình tự quản về an ninh, trật tự hoạt động hiệu quả.',
    ],
    shortfalls: ['tình hình tội phạm ma túy ở một số địa bàn', 'tai nạn giao thông trên các tuyến đường liên xã'],
  },
  {
    label: 'Tài nguyên và môi trường',
    phrase: 'quản lý tài nguyên, bảo vệ môi trường',
    themes: ['moitruong'],
    tasks: [
      'Tăng cường quản lý nhà nước về đất đai, tài nguyên, khoáng sản; xử lý nghiêm các trường hợp vi phạm; đẩy nhanh công tác cấp giấy chứng nhận quyền sử dụng đất.',
      'Đẩy mạnh phong trào {camp}; thực hiện phân loại rác thải tại nguồn; ra quân tổng vệ sinh môi trường vào ngày thứ Bảy, Chủ nhật hằng tuần.',
      'Bảo vệ và phát triển rừng, phòng cháy, chữa cháy rừng; chủ động phòng, chống thiên tai, ứng phó với biến đổi khí hậu, giảm thiểu thiệt hại do mưa lũ.',
    ],
    results: [
      'Công tác quản lý đất đai, tài nguyên, môi trường được tăng cường; {ind}.',
      'Phong trào {camp} được nhân dân hưởng ứng tích cực; đã tổ chức {num} đợt ra quân tổng vệ sinh môi trường, trồng {num3} cây xanh.',
    ],
    shortfalls: ['tình trạng khai thác khoáng sản trái phép', 'việc thu gom rác thải ở vùng nông thôn'],
  },
  {
    label: 'Doanh nghiệp',
    phrase: 'phát triển doanh nghiệp, hợp tác xã',
    themes: ['doanhnghiep'],
    tasks: [
      'Đẩy mạnh phong trào {camp}; khuyến khích doanh nghiệp đổi mới công nghệ, nâng cao năng suất, chất lượng sản phẩm, thực hiện tốt trách nhiệm xã hội.',
      'Hỗ trợ thành lập mới và nâng cao hiệu quả hoạt động của hợp tác xã; phát triển kinh tế tập thể gắn với liên kết sản xuất, tiêu thụ nông sản.',
      'Tổ chức đối thoại định kỳ giữa chính quyền với doanh nghiệp để kịp thời tháo gỡ khó khăn, vướng mắc về mặt bằng, vốn, thủ tục đầu tư.',
    ],
    results: [
      'Môi trường đầu tư, kinh doanh tiếp tục được cải thiện; {ind}; nhiều doanh nghiệp tích cực tham gia các hoạt động an sinh xã hội.',
      'Kinh tế tập thể có bước phát triển; các hợp tác xã nông nghiệp từng bước đổi mới phương thức hoạt động, liên kết với doanh nghiệp tiêu thụ sản phẩm cho thành viên.',
    ],
    shortfalls: ['quy mô doanh nghiệp còn nhỏ', 'hiệu quả hoạt động của một số hợp tác xã'],
  },
  {
    label: 'Xây dựng Đảng, chính quyền',
    phrase: 'xây dựng Đảng và hệ thống chính trị',
    themes: ['daihoi', 'chinhquyen', 'congso'],
    tasks: [
      'Đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh theo tinh thần {ct05}; gắn với việc thực hiện các nghị quyết, kết luận của Trung ương về xây dựng, chỉnh đốn Đảng.',
      'Xây dựng đội ngũ cán bộ, công chức, viên chức đủ phẩm chất, năng lực, uy tín, ngang tầm nhiệm vụ; ngăn chặn, đẩy lùi sự suy thoái về tư tưởng chính trị, đạo đức, lối sống, những biểu hiện “tự diễn biến”, “tự chuyển hóa” trong nội bộ.',
      'Tăng cường công tác phòng, chống tham nhũng, tiêu cực, thực hành tiết kiệm, chống lãng phí; giải quyết kịp thời, dứt điểm khiếu nại, tố cáo ngay từ cơ sở.',
      'Phát huy dân chủ ở cơ sở; nâng cao hiệu quả công tác dân vận của chính quyền; xây dựng và nhân rộng các mô hình “Dân vận khéo”.',
    ],
    results: [
      'Công tác xây dựng Đảng, xây dựng chính quyền được chú trọng; {pctHi} tổ chức cơ sở đảng được xếp loại hoàn thành tốt nhiệm vụ trở lên.',
      'Việc học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh đi vào chiều sâu; có {num} tập thể, {num3} cá nhân được biểu dương, khen thưởng.',
    ],
    shortfalls: ['chất lượng sinh hoạt chi bộ ở một số nơi', 'công tác giải quyết đơn thư còn để kéo dài'],
  },
  {
    label: 'Thi đua, khen thưởng',
    phrase: 'thi đua, khen thưởng',
    themes: ['nam', 'daihoi', 'kyniem', 'congso'],
    tasks: [
      'Tiếp tục quán triệt sâu sắc tư tưởng thi đua ái quốc của Chủ tịch Hồ Chí Minh và {ct34}; đổi mới nội dung, hình thức tổ chức các phong trào thi đua theo hướng thiết thực, hiệu quả, tránh hình thức.',
      'Chú trọng phát hiện, bồi dưỡng, tổng kết và nhân rộng các điển hình tiên tiến, nhân tố mới; kịp thời tôn vinh những tấm gương người tốt, việc tốt trong các phong trào thi đua.',
      'Thực hiện công tác khen thưởng bảo đảm chính xác, công khai, minh bạch, kịp thời; chú trọng khen thưởng người lao động trực tiếp, tập thể nhỏ, người công tác ở vùng sâu, vùng xa.',
      'Tổ chức ký kết giao ước thi đua trong các cụm, khối thi đua; xây dựng tiêu chí chấm điểm, bình xét thi đua rõ ràng, định lượng được, làm căn cứ đề nghị khen thưởng cuối năm.',
      'Thực hiện sơ kết, tổng kết các phong trào thi đua đúng thời gian quy định; đánh giá thực chất kết quả, rút ra bài học kinh nghiệm và đề xuất khen thưởng những tập thể, cá nhân tiêu biểu.',
      'Nâng cao chất lượng hoạt động của Hội đồng Thi đua - Khen thưởng các cấp; kiện toàn, bồi dưỡng đội ngũ làm công tác thi đua, khen thưởng đáp ứng yêu cầu nhiệm vụ.',
    ],
    results: [
      'Các phong trào thi đua được triển khai rộng khắp, thu hút đông đảo cán bộ, đảng viên và nhân dân tham gia; đã có {num} tập thể và {num3} cá nhân được khen thưởng.',
      'Công tác phát hiện, nhân rộng điển hình tiên tiến được quan tâm; tổ chức thành công Hội nghị điển hình tiên tiến, biểu dương {num} tập thể, {num3} cá nhân tiêu biểu.',
      'Công tác khen thưởng bảo đảm đúng quy trình, thủ tục; tỷ lệ khen thưởng người lao động trực tiếp chiếm trên {pctMid} tổng số cá nhân được khen thưởng.',
    ],
    shortfalls: ['một số phong trào thi đua còn hình thức', 'tỷ lệ khen thưởng người lao động trực tiếp'],
  },
  {
    label: 'Dân tộc',
    phrase: 'công tác dân tộc',
    themes: ['ngheo', 'vanhoa'],
    tasks: [
      'Triển khai hiệu quả Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi theo {qd1719}; giải ngân kịp thời các nguồn vốn hỗ trợ.',
      'Phát huy vai trò của người có uy tín trong đồng bào dân tộc thiểu số trong tuyên truyền, vận động nhân dân chấp hành chủ trương của Đảng, chính sách, pháp luật của Nhà nước.',
    ],
    results: [
      'Các chính sách dân tộc được triển khai kịp thời, đúng đối tượng; {ind}; đời sống đồng bào dân tộc thiểu số từng bước được cải thiện.',
      'Người có uy tín trong đồng bào dân tộc thiểu số phát huy tốt vai trò cầu nối giữa cấp ủy, chính quyền với nhân dân.',
    ],
    shortfalls: ['tiến độ giải ngân vốn hỗ trợ vùng đồng bào dân tộc thiểu số', 'khoảng cách thu nhập giữa các vùng'],
  },
  {
    label: 'Lao động, việc làm',
    phrase: 'lao động, việc làm',
    themes: ['ngheo', 'doanhnghiep'],
    tasks: [
      'Đẩy mạnh đào tạo nghề gắn với giải quyết việc làm, nhất là cho lao động nông thôn, thanh niên hoàn thành nghĩa vụ quân sự; kết nối cung - cầu lao động với các doanh nghiệp trong và ngoài {area}.',
      'Phát động phong trào thi đua lao động giỏi, lao động sáng tạo trong công nhân, viên chức, người lao động; khuyến khích phát huy sáng kiến, cải tiến kỹ thuật.',
    ],
    results: [
      '{ind}; tỷ lệ lao động qua đào tạo tiếp tục tăng; nhiều lao động tham gia làm việc có thời hạn ở nước ngoài theo hợp đồng.',
      'Phong trào lao động giỏi, lao động sáng tạo được đẩy mạnh; có {num} sáng kiến được công nhận và áp dụng hiệu quả.',
    ],
    shortfalls: ['chất lượng lao động qua đào tạo', 'tình trạng thiếu việc làm ổn định ở nông thôn'],
  },
];

// ---------------------------------------------------------------------------
// Sentences by role in a document

export const YEAR_ROLES = ['bản lề', 'tăng tốc, bứt phá', 'có ý nghĩa quyết định', 'đầu tiên', 'thứ hai', 'cuối', 'tạo nền tảng'];

export const PREAMBLE_CONTEXT = [
  'Năm {Y} là năm có ý nghĩa đặc biệt quan trọng, là năm {yearRole} thực hiện Nghị quyết {congress} và Kế hoạch phát triển kinh tế - xã hội {period5}.',
  'Trong năm {Yp}, mặc dù còn nhiều khó khăn, thách thức, song với sự lãnh đạo, chỉ đạo sát sao của cấp ủy, chính quyền, sự vào cuộc của cả hệ thống chính trị và sự đồng thuận của nhân dân, tình hình kinh tế - xã hội của {area} tiếp tục ổn định và có bước phát triển.',
  'Nhiều chỉ tiêu chủ yếu đạt và vượt kế hoạch đề ra, trong đó {ind}; {ind2}.',
  'Các phong trào thi đua yêu nước được triển khai sâu rộng với nhiều hình thức phong phú, thiết thực, thu hút đông đảo {people} tích cực hưởng ứng.',
  'Công tác phát hiện, bồi dưỡng, nhân rộng điển hình tiên tiến được quan tâm; đã có {num} tập thể và {num3} cá nhân được các cấp khen thưởng.',
  'Tuy nhiên, bên cạnh những kết quả đạt được, một số chỉ tiêu chưa đạt kế hoạch đề ra như {shortfall}; đời sống của một bộ phận nhân dân ở vùng sâu, vùng xa vẫn còn nhiều khó khăn.',
  'Dự báo trong thời gian tới, tình hình trong nước và quốc tế còn diễn biến phức tạp, khó lường, tác động trực tiếp đến việc thực hiện các mục tiêu, nhiệm vụ phát triển kinh tế - xã hội của {area}.',
  'Với sự lãnh đạo của cấp ủy, sự giám sát của Hội đồng nhân dân, sự chỉ đạo, điều hành của {bodyS} cùng với sự nỗ lực phấn đấu của toàn dân và cộng đồng doanh nghiệp, kinh tế - xã hội của {area} đã đạt được những kết quả quan trọng.',
  'Huy động được tối đa các nguồn lực trong và ngoài ngân sách nhà nước để chăm lo đời sống người nghèo, bảo đảm an sinh xã hội; quốc phòng, an ninh được giữ vững, ổn định.',
  'Các cơ quan, đơn vị, địa phương đã chủ động, linh hoạt trong lãnh đạo, chỉ đạo, điều hành, bám sát nhiệm vụ được giao, kịp thời tháo gỡ khó khăn, vướng mắc phát sinh.',
  'Năm {Y} là năm diễn ra nhiều sự kiện chính trị quan trọng của đất nước và của {prov}, có ý nghĩa to lớn trong việc động viên, cổ vũ tinh thần thi đua của các tầng lớp nhân dân.',
  'Những kết quả đó là tiền đề quan trọng để {area} tiếp tục thực hiện thắng lợi các mục tiêu, nhiệm vụ đã đề ra trong những năm tiếp theo.',
];

export const PREAMBLE_PURPOSE = [
  'Nhằm phát huy những kết quả đạt được, quyết tâm thực hiện thắng lợi kế hoạch phát triển kinh tế - xã hội năm {Y}, tạo khí thế thi đua sôi nổi, lan tỏa sâu rộng trong các tầng lớp nhân dân,',
  'Để tiếp tục đẩy mạnh phong trào thi đua yêu nước, khơi dậy tinh thần tự lực, tự cường, huy động sức mạnh tổng hợp của cả hệ thống chính trị,',
  'Thực hiện {ref}, nhằm tạo khí thế thi đua sôi nổi, quyết tâm hoàn thành xuất sắc nhiệm vụ chính trị năm {Y}, thiết thực lập thành tích chào mừng các ngày lễ lớn của đất nước và của {prov},',
  'Căn cứ tình hình thực tế và nhiệm vụ chính trị năm {Y} của {area}, nhằm động viên, cổ vũ mọi tầng lớp nhân dân phát huy tinh thần đoàn kết, sáng tạo,',
  'Nhằm cụ thể hóa {ref}, tạo động lực thúc đẩy hoàn thành các chỉ tiêu, nhiệm vụ đã đề ra,',
];

export const ANNOUNCE = [
  '{head} phát động phong trào thi đua năm {Y} tới toàn thể {people} với chủ đề: {theme}, tập trung vào những nội dung trọng tâm sau:',
  '{bodyS} phát động phong trào thi đua {camp} tới toàn thể {people}, với các nội dung cụ thể như sau:',
  '{head} phát động phong trào thi đua trong toàn hệ thống chính trị, trên tất cả các lĩnh vực công tác với chủ đề: {theme}, cụ thể như sau:',
  '{head} yêu cầu thủ trưởng {subs} tập trung chỉ đạo, tổ chức thực hiện tốt các nội dung sau:',
  '{bodyS} phát động đợt thi đua đặc biệt từ nay đến hết năm {Y} với chủ đề: {theme}, với các nội dung chủ yếu sau:',
];

export const GOALS = [
  'Phát huy sức mạnh tổng hợp của cả hệ thống chính trị, khơi dậy tinh thần yêu nước, ý chí tự lực, tự cường, khát vọng phát triển của {people}.',
  'Động viên, khuyến khích các tập thể, cá nhân phát huy tinh thần chủ động, sáng tạo, đoàn kết, nỗ lực phấn đấu hoàn thành xuất sắc nhiệm vụ được giao.',
  'Thông qua phong trào thi đua, kịp thời phát hiện, bồi dưỡng, tôn vinh, khen thưởng và nhân rộng các điển hình tiên tiến, nhân tố mới, mô hình hay, cách làm hiệu quả.',
  'Phấn đấu hoàn thành và hoàn thành vượt mức các chỉ tiêu kinh tế - xã hội, quốc phòng - an ninh năm {Y} theo Nghị quyết của Hội đồng nhân dân {area}.',
  'Góp phần xây dựng Đảng, chính quyền và hệ thống chính trị ở cơ sở trong sạch, vững mạnh; củng cố khối đại đoàn kết toàn dân tộc.',
  'Thi đua phải gắn với thực hiện nhiệm vụ chính trị của từng cơ quan, đơn vị, địa phương; có nội dung, tiêu chí cụ thể, thiết thực, phù hợp với thực tiễn, tránh hình thức, phô trương.',
  'Tạo sự chuyển biến tích cực trong nhận thức và hành động của cán bộ, đảng viên và nhân dân về vị trí, vai trò của công tác thi đua, khen thưởng.',
  'Việc đánh giá, bình xét thi đua phải bảo đảm công khai, dân chủ, khách quan, đúng thực chất; khen thưởng kịp thời, chính xác, có tác dụng giáo dục, nêu gương.',
  'Lập thành tích xuất sắc chào mừng các ngày lễ lớn, sự kiện chính trị quan trọng của đất nước và của {prov} trong năm {Y}.',
  'Phát huy vai trò nêu gương của người đứng đầu cơ quan, đơn vị trong lãnh đạo, chỉ đạo và trực tiếp tham gia các phong trào thi đua.',
];

/** Elaborations that fit under any content item. */
export const ELABORATIONS = [
  'Các cơ quan, đơn vị, địa phương cụ thể hóa nội dung này thành các tiêu chí thi đua rõ ràng, dễ thực hiện, dễ kiểm tra, đánh giá.',
  'Định kỳ hằng quý, đánh giá kết quả thực hiện, kịp thời biểu dương những tập thể, cá nhân có cách làm hay, hiệu quả.',
  'Kết quả thực hiện nội dung này là một trong những căn cứ để bình xét, đề nghị khen thưởng cuối năm.',
  'Người đứng đầu cơ quan, đơn vị chịu trách nhiệm trước {headS} về kết quả thực hiện nhiệm vụ được giao.',
  'Chú trọng công tác kiểm tra, giám sát; kịp thời chấn chỉnh những hạn chế, thiếu sót trong quá trình tổ chức thực hiện.',
  'Phấn đấu đến cuối năm {Y} hoàn thành đạt và vượt các chỉ tiêu đã đăng ký thi đua.',
  'Phát huy vai trò của Mặt trận Tổ quốc và các đoàn thể chính trị - xã hội trong tuyên truyền, vận động đoàn viên, hội viên và nhân dân cùng tham gia.',
  'Gắn việc thực hiện nội dung này với phong trào {camp}, tạo sức lan tỏa sâu rộng trong các tầng lớp nhân dân.',
  'Tăng cường phối hợp giữa các cơ quan chuyên môn với chính quyền cơ sở, bảo đảm thống nhất, đồng bộ trong tổ chức thực hiện.',
  'Huy động sự tham gia của doanh nghiệp, hợp tác xã và người dân, lấy người dân làm trung tâm, là chủ thể của các phong trào thi đua.',
  'Các đơn vị báo cáo kết quả thực hiện về {standing} trước ngày {dl} để tổng hợp, báo cáo {headS}.',
  'Nội dung này được đưa vào tiêu chí chấm điểm thi đua của các cụm, khối thi đua năm {Y}.',
  'Chú trọng tuyên truyền, nhân rộng các mô hình hiệu quả đã được khẳng định qua thực tiễn ở các thôn, bản, tổ dân phố.',
  'Thường xuyên rà soát, đánh giá tiến độ; kịp thời đề xuất điều chỉnh giải pháp phù hợp với tình hình thực tế.',
  'Phấn đấu có ít nhất {num} mô hình, điển hình tiên tiến được phát hiện, biểu dương trong lĩnh vực {field}.',
  'Thực hiện lồng ghép có hiệu quả các nguồn lực, tránh dàn trải, lãng phí.',
  'Ưu tiên nguồn lực cho các thôn, bản đặc biệt khó khăn, vùng đồng bào dân tộc thiểu số.',
  'Giao {dept} làm đầu mối theo dõi, tổng hợp, định kỳ báo cáo kết quả về {standing}.',
  'Việc triển khai phải bảo đảm thiết thực, tiết kiệm, tránh phô trương, hình thức.',
  'Kịp thời biểu dương, khen thưởng những tập thể, cá nhân có thành tích xuất sắc, đột xuất.',
  'Phát huy vai trò nêu gương của cán bộ, đảng viên, nhất là người đứng đầu cấp ủy, chính quyền.',
  'Đến hết quý {quarter} năm {Y}, tổ chức đánh giá giữa kỳ và điều chỉnh chỉ tiêu nếu cần thiết.',
  'Gắn trách nhiệm của từng tập thể, cá nhân với kết quả thực hiện chỉ tiêu được giao.',
  'Chú trọng nhân rộng mô hình tại {sub}, nơi đã có cách làm hiệu quả trong thời gian qua.',
  'Kết quả đánh giá được công khai trên trang thông tin điện tử và tại các cuộc họp giao ban.',
  'Tranh thủ sự ủng hộ của doanh nghiệp, các nhà hảo tâm và con em quê hương đang sinh sống, làm việc ở xa.',
  'Tổ chức các đợt thi đua ngắn ngày, cao điểm để tạo khí thế, động lực hoàn thành các chỉ tiêu khó.',
  'Chú trọng chất lượng, hiệu quả thực chất, không chạy theo số lượng, thành tích.',
  'Trong quá trình thực hiện, lắng nghe ý kiến của nhân dân để kịp thời điều chỉnh cách làm cho phù hợp.',
  'Bảo đảm sự phối hợp nhịp nhàng giữa các ngành, các cấp; tránh chồng chéo, bỏ sót nhiệm vụ.',
  'Phân công cụ thể lãnh đạo phụ trách, theo dõi từng nội dung, từng địa bàn.',
  'Tăng cường ứng dụng công nghệ thông tin trong theo dõi, tổng hợp và đánh giá kết quả thi đua.',
  'Kinh phí thực hiện được bố trí trong dự toán ngân sách năm {Y} và huy động từ các nguồn hợp pháp khác.',
  'Đây là một trong những tiêu chí quan trọng để đánh giá, xếp loại cơ quan, đơn vị và người đứng đầu cuối năm.',
  'Phấn đấu 100% cơ quan, đơn vị, địa phương xây dựng kế hoạch và đăng ký thi đua đúng thời hạn.',
];

/** "a)", "b)" assignments inside an item. */
export const SUBITEMS = [
  'Thủ trưởng {subs} xây dựng kế hoạch, tổ chức phát động thi đua tại cơ quan, đơn vị, địa phương mình; xác định rõ nội dung, chỉ tiêu, biện pháp và thời gian thực hiện.',
  'Đề nghị {org} phối hợp chặt chẽ với chính quyền cùng cấp tuyên truyền, vận động đoàn viên, hội viên tích cực hưởng ứng, tham gia.',
  '{dept} chủ trì, phối hợp với các cơ quan liên quan hướng dẫn, kiểm tra, đôn đốc việc thực hiện các nội dung thuộc lĩnh vực phụ trách.',
  '{media} đẩy mạnh công tác tuyên truyền, kịp thời phản ánh những gương người tốt, việc tốt, các mô hình hay, cách làm sáng tạo.',
  'Các cụm, khối thi đua tổ chức ký kết giao ước thi đua, thường xuyên trao đổi kinh nghiệm, kiểm tra chéo và chấm điểm thi đua theo quy định.',
  '{standing} tổng hợp kết quả, tham mưu {headS} sơ kết, tổng kết và đề xuất khen thưởng các tập thể, cá nhân có thành tích tiêu biểu.',
  '{dept} tham mưu bố trí kinh phí, hướng dẫn sử dụng Quỹ Thi đua, khen thưởng bảo đảm đúng quy định.',
  'Các doanh nghiệp, hợp tác xã trên địa bàn hưởng ứng phong trào {camp}; thực hiện tốt nghĩa vụ với Nhà nước và trách nhiệm đối với người lao động.',
  'Trưởng thôn, tổ trưởng tổ dân phố phổ biến nội dung thi đua đến từng hộ gia đình, vận động nhân dân tích cực tham gia.',
];

export const RESPONSIBILITIES = [
  '{standing} (Cơ quan Thường trực {council}) có trách nhiệm hướng dẫn, theo dõi, đôn đốc, kiểm tra việc tổ chức thực hiện; định kỳ tổng hợp, báo cáo {headS} kết quả thực hiện.',
  '{media} tăng cường thời lượng, mở chuyên trang, chuyên mục tuyên truyền về phong trào thi đua yêu nước, biểu dương gương người tốt, việc tốt, các điển hình tiên tiến và nhân tố mới.',
  'Đề nghị {org} và các tổ chức chính trị - xã hội phối hợp chặt chẽ với chính quyền cùng cấp, tuyên truyền, vận động đoàn viên, hội viên và các tầng lớp nhân dân tích cực hưởng ứng phong trào thi đua.',
  '{dept} chủ trì, phối hợp với các cơ quan liên quan tham mưu {bodyS} triển khai các nhiệm vụ thuộc lĩnh vực {field}; báo cáo kết quả trước ngày {dl}.',
  'Thủ trưởng {subs} căn cứ {docKind} này xây dựng kế hoạch cụ thể, tổ chức phát động thi đua và đăng ký thi đua gửi về {bodyS} (qua {standing}) trước ngày {dl}.',
  'Trưởng các cụm, khối thi đua chủ trì, phối hợp với các thành viên trong cụm, khối xây dựng nội dung, tiêu chí thi đua phù hợp với đặc thù; tổ chức ký kết giao ước thi đua, chấm điểm, bình xét và đề nghị khen thưởng theo quy định.',
  '{dept} tham mưu bố trí kinh phí cho công tác thi đua, khen thưởng theo quy định của Luật Thi đua, khen thưởng và các văn bản hướng dẫn thi hành.',
  '{council} tăng cường kiểm tra, giám sát việc tổ chức các phong trào thi đua và công tác khen thưởng ở cơ sở; kịp thời chấn chỉnh những biểu hiện hình thức, chạy theo thành tích.',
  'Các cơ quan, đơn vị, địa phương tổ chức sơ kết giữa kỳ, tổng kết cuối kỳ; lựa chọn những tập thể, cá nhân tiêu biểu đề nghị cấp trên khen thưởng.',
  '{dept} phối hợp với {standing} tổng hợp số liệu, đánh giá kết quả thực hiện các chỉ tiêu thuộc lĩnh vực phụ trách, làm căn cứ bình xét thi đua cuối năm.',
];

export const TIME_SENTENCES = [
  'Thời gian thi đua: từ ngày {from} đến hết ngày {to}.',
  'Phong trào thi đua được triển khai từ ngày phát động đến hết ngày {to}; sơ kết vào tháng {midMonth} và tổng kết vào tháng 12 năm {Y}.',
  'Việc đánh giá, tổng kết phong trào thi đua được thực hiện gắn với tổng kết nhiệm vụ chính trị năm {Y} của từng cơ quan, đơn vị, địa phương.',
  'Các cơ quan, đơn vị, địa phương gửi bản đăng ký thi đua về {standing} trước ngày {dl}.',
];

export const AWARD_SENTENCES = [
  'Kết thúc đợt thi đua, {head} xem xét, tặng Giấy khen cho các tập thể, cá nhân có thành tích xuất sắc; lựa chọn những tập thể, cá nhân tiêu biểu đề nghị cấp trên khen thưởng.',
  'Hình thức khen thưởng: Bằng khen của Chủ tịch Ủy ban nhân dân {prov}, Giấy khen của {headS} và các hình thức khen thưởng khác theo quy định của Luật Thi đua, khen thưởng.',
  'Tiêu chuẩn khen thưởng thực hiện theo quy định của Luật Thi đua, khen thưởng, các văn bản hướng dẫn thi hành và hướng dẫn của {prov}.',
  'Số lượng khen thưởng: mỗi cụm, khối thi đua lựa chọn không quá {num} tập thể và {num2} cá nhân tiêu biểu nhất để đề nghị khen thưởng.',
  'Ưu tiên khen thưởng tập thể nhỏ, người lao động trực tiếp, người dân tộc thiểu số, phụ nữ và những người có nhiều sáng kiến, cách làm hay.',
  'Hồ sơ đề nghị khen thưởng gửi về {standing} trước ngày {dl}; quá thời hạn trên, {council} sẽ không xem xét.',
];

export const CLOSINGS = [
  '{head} yêu cầu thủ trưởng {subs} nghiêm túc triển khai thực hiện {docKind} này./.',
  'Trong quá trình tổ chức thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị, địa phương kịp thời phản ánh về {bodyS} (qua {standing}) để được hướng dẫn, giải quyết./.',
  'Một lần nữa, {head} kêu gọi toàn thể {people} phát huy tinh thần đoàn kết, trí tuệ, kỷ cương, sáng tạo, ra sức thi đua, cùng nỗ lực hoàn thành thắng lợi các mục tiêu, nhiệm vụ năm {Y}./.',
  'Trên đây là {docKindLower} của {bodyS}; đề nghị các cơ quan, đơn vị, địa phương tổ chức thực hiện nghiêm túc, hiệu quả./.',
  'Căn cứ {docKind} này, {head} đề nghị thủ trưởng {subs} tổ chức triển khai thực hiện; định kỳ 06 tháng báo cáo kết quả về {standing}./.',
];

// ---------------------------------------------------------------------------
// Kind-specific material

/** Báo cáo: assessments and plans. */
export const REPORT_LEADS = [
  'Thực hiện {ref}, {bodyS} báo cáo kết quả thực hiện như sau:',
  'Căn cứ kết quả tổng hợp từ các cơ quan, đơn vị, địa phương, {bodyS} báo cáo kết quả triển khai thực hiện phong trào {camp} như sau:',
  'Thực hiện chỉ đạo của cấp trên, {bodyS} báo cáo tình hình, kết quả tổ chức phong trào thi đua năm {Y} như sau:',
];
export const REPORT_DIRECTION = [
  'Ngay sau khi có văn bản chỉ đạo của cấp trên, {bodyS} đã ban hành {ref}, chỉ đạo các cơ quan, đơn vị, địa phương triển khai thực hiện.',
  'Các cơ quan, đơn vị, địa phương đã tổ chức phát động, đăng ký thi đua; {num} tập thể và {num3} cá nhân đã đăng ký các danh hiệu thi đua năm {Y}.',
  'Công tác thông tin, tuyên truyền được đẩy mạnh với nhiều hình thức phong phú: tuyên truyền trên hệ thống truyền thanh cơ sở, trang thông tin điện tử, mạng xã hội và tại các hội nghị ở thôn, tổ dân phố.',
  '{council} đã tổ chức {num} đoàn kiểm tra việc triển khai phong trào thi đua tại các cơ quan, đơn vị, địa phương; kịp thời hướng dẫn, tháo gỡ khó khăn, vướng mắc.',
  'Các cụm, khối thi đua đã tổ chức ký kết giao ước thi đua, xây dựng bảng tiêu chí chấm điểm phù hợp với đặc thù của từng cụm, khối.',
];
export const REPORT_STRENGTHS = [
  'Được sự quan tâm lãnh đạo, chỉ đạo của cấp ủy, chính quyền, các phong trào thi đua được triển khai đồng bộ, có trọng tâm, trọng điểm, bám sát nhiệm vụ chính trị.',
  'Nhận thức của cán bộ, đảng viên và nhân dân về công tác thi đua, khen thưởng được nâng lên; nhiều mô hình hay, cách làm sáng tạo được nhân rộng.',
  'Công tác khen thưởng kịp thời, đúng đối tượng, có tác dụng động viên, khích lệ các tập thể, cá nhân hăng hái thi đua.',
  'Sự phối hợp giữa chính quyền với Mặt trận Tổ quốc và các đoàn thể chính trị - xã hội ngày càng chặt chẽ, hiệu quả.',
];
export const REPORT_WEAKNESSES = [
  'Một số cơ quan, đơn vị chưa quan tâm đúng mức đến việc tổ chức phong trào thi đua; nội dung thi đua còn chung chung, chưa gắn với nhiệm vụ chuyên môn.',
  'Việc phát hiện, bồi dưỡng và nhân rộng điển hình tiên tiến ở một số nơi còn hạn chế; chưa có nhiều điển hình là người lao động trực tiếp.',
  'Công tác sơ kết, tổng kết phong trào thi đua ở một số đơn vị còn chậm, chất lượng báo cáo chưa cao, số liệu chưa đầy đủ.',
  'Hồ sơ đề nghị khen thưởng của một số đơn vị còn sai sót, phải trả lại để hoàn thiện, ảnh hưởng đến tiến độ khen thưởng.',
  'Một số chỉ tiêu chưa đạt kế hoạch đề ra như {shortfall}.',
];
export const REPORT_CAUSES = [
  'Nguyên nhân chủ yếu là do một số cấp ủy, người đứng đầu chưa thực sự quan tâm, chỉ đạo sát sao; đội ngũ làm công tác thi đua, khen thưởng ở cơ sở còn kiêm nhiệm, thường xuyên thay đổi.',
  'Điều kiện kinh tế - xã hội của {area} còn nhiều khó khăn; thời tiết diễn biến bất thường, ảnh hưởng đến sản xuất nông nghiệp và đời sống nhân dân.',
  'Kinh phí dành cho công tác thi đua, khen thưởng còn hạn hẹp, mức thưởng chưa tương xứng với thành tích.',
];
export const REPORT_PLANS = [
  'Tiếp tục quán triệt, triển khai thực hiện có hiệu quả {ct34}; đổi mới nội dung, hình thức tổ chức các phong trào thi đua.',
  'Tập trung chỉ đạo hoàn thành các chỉ tiêu còn đạt thấp; tăng cường kiểm tra, đôn đốc các cơ quan, đơn vị, địa phương.',
  'Chuẩn bị chu đáo các điều kiện để tổ chức tổng kết phong trào thi đua và Hội nghị điển hình tiên tiến.',
  'Làm tốt công tác phát hiện, bồi dưỡng, nhân rộng điển hình tiên tiến; kịp thời khen thưởng các tập thể, cá nhân có thành tích xuất sắc, đột xuất.',
  'Nâng cao chất lượng hoạt động của các cụm, khối thi đua; đổi mới phương pháp chấm điểm, bình xét thi đua bảo đảm thực chất.',
];
export const REPORT_PROPOSALS = [
  'Đề nghị Ủy ban nhân dân {prov} quan tâm bố trí kinh phí hỗ trợ các xã đặc biệt khó khăn thực hiện các phong trào thi đua.',
  'Đề nghị {council} cấp trên tổ chức tập huấn nghiệp vụ thi đua, khen thưởng cho đội ngũ cán bộ làm công tác thi đua, khen thưởng ở cơ sở.',
  'Đề nghị các cơ quan có thẩm quyền xem xét, khen thưởng các tập thể, cá nhân có thành tích xuất sắc trong phong trào {camp}.',
];

/** Quyết định: basis lines and articles. */
export const DECISION_BASIS_2025 = [
  'Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;',
  'Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;',
  'Căn cứ Nghị định số 98/2023/NĐ-CP ngày 31 tháng 12 năm 2023 của Chính phủ quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng;',
  'Căn cứ {ref};',
  'Căn cứ kết quả bình xét của {council} tại cuộc họp ngày {date};',
  'Theo đề nghị của {standing}.',
];
export const DECISION_BASIS = [
  'Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015; Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương ngày 22 tháng 11 năm 2019;',
  'Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;',
  'Căn cứ Nghị định số 98/2023/NĐ-CP ngày 31 tháng 12 năm 2023 của Chính phủ quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng;',
  'Căn cứ {ref};',
  'Căn cứ kết quả bình xét của {council} tại cuộc họp ngày {date};',
  'Theo đề nghị của {standing}.',
];
export const DECISION_BASIS_2016 = [
  'Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;',
  'Căn cứ Luật Thi đua, khen thưởng ngày 26 tháng 11 năm 2003 và Luật sửa đổi, bổ sung một số điều của Luật Thi đua, khen thưởng ngày 16 tháng 11 năm 2013;',
  'Căn cứ Nghị định số 42/2010/NĐ-CP ngày 15 tháng 4 năm 2010 của Chính phủ quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng và Nghị định số 65/2014/NĐ-CP ngày 01 tháng 7 năm 2014 của Chính phủ sửa đổi, bổ sung một số điều của Nghị định số 42/2010/NĐ-CP;',
  'Căn cứ {ref};',
  'Theo đề nghị của {standing}.',
];
export const DECISION_BASIS_OLD = [
  'Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;',
  'Căn cứ Luật Thi đua, khen thưởng ngày 26 tháng 11 năm 2003 và Luật sửa đổi, bổ sung một số điều của Luật Thi đua, khen thưởng ngày 16 tháng 11 năm 2013;',
  'Căn cứ Nghị định số 91/2017/NĐ-CP ngày 31 tháng 7 năm 2017 của Chính phủ quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng;',
  'Căn cứ {ref};',
  'Theo đề nghị của {standing}.',
];
export const ACHIEVEMENTS = [
  'Đã có thành tích xuất sắc trong phong trào {camp}',
  'Đã có thành tích xuất sắc trong thực hiện nhiệm vụ năm {Y}',
  'Đã có nhiều đóng góp trong xây dựng nông thôn mới',
  'Tích cực vận động nhân dân hiến đất làm đường giao thông nông thôn',
  'Đã có thành tích tiêu biểu trong công tác giảm nghèo',
  'Hoàn thành xuất sắc nhiệm vụ, có sáng kiến được công nhận',
  'Đã có thành tích trong công tác chuyển đổi số ở cơ sở',
  'Đã có thành tích xuất sắc trong giữ gìn an ninh, trật tự',
  'Tích cực tham gia hỗ trợ xóa nhà tạm, nhà dột nát',
  'Dẫn đầu phong trào thi đua của cụm, khối',
];
export const UNIT_ROLES = [
  'Bí thư Chi bộ thôn {village}',
  'Trưởng thôn {village}',
  'Chi hội trưởng Chi hội Phụ nữ thôn {village}',
  'Công chức Văn phòng - Thống kê xã {commune}',
  'Giáo viên Trường Tiểu học {commune}',
  'Trạm trưởng Trạm Y tế xã {commune}',
  'Nông dân thôn {village}',
  'Chủ nhiệm Hợp tác xã nông nghiệp {commune}',
  'Chuyên viên {dept}',
  'Phó Chủ tịch Hội Nông dân xã {commune}',
  'Đoàn viên Chi đoàn thôn {village}',
  'Tổ trưởng tổ công nghệ số cộng đồng thôn {village}',
  'Công an viên thôn {village}',
  'Kế toán Trường Trung học cơ sở {commune}',
  'Người có uy tín thôn {village}',
];
export const COLLECTIVES = [
  'Thôn {village}',
  'Trường Tiểu học {commune}',
  'Trường Mầm non {commune}',
  'Trạm Y tế xã {commune}',
  'Hợp tác xã nông nghiệp {commune}',
  'Chi hội Phụ nữ thôn {village}',
  'Tổ công nghệ số cộng đồng thôn {village}',
  'Chi đoàn thôn {village}',
  'Ban Chỉ huy Quân sự xã {commune}',
  'Tổ tự quản an ninh, trật tự thôn {village}',
  'Trường Trung học cơ sở {commune}',
  'Hội Cựu chiến binh xã {commune}',
];

/** Rule articles (hướng dẫn, nghị quyết, quy chế). */
export const RULE_CLAUSES = [
  'Danh hiệu “Lao động tiên tiến” được xét tặng hằng năm cho cá nhân hoàn thành tốt nhiệm vụ được giao, chấp hành tốt chủ trương, chính sách của Đảng, pháp luật của Nhà nước, có tinh thần tự lực, tự cường, đoàn kết, tương trợ.',
  'Danh hiệu “Chiến sĩ thi đua cơ sở” được xét tặng cho cá nhân đạt danh hiệu “Lao động tiên tiến” và có sáng kiến được cơ sở công nhận hoặc có đề tài khoa học, đề án khoa học đã nghiệm thu được áp dụng.',
  'Danh hiệu “Tập thể lao động xuất sắc” được xét tặng cho tập thể sáng tạo, vượt khó hoàn thành xuất sắc nhiệm vụ, có 100% cá nhân hoàn thành nhiệm vụ, trong đó có ít nhất 70% cá nhân đạt danh hiệu “Lao động tiên tiến”.',
  'Danh hiệu “Tập thể lao động tiên tiến” được xét tặng cho tập thể hoàn thành tốt nhiệm vụ, kế hoạch được giao, có phong trào thi đua thường xuyên, thiết thực, hiệu quả.',
  'Giấy khen của {headS} được xét tặng cho tập thể, cá nhân có thành tích tiêu biểu, xuất sắc được bình xét trong các phong trào thi đua hoặc lập được thành tích đột xuất.',
  'Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh được xét tặng cho tập thể, cá nhân có thành tích xuất sắc, tiêu biểu, có phạm vi ảnh hưởng trong tỉnh.',
  'Danh hiệu “Gia đình văn hóa” được xét tặng cho hộ gia đình gương mẫu chấp hành chủ trương, chính sách của Đảng, pháp luật của Nhà nước; tích cực tham gia các phong trào thi đua của địa phương; gia đình hạnh phúc, tiến bộ, tương trợ giúp đỡ mọi người trong cộng đồng.',
  'Danh hiệu “Thôn, tổ dân phố văn hóa” được xét tặng cho thôn, tổ dân phố có đời sống kinh tế ổn định, đời sống văn hóa, tinh thần lành mạnh, phong phú; môi trường cảnh quan sạch, đẹp; an ninh, trật tự được giữ vững.',
  'Hồ sơ đề nghị khen thưởng gồm: tờ trình của cơ quan, đơn vị đề nghị; biên bản họp Hội đồng Thi đua - Khen thưởng; báo cáo thành tích của tập thể, cá nhân có xác nhận của cấp trình khen thưởng.',
  'Thời gian nhận hồ sơ đề nghị khen thưởng tổng kết năm chậm nhất ngày {dl}; hồ sơ khen thưởng theo chuyên đề, đột xuất gửi ngay sau khi kết thúc đợt thi đua hoặc sau khi lập được thành tích.',
  'Tỷ lệ cá nhân được công nhận danh hiệu “Chiến sĩ thi đua cơ sở” không quá 15% tổng số cá nhân đạt danh hiệu “Lao động tiên tiến” của cơ quan, đơn vị.',
  'Không xét khen thưởng đối với tập thể có cá nhân bị xử lý kỷ luật trong năm; cá nhân bị xử lý kỷ luật không được xét tặng danh hiệu thi đua trong năm bị kỷ luật.',
  'Việc bình xét thi đua phải bảo đảm dân chủ, công khai, công bằng, đúng tiêu chuẩn; kết quả bình xét được công khai tại cơ quan, đơn vị ít nhất 05 ngày làm việc trước khi trình cấp có thẩm quyền.',
  'Mức tiền thưởng kèm theo các danh hiệu thi đua và hình thức khen thưởng được tính trên cơ sở mức lương cơ sở do Chính phủ quy định đang có hiệu lực vào thời điểm ban hành quyết định khen thưởng.',
  'Quỹ Thi đua, khen thưởng được trích lập từ ngân sách nhà nước và các nguồn đóng góp hợp pháp khác; việc quản lý, sử dụng Quỹ phải công khai, minh bạch, đúng mục đích.',
  'Các cụm, khối thi đua được chấm điểm theo thang điểm 100, gồm các nhóm tiêu chí: thực hiện nhiệm vụ chính trị (60 điểm), tổ chức phong trào thi đua (25 điểm), công tác xây dựng Đảng, đoàn thể (15 điểm).',
  'Cơ quan, đơn vị đề nghị khen thưởng chịu trách nhiệm về tính chính xác của thành tích, số liệu trong hồ sơ; trường hợp phát hiện khai man thành tích sẽ bị thu hồi hiện vật, tiền thưởng và xử lý theo quy định.',
  'Khen thưởng đột xuất được xét cho tập thể, cá nhân lập được thành tích đặc biệt xuất sắc trong chiến đấu, phục vụ chiến đấu, phòng, chống thiên tai, dịch bệnh, cứu người, cứu tài sản.',
];
export const RULE_ARTICLES: readonly { title: string; clauses: readonly string[] }[] = [
  {
    title: 'Phạm vi điều chỉnh',
    clauses: [
      'Quy chế này quy định về đối tượng, nội dung, hình thức tổ chức phong trào thi đua; danh hiệu thi đua, hình thức khen thưởng, tiêu chuẩn, thẩm quyền, hồ sơ, thủ tục khen thưởng của {areaFull}.',
      'Những nội dung không quy định tại Quy chế này thực hiện theo Luật Thi đua, khen thưởng và các văn bản quy định chi tiết thi hành.',
    ],
  },
  {
    title: 'Đối tượng áp dụng',
    clauses: [
      'Quy chế này áp dụng đối với {subs}; cán bộ, công chức, viên chức, người lao động trong các cơ quan, đơn vị.',
      'Hộ gia đình, thôn, tổ dân phố, doanh nghiệp, hợp tác xã và các tổ chức, cá nhân khác tham gia các phong trào thi đua do {bodyS} phát động.',
    ],
  },
  {
    title: 'Nguyên tắc thi đua, khen thưởng',
    clauses: [
      'Thi đua được tổ chức trên nguyên tắc tự nguyện, tự giác, công khai; đoàn kết, hợp tác và cùng phát triển.',
      'Việc xét tặng danh hiệu thi đua phải căn cứ vào phong trào thi đua; không xét tặng danh hiệu thi đua đối với tập thể, cá nhân không đăng ký thi đua.',
      'Khen thưởng phải bảo đảm chính xác, công khai, công bằng, kịp thời; một hình thức khen thưởng có thể tặng nhiều lần cho một đối tượng; bảo đảm thống nhất giữa tính chất, hình thức và đối tượng khen thưởng.',
    ],
  },
  {
    title: 'Danh hiệu thi đua và tiêu chuẩn',
    clauses: [
      'Danh hiệu “Lao động tiên tiến” được xét tặng hằng năm cho cá nhân hoàn thành tốt nhiệm vụ được giao, chấp hành tốt chủ trương, chính sách của Đảng, pháp luật của Nhà nước, có tinh thần tự lực, tự cường, đoàn kết, tương trợ.',
      'Danh hiệu “Chiến sĩ thi đua cơ sở” được xét tặng cho cá nhân đạt danh hiệu “Lao động tiên tiến” và có sáng kiến được cơ sở công nhận hoặc có đề tài khoa học, đề án khoa học đã nghiệm thu được áp dụng.',
      'Danh hiệu “Tập thể lao động xuất sắc” được xét tặng cho tập thể sáng tạo, vượt khó hoàn thành xuất sắc nhiệm vụ, có 100% cá nhân hoàn thành nhiệm vụ, trong đó có ít nhất 70% cá nhân đạt danh hiệu “Lao động tiên tiến”.',
      'Danh hiệu “Tập thể lao động tiên tiến” được xét tặng cho tập thể hoàn thành tốt nhiệm vụ, kế hoạch được giao, có phong trào thi đua thường xuyên, thiết thực, hiệu quả.',
      'Danh hiệu “Gia đình văn hóa” được xét tặng cho hộ gia đình gương mẫu chấp hành chủ trương, chính sách của Đảng, pháp luật của Nhà nước; tích cực tham gia các phong trào thi đua của địa phương; gia đình hạnh phúc, tiến bộ, tương trợ giúp đỡ mọi người trong cộng đồng.',
      'Danh hiệu “Thôn, tổ dân phố văn hóa” được xét tặng cho thôn, tổ dân phố có đời sống kinh tế ổn định, đời sống văn hóa, tinh thần lành mạnh, phong phú; môi trường cảnh quan sạch, đẹp; an ninh, trật tự được giữ vững.',
      'Tỷ lệ cá nhân được công nhận danh hiệu “Chiến sĩ thi đua cơ sở” không quá 15% tổng số cá nhân đạt danh hiệu “Lao động tiên tiến” của cơ quan, đơn vị.',
    ],
  },
  {
    title: 'Hình thức khen thưởng',
    clauses: [
      'Giấy khen của {headS} được xét tặng cho tập thể, cá nhân có thành tích tiêu biểu, xuất sắc được bình xét trong các phong trào thi đua hoặc lập được thành tích đột xuất.',
      'Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh được xét tặng cho tập thể, cá nhân có thành tích xuất sắc, tiêu biểu, có phạm vi ảnh hưởng trong tỉnh.',
      'Khen thưởng đột xuất được xét cho tập thể, cá nhân lập được thành tích đặc biệt xuất sắc trong chiến đấu, phục vụ chiến đấu, phòng, chống thiên tai, dịch bệnh, cứu người, cứu tài sản.',
    ],
  },
  {
    title: 'Hồ sơ, thủ tục đề nghị khen thưởng',
    clauses: [
      'Hồ sơ đề nghị khen thưởng gồm: tờ trình của cơ quan, đơn vị đề nghị; biên bản họp Hội đồng Thi đua - Khen thưởng; báo cáo thành tích của tập thể, cá nhân có xác nhận của cấp trình khen thưởng.',
      'Thời gian nhận hồ sơ đề nghị khen thưởng tổng kết năm chậm nhất ngày {dl}; hồ sơ khen thưởng theo chuyên đề, đột xuất gửi ngay sau khi kết thúc đợt thi đua hoặc sau khi lập được thành tích.',
      'Việc bình xét thi đua phải bảo đảm dân chủ, công khai, công bằng, đúng tiêu chuẩn; kết quả bình xét được công khai tại cơ quan, đơn vị ít nhất 05 ngày làm việc trước khi trình cấp có thẩm quyền.',
    ],
  },
  {
    title: 'Quỹ Thi đua, khen thưởng',
    clauses: [
      'Quỹ Thi đua, khen thưởng được trích lập từ ngân sách nhà nước và các nguồn đóng góp hợp pháp khác; việc quản lý, sử dụng Quỹ phải công khai, minh bạch, đúng mục đích.',
      'Mức tiền thưởng kèm theo các danh hiệu thi đua và hình thức khen thưởng được tính trên cơ sở mức lương cơ sở do Chính phủ quy định đang có hiệu lực vào thời điểm ban hành quyết định khen thưởng.',
    ],
  },
  {
    title: 'Tổ chức cụm, khối thi đua',
    clauses: [
      'Các cơ quan, đơn vị, địa phương có chức năng, nhiệm vụ tương đồng được tổ chức thành các cụm, khối thi đua; cụm trưởng, khối trưởng được luân phiên hằng năm.',
      'Các cụm, khối thi đua được chấm điểm theo thang điểm 100, gồm các nhóm tiêu chí: thực hiện nhiệm vụ chính trị (60 điểm), tổ chức phong trào thi đua (25 điểm), công tác xây dựng Đảng, đoàn thể (15 điểm).',
    ],
  },
  {
    title: 'Xử lý vi phạm',
    clauses: [
      'Không xét khen thưởng đối với tập thể có cá nhân bị xử lý kỷ luật trong năm; cá nhân bị xử lý kỷ luật không được xét tặng danh hiệu thi đua trong năm bị kỷ luật.',
      'Cơ quan, đơn vị đề nghị khen thưởng chịu trách nhiệm về tính chính xác của thành tích, số liệu trong hồ sơ; trường hợp phát hiện khai man thành tích sẽ bị thu hồi hiện vật, tiền thưởng và xử lý theo quy định.',
    ],
  },
];
export const REWARD_MULTIPLES = [
  ['Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh (cá nhân)', '1,0'],
  ['Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh (tập thể)', '2,0'],
  ['Cờ thi đua của Ủy ban nhân dân tỉnh', '3,0'],
  ['Chiến sĩ thi đua cấp tỉnh', '3,0'],
  ['Tập thể lao động xuất sắc', '1,5'],
  ['Chiến sĩ thi đua cơ sở', '1,0'],
  ['Giấy khen của Chủ tịch Ủy ban nhân dân cấp xã (cá nhân)', '0,15'],
  ['Giấy khen của Chủ tịch Ủy ban nhân dân cấp xã (tập thể)', '0,3'],
  ['Lao động tiên tiến', '0,3'],
  ['Gia đình văn hóa', '0,1'],
  ['Thôn, tổ dân phố văn hóa', '1,5'],
] as const;

/** Thông báo (conclusions of a meeting). */
export const NOTICE_LEADS = [
  'Ngày {date}, {headS} chủ trì Hội nghị {meeting}. Tham dự Hội nghị có các đồng chí thành viên {council}; lãnh đạo {subs}.',
  'Sau khi nghe {standing} báo cáo kết quả thực hiện và ý kiến phát biểu của các đại biểu dự họp, {headS} kết luận như sau:',
];
export const MEETINGS = [
  'sơ kết công tác thi đua, khen thưởng 6 tháng đầu năm {Y}',
  'tổng kết công tác thi đua, khen thưởng năm {Yp} và triển khai nhiệm vụ năm {Y}',
  'đánh giá kết quả thực hiện phong trào {camp}',
  'thường kỳ của {council} quý {quarter} năm {Y}',
  'giao ban các cụm, khối thi đua quý {quarter} năm {Y}',
];
export const NOTICE_ASSESS = [
  'Trong thời gian qua, các cơ quan, đơn vị, địa phương đã nghiêm túc triển khai các văn bản chỉ đạo của cấp trên; phong trào thi đua có nhiều chuyển biến tích cực.',
  'Bên cạnh kết quả đạt được, việc triển khai ở một số nơi còn chậm, chưa quyết liệt; một số chỉ tiêu đạt thấp so với kế hoạch.',
  '{headS} ghi nhận, biểu dương sự nỗ lực của các cơ quan, đơn vị, địa phương, nhất là {sub} đã có nhiều cách làm sáng tạo.',
];

/** Công văn. */
export const LETTER_LEADS = [
  'Thực hiện {ref}, để kịp thời tổng hợp, đánh giá kết quả thực hiện, {bodyS} đề nghị các cơ quan, đơn vị, địa phương thực hiện một số nội dung sau:',
  'Căn cứ {ext} và hướng dẫn của cấp trên, {bodyS} đề nghị thủ trưởng {subs} quan tâm chỉ đạo thực hiện tốt một số nội dung sau:',
  'Để chuẩn bị tổng kết công tác thi đua, khen thưởng năm {Y}, {bodyS} đề nghị các cơ quan, đơn vị, địa phương triển khai một số nội dung sau:',
];
export const LETTER_REQUESTS = [
  'Rà soát, tổng hợp danh sách tập thể, cá nhân đủ tiêu chuẩn đề nghị khen thưởng; hoàn thiện hồ sơ theo đúng quy định, gửi về {standing} trước ngày {dl}.',
  'Báo cáo kết quả thực hiện các chỉ tiêu thi đua đã đăng ký, kèm theo số liệu minh chứng cụ thể; nêu rõ những khó khăn, vướng mắc và đề xuất, kiến nghị.',
  'Cử cán bộ làm công tác thi đua, khen thưởng tham dự lớp tập huấn nghiệp vụ do {council} tổ chức vào ngày {date}.',
  'Thực hiện nghiêm chế độ thông tin, báo cáo; báo cáo gửi bằng văn bản điện tử qua hệ thống quản lý văn bản và điều hành.',
  'Chỉ đạo các thôn, tổ dân phố tổ chức bình xét các danh hiệu văn hóa bảo đảm dân chủ, công khai, đúng thực chất.',
  'Bàn giao đầy đủ hồ sơ, tài liệu về thi đua, khen thưởng cho cơ quan tiếp nhận theo đúng quy định về lưu trữ.',
];

// ---------------------------------------------------------------------------
// Subjects (trích yếu) by kind, but for quyết định (bench/corpus.ts writes those); {camp} is a quoted campaign name

export const SUBJECTS = {
  'chỉ thị': [
    'phát động phong trào thi đua thực hiện thắng lợi nhiệm vụ phát triển kinh tế - xã hội, quốc phòng - an ninh năm {Y}',
    'tăng cường công tác thi đua, khen thưởng năm {Y}',
    'đẩy mạnh phong trào thi đua hoàn thành và hoàn thành vượt mức các chỉ tiêu kinh tế - xã hội năm {Y}',
    'đẩy mạnh {field} năm {Y}',
    'tăng cường kỷ luật, kỷ cương hành chính trong các cơ quan hành chính nhà nước năm {Y}',
  ],
  'phát động': [
    'phát động phong trào thi đua năm {Y}',
    'phát động đợt thi đua cao điểm chào mừng các ngày lễ lớn năm {Y}',
    'phát động thi đua đẩy mạnh {field} năm {Y}',
  ],
  'kế hoạch': [
    'tổ chức phong trào thi đua {camp} năm {Y}',
    'triển khai công tác thi đua, khen thưởng năm {Y}',
    'tổ chức Hội nghị điển hình tiên tiến giai đoạn {Yp} - {Y}',
    'sơ kết, tổng kết phong trào thi đua {camp}',
    'thực hiện {field} năm {Y}',
  ],
  'hướng dẫn': [
    'công tác thi đua, khen thưởng năm {Y}',
    'tổng kết phong trào thi đua {camp}',
    'chấm điểm, xếp hạng thi đua các cụm, khối thi đua năm {Y}',
    'bình xét danh hiệu “Gia đình văn hóa”, “Thôn, tổ dân phố văn hóa” năm {Y}',
  ],
  'thông báo': [
    'kết luận của {headS} tại Hội nghị {meeting}',
    'kết quả chấm điểm thi đua các cụm, khối thi đua năm {Y}',
    'kết luận của {headS} về việc đẩy mạnh {field}',
  ],
  'báo cáo': [
    'kết quả thực hiện phong trào thi đua {camp} năm {Y}',
    'công tác thi đua, khen thưởng năm {Y} và phương hướng, nhiệm vụ năm {Y1}',
    'sơ kết công tác thi đua, khen thưởng 6 tháng đầu năm {Y}',
    'kết quả thực hiện {field} năm {Y}',
  ],
  'công văn': [
    'đăng ký thi đua năm {Y}',
    'đề nghị khen thưởng tổng kết năm {Y}',
    'hướng dẫn hồ sơ đề nghị khen thưởng năm {Y}',
    'báo cáo kết quả thực hiện phong trào thi đua {camp}',
    'tăng cường công tác tuyên truyền về phong trào thi đua yêu nước',
    'bàn giao hồ sơ, tài liệu thi đua, khen thưởng',
  ],
  'nghị quyết': [
    'quy định mức tiền thưởng và một số nội dung chi cho công tác thi đua, khen thưởng trên địa bàn tỉnh {P}',
    'nhiệm vụ phát triển kinh tế - xã hội, quốc phòng - an ninh năm {Y1}',
    'quy định chính sách hỗ trợ xây dựng nông thôn mới trên địa bàn tỉnh {P} giai đoạn {Y} - {Y4}',
    'thông qua Đề án phát triển sản phẩm OCOP tỉnh {P} giai đoạn {Y} - {Y4}',
  ],
} as const satisfies Record<Exclude<DirectiveKind, 'quyết định'>, readonly string[]>;

export const TASK_PHRASES = [
  'Tổ chức phát động phong trào thi đua',
  'Đăng ký thi đua, ký kết giao ước thi đua',
  'Tuyên truyền về phong trào thi đua',
  'Kiểm tra việc tổ chức phong trào thi đua',
  'Sơ kết giữa kỳ phong trào thi đua',
  'Tổng kết, khen thưởng phong trào thi đua',
  'Tổng hợp hồ sơ đề nghị khen thưởng',
  'Tổ chức Hội nghị điển hình tiên tiến',
  'Báo cáo kết quả thực hiện',
  'Xây dựng tiêu chí chấm điểm thi đua',
  'Biểu dương điển hình tiên tiến trên phương tiện thông tin đại chúng',
];
export const DEADLINE_ITEMS = [
  'Bản đăng ký thi đua của các cơ quan, đơn vị',
  'Báo cáo sơ kết 6 tháng',
  'Hồ sơ đề nghị xét tặng danh hiệu thi đua',
  'Hồ sơ đề nghị khen thưởng theo chuyên đề',
  'Báo cáo tổng kết năm',
  'Kết quả chấm điểm của các cụm, khối thi đua',
  'Danh sách sáng kiến đề nghị công nhận',
  'Hồ sơ đề nghị khen thưởng cấp Nhà nước',
];

// ---------------------------------------------------------------------------
// Exemplary figures: roles and short stories by line of work

export const EDUCATION_ROLES = [
  'Giáo viên Trường Tiểu học {commune}',
  'Hiệu trưởng Trường Trung học cơ sở {commune}',
  'Giáo viên Trường Mầm non {commune}',
  'Kế toán Trường Phổ thông Dân tộc bán trú {commune}',
  'Tổng phụ trách Đội Trường Tiểu học {commune}',
  'Chuyên viên {dept}',
];
export const EDUCATION_COLLECTIVES = [
  'Trường Tiểu học {commune}',
  'Trường Mầm non {commune}',
  'Trường Trung học cơ sở {commune}',
  'Trường Phổ thông Dân tộc bán trú {commune}',
  'Tổ chuyên môn Trường Tiểu học {commune}',
];
export const OFFICE_ROLES = [
  'Chuyên viên {dept}',
  'Phó Trưởng phòng {dept}',
  'Công chức Văn phòng - Thống kê xã {commune}',
  'Công chức Văn hóa - Xã hội xã {commune}',
];

/** {H}/{h}: Ông/Bà; {camp}: the campaign name, quoted by the caller. */
export const PERSON_STORIES: Readonly<Record<string, readonly string[]>> = {
  teach: [
    '{H} {name} có {years} năm công tác trong ngành Giáo dục, nhiều năm liền đạt danh hiệu “Lao động tiên tiến”. Trong phong trào {camp}, {h} chủ động đổi mới phương pháp dạy học, ứng dụng công nghệ thông tin trong soạn giảng; tỷ lệ học sinh lớp {h} phụ trách hoàn thành chương trình đạt {pct}%.',
    '{H} còn có sáng kiến “{initiative}” được Hội đồng sáng kiến cấp cơ sở công nhận và áp dụng tại {k} trường trên địa bàn; vận động {n} học sinh có hoàn cảnh khó khăn trở lại lớp.',
  ],
  health: [
    '{H} {name} có {years} năm gắn bó với công tác y tế cơ sở. Trong phong trào {camp}, {h} đã tổ chức khám sàng lọc cho trên {n} lượt người cao tuổi, duy trì tỷ lệ trẻ em được tiêm chủng đầy đủ đạt {pct}%.',
    '{H} thường xuyên xuống thôn, bản tuyên truyền về vệ sinh an toàn thực phẩm, nước sạch và phòng, chống dịch bệnh; không để xảy ra dịch bệnh lớn trên địa bàn.',
  ],
  digital: [
    'Là tổ trưởng tổ công nghệ số cộng đồng, {h} {name} đã trực tiếp hướng dẫn {n} lượt người dân cài đặt ứng dụng định danh điện tử, nộp hồ sơ dịch vụ công trực tuyến và thanh toán không dùng tiền mặt.',
    'Trong phong trào {camp}, {h} vận động {k} hộ kinh doanh đưa sản phẩm lên sàn thương mại điện tử; thôn {village} trở thành một trong những thôn dẫn đầu về chuyển đổi số của xã.',
  ],
  security: [
    '{H} {name} có {years} năm tham gia bảo vệ an ninh, trật tự ở cơ sở. Trong phong trào {camp}, {h} đã phối hợp hòa giải thành {k} vụ việc mâu thuẫn trong nhân dân, cung cấp nhiều nguồn tin có giá trị giúp lực lượng chức năng xử lý vi phạm.',
    'Thôn {village} nơi {h} phụ trách nhiều năm liền không có tội phạm và tệ nạn xã hội; mô hình “Tổ tự quản an ninh, trật tự” được nhân rộng ra các thôn lân cận.',
  ],
  office: [
    '{H} {name} luôn hoàn thành xuất sắc nhiệm vụ được giao; {pct}% hồ sơ do {h} tiếp nhận được giải quyết đúng và trước hạn, không để xảy ra sai sót, phiền hà cho người dân.',
    'Trong phong trào {camp}, {h} có sáng kiến “{initiative}” được công nhận, góp phần rút ngắn thời gian xử lý công việc và nâng cao chỉ số hài lòng của người dân.',
  ],
  farm: [
    '{H} {name} (sinh năm {born}, dân tộc {ethnic}) là {unit}. Trong phong trào {camp}, {h} đã vận động {n} hộ hiến trên {m2} m² đất, đóng góp {days} ngày công để mở rộng {km} km đường trục thôn.',
    'Gia đình {h} đi đầu trong chuyển đổi {ha} ha đất sang trồng {crop} theo hướng hữu cơ, thu nhập trên {income} triệu đồng mỗi năm; {h} còn hướng dẫn kỹ thuật cho {k} hộ khó khăn cùng phát triển kinh tế.',
  ],
  lead: [
    '{H} {name} (sinh năm {born}, dân tộc {ethnic}) là {unit}. Trong phong trào {camp}, {h} đã cùng cấp ủy, ban công tác mặt trận thôn vận động nhân dân xây dựng quy ước, hương ước mới; {pct}% hộ gia đình đạt danh hiệu “Gia đình văn hóa”.',
    '{H} trực tiếp vận động {k} hộ nghèo vay vốn ưu đãi phát triển chăn nuôi, trồng {crop}; đến nay đã có {k2} hộ thoát nghèo bền vững.',
  ],
};
export const INITIATIVES = [
  'Ứng dụng bản đồ số trong quản lý hộ nghèo',
  'Sổ tay điện tử theo dõi học sinh bán trú',
  'Quy trình một cửa điện tử cho hồ sơ khen thưởng',
  'Câu lạc bộ đọc sách vùng cao',
  'Nhóm Zalo hỗ trợ người dân làm thủ tục hành chính',
  'Bảng điểm thi đua trực tuyến của cụm, khối',
  'Vườn rau dinh dưỡng trong trường học',
  'Số hóa hồ sơ lưu trữ thi đua, khen thưởng',
  'Lịch tiêm chủng nhắc tự động qua tin nhắn',
];
export const CROPS = ['cam', 'chè', 'quế', 'hồi', 'bưởi', 'dược liệu', 'mía', 'thạch đen'];
