/**
 * Rules that span entries, which a per-file schema cannot see. Astro's
 * `reference()` only logs a dangling reference, so the archive checks its own
 * links here, before any page is written. Pure: no file system, no Astro.
 */
import type { Directive, Period } from './schema/index.ts';
import { dateRange, formatDate, periodIsOrdered } from './dates.ts';
import { documentNumberKey } from './document-number.ts';
import { computePercent, statedPercentIsConsistent } from './indicators.ts';
import { formatBytes, formatNumber } from './numbers.ts';
import { linkProblems, listingPaths, type BodyLink, type LinkResolver } from './body-links.ts';
import { LIMITS } from './limits.ts';
import { fieldName, describeValue, closest, type FieldPath, type Problem } from './problems.ts';
import { isPublished, type CollectionName, type EntryDataByCollection } from './publication.ts';
import { eliPath } from './redirects.ts';
import { numberResolver } from './graph.ts';

export interface CheckedEntry<C extends CollectionName = CollectionName> {
  collection: C;
  id: string;
  file: string;
  data: EntryDataByCollection[C];
  lineOf: (path: FieldPath) => number;
}

export interface IntegrityInput {
  entries: CheckedEntry[];
  /** 'YYYY-MM-DD'; entries dated later are not published yet. */
  today: string;
  /** Why `files/<name>` cannot be published (missing, a folder, a link out of the root, too large), or null. */
  attachmentProblem: (name: string) => string | null;
  /**
   * False when agencies.yaml as a whole could not be read: its own problem
   * is reported, and references to agencies are not checked against nothing.
   */
  agenciesReadable?: boolean;
  /** The links of an entry's body (body-links.ts), when it has a body that passed the safety check. */
  bodyLinks?: (entry: CheckedEntry) => { links: readonly BodyLink[]; firstLine: number } | undefined;
  /** The ids an entry's rendered body carries, for links with "#…"; asked once per entry at most. */
  bodyAnchors?: (entry: CheckedEntry) => ReadonlySet<string>;
}

const COLLECTION_NOUN: Record<CollectionName, string> = {
  directives: 'văn bản',
  campaigns: 'phong trào',
  figures: 'điển hình',
  results: 'kết quả',
  agencies: 'cơ quan',
};

const COLLECTION_PLACE: Record<CollectionName, string> = {
  directives: 'content/directives/<mã>.mdx',
  campaigns: 'content/campaigns/<mã>.mdx',
  figures: 'content/figures/<mã>.mdx',
  results: 'content/results/<mã>.mdx',
  agencies: 'content/agencies.yaml',
};

/** Checked entries grouped by collection, as the rules below and the link graph take them. */
export function byCollection(entries: readonly CheckedEntry[]) {
  const of = <C extends CollectionName>(collection: C) => entries.filter((e): e is CheckedEntry<C> => e.collection === collection);
  return {
    directives: of('directives'),
    campaigns: of('campaigns'),
    figures: of('figures'),
    results: of('results'),
    agencies: of('agencies'),
  };
}

