/**
 * Field finders that read the body's prose: theme, period, cited documents,
 * campaigns, targets and the issuing agency. Each works on plain paragraphs
 * (emphasis and footnote markers removed) and returns nothing rather than a
 * guess when the text does not say.
 */
import type { Directive } from '../../domain/schema/index.ts';
import { parseVietnameseDate } from '../../domain/dates.ts';
import type { PartialDate } from '../../domain/dates.ts';
import {
  DOCUMENT_NUMBER_IN_TEXT,
  documentNumberKey,
  kindFromDocumentNumber,
  normalizeDocumentNumber,
} from '../../domain/document-number.ts';
import { parseVietnameseNumber } from '../../domain/numbers.ts';
import type { CampaignRelation, DirectiveKind } from '../../domain/vocabulary.ts';
import { isKnownKind } from './layout.ts';
import { CaseDictionary, capitalizeFirst, foldAligned, lowerFirst, matchKey } from './text.ts';

export interface AgencyRef {
  id: string;
  name: string;
  shortName: string;
}

export interface CampaignRef {
  id: string;
  name: string;
}

export interface Paragraph {
  /** Plain prose: emphasis, escapes and footnote markers removed; lines joined by "\n". */
  plain: string;
  heading: boolean;
  /** Before the first section heading or numbered item. */
  preamble: boolean;
  /** The heading of the section the paragraph is in ('' before any). */
  section: string;
  /** A footnote's text: evidence, so no field is read from it (only the spelling of proper nouns). */
  footnote: boolean;
}

export type CitedDocument = Directive['basis'][number];
export type Target = Directive['targets'][number];
type CampaignLink = Directive['campaigns'][number];

// ---------------------------------------------------------------- agencies

const ABBREVIATIONS: ReadonlyArray<readonly [string, string]> = [
  ['uy ban nhan dan', 'ubnd'],
  ['hoi dong nhan dan', 'hdnd'],
  ['thanh pho', 'tp'],
];

function expandKey(key: string): string {
  let out = ` ${key} `;
  for (const [long, short] of ABBREVIATIONS) out = out.replaceAll(` ${short} `, ` ${long} `);
  return out.trim();
}

/** Every way the text may spell an agency, as folded word sequences. */
function agencySpellings(agency: AgencyRef): string[] {
  const out = new Set<string>();
  for (const name of [agency.name, agency.shortName]) {
    const full = expandKey(matchKey(name));
    if (!full) continue;
    out.add(full);
    let short = ` ${full} `;
    for (const [long, abbr] of ABBREVIATIONS) short = short.replaceAll(` ${long} `, ` ${abbr} `);
    out.add(short.trim());
  }
  return [...out].sort((a, b) => b.length - a.length);
}

function findAgency(candidate: string, agencies: readonly AgencyRef[]): AgencyRef | undefined {
  const key = expandKey(matchKey(candidate));
  if (!key) return undefined;
  const squashed = key.replace(/ /gu, '');
  return (
    agencies.find((a) => agencySpellings(a).some((s) => expandKey(s) === key)) ??
    // Letter-spaced names whose word breaks were lost: "UỶBANNHÂNDÂN…".
    agencies.find((a) => agencySpellings(a).some((s) => expandKey(s).replace(/ /gu, '') === squashed))
  );
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}

function spellingPattern(spelling: string): RegExp {
  return new RegExp(`(?<![a-z0-9])${spelling.split(' ').map(escapeRegExp).join('[\\s\\-]+')}(?![a-z0-9])`, 'gu');
}

/** Length of a known agency's name at the start of `text`, or 0. */
function agencyPrefixLength(text: string, agencies: readonly AgencyRef[]): number {
  const f = foldAligned(text);
  let best = 0;
  for (const agency of agencies) {
    for (const spelling of agencySpellings(agency)) {
      const re = spellingPattern(spelling);
      re.lastIndex = 0;
      const m = re.exec(f);
      if (m && m.index === 0 && m[0].length > best) best = m[0].length;
    }
  }
  return best;
}

