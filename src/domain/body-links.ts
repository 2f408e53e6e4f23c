/**
 * Links inside content bodies, checked like the frontmatter's references
 * (integrity.ts): an internal link must reach a published entry, an anchor
 * its page has, a file a published entry attaches, or a page the site writes
 * (routes.ts). Pure: no file system, no Astro; the caller answers for the
 * archive through a LinkResolver.
 */
import { mdxToMdast } from 'satteri';
import type { Directive } from './schema/index.ts';
import { directiveListings } from './directive-listings.ts';
import { ALLOWED_ATTRIBUTES, ALLOWED_COMPONENTS, ALLOWED_ELEMENTS, isScriptUrl } from './mdx-safety.ts';
import { closest, describeValue, type Problem } from './problems.ts';
import type { CollectionName } from './publication.ts';
import { ENTRY_ROUTE, paginate, routes, SECTION } from './routes.ts';

export interface BodyLink {
  kind: 'link' | 'image' | 'definition' | 'attribute';
  /** As Sätteri hands it to the renderer: backslash escapes and entities decoded. */
  url: string;
  /** 1-based line in the body. */
  line: number;
}

/** Link attributes an allowed element may carry: none today (ALLOWED_ATTRIBUTES is only "title"). */
const LINK_ATTRIBUTES = ['href', 'src'].filter((name) => ALLOWED_ATTRIBUTES.has(name));

/**
 * Link syntax: the "](" of an inline link or image, the "]:" of a reference
 * definition (not of a footnote, "[^1]:"), an allowed link attribute.
 * Without any, a body's only links are autolinked web addresses (www.,
 * https://…), which are external: no parse needed.
 */
const MAY_HAVE_LINKS = new RegExp(
  String.raw`\]\(|(?<!\[\^[^\]\n]*)\]:` + (LINK_ATTRIBUTES.length ? String.raw`|\b(?:${LINK_ATTRIBUTES.join('|')})\s*=` : ''),
);

export function mayHaveLinks(body: string): boolean {
  return MAY_HAVE_LINKS.test(body);
}

interface MdastNode {
  type: string;
  url?: string;
  name?: string | null;
  attributes?: { type: string; name?: string; value?: unknown }[];
  position?: { start: { line: number } };
  children?: MdastNode[];
}

/**
 * The links of a body in document order: links, images and reference
 * definitions, and link attributes of allowed elements, as Sätteri parses
 * them. A body without link syntax (mayHaveLinks) is not parsed and gives [];
 * one that does not parse gives [] too: checkMdxSafety reports the error.
 */
export function bodyLinks(body: string): BodyLink[] {
  if (!mayHaveLinks(body)) return [];
  let tree: MdastNode;
  try {
    tree = mdxToMdast(body) as unknown as MdastNode;
  } catch {
    return [];
  }
  const links: BodyLink[] = [];
  const allowed = new Set<string>([...ALLOWED_COMPONENTS, ...ALLOWED_ELEMENTS]);
  // Iterative: a body the check refuses may be thousands of levels deep.
  const stack = [tree];
  while (stack.length) {
    const node = stack.pop()!;
    const line = node.position?.start.line ?? 1;
    if ((node.type === 'link' || node.type === 'image' || node.type === 'definition') && typeof node.url === 'string') {
      links.push({ kind: node.type, url: node.url, line });
    } else if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && allowed.has(node.name ?? '')) {
      for (const a of node.attributes ?? []) {
        if (a.type === 'mdxJsxAttribute' && LINK_ATTRIBUTES.includes(a.name ?? '') && typeof a.value === 'string')
          links.push({ kind: 'attribute', url: a.value, line });
      }
    }
    const children = node.children ?? [];
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
  return links;
}

/** What the check needs to know of the archive. */
export interface LinkResolver {
  /** The entry with this id, published or not; undefined when the archive has none. */
  entry(collection: CollectionName, id: string): { published: boolean } | undefined;
  /** The ids the entry's page carries (bodyAnchors of its body). Asked only for a link with "#…". */
  anchors(collection: CollectionName, id: string): ReadonlySet<string>;
  /** Whether an entry attaches the file (attachments, photo), and whether a published one does; undefined when none does. */
  attachment(file: string): { published: boolean } | undefined;
  /** Whether the build writes this listing page, e.g. "/van-ban/nam/2021/" (listingPaths). */
  listing(path: string): boolean;
  /** An id to suggest for a missing one, if any: give only published ids, so a message never names a draft. */
  suggest?(collection: CollectionName, id: string): string | undefined;
}

/** The entry whose body holds the links. */
export interface LinkingEntry {
  file: string;
  /** The file line of the body's first line. */
  firstLine: number;
  /** A draft may link to drafts, as in integrity.ts: neither page is written yet. */
  published: boolean;
  /** The ids of its own rendered body (bodyAnchors), for "#…": asked at most once, and only for such a link. */
  ownAnchors(): ReadonlySet<string>;
}

