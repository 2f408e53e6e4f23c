/**
 * A deterministic synthetic content root at archive scale, for the benchmark
 * (`npm run bench:corpus -- --docs N --out DIR`).
 *
 * Two stages:
 *  1. `planCorpus` decides every entry's metadata (ids, issuers, dates,
 *     numbers, links) up front. It is small (a few hundred bytes per entry)
 *     and is what makes the cross-entry rules hold: numbers unique per issuer,
 *     district issuers only before 2025-07-01, commune issuers only after,
 *     every reference pointing at a published entry.
 *  2. `generateCorpus` yields one file at a time, writing each body from its
 *     own seeded stream, so 10,000+ documents never sit in memory at once and
 *     the output does not depend on the order in which files are consumed.
 *
 * Same options → byte-identical files. No clock and no Math.random.
 */
import { Buffer } from 'node:buffer';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { dump } from 'js-yaml';
import { documentNumberKey } from '../src/domain/document-number.ts';
import { statedPercentIsConsistent } from '../src/domain/indicators.ts';
import { slugify } from '../src/domain/vietnamese.ts';
import {
  DIRECTIVE_KINDS,
  type AgencyLevel,
  type Award,
  type CampaignKind,
  type CampaignRelation,
  type CampaignScope,
  type DirectiveKind,
  type FigureType,
  type ResultKind,
  type SignerAuthority,
} from '../src/domain/vocabulary.ts';
import { Bag, Rng } from './prng.ts';
import * as TXT from './corpus-text.ts';
import type { ExternalDoc, FieldText, IndicatorSpec, LocalCampaignTemplate } from './corpus-text.ts';

export interface CorpusOptions {
  /** Number of published directives (drafts come on top). */
  docs: number;
  seed?: number;
  /** 'YYYY-MM-DD': no published entry is dated later. Not the clock, so output is stable. */
  today?: string;
}

export interface CorpusFile {
  /** Relative to the content root, with forward slashes. */
  path: string;
  content: string;
}

export const DEFAULT_SEED = 1;
export const DEFAULT_TODAY = '2026-06-30';
/** Body size bounds of a directive, in UTF-8 bytes. */
export const DIRECTIVE_BODY_BYTES = { min: 6 * 1024, max: 20_000 } as const;
export const MAX_DOCS = 500_000;

export interface CorpusCounts {
  directives: number;
  directiveDrafts: number;
  campaigns: number;
  figures: number;
  figureDrafts: number;
  results: number;
  districts: number;
  communes: number;
  agencies: number;
}

export function corpusCounts(docs: number): CorpusCounts {
  const drafts = Math.max(2, Math.round(docs / 1000));
  const districts = Math.max(1, Math.round(docs / 400));
  const communes = Math.max(3, Math.round(docs / 1000));
  return {
    directives: docs,
    directiveDrafts: drafts,
    campaigns: Math.max(1, Math.round(docs / 30)),
    figures: Math.max(1, Math.round(docs / 5)),
    figureDrafts: drafts,
    results: Math.max(1, Math.round(docs / 20)),
    districts,
    communes,
    // UBND tỉnh, HĐND tỉnh, three provincial bodies, districts, communes
    agencies: 5 + districts + communes,
  };
}

// ---------------------------------------------------------------------------
// Dates as day numbers (UTC, no time zone involved)

const DAY_MS = 86_400_000;
const REFORM = '2025-07-01';

function dayOf(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number);
  return Math.floor(Date.UTC(y!, (m ?? 1) - 1, d ?? 1) / DAY_MS);
}
function isoOf(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}
function yearOfDay(day: number): number {
  return Number(isoOf(day).slice(0, 4));
}
function pad2(n: number): string {
  return String(n).padStart(2, '0');
}
function addMonths(day: number, months: number): number {
  const [y, m, d] = isoOf(day).split('-').map(Number);
  const total = y! * 12 + (m! - 1) + months;
  const last = new Date(Date.UTC(Math.floor(total / 12), (total % 12) + 1, 0)).getUTCDate();
  return Math.floor(Date.UTC(Math.floor(total / 12), total % 12, Math.min(d!, last)) / DAY_MS);
}

/** Vietnamese number: 31.410.000 and 2,5. */
export function vnNumber(value: number, decimals = 0): string {
  const fixed = value.toFixed(decimals);
  const [int = '0', frac] = fixed.split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return frac && Number(frac) !== 0 ? `${grouped},${frac.replace(/0+$/, '')}` : grouped;
}

function capitalize(s: string): string {
  return s.charAt(0).toLocaleUpperCase('vi') + s.slice(1);
}
/** Words that keep their capital inside a sentence (titles, bodies, acronyms). */
const KEEP_CAPITAL =
  /^(?:\p{Lu}[\p{Lu}\d]+\b|Chủ tịch|Ủy ban|Hội đồng|Sở |Phòng |Ban |Quỹ |Luật |Nghị |Chỉ thị|Quyết định|Kế hoạch|Công văn|Thông báo|Báo cáo|Hướng dẫn|Văn bản|Đảng|Nhà nước|Mặt trận|Bộ |Chính phủ|Thủ tướng|Trường |Trạm |Thôn |Hộ |Bà |Ông |Chi |Tổ |Hợp tác xã|Công an|Đoàn |Văn phòng|Trung tâm|Giấy khen|Bằng khen|Danh hiệu|Giám đốc|Bí thư|Trưởng |Phó |Đài |Báo |Cán bộ, công chức, viên chức)/u;

function lowerFirst(s: string): string {
  if (KEEP_CAPITAL.test(s)) return s;
  return s.charAt(0).toLocaleLowerCase('vi') + s.slice(1);
}

// ---------------------------------------------------------------------------
// Plan types

const KIND_WEIGHTS: readonly (readonly [DirectiveKind, number])[] = [
  ['chỉ thị', 7],
  ['phát động', 8],
  ['kế hoạch', 20],
  ['quyết định', 14],
  ['hướng dẫn', 8],
  ['thông báo', 9],
  ['báo cáo', 13],
  ['công văn', 15],
  ['nghị quyết', 6],
];
const TYPE_CODE: Record<DirectiveKind, string> = {
  'chỉ thị': 'CT',
  'phát động': 'PĐ',
  'kế hoạch': 'KH',
  'quyết định': 'QĐ',
  'hướng dẫn': 'HD',
  'thông báo': 'TB',
  'báo cáo': 'BC',
  'công văn': '',
  'nghị quyết': 'NQ',
};
const KIND_LABEL: Record<DirectiveKind, string> = {
  'chỉ thị': 'Chỉ thị',
  'phát động': 'Văn bản phát động',
  'kế hoạch': 'Kế hoạch',
  'quyết định': 'Quyết định',
  'hướng dẫn': 'Hướng dẫn',
  'thông báo': 'Thông báo',
  'báo cáo': 'Báo cáo',
  'công văn': 'Công văn',
  'nghị quyết': 'Nghị quyết',
};
/** Documents of a type an issuer numbers in a year (drives realistic running numbers). */
const YEARLY_RATE: Record<DirectiveKind, number> = {
  'chỉ thị': 12,
  'phát động': 20,
  'kế hoạch': 260,
  'quyết định': 2600,
  'hướng dẫn': 35,
  'thông báo': 220,
  'báo cáo': 420,
  'công văn': 2400,
  'nghị quyết': 60,
};

type Role = 'ubnd-tinh' | 'hdnd-tinh' | 'huyen' | 'xa' | 'snv' | 'sgd' | 'hdtdkt';

export interface AgencyPlan {
  id: string;
  name: string;
  shortName: string;
  level: AgencyLevel;
  parent?: string;
  activeFrom?: string;
  activeTo?: string;
  role: Role;
  /** Issuer code in document numbers: UBND, SNV, HĐTĐKT… */
  code: string;
  cvUnits: readonly string[];
  /** Prefix of directive ids. */
  prefix: string;
  place: string;
  /** Locality name used in campaign names: "Đồng Tâm", "Bắc Lâm", "Sở Nội vụ". */
  L: string;
  /** With its level: "huyện Đồng Tâm". */
  LL: string;
  /** Active days: [fromDay, toDay). */
  fromDay: number;
  toDay: number;
  /** Communes (pre-2025) or villages used in prose and figures' localities. */
  communes: string[];
  villages: string[];
  /** For a post-2025 commune: the district it took over. */
  former?: AgencyPlan;
  kinds: readonly DirectiveKind[];
}

export interface CampaignPlan {
  idx: number;
  id: string;
  name: string;
  scope: CampaignScope;
  kind: CampaignKind;
  from: string;
  fromDay: number;
  to?: string;
  toDay: number | null;
  parent?: number;
  owner?: AgencyPlan;
  launcher?: number;
  theme: string;
  fields: FieldText[];
}

type DirectiveRole = 'launch' | 'award' | 'report' | 'random' | 'draft';

export interface DirectivePlan {
  idx: number;
  role: DirectiveRole;
  kind: DirectiveKind;
  issuer: AgencyPlan;
  day: number;
  /** Issued with the day left blank ('YYYY-MM'). */
  partial: boolean;
  unnumbered: boolean;
  draft: boolean;
  cvUnit: string;
  number: string | null;
  id: string;
  issued: string;
  subject: string;
  title: string;
  campaigns: { idx: number; relation: CampaignRelation }[];
  cites: number[];
  externals: ExternalDoc[];
  fields: FieldText[];
  figures: number[];
  result?: number;
  theme?: string;
  variant: number;
}

export interface FigurePlan {
  idx: number;
  id: string;
  name: string;
  type: FigureType;
  female: boolean;
  unit?: string;
  locality: string;
  village: string;
  commune: string;
  award: Award;
  awardDetail?: string;
  decisionNumber: string | null;
  decisionDay: number;
  decisionPartial: boolean;
  directive?: number;
  issuer: AgencyPlan;
  campaigns: number[];
  draft: boolean;
}

export interface IndicatorPlan {
  name: string;
  unit: string;
  target: number;
  actual: number;
  percent?: number;
  decimals: number;
}

export interface ResultPlan {
  idx: number;
  id: string;
  title: string;
  kind: ResultKind;
  issuer: AgencyPlan;
  reportNumber: string | null;
  reportDay: number;
  asOf: string;
  campaigns: number[];
  directives: number[];
  indicators: IndicatorPlan[];
}

export interface CorpusPlan {
  seed: number;
  today: string;
  counts: CorpusCounts;
  agencies: AgencyPlan[];
  campaigns: CampaignPlan[];
  /** Published directives first (N of them), then the drafts. */
  directives: DirectivePlan[];
  figures: FigurePlan[];
  results: ResultPlan[];
}

// ---------------------------------------------------------------------------
// Agencies

function placeNames(rng: Rng, count: number, taken: Set<string>): string[] {
  const composed: string[] = [];
  for (const head of TXT.NAME_HEADS)
    for (const tail of TXT.NAME_TAILS)
      if (head !== tail && !TXT.REAL_PROVINCES.includes(`${head} ${tail}`)) composed.push(`${head} ${tail}`);
  const pool = [...TXT.DISTRICT_NAMES, ...rng.shuffle(composed)];
  for (const suffix of ['Thượng', 'Hạ', 'Trung']) for (const name of composed) pool.push(`${name} ${suffix}`);
  const out: string[] = [];
  for (const name of pool) {
    if (out.length === count) break;
    const key = slugify(name);
    if (taken.has(key)) continue;
    taken.add(key);
    out.push(name);
  }
  if (out.length < count) throw new RangeError(`not enough place names for ${count} localities`);
  return out;
}

function planAgencies(counts: CorpusCounts, rng: Rng, todayDay: number): AgencyPlan[] {
  const P = TXT.PROVINCE;
  const start = dayOf('2000-01-01');
  const end = todayDay + 36_500;
  const reform = dayOf(REFORM);
  const provinceSlug = slugify(P);
  const villagesFor = () => rng.sample(TXT.VILLAGE_NAMES, 8);
  const taken = new Set<string>([provinceSlug]);
  const districtNames = placeNames(rng, counts.districts, taken);
  const communeNames = placeNames(rng, counts.communes, taken);
  const communePool: string[] = [];
  for (const head of TXT.NAME_HEADS) {
    for (const tail of TXT.NAME_TAILS) {
      const name = `${head} ${tail}`;
      if (head !== tail && name !== P && !TXT.REAL_PROVINCES.includes(name)) communePool.push(name);
    }
  }

  const allKinds = DIRECTIVE_KINDS.filter((k) => k !== 'nghị quyết');
  const base = { parent: `ubnd-tinh-${provinceSlug}`, fromDay: start, toDay: end, communes: [] as string[], villages: [] as string[] };
  const ubndTinh: AgencyPlan = {
    id: `ubnd-tinh-${provinceSlug}`,
    name: `Ủy ban nhân dân tỉnh ${P}`,
    shortName: `UBND tỉnh ${P}`,
    level: 'tỉnh',
    role: 'ubnd-tinh',
    code: 'UBND',
    cvUnits: ['VP', 'NC', 'KT', 'VX'],
    prefix: 'tinh',
    place: P,
    L: P,
    LL: `tỉnh ${P}`,
    fromDay: start,
    toDay: end,
    communes: [],
    villages: [],
    kinds: allKinds.filter((k) => k !== 'hướng dẫn'),
  };
  const hdnd: AgencyPlan = {
    id: `hdnd-tinh-${provinceSlug}`,
    name: `Hội đồng nhân dân tỉnh ${P}`,
    shortName: `HĐND tỉnh ${P}`,
    level: 'tỉnh',
    role: 'hdnd-tinh',
    code: 'HĐND',
    cvUnits: ['VP'],
    prefix: 'hdnd-tinh',
    place: P,
    L: P,
    LL: `tỉnh ${P}`,
    fromDay: start,
    toDay: end,
    communes: [],
    villages: [],
    kinds: ['nghị quyết'],
  };
  const snv: AgencyPlan = {
    ...base,
    id: `so-noi-vu-tinh-${provinceSlug}`,
    name: `Sở Nội vụ tỉnh ${P}`,
    shortName: `Sở Nội vụ ${P}`,
    level: 'cơ quan',
    role: 'snv',
    code: 'SNV',
    cvUnits: ['TĐKT', 'VP', 'XDCQ'],
    prefix: 'so-noi-vu',
    place: P,
    L: 'Sở Nội vụ',
    LL: `Sở Nội vụ tỉnh ${P}`,
    kinds: ['phát động', 'kế hoạch', 'quyết định', 'hướng dẫn', 'thông báo', 'báo cáo', 'công văn'],
  };
  const sgd: AgencyPlan = {
    ...base,
    id: `so-giao-duc-va-dao-tao-tinh-${provinceSlug}`,
    name: `Sở Giáo dục và Đào tạo tỉnh ${P}`,
    shortName: `Sở GDĐT ${P}`,
    level: 'cơ quan',
    role: 'sgd',
    code: 'SGDĐT',
    cvUnits: ['VP', 'GDPT', 'TCCB'],
    prefix: 'so-gddt',
    place: P,
    L: `Ngành Giáo dục ${P}`,
    LL: `ngành Giáo dục tỉnh ${P}`,
    kinds: ['phát động', 'kế hoạch', 'quyết định', 'hướng dẫn', 'thông báo', 'báo cáo', 'công văn'],
  };
  const hdtdkt: AgencyPlan = {
    ...base,
    id: `hoi-dong-thi-dua-khen-thuong-tinh-${provinceSlug}`,
    name: `Hội đồng Thi đua - Khen thưởng tỉnh ${P}`,
    shortName: `HĐTĐKT tỉnh ${P}`,
    level: 'cơ quan',
    role: 'hdtdkt',
    code: 'HĐTĐKT',
    cvUnits: ['TT'],
    prefix: 'hdtdkt',
    place: P,
    L: P,
    LL: `tỉnh ${P}`,
    kinds: ['phát động', 'kế hoạch', 'hướng dẫn', 'thông báo', 'báo cáo', 'công văn'],
  };
  const out: AgencyPlan[] = [ubndTinh, hdnd, hdtdkt, snv, sgd];

  const districts: AgencyPlan[] = districtNames.map((name) => {
    const slug = slugify(name);
    return {
      id: `ubnd-huyen-${slug}`,
      name: `Ủy ban nhân dân huyện ${name}`,
      shortName: `UBND huyện ${name}`,
      level: 'huyện',
      parent: ubndTinh.id,
      activeTo: REFORM,
      role: 'huyen',
      code: 'UBND',
      cvUnits: ['VP', 'NV', 'TCKH', 'VHTT'],
      prefix: slug,
      place: name,
      L: name,
      LL: `huyện ${name}`,
      fromDay: start,
      toDay: reform,
      communes: rng.sample(communePool, 10),
      villages: villagesFor(),
      kinds: allKinds,
    };
  });
  const communes: AgencyPlan[] = communeNames.map((name, i) => {
    const slug = slugify(name);
    const ward = i % 3 === 2;
    const lvl = ward ? 'phường' : 'xã';
    return {
      id: `ubnd-${ward ? 'phuong' : 'xa'}-${slug}`,
      name: `Ủy ban nhân dân ${lvl} ${name}`,
      shortName: `UBND ${lvl} ${name}`,
      level: 'xã',
      parent: ubndTinh.id,
      activeFrom: REFORM,
      role: 'xa',
      code: 'UBND',
      cvUnits: ['VP', 'VHXH', 'KT'],
      prefix: slug,
      place: name,
      L: name,
      LL: `${lvl} ${name}`,
      fromDay: reform,
      toDay: end,
      communes: [],
      villages: villagesFor(),
      former: districts[i % districts.length]!,
      kinds: allKinds,
    };
  });
  return [...out, ...districts, ...communes];
}