const LEVELS = ['huyện', 'tỉnh', 'thành phố', 'thị xã', 'quận', 'xã', 'phường', 'thị trấn'] as const;
const LOCALITY = new RegExp(`(?<![\\p{L}])(${LEVELS.join('|')})\\s+(\\p{Lu}[\\p{L}]*(?:\\s+\\p{Lu}[\\p{L}]*){0,3})`, 'gu');
/** "Chủ tịch Ủy ban nhân dân huyện phát động", "Chủ tịch UBND huyện phát động": the organ, level but no place name. */
const ORGAN_WITHOUT_PLACE =
  /(?<![a-z])(chu tich\s+)?(uy ban nhan dan|ubnd)\s+(huyen|tinh|thanh pho|thi xa|quan|xa|phuong|thi tran)(?![a-z])(\s+phat dong|\s+ban hanh|\s+keu goi)?/gu;
const CITED_BEFORE = /(?:cua|theo|voi|tai|gui|cho)\s*$/u;
const ISSUING_BEFORE = /(?:chu tich|lanh dao|thu truong|truong ban)\s*$/u;
const ISSUING_AFTER = /^\s*(?:phat dong|ban hanh|keu goi|quyet dinh|yeu cau|de nghi|chi thi)(?![a-z])/u;

export interface IssuerResult {
  agency?: AgencyRef;
  /** How it was found, for the report. */
  how?: string;
  notes: string[];
}

/**
 * The issuing agency, in order of certainty: the header's agency lines; a
 * mention in the text that issues ("UBND huyện Hữu Lũng phát động", "Chủ tịch
 * Ủy ban nhân dân huyện Hòa An"); the organ without its place ("Chủ tịch UBND
 * huyện phát động", "TM. ỦY BAN NHÂN DÂN") joined with the only place of that
 * level the text names, when exactly one agency then matches.
 */
