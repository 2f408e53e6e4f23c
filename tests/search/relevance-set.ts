/**
 * The relevance test set: what people type, and the entries that must come
 * back in the first three results. Paths are entry URLs without slashes.
 * Written from reading the content, not from what the engine returned.
 *
 * Kinds of query covered (see `covers`): accents (with and without), d for
 * đ, document numbers, slogans, names of people and places, misspellings.
 */
type Covers = 'accents' | 'no-accents' | 'd-for-đ' | 'number' | 'slogan' | 'name' | 'place' | 'misspelling' | 'topic' | 'agency';

export interface RelevanceCase {
  q: string;
  /** Entries that must all be in the top 3. */
  top3: string[];
  /** The entry that must be first, when one clearly is. */
  first?: string;
  /** Entries that must appear somewhere in the results ("every mention"). */
  all?: string[];
  /** Another spelling of the same query: both must find the same number of entries. */
  sameCountAs?: string;
  /** Text that must not appear in any result (unpublished entries). */
  absent?: string;
  covers: Covers[];
}

/** Over the shipped content (content/: five real documents and their campaigns). */
export const CONTENT_CASES: RelevanceCase[] = [
  {
    q: 'dien hinh tien tien',
    top3: ['van-ban/cam-my-chi-thi-thi-dua-2023'],
    sameCountAs: 'điển hình tiên tiến',
    covers: ['no-accents', 'd-for-đ', 'topic'],
  },
  { q: 'điển hình tiên tiến', top3: ['van-ban/cam-my-chi-thi-thi-dua-2023'], covers: ['accents', 'topic'] },
  {
    q: 'nong thon moi',
    top3: ['phong-trao/ca-nuoc-chung-suc-xay-dung-nong-thon-moi'],
    sameCountAs: 'nông thôn mới',
    covers: ['no-accents', 'slogan'],
  },
  { q: 'thi dua', top3: ['van-ban/huu-lung-01-pd-ubnd-2024'], sameCountAs: 'thi đua', covers: ['no-accents', 'd-for-đ', 'topic'] },
  { q: 'Huu Lung', top3: ['van-ban/huu-lung-01-pd-ubnd-2024', 'co-quan/ubnd-huyen-huu-lung'], covers: ['no-accents', 'place'] },
  {
    q: 'Hữu Lũng',
    top3: ['van-ban/huu-lung-01-pd-ubnd-2024', 'co-quan/ubnd-huyen-huu-lung'],
    sameCountAs: 'Huu Lung',
    covers: ['accents', 'place'],
  },
  { q: '01/PD-UBND', first: 'van-ban/huu-lung-01-pd-ubnd-2024', top3: [], covers: ['number'] },
  { q: '1/pđ-ubnd', first: 'van-ban/huu-lung-01-pd-ubnd-2024', top3: [], covers: ['number', 'misspelling'] },
  { q: '71/2021/NQ-HĐND', top3: ['van-ban/trung-khanh-phat-dong-thi-dua-2022'], covers: ['number'] },
  {
    q: '34-CT/TW',
    top3: [],
    all: [
      'van-ban/cam-my-chi-thi-thi-dua-2023',
      'van-ban/ban-dan-toc-cao-bang-phat-dong-thi-dua-2022',
      'van-ban/hoa-an-chi-thi-thi-dua-2-thang-cuoi-nam-2022',
      'van-ban/trung-khanh-phat-dong-thi-dua-2022',
    ],
    covers: ['number'],
  },
  { q: '657/BC-UBND', first: 'ket-qua/hoa-an-ket-qua-10-thang-2022', top3: [], covers: ['number'] },
  // A place name: its issuer page (the hub of its documents) and what is named after it.
  { q: 'trung khanh', top3: ['co-quan/ubnd-huyen-trung-khanh'], sameCountAs: 'Trùng Khánh', covers: ['no-accents', 'place'] },
  {
    q: 'trung khanh hoan thanh thang loi kinh te xa hoi',
    first: 'van-ban/trung-khanh-phat-dong-thi-dua-2022',
    top3: [],
    covers: ['no-accents', 'place', 'slogan'],
  },
  {
    q: 'Hòa An',
    top3: ['co-quan/ubnd-huyen-hoa-an', 'ket-qua/hoa-an-ket-qua-10-thang-2022'],
    sameCountAs: 'Hoà An',
    covers: ['accents', 'place'],
  },
  {
    q: 'hoa an 2 thang cuoi nam',
    first: 'van-ban/hoa-an-chi-thi-thi-dua-2-thang-cuoi-nam-2022',
    top3: [],
    covers: ['no-accents', 'place'],
  },
  { q: 'cam my', top3: ['co-quan/ubnd-huyen-cam-my', 'van-ban/cam-my-chi-thi-thi-dua-2023'], covers: ['no-accents', 'place'] },
  { q: 'ban dan toc cao bang', top3: ['co-quan/ban-dan-toc-tinh-cao-bang'], covers: ['no-accents', 'agency'] },
  {
    q: 'ban dan toc phat dong thi dua 2022',
    top3: ['van-ban/ban-dan-toc-cao-bang-phat-dong-thi-dua-2022'],
    covers: ['no-accents', 'd-for-đ', 'agency'],
  },
  { q: 'người tốt việc tốt', top3: ['phong-trao/nguoi-tot-viec-tot'], covers: ['accents', 'slogan'] },
  {
    q: 'khong de ai bi bo lai phia sau',
    top3: ['phong-trao/ca-nuoc-chung-tay-vi-nguoi-ngheo'],
    covers: ['no-accents', 'd-for-đ', 'slogan'],
  },
  {
    q: 'xoa nha tam nha dot nat',
    top3: ['phong-trao/cao-bang-ho-tro-xoa-nha-tam-nha-dot-nat-2021-2025'],
    covers: ['no-accents', 'd-for-đ', 'slogan'],
  },
  { q: 'Bùi Quốc Khánh', first: 'van-ban/huu-lung-01-pd-ubnd-2024', top3: [], covers: ['accents', 'name'] },
  {
    q: 'van hoa cong so',
    top3: ['phong-trao/can-bo-cong-chuc-vien-chuc-thi-dua-thuc-hien-van-hoa-cong-so'],
    covers: ['no-accents', 'slogan'],
  },
  {
    q: 'dai dich covid',
    top3: ['phong-trao/cao-bang-chung-suc-chien-thang-dai-dich-covid-19'],
    covers: ['no-accents', 'd-for-đ', 'slogan'],
  },
  { q: 'Huu Lungg', top3: ['van-ban/huu-lung-01-pd-ubnd-2024', 'co-quan/ubnd-huyen-huu-lung'], covers: ['misspelling', 'place'] },
];