export function checkIntegrity({
  entries,
  today,
  attachmentProblem,
  agenciesReadable = true,
  bodyLinks,
  bodyAnchors,
}: IntegrityInput): Problem[] {
  const problems: Problem[] = [];
  const grouped = byCollection(entries);
  const report = (entry: CheckedEntry, path: FieldPath, expected: string, found: string) =>
    problems.push({ file: entry.file, line: entry.lineOf(path), field: fieldName(path), expected, found });

  const idsOf = new Map<CollectionName, Map<string, CheckedEntry>>();
  for (const entry of entries) {
    const ids = idsOf.get(entry.collection) ?? new Map<string, CheckedEntry>();
    idsOf.set(entry.collection, ids);
    const first = ids.get(entry.id);
    if (first) {
      report(
        entry,
        [],
        `mã mục duy nhất trong ${COLLECTION_NOUN[entry.collection]} (tên tệp đổi thành chữ không dấu)`,
        `mã "${entry.id}" trùng với ${first.file}`,
      );
    } else ids.set(entry.id, entry);
  }
  const published = (e: CheckedEntry) => isPublished(e.collection, e.data, today);

  // An old id's address redirects to one page (redirects.ts): never its own, never another's.
  const previousOwners = new Map<string, CheckedEntry>();
  for (const entry of entries) {
    if (!('previousIds' in entry.data)) continue;
    entry.data.previousIds.forEach((old, i) => {
      const path = ['previousIds', i];
      const owner = idsOf.get(entry.collection)?.get(old);
      const earlier = previousOwners.get(`${entry.collection}|${old}`);
      if (old === entry.id) report(entry, path, 'tên cũ của tệp, khác tên hiện tại', `"${old}" là tên hiện tại của chính tệp này`);
      else if (owner)
        report(entry, path, `một mã không còn ${COLLECTION_NOUN[entry.collection]} nào dùng`, `"${old}" là mã của ${owner.file}`);
      else if (earlier)
        report(entry, path, 'một mã cũ chỉ ghi ở một tệp, một lần', `"${old}" đã ghi trong previousIds của ${earlier.file}`);
      else previousOwners.set(`${entry.collection}|${old}`, entry);
    });
  }

  const checkRef = (from: CheckedEntry, path: FieldPath, target: CollectionName, id: string | undefined) => {
    if (id === undefined || (target === 'agencies' && !agenciesReadable)) return undefined;
    const found = idsOf.get(target)?.get(id);
    if (!found) {
      const hint = closest(id, [...(idsOf.get(target)?.keys() ?? [])]);
      report(
        from,
        path,
        `mã một ${COLLECTION_NOUN[target]} có trong kho (${COLLECTION_PLACE[target]})${hint ? `, có phải "${hint}"?` : ''}`,
        `"${id}" (không tồn tại)`,
      );
      return undefined;
    }
    if (published(from) && !published(found)) {
      report(from, path, `một ${COLLECTION_NOUN[target]} đã công bố`, `"${id}" là bản nháp hoặc chưa đến ngày công bố`);
    }
    return found;
  };

  const checkFile = (entry: CheckedEntry, path: FieldPath, name: string, noun: string) => {
    const refusal = attachmentProblem(name);
    if (refusal)
      report(
        entry,
        path,
        `${noun} thật trong thư mục files/ của kho, không quá ${formatBytes(LIMITS.attachmentBytes)}`,
        `"${name}" (${refusal})`,
      );
  };

  const checkPeriod = (entry: CheckedEntry, path: FieldPath, period: Period | undefined) => {
    if (period?.from && period.to && !periodIsOrdered(period.from, period.to)) {
      report(entry, [...path, 'to'], `ngày kết thúc không trước ngày bắt đầu (${formatDate(period.from)})`, formatDate(period.to));
    }
  };

  for (const agency of grouped.agencies) {
    checkRef(agency, ['parent'], 'agencies', agency.data.parent);
    const { activeFrom, activeTo } = agency.data;
    if (activeFrom && activeTo && !periodIsOrdered(activeFrom, activeTo)) {
      report(agency, ['activeTo'], `ngày thôi hoạt động sau ngày bắt đầu (${formatDate(activeFrom)})`, formatDate(activeTo));
    }
  }

  const numberOwners = new Map<string, CheckedEntry<'directives'>>();
  const eliOwners = new Map<string, CheckedEntry<'directives'>>();
  for (const directive of grouped.directives) {
    const d = directive.data;
    const issuer = checkRef(directive, ['issuer'], 'agencies', d.issuer) as CheckedEntry<'agencies'> | undefined;
    const activeTo = issuer?.data.activeTo;
    if (d.issued && activeTo && dateRange(d.issued).start >= dateRange(activeTo).start) {
      report(
        directive,
        ['issued'],
        `ngày trước khi ${issuer.data.shortName} thôi hoạt động (${formatDate(activeTo)})`,
        formatDate(d.issued),
      );
    }
    d.campaigns.forEach((c, i) => checkRef(directive, ['campaigns', i, 'campaign'], 'campaigns', c.campaign));
    checkPeriod(directive, ['period'], d.period);
    // Local documents take effect no earlier than they are issued (Luật Ban hành VBQPPL 2025, Điều 57).
    if (d.effective && d.issued && dateRange(d.effective).end < dateRange(d.issued).start) {
      report(
        directive,
        ['effective'],
        `ngày có hiệu lực không trước ngày ban hành (${formatDate(d.issued)}): văn bản của địa phương không có hiệu lực trở về trước`,
        formatDate(d.effective),
      );
    }
    const start = d.effective ?? d.issued;
    if (d.expires && start && dateRange(d.expires).end <= dateRange(start).start) {
      report(
        directive,
        ['expires'],
        `ngày hết hiệu lực sau ngày ${d.effective ? 'có hiệu lực' : 'ban hành'} (${formatDate(start)})`,
        formatDate(d.expires),
      );
    }
    d.attachments.forEach((a, i) => checkFile(directive, ['attachments', i, 'file'], a.file, 'một tệp'));
    if (d.number !== null && published(directive)) {
      const key = `${documentNumberKey(d.number)}|${d.issuer}`;
      const first = numberOwners.get(key);
      const eli = eliPath(d);
      const sameEli = eli === null ? undefined : eliOwners.get(eli);
      if (first)
        report(directive, ['number'], `số ký hiệu chưa dùng cho văn bản khác của cùng cơ quan`, `"${d.number}" đã có ở ${first.file}`);
      else if (sameEli)
        // "34-CT/TW" and "34/CT-TW" are two numbers but one slug.
        report(
          directive,
          ['number'],
          `số ký hiệu cho đường dẫn cố định riêng`,
          `"${d.number}" cho cùng đường dẫn ${eli} với "${sameEli.data.number}" ở ${sameEli.file}`,
        );
      else {
        numberOwners.set(key, directive);
        if (eli) eliOwners.set(eli, directive);
      }
    }
  }

  checkLegalRelations(grouped, idsOf, published, report, checkRef);

  const campaigns = grouped.campaigns;
  for (const campaign of campaigns) {
    checkRef(campaign, ['parent'], 'campaigns', campaign.data.parent);
    checkRef(campaign, ['launchedBy'], 'directives', campaign.data.launchedBy);
    checkPeriod(campaign, ['period'], campaign.data.period);
    // A parent chain that loops would make every timeline and breadcrumb endless.
    const seen = new Set([campaign.id]);
    let parent = campaign.data.parent;
    while (parent) {
      if (seen.has(parent)) {
        report(campaign, ['parent'], 'một chuỗi phong trào cha không quay vòng', `vòng lặp qua "${parent}"`);
        break;
      }
      seen.add(parent);
      parent = (idsOf.get('campaigns')?.get(parent) as CheckedEntry<'campaigns'> | undefined)?.data.parent;
    }
  }

  for (const figure of grouped.figures) {
    figure.data.campaigns.forEach((c, i) => checkRef(figure, ['campaigns', i], 'campaigns', c));
    const decision = checkRef(figure, ['decision', 'directive'], 'directives', figure.data.decision.directive) as
      CheckedEntry<'directives'> | undefined;
    if (decision && (decision.data as Directive).kind !== 'quyết định') {
      report(figure, ['decision', 'directive'], 'một văn bản loại "quyết định"', `"${decision.id}" là ${decision.data.kind}`);
    }
    if (figure.data.photo) checkFile(figure, ['photo', 'src'], figure.data.photo.src, 'một tệp ảnh');
  }

  for (const result of grouped.results) {
    const r = result.data;
    checkRef(result, ['issuer'], 'agencies', r.issuer);
    r.campaigns.forEach((c, i) => checkRef(result, ['campaigns', i], 'campaigns', c));
    r.directives.forEach((d, i) => checkRef(result, ['directives', i], 'directives', d));
    r.indicators.forEach((indicator, i) => {
      if (indicator.percent === undefined) return;
      const computed = computePercent(indicator.actual, indicator.target);
      if (computed === null) {
        report(result, ['indicators', i, 'percent'], 'không ghi tỷ lệ khi chỉ tiêu bằng 0', describeValue(indicator.percent));
      } else if (!statedPercentIsConsistent(indicator.percent, indicator.actual, indicator.target)) {
        report(
          result,
          ['indicators', i, 'percent'],
          `khớp thực hiện/chỉ tiêu = ${formatNumber(indicator.actual)}/${formatNumber(indicator.target)} ≈ ${formatNumber(computed, 2)}% (sai số làm tròn)`,
          `${formatNumber(indicator.percent)}%`,
        );
      }
    });
  }

  if (bodyLinks) problems.push(...checkBodyLinks(entries, grouped, idsOf, published, bodyLinks, bodyAnchors));
  return problems;
}