export function findIssuer(
  headerLines: readonly string[],
  paragraphs: readonly Paragraph[],
  onBehalfOf: string | undefined,
  agencies: readonly AgencyRef[],
): IssuerResult {
  const notes: string[] = [];

  if (headerLines.length > 0) {
    const candidates: string[] = [];
    for (let i = 0; i < headerLines.length; i++) candidates.push(headerLines.slice(i).join(' '));
    const last = headerLines[headerLines.length - 1]!;
    for (const earlier of headerLines.slice(0, -1)) {
      const m = new RegExp(`(?<![\\p{L}])(${LEVELS.join('|')})\\s+(.+)$`, 'iu').exec(earlier);
      if (m) candidates.push(`${last} ${m[0]}`);
    }
    candidates.push(...headerLines);
    for (const c of candidates) {
      const agency = findAgency(c, agencies);
      if (agency) return { agency, how: `dòng tiêu đề “${headerLines.join(' ')}”`, notes };
    }
    notes.push(`Cơ quan ban hành ở tiêu đề “${headerLines.join(' / ')}” không khớp cơ quan nào trong danh sách cơ quan (agencies.yaml).`);
  }

  const prose = paragraphs
    .filter((p) => !p.footnote && !p.heading)
    .map((p) => p.plain)
    .join('\n');
  const folded = foldAligned(prose);

  // A mention that issues: the first one wins.
  let best: { index: number; agency: AgencyRef } | undefined;
  for (const agency of agencies) {
    for (const spelling of agencySpellings(agency)) {
      for (const m of folded.matchAll(spellingPattern(spelling))) {
        const before = folded.slice(Math.max(0, m.index - 20), m.index);
        const after = folded.slice(m.index + m[0].length, m.index + m[0].length + 30);
        if (CITED_BEFORE.test(before)) continue;
        if (!ISSUING_BEFORE.test(before) && !ISSUING_AFTER.test(after)) continue;
        if (!best || m.index < best.index) best = { index: m.index, agency };
      }
    }
  }
  if (best) {
    const shown = prose.slice(best.index).split(/\s+/u).slice(0, 8).join(' ');
    return { agency: best.agency, how: `câu “${shown}…”`, notes };
  }

  // The organ without its place name, plus the only place of that level in the text.
  const organs: { level: string | null; shown: string }[] = [];
  for (const m of folded.matchAll(ORGAN_WITHOUT_PLACE)) {
    const next = prose.slice(m.index + m[0].length).trimStart();
    if (!m[4] && /^\p{Lu}/u.test(next)) continue;
    if (!m[1] && !m[4]) continue;
    const level = LEVELS.find((l) => foldAligned(l) === m[3]) ?? null;
    organs.push({ level, shown: prose.slice(m.index, m.index + m[0].length) });
  }
  if (onBehalfOf && /^(?:uy ban nhan dan|ubnd)\b/u.test(foldAligned(onBehalfOf))) {
    const lvl = LEVELS.find((l) => foldAligned(onBehalfOf).endsWith(` ${foldAligned(l)}`)) ?? null;
    organs.push({ level: lvl, shown: `TM. ${onBehalfOf}` });
  }
  if (organs.length > 0) {
    const levels = organs.some((o) => o.level !== null)
      ? new Set(organs.map((o) => o.level).filter((l) => l !== null))
      : new Set<string>(LEVELS);
    const found = new Map<string, AgencyRef>();
    const places = new Set<string>();
    for (const m of prose.matchAll(LOCALITY)) {
      const level = m[1]!;
      if (!levels.has(level)) continue;
      const words = m[2]!.split(/\s+/u);
      for (let n = 1; n <= words.length; n++) {
        const agency = findAgency(`Ủy ban nhân dân ${level} ${words.slice(0, n).join(' ')}`, agencies);
        if (agency) {
          found.set(agency.id, agency);
          places.add(`${level} ${words.slice(0, n).join(' ')}`);
        }
      }
    }
    if (found.size === 1) {
      const agency = [...found.values()][0]!;
      notes.push(
        `Cơ quan ban hành suy ra từ “${organs[0]!.shown}” và địa danh duy nhất “${[...places][0]}” trong văn bản (${agency.id}) — kiểm tra lại.`,
      );
      return { agency, how: `“${organs[0]!.shown}” + “${[...places][0]}”`, notes };
    }
    if (found.size > 1) {
      notes.push(`Không xác định được cơ quan ban hành: văn bản nhắc nhiều địa danh (${[...places].join(', ')}).`);
    } else if (headerLines.length === 0) {
      notes.push(`Văn bản do “${organs[0]!.shown}” ban hành nhưng không ghi địa danh khớp cơ quan nào trong danh sách.`);
    }
  }

  if (headerLines.length > 0) notes.push('Thêm cơ quan vào agencies.yaml hoặc điền issuer bằng tay.');
  // An issuing mention of an agency the list does not have: name it for the editor.
  if (headerLines.length === 0) {
    const unknown =
      /(?<![\p{L}])((?:Ủy|Uỷ) ban nhân dân|UBND|Ban [\p{Lu}][\p{Ll}]+(?: [\p{L}]+){0,3}?)\s+(huyện|tỉnh|thành phố|thị xã|quận|xã|phường|thị trấn)\s+(\p{Lu}\p{Ll}*(?:\s+\p{Lu}\p{Ll}*){0,2})\s+(?:phát động|ban hành|kêu gọi)/u.exec(
        prose,
      );
    if (unknown)
      notes.push(`Văn bản do “${unknown[1]} ${unknown[2]} ${unknown[3]}” ban hành nhưng cơ quan này chưa có trong danh sách cơ quan.`);
  }
  return { notes };
}

// ---------------------------------------------------------------- theme

