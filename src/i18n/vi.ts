/**
 * Every string the interface shows, in one module, so that another language
 * can be added beside it. Content text comes from the editors, not from here.
 */
export const lang = 'vi';

export const ui = {
  siteName: 'Lưu trữ văn bản thi đua, khen thưởng',
  siteTagline: 'Văn bản chỉ đạo, phong trào thi đua, điển hình tiên tiến và kết quả thực hiện',
  skipToContent: 'Bỏ qua, đến nội dung chính',
  nav: {
    label: 'Điều hướng chính',
    home: 'Trang chủ',
    directives: 'Văn bản',
    campaigns: 'Phong trào thi đua',
    figures: 'Điển hình tiên tiến',
    results: 'Kết quả',
    agencies: 'Cơ quan ban hành',
    search: 'Tìm kiếm',
  },
  breadcrumb: 'Vị trí trang',
  layout: {
    /** The disclosure the navigation folds into on phones. */
    menu: 'Danh mục',
    /** Printed under the site's name: the day the page's data is as of (the build's today). */
    dataAsOf: (date: string) => `Dữ liệu tính đến ${date}`,
  },
  editorNote: 'Ghi chú của ban biên tập',
  tableRegion: (name?: string) => `Bảng${name ? ` ${name.toLowerCase()}` : ''} (vuốt hoặc cuộn ngang để xem hết)`,
  search: {
    label: 'Tìm văn bản, phong trào, điển hình',
    placeholder: 'Số hiệu, tên phong trào, địa danh…',
    submit: 'Tìm',
    // The search page (/tim-kiem/).
    title: 'Tìm kiếm',
    intro:
      'Tìm trong toàn văn văn bản, phong trào thi đua, điển hình tiên tiến, kết quả và cơ quan ban hành. Gõ có dấu hay không dấu đều được; số ký hiệu gõ liền, ví dụ 01/PD-UBND.',
    pageLabel: 'Tìm trong kho lưu trữ',
    hint: 'Ví dụ: dien hinh tien tien, nong thon moi, Huu Lung, 34-CT/TW',
    noScript:
      'Trang tìm kiếm cần JavaScript để tra cứu chỉ mục. Trình duyệt của bạn đang tắt JavaScript: hãy bật lên rồi tải lại trang, hoặc tra cứu theo danh mục:',
    browse: 'Tra cứu theo danh mục',
    loading: 'Đang tải chỉ mục tìm kiếm…',
    searching: 'Đang tìm…',
    empty: 'Nhập từ khóa để tìm.',
    noResults: (q: string) => `Không tìm thấy kết quả nào cho “${q}”. Hãy thử bớt từ, bỏ bộ lọc, hoặc gõ không dấu.`,
    count: (n: number, q: string) => (q ? `Tìm thấy ${n} kết quả cho “${q}”.` : `Có ${n} mục phù hợp bộ lọc.`),
    // A quoted phrase is checked in each result's text as results are shown.
    countUpTo: (n: number, q: string) =>
      `Tìm thấy tối đa ${n} kết quả cho “${q}”; cụm từ trong ngoặc kép được đối chiếu khi hiện từng kết quả.`,
    error: 'Không tải được chỉ mục tìm kiếm. Hãy tải lại trang, hoặc tra cứu theo danh mục.',
    results: 'Kết quả tìm kiếm',
    more: 'Xem thêm kết quả',
    shown: (shown: number, total: number) => `Đang hiện ${shown}/${total} kết quả.`,
    sortLabel: 'Sắp xếp',
    sorts: { relevance: 'Phù hợp nhất', newest: 'Mới nhất trước', oldest: 'Cũ nhất trước' },
    filtersTitle: 'Lọc kết quả',
    clearFilters: 'Bỏ mọi bộ lọc',
    facets: {
      entry: 'Loại mục',
      doctype: 'Loại văn bản',
      status: 'Tình trạng hiệu lực',
      year: 'Năm',
      issuer: 'Cơ quan ban hành',
      campaign: 'Phong trào',
      field: 'Lĩnh vực',
    },
    facetValue: (value: string, n: number) => `${value} (${n})`,
    facetAll: (n: number) => `Hiện cả ${n} lựa chọn`,
    facetLess: 'Thu gọn',
    entryKinds: {
      directive: 'Văn bản',
      campaign: 'Phong trào thi đua',
      figure: 'Điển hình tiên tiến',
      result: 'Kết quả thực hiện',
      agency: 'Cơ quan ban hành',
    },
    number: 'Số',
    date: 'Ngày',
    month: 'Tháng',
  },
  footer: {
    about:
      'Trang lưu trữ công khai các văn bản chỉ đạo, phát động thi đua và kết quả thực hiện. Nội dung được biên tập từ văn bản gốc; văn bản có giá trị pháp lý là bản ký ban hành.',
    districtsNote: 'Từ ngày 01/7/2025, cấp huyện kết thúc hoạt động; văn bản của các huyện được giữ nguyên để tra cứu.',
  },
  home: {
    title: 'Trang chủ',
    latestDirectives: 'Văn bản mới ban hành',
    activeCampaigns: 'Phong trào đang diễn ra',
    noActiveCampaigns: 'Hiện không có phong trào nào đang trong thời gian thi đua.',
    recentFigures: 'Điển hình tiên tiến mới tuyên dương',
    headlineResults: 'Kết quả nổi bật',
    allDirectives: 'Xem tất cả văn bản',
    allCampaigns: 'Xem tất cả phong trào',
    allFigures: 'Xem tất cả điển hình',
    allResults: 'Xem tất cả kết quả',
  },
  directive: {
    listTitle: 'Văn bản chỉ đạo, điều hành',
    listIntro: 'Chỉ thị, phát động, kế hoạch, quyết định và các văn bản khác về thi đua, khen thưởng, mới nhất trước.',
    metadata: 'Thông tin văn bản',
    number: 'Số ký hiệu',
    noNumber: 'Không ghi số',
    kind: 'Loại văn bản',
    issuer: 'Cơ quan ban hành',
    signer: 'Người ký',
    issued: 'Ngày ban hành',
    noDate: 'Không ghi ngày',
    place: 'Nơi ban hành',
    period: 'Thời gian thi đua',
    theme: 'Chủ đề',
    fields: 'Lĩnh vực',
    fullText: 'Toàn văn',
    campaigns: 'Phong trào thi đua',
    basis: 'Văn bản căn cứ',
    citedBy: 'Văn bản dẫn chiếu văn bản này',
    targets: 'Chỉ tiêu',
    recipients: 'Nơi nhận',
    figures: 'Điển hình tiên tiến liên quan',
    results: 'Kết quả thực hiện',
    attachments: 'Tệp đính kèm',
    notInArchive: 'chưa có trong kho',
    byYear: 'Theo năm',
    byKind: 'Theo loại văn bản',
    byIssuer: 'Theo cơ quan ban hành',
    undatedYear: 'Không rõ năm',
    listTitleOfYear: (year: number | null): string =>
      `${ui.directive.listTitle} ${year === null ? `(${ui.directive.undatedYear.toLowerCase()})` : `năm ${year}`}`,
    count: (n: number) => `${n} văn bản`,
    empty: 'Chưa có văn bản nào.',
  },
  listing: {
    /** The caption of a listing's table (read by screen readers). */
    caption: (heading: string) => `Danh sách: ${heading}`,
    summary: 'Trích yếu',
    filters: 'Lọc theo năm, loại, cơ quan',
    sortLabel: 'Sắp xếp',
    newest: 'Mới nhất trước',
    oldest: 'Cũ nhất trước',
    /** Said of a facet link that continues on the search page, where facets combine. */
    allFacets: 'Chọn năm, loại văn bản hay cơ quan khi đang lọc sẽ mở trang tìm kiếm với đủ các bộ lọc.',
  },
  relation: {
    'phát động': 'Phát động',
    'thực hiện': 'Triển khai thực hiện',
    'nhắc đến': 'Có nhắc đến',
  } as Record<string, string>,
  campaign: {
    listTitle: 'Phong trào thi đua',
    listIntro: 'Các phong trào thi đua toàn quốc và địa phương, với văn bản phát động, điển hình và kết quả.',
    scope: 'Phạm vi',
    kind: 'Hình thức',
    period: 'Thời gian',
    parent: 'Thuộc phong trào',
    children: 'Phong trào triển khai ở địa phương, đơn vị',
    launchedBy: 'Văn bản phát động',
    timeline: 'Diễn biến',
    timelineEmpty: 'Chưa có văn bản, điển hình hay kết quả nào gắn với phong trào này.',
    figures: 'Điển hình tiên tiến',
    results: 'Kết quả',
    status: 'Tình trạng',
    // Derived from the period as of the build's day (src/domain/campaign-status.ts).
    statuses: { 'sắp diễn ra': 'Sắp diễn ra', 'đang diễn ra': 'Đang diễn ra', 'đã kết thúc': 'Đã kết thúc' },
    empty: 'Chưa có phong trào nào.',
  },
  figure: {
    listTitle: 'Điển hình tiên tiến',
    listIntro: 'Tập thể, cá nhân, hộ gia đình được khen thưởng, tuyên dương trong các phong trào thi đua.',
    empty:
      'Chưa có điển hình tiên tiến nào được đăng. Mỗi điển hình chỉ được đăng khi kho đã có quyết định khen thưởng làm nguồn; mời quay lại sau.',
    type: 'Loại',
    unit: 'Đơn vị',
    locality: 'Địa phương',
    award: 'Hình thức khen thưởng',
    decision: 'Quyết định khen thưởng',
    decisionNumber: (number: string | null) => (number ? `Quyết định số ${number}` : 'Quyết định không số'),
    year: 'Năm',
    campaigns: 'Trong phong trào',
  },
  result: {
    listTitle: 'Kết quả thực hiện',
    listIntro: 'Báo cáo sơ kết, tổng kết và kết quả thực hiện chỉ tiêu.',
    empty: 'Chưa có kết quả nào.',
    report: 'Báo cáo',
    reportNumber: (number: string | null) => (number ? `Báo cáo số ${number}` : 'Báo cáo không số'),
    asOf: 'Số liệu đến',
    kind: 'Loại báo cáo',
    indicators: 'Chỉ tiêu và kết quả',
    indicator: 'Chỉ tiêu',
    unit: 'Đơn vị tính',
    target: 'Kế hoạch giao',
    actual: 'Thực hiện',
    percent: 'Tỷ lệ đạt',
    statedPercent: 'theo báo cáo',
    chart: 'So sánh thực hiện với kế hoạch',
    barLabel: (name: string, actual: string, target: string, percent: string) =>
      `${name}: thực hiện ${actual}, kế hoạch ${target}, đạt ${percent}`,
    campaigns: 'Phong trào',
    directives: 'Văn bản liên quan',
  },
  agency: {
    listTitle: 'Cơ quan ban hành',
    listIntro: 'Các cơ quan đã ban hành văn bản trong kho, kể cả các cơ quan đã thôi hoạt động.',
    level: 'Cấp',
    parent: 'Trực thuộc',
    children: 'Cơ quan trực thuộc',
    active: 'Thời gian hoạt động',
    /** Dates as shown; either may be missing. */
    activeSpan: (from: string | undefined, to: string | undefined) =>
      [from && `Từ ${from}`, to && `đến trước ${to}`].filter(Boolean).join(' '),
    ended: 'Đã thôi hoạt động',
    historical: (date: string) => `Cơ quan đã thôi hoạt động từ ${date}; văn bản được giữ để tra cứu.`,
    directives: 'Văn bản đã ban hành',
    results: 'Báo cáo kết quả',
  },
  legal: {
    status: 'Tình trạng hiệu lực',
    asOf: (date: string) => `tính đến ${date}`,
    // Derived as of the build's day (src/domain/legal-status.ts).
    statuses: {
      'còn hiệu lực': 'Còn hiệu lực',
      'hết hiệu lực một phần': 'Hết hiệu lực một phần',
      'hết hiệu lực toàn bộ': 'Hết hiệu lực toàn bộ',
      'chưa có hiệu lực': 'Chưa có hiệu lực',
      'không xác định': 'Không xác định',
    },
    effective: 'Ngày có hiệu lực',
    expires: 'Ngày hết hiệu lực',
    /** On the older document, before " bởi <newer document>": what the newer one did to it. */
    relatedBy: {
      'sửa đổi': 'Được sửa đổi',
      'bổ sung': 'Được bổ sung',
      'thay thế': 'Được thay thế',
      'bãi bỏ': 'Bị bãi bỏ',
      'hướng dẫn': 'Được hướng dẫn',
      'đính chính': 'Được đính chính',
    },
    /** On the newer document: what it does to an older one. */
    relates: {
      'sửa đổi': 'Sửa đổi',
      'bổ sung': 'Bổ sung',
      'thay thế': 'Thay thế',
      'bãi bỏ': 'Bãi bỏ',
      'hướng dẫn': 'Hướng dẫn',
      'đính chính': 'Đính chính',
    },
    by: 'bởi',
    /** Next to the status, before " bởi <newer document>": what ended it. */
    endedBy: { 'thay thế': 'Đã bị thay thế', 'bãi bỏ': 'Đã bị bãi bỏ' } as Record<string, string>,
    amendedBy: 'Đã được sửa đổi, bổ sung bởi',
    /** After the relation's verb: " một phần (Khoản 2 Mục II)" for a partial one, nothing for a whole one. */
    partly: ({ scope, part }: { scope: string; part?: string | undefined }) =>
      scope === 'một phần' ? ` một phần${part ? ` (${part})` : ''}` : '',
    relatedBySection: 'Văn bản tác động đến văn bản này',
    relatesSection: 'Văn bản được văn bản này tác động',
    history: 'Lịch sử',
    events: { issued: 'Ban hành', effective: 'Có hiệu lực', expires: 'Hết hiệu lực theo văn bản' },
    undated: 'Không rõ ngày',
  },
  pagination: {
    label: 'Phân trang',
    previous: 'Trang trước',
    next: 'Trang sau',
    page: (n: number, total: number) => `Trang ${n}/${total}`,
    pageLink: (n: number) => `Trang ${n}`,
  },
  /** Share cards (OpenGraph, Twitter) and what the pages tell search engines (schema.org). */
  share: {
    /** Between the parts of a card's one-line description. */
    separator: ' · ',
    locale: 'vi_VN',
    campaignKind: (kind: string) => `Phong trào thi đua ${kind}`,
    scope: (scope: string) => `phạm vi ${scope}`,
    level: (level: string) => `Cấp ${level}`,
    parent: (name: string) => `trực thuộc ${name}`,
    ended: (date: string) => `thôi hoạt động từ ${date}`,
    year: (year: number) => `năm ${year}`,
    /** The heading drawn on each kind of card's picture (public/chia-se/, cli/share-images.ts). */
    cardTitle: {
      home: 'Lưu trữ văn bản thi đua, khen thưởng',
      directive: 'Văn bản chỉ đạo, điều hành',
      campaign: 'Phong trào thi đua',
      figure: 'Điển hình tiên tiến',
      result: 'Kết quả thực hiện',
      agency: 'Cơ quan ban hành',
    },
    /** The text of a card's picture, for those who cannot see it. */
    imageAlt: (cardTitle: string, siteName: string) => (cardTitle === siteName ? siteName : `${cardTitle} – ${siteName}`),
  },
  redirects: {
    title: 'Trang đã chuyển địa chỉ',
    body: 'Trang này nay ở địa chỉ mới. Nếu trình duyệt không tự chuyển, mời mở:',
  },
  permanentLink: 'Đường dẫn cố định',
  feeds: {
    all: 'Mục mới',
    allIntro: 'Văn bản, phong trào, điển hình và kết quả mới đăng, mới nhất trước.',
    ofAgency: (name: string) => `Văn bản và báo cáo của ${name}`,
    ofAgencyIntro: (name: string) => `Văn bản và báo cáo kết quả mới nhất của ${name}.`,
    ofCampaign: (name: string) => `Phong trào “${name}”`,
    ofCampaignIntro: (name: string) => `Văn bản, điển hình và kết quả mới nhất của phong trào “${name}”.`,
  },
  notFound: {
    title: 'Không tìm thấy trang',
    body: 'Địa chỉ này không có trong kho lưu trữ. Có thể văn bản đã được đổi địa chỉ, hoặc đường dẫn bị gõ sai.',
    home: 'Về trang chủ',
    directives: 'Xem danh sách văn bản',
  },
  /** Citable parts of a body (src/render/citable-parts.ts) and its table of contents. */
  sections: {
    /** The accessible name of a part's link to itself ("§"). */
    selfLink: (part: string) => `Liên kết đến ${part}`,
    /** A part named by its kind and number: "Điều 3", "Khoản 2 Điều 3", "Mục II". */
    part: {
      chuong: 'Chương',
      phan: 'Phần',
      muc: 'Mục',
      dieu: 'Điều',
      khoan: 'Khoản',
      diem: 'Điểm',
    },
    contents: 'Mục lục',
    backToTop: 'Về đầu trang',
  },
} as const;

/** GFM footnotes: Vietnamese labels instead of the English defaults ({reference} is 1, or 1-2 for a second reference). */
export const footnotes = {
  label: 'Chú thích',
  backLabel: 'Quay lại chỗ dẫn chú thích {reference}',
  clobberPrefix: 'chu-thich-',
};