// ---------------------------------------------------------------------------
// People

function personName(rng: Rng, female: boolean): string {
  const middle = rng.pick(female ? TXT.FEMALE_MIDDLE : TXT.MALE_MIDDLE);
  const given = rng.pick(female ? TXT.FEMALE_GIVEN : TXT.MALE_GIVEN);
  return `${rng.pick(TXT.SURNAMES)} ${middle} ${given}`;
}

/** Heads and deputies of an agency for a term: stable, so a name recurs across its documents. */
function leaders(seed: number, agency: AgencyPlan, day: number): { head: string; deputies: string[]; office: string } {
  const term = day < dayOf('2021-07-01') ? 1 : day < dayOf(REFORM) ? 2 : 3;
  const rng = Rng.of(seed, 'leaders', agency.id, term);
  return {
    head: personName(rng, rng.chance(0.2)),
    deputies: [personName(rng, rng.chance(0.3)), personName(rng, rng.chance(0.3)), personName(rng, rng.chance(0.3))],
    office: personName(rng, rng.chance(0.4)),
  };
}

// ---------------------------------------------------------------------------
// The voice of an issuer: how its documents name themselves and their people

interface Voice {
  area: string;
  areaFull: string;
  body: string;
  bodyS: string;
  head: string;
  headS: string;
  subs: string;
  standing: string;
  council: string;
  media: string;
  depts: readonly string[];
  orgs: readonly string[];
  people: string;
  congress: string;
  period5: string;
  subUnits: readonly string[];
}

function congressOf(agency: AgencyPlan, day: number): string {
  const y = yearOfDay(day);
  if (agency.role === 'xa') return `Đại hội đại biểu Đảng bộ ${agency.LL} lần thứ I, nhiệm kỳ 2025 - 2030`;
  if (agency.role === 'huyen') {
    return y <= 2020
      ? `Đại hội đại biểu Đảng bộ huyện lần thứ XX, nhiệm kỳ 2015 - 2020`
      : `Đại hội đại biểu Đảng bộ huyện lần thứ XXI, nhiệm kỳ 2020 - 2025`;
  }
  if (day >= dayOf('2025-10-15')) return `Đại hội đại biểu Đảng bộ tỉnh lần thứ XX, nhiệm kỳ 2025 - 2030`;
  return y <= 2020
    ? `Đại hội đại biểu Đảng bộ tỉnh lần thứ XVIII, nhiệm kỳ 2015 - 2020`
    : `Đại hội đại biểu Đảng bộ tỉnh lần thứ XIX, nhiệm kỳ 2020 - 2025`;
}

function voiceOf(agency: AgencyPlan, day: number): Voice {
  const P = TXT.PROVINCE;
  const y = yearOfDay(day);
  const period5 = y <= 2020 ? 'giai đoạn 2016 - 2020' : y <= 2025 ? 'giai đoạn 2021 - 2025' : 'giai đoạn 2026 - 2030';
  const afterReform = day >= dayOf(REFORM);
  const afterMerge = day >= dayOf('2025-03-01');
  const congress = congressOf(agency, day);
  switch (agency.role) {
    case 'huyen':
      return {
        area: 'huyện',
        areaFull: agency.LL,
        body: 'Ủy ban nhân dân huyện',
        bodyS: 'UBND huyện',
        head: 'Chủ tịch Ủy ban nhân dân huyện',
        headS: 'Chủ tịch UBND huyện',
        subs: 'các cơ quan, đơn vị thuộc huyện; Ủy ban nhân dân các xã, thị trấn',
        standing: 'Phòng Nội vụ',
        council: 'Hội đồng Thi đua - Khen thưởng huyện',
        media: 'Trung tâm Văn hóa, Thông tin và Thể thao huyện',
        depts: [
          'Phòng Tài chính - Kế hoạch',
          'Phòng Nông nghiệp và Phát triển nông thôn',
          'Phòng Văn hóa và Thông tin',
          'Phòng Giáo dục và Đào tạo',
          'Phòng Lao động - Thương binh và Xã hội',
          'Phòng Tài nguyên và Môi trường',
          'Phòng Kinh tế và Hạ tầng',
          'Phòng Tư pháp',
          'Văn phòng HĐND và UBND huyện',
          'Phòng Y tế',
          'Công an huyện',
          'Ban Chỉ huy Quân sự huyện',
        ],
        orgs: [
          'Ủy ban Mặt trận Tổ quốc Việt Nam huyện',
          'Hội Liên hiệp Phụ nữ huyện',
          'Huyện đoàn',
          'Hội Nông dân huyện',
          'Hội Cựu chiến binh huyện',
          'Liên đoàn Lao động huyện',
        ],
        people: 'cán bộ, đảng viên, công chức, viên chức, người lao động, lực lượng vũ trang và nhân dân các dân tộc trên địa bàn huyện',
        congress,
        period5,
        subUnits: agency.communes.map((c) => `xã ${c}`),
      };
    case 'xa': {
      const lvl = agency.LL.split(' ')[0]!;
      return {
        area: lvl,
        areaFull: agency.LL,
        body: `Ủy ban nhân dân ${lvl}`,
        bodyS: `UBND ${lvl}`,
        head: `Chủ tịch Ủy ban nhân dân ${lvl}`,
        headS: `Chủ tịch UBND ${lvl}`,
        subs: `các cơ quan, đơn vị thuộc ${lvl}; các thôn, tổ dân phố`,
        standing: 'Phòng Văn hóa - Xã hội',
        council: `Hội đồng Thi đua - Khen thưởng ${lvl}`,
        media: `Đài Truyền thanh ${lvl}`,
        depts: [
          `Văn phòng HĐND và UBND ${lvl}`,
          'Phòng Kinh tế',
          'Phòng Văn hóa - Xã hội',
          `Trung tâm Phục vụ hành chính công ${lvl}`,
          `Công an ${lvl}`,
          `Ban Chỉ huy Quân sự ${lvl}`,
          `Trạm Y tế ${lvl}`,
        ],
        orgs: [
          `Ủy ban Mặt trận Tổ quốc Việt Nam ${lvl}`,
          `Hội Liên hiệp Phụ nữ ${lvl}`,
          `Đoàn Thanh niên ${lvl}`,
          `Hội Nông dân ${lvl}`,
          `Hội Cựu chiến binh ${lvl}`,
        ],
        people: `cán bộ, đảng viên, công chức, người lao động, lực lượng vũ trang và nhân dân trên địa bàn ${lvl}`,
        congress,
        period5,
        subUnits: agency.villages.map((v) => `thôn ${v}`),
      };
    }
    case 'snv':
      return {
        area: 'ngành Nội vụ',
        areaFull: `ngành Nội vụ tỉnh ${P}`,
        body: 'Sở Nội vụ',
        bodyS: 'Sở Nội vụ',
        head: 'Giám đốc Sở Nội vụ',
        headS: 'Giám đốc Sở',
        subs: 'các phòng, đơn vị thuộc Sở',
        standing: 'Văn phòng Sở',
        council: 'Hội đồng Thi đua - Khen thưởng Sở',
        media: 'Trang thông tin điện tử của Sở',
        depts: [
          'Phòng Thi đua - Khen thưởng',
          'Phòng Xây dựng chính quyền',
          'Phòng Tổ chức, biên chế',
          'Phòng Công chức, viên chức',
          'Văn phòng Sở',
          'Thanh tra Sở',
          'Chi cục Văn thư - Lưu trữ',
        ],
        orgs: ['Công đoàn cơ sở Sở Nội vụ', 'Chi đoàn Sở Nội vụ'],
        people: 'công chức, viên chức, người lao động trong cơ quan',
        congress,
        period5,
        subUnits: ['Phòng Thi đua - Khen thưởng', 'Văn phòng Sở', 'Chi cục Văn thư - Lưu trữ'],
      };
    case 'sgd':
      return {
        area: 'ngành Giáo dục',
        areaFull: `ngành Giáo dục tỉnh ${P}`,
        body: 'Sở Giáo dục và Đào tạo',
        bodyS: 'Sở Giáo dục và Đào tạo',
        head: 'Giám đốc Sở Giáo dục và Đào tạo',
        headS: 'Giám đốc Sở',
        subs: 'các phòng chuyên môn thuộc Sở; các trường trung học phổ thông, trung tâm giáo dục thường xuyên',
        standing: 'Văn phòng Sở',
        council: 'Hội đồng Thi đua - Khen thưởng ngành Giáo dục',
        media: 'Trang thông tin điện tử ngành Giáo dục',
        depts: [
          'Phòng Giáo dục phổ thông',
          'Phòng Giáo dục mầm non',
          'Phòng Tổ chức cán bộ',
          'Phòng Kế hoạch - Tài chính',
          'Văn phòng Sở',
          'Phòng Khảo thí và Kiểm định chất lượng giáo dục',
        ],
        orgs: ['Công đoàn ngành Giáo dục', 'Đoàn Thanh niên Sở Giáo dục và Đào tạo'],
        people: 'cán bộ, nhà giáo, người lao động và học sinh toàn ngành',
        congress,
        period5,
        subUnits: ['Trường THPT Chuyên Bắc Lâm', 'Trường Phổ thông Dân tộc nội trú tỉnh', 'Trung tâm Giáo dục thường xuyên tỉnh'],
      };
    default: {
      const council = agency.role === 'hdtdkt';
      const hdnd = agency.role === 'hdnd-tinh';
      return {
        area: 'tỉnh',
        areaFull: `tỉnh ${P}`,
        body: council ? 'Hội đồng Thi đua - Khen thưởng tỉnh' : hdnd ? 'Hội đồng nhân dân tỉnh' : 'Ủy ban nhân dân tỉnh',
        bodyS: council ? 'Hội đồng Thi đua - Khen thưởng tỉnh' : hdnd ? 'HĐND tỉnh' : 'UBND tỉnh',
        head: council
          ? 'Chủ tịch Hội đồng Thi đua - Khen thưởng tỉnh'
          : hdnd
            ? 'Chủ tịch Hội đồng nhân dân tỉnh'
            : 'Chủ tịch Ủy ban nhân dân tỉnh',
        headS: council ? 'Chủ tịch Hội đồng' : hdnd ? 'Chủ tịch HĐND tỉnh' : 'Chủ tịch UBND tỉnh',
        subs: afterReform
          ? 'các sở, ban, ngành, đoàn thể tỉnh; Ủy ban nhân dân các xã, phường'
          : 'các sở, ban, ngành, đoàn thể tỉnh; Ủy ban nhân dân các huyện, thành phố',
        standing: 'Sở Nội vụ',
        council: 'Hội đồng Thi đua - Khen thưởng tỉnh',
        media: afterReform ? `Báo và Phát thanh, Truyền hình ${P}` : `Báo ${P}, Đài Phát thanh và Truyền hình tỉnh`,
        depts: [
          'Sở Tài chính',
          afterMerge ? 'Sở Nông nghiệp và Môi trường' : 'Sở Nông nghiệp và Phát triển nông thôn',
          'Sở Văn hóa, Thể thao và Du lịch',
          'Sở Giáo dục và Đào tạo',
          'Sở Y tế',
          'Sở Khoa học và Công nghệ',
          'Sở Công Thương',
          'Sở Xây dựng',
          afterMerge ? 'Sở Dân tộc và Tôn giáo' : 'Ban Dân tộc tỉnh',
          'Công an tỉnh',
          'Bộ Chỉ huy Quân sự tỉnh',
        ],
        orgs: [
          'Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh',
          'Liên đoàn Lao động tỉnh',
          'Hội Liên hiệp Phụ nữ tỉnh',
          'Tỉnh đoàn',
          'Hội Nông dân tỉnh',
          'Hội Cựu chiến binh tỉnh',
        ],
        people: 'cán bộ, đảng viên, công chức, viên chức, người lao động, lực lượng vũ trang và nhân dân các dân tộc trong tỉnh',
        congress,
        period5,
        subUnits: [],
      };
    }
  }
}

// ---------------------------------------------------------------------------
// Planning

const ROMAN_TINH: Record<number, string> = { 2020: 'XIX', 2025: 'XX' };

function fillSimple(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (m, key: string) => {
    const v = values[key];
    if (v === undefined) throw new Error(`slot ${m} has no value in "${template}"`);
    return String(v);
  });
}

function fieldsForTheme(theme: string): FieldText[] {
  const fields = TXT.FIELDS.filter((f) => f.themes.includes(theme));
  return fields.length > 0 ? fields : [TXT.FIELDS[0]!];
}

function formatNumber(kind: DirectiveKind, issuer: AgencyPlan, n: number, year: number, cvUnit: string): string {
  const seq = n < 10 ? pad2(n) : String(n);
  if (kind === 'nghị quyết') return `${seq}/${year}/NQ-${issuer.code}`;
  if (kind === 'công văn') return `${seq}/${issuer.code}-${cvUnit}`;
  return `${seq}/${TYPE_CODE[kind]}-${issuer.code}`;
}

interface NumberRequest {
  issuer: AgencyPlan;
  kind: DirectiveKind;
  day: number;
  order: number;
  cvUnit: string;
  assign: (n: string) => void;
}

/** Running numbers per issuer, rising through each year, never reused by the same issuer. */
function assignNumbers(requests: NumberRequest[], rng: Rng): void {
  const byIssuer = new Map<string, NumberRequest[]>();
  for (const r of requests) {
    const list = byIssuer.get(r.issuer.id) ?? [];
    list.push(r);
    byIssuer.set(r.issuer.id, list);
  }
  for (const list of byIssuer.values()) {
    list.sort((a, b) => a.day - b.day || a.order - b.order);
    const used = new Set<string>();
    const last = new Map<string, number>();
    for (const r of list) {
      const year = yearOfDay(r.day);
      const scale = r.issuer.role === 'xa' ? 0.3 : r.issuer.level === 'cơ quan' ? 0.5 : 1;
      const doy = r.day - dayOf(`${year}-01-01`);
      const counter = `${r.kind}|${year}`;
      let n = Math.max((last.get(counter) ?? 0) + 1, 1 + Math.floor((YEARLY_RATE[r.kind] * scale * doy) / 366) + rng.int(0, 2));
      let number = formatNumber(r.kind, r.issuer, n, year, r.cvUnit);
      while (used.has(documentNumberKey(number))) number = formatNumber(r.kind, r.issuer, ++n, year, r.cvUnit);
      used.add(documentNumberKey(number));
      last.set(counter, n);
      r.assign(number);
    }
  }
}