const THEME = /chủ đề\s*[:：]?\s*[“"]([^”"\n]+)[”"]/iu;

export function findTheme(paragraphs: readonly Paragraph[]): string | undefined {
  for (const p of paragraphs) {
    if (p.footnote) continue;
    const m = THEME.exec(p.plain);
    if (m) return m[1]!.trim();
  }
  return undefined;
}

// ---------------------------------------------------------------- period

const NOT_LETTER_BEFORE = '(?<![\\p{L}\\p{N}])';
const FULL_DATE = String.raw`(?:ngày\s*)?(?:\d{1,2}\s*tháng\s*\d{1,2}\s*,?\s*năm\s*\d{4}|\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4})`;
const PERIOD = new RegExp(
  String.raw`${NOT_LETTER_BEFORE}(?:(từ)\s+(nay|ngày\s+phát\s+động(?:\s+thi\s+đua)?|ngày\s+ban\s+hành|ngày\s+ký(?:\s+ban\s+hành)?|${FULL_DATE})\s+)?(?:đến|tới)\s+(hết\s+)?(${FULL_DATE}|tháng\s*\d{1,2}\s*(?:năm\s*|/)\s*\d{4}|năm\s*\d{4})`,
  'iu',
);

function lastDayOfMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export interface PeriodResult {
  period?: { from?: PartialDate; to?: PartialDate };
  notes: string[];
}

/**
 * "từ nay đến hết 30/10/2024", "Từ ngày phát động thi đua đến hết ngày 31
 * tháng 12 năm 2022", "từ nay đến hết năm 2022". "Từ nay", "từ ngày phát
 * động", "từ ngày ký" start on the issue date, when the document has one. Only the section on
 * thời gian, or a sentence about the emulation itself, is read.
 */
export function findPeriod(paragraphs: readonly Paragraph[], issued: PartialDate | undefined): PeriodResult {
  const notes: string[] = [];
  // Under a heading on thời gian, or a paragraph labelled "Thời gian: …".
  const timeSection = (p: Paragraph) =>
    /thoi gian/u.test(foldAligned(p.section)) || /^thoi gian[^:.\n]{0,30}:/u.test(foldAligned(p.plain.toLocaleLowerCase('vi')));
  const ordered = [
    ...paragraphs.filter((p) => !p.heading && !p.footnote && timeSection(p)),
    ...paragraphs.filter((p) => !p.heading && !p.footnote && !timeSection(p)),
  ];
  for (const p of ordered) {
    for (const sentence of p.plain.split(/(?<=[.!?;])\s+/u)) {
      const m = PERIOD.exec(sentence);
      if (!m) continue;
      const [, tu, fromWhat, het, toWhat = ''] = m;
      const folded = foldAligned(sentence);
      if (!timeSection(p) && !(/thi dua|phat dong/u.test(folded) && (tu || het))) continue;
      const period: { from?: PartialDate; to?: PartialDate } = {};
      if (tu && fromWhat) {
        if (/^(?:nay|ngày)/iu.test(fromWhat) && !/\d/u.test(fromWhat)) {
          if (issued) period.from = issued;
          else notes.push(`Thời gian thi đua bắt đầu “${tu} ${fromWhat}” nhưng văn bản không ghi ngày ban hành: period.from để trống.`);
        } else {
          const from = parseVietnameseDate(fromWhat);
          if (from) period.from = from;
        }
      }
      const fTo = foldAligned(toWhat);
      const year = /nam\s*(\d{4})$/u.exec(fTo);
      const month = /^thang\s*(\d{1,2})\s*(?:nam\s*|\/)\s*(\d{4})$/u.exec(fTo);
      if (month) {
        const y = Number(month[2]);
        const mo = Number(month[1]);
        if (mo >= 1 && mo <= 12) {
          const ym = `${y}-${String(mo).padStart(2, '0')}`;
          period.to = het ? `${ym}-${String(lastDayOfMonth(y, mo)).padStart(2, '0')}` : ym;
        }
      } else if (year && /^nam/u.test(fTo)) {
        // "đến hết năm 2022" is the last day of 2022; "đến năm 2025" is not a day.
        if (het) period.to = `${year[1]}-12-31`;
      } else {
        const to = parseVietnameseDate(toWhat);
        if (to) period.to = to;
      }
      if (period.from || period.to) return { period, notes };
    }
  }
  return { notes };
}

// ---------------------------------------------------------------- basis

const CITED_KIND =
  /(nghị quyết|chỉ thị|kế hoạch|quyết định|hướng dẫn|thông báo|báo cáo|công văn|thông tri|thông tư|nghị định|kết luận|quy định|công điện|chương trình|tờ trình|văn bản)(?:\s+liên\s+tịch)?(?:\s+số)?\s*$/iu;
const CITED_DATE = /^[\s,]*(?:ban hành\s+)?(ngày\s*\d{1,2}\s*(?:tháng\s*\d{1,2}\s*,?\s*năm\s*\d{4}|[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4}))/iu;
const ISSUER_END = /\s+(?:về|và|theo|nhằm|để|trong|tại|với|đã|là|thì|gồm|nay|quy định|hướng dẫn|ban hành)(?![\p{L}])|[,;.:()“”"]|$/u;
/** "chỉ thị" → "[Cc]hỉ thị": case-insensitive words without the `i` flag (which would make \p{Lu} match any letter). */
function eitherCase(words: readonly string[]): string {
  return words.map((w) => `[${w.charAt(0).toLocaleUpperCase('vi')}${w.charAt(0)}]${escapeRegExp(w.slice(1))}`).join('|');
}

const CITED_KIND_WORDS = [
  'nghị quyết',
  'chỉ thị',
  'kế hoạch',
  'quyết định',
  'hướng dẫn',
  'thông báo',
  'báo cáo',
  'công văn',
  'thông tri',
  'thông tư',
  'nghị định',
  'kết luận',
  'quy định',
];
const TITLE_CLAUSE_END = new RegExp(
  [
    '[;:”"]',
    '\\.(?=\\s|$)',
    ',\\s+(?=\\p{Lu})',
    `,\\s+(?:${eitherCase(['nhằm', 'để', 'góp phần', 'tạo', 'qua đó', 'đồng thời', 'trong đó', 'theo đó', 'phấn đấu', 'gắn với', 'hướng tới', 'với các', 'với mục'])})(?![\\p{L}])`,
    `\\s+(?:và|cùng)\\s+(?=(?:các\\s+)?(?:${eitherCase(CITED_KIND_WORDS)})(?![\\p{L}]))`,
  ].join('|'),
  'u',
);

function cleanTitle(s: string): string {
  return s
    .replace(/\s+/gu, ' ')
    .replace(/[\s.,;:]+$/u, '')
    .trim();
}

function parseCitation(
  after: string,
  agencies: readonly AgencyRef[],
  dictionary: CaseDictionary,
): { date?: PartialDate; issuer?: string; title?: string } {
  const out: { date?: PartialDate; issuer?: string; title?: string } = {};
  let rest = after;
  const d = CITED_DATE.exec(rest);
  if (d) {
    const date = parseVietnameseDate(d[1]!);
    if (date) out.date = date;
    rest = rest.slice(d[0].length);
  }
  let knownIssuer = false;
  const c = /^[\s,]*của\s+/iu.exec(rest);
  if (c) {
    rest = rest.slice(c[0].length);
    const known = agencyPrefixLength(rest, agencies);
    let issuer: string;
    if (known > 0) {
      issuer = rest.slice(0, known);
      knownIssuer = true;
    } else {
      const end = ISSUER_END.exec(rest);
      issuer = rest.slice(0, end ? end.index : rest.length);
    }
    issuer = issuer.trim();
    if (issuer && issuer.split(/\s+/u).length <= 10) {
      out.issuer = issuer;
      rest = rest.slice(rest.indexOf(issuer) + issuer.length);
    }
  }
  const v = /^[\s,]*(về việc|về|v\/v)\s+/iu.exec(rest);
  let body: string | undefined;
  let prefix = '';
  if (v) {
    prefix = /việc|v\/v/iu.test(v[1]!) ? 'Về việc' : 'Về';
    body = rest.slice(v[0].length);
  } else if ((knownIssuer && /^\s+\p{Lu}\p{Ll}/u.test(rest)) || (out.issuer && /^\s+(?:quy định|hướng dẫn)\s/u.test(rest))) {
    // "… của UBND huyện Hữu Lũng Triển khai tổ chức …": the issuer is known exactly, the title follows.
    // "Nghị định số 98/2023/NĐ-CP … của Chính phủ quy định chi tiết …": a decree's title is the clause itself.
    body = rest.trimStart();
  }
  if (body !== undefined) {
    let title: string;
    const quoted = /^\s*[“"]([^“”"]+)[”"]/u.exec(body);
    if (quoted) {
      title = quoted[1]!.trim();
      const first = /^\p{L}+/u.exec(title)?.[0] ?? '';
      if (prefix && first && first !== first.toLocaleUpperCase('vi') && !dictionary.properForm(first.toLocaleLowerCase('vi'))) {
        title = lowerFirst(title);
      }
    } else {
      const end = TITLE_CLAUSE_END.exec(body);
      title = body.slice(0, end ? end.index : body.length);
    }
    title = cleanTitle(title);
    if (title && title.length <= 300) out.title = prefix ? `${prefix} ${title}` : capitalizeFirst(title);
  }
  return out;
}

/**
 * Every numbered document the text cites: kind (as printed, or from the
 * number's type code when no kind word is printed), number, date, issuer,
 * title. Deduplicated by number; later mentions fill fields the first lacked.
 */
export function findBasis(
  paragraphs: readonly Paragraph[],
  ownNumber: string | null | undefined,
  agencies: readonly AgencyRef[],
  dictionary: CaseDictionary,
): CitedDocument[] {
  const byKey = new Map<string, CitedDocument>();
  const ownKey = ownNumber ? documentNumberKey(ownNumber) : null;
  for (const p of paragraphs) {
    // A footnote cites where a figure comes from (a report, last year's plan): evidence, not what the document is issued under.
    if (p.heading || p.footnote) continue;
    const re = new RegExp(DOCUMENT_NUMBER_IN_TEXT.source, DOCUMENT_NUMBER_IN_TEXT.flags);
    for (const m of p.plain.matchAll(re)) {
      const number = normalizeDocumentNumber(m[0]) ?? m[0];
      const key = documentNumberKey(number);
      if (key === ownKey) continue;
      const before = p.plain.slice(Math.max(0, m.index - 40), m.index);
      const printed = CITED_KIND.exec(before)?.[1]?.toLocaleLowerCase('vi');
      let kind: DirectiveKind | undefined;
      if (printed && isKnownKind(printed)) kind = printed;
      else if (!printed) kind = kindFromDocumentNumber(number) ?? undefined;
      const details = parseCitation(p.plain.slice(m.index + m[0].length), agencies, dictionary);
      const doc: CitedDocument = { number };
      if (kind) doc.kind = kind;
      if (details.date) doc.date = details.date;
      if (details.issuer) doc.issuer = details.issuer;
      if (details.title) doc.title = details.title;
      const seen = byKey.get(key);
      if (!seen) byKey.set(key, doc);
      else {
        if (!seen.kind && doc.kind) seen.kind = doc.kind;
        if (!seen.date && doc.date) seen.date = doc.date;
        if (!seen.issuer && doc.issuer) seen.issuer = doc.issuer;
        if (!seen.title && doc.title) seen.title = doc.title;
      }
    }
  }
  // Schema key order: kind, number, date, issuer, title.
  return [...byKey.values()].map((d) => {
    const o: CitedDocument = {} as CitedDocument;
    if (d.kind) o.kind = d.kind;
    o.number = d.number;
    if (d.date) o.date = d.date;
    if (d.issuer) o.issuer = d.issuer;
    if (d.title) o.title = d.title;
    return o;
  });
}

// ---------------------------------------------------------------- campaigns

const QUOTE = /“([^“”\n]{2,400})”|"([^"\n]{2,400})"/gu;
const CHAIN_SEPARATOR = /^\s*(?:giai đoạn\s*\d{4}\s*[-–]\s*\d{4}\s*)?(?:[,;]|,?\s*và)\s*$/iu;
const TRIGGER = /phong trao|cuoc van dong|chu de|danh hieu|tieu chuan|dat chuan|khau hieu|muc tieu|chuong trinh|de an|du an/gu;
const IMPLEMENTS = /thuc hien|trien khai|day manh|huong ung|tiep tuc|to chuc|phat dong|quan triet|nhan rong/u;
const RELATION_RANK: Record<CampaignRelation, number> = { 'phát động': 3, 'thực hiện': 2, 'nhắc đến': 1 };

