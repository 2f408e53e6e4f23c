/**
 * The matching context the importer tests use, built here rather than read
 * from content/ (which changes independently). A few campaigns the seeds
 * mention are deliberately absent, so that proposals are exercised:
 * "Hỗ trợ xóa nhà tạm…" (seed 001) and "Người tốt, việc tốt" (seed 004).
 * "Cả nước chung sức xây dựng nông thôn mới" is present as a decoy that
 * "Xây dựng nông thôn mới" must not be matched to.
 */
import { resolve } from 'node:path';
import type { ExtractContext } from '../../src/editor/importer/extract.ts';

export const FIXTURES = resolve(import.meta.dirname, 'fixtures');
export const SEEDS = resolve(FIXTURES, 'seeds');
export const EXPECTED = resolve(import.meta.dirname, 'expected');
export const PROJECT = resolve(import.meta.dirname, '../..');

const AGENCIES = [
  { id: 'ubnd-huyen-trung-khanh', name: 'Ủy ban nhân dân huyện Trùng Khánh', shortName: 'UBND huyện Trùng Khánh', level: 'huyện' },
  { id: 'ubnd-huyen-hoa-an', name: 'Ủy ban nhân dân huyện Hòa An', shortName: 'UBND huyện Hòa An', level: 'huyện' },
  { id: 'ubnd-huyen-cam-my', name: 'Ủy ban nhân dân huyện Cẩm Mỹ', shortName: 'UBND huyện Cẩm Mỹ', level: 'huyện' },
  { id: 'ubnd-huyen-huu-lung', name: 'Ủy ban nhân dân huyện Hữu Lũng', shortName: 'UBND huyện Hữu Lũng', level: 'huyện' },
  { id: 'ban-dan-toc-tinh-cao-bang', name: 'Ban Dân tộc tỉnh Cao Bằng', shortName: 'Ban Dân tộc tỉnh Cao Bằng', level: 'cơ quan' },
  { id: 'ubnd-tinh-cao-bang', name: 'Ủy ban nhân dân tỉnh Cao Bằng', shortName: 'UBND tỉnh Cao Bằng', level: 'tỉnh' },
  {
    id: 'hoi-dong-tdkt-huyen-huu-lung',
    name: 'Hội đồng Thi đua - Khen thưởng huyện Hữu Lũng',
    shortName: 'Hội đồng TĐKT huyện Hữu Lũng',
    level: 'huyện',
  },
  // A Party committee: issues hướng dẫn and kế hoạch signed "T/M BAN THƯỜNG VỤ".
  { id: 'huyen-uy-hoa-an', name: 'Huyện ủy Hòa An', shortName: 'Huyện ủy Hòa An', level: 'huyện' },
  { id: 'tinh-uy-cao-bang', name: 'Tỉnh ủy Cao Bằng', shortName: 'Tỉnh ủy Cao Bằng', level: 'tỉnh' },
  { id: 'thu-tuong-chinh-phu', name: 'Thủ tướng Chính phủ', shortName: 'Thủ tướng Chính phủ', level: 'cơ quan' },
] as const;

export const CAMPAIGNS = [
  [
    'trung-khanh-chung-suc-chien-thang-dai-dich-covid-19',
    'Trùng Khánh đoàn kết, chung sức, đồng lòng thi đua phòng, chống và chiến thắng đại dịch COVID-19',
  ],
  ['trung-khanh-chung-suc-xay-dung-nong-thon-moi', 'Trùng Khánh chung sức xây dựng nông thôn mới'],
  ['cao-bang-chung-tay-vi-nguoi-ngheo', 'Cao Bằng chung tay vì người nghèo - không để ai bị bỏ lại phía sau'],
  ['doanh-nghiep-viet-nam-hoi-nhap-va-phat-trien', 'Doanh nghiệp Việt Nam hội nhập và phát triển'],
  ['can-bo-cong-chuc-vien-chuc-thi-dua-thuc-hien-van-hoa-cong-so', 'Cán bộ, công chức, viên chức thi đua thực hiện văn hóa công sở'],
  ['hoa-an-chung-suc-xay-dung-nong-thon-moi', 'Hòa An chung sức xây dựng nông thôn mới'],
  ['hoa-an-chung-tay-vi-nguoi-ngheo', 'Hòa An chung tay vì người nghèo - Không để ai bị bỏ lại phía sau'],
  [
    'cao-bang-chung-suc-chien-thang-dai-dich-covid-19',
    'Cao Bằng đoàn kết, chung sức, đồng lòng thi đua phòng, chống và chiến thắng đại dịch COVID-19',
  ],
  [
    'cam-my-thuc-hien-thang-loi-nhiem-vu-nam-2023',
    'Thực hiện thắng lợi nhiệm vụ phát triển kinh tế - xã hội, quốc phòng - an ninh năm 2023',
  ],
  ['dong-nai-toan-tinh-chung-suc-xay-dung-nong-thon-moi', 'Toàn tỉnh chung sức xây dựng nông thôn mới'],
  ['ca-nuoc-chung-tay-vi-nguoi-ngheo', 'Cả nước chung tay vì người nghèo - Không để ai bị bỏ lại phía sau'],
  ['doanh-nghiep-dong-nai-hoi-nhap-va-phat-trien', 'Doanh nghiệp Đồng Nai, hội nhập và phát triển'],
  [
    'ban-dan-toc-cao-bang-van-hoa-cong-so-2019-2025',
    'Công chức, người lao động Ban Dân tộc tỉnh Cao Bằng tổ chức thực hiện văn hóa công sở giai đoạn 2019 - 2025',
  ],
  ['doanh-nghiep-huu-lung-hoi-nhap-va-phat-trien', 'Doanh nghiệp Hữu Lũng hội nhập và phát triển'],
  ['thi-dua-quyet-thang', 'Thi đua quyết thắng'],
  ['toan-dan-bao-ve-an-ninh-to-quoc', 'Toàn dân bảo vệ an ninh Tổ quốc'],
  ['thuc-hanh-tiet-kiem-chong-lang-phi', 'Thực hành tiết kiệm, chống lãng phí'],
  ['nguoi-viet-nam-uu-tien-dung-hang-viet-nam', 'Người Việt Nam ưu tiên dùng hàng Việt Nam'],
  ['ca-nuoc-chung-suc-xay-dung-nong-thon-moi', 'Cả nước chung sức xây dựng nông thôn mới'],
] as const;

export const CONTEXT: ExtractContext = {
  agencies: AGENCIES.map(({ id, name, shortName }) => ({ id, name, shortName })),
  campaigns: CAMPAIGNS.map(([id, name]) => ({ id, name })),
};

/** agencies.yaml for a temporary content root. */
export function agenciesYaml(): string {
  return AGENCIES.map((a) => `${a.id}:\n  name: ${a.name}\n  shortName: ${a.shortName}\n  level: ${a.level}\n`).join('');
}

/** A valid campaign file for a temporary content root. */
export function campaignMdx(name: string): string {
  return `---\nname: ${JSON.stringify(name)}\nscope: huyện\nkind: thường xuyên\n---\n\nPhong trào dùng trong thử nghiệm.\n`;
}