function uniqueId(base: string, taken: Set<string>, ...fallbacks: string[]): string {
  for (const candidate of [base, ...fallbacks]) {
    const id = slugify(candidate);
    if (id && !taken.has(id)) {
      taken.add(id);
      return id;
    }
  }
  for (let k = 2; ; k++) {
    const id = `${slugify(base)}-${k}`;
    if (!taken.has(id)) {
      taken.add(id);
      return id;
    }
  }
}

function validateOptions(options: CorpusOptions): { docs: number; seed: number; today: string } {
  const { docs, seed = DEFAULT_SEED, today = DEFAULT_TODAY } = options;
  if (!Number.isInteger(docs) || docs < 1 || docs > MAX_DOCS)
    throw new RangeError(`docs must be an integer in [1, ${MAX_DOCS}], got ${docs}`);
  if (!Number.isInteger(seed)) throw new RangeError(`seed must be an integer, got ${seed}`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(today) || isoOf(dayOf(today)) !== today || today < '2025-10-01') {
    throw new RangeError(`today must be a real date 'YYYY-MM-DD' on or after 2025-10-01 (communes exist from ${REFORM}), got ${today}`);
  }
  return { docs, seed, today };
}

export function planCorpus(options: CorpusOptions): CorpusPlan {
  const { docs, seed, today } = validateOptions(options);
  const counts = corpusCounts(docs);
  const rng = Rng.of(seed, 'plan', docs);
  const T0 = dayOf('2016-01-01');
  const TEND = dayOf(today);
  const REF = dayOf(REFORM);

  const agencies = planAgencies(counts, Rng.of(seed, 'agencies', docs), TEND);
  const ubndTinh = agencies[0]!;
  const hdnd = agencies[1]!;
  const provincialBodies = agencies.filter((a) => a.level === 'cơ quan');
  const districts = agencies.filter((a) => a.role === 'huyen');
  const communes = agencies.filter((a) => a.role === 'xa');

  // --- campaigns -----------------------------------------------------------
  const campaigns: CampaignPlan[] = [];
  const campaignIds = new Set<string>();
  const nationalCount = Math.min(TXT.NATIONAL_CAMPAIGNS.length, Math.max(1, Math.round(counts.campaigns * 0.04)));
  for (const n of TXT.NATIONAL_CAMPAIGNS.slice(0, nationalCount)) {
    campaigns.push({
      idx: campaigns.length,
      id: uniqueId(n.name, campaignIds),
      name: n.name,
      scope: 'toàn quốc',
      kind: n.kind,
      from: n.from,
      fromDay: dayOf(n.from),
      ...(n.to ? { to: n.to } : {}),
      toDay: n.to ? dayOf(n.to) : null,
      theme: n.theme,
      fields: fieldsForTheme(n.theme),
    });
  }
  const local = counts.campaigns - nationalCount;
  const scopeWeights: [CampaignPlan['scope'], number][] = [
    ['tỉnh', 0.15],
    ['huyện', 0.55],
    ['cơ quan', 0.18],
    ['xã', 0.12],
  ];
  const quotas = scopeWeights.map(([, w]) => Math.floor(local * w));
  for (let i = 0, rest = local - quotas.reduce((a, b) => a + b, 0); rest > 0; i = (i + 1) % quotas.length, rest--) quotas[i]!++;
  const scopes: CampaignPlan['scope'][] = scopeWeights.flatMap(([scope], i) => Array<CampaignPlan['scope']>(quotas[i]!).fill(scope));
  const ownerCursor = new Map<string, number>();
  for (const scope of scopes) {
    const pool =
      scope === 'tỉnh'
        ? [ubndTinh]
        : scope === 'huyện'
          ? districts
          : scope === 'xã'
            ? communes
            : provincialBodies.filter((a) => a.role !== 'hdtdkt');
    const k = ownerCursor.get(scope) ?? 0;
    ownerCursor.set(scope, k + 1);
    const owner = pool[k % pool.length]!;
    const lo = Math.max(T0, owner.fromDay);
    const hi = Math.min(TEND - 30, owner.toDay - 60);
    const templates = TXT.LOCAL_CAMPAIGNS.filter((t) => t.scopes.includes(scope) && (owner.role === 'sgd' || !t.name.includes('Giáo dục')));
    let made: CampaignPlan | null = null;
    for (let attempt = 0; attempt < 40 && !made; attempt++) {
      const t: LocalCampaignTemplate = attempt < 30 ? rng.pick(templates) : templates.find((x) => !x.after && !x.before)!;
      let tlo = Math.max(lo, t.after ? dayOf(t.after) : lo);
      let thi = Math.min(hi, t.before ? dayOf(t.before) : hi);
      if (t.theme === 'daihoi') {
        const windows: [string, string][] = [['2019-10-01', '2020-07-31']];
        if (scope !== 'huyện') windows.push(['2025-03-01', '2025-09-30']);
        const [a, b] = rng.pick(windows);
        tlo = Math.max(tlo, dayOf(a));
        thi = Math.min(thi, dayOf(b));
      }
      if (tlo > thi) continue;
      const fromDay = rng.int(tlo, thi);
      const Y = yearOfDay(fromDay);
      const span = t.span;
      const Y2 = Y + Math.max(1, Math.round(span / 12) - 1);
      const anniversary = rng.int(20, 80);
      const roman = scope === 'xã' ? 'I' : scope === 'tỉnh' || scope === 'cơ quan' ? (ROMAN_TINH[Y >= 2025 ? 2025 : 2020] ?? 'XIX') : 'XXI';
      let name = fillSimple(t.name, { L: owner.L, LL: owner.LL, Y, Y2, Y0: Y - anniversary, n: anniversary, roman, P: TXT.PROVINCE });
      if (campaignIds.has(slugify(name))) {
        if (attempt < 30) continue;
        name = `${name} (đợt ${attempt - 28})`;
        if (campaignIds.has(slugify(name))) continue;
      }
      const id = slugify(name);
      let toDay: number | null = null;
      if (span > 0) {
        toDay = /giai đoạn|năm học/.test(t.name)
          ? dayOf(`${Y2}-12-31`)
          : /năm \{Y\}/.test(t.name)
            ? dayOf(`${Y}-12-31`)
            : addMonths(fromDay, span);
        if (toDay < fromDay) toDay = addMonths(fromDay, span);
      }
      if (owner.role === 'huyen' && (toDay === null || toDay >= owner.toDay)) toDay = owner.toDay - 1;
      campaignIds.add(id);
      made = {
        idx: campaigns.length,
        id,
        name,
        scope,
        kind: toDay === null ? 'thường xuyên' : t.kind,
        from: isoOf(fromDay),
        fromDay,
        ...(toDay !== null ? { to: isoOf(toDay) } : {}),
        toDay,
        owner,
        theme: t.theme,
        fields: fieldsForTheme(t.theme),
      };
    }
    if (!made) continue; // an owner with no room for one more campaign: the count drops by one
    // Parent: the province's campaign on the same theme, else the national one.
    const parent =
      campaigns.find((c) => c.scope === 'tỉnh' && c.theme === made.theme && c.fromDay <= made.fromDay && c !== made && scope !== 'tỉnh') ??
      campaigns.find((c) => c.scope === 'toàn quốc' && c.theme === made.theme);
    if (parent) made.parent = parent.idx;
    campaigns.push(made);
  }
  const nationalAndProvince = campaigns.filter((c) => c.scope === 'toàn quốc' || c.scope === 'tỉnh');
  const campaignsByOwner = new Map<string, CampaignPlan[]>();
  for (const c of campaigns) {
    if (!c.owner) continue;
    const list = campaignsByOwner.get(c.owner.id) ?? [];
    list.push(c);
    campaignsByOwner.set(c.owner.id, list);
  }

  // --- directives: launchers, award decisions, reports, the rest ----------
  const directives: DirectivePlan[] = [];
  const blank = (partial: Partial<DirectivePlan> & Pick<DirectivePlan, 'role' | 'kind' | 'issuer' | 'day'>): DirectivePlan => {
    const d: DirectivePlan = {
      idx: directives.length,
      partial: false,
      unnumbered: false,
      draft: false,
      cvUnit: '',
      number: null,
      id: '',
      issued: '',
      subject: '',
      title: '',
      campaigns: [],
      cites: [],
      externals: [],
      fields: [],
      figures: [],
      variant: 0,
      ...partial,
    };
    d.cvUnit = rng.pick(d.issuer.cvUnits);
    directives.push(d);
    return d;
  };
  for (const c of campaigns) {
    if (!c.owner) continue;
    const kind = rng.weighted<DirectiveKind>([
      ['phát động', 7],
      ['chỉ thị', c.owner.kinds.includes('chỉ thị') ? 2 : 0],
      ['kế hoạch', 1],
    ]);
    const d = blank({ role: 'launch', kind, issuer: c.owner, day: c.fromDay });
    d.campaigns.push({ idx: c.idx, relation: 'phát động' });
    if (c.parent !== undefined) d.campaigns.push({ idx: c.parent, relation: 'thực hiện' });
    c.launcher = d.idx;
  }
  const launchers = directives.length;
  const spare = docs - launchers;

  /** An issuer and a day for a document about campaign c (awards, reports). */
  const issuerFor = (c: CampaignPlan): AgencyPlan => {
    if (c.owner) return c.owner;
    const pool = [ubndTinh, ...districts, ...communes].filter(
      (a) => a.toDay > Math.max(T0, c.fromDay) + 30 && a.fromDay <= (c.toDay ?? TEND),
    );
    return rng.pick(pool);
  };
  const dayWithin = (c: CampaignPlan, issuer: AgencyPlan, minAfter: number): number => {
    const lo = Math.max(T0, c.fromDay + minAfter, issuer.fromDay);
    const hi = Math.min(TEND, c.toDay === null ? TEND : c.toDay + 90, issuer.toDay - 1);
    if (lo <= hi) return rng.int(lo, hi);
    return Math.min(Math.max(c.fromDay, issuer.fromDay, T0), TEND, issuer.toDay - 1);
  };
  const pickCampaign = (): CampaignPlan => {
    const locals = campaigns.filter((c) => c.owner);
    return locals.length > 0 && rng.chance(0.85) ? rng.pick(locals) : rng.pick(campaigns);
  };

  // Figures linked to an archived award decision come in groups.
  const figures: FigurePlan[] = [];
  const maxAwards = Math.floor(spare / 3);
  let linkedLeft = Math.round(counts.figures * 0.5);
  const awardGroups: { d: DirectivePlan; campaign: CampaignPlan; size: number }[] = [];
  while (linkedLeft > 0 && awardGroups.length < maxAwards) {
    const size = Math.min(linkedLeft, rng.int(3, 8));
    const campaign = pickCampaign();
    const issuer = issuerFor(campaign);
    const day = dayWithin(campaign, issuer, 60);
    const d = blank({ role: 'award', kind: 'quyết định', issuer, day });
    d.campaigns.push({ idx: campaign.idx, relation: 'thực hiện' });
    awardGroups.push({ d, campaign, size });
    linkedLeft -= size;
  }

  // Results, each with its báo cáo in the archive when the budget allows.
  const results: ResultPlan[] = [];
  const maxReports = Math.floor(spare / 3);
  const resultIds = new Set<string>();
  const pendingResults: { campaign: CampaignPlan; issuer: AgencyPlan; day: number; kind: ResultPlan['kind']; d?: DirectivePlan }[] = [];
  for (let r = 0; r < counts.results; r++) {
    const campaign = pickCampaign();
    const issuer = issuerFor(campaign);
    let kind: ResultPlan['kind'];
    let day: number;
    if (campaign.toDay !== null && campaign.toDay + 20 <= Math.min(TEND, issuer.toDay - 1) && rng.chance(0.6)) {
      kind = 'tổng kết';
      day = rng.int(campaign.toDay + 5, Math.min(campaign.toDay + 75, TEND, issuer.toDay - 1));
    } else {
      kind = rng.chance(0.6) ? 'sơ kết' : 'báo cáo';
      day = dayWithin(campaign, issuer, 120);
    }
    const entry: (typeof pendingResults)[number] = { campaign, issuer, day, kind };
    if (r < maxReports) {
      entry.d = blank({ role: 'report', kind: 'báo cáo', issuer, day });
      entry.d.campaigns.push({ idx: campaign.idx, relation: 'thực hiện' });
      entry.d.result = r;
    }
    pendingResults.push(entry);
  }

  // The remaining published directives.
  const randomCount = docs - directives.length;
  const reformDay = REF;
  for (let i = 0; i < randomCount; i++) {
    const kind = i < DIRECTIVE_KINDS.length ? DIRECTIVE_KINDS[i]! : rng.weighted(KIND_WEIGHTS);
    let issuer: AgencyPlan;
    let day: number;
    if (kind === 'nghị quyết') {
      issuer = hdnd;
      day = rng.int(T0, TEND);
    } else {
      day = rng.int(T0, TEND);
      const before = day < reformDay;
      const level = rng.weighted<string>(
        before
          ? [
              ['local', 62],
              ['tinh', 16],
              ['body', 22],
            ]
          : [
              ['local', 55],
              ['tinh', 20],
              ['body', 25],
            ],
      );
      const bodies = provincialBodies.filter((a) => a.kinds.includes(kind));
      if (level === 'body' && bodies.length > 0) issuer = rng.pick(bodies);
      else if (level === 'local') issuer = rng.pick(before ? districts : communes);
      else issuer = ubndTinh;
      if (!issuer.kinds.includes(kind)) issuer = before ? rng.pick(districts) : rng.pick(communes);
    }
    const d = blank({ role: 'random', kind, issuer, day });
    d.partial = ['phát động', 'thông báo', 'kế hoạch'].includes(kind) && rng.chance(0.05);
    d.unnumbered = kind === 'phát động' && rng.chance(0.12);
  }

  // Drafts come last, dated around "today" by bodies that still exist then.
  for (let i = 0; i < counts.directiveDrafts; i++) {
    const issuer = i % 2 === 0 ? ubndTinh : rng.pick(communes);
    const day = rng.int(Math.max(TEND - 120, issuer.fromDay), TEND + 60);
    const d = blank({ role: 'draft', kind: rng.pick<DirectiveKind>(['kế hoạch', 'quyết định', 'phát động']), issuer, day });
    d.draft = true;
  }

  // --- campaigns, fields, citations of each directive ----------------------
  const visible = (issuer: AgencyPlan, day: number): CampaignPlan[] => {
    const active = (c: CampaignPlan) => c.fromDay <= day && (c.toDay === null || c.toDay >= day - 180);
    const own = (campaignsByOwner.get(issuer.id) ?? []).filter(active);
    const wide = nationalAndProvince.filter((c) => active(c) && c.owner !== issuer);
    return [...own, ...wide];
  };
  for (const d of directives) {
    const linked = new Set(d.campaigns.map((l) => l.idx));
    const pool = visible(d.issuer, d.day).filter((c) => !linked.has(c.idx));
    const want = d.role === 'random' || d.role === 'draft' ? rng.int(1, 3) : rng.int(0, 2);
    for (const c of pool
      .slice(0, 2)
      .concat(rng.sample(pool.slice(2), 3))
      .slice(0, want)) {
      d.campaigns.push({ idx: c.idx, relation: d.campaigns.length === 0 || rng.chance(0.5) ? 'thực hiện' : 'nhắc đến' });
    }
    if (d.campaigns.length === 0) {
      const fallback = campaigns.filter((c) => c.fromDay <= d.day);
      const c = fallback.length > 0 ? rng.pick(fallback) : campaigns[0]!;
      d.campaigns.push({ idx: c.idx, relation: 'nhắc đến' });
    }
    const themeFields = d.campaigns.flatMap((l) => campaigns[l.idx]!.fields);
    const extra = rng.sample(TXT.FIELDS, rng.int(1, 3));
    const fields: FieldText[] = [];
    for (const f of [...themeFields, ...extra, TXT.FIELDS.find((x) => x.label === 'Thi đua, khen thưởng')!])
      if (!fields.includes(f)) fields.push(f);
    d.fields = fields.slice(0, rng.int(3, 5));
    d.externals = rng.sample(
      TXT.EXTERNAL_DOCS.filter((e) => dayOf(e.from ?? e.date) <= d.day),
      rng.int(1, 3),
    );
    d.variant = rng.int(0, 99);
  }

  // --- numbers and ids ----------------------------------------------------
  const requests: NumberRequest[] = [];
  directives.forEach((d, order) => {
    if (d.unnumbered) return;
    requests.push({ issuer: d.issuer, kind: d.kind, day: d.day, order, cvUnit: d.cvUnit, assign: (n) => (d.number = n) });
  });
  // Decisions and reports outside the archive still take a number of their issuer.
  const phantomFigureNumbers: { issuer: AgencyPlan; day: number; number: string | null; campaign: CampaignPlan }[] = [];
  const phantomReportNumbers = new Map<number, string>();
  const phantom = (issuer: AgencyPlan, day: number, kind: DirectiveKind, assign: (n: string) => void) =>
    requests.push({ issuer, kind, day, order: directives.length + requests.length, cvUnit: '', assign });
  const unlinkedFigures = counts.figures - awardGroups.reduce((a, g) => a + g.size, 0) + counts.figureDrafts;
  for (let i = 0; i < unlinkedFigures; i++) {
    const campaign = pickCampaign();
    const issuer = issuerFor(campaign);
    const draft = i >= unlinkedFigures - counts.figureDrafts;
    const day = draft
      ? rng.int(Math.max(TEND - 90, issuer.fromDay), Math.min(TEND + 60, issuer.toDay - 1))
      : dayWithin(campaign, issuer, 30);
    const entry: (typeof phantomFigureNumbers)[number] = { issuer, day, number: null, campaign };
    phantomFigureNumbers.push(entry);
    if (rng.chance(0.9)) phantom(issuer, day, 'quyết định', (n) => (entry.number = n));
  }
  pendingResults.forEach((p, r) => {
    if (!p.d) phantom(p.issuer, p.day, 'báo cáo', (n) => phantomReportNumbers.set(r, n));
  });
  assignNumbers(requests, Rng.of(seed, 'numbers', docs));

  const directiveIds = new Set<string>();
  const byIssuer = new Map<string, DirectivePlan[]>();
  for (const d of directives) {
    const year = yearOfDay(d.day);
    const iso = isoOf(d.day);
    d.issued = d.partial ? iso.slice(0, 7) : iso;
    d.id = d.number
      ? uniqueId(`${d.issuer.prefix}-${d.number}-${year}`, directiveIds)
      : uniqueId(`${d.issuer.prefix}-phat-dong-thi-dua-${iso.slice(0, 7)}`, directiveIds);
    const list = byIssuer.get(d.issuer.id) ?? [];
    list.push(d);
    byIssuer.set(d.issuer.id, list);
  }
  for (const list of byIssuer.values()) list.sort((a, b) => a.day - b.day || a.idx - b.idx);
  const provincial = directives
    .filter((d) => d.issuer === ubndTinh || d.issuer.role === 'hdtdkt')
    .sort((a, b) => a.day - b.day || a.idx - b.idx);
  const citable = (d: DirectivePlan) => !d.draft && d.number !== null;
  const position = new Map<number, number>();
  for (const list of byIssuer.values()) list.forEach((d, i) => position.set(d.idx, i));
  for (const d of directives) {
    const own = byIssuer.get(d.issuer.id)!;
    const pos = position.get(d.idx)!;
    const earlier = own.slice(Math.max(0, pos - 40), pos).filter((e) => e.day < d.day && citable(e));
    const cites: DirectivePlan[] = rng.sample(earlier, rng.int(0, 2));
    if (d.issuer !== ubndTinh) {
      let lo = 0;
      let hi = provincial.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (provincial[mid]!.day < d.day) lo = mid + 1;
        else hi = mid;
      }
      const window = provincial.slice(Math.max(0, lo - 30), lo).filter(citable);
      if (window.length > 0 && rng.chance(0.7)) cites.push(rng.pick(window));
    }
    // A launcher cites the launcher of its parent campaign when the archive holds it.
    const launched = d.campaigns.find((l) => l.relation === 'phát động');
    const parentIdx = launched ? campaigns[launched.idx]!.parent : undefined;
    const parentLauncher = parentIdx !== undefined ? campaigns[parentIdx]!.launcher : undefined;
    if (parentLauncher !== undefined && directives[parentLauncher]!.day < d.day && citable(directives[parentLauncher]!))
      cites.unshift(directives[parentLauncher]!);
    d.cites = [...new Set(cites.map((c) => c.idx))];
  }

  // --- subjects and titles -------------------------------------------------
  for (const d of directives) {
    const w = new Writer(Rng.of(seed, 'title', d.idx), planContext(d, { campaigns, directives, agencies }, seed));
    const launched = d.campaigns.find((l) => l.relation === 'phát động');
    const first = campaigns[d.campaigns[0]!.idx]!;
    if (d.role === 'launch' && launched) {
      const c = campaigns[launched.idx]!;
      d.subject = d.kind === 'kế hoạch' ? `tổ chức phát động phong trào thi đua “${c.name}”` : `phát động phong trào thi đua “${c.name}”`;
    } else if (d.role === 'award') {
      d.subject = `khen thưởng các tập thể, cá nhân có thành tích xuất sắc trong phong trào thi đua “${first.name}”`;
    } else if (d.role === 'report') {
      const r = pendingResults[d.result!]!;
      d.subject = `${r.kind === 'tổng kết' ? 'tổng kết' : r.kind === 'sơ kết' ? 'sơ kết' : 'kết quả thực hiện'} phong trào thi đua “${first.name}”`;
    } else if (d.kind === 'quyết định') {
      d.subject =
        d.variant % 2 === 0
          ? `khen thưởng các tập thể, cá nhân có thành tích xuất sắc trong phong trào thi đua “${first.name}”`
          : `ban hành Quy chế thi đua, khen thưởng của ${d.issuer.role === 'xa' || d.issuer.role === 'huyen' || d.issuer.role === 'ubnd-tinh' ? d.issuer.LL : d.issuer.name.replace(` tỉnh ${TXT.PROVINCE}`, '')}`;
    } else {
      d.subject = w.fill(rng.pick(TXT.SUBJECTS[d.kind]));
      // A campaign still running is reviewed ("sơ kết"), not closed ("tổng kết").
      if (d.subject.includes('tổng kết phong trào') && (first.toDay === null || first.toDay > d.day))
        d.subject = d.subject.replace('tổng kết phong trào', 'sơ kết phong trào');
    }
    if (d.kind === 'chỉ thị' || d.kind === 'quyết định') d.title = `Về việc ${d.subject}`;
    else if (d.kind === 'công văn') d.title = `V/v ${d.subject}`;
    else if (d.kind === 'hướng dẫn') d.title = `Hướng dẫn ${d.subject}`;
    else if (d.kind === 'báo cáo' && !/^(sơ kết|tổng kết|kết quả)/.test(d.subject)) d.title = `Báo cáo ${d.subject}`;
    else d.title = capitalize(d.subject);
    if (d.kind === 'phát động' || d.kind === 'chỉ thị') {
      const slogans = d.day >= dayOf(REFORM) && d.issuer.role === 'xa' ? [...TXT.THEMES_NEW_GOVERNMENT, ...TXT.THEMES] : TXT.THEMES;
      d.theme = fillSimple(rng.pick(slogans), { Y: yearOfDay(d.day) });
    }
    if (d.draft) d.title = `(Dự thảo) ${d.title}`;
  }

  // --- figures ------------------------------------------------------------
  const figureIds = new Set<string>();
  const makeFigure = (issuer: AgencyPlan, day: number, campaign: CampaignPlan, frng: Rng, award: Award | null): FigurePlan => {
    const type = frng.weighted<FigurePlan['type']>([
      ['cá nhân', 6],
      ['tập thể', 3],
      ['hộ gia đình', issuer.level === 'cơ quan' ? 0 : 1],
    ]);
    const female = frng.chance(0.45);
    const before = day < dayOf(REFORM);
    const district = issuer.role === 'huyen' ? issuer : issuer.role === 'xa' ? issuer.former! : frng.pick(districts);
    const commune = issuer.role === 'xa' ? issuer : before ? null : frng.pick(communes);
    const communeName = commune ? commune.L : frng.pick(district.communes);
    const village = frng.pick(commune ? commune.villages : district.villages);
    const where = commune ? `${commune.LL}, tỉnh ${TXT.PROVINCE}` : `xã ${communeName}, ${district.LL}, tỉnh ${TXT.PROVINCE}`;
    const slots = { village, commune: communeName, dept: frng.pick(voiceOf(issuer, day).depts) };
    let name: string;
    let unit: string | undefined;
    let locality = where;
    if (type === 'cá nhân') {
      name = personName(frng, female);
      const roles = issuer.role === 'sgd' ? TXT.EDUCATION_ROLES : issuer.role === 'snv' ? TXT.OFFICE_ROLES : TXT.UNIT_ROLES;
      unit = fillSimple(frng.pick(roles), slots);
      locality = `thôn ${village}, ${where}`;
    } else if (type === 'hộ gia đình') {
      const head = personName(frng, false);
      name = frng.chance(0.5) ? `Hộ ông ${head}` : `Hộ ông ${head} và bà ${personName(frng, true)}`;
      locality = `thôn ${village}, ${where}`;
    } else {
      name = fillSimple(frng.pick(issuer.role === 'sgd' ? TXT.EDUCATION_COLLECTIVES : TXT.COLLECTIVES), slots);
    }
    const level = issuer.role === 'ubnd-tinh' ? 'tỉnh' : 'local';
    const chosen =
      award ??
      (type === 'hộ gia đình'
        ? frng.weighted<Award>([
            ['Gia đình văn hóa', 6],
            ['Giấy khen', 4],
          ])
        : type === 'tập thể'
          ? level === 'tỉnh'
            ? frng.weighted<Award>([
                ['Bằng khen', 6],
                ['Tập thể lao động xuất sắc', 3],
                ['Cờ thi đua bộ, ban, ngành, tỉnh', 1],
              ])
            : name.startsWith('Thôn')
              ? frng.weighted<Award>([
                  ['Thôn, tổ dân phố văn hóa', 6],
                  ['Giấy khen', 4],
                ])
              : frng.weighted<Award>([
                  ['Giấy khen', 6],
                  ['Tập thể lao động tiên tiến', 4],
                ])
          : level === 'tỉnh'
            ? frng.weighted<Award>([
                ['Bằng khen', 7],
                ['Chiến sĩ thi đua bộ, ban, ngành, tỉnh', 3],
              ])
            : frng.weighted<Award>([
                ['Giấy khen', 5],
                ['Lao động tiên tiến', 2],
                ['Chiến sĩ thi đua cơ sở', 2],
              ]));
    const v = voiceOf(issuer, day);
    const awardDetail =
      chosen === 'Giấy khen'
        ? issuer.level === 'cơ quan'
          ? `Giấy khen của Giám đốc ${issuer.name}`
          : `Giấy khen của ${v.headS} ${issuer.L}`
        : chosen === 'Bằng khen'
          ? `Bằng khen của Chủ tịch UBND tỉnh ${TXT.PROVINCE}`
          : frng.chance(0.6)
            ? `Danh hiệu “${chosen}” năm ${yearOfDay(day)}`
            : undefined;
    const id = uniqueId(name, figureIds, `${name} ${communeName}`, `${name} ${communeName} ${yearOfDay(day)}`);
    return {
      idx: figures.length,
      id,
      name,
      type,
      female,
      ...(unit ? { unit } : {}),
      locality,
      village,
      commune: communeName,
      award: chosen,
      ...(awardDetail ? { awardDetail } : {}),
      decisionNumber: null,
      decisionDay: day,
      decisionPartial: false,
      issuer,
      campaigns: [campaign.idx],
      draft: false,
    };
  };
  for (const g of awardGroups) {
    const award = g.d.issuer.role === 'ubnd-tinh' ? 'Bằng khen' : 'Giấy khen';
    for (let k = 0; k < g.size; k++) {
      const f = makeFigure(g.d.issuer, g.d.day, g.campaign, Rng.of(seed, 'figure', figures.length), award);
      f.decisionNumber = g.d.number;
      f.directive = g.d.idx;
      g.d.figures.push(f.idx);
      figures.push(f);
    }
  }
  phantomFigureNumbers.forEach((p, i) => {
    const frng = Rng.of(seed, 'figure', figures.length);
    const campaign = p.campaign;
    const f = makeFigure(p.issuer, p.day, campaign, frng, null);
    f.decisionNumber = p.number;
    f.decisionPartial = p.number === null && frng.chance(0.5);
    f.draft = i >= phantomFigureNumbers.length - counts.figureDrafts;
    if (!f.draft) {
      const more = visible(p.issuer, p.day).filter((c) => c.idx !== campaign.idx);
      if (more.length > 0 && frng.chance(0.4)) f.campaigns.push(frng.pick(more).idx);
    }
    figures.push(f);
  });

  // --- results -------------------------------------------------------------
  pendingResults.forEach((p, r) => {
    const rr = Rng.of(seed, 'result', r);
    const c = p.campaign;
    const y = yearOfDay(p.day);
    const title =
      p.kind === 'tổng kết'
        ? `Tổng kết phong trào thi đua “${c.name}”`
        : p.kind === 'sơ kết'
          ? `Sơ kết phong trào thi đua “${c.name}” đến năm ${y}`
          : `Kết quả thực hiện phong trào thi đua “${c.name}” năm ${y}`;
    const asOfDay = p.kind === 'tổng kết' && c.toDay !== null ? Math.min(c.toDay, p.day) : p.day - rr.int(10, 40);
    const specs = rr.sample(TXT.INDICATORS, rr.int(2, 6));
    const indicators = specs.map((s) => makeIndicator(s, rr));
    const linked = [p.d?.idx, c.launcher].filter(
      (x): x is number => x !== undefined && !directives[x]!.draft && directives[x]!.day <= p.day,
    );
    const campaignsOf = [c.idx, ...(c.parent !== undefined && rr.chance(0.5) ? [c.parent] : [])];
    results.push({
      idx: r,
      id: uniqueId(`${p.kind} ${c.id} ${y}`, resultIds, `${p.kind} ${c.id} ${isoOf(p.day)}`),
      title,
      kind: p.kind,
      issuer: p.issuer,
      reportNumber: p.d ? p.d.number : (phantomReportNumbers.get(r) ?? null),
      reportDay: p.day,
      asOf: isoOf(Math.max(asOfDay, c.fromDay)).slice(0, 7),
      campaigns: campaignsOf,
      directives: [...new Set(linked)],
      indicators,
    });
  });

  return { seed, today, counts, agencies, campaigns, directives, figures, results };
}