export interface CampaignResult {
  campaigns: CampaignLink[];
  proposals: string[];
}

function campaignKeys(name: string): string[] {
  const key = matchKey(name);
  const withoutPeriod = key.replace(/\s*giai doan \d{4} \d{4}$/u, '').replace(/^phong trao (?:thi dua )?/u, '');
  return withoutPeriod && withoutPeriod !== key ? [key, withoutPeriod] : [key];
}

/**
 * Names in quotes after "phong trào" ("các phong trào thi đua: “A”, “B”; “C”"),
 * matched to the archive's campaigns ignoring accents and punctuation. Quotes
 * after "cuộc vận động", "chủ đề", "danh hiệu" or a cited document's "về" are
 * not campaigns. "phát động" only when the preamble itself launches it.
 */
export function findCampaigns(paragraphs: readonly Paragraph[], campaigns: readonly CampaignRef[]): CampaignResult {
  const index = new Map<string, CampaignRef[]>();
  for (const c of campaigns) {
    for (const k of campaignKeys(c.name)) index.set(k, [...(index.get(k) ?? []), c]);
  }
  const lookup = (name: string): CampaignRef | undefined => {
    for (const k of campaignKeys(name)) {
      const hits = [...new Map((index.get(k) ?? []).map((c) => [c.id, c])).values()];
      if (hits.length === 1) return hits[0];
    }
    return undefined;
  };

  const links = new Map<string, CampaignLink>();
  const proposals = new Map<string, string>();
  for (const p of paragraphs) {
    if (p.heading || p.footnote) continue;
    const text = p.plain;
    const quotes = [...text.matchAll(QUOTE)].map((m) => ({
      start: m.index,
      end: m.index + m[0].length,
      name: (m[1] ?? m[2] ?? '').trim(),
    }));
    let chainAccepted = false;
    let chainRelation: CampaignRelation = 'nhắc đến';
    for (let i = 0; i < quotes.length; i++) {
      const q = quotes[i]!;
      const previousEnd = i > 0 ? quotes[i - 1]!.end : 0;
      const between = text.slice(previousEnd, q.start);
      const continuesChain = i > 0 && CHAIN_SEPARATOR.test(between);
      if (!continuesChain) {
        // Window: from the start of the sentence to the quote.
        const head = text.slice(0, q.start);
        const sentenceStart = Math.max(0, ...[...head.matchAll(/[.!?]\s+(?=\p{Lu})|\n/gu)].map((m) => m.index + m[0].length));
        const window = foldAligned(text.slice(sentenceStart, q.start));
        let chainLength = 1;
        for (let j = i + 1; j < quotes.length && CHAIN_SEPARATOR.test(text.slice(quotes[j - 1]!.end, quotes[j]!.start)); j++) chainLength++;
        const triggers = [...window.matchAll(TRIGGER)];
        const last = triggers[triggers.length - 1];
        chainAccepted = false;
        if (/(?<![a-z])ve(?:\s+viec)?\s*$/u.test(window)) chainAccepted = false;
        else if (last && last[0] === 'phong trao') {
          const wordsAfter = window
            .slice(last.index + last[0].length)
            .trim()
            .split(/\s+/u)
            .filter(Boolean).length;
          chainAccepted = wordsAfter <= 8 || chainLength >= 2;
        }
        if (chainAccepted) {
          if (p.preamble && /phat dong\s+(?:cac\s+)?phong trao(?:\s+thi dua)?\s*:?\s*$/u.test(window)) chainRelation = 'phát động';
          else chainRelation = IMPLEMENTS.test(window) ? 'thực hiện' : 'nhắc đến';
        }
      }
      if (!chainAccepted) continue;
      const name = q.name.replace(/[\s.,;:]+$/u, '');
      const found = lookup(name);
      if (found) {
        const seen = links.get(found.id);
        if (!seen || RELATION_RANK[chainRelation] > RELATION_RANK[seen.relation])
          links.set(found.id, { campaign: found.id, relation: chainRelation });
      } else if (!proposals.has(matchKey(name))) {
        proposals.set(matchKey(name), name);
      }
    }
  }
  return { campaigns: [...links.values()], proposals: [...proposals.values()] };
}

