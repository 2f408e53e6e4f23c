/**
 * Closed vocabularies of the archive. Values are the Vietnamese terms editors
 * write in frontmatter (lower case, NFC); labels are what the UI shows.
 * Kept free of Astro and zod so every layer (schema, importer, pages) shares them.
 */

export const DIRECTIVE_KINDS = [
  'chỉ thị',
  'phát động',
  'kế hoạch',
  'quyết định',
  'hướng dẫn',
  'thông báo',
  'báo cáo',
  'công văn',
  'nghị quyết',
] as const;
export type DirectiveKind = (typeof DIRECTIVE_KINDS)[number];

/** Type abbreviations of Decree 30/2020 (and Party documents) mapped to kinds. */
export const KIND_BY_TYPE_CODE: Readonly<Record<string, DirectiveKind>> = {
  CT: 'chỉ thị',
  KH: 'kế hoạch',
  QĐ: 'quyết định',
  QD: 'quyết định',
  HD: 'hướng dẫn',
  TB: 'thông báo',
  BC: 'báo cáo',
  NQ: 'nghị quyết',
  PD: 'phát động',
  PĐ: 'phát động',
  PĐTĐ: 'phát động',
  PDTD: 'phát động',
};

export const AGENCY_LEVELS = ['tỉnh', 'huyện', 'xã', 'cơ quan'] as const;
export type AgencyLevel = (typeof AGENCY_LEVELS)[number];

export const CAMPAIGN_SCOPES = ['toàn quốc', 'tỉnh', 'huyện', 'xã', 'cơ quan'] as const;
export type CampaignScope = (typeof CAMPAIGN_SCOPES)[number];

export const CAMPAIGN_KINDS = ['thường xuyên', 'chuyên đề'] as const;
export type CampaignKind = (typeof CAMPAIGN_KINDS)[number];

/** How a directive relates to a campaign: launches it, implements it, or only mentions it. */
export const CAMPAIGN_RELATIONS = ['phát động', 'thực hiện', 'nhắc đến'] as const;
export type CampaignRelation = (typeof CAMPAIGN_RELATIONS)[number];

export const SIGNER_AUTHORITIES = ['TM.', 'KT.', 'TL.', 'TUQ.', 'Q.'] as const;
export type SignerAuthority = (typeof SIGNER_AUTHORITIES)[number];

export const FIGURE_TYPES = ['cá nhân', 'tập thể', 'hộ gia đình'] as const;
export type FigureType = (typeof FIGURE_TYPES)[number];

/** Emulation titles and commendation forms of Law 06/2022/QH15 (Điều 23–27, 30). */
export const AWARDS = [
  // Danh hiệu thi đua cá nhân
  'Chiến sĩ thi đua toàn quốc',
  'Chiến sĩ thi đua bộ, ban, ngành, tỉnh',
  'Chiến sĩ thi đua cơ sở',
  'Lao động tiên tiến',
  'Chiến sĩ tiên tiến',
  // Danh hiệu thi đua tập thể
  'Cờ thi đua của Chính phủ',
  'Cờ thi đua bộ, ban, ngành, tỉnh',
  'Tập thể lao động xuất sắc',
  'Đơn vị quyết thắng',
  'Tập thể lao động tiên tiến',
  'Đơn vị tiên tiến',
  'Thôn, tổ dân phố văn hóa',
  'Gia đình văn hóa',
  // Hình thức khen thưởng
  'Huân chương',
  'Huy chương',
  'Danh hiệu vinh dự nhà nước',
  'Giải thưởng Hồ Chí Minh',
  'Giải thưởng Nhà nước',
  'Kỷ niệm chương',
  'Bằng khen',
  'Giấy khen',
] as const;
export type Award = (typeof AWARDS)[number];

export const RESULT_KINDS = ['sơ kết', 'tổng kết', 'báo cáo'] as const;
export type ResultKind = (typeof RESULT_KINDS)[number];

/**
 * How a newer document acts on an older one (vbpl.vn's "Lịch sử"). The
 * relation is written on the newer document, the one that amends, replaces,
 * repeals, guides or corrects.
 */
export const LEGAL_RELATIONS = ['sửa đổi', 'bổ sung', 'thay thế', 'bãi bỏ', 'hướng dẫn', 'đính chính'] as const;
export type LegalRelation = (typeof LEGAL_RELATIONS)[number];

/** Whether a relation touches the whole older document or a part of it (an article, a section). */
export const RELATION_SCOPES = ['toàn bộ', 'một phần'] as const;

/** A directive's legal status on a given day, derived (src/domain/legal-status.ts), never typed. */
export const LEGAL_STATUSES = [
  'còn hiệu lực',
  'hết hiệu lực một phần',
  'hết hiệu lực toàn bộ',
  'chưa có hiệu lực',
  'không xác định',
] as const;
export type LegalStatus = (typeof LEGAL_STATUSES)[number];

/** A campaign's state on a given day, derived from its period (src/domain/campaign-status.ts). */
export const CAMPAIGN_STATUSES = ['sắp diễn ra', 'đang diễn ra', 'đã kết thúc'] as const;
export type CampaignStatus = (typeof CAMPAIGN_STATUSES)[number];