/**
 * Relations between documents (`relations`, written on the newer one): to
 * an entry that exists, not to itself, never from a published document to
 * an unpublished one (by id, or by a number only such a document has, and
 * then the message names only what the editor typed), from a document not
 * issued before the one it acts on, and no loop of replacements.
 */
function checkLegalRelations(
  grouped: ReturnType<typeof byCollection>,
  idsOf: ReadonlyMap<CollectionName, ReadonlyMap<string, CheckedEntry>>,
  published: (e: CheckedEntry) => boolean,
  report: (entry: CheckedEntry, path: FieldPath, expected: string, found: string) => void,
  checkRef: (from: CheckedEntry, path: FieldPath, target: CollectionName, id: string | undefined) => CheckedEntry | undefined,
): void {
  const agencyOf = (id: string) => (idsOf.get('agencies')?.get(id) as CheckedEntry<'agencies'> | undefined)?.data;
  const resolvePublished = numberResolver(grouped.directives.filter(published), agencyOf);
  const resolveAny = numberResolver(grouped.directives, agencyOf);
  const replaces = new Map<CheckedEntry<'directives'>, { target: CheckedEntry<'directives'>; path: FieldPath }[]>();

  for (const source of grouped.directives) {
    source.data.relations.forEach((relation, i) => {
      const byId = relation.directive !== undefined;
      const path: FieldPath = ['relations', i, byId ? 'directive' : 'number'];
      const typed = `"${relation.directive ?? relation.number}"`;
      let target: CheckedEntry<'directives'> | undefined;
      if (byId && relation.directive === source.id) {
        report(source, path, 'một văn bản khác văn bản này', `${typed} (chính văn bản này)`);
        return;
      }
      if (byId) target = checkRef(source, path, 'directives', relation.directive) as CheckedEntry<'directives'> | undefined;
      else {
        const { number, date, issuer } = relation;
        target = resolvePublished(number!, date, issuer);
        const hidden = target ? undefined : resolveAny(number!, date, issuer);
        if (hidden && published(source)) {
          report(
            source,
            path,
            'số ký hiệu của một văn bản đã công bố, hoặc của văn bản ngoài kho',
            `${typed} chỉ trùng số của một văn bản chưa công bố (bản nháp hoặc chưa đến ngày công bố)`,
          );
          return;
        }
        target ??= hidden;
        if (target === source) {
          report(source, path, 'số ký hiệu của một văn bản khác văn bản này', `${typed} (số của chính văn bản này)`);
          return;
        }
      }
      if (!target || (published(source) && !published(target))) return;
      const issued = source.data.issued;
      const older = target.data.issued;
      if (issued && older && dateRange(issued).end < dateRange(older).start) {
        report(
          source,
          path,
          `văn bản ban hành không sau văn bản này (${formatDate(issued)}): văn bản ${relation.type} phải là văn bản mới hơn`,
          `${typed} ban hành ${formatDate(older)}`,
        );
      }
      if (relation.type === 'thay thế' && published(source)) {
        const edges = replaces.get(source) ?? [];
        replaces.set(source, [...edges, { target, path }]);
      }
    });
  }

  // A loop of replacements leaves no document in force; each loop is reported once.
  const loopsSeen = new Set<string>();
  const pathTo = (
    from: CheckedEntry<'directives'>,
    to: CheckedEntry<'directives'>,
    seen = new Set<CheckedEntry>(),
  ): CheckedEntry[] | null => {
    if (from === to) return [to];
    if (seen.has(from)) return null;
    seen.add(from);
    for (const edge of replaces.get(from) ?? []) {
      const rest = pathTo(edge.target, to, seen);
      if (rest) return [from, ...rest];
    }
    return null;
  };
  for (const [source, edges] of replaces) {
    for (const { target, path } of edges) {
      const loop = pathTo(target, source);
      if (!loop) continue;
      const key = loop
        .map((e) => e.id)
        .sort()
        .join('|');
      if (loopsSeen.has(key)) continue;
      loopsSeen.add(key);
      report(
        source,
        path,
        'một chuỗi thay thế không quay vòng (văn bản mới thay thế văn bản cũ)',
        `vòng lặp ${[source, ...loop].map((e) => `"${e.id}"`).join(' → ')}`,
      );
    }
  }
}