// ---------------------------------------------------------------- targets

const LIST_ITEM = /^\s*(?:[-+•*]|\d{1,2}[.)])\s+/u;
const BULLET = /^\s*[-+•*]\s+/u;
const NUMBER_TEXT = String.raw`\d[\d.,]*`;
const TARGET_COLON = new RegExp(String.raw`^(.{3,200}?):\s*(${NUMBER_TEXT})\s*(%|[^\d\s][^;]{0,40}?)\s*[.;,]?$`, 'u');
const TARGET_CHANGE = new RegExp(
  String.raw`^(.{3,200}?\s(?:tăng|giảm|đạt|trên|dưới|tối thiểu|ít nhất))\s+(${NUMBER_TEXT})\s*(%|[\p{L}/]+(?:\s[\p{L}/]+){0,2})\s*[.;,]?$`,
  'u',
);
const TARGET_STRIVE = new RegExp(String.raw`^Ph[ấầ]n\s+đấu\s+(${NUMBER_TEXT})\s*%\s+(.+?)(?:\.\s|\.?$)`, 'u');

function target(indicator: string, valueText: string, unit: string): Target | undefined {
  const value = parseVietnameseNumber(valueText.replace(/[.,]$/u, ''));
  const cleanUnit = unit.trim().replace(/[.;,]+$/u, '');
  const name = capitalizeFirst(
    indicator
      .trim()
      .replace(/^chỉ tiêu\s+/iu, '')
      .replace(/[\s:]+$/u, ''),
  );
  if (value === null || !cleanUnit || !name || cleanUnit.split(/\s+/u).length > 5) return undefined;
  return { indicator: name, value, unit: cleanUnit };
}

