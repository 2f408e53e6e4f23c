/**
 * What the search page shows: first as data (what a result's lines say,
 * which facet values are offered and how they read, the counts), pure and
 * tested without a browser; then as DOM built from that data. Text is only
 * ever set as text (never as HTML), so nothing from the index or the URL can
 * inject markup.
 */
import { ui } from '../../i18n/vi.ts';
import { excerpt } from '../excerpt.ts';
import { FACETS, type FacetKey } from '../facets.ts';
import type { PreparedQuery } from '../query.ts';
import { compareVi } from '../../domain/vietnamese.ts';
import type { PagefindResultData } from './pagefind.ts';
import { PAGE_SIZE, type FacetView, type PageState } from './state.ts';

const s = ui.search;

function el<K extends keyof HTMLElementTagNameMap>(
  doc: Document,
  tag: K,
  props: { className?: string; text?: string } = {},
): HTMLElementTagNameMap[K] {
  const node = doc.createElement(tag);
  if (props.className) node.className = props.className;
  if (props.text !== undefined) node.textContent = props.text;
  return node;
}

export interface ResultSummary {
  href: string;
  title: string;
  /** What it is, from Pagefind's fragment: kind · number · date · issuer, those it has. */
  meta: string;
}

export function resultSummary(data: PagefindResultData): ResultSummary {
  const date = data.meta['date'];
  // "19/03/2024" is a day; "03/2024" (the original left the day blank) a month.
  const dateText = date && `${/^\d{1,2}\/\d{4}$/u.test(date) ? s.month : s.date} ${date}`;
  const issuer = data.meta['issuer'] !== data.meta['title'] ? data.meta['issuer'] : undefined;
  const bits = [data.meta['kind'], data.meta['number'] && `${s.number} ${data.meta['number']}`, dateText, issuer];
  return { href: data.url, title: data.meta['title'] || data.url, meta: bits.filter(Boolean).join(' · ') };
}

/**
 * One result: title link, its summary, and an excerpt of `text`, its
 * readable text (result-text.ts). With `text` null the excerpt paragraph is
 * left empty and waiting (data-excerpt="waiting"), its height reserved;
 * fillExcerpt fills it once the text has arrived.
 */
export function resultItem(doc: Document, data: PagefindResultData, query: PreparedQuery, text: string | null): HTMLLIElement {
  const summary = resultSummary(data);
  const li = el(doc, 'li');
  const h3 = el(doc, 'h3');
  const a = el(doc, 'a', { text: summary.title });
  a.href = summary.href;
  h3.append(a);
  const meta = el(doc, 'p', { className: 'result-meta', text: summary.meta });
  const p = el(doc, 'p', { className: 'result-excerpt' });
  p.dataset['excerpt'] = 'waiting';
  if (text !== null) fillExcerpt(doc, p, text, query);
  li.append(h3, meta, p);
  return li;
}

/**
 * Writes the excerpt of `text` into a result's excerpt paragraph, highlighted
 * for `query`; an empty text (the page could not be read) leaves it empty,
 * the result still a link with its metadata.
 */
export function fillExcerpt(doc: Document, p: HTMLElement, text: string, query: PreparedQuery): void {
  const parts = excerpt(text, query);
  p.replaceChildren();
  for (const part of parts) {
    if (part.mark) p.append(el(doc, 'mark', { text: part.text }));
    else p.append(doc.createTextNode(part.text));
  }
  p.dataset['excerpt'] = parts.length > 0 ? 'shown' : 'none';
}

/** How many values a facet shows before "show all". */
export const FACET_PREVIEW = 8;

const ENTRY_ORDER: string[] = Object.values(s.entryKinds);

function orderValues(key: FacetKey, values: [string, number][]): [string, number][] {
  if (key === 'year') return values.sort((a, b) => (b[0] > a[0] ? 1 : b[0] < a[0] ? -1 : 0));
  if (key === 'entry') return values.sort((a, b) => ENTRY_ORDER.indexOf(a[0]) - ENTRY_ORDER.indexOf(b[0]));
  return values.sort((a, b) => b[1] - a[1] || compareVi(a[0], b[0]));
}

/** A facet's checkboxes, as data. */
export interface FacetList {
  key: FacetKey;
  /** The checkboxes' name: the facet's URL parameter. */
  param: string;
  legend: string;
  options: { value: string; label: string; checked: boolean }[];
  /** "Show all N" or "show fewer", when there are more values than the preview. */
  toggle: { label: string; expanded: boolean } | null;
}

/** One list per facet with any value to offer: values with results, and the chosen ones whatever their count. */
export function facetLists(views: readonly FacetView[]): FacetList[] {
  const out: FacetList[] = [];
  for (const view of views) {
    const values = orderValues(
      view.key,
      Object.entries({ ...Object.fromEntries(view.selected.map((v) => [v, 0])), ...view.counts }).filter(
        ([v, n]) => n > 0 || view.selected.includes(v),
      ),
    );
    if (values.length === 0) continue;
    const shown = view.expanded ? values : values.slice(0, FACET_PREVIEW);
    // Keep every checked value visible even when collapsed.
    for (const [v, n] of values) if (!shown.some(([x]) => x === v) && view.selected.includes(v)) shown.push([v, n]);
    out.push({
      key: view.key,
      param: FACETS.find((f) => f.key === view.key)!.param,
      legend: s.facets[view.key],
      options: shown.map(([value, count]) => ({ value, label: s.facetValue(value, count), checked: view.selected.includes(value) })),
      toggle:
        values.length > FACET_PREVIEW ? { label: view.expanded ? s.facetLess : s.facetAll(values.length), expanded: view.expanded } : null,
    });
  }
  return out;
}

export function facetFieldsets(doc: Document, lists: readonly FacetList[]): HTMLFieldSetElement[] {
  return lists.map((list) => {
    const fieldset = el(doc, 'fieldset');
    fieldset.dataset['facet'] = list.key;
    fieldset.append(el(doc, 'legend', { text: list.legend }));
    const ul = el(doc, 'ul');
    for (const option of list.options) {
      const li = el(doc, 'li');
      const label = el(doc, 'label');
      const input = el(doc, 'input');
      input.type = 'checkbox';
      input.name = list.param;
      input.value = option.value;
      input.checked = option.checked;
      input.dataset['facet'] = list.key;
      label.append(input, doc.createTextNode(option.label));
      li.append(label);
      ul.append(li);
    }
    fieldset.append(ul);
    if (list.toggle) {
      const more = el(doc, 'button', { className: 'facet-more', text: list.toggle.label });
      more.type = 'button';
      more.dataset['facetToggle'] = list.key;
      more.setAttribute('aria-expanded', String(list.toggle.expanded));
      fieldset.append(more);
    }
    return fieldset;
  });
}

/** How many results; for a quoted phrase, at most that many until every one has been checked. */
export function countText(state: PageState, phrase: boolean): string {
  const { results, shown, search } = state;
  if (results.length === 0) return s.noResults(search.q);
  return phrase && shown < results.length ? s.countUpTo(results.length, search.q) : s.count(results.length, search.q);
}

/** "Showing 20/57", once there is more than a page. */
export const shownText = (state: PageState): string => (state.results.length > PAGE_SIZE ? s.shown(state.shown, state.results.length) : '');

export const pageTitle = (q: string): string => (q ? `${q} – ${s.title} – ${ui.siteName}` : `${s.title} – ${ui.siteName}`);
