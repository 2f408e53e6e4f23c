/**
 * Small archive entries for unit tests of the link graph and what is built
 * from it: each is parsed by the real schema, from a few defaults and the
 * fields a test cares about.
 */
import { agencySchema, campaignSchema, directiveSchema, figureSchema } from '../../src/domain/schema/index.ts';

const signer = { name: 'Đặng Văn Đức', position: 'Chủ tịch' };

/** An undated chỉ thị of ubnd-a titled after its id, unless `data` says otherwise. */
export const testDirective = (id: string, data: Record<string, unknown>) => ({
  id,
  data: directiveSchema.parse({
    kind: 'chỉ thị',
    number: null,
    title: `Văn bản ${id}`,
    issuer: 'ubnd-a',
    place: 'An Lạc',
    issued: null,
    signer,
    ...data,
  }),
});

/** A district chuyên đề campaign named after its id, unless `data` says otherwise. */
export const testCampaign = (id: string, data: Record<string, unknown> = {}) => ({
  id,
  data: campaignSchema.parse({ name: `Phong trào ${id}`, scope: 'huyện', kind: 'chuyên đề', ...data }),
});

/** A household honoured with a Giấy khen in 2024 (decision 15/QĐ-UBND), named after its id unless `data` says otherwise. */
export const testFigure = (id: string, data: Record<string, unknown>) => ({
  id,
  data: figureSchema.parse({
    name: `Hộ ${id}`,
    type: 'hộ gia đình',
    locality: 'xã Đông Đào',
    award: 'Giấy khen',
    decision: { number: '15/QĐ-UBND', date: '2024-11-05' },
    year: 2024,
    ...data,
  }),
});

/**
 * The two agencies the entries above point at: ubnd-a, a district under
 * ubnd-t, a province; `district` adds fields (its end date, say).
 */
export const testAgencies = (district: Record<string, unknown> = {}) => [
  {
    id: 'ubnd-a',
    data: agencySchema.parse({
      name: 'Ủy ban nhân dân huyện An Lạc',
      shortName: 'UBND huyện An Lạc',
      level: 'huyện',
      parent: 'ubnd-t',
      ...district,
    }),
  },
  { id: 'ubnd-t', data: agencySchema.parse({ name: 'Ủy ban nhân dân tỉnh Bình Sơn', shortName: 'UBND tỉnh Bình Sơn', level: 'tỉnh' }) },
];