const TABLE_LINE = /^\s*\|.*\|\s*$/u;
const RULE_ROW = /^[\s|:-]+$/u;
const NUMBERING_HEADER = /^(?:stt|tt|so tt|so thu tu)$/u;
const UNIT_HEADER = /^(?:don vi|dvt)/u;
/** A value cell: a number, then its unit when the table has no unit column ("85%", "60 doanh nghiệp"). */
const VALUE_CELL = new RegExp(String.raw`^(${NUMBER_TEXT})\s*(%|\p{L}[\p{L}/ ]{0,40})?$`, 'u');

function cellsOf(line: string): string[] {
  return line
    .trim()
    .replace(/^\||\|$/gu, '')
    .split('|')
    .map((c) => c.replace(/<br\s*\/?>/gu, ' ').trim());
}

/**
 * Targets in a table (GFM, as the reader writes a Word or HTML table): a
 * header naming the indicator column ("Chỉ tiêu", "Nội dung"), perhaps a unit
 * column ("Đơn vị tính", "ĐVT"), and the value in the last column of numbers.
 * A row whose value is not a number, or that has no unit, gives no target.
 */
function tableTargets(lines: readonly string[]): Target[] {
  const rows = lines.filter((l) => !RULE_ROW.test(l)).map(cellsOf);
  const [head, ...body] = rows;
  if (!head || body.length === 0) return [];
  const headers = head.map((h) => foldAligned(h.toLocaleLowerCase('vi')));
  const unitColumn = headers.findIndex((h) => UNIT_HEADER.test(h));
  const indicatorColumn = headers.findIndex((h, i) => i !== unitColumn && /chi tieu|noi dung|muc tieu/u.test(h) && !/\d{4}/u.test(h));
  if (indicatorColumn < 0) return [];
  const fits = body.filter((r) => r.length === head.length);
  let valueColumn = -1;
  for (let i = head.length - 1; i >= 0 && valueColumn < 0; i--) {
    if (i === unitColumn || i === indicatorColumn || NUMBERING_HEADER.test(headers[i]!)) continue;
    if (fits.some((r) => VALUE_CELL.test(r[i]!))) valueColumn = i;
  }
  if (valueColumn < 0) return [];
  const out: Target[] = [];
  for (const row of fits) {
    const value = VALUE_CELL.exec(row[valueColumn]!);
    if (!value) continue;
    const unit = unitColumn >= 0 ? row[unitColumn]! : (value[2] ?? '');
    const t = target(row[indicatorColumn]!, value[1]!, unit);
    if (t) out.push(t);
  }
  return out;
}