const NOUN: Record<CollectionName, string> = {
  directives: 'văn bản',
  campaigns: 'phong trào',
  figures: 'điển hình',
  results: 'kết quả',
  agencies: 'cơ quan',
};

/** "/van-ban/" → directives: the first segment of each entry route, from the route table itself. */
const SECTIONS = new Map(Object.entries(SECTION).map(([collection, section]) => [section, collection as CollectionName]));
/** Pages every build writes. */
const FIXED_PAGES: ReadonlySet<string> = new Set([
  routes.home(),
  routes.directives(),
  routes.campaigns(),
  routes.figures(),
  routes.results(),
  routes.agencies(),
  routes.search(),
  routes.feed(),
  routes.directivesFeed(),
  routes.campaignsFeed(),
  routes.figuresFeed(),
  routes.resultsFeed(),
  routes.data(),
]);
const ATTACHMENTS = routes.attachment('');
/** The first segment after /van-ban/ of its paginated and filtered listings. */
const DIRECTIVE_LISTINGS = new Set(
  [routes.directives(2), routes.directivesByYear(2000), routes.directivesByKind('x')].map((path) => path.split('/')[2]!),
);

type Page =
  | { kind: 'fixed' }
  | { kind: 'listing'; path: string }
  | { kind: 'entry'; collection: CollectionName; id: string; listing?: string }
  | { kind: 'file'; file: string };

/** The page a site path names, by the shapes of routes.ts; undefined when the site writes none of that shape. */
function pageOf(path: string): Page | undefined {
  if (FIXED_PAGES.has(path)) return { kind: 'fixed' };
  if (path.startsWith(ATTACHMENTS))
    return path.length > ATTACHMENTS.length ? { kind: 'file', file: path.slice(ATTACHMENTS.length) } : undefined;
  if (!path.endsWith('/')) return undefined;
  const [section, ...rest] = path.slice(1, -1).split('/');
  const collection = SECTIONS.get(section!);
  if (!collection || rest.length === 0 || rest.includes('')) return undefined;
  if (rest.length === 1) return { kind: 'entry', collection, id: rest[0]! };
  if (collection === 'directives' && DIRECTIVE_LISTINGS.has(rest[0]!)) return { kind: 'listing', path };
  // An agency's directives, page 2 and on: /co-quan/<id>/trang/<n>/.
  if (collection === 'agencies' && rest.length === 3 && rest[1] === routes.agency('x', 2).split('/')[3])
    return { kind: 'entry', collection, id: rest[0]!, listing: path };
  return undefined;
}

const EXTERNAL_SCHEMES: ReadonlySet<string> = new Set(['http', 'https', 'mailto', 'tel']);
const ANCHOR = 'liên kết tới một mục có trên trang (tiêu đề hoặc chú thích)';
const PAGE = 'liên kết tới một trang có trên trang web';

interface Verdict {
  expected: string;
  found: string;
}

/** The anchor to suggest: the closest id, else one the fragment begins ("muc-i" for "muc-i-muc-tieu"). */
function anchorHint(name: string, anchors: ReadonlySet<string>): string {
  const ids = [...anchors];
  const hint = closest(name, ids) ?? (name ? ids.find((id) => id.startsWith(name)) : undefined);
  return hint ? `, có phải "#${hint}"?` : '';
}

const decode = (fragment: string) => {
  try {
    return decodeURIComponent(fragment);
  } catch {
    return fragment;
  }
};

/**
 * Problems of a body's links: a missing entry, a draft or an entry not yet
 * published linked from a published one, an anchor the target page lacks, a
 * file no published entry attaches, a path that is no page of the site, a
 * relative path, an empty link or an unknown scheme. External links (http,
 * https, mailto, tel, "//host") are not checked; script URLs are left to
 * checkMdxSafety, which reports them.
 */