/** Over the fictional fixture corpus (tests/fixtures/corpus/, see its README). */
export const CORPUS_CASES: RelevanceCase[] = [
  {
    q: 'dien hinh tien tien',
    top3: ['van-ban/dong-tam-156-kh-ubnd-2022', 'van-ban/dong-tam-02-ct-ubnd-2024'],
    sameCountAs: 'điển hình tiên tiến',
    covers: ['no-accents', 'd-for-đ', 'topic'],
  },
  {
    q: 'điển hình tiên tiến',
    first: 'van-ban/dong-tam-156-kh-ubnd-2022',
    top3: ['van-ban/dong-tam-02-ct-ubnd-2024'],
    covers: ['accents', 'topic'],
  },
  { q: 'nong thon moi', top3: ['van-ban/tinh-12-pd-ubnd-2020'], sameCountAs: 'nông thôn mới', covers: ['no-accents', 'slogan'] },
  { q: 'thi dua', top3: ['van-ban/dong-tam-02-ct-ubnd-2024'], sameCountAs: 'thi đua', covers: ['no-accents', 'd-for-đ', 'topic'] },
  {
    q: 'dai hoi dang bo',
    first: 'van-ban/dong-tam-03-ct-ubnd-2020',
    top3: ['phong-trao/dong-tam-thi-dua-chao-mung-dai-hoi-dang-bo-huyen-2020'],
    sameCountAs: 'đại hội đảng bộ',
    covers: ['no-accents', 'd-for-đ', 'topic'],
  },
  {
    q: 'dang ky thi dua',
    top3: ['van-ban/dong-tam-45-tb-ubnd-2023', 'van-ban/dong-tam-1187-ubnd-nv-2022'],
    sameCountAs: 'đăng ký thi đua',
    covers: ['no-accents', 'd-for-đ', 'topic'],
  },
  { q: 'Đông Đào', first: 'van-ban/dong-dao-18-pd-ubnd-2025', top3: ['co-quan/ubnd-xa-dong-dao'], covers: ['accents', 'place'] },
  { q: 'xa dong dao', top3: ['van-ban/dong-dao-18-pd-ubnd-2025'], covers: ['no-accents', 'd-for-đ', 'place'] },
  {
    q: 'hoa binh thuong',
    top3: [
      'co-quan/ubnd-xa-hoa-binh-thuong',
      'van-ban/hoa-binh-thuong-06-ct-ubnd-2025',
      'phong-trao/hoa-binh-thuong-doan-ket-khoi-dau-chinh-quyen-moi',
    ],
    covers: ['no-accents', 'place'],
  },
  {
    q: 'Hòa Bình Thượng',
    top3: ['co-quan/ubnd-xa-hoa-binh-thuong', 'van-ban/hoa-binh-thuong-06-ct-ubnd-2025'],
    sameCountAs: 'Hoà Bình Thượng',
    covers: ['accents', 'place', 'misspelling'],
  },
  { q: 'huyen dong tam', top3: ['co-quan/ubnd-huyen-dong-tam'], covers: ['no-accents', 'd-for-đ', 'agency'] },
  {
    q: 'ban dan toc',
    top3: ['co-quan/ban-dan-toc-tinh-son-dong', 'van-ban/ban-dan-toc-phat-dong-thi-dua-2022'],
    covers: ['no-accents', 'agency'],
  },
  {
    q: 'tan duc van minh do thi xanh',
    top3: ['phong-trao/tan-duc-phuong-van-minh-do-thi-xanh', 'van-ban/tan-duc-01-pd-ubnd-2026'],
    covers: ['no-accents', 'd-for-đ', 'slogan'],
  },
  {
    q: 'tận tụy chuyên nghiệp',
    top3: ['phong-trao/so-noi-vu-tan-tuy-chuyen-nghiep-2024', 'van-ban/so-noi-vu-05-pd-snv-2024'],
    covers: ['accents', 'slogan', 'misspelling'],
  },
  { q: 'chuyen doi so', top3: ['phong-trao/son-dong-day-manh-chuyen-doi-so-2026'], covers: ['no-accents', 'd-for-đ', 'slogan'] },
  {
    q: 'doanh nghiep bac ha son',
    top3: ['phong-trao/doanh-nghiep-bac-ha-son-hoi-nhap-va-phat-trien', 'van-ban/bac-ha-son-40-kh-ubnd-2022'],
    covers: ['no-accents', 'slogan', 'place'],
  },
  { q: 'Đặng Thị Điệp', first: 'dien-hinh/dang-thi-diep', top3: [], covers: ['accents', 'name'] },
  { q: 'dang thi diep', first: 'dien-hinh/dang-thi-diep', top3: [], covers: ['no-accents', 'd-for-đ', 'name'] },
  { q: 'Hoàng Đức Điền', first: 'dien-hinh/hoang-duc-dien', top3: ['van-ban/tinh-3105-qd-ubnd-2025'], covers: ['accents', 'name'] },
  { q: 'hoang duc dien', first: 'dien-hinh/hoang-duc-dien', top3: [], covers: ['no-accents', 'd-for-đ', 'name'] },
  { q: 'hop tac xa nong nghiep', first: 'dien-hinh/hop-tac-xa-nong-nghiep-dong-dao', top3: [], covers: ['no-accents', 'name'] },
  {
    q: 'so ket nong thon moi dong tam',
    top3: ['ket-qua/so-ket-nong-thon-moi-dong-tam-2021-2023'],
    covers: ['no-accents', 'd-for-đ', 'topic'],
  },
  { q: '2468/QĐ-UBND', first: 'van-ban/dong-tam-2468-qd-ubnd-2024', top3: [], covers: ['number'] },
  { q: '2468/qd-ubnd', first: 'van-ban/dong-tam-2468-qd-ubnd-2024', top3: [], covers: ['number', 'd-for-đ'] },
  { q: '1/KH-UBND', first: 'van-ban/dong-tam-01-kh-ubnd-2021', top3: ['van-ban/dong-tam-02-pd-ubnd-2021'], covers: ['number'] },
  { q: '9/2024/nq-hdnd', first: 'van-ban/hdnd-tinh-09-2024-nq-hdnd', top3: [], covers: ['number', 'd-for-đ'] },
  { q: '03/HD-HĐTĐKT', first: 'van-ban/hdtdkt-03-hd-hdtdkt-2022', top3: [], covers: ['number'] },
  { q: '12/PĐ-UBND', first: 'van-ban/tinh-12-pd-ubnd-2020', top3: ['van-ban/bac-ha-son-40-kh-ubnd-2022'], covers: ['number'] },
  { q: 'số 1187/UBND-NV', first: 'van-ban/dong-tam-1187-ubnd-nv-2022', top3: [], covers: ['number'] },
  { q: '71/2021/NQ-HĐND', top3: ['van-ban/dong-tam-phat-dong-thi-dua-2022'], covers: ['number'] },
  {
    q: '34-CT/TW',
    top3: [],
    all: [
      'van-ban/dong-tam-01-ct-ubnd-2019',
      'van-ban/dong-tam-phat-dong-thi-dua-2022',
      'van-ban/dong-tam-05-ct-ubnd-2023',
      'van-ban/hoa-binh-thuong-06-ct-ubnd-2025',
      'van-ban/hdtdkt-03-hd-hdtdkt-2022',
      'van-ban/tinh-12-pd-ubnd-2020',
      'van-ban/dong-tam-02-ct-ubnd-2024',
    ],
    covers: ['number'],
  },
  { q: 'dien hinh tien tienn', top3: ['van-ban/dong-tam-156-kh-ubnd-2022'], covers: ['misspelling', 'd-for-đ'] },
  { q: 'bimatduthao', top3: [], absent: 'bimatduthao', covers: ['misspelling'] },
  { q: 'vanbantuonglai2099', top3: [], absent: 'vanbantuonglai2099', covers: ['misspelling'] },
  { q: 'hosonhapkhongcongbo', top3: [], absent: 'hosonhapkhongcongbo', covers: ['misspelling'] },
];
