/**
 * Cache keys for Astro's incremental build: a page is reused from the last
 * build only while its key is unchanged, so each key is a digest of
 * everything the page shows. A stale key publishes stale text, hence one
 * place, next to the graph, listing what each page shows; the pages ask the
 * graph for the same things. Pure: no Astro.
 *
 * Publication needs no date in the keys: the graph holds only what is
 * published today, so an entry coming out of the future (or going back to
 * draft) changes the lists, and so the keys, of every page that shows it.
 * Statuses do: a directive's page states its legal status "tính đến ngày
 * <today>" (an effective or expiry date passing changes it), and a
 * campaign's page shows its own and its children's status from their
 * periods. So a directive page is rendered again on each new day, and a
 * campaign page when a status it shows changes.
 */
import { createHash } from 'node:crypto';
import type { Agency, Campaign, Directive, Figure, Result } from './schema/index.ts';
import type { ListingPage } from './directive-listings.ts';
import { listingFacets } from './directive-listings.ts';
import type { ArchiveGraph, Node } from './graph.ts';
import { campaignStatus } from './campaign-status.ts';

/** An Astro entry carries the digest of its file (frontmatter and body); a plain node in tests may have only data. */
type Digested = { id: string; data: unknown; collection?: string; digest?: string };

const isEntry = (value: unknown): value is Digested =>
  typeof value === 'object' && value !== null && typeof (value as Digested).id === 'string' && 'data' in value;

const sha1 = (text: string) => createHash('sha1').update(text).digest('base64url');

export function pageKeys<
  D extends Node<Directive>,
  C extends Node<Campaign>,
  F extends Node<Figure>,
  R extends Node<Result>,
  A extends Node<Agency>,
>(graph: ArchiveGraph<D, C, F, R, A>, today: string) {
  // An entry shown on many pages is digested once, by its data: only its own page shows its body.
  const entryDigests = new WeakMap<object, string>();
  const entryDigest = (entry: Digested) => {
    let digest = entryDigests.get(entry);
    if (digest === undefined) entryDigests.set(entry, (digest = sha1(JSON.stringify([entry.collection, entry.id, entry.data]))));
    return digest;
  };
  // Entries inside what a page shows stand for their digest; functions (hrefs) derive from the rest.
  const digestOf = (value: unknown) => sha1(JSON.stringify(value, (_key, v: unknown) => (isEntry(v) ? entryDigest(v) : v)));
  // Every list of directives names their issuers, and agency pages show each other: any agency edit renews every page.
  const agencies = digestOf(graph.agencies);
  // A listing page has no entry of its own (null).
  const key = (own: Digested | null, ...shown: unknown[]) => digestOf([agencies, own?.digest ?? null, own, ...shown]);

  return {
    directive: (d: D) =>
      key(
        d,
        graph.campaignsOfDirective(d.id),
        // A citation shows its own text, linked to the archived directive: only that one's id.
        graph.citationsOf(d.id).map(({ entry }) => entry?.id),
        // The body links each number it cites to the directive the graph resolves: published or not, it changes the page.
        graph.bodyCitationsOf(d.id).map(({ entry }) => entry?.id),
        graph.citedBy(d.id),
        graph.figuresOfDirective(d.id),
        graph.resultsOfDirective(d.id),
        // Both sides of each relation; the status and history follow from these and the day.
        graph.legalLinksOf(d.id).map(({ target }) => target),
        graph.legalLinksTo(d.id),
        today,
      ),
    campaign: (c: C) =>
      key(
        c,
        graph.ancestorsOfCampaign(c.id),
        graph.childrenOfCampaign(c.id),
        graph.launcherOfCampaign(c.id),
        graph.timelineOfCampaign(c.id),
        [c, ...graph.childrenOfCampaign(c.id)].map((shown) => campaignStatus(shown.data, today)),
      ),
    figure: (f: F) => key(f, graph.decisionOfFigure(f.id), graph.campaignsOfFigure(f.id)),
    result: (r: R) =>
      key(
        r,
        graph.campaignsOfResult(r.id),
        graph.directivesOfResult(r.id),
        graph.campaignsOfResult(r.id).map((c) => campaignStatus(c.data, today)),
      ),
    /** One page of an agency's directives; the first also lists its reports. */
    agency: (a: A, directives: readonly D[], page: number, totalPages: number) =>
      key(a, directives, page, totalPages, page === 1 ? graph.resultsOfAgency(a.id) : []),
    /** Every listing page shows the facets of the whole archive (counts by year, kind and issuer). */
    listing: (page: ListingPage<D>) => key(null, listingFacets(graph.directives), page),
  };
}