export function linkProblems(links: readonly BodyLink[], from: LinkingEntry, resolver: LinkResolver): Problem[] {
  const problems: Problem[] = [];
  let own: ReadonlySet<string> | undefined;

  /** Why a site path (with its "#fragment", if any) is a bad link; undefined if it is a good one. */
  const verdict = (url: string, path: string, fragment: string | undefined): Verdict | undefined => {
    const quoted = describeValue(url);
    const name = fragment === undefined ? '' : decode(fragment);
    const page = pageOf(path);
    if (!page || (page.kind === 'listing' && !resolver.listing(page.path))) {
      // The site writes every page with a trailing slash.
      const hint = !path.endsWith('/') && !verdict(`${path}/`, `${path}/`, undefined) ? `, có phải "${path}/"?` : '';
      return { expected: `${PAGE}${hint}`, found: `${quoted} (không có trang này)` };
    }
    if (page.kind === 'file') {
      const attached = resolver.attachment(page.file);
      // The same words whether a draft attaches the file or nothing does: a message names no draft.
      if (!attached || (from.published && !attached.published)) {
        return {
          expected: 'liên kết tới một tệp đính kèm của một mục đã công bố',
          found: `${quoted} (không có mục đã công bố nào đính kèm tệp này)`,
        };
      }
      return undefined; // "#page=3" of a PDF is the viewer's business
    }
    if (page.kind === 'entry') {
      const { collection, id } = page;
      const noun = NOUN[collection];
      const target = resolver.entry(collection, id);
      if (!target) {
        const hint = resolver.suggest?.(collection, id);
        return {
          expected: `liên kết tới một ${noun} đã công bố${hint ? `, có phải "${ENTRY_ROUTE[collection](hint)}"?` : ''}`,
          found: `${quoted} (không có ${noun} này)`,
        };
      }
      if (from.published && !target.published)
        return { expected: `liên kết tới một ${noun} đã công bố`, found: `${quoted} (bản nháp hoặc chưa đến ngày công bố)` };
      if (page.listing && !resolver.listing(page.listing)) return { expected: PAGE, found: `${quoted} (không có trang này)` };
      if (name && !page.listing) {
        const anchors = resolver.anchors(collection, id);
        if (!anchors.has(name))
          return { expected: `${ANCHOR}${anchorHint(name, anchors)}`, found: `${quoted} (trang không có mục "${name}")` };
        return undefined;
      }
    }
    // Listings, the home and search pages change with the archive: no anchor of theirs is stable.
    if (name) return { expected: ANCHOR, found: `${quoted} (trang đích không có mục cố định để liên kết)` };
    return undefined;
  };

  for (const link of links) {
    const { url } = link;
    const report = ({ expected, found }: Verdict) =>
      problems.push({ file: from.file, line: link.line + from.firstLine - 1, field: '(nội dung)', expected, found });
    const hash = url.indexOf('#');
    const beforeHash = hash === -1 ? url : url.slice(0, hash);
    const fragment = hash === -1 ? undefined : url.slice(hash + 1);
    const path = beforeHash.replace(/\?.*$/s, '');
    const quoted = describeValue(url);

    if (!url.trim()) {
      report({ expected: 'một địa chỉ liên kết', found: 'liên kết trống' });
    } else if (isScriptUrl(url) || url.startsWith('//')) {
      // Script URLs: checkMdxSafety reports them. "//host/…": another site, like http(s).
    } else if (/^[a-z][a-z0-9+.-]*:/i.test(url)) {
      const scheme = url.slice(0, url.indexOf(':')).toLowerCase();
      if (!EXTERNAL_SCHEMES.has(scheme)) {
        report({
          expected: 'liên kết http(s), mailto:, tel: hoặc đường dẫn bắt đầu bằng "/"',
          found: `${quoted} (giao thức "${scheme}:")`,
        });
      }
    } else if (beforeHash === '') {
      // "#…" on the entry's own page.
      const name = decode(fragment ?? '');
      if (name) {
        own ??= from.ownAnchors();
        if (!own.has(name))
          report({ expected: `${ANCHOR}${anchorHint(name, own)}`, found: `${quoted} (trang này không có mục "${name}")` });
      }
    } else if (!path.startsWith('/')) {
      // Relative to the page's own address: it breaks when the page moves, or is read from a feed or the search index.
      const stripped = url.replace(/^(?:\.{1,2}\/)+/, '');
      // "van-ban/a/" was meant from the root, "a.pdf" may be an attachment; "?q=1" is no path to suggest.
      const candidates = /^[a-z0-9]/i.test(stripped)
        ? [`/${stripped}`, ...(stripped.includes('/') ? [] : [routes.attachment(stripped)])]
        : [];
      const hint = candidates.find((candidate) => {
        const at = candidate.indexOf('#');
        return !verdict(
          candidate,
          (at === -1 ? candidate : candidate.slice(0, at)).replace(/\?.*$/s, ''),
          at === -1 ? undefined : candidate.slice(at + 1),
        );
      });
      report({
        expected: `đường dẫn bắt đầu bằng "/" (ví dụ "${routes.directive('<mã>')}")${hint ? `, có phải "${hint}"?` : ''}`,
        found: `${quoted} (đường dẫn tương đối, hỏng khi trang đổi địa chỉ)`,
      });
    } else {
      const bad = verdict(url, path, fragment);
      if (bad) report(bad);
    }
  }
  return problems;
}

/**
 * The listing pages the build writes for these published directives and
 * agencies, as src/pages/van-ban/[...listing].astro and
 * src/pages/co-quan/[...agency].astro do: every filter and page of
 * /van-ban/, and each agency's directive pages after the first.
 */
export function listingPaths(directives: readonly { data: Directive }[], agencies: readonly { id: string }[]): Set<string> {
  const paths = new Set(directiveListings(directives).map((page) => page.href(page.page)));
  const issued = new Map<string, number>();
  for (const { data } of directives) issued.set(data.issuer, (issued.get(data.issuer) ?? 0) + 1);
  for (const { id } of agencies) {
    const pages = paginate(Array.from({ length: issued.get(id) ?? 0 })).length;
    for (let page = 2; page <= pages; page++) paths.add(routes.agency(id, page));
  }
  return paths;
}