function roundTo(x: number, decimals: number): number {
  const f = 10 ** decimals;
  return Math.round(x * f) / f;
}

function makeIndicator(spec: IndicatorSpec, rng: Rng): IndicatorPlan {
  const target = Math.max(spec.decimals === 0 ? 1 : 0.1, roundTo(spec.min + rng.next() * (spec.max - spec.min), spec.decimals));
  const ratio = spec.unit === '%' ? 0.88 + rng.next() * 0.2 : 0.6 + rng.next() * 0.8;
  const actual = Math.min(spec.unit === '%' ? 99.9 : Infinity, roundTo(target * ratio, spec.decimals));
  const out: IndicatorPlan = { name: spec.name, unit: spec.unit, target, actual, decimals: spec.decimals };
  if (rng.chance(0.85)) {
    const ratio = (actual / target) * 100;
    const percent = rng.chance(0.3) ? Math.round(ratio) : roundTo(ratio, 1);
    if (statedPercentIsConsistent(percent, actual, target)) out.percent = percent;
  }
  return out;
}

// ---------------------------------------------------------------------------
// Writing

interface DocContext {
  voice: Voice;
  day: number;
  year: number;
  camps: string[];
  theme?: string;
  fields: FieldText[];
  refs: string[];
  exts: string[];
  docKind: string;
  dateStyle: number;
  subUnits: readonly string[];
  villages: readonly string[];
  communes: readonly string[];
  periodFrom?: string;
  periodTo?: string;
}