/**
 * Targets in list items: "Chỉ tiêu X: 31.410.000 đồng/năm", "X tăng 15%",
 * "Thành lập mới hợp tác xã: 02 hợp tác xã", and "Phấn đấu 100% X" items;
 * and in tables (tableTargets).
 */
export function findTargets(paragraphs: readonly Paragraph[]): Target[] {
  const out: Target[] = [];
  for (const p of paragraphs) {
    if (p.heading || p.footnote) continue;
    const lines = p.plain.split('\n');
    if (lines.every((l) => TABLE_LINE.test(l))) {
      out.push(...tableTargets(lines));
      continue;
    }
    for (const line of lines) {
      if (!LIST_ITEM.test(line)) continue;
      const item = line.replace(LIST_ITEM, '').trim();
      let t: Target | undefined;
      if (BULLET.test(line)) {
        const colon = TARGET_COLON.exec(item);
        if (colon) t = target(colon[1]!, colon[2]!, colon[3]!);
        if (!t) {
          const change = TARGET_CHANGE.exec(item);
          if (change) t = target(change[1]!, change[2]!, change[3]!);
        }
      }
      if (!t) {
        const strive = TARGET_STRIVE.exec(item);
        if (strive) t = target(strive[2]!, strive[1]!, '%');
      }
      if (t) out.push(t);
    }
  }
  return out;
}