/** Links in bodies, held to the rules of frontmatter references: a published page, an anchor it has, a published file. */
function checkBodyLinks(
  entries: readonly CheckedEntry[],
  grouped: ReturnType<typeof byCollection>,
  idsOf: ReadonlyMap<CollectionName, ReadonlyMap<string, CheckedEntry>>,
  published: (e: CheckedEntry) => boolean,
  linksOf: NonNullable<IntegrityInput['bodyLinks']>,
  anchorsOfBody: IntegrityInput['bodyAnchors'],
): Problem[] {
  const attached = new Map<string, boolean>();
  const attach = (file: string, by: CheckedEntry) => attached.set(file, (attached.get(file) ?? false) || published(by));
  for (const d of grouped.directives) for (const a of d.data.attachments) attach(a.file, d);
  for (const f of grouped.figures) if (f.data.photo) attach(f.data.photo.src, f);
  const listings = listingPaths(grouped.directives.filter(published), grouped.agencies);
  const anchors = new Map<CheckedEntry, ReadonlySet<string>>();
  const anchorsOf = (e: CheckedEntry) => {
    let found = anchors.get(e);
    if (!found) anchors.set(e, (found = anchorsOfBody?.(e) ?? new Set()));
    return found;
  };
  const resolver: LinkResolver = {
    entry: (collection, id) => {
      const e = idsOf.get(collection)?.get(id);
      return e && { published: published(e) };
    },
    anchors: (collection, id) => anchorsOf(idsOf.get(collection)!.get(id)!),
    attachment: (file) => (attached.has(file) ? { published: attached.get(file)! } : undefined),
    listing: (path) => listings.has(path),
    // Published ids only, so that a message never names a draft.
    suggest: (collection, id) =>
      closest(
        id,
        [...(idsOf.get(collection)?.values() ?? [])].filter(published).map((e) => e.id),
      ),
  };
  const problems: Problem[] = [];
  for (const entry of entries) {
    const body = linksOf(entry);
    if (!body?.links.length) continue;
    problems.push(
      ...linkProblems(
        body.links,
        { file: entry.file, firstLine: body.firstLine, published: published(entry), ownAnchors: () => anchorsOf(entry) },
        resolver,
      ),
    );
  }
  return problems;
}