function formatDay(day: number, style: number): string {
  const [y, m, d] = isoOf(day).split('-').map(Number);
  if (style === 0) return `${pad2(d!)}/${m}/${y}`;
  if (style === 1) return `${pad2(d!)}/${pad2(m!)}/${y}`;
  return `${pad2(d!)} tháng ${pad2(m!)} năm ${y}`;
}

function citeDirective(d: DirectivePlan, from: AgencyPlan, style: number): string {
  const when = d.partial ? `tháng ${Number(d.issued.slice(5, 7))}/${d.issued.slice(0, 4)}` : `ngày ${formatDay(d.day, style)}`;
  const who = d.issuer === from ? '' : ` của ${d.issuer.shortName}`;
  return `${KIND_LABEL[d.kind]} số ${d.number} ${when}${who} về ${lowerFirst(d.subject)}`;
}

/** "quy định …", "phê duyệt …" read without "về". */
function aboutClause(about: string): string {
  return /^(quy định|phê duyệt)/.test(about) ? about : `về ${about}`;
}

function citeExternal(e: ExternalDoc, style: number): string {
  const about = e.label.startsWith('Luật') ? '' : ` ${aboutClause(e.about)}`;
  return `${e.label} số ${e.number} ngày ${formatDay(dayOf(e.date), style)} của ${e.issuer}${about}`;
}

type PlanSoFar = Pick<CorpusPlan, 'campaigns' | 'directives' | 'agencies'>;

function planContext(d: DirectivePlan, plan: PlanSoFar, seed: number): DocContext {
  const { campaigns, directives } = plan;
  const voice = voiceOf(d.issuer, d.day);
  const pick = Rng.of(seed, 'style', d.idx);
  const style = pick.int(0, 2);
  const year = yearOfDay(d.day);
  // Provincial bodies speak of the districts (before the reform) or communes (after).
  const locals = plan.agencies.filter((a) => (d.day < dayOf(REFORM) ? a.role === 'huyen' : a.role === 'xa'));
  const local = pick.pick(locals.length > 0 ? locals : plan.agencies.filter((a) => a.role === 'huyen'));
  const district = local.role === 'huyen' ? local : local.former!;
  return {
    voice,
    day: d.day,
    year,
    camps: d.campaigns.map((l) => `“${campaigns[l.idx]!.name}”`),
    ...(d.theme ? { theme: d.theme } : {}),
    fields: d.fields.length > 0 ? d.fields : [TXT.FIELDS[0]!],
    refs: d.cites.map((i) => citeDirective(directives[i]!, d.issuer, style)),
    exts: d.externals.map((e) => citeExternal(e, style)),
    docKind: d.kind === 'phát động' ? 'nội dung phát động' : KIND_LABEL[d.kind],
    dateStyle: style,
    subUnits: voice.subUnits.length > 0 ? voice.subUnits : locals.map((a) => a.LL),
    villages: d.issuer.villages.length > 0 ? d.issuer.villages : local.villages,
    communes: d.issuer.communes.length > 0 ? d.issuer.communes : d.issuer.role === 'xa' ? [d.issuer.L] : district.communes,
  };
}

class Writer {
  readonly rng: Rng;
  readonly ctx: DocContext;
  readonly bags = new Map<readonly string[], Bag<string>>();
  readonly footnotes: string[] = [];
  tasks: string[] = [];
  campCursor = 0;
  refCursor = 0;
  extCursor = 0;

  constructor(rng: Rng, ctx: DocContext) {
    this.rng = rng;
    this.ctx = ctx;
  }

  draw<T extends string>(list: readonly T[]): T {
    let bag = this.bags.get(list);
    if (!bag) {
      bag = new Bag<string>(list, this.rng);
      this.bags.set(list, bag);
    }
    return bag.draw() as T;
  }

  /** A whole sentence: filled, and capitalised even when it opens with a slot. */
  say(list: readonly string[]): string {
    return capitalize(this.fill(this.draw(list)));
  }

  /** The next task sentence: the document's own fields first, then all others, without repeats. */
  task(): string {
    if (this.tasks.length === 0) {
      const own = this.ctx.fields.flatMap((f) => f.tasks);
      const others = TXT.FIELDS.filter((f) => !this.ctx.fields.includes(f)).flatMap((f) => f.tasks);
      this.tasks = [...this.rng.shuffle(others), ...this.rng.shuffle(own)];
    }
    return capitalize(this.fill(this.tasks.pop()!));
  }

  fill(template: string): string {
    return template.replace(/\{(\w+)\}/g, (_, key: string) => this.slot(key));
  }

  date(day: number): string {
    return formatDay(day, this.ctx.dateStyle);
  }

  canFootnote(): boolean {
    return this.footnotes.length < 3;
  }

  footnote(text: string): string {
    this.footnotes.push(text);
    return `[^${this.footnotes.length}]`;
  }

  /** A named national document, or a plain phrase if the document is dated after this one. */
  external(number: string, before: string): string {
    const e = TXT.EXTERNAL_DOCS.find((x) => x.number === number)!;
    return dayOf(e.from ?? e.date) <= this.ctx.day ? citeExternal(e, this.ctx.dateStyle) : before;
  }

  indicator(): string {
    const spec = this.rng.pick(TXT.INDICATORS);
    const value = roundTo(spec.min + this.rng.next() * (spec.max - spec.min), spec.decimals);
    const v = spec.unit === '%' ? `${vnNumber(value, spec.decimals)}%` : `${vnNumber(value, spec.decimals)} ${spec.unit}`;
    return spec.phrase.replace('{v}', v);
  }

  slot(key: string): string {
    const c = this.ctx;
    const v = c.voice;
    const r = this.rng;
    switch (key) {
      case 'L':
        return v.areaFull;
      case 'loc':
        return v.areaFull;
      case 'area':
        return v.area;
      case 'prov':
        return `tỉnh ${TXT.PROVINCE}`;
      case 'P':
        return TXT.PROVINCE;
      case 'body':
        return v.body;
      case 'bodyS':
        return v.bodyS;
      case 'head':
        return v.head;
      case 'headS':
        return v.headS;
      case 'subs':
        return v.subs;
      case 'standing':
        return v.standing;
      case 'council':
        return v.council;
      case 'media':
        return v.media;
      case 'dept':
        return r.pick(v.depts);
      case 'org':
        return r.pick(v.orgs);
      case 'people':
        return v.people;
      case 'congress':
        return v.congress;
      case 'period5':
        return v.period5;
      case 'Y':
        return String(c.year);
      case 'Y1':
        return String(c.year + 1);
      case 'Y4':
        return String(c.year + 4);
      case 'Yp':
        return String(c.year - 1);
      case 'yearRole':
        return r.pick(TXT.YEAR_ROLES);
      case 'quarter':
        return r.pick(['I', 'II', 'III', 'IV']);
      case 'midMonth':
        return String(r.int(6, 7));
      case 'camp':
        return c.camps[this.campCursor++ % c.camps.length]!;
      case 'theme':
        return `“${c.theme ?? r.pick(TXT.THEMES).replace('{Y}', String(c.year))}”`;
      case 'ref':
        return c.refs.length > 0 ? c.refs[this.refCursor++ % c.refs.length]! : this.slot('ext');
      case 'ct34':
        return this.external('34-CT/TW', 'các chủ trương của Đảng về thi đua, khen thưởng');
      case 'ct05':
        return this.external('05-CT/TW', 'các chỉ thị của Bộ Chính trị về học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh');
      case 'qd1719':
        return this.external('1719/QĐ-TTg', 'các chính sách dân tộc của Đảng và Nhà nước');
      case 'areaFull':
        return v.areaFull;
      case 'pctMid':
        return `${vnNumber(roundTo(30 + r.next() * 35, 1), 1)}%`;
      case 'ext':
        return c.exts.length > 0 ? c.exts[this.extCursor++ % c.exts.length]! : citeExternal(TXT.EXTERNAL_DOCS[0]!, c.dateStyle);
      case 'ind':
      case 'ind2':
        return this.indicator();
      case 'pct':
        return `${vnNumber(roundTo(80 + r.next() * 45, 1), 1)}%`;
      case 'pctHi':
        return `${vnNumber(roundTo(90 + r.next() * 9.9, 1), 1)}%`;
      case 'pctLow':
        return `${vnNumber(roundTo(1 + r.next() * 25, 1), 1)}%`;
      case 'num':
        return pad2(r.int(2, 35));
      case 'num2':
        return pad2(r.int(2, 12));
      case 'num3':
        return vnNumber(r.int(40, 2400));
      case 'n':
        return String(r.int(2, 9));
      case 'money':
        return `${vnNumber(r.int(120, 98_000) * 1000)} triệu đồng`;
      case 'm2':
        return `${vnNumber(r.int(8, 450) * 100)} m²`;
      case 'crit':
        return String(r.int(15, 19));
      case 'field':
        return r.pick(c.fields).phrase;
      case 'shortfall':
        return r.pick(c.fields).shortfalls.join(', ');
      case 'date':
        return this.date(c.day - r.int(3, 40));
      case 'dl':
        return this.date(c.day + r.int(10, 60));
      case 'from':
        return c.periodFrom ?? this.date(c.day);
      case 'to':
        return c.periodTo ?? this.date(dayOf(`${c.year}-12-31`));
      case 'docKind':
        return c.docKind;
      case 'docKindLower':
        return lowerFirst(c.docKind);
      case 'sub':
        return r.pick(c.subUnits);
      case 'village':
        return r.pick(c.villages);
      case 'commune':
        return r.pick(c.communes);
      case 'meeting':
        return this.fill(r.pick(TXT.MEETINGS));
      default:
        throw new Error(`unknown slot {${key}}`);
    }
  }
}

/** A document growing towards a byte target: fixed parts, one growing part. */
class Body {
  readonly blocks: string[] = [];
  bytes = 0;

  add(...blocks: string[]): void {
    for (const b of blocks) {
      this.blocks.push(b);
      this.bytes += Buffer.byteLength(b) + 2;
    }
  }
}

function heading(w: Writer, roman: string, text: string): string {
  const style = w.ctx.dateStyle; // one heading style per document
  if (style === 2 && w.rng.chance(0.5)) return `### ${roman}. ${text}`;
  return w.rng.chance(0.12) ? `## **${roman}. ${text}**` : `## ${roman}. ${text}`;
}

const ROMANS = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X'];

function sentences(w: Writer, list: readonly string[], n: number): string {
  const out: string[] = [];
  for (let i = 0; i < n; i++) out.push(w.say(list));
  return out.join(' ');
}

function stripEnd(s: string): string {
  return s.replace(/[.;:]+$/, '');
}

function targetBullets(targets: { indicator: string; value: number; unit: string; decimals: number }[]): string {
  return targets
    .map((t) => `- ${t.indicator}: ${t.unit === '%' ? `${vnNumber(t.value, t.decimals)}%` : `${vnNumber(t.value, t.decimals)} ${t.unit}`}.`)
    .join('\n');
}

/** A report's table of targets against results, as reports print it. */
function resultsTable(rows: string[][]): string {
  return table(['STT', 'Chỉ tiêu', 'Đơn vị tính', 'Kế hoạch', 'Thực hiện', 'Tỷ lệ (%)'], rows, [
    '---:',
    '---',
    '---',
    '---:',
    '---:',
    '---:',
  ]);
}

function table(header: string[], rows: string[][], align?: string[]): string {
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return [line(header), line(align ?? header.map(() => '---')), ...rows.map(line)].join('\n');
}

function pickTargets(w: Writer, n: number) {
  return w.rng.sample(TXT.INDICATORS, n).map((s) => ({
    indicator: s.name,
    value: roundTo(s.min + w.rng.next() * (s.max - s.min), s.decimals),
    unit: s.unit,
    decimals: s.decimals,
  }));
}

/** A numbered content item: a field task and its elaborations; sometimes a list or a), b). */
function contentItem(w: Writer, k: number, footnoteChance: number): string {
  const field = w.rng.pick(w.ctx.fields);
  let lead = w.task();
  if (footnoteChance > 0 && w.canFootnote() && w.rng.chance(footnoteChance))
    lead = lead.replace(/([.;])$/, `${w.footnote(footnoteText(w))}$1`);
  const n = w.rng.int(0, 2);
  const parts = [n > 0 ? `${k}. ${lead} ${sentences(w, TXT.ELABORATIONS, n)}` : `${k}. ${lead}`];
  const roll = w.rng.next();
  if (roll < 0.12) {
    parts.push(`Phấn đấu đến hết năm ${w.ctx.year} đạt một số chỉ tiêu chủ yếu sau:`);
    parts.push(targetBullets(pickTargets(w, w.rng.int(2, 5))));
  } else if (roll < 0.24) {
    const letters = ['a', 'b', 'c', 'd', 'đ', 'e'];
    const n = w.rng.int(2, 4);
    for (let i = 0; i < n; i++) parts.push(`${letters[i]}) ${w.say(TXT.SUBITEMS)}`);
  } else if (roll < 0.32) {
    parts.push(`Kết quả năm ${w.ctx.year - 1}: ${lowerFirst(w.say(field.results))}`);
  }
  return parts.join('\n\n');
}

function footnoteText(w: Writer): string {
  const c = w.ctx;
  const options = [
    () => `Theo ${w.slot('ref')}.`,
    () => `Số liệu do ${w.slot('dept')} tổng hợp đến ngày ${w.slot('date')}.`,
    () => `${capitalize(w.slot('ext'))}.`,
    () =>
      `Gồm các chỉ tiêu: ${w.rng
        .sample(TXT.INDICATORS, 3)
        .map((i) => lowerFirst(i.name))
        .join('; ')}.`,
    () => `Số liệu ước thực hiện đến hết tháng ${w.rng.int(6, 11)} năm ${c.year}, có thể điều chỉnh khi có số liệu chính thức.`,
  ];
  return w.rng.pick(options)();
}

function preamble(w: Writer, body: Body, withFootnote: boolean, announce: boolean): void {
  const ctx1 = sentences(w, TXT.PREAMBLE_CONTEXT, w.rng.int(2, 3));
  body.add(withFootnote ? ctx1.replace(/\.$/, `${w.footnote(footnoteText(w))}.`) : ctx1);
  if (w.rng.chance(0.6)) body.add(sentences(w, TXT.PREAMBLE_CONTEXT, w.rng.int(2, 3)));
  if (announce) body.add(`${w.say(TXT.PREAMBLE_PURPOSE)} ${w.say(TXT.ANNOUNCE)}`);
}

interface BuildResult {
  body: string;
  targets: { indicator: string; value: number; unit: string; decimals: number }[];
}

function blocksBytes(blocks: readonly string[]): number {
  return blocks.reduce((a, b) => a + Buffer.byteLength(b) + 2, 0);
}

function notesBytes(w: Writer): number {
  return blocksBytes(w.footnotes.map((t, i) => `[^${i + 1}]: ${t}`));
}

/**
 * Grows `body` with items until body + tail + footnotes reach the byte
 * target, never past the maximum (an item that would overflow is dropped,
 * with any footnote it added).
 */
function grow(w: Writer, body: Body, tail: readonly string[], target: number, next: (k: number) => string): void {
  const fixed = blocksBytes(tail) + 1;
  for (let k = 1; ; k++) {
    const notes = w.footnotes.length;
    const item = next(k);
    const size = Buffer.byteLength(item) + 2;
    if (body.bytes + fixed + notesBytes(w) + size > DIRECTIVE_BODY_BYTES.max - 100) {
      w.footnotes.length = notes;
      return;
    }
    body.blocks.push(item);
    body.bytes += size;
    if (body.bytes + fixed + notesBytes(w) >= target) return;
  }
}

function finish(w: Writer, body: Body, tail: string[]): string {
  const notes = w.footnotes.map((t, i) => `[^${i + 1}]: ${t}`);
  return [...body.blocks, ...tail, ...notes].join('\n\n') + '\n';
}

function responsibilities(w: Writer, n: number): string {
  const items: string[] = [];
  for (let i = 1; i <= n; i++) items.push(`${i}. ${w.say(TXT.RESPONSIBILITIES)}`);
  return items.join('\n\n');
}

function buildDirectiveBody(d: DirectivePlan, plan: CorpusPlan, w: Writer): BuildResult {
  const r = w.rng;
  const target = r.int(DIRECTIVE_BODY_BYTES.min + 200, DIRECTIVE_BODY_BYTES.max - 1000);
  const withTable = r.chance(0.38);
  const withNotes = r.chance(0.62);
  const noteChance = withNotes ? 0.08 : 0;
  const body = new Body();
  let targets: BuildResult['targets'] = [];
  const c = w.ctx;

  switch (d.kind) {
    case 'chỉ thị':
    case 'phát động': {
      preamble(w, body, withNotes, true);
      body.add(heading(w, 'I', 'MỤC TIÊU'), sentences(w, TXT.GOALS, r.int(3, 5)));
      body.add(heading(w, 'II', 'NỘI DUNG THI ĐUA'));
      if (r.chance(0.6)) {
        targets = pickTargets(w, r.int(2, 4));
        body.add(`Phấn đấu hoàn thành và hoàn thành vượt mức các chỉ tiêu chủ yếu năm ${c.year}, trong đó:`, targetBullets(targets));
      }
      if (withTable) {
        const rows = pickTargets(w, r.int(4, 7)).map((t, i) => [
          String(i + 1),
          t.indicator,
          t.unit,
          vnNumber(t.value * (0.85 + r.next() * 0.1), t.decimals),
          vnNumber(t.value, t.decimals),
        ]);
        body.add(
          `Một số chỉ tiêu chủ yếu năm ${c.year}:`,
          table(['STT', 'Chỉ tiêu', 'Đơn vị tính', `Thực hiện năm ${c.year - 1}`, `Kế hoạch năm ${c.year}`], rows, [
            '---:',
            '---',
            '---',
            '---:',
            '---:',
          ]),
        );
      }
      const tail: string[] = [];
      let n = 3;
      tail.push(heading(w, ROMANS[n - 1]!, 'THỜI GIAN THI ĐUA'), sentences(w, TXT.TIME_SENTENCES, 2));
      if (r.chance(0.6)) tail.push(heading(w, ROMANS[n++]!, 'KHEN THƯỞNG'), sentences(w, TXT.AWARD_SENTENCES, r.int(2, 3)));
      tail.push(heading(w, ROMANS[n]!, 'TỔ CHỨC THỰC HIỆN'), responsibilities(w, r.int(3, 5)), w.say(TXT.CLOSINGS));
      grow(w, body, tail, target, (k) => contentItem(w, k, noteChance));
      return { body: finish(w, body, tail), targets };
    }
    case 'kế hoạch': {
      body.add(`${w.say(TXT.PREAMBLE_PURPOSE)} ${c.voice.bodyS} ban hành Kế hoạch ${lowerFirst(stripEnd(d.subject))}, cụ thể như sau:`);
      if (withNotes) body.add(sentences(w, TXT.PREAMBLE_CONTEXT, 2).replace(/\.$/, `${w.footnote(footnoteText(w))}.`));
      body.add(
        heading(w, 'I', 'MỤC ĐÍCH, YÊU CẦU'),
        '1. Mục đích',
        w.rng
          .sample(TXT.GOALS, 3)
          .map((g) => `- ${w.fill(g)}`)
          .join('\n'),
      );
      body.add(
        '2. Yêu cầu',
        w.rng
          .sample(TXT.ELABORATIONS, 3)
          .map((g) => `- ${w.fill(g)}`)
          .join('\n'),
      );
      body.add(heading(w, 'II', 'NỘI DUNG, CHỈ TIÊU THI ĐUA'));
      if (r.chance(0.5)) {
        targets = pickTargets(w, r.int(2, 4));
        body.add('Các chỉ tiêu thi đua chủ yếu:', targetBullets(targets));
      }
      const tail: string[] = [
        heading(w, 'III', 'ĐỐI TƯỢNG, THỜI GIAN THI ĐUA'),
        `Đối tượng thi đua: ${c.voice.subs}; ${c.voice.people}.`,
        w.say(TXT.TIME_SENTENCES),
      ];
      tail.push(heading(w, 'IV', 'KHEN THƯỞNG'), sentences(w, TXT.AWARD_SENTENCES, r.int(2, 3)));
      tail.push(
        heading(w, 'V', 'KINH PHÍ THỰC HIỆN'),
        `Kinh phí tổ chức thực hiện Kế hoạch được bố trí từ Quỹ Thi đua, khen thưởng của ${c.voice.areaFull} năm ${c.year} và các nguồn hợp pháp khác; ${w.slot('dept')} hướng dẫn việc thanh, quyết toán theo quy định.`,
      );
      tail.push(heading(w, 'VI', 'TỔ CHỨC THỰC HIỆN'), responsibilities(w, r.int(3, 5)));
      if (withTable) {
        const rows = r
          .sample(TXT.TASK_PHRASES, r.int(4, 7))
          .map((t, i) => [
            String(i + 1),
            t,
            i % 2 === 0 ? c.voice.standing : w.slot('dept'),
            r.pick(c.voice.orgs),
            `Tháng ${r.int(1, 12)}/${c.year}`,
          ]);
        tail.push(
          'Phân công nhiệm vụ cụ thể:',
          table(['STT', 'Nội dung công việc', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời gian thực hiện'], rows),
        );
      }
      tail.push(w.say(TXT.CLOSINGS));
      grow(w, body, tail, target, (k) => contentItem(w, k, noteChance));
      return { body: finish(w, body, tail), targets };
    }
    case 'hướng dẫn': {
      body.add(`Căn cứ ${w.slot('ext')}; ${w.slot('ref')}; ${c.voice.bodyS} hướng dẫn ${lowerFirst(stripEnd(d.subject))} như sau:`);
      body.add(
        heading(w, 'I', 'ĐỐI TƯỢNG, PHẠM VI ÁP DỤNG'),
        `Hướng dẫn này áp dụng đối với ${c.voice.subs}; các tập thể, cá nhân tham gia các phong trào thi đua do ${c.voice.bodyS} phát động. ${w.say(TXT.GOALS)}`,
      );
      if (withNotes) body.add(w.say(TXT.ELABORATIONS).replace(/\.$/, `${w.footnote(footnoteText(w))}.`));
      body.add(heading(w, 'II', 'NỘI DUNG THI ĐUA'));
      const tail: string[] = [heading(w, 'III', 'DANH HIỆU THI ĐUA, HÌNH THỨC KHEN THƯỞNG VÀ TIÊU CHUẨN')];
      tail.push(
        r
          .sample(TXT.RULE_CLAUSES, r.int(4, 6))
          .map((x, i) => `${i + 1}. ${w.fill(x)}`)
          .join('\n\n'),
      );
      tail.push(
        heading(w, 'IV', 'HỒ SƠ, THỦ TỤC VÀ THỜI GIAN NỘP'),
        r
          .sample(TXT.RULE_CLAUSES, 2)
          .map((x) => w.fill(x))
          .join(' '),
      );
      if (withTable) {
        const rows = r
          .sample(TXT.DEADLINE_ITEMS, r.int(4, 6))
          .map((x, i) => [String(i + 1), x, `Trước ngày ${w.slot('dl')}`, c.voice.standing]);
        tail.push(table(['STT', 'Nội dung', 'Thời hạn', 'Nơi nhận'], rows));
      }
      tail.push(heading(w, 'V', 'TỔ CHỨC THỰC HIỆN'), responsibilities(w, r.int(2, 4)), w.say(TXT.CLOSINGS));
      grow(w, body, tail, target, (k) => contentItem(w, k, noteChance));
      return { body: finish(w, body, tail), targets };
    }
    case 'thông báo': {
      body.add(`${w.fill(TXT.NOTICE_LEADS[0]!)}${withNotes ? w.footnote(footnoteText(w)) : ''}`, w.fill(TXT.NOTICE_LEADS[1]!));
      body.add(heading(w, 'I', 'ĐÁNH GIÁ CHUNG'), sentences(w, TXT.NOTICE_ASSESS, 2));
      body.add(
        c.fields
          .slice(0, 3)
          .map((f) => w.say(f.results))
          .join(' '),
      );
      if (withTable) {
        const units = r.sample([...c.voice.depts, ...c.subUnits], r.int(5, 9));
        const rows = units.map((u, i) => {
          const self = roundTo(80 + r.next() * 19, 1);
          return [
            String(i + 1),
            u,
            vnNumber(self, 1),
            vnNumber(Math.max(70, self - r.next() * 6), 1),
            i < 2 ? 'Xuất sắc' : i < 5 ? 'Tốt' : 'Khá',
          ];
        });
        body.add(`Kết quả chấm điểm thi đua năm ${c.year}:`, table(['STT', 'Đơn vị', 'Điểm tự chấm', 'Điểm cụm chấm', 'Xếp loại'], rows));
      }
      body.add(heading(w, 'II', 'NHIỆM VỤ TRỌNG TÂM THỜI GIAN TỚI'));
      const letters = ['a', 'b', 'c', 'd', 'đ'];
      const tail = [
        heading(w, 'III', 'GIAO NHIỆM VỤ CỤ THỂ'),
        Array.from({ length: r.int(3, 5) }, (_, i) => `${letters[i]}) ${w.say(TXT.SUBITEMS)}`).join('\n\n'),
      ];
      tail.push(`${c.voice.bodyS} thông báo để các cơ quan, đơn vị, địa phương biết, thực hiện./.`);
      grow(w, body, tail, target, (k) => contentItem(w, k, noteChance));
      return { body: finish(w, body, tail), targets };
    }
    case 'báo cáo': {
      body.add(w.say(TXT.REPORT_LEADS));
      body.add(heading(w, 'I', 'CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO, TRIỂN KHAI'), sentences(w, TXT.REPORT_DIRECTION, r.int(3, 4)));
      if (withNotes) body.add(w.say(TXT.REPORT_DIRECTION).replace(/\.$/, `${w.footnote(footnoteText(w))}.`));
      body.add(heading(w, 'II', 'KẾT QUẢ THỰC HIỆN'));
      const result = d.result !== undefined ? plan.results[d.result] : undefined;
      if (result && (withTable || r.chance(0.5))) {
        const rows = result.indicators.map((ind, i) => [
          String(i + 1),
          ind.name,
          ind.unit,
          vnNumber(ind.target, ind.decimals),
          vnNumber(ind.actual, ind.decimals),
          ind.percent === undefined ? '' : vnNumber(ind.percent, 1),
        ]);
        body.add('Kết quả thực hiện các chỉ tiêu chủ yếu:', resultsTable(rows));
      } else if (withTable) {
        const rows = pickTargets(w, r.int(4, 7)).map((t, i) => {
          const actual = roundTo(t.value * (0.7 + r.next() * 0.5), t.decimals);
          return [
            String(i + 1),
            t.indicator,
            t.unit,
            vnNumber(t.value, t.decimals),
            vnNumber(actual, t.decimals),
            vnNumber(roundTo((actual / (t.value || 1)) * 100, 1), 1),
          ];
        });
        body.add('Kết quả thực hiện các chỉ tiêu chủ yếu:', resultsTable(rows));
      }
      const tail = [heading(w, 'III', 'ĐÁNH GIÁ CHUNG'), `1. Ưu điểm\n\n${sentences(w, TXT.REPORT_STRENGTHS, 2)}`];
      tail.push(
        `2. Tồn tại, hạn chế\n\n${sentences(w, TXT.REPORT_WEAKNESSES, 2)}`,
        `3. Nguyên nhân\n\n${sentences(w, TXT.REPORT_CAUSES, 2)}`,
      );
      tail.push(
        heading(w, 'IV', 'PHƯƠNG HƯỚNG, NHIỆM VỤ THỜI GIAN TỚI'),
        r
          .sample(TXT.REPORT_PLANS, r.int(3, 4))
          .map((x, i) => `${i + 1}. ${w.fill(x)}`)
          .join('\n\n'),
      );
      tail.push(
        heading(w, 'V', 'ĐỀ XUẤT, KIẾN NGHỊ'),
        r
          .sample(TXT.REPORT_PROPOSALS, 2)
          .map((x) => `- ${w.fill(x)}`)
          .join('\n'),
      );
      tail.push(`Trên đây là báo cáo ${lowerFirst(stripEnd(d.subject))} của ${c.voice.bodyS}./.`);
      const order = [...c.fields, ...r.shuffle(TXT.FIELDS.filter((f) => !c.fields.includes(f)))];
      const places = r.shuffle(c.subUnits);
      grow(w, body, tail, target, (k) => {
        const f = order[k - 1];
        let text = f
          ? `${k}. Về ${f.phrase}\n\n${sentences(w, f.results, Math.min(f.results.length, w.rng.int(1, 2)))} ${sentences(w, TXT.ELABORATIONS, 1)}`
          : `${k}. Tại ${places[(k - 1) % places.length]}\n\n${w.say(w.rng.pick(TXT.FIELDS).results)} ${w.task()}`;
        if (noteChance > 0 && w.canFootnote() && w.rng.chance(noteChance)) text = text.replace(/\.$/, `${w.footnote(footnoteText(w))}.`);
        return text;
      });
      return { body: finish(w, body, tail), targets };
    }
    case 'công văn': {
      const recipients = [c.voice.subs.split('; ')[0]!, ...c.voice.subs.split('; ').slice(1)].map((x) => `- ${capitalize(x)};`).join('\n');
      body.add(`Kính gửi:\n\n${recipients}`);
      body.add(`${w.say(TXT.LETTER_LEADS)}${withNotes ? w.footnote(footnoteText(w)) : ''}`);
      const tail = [
        `${c.voice.bodyS} đề nghị các cơ quan, đơn vị, địa phương quan tâm, phối hợp thực hiện; trong quá trình thực hiện nếu có vướng mắc, liên hệ ${c.voice.standing} để được hướng dẫn./.`,
      ];
      grow(w, body, tail, target, (k) => {
        if (k % 3 === 1) return `${k}. ${w.say(TXT.LETTER_REQUESTS)} ${sentences(w, TXT.ELABORATIONS, w.rng.int(1, 2))}`;
        const f = w.rng.pick(c.fields);
        return `${k}. Về ${f.phrase}: ${lowerFirst(w.say(f.tasks))} ${sentences(w, TXT.ELABORATIONS, w.rng.int(1, 2))}`;
      });
      return { body: finish(w, body, tail), targets };
    }
    case 'nghị quyết': {
      const hdndTerm = c.year <= 2021 && c.day < dayOf('2021-06-01') ? 'XVIII' : 'XIX';
      body.add(
        'Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;',
        'Căn cứ Luật Ban hành văn bản quy phạm pháp luật;',
        ...c.exts.slice(0, 2).map((e) => `Căn cứ ${e};`),
        `Xét Tờ trình số ${r.int(20, 250)}/TTr-UBND ngày ${w.date(c.day - r.int(15, 40))} của Ủy ban nhân dân tỉnh; Báo cáo thẩm tra của Ban ${r.pick(['Pháp chế', 'Kinh tế - Ngân sách', 'Văn hóa - Xã hội', 'Dân tộc'])} Hội đồng nhân dân tỉnh; ý kiến thảo luận của đại biểu Hội đồng nhân dân tỉnh tại kỳ họp.`,
      );
      body.add(
        '## QUYẾT NGHỊ:',
        `**Điều 1. Phạm vi điều chỉnh và đối tượng áp dụng**`,
        `1. Nghị quyết này ${lowerFirst(d.subject)}.`,
        `2. Đối tượng áp dụng: ${c.voice.subs}; các cơ quan, tổ chức, cá nhân có liên quan.`,
      );
      const rewards = d.subject.includes('tiền thưởng');
      body.add(rewards ? '**Điều 2. Mức tiền thưởng và nội dung chi**' : '**Điều 2. Mục tiêu, nhiệm vụ và giải pháp**');
      if (!rewards) {
        targets = pickTargets(w, r.int(3, 6));
        body.add('Các chỉ tiêu chủ yếu:', targetBullets(targets), 'Nhiệm vụ, giải pháp chủ yếu:');
      }
      if (withTable && rewards) {
        const rows = r.sample(TXT.REWARD_MULTIPLES, r.int(5, 9)).map(([name, times], i) => [String(i + 1), name, times]);
        body.add(
          'Mức tiền thưởng đối với các danh hiệu thi đua và hình thức khen thưởng:',
          table(['STT', 'Danh hiệu, hình thức khen thưởng', 'Mức tiền thưởng (lần mức lương cơ sở)'], rows, ['---:', '---', '---:']),
        );
      }
      const effective = c.day + r.int(10, 20);
      const tail = [
        '**Điều 3. Tổ chức thực hiện**',
        '1. Giao Ủy ban nhân dân tỉnh tổ chức thực hiện Nghị quyết này.',
        '2. Giao Thường trực Hội đồng nhân dân tỉnh, các Ban của Hội đồng nhân dân tỉnh, các Tổ đại biểu và đại biểu Hội đồng nhân dân tỉnh giám sát việc thực hiện Nghị quyết.',
        `Nghị quyết này đã được Hội đồng nhân dân tỉnh ${TXT.PROVINCE} khóa ${hdndTerm}, kỳ họp thứ ${r.int(2, 30)} thông qua ngày ${w.date(c.day)} và có hiệu lực thi hành từ ngày ${w.date(effective)}./.`,
      ];
      const clauses = TXT.RULE_ARTICLES.flatMap((a) => a.clauses).filter((x) => !x.includes('{headS}'));
      grow(w, body, tail, target, (k) =>
        rewards && k <= clauses.length
          ? `${k}. ${capitalize(w.fill(clauses[k - 1]!))}`
          : `${k}. ${w.task()} ${sentences(w, TXT.ELABORATIONS, w.rng.int(0, 1))}`.trimEnd(),
      );
      return { body: finish(w, body, tail), targets };
    }
    case 'quyết định':
    default: {
      const basisLines =
        c.day < dayOf('2017-09-15')
          ? TXT.DECISION_BASIS_2016
          : c.day < dayOf('2024-01-01')
            ? TXT.DECISION_BASIS_OLD
            : c.day < dayOf(REFORM)
              ? TXT.DECISION_BASIS
              : TXT.DECISION_BASIS_2025;
      for (const line of basisLines) {
        if (line.includes('{ref}') && c.refs.length === 0) continue;
        body.add(w.fill(line));
      }
      body.add('## QUYẾT ĐỊNH:');
      const awarding = d.role === 'award' || d.variant % 2 === 0;
      if (awarding) {
        const camp = w.slot('camp');
        const form =
          d.issuer.role === 'ubnd-tinh' ? `Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh ${TXT.PROVINCE}` : `Giấy khen của ${c.voice.head}`;
        body.add(
          `**Điều 1.** Tặng ${form} cho các tập thể, cá nhân đã có thành tích xuất sắc trong phong trào thi đua ${camp} (có danh sách kèm theo).`,
          `**Điều 2.** Kèm theo ${form.split(' của ')[0]!.toLowerCase()} được thưởng theo quy định của Luật Thi đua, khen thưởng và các văn bản hướng dẫn thi hành; kinh phí khen thưởng được chi từ Quỹ Thi đua, khen thưởng của ${c.voice.areaFull}.`,
          `**Điều 3.** Chánh Văn phòng, ${c.voice.standing}, thủ trưởng các cơ quan, đơn vị có liên quan và các tập thể, cá nhân có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này./.`,
          '## DANH SÁCH TẬP THỂ, CÁ NHÂN ĐƯỢC KHEN THƯỞNG',
          `(Kèm theo Quyết định số ${d.number ?? '…'} ngày ${w.date(c.day)} của ${c.voice.head})`,
        );
        const named = d.figures.map((i) => plan.figures[i]!);
        const useTable = d.role === 'award' ? r.chance(0.6) : withTable;
        const rowFor = (k: number): string[] => {
          const f = named[k - 1];
          if (f)
            return [
              String(k),
              f.type === 'cá nhân' ? `${f.female ? 'Bà' : 'Ông'} ${f.name}` : f.name,
              f.unit ?? f.locality,
              w.fill(r.pick(TXT.ACHIEVEMENTS)),
            ];
          const person = r.chance(0.65);
          const name = person ? `${r.chance(0.5) ? 'Ông' : 'Bà'} ${personName(r, r.chance(0.5))}` : w.fill(r.pick(TXT.COLLECTIVES));
          const where = name.includes(' xã ') || name.startsWith('Thôn') ? c.voice.areaFull : w.slot('sub');
          return [String(k), name, person ? w.fill(r.pick(TXT.UNIT_ROLES)) : where, w.fill(r.pick(TXT.ACHIEVEMENTS))];
        };
        if (useTable) {
          // One block: rows join the header with single newlines.
          const header = table(['STT', 'Họ và tên, tập thể', 'Chức vụ, đơn vị', 'Thành tích'], [], ['---:', '---', '---', '---']);
          const rows: string[] = [];
          let bytes = body.bytes + Buffer.byteLength(header) + 3;
          for (let k = 1; bytes < target || k <= named.length; k++) {
            const row = `| ${rowFor(k).join(' | ')} |`;
            if (bytes + Buffer.byteLength(row) + 1 > DIRECTIVE_BODY_BYTES.max - 100) break;
            rows.push(row);
            bytes += Buffer.byteLength(row) + 1;
          }
          body.add([header, ...rows].join('\n'));
          return { body: finish(w, body, []), targets };
        }
        grow(w, body, [], target, (k) => {
          const [, name, unit, what] = rowFor(k);
          return `${k}. ${name}, ${lowerFirst(unit!)}: ${lowerFirst(what!)}.`;
        });
        return { body: finish(w, body, []), targets };
      }
      const previous = d.cites.map((i) => plan.directives[i]!).find((x) => x.subject.includes('Quy chế'));
      body.add(
        `**Điều 1.** Ban hành kèm theo Quyết định này Quy chế thi đua, khen thưởng của ${c.voice.areaFull}.`,
        `**Điều 2.** Quyết định này có hiệu lực kể từ ngày ký${previous ? ` và thay thế ${citeDirective(previous, d.issuer, c.dateStyle)}` : ''}.`,
        `**Điều 3.** Chánh Văn phòng, ${c.voice.standing}, thủ trưởng ${c.voice.subs} chịu trách nhiệm thi hành Quyết định này./.`,
        '## QUY CHẾ THI ĐUA, KHEN THƯỞNG',
        `(Ban hành kèm theo Quyết định số ${d.number ?? '…'} ngày ${w.date(c.day)} của ${c.voice.head})`,
        '### Chương I. QUY ĐỊNH CHUNG',
      );
      const criteria = r.shuffle(TXT.FIELDS);
      grow(w, body, [], target, (k) => {
        const article = TXT.RULE_ARTICLES[k - 1];
        if (article) {
          const clauses = article.clauses.map((x, i) => `${i + 1}. ${capitalize(w.fill(x))}`).join('\n\n');
          return `${k === TXT.RULE_ARTICLES.length ? '### Chương II. TỔ CHỨC THỰC HIỆN\n\n' : ''}**Điều ${k}. ${article.title}**\n\n${clauses}`;
        }
        const f = criteria[(k - 1 - TXT.RULE_ARTICLES.length) % criteria.length]!;
        const clauses = Array.from({ length: w.rng.int(2, 3) }, (_, i) => `${i + 1}. ${w.task()}`).join('\n\n');
        return `**Điều ${k}. Tiêu chí thi đua về ${f.phrase}**\n\n${clauses}`;
      });
      return { body: finish(w, body, []), targets };
    }
  }
}

// ---------------------------------------------------------------------------
// Frontmatter: js-yaml writes it, block style, quoting only when needed

/** A frontmatter value as built here: a field left undefined or an empty list is not written. */
type Yaml = string | number | boolean | null | undefined | readonly Yaml[] | { readonly [key: string]: Yaml };
type YamlMap = { readonly [key: string]: Yaml };

/** Leaves out what an entry lacks (js-yaml skips undefined fields), and refuses a number the archive's reader would take for text (NaN, Infinity). */
function written(_key: string, value: unknown): unknown {
  if (typeof value === 'number' && !Number.isFinite(value)) throw new RangeError(`not a finite number: ${value}`);
  return Array.isArray(value) && value.length === 0 ? undefined : value;
}

/** YAML text of a mapping: one line per value however long (no folding), never an alias. */
function yaml(value: YamlMap): string {
  return dump(value, { lineWidth: -1, noRefs: true, replacer: written });
}

function mdxFile(frontmatter: YamlMap, body: string): string {
  return `---\n${yaml(frontmatter)}---\n\n${body}`;
}

const FORBIDDEN_IN_BODY = /[<>{}]/;

function checked(path: string, content: string): CorpusFile {
  const nfc = content.normalize('NFC');
  const body = nfc.slice(nfc.indexOf('\n---\n', 4) + 5);
  const bad = FORBIDDEN_IN_BODY.exec(body);
  if (bad)
    throw new Error(`generated ${path} contains "${bad[0]}" in its body near: ${body.slice(Math.max(0, bad.index - 60), bad.index + 20)}`);
  return { path, content: nfc };
}

// ---------------------------------------------------------------------------
// Entries

type Signer = { name: string; position: string; authority?: SignerAuthority; onBehalfOf?: string };

function signerOf(seed: number, d: DirectivePlan, r: Rng): Signer {
  const people = leaders(seed, d.issuer, d.day);
  switch (d.issuer.role) {
    case 'hdnd-tinh':
      return { name: people.head, position: 'Chủ tịch', authority: 'TM.', onBehalfOf: 'Hội đồng nhân dân' };
    case 'hdtdkt':
      return r.chance(0.5)
        ? { name: people.head, position: 'Chủ tịch', authority: 'TM.', onBehalfOf: 'Hội đồng Thi đua - Khen thưởng' }
        : {
            name: people.deputies[0]!,
            position: 'Phó Chủ tịch Thường trực',
            authority: 'TM.',
            onBehalfOf: 'Hội đồng Thi đua - Khen thưởng',
          };
    case 'snv':
    case 'sgd': {
      const roll = r.next();
      if (d.kind === 'công văn' && roll < 0.3)
        return { name: people.office, position: 'Chánh Văn phòng', authority: 'TL.', onBehalfOf: 'Giám đốc' };
      if (roll < 0.55) return { name: people.head, position: 'Giám đốc' };
      return { name: r.pick(people.deputies), position: 'Phó Giám đốc', authority: 'KT.', onBehalfOf: 'Giám đốc' };
    }
    default: {
      const roll = r.next();
      if (d.kind === 'chỉ thị' || d.kind === 'phát động') {
        return roll < 0.6
          ? { name: people.head, position: 'Chủ tịch' }
          : { name: people.head, position: 'Chủ tịch', authority: 'TM.', onBehalfOf: 'Ủy ban nhân dân' };
      }
      if (d.kind === 'công văn' && roll < 0.2)
        return { name: people.office, position: 'Chánh Văn phòng', authority: 'TL.', onBehalfOf: 'Chủ tịch' };
      if (roll < 0.45) return { name: people.head, position: 'Chủ tịch', authority: 'TM.', onBehalfOf: 'Ủy ban nhân dân' };
      return { name: r.pick(people.deputies), position: 'Phó Chủ tịch', authority: 'KT.', onBehalfOf: 'Chủ tịch' };
    }
  }
}

function recipientsOf(d: DirectivePlan, r: Rng): string[] {
  const P = TXT.PROVINCE;
  const after = d.day >= dayOf(REFORM);
  let list: string[];
  switch (d.issuer.role) {
    case 'huyen':
      list = [
        `Sở Nội vụ tỉnh ${P} (b/c);`,
        'Thường trực Huyện ủy (b/c);',
        'Thường trực HĐND huyện;',
        'Chủ tịch, các PCT UBND huyện;',
        'Các cơ quan, đơn vị thuộc huyện;',
        'UBND các xã, thị trấn;',
        'Trang thông tin điện tử huyện;',
        'Lưu: VT, NV.',
      ];
      break;
    case 'xa':
      list = [
        `UBND tỉnh ${P} (b/c);`,
        'Sở Nội vụ (b/c);',
        'Thường trực Đảng ủy (b/c);',
        'Thường trực HĐND;',
        'Chủ tịch, các PCT UBND;',
        'Các cơ quan, đơn vị;',
        'Các thôn, tổ dân phố;',
        'Lưu: VT, VHXH.',
      ];
      break;
    case 'snv':
    case 'sgd':
      list = ['UBND tỉnh (b/c);', 'Ban Giám đốc Sở;', 'Các phòng, đơn vị thuộc Sở;', 'Công đoàn cơ sở;', 'Lưu: VT, VP.'];
      break;
    case 'hdtdkt':
      list = [
        'Ban Thi đua - Khen thưởng Trung ương (b/c);',
        'Thường trực Tỉnh ủy (b/c);',
        'Các thành viên Hội đồng;',
        'Các sở, ban, ngành, đoàn thể tỉnh;',
        after ? 'UBND các xã, phường;' : 'UBND các huyện, thành phố;',
        'Lưu: VT, TĐKT.',
      ];
      break;
    case 'hdnd-tinh':
      list = [
        'Ủy ban Thường vụ Quốc hội (b/c);',
        'Chính phủ (b/c);',
        'Thường trực Tỉnh ủy (b/c);',
        'UBND tỉnh;',
        'Các đại biểu HĐND tỉnh;',
        'Lưu: VT, HĐND.',
      ];
      break;
    default:
      list = [
        'Văn phòng Chính phủ (b/c);',
        'Ban Thi đua - Khen thưởng Trung ương (b/c);',
        'Thường trực Tỉnh ủy (b/c);',
        'Thường trực HĐND tỉnh;',
        'Chủ tịch, các PCT UBND tỉnh;',
        'Các sở, ban, ngành, đoàn thể tỉnh;',
        after ? 'UBND các xã, phường;' : 'UBND các huyện, thành phố;',
        'Cổng thông tin điện tử tỉnh;',
        'Lưu: VT, NC.',
      ];
  }
  const middle = list.slice(1, -1).filter(() => r.chance(0.75));
  const out = [list[0]!, ...middle, list[list.length - 1]!];
  if (d.kind === 'quyết định') out.unshift('Như Điều 3;');
  return out;
}

function directiveFile(plan: CorpusPlan, d: DirectivePlan): CorpusFile {
  const seed = plan.seed;
  const w = new Writer(Rng.of(seed, 'directive', d.idx), planContext(d, plan, seed));
  const year = yearOfDay(d.day);
  const periodEnd = (() => {
    const launched = d.campaigns.find((l) => l.relation === 'phát động');
    const c = launched ? plan.campaigns[launched.idx] : undefined;
    if (c?.to && c.toDay !== null && c.toDay >= d.day) return c.to;
    return `${year}-12-31`;
  })();
  const hasPeriod = d.kind === 'chỉ thị' || d.kind === 'phát động' || (d.kind === 'kế hoạch' && d.variant % 3 === 0);
  if (hasPeriod) {
    w.ctx.periodFrom = w.date(d.day);
    w.ctx.periodTo = w.date(dayOf(periodEnd));
  }
  const { body, targets } = buildDirectiveBody(d, plan, w);
  const fr = Rng.of(seed, 'directive-meta', d.idx);
  const basis: Yaml[] = [
    ...d.externals.map((e) => ({
      ...(e.kind ? { kind: e.kind } : {}),
      number: e.number,
      date: e.date,
      issuer: e.issuer,
      title: capitalize(e.label.startsWith('Luật') ? e.label : aboutClause(e.about)),
    })),
    ...d.cites.map((i) => {
      const c = plan.directives[i]!;
      return { kind: c.kind, number: c.number, date: c.issued, issuer: c.issuer.shortName, title: c.title };
    }),
  ];
  const fm: YamlMap = {
    kind: d.kind,
    number: d.number,
    title: d.title,
    issuer: d.issuer.id,
    place: d.issuer.place,
    issued: d.issued,
    signer: signerOf(seed, d, fr),
    theme: d.theme,
    period: hasPeriod ? { from: d.issued, to: periodEnd } : undefined,
    campaigns: d.campaigns.map((l) => ({ campaign: plan.campaigns[l.idx]!.id, relation: l.relation })),
    basis,
    recipients: recipientsOf(d, fr),
    targets: targets.map((t) => ({ indicator: t.indicator, value: t.value, unit: t.unit })),
    fields: d.fields.map((f) => f.label),
    draft: d.draft ? true : undefined,
  };
  return checked(`directives/${d.id}.mdx`, mdxFile(fm, body));
}

function campaignFile(plan: CorpusPlan, c: CampaignPlan): CorpusFile {
  const r = Rng.of(plan.seed, 'campaign', c.idx);
  const paragraphs: string[] = [];
  const launcher = c.launcher !== undefined ? plan.directives[c.launcher] : undefined;
  const dateOf = (day: number) => formatDay(day, 0);
  if (launcher && c.owner) {
    const v = voiceOf(c.owner, c.fromDay);
    paragraphs.push(
      `Phong trào thi đua của ${c.owner.level === 'cơ quan' ? c.owner.name : c.owner.LL}${c.to ? ` trong giai đoạn ${c.from.slice(0, 4)} - ${c.to.slice(0, 4)}` : ''}, do ${v.head} phát động ngày ${dateOf(c.fromDay)}, trên cơ sở ${KIND_LABEL[launcher.kind]} số ${launcher.number ?? '(không số)'} ngày ${dateOf(launcher.day)}.`,
    );
  } else {
    paragraphs.push(
      `Phong trào thi đua ${c.kind === 'thường xuyên' ? 'thường xuyên' : 'theo chuyên đề'} trên phạm vi cả nước, được phát động từ tháng ${Number(c.from.slice(5, 7))} năm ${c.from.slice(0, 4)}${c.to ? ` và kéo dài đến hết năm ${c.to.slice(0, 4)}` : ''}. Tỉnh ${TXT.PROVINCE} triển khai phong trào tới các cấp, các ngành, gắn với nhiệm vụ chính trị của từng địa phương.`,
    );
  }
  const tasks = c.fields.flatMap((f) => r.sample(f.tasks, 2)).slice(0, r.int(2, 4));
  const ctxVoice = voiceOf(c.owner ?? plan.agencies[0]!, Math.max(c.fromDay, dayOf('2016-01-01')));
  const w = new Writer(r, {
    voice: ctxVoice,
    day: Math.max(c.fromDay, dayOf('2016-01-01')),
    year: yearOfDay(Math.max(c.fromDay, dayOf('2016-01-01'))),
    camps: [`“${c.name}”`],
    fields: c.fields,
    refs: [],
    exts: [citeExternal(TXT.EXTERNAL_DOCS[0]!, 0)],
    docKind: 'Kế hoạch',
    dateStyle: 0,
    subUnits: ctxVoice.subUnits.length > 0 ? ctxVoice.subUnits : ['các xã, phường'],
    villages: TXT.VILLAGE_NAMES,
    communes: c.owner?.communes.length ? c.owner.communes : ['Tân Lập'],
  });
  paragraphs.push(`Phong trào tập trung vào các nội dung: ${tasks.map((t) => lowerFirst(stripEnd(w.fill(t)))).join('; ')}.`);
  if (c.parent !== undefined) {
    paragraphs.push(
      `Phong trào là sự cụ thể hóa phong trào “${plan.campaigns[c.parent]!.name}” tại địa phương. ${w.say(c.fields[0]!.results)}`,
    );
  } else if (r.chance(0.5)) {
    paragraphs.push(w.say(c.fields[0]!.results));
  }
  if (c.owner?.role === 'huyen' && c.toDay === c.owner.toDay - 1) {
    paragraphs.push(
      `Phong trào kết thúc khi ${c.owner.LL} thôi hoạt động (01/7/2025); các xã trên địa bàn tiếp tục kế thừa, triển khai phong trào ở cấp xã.`,
    );
  }
  const fm: YamlMap = {
    name: c.name,
    scope: c.scope,
    kind: c.kind,
    period: { from: c.from, to: c.to },
    parent: c.parent !== undefined ? plan.campaigns[c.parent]!.id : undefined,
    launchedBy: launcher?.id,
  };
  return checked(`campaigns/${c.id}.mdx`, mdxFile(fm, `${paragraphs.join('\n\n')}\n`));
}

function figureFile(plan: CorpusPlan, f: FigurePlan): CorpusFile {
  const r = Rng.of(plan.seed, 'figure-body', f.idx);
  const camp = plan.campaigns[f.campaigns[0]!]!;
  const year = yearOfDay(f.decisionDay);
  const paragraphs: string[] = [];
  const honorific = f.female ? 'Bà' : 'Ông';
  if (f.type === 'cá nhân') {
    const unit = f.unit ?? '';
    const line = /Giáo viên|Hiệu trưởng|Trường|Tổng phụ trách/.test(unit)
      ? 'teach'
      : /Y tế/.test(unit)
        ? 'health'
        : /công nghệ số/.test(unit)
          ? 'digital'
          : /Công an/.test(unit)
            ? 'security'
            : /Chuyên viên|Công chức|Trưởng phòng/.test(unit)
              ? 'office'
              : /Trưởng thôn|Bí thư|uy tín|Chi hội|Hội Nông dân/.test(unit)
                ? r.pick(['lead', 'farm'])
                : 'farm';
    const values = {
      H: honorific,
      h: lowerFirst(honorific),
      name: f.name,
      camp: `“${camp.name}”`,
      unit: lowerFirst(unit || 'người dân'),
      village: f.village,
      born: r.int(1958, 1998),
      ethnic: r.pick(TXT.ETHNIC_GROUPS),
      years: r.int(5, 32),
      pct: r.int(92, 100),
      n: r.int(12, 480),
      k: r.int(3, 40),
      k2: r.int(1, 3),
      m2: vnNumber(r.int(5, 90) * 100),
      days: vnNumber(r.int(120, 1800)),
      km: vnNumber(roundTo(0.5 + r.next() * 4, 1), 1),
      ha: vnNumber(roundTo(0.5 + r.next() * 3, 1), 1),
      crop: r.pick(TXT.CROPS),
      income: r.int(120, 900),
      initiative: r.pick(TXT.INITIATIVES),
    };
    for (const template of TXT.PERSON_STORIES[line]!) paragraphs.push(fillSimple(template, values));
  } else if (f.type === 'hộ gia đình') {
    paragraphs.push(
      `Gia đình ${f.name.replace(/^Hộ /, '')} ở thôn ${f.village} thoát nghèo năm ${r.int(2012, Math.max(2013, year - 1))} nhờ ${r.pick(['nuôi bò sinh sản', 'trồng rừng kinh tế', 'phát triển vườn cây ăn quả', 'làm dịch vụ du lịch cộng đồng'])}. Gia đình tự nguyện hiến ${vnNumber(r.int(1, 60) * 10)} m² đất mở rộng đường vào thôn và nhận đỡ đầu ${r.int(1, 4)} hộ nghèo trong thôn.`,
    );
    paragraphs.push(
      `Gia đình luôn gương mẫu chấp hành chủ trương của Đảng, chính sách, pháp luật của Nhà nước; tích cực hưởng ứng phong trào “${camp.name}”.`,
    );
  } else {
    paragraphs.push(
      `${f.name} có ${r.int(12, 180)} ${f.name.startsWith('Thôn') ? 'hộ' : 'cán bộ, thành viên'}, ${f.name.startsWith('Thôn') ? `${r.int(300, 900)} nhân khẩu` : `trong đó ${r.int(3, 30)} đảng viên`}. Trong phong trào “${camp.name}”, đơn vị đã hoàn thành xuất sắc các chỉ tiêu được giao; ${r.int(90, 100)}% thành viên hoàn thành tốt nhiệm vụ trở lên.`,
    );
    paragraphs.push(
      `Đơn vị có nhiều cách làm sáng tạo: ${r.sample(['xây dựng quy ước, hương ước mới', 'tổ chức “Ngày Chủ nhật xanh”', 'lập quỹ khuyến học của thôn', 'số hóa sổ sách, hồ sơ', 'thành lập tổ hợp tác sản xuất', 'thắp sáng đường quê'], 3).join('; ')}.`,
    );
  }
  const subject = f.type === 'cá nhân' ? honorific : f.type === 'hộ gia đình' ? 'Gia đình' : 'Đơn vị';
  const honour =
    f.award === 'Giấy khen' || f.award === 'Bằng khen'
      ? `được tặng ${f.awardDetail ?? f.award}`
      : `được công nhận danh hiệu “${f.award}” năm ${year}`;
  const decision = f.decisionNumber
    ? `${subject} ${honour} tại Quyết định số ${f.decisionNumber} ngày ${formatDay(f.decisionDay, 0)}${f.directive !== undefined && !honour.includes(' khen của ') ? ` của ${voiceOf(f.issuer, f.decisionDay).head} ${f.issuer.level === 'cơ quan' ? '' : f.issuer.L}`.trimEnd() : ''}.`
    : f.decisionPartial
      ? `Giấy công nhận “${f.award}” lưu tại thôn không ghi số quyết định, chỉ ghi tháng ${Number(isoOf(f.decisionDay).slice(5, 7))} năm ${year}.`
      : `Quyết định công nhận “${f.award}” năm ${year} không có trong kho lưu trữ.`;
  paragraphs.push(decision);
  const fm: YamlMap = {
    name: f.name,
    type: f.type,
    unit: f.unit,
    locality: f.locality,
    award: f.award,
    awardDetail: f.awardDetail,
    decision: {
      number: f.decisionNumber,
      date: f.decisionPartial ? isoOf(f.decisionDay).slice(0, 7) : isoOf(f.decisionDay),
      directive: f.directive !== undefined ? plan.directives[f.directive]!.id : undefined,
    },
    year,
    campaigns: f.campaigns.map((i) => plan.campaigns[i]!.id),
    draft: f.draft ? true : undefined,
  };
  return checked(`figures/${f.id}.mdx`, mdxFile(fm, `${paragraphs.join('\n\n')}\n`));
}

function resultFile(plan: CorpusPlan, res: ResultPlan): CorpusFile {
  const r = Rng.of(plan.seed, 'result-body', res.idx);
  const c = plan.campaigns[res.campaigns[0]!]!;
  const paragraphs: string[] = [];
  const who = voiceOf(res.issuer, res.reportDay).body;
  paragraphs.push(
    res.reportNumber
      ? `Số liệu trích từ Báo cáo số ${res.reportNumber} ngày ${formatDay(res.reportDay, 0)} của ${who} ${res.issuer.level === 'cơ quan' ? '' : res.issuer.L + ' '}, tính đến hết tháng ${Number(res.asOf.slice(5, 7))}/${res.asOf.slice(0, 4)}.`.replace(
          ' ,',
          ',',
        )
      : `Số liệu tổng hợp từ báo cáo của ${who} (bản lưu không ghi số), tính đến hết tháng ${Number(res.asOf.slice(5, 7))}/${res.asOf.slice(0, 4)}.`,
  );
  const best = [...res.indicators].sort((a, b) => b.actual / b.target - a.actual / a.target);
  const top = best[0]!;
  const low = best[best.length - 1]!;
  paragraphs.push(
    `Phong trào “${c.name}” đạt nhiều kết quả: chỉ tiêu ${lowerFirst(top.name)} đạt ${vnNumber(top.actual, top.decimals)}${top.unit === '%' ? '%' : ` ${top.unit}`} so với kế hoạch ${vnNumber(top.target, top.decimals)}${top.unit === '%' ? '%' : ` ${top.unit}`}; chỉ tiêu ${lowerFirst(low.name)} mới đạt ${vnNumber((low.actual / low.target) * 100, 1)}% kế hoạch, cần tập trung chỉ đạo trong thời gian tới.`,
  );
  if (r.chance(0.4)) {
    const rows = res.indicators.map((ind, i) => [
      String(i + 1),
      ind.name,
      ind.unit,
      vnNumber(ind.target, ind.decimals),
      vnNumber(ind.actual, ind.decimals),
      ind.percent === undefined ? '' : vnNumber(ind.percent, 1),
    ]);
    paragraphs.push(
      table(['STT', 'Chỉ tiêu', 'Đơn vị tính', 'Kế hoạch', 'Thực hiện', 'Tỷ lệ (%)'], rows, ['---:', '---', '---', '---:', '---:', '---:']),
    );
  }
  const fm: YamlMap = {
    title: res.title,
    kind: res.kind,
    issuer: res.issuer.id,
    report: { number: res.reportNumber, date: isoOf(res.reportDay) },
    asOf: res.asOf,
    campaigns: res.campaigns.map((i) => plan.campaigns[i]!.id),
    directives: res.directives.map((i) => plan.directives[i]!.id),
    indicators: res.indicators.map((ind) => ({
      name: ind.name,
      unit: ind.unit,
      target: ind.target,
      actual: ind.actual,
      percent: ind.percent,
    })),
  };
  return checked(`results/${res.id}.mdx`, mdxFile(fm, `${paragraphs.join('\n\n')}\n`));
}

function agenciesFile(plan: CorpusPlan): CorpusFile {
  const doc: Record<string, Yaml> = {};
  for (const a of plan.agencies) {
    doc[a.id] = { name: a.name, shortName: a.shortName, level: a.level, parent: a.parent, activeFrom: a.activeFrom, activeTo: a.activeTo };
  }
  const header = `# Cơ quan ban hành của kho thử nghiệm hiệu năng (dữ liệu hư cấu, sinh bởi npm run bench:corpus: ${plan.counts.directives} văn bản, hạt giống ${plan.seed}).\n`;
  return { path: 'agencies.yaml', content: `${header}${yaml(doc)}`.normalize('NFC') };
}

/**
 * Every file of the corpus, one at a time: agencies.yaml, then campaigns,
 * directives, figures and results. Bodies are produced lazily.
 */
export function* generateCorpus(options: CorpusOptions): Generator<CorpusFile> {
  const plan = planCorpus(options);
  yield agenciesFile(plan);
  for (const c of plan.campaigns) yield campaignFile(plan, c);
  for (const d of plan.directives) yield directiveFile(plan, d);
  for (const f of plan.figures) yield figureFile(plan, f);
  for (const r of plan.results) yield resultFile(plan, r);
}

export interface WrittenCorpus {
  files: number;
  bytes: number;
  ms: number;
  /** Files per collection folder ("agencies" for agencies.yaml). */
  counts: Record<string, number>;
  /** Drafts per collection folder. */
  drafts: Record<string, number>;
}

/** Write generated files under `dir`, counting them as they stream by. */
export function writeCorpus(dir: string, files: Iterable<CorpusFile>): WrittenCorpus {
  const started = performance.now();
  const written: WrittenCorpus = { files: 0, bytes: 0, ms: 0, counts: {}, drafts: {} };
  const made = new Set<string>();
  for (const file of files) {
    const path = join(dir, file.path);
    const parent = dirname(path);
    if (!made.has(parent)) {
      mkdirSync(parent, { recursive: true });
      made.add(parent);
    }
    writeFileSync(path, file.content);
    written.files++;
    written.bytes += Buffer.byteLength(file.content);
    const collection = file.path.includes('/') ? file.path.split('/')[0]! : 'agencies';
    written.counts[collection] = (written.counts[collection] ?? 0) + 1;
    if (/\ndraft: true\n/.test(file.content)) written.drafts[collection] = (written.drafts[collection] ?? 0) + 1;
  }
  written.ms = performance.now() - started;
  return written;
}
