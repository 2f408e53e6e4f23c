/**
 * DOM for the search page: result items and facet checkboxes. Text is only
 * ever set as text (never as HTML), so nothing from the index or the URL can
 * inject markup.
 */
import { ui } from '../../i18n/vi.ts';
import { excerpt } from '../excerpt.ts';
import { FACETS, type FacetKey } from '../facets.ts';
import type { PreparedQuery } from '../query.ts';
import { compareVi } from '../../domain/vietnamese.ts';
import type { PagefindResultData } from './pagefind.ts';

const s = ui.search;

function el<K extends keyof HTMLElementTagNameMap>(doc: Document, tag: K, props: { className?: string; text?: string } = {}): HTMLElementTagNameMap[K] {
  const node = doc.createElement(tag);
  if (props.className) node.className = props.className;
  if (props.text !== undefined) node.textContent = props.text;
  return node;
}

/**
 * One result: title link, what it is (from Pagefind's fragment), and an
 * excerpt of `text`, its readable text (result-text.ts). With `text` null the
 * excerpt paragraph is left empty and waiting (data-excerpt="waiting"), its
 * height reserved; fillExcerpt fills it once the text has arrived.
 */
export function resultItem(doc: Document, data: PagefindResultData, query: PreparedQuery, text: string | null): HTMLLIElement {
  const li = el(doc, 'li');
  const h3 = el(doc, 'h3');
  const a = el(doc, 'a', { text: data.meta['title'] || data.url });
  a.href = data.url;
  h3.append(a);
  const meta = el(doc, 'p', { className: 'result-meta' });
  const date = data.meta['date'];
  // "19/03/2024" is a day; "03/2024" (the original left the day blank) a month.
  const dateText = date && `${/^\d{1,2}\/\d{4}$/u.test(date) ? s.month : s.date} ${date}`;
  const issuer = data.meta['issuer'] !== data.meta['title'] ? data.meta['issuer'] : undefined;
  const bits = [data.meta['kind'], data.meta['number'] && `${s.number} ${data.meta['number']}`, dateText, issuer];
  meta.textContent = bits.filter(Boolean).join(' · ');
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

export interface FacetView {
  key: FacetKey;
  /** value → number of results it would give. */
  counts: Record<string, number>;
  selected: readonly string[];
  expanded: boolean;
}

/** One fieldset per facet with any value to offer. */
export function facetFieldsets(doc: Document, views: FacetView[]): HTMLFieldSetElement[] {
  const out: HTMLFieldSetElement[] = [];
  for (const view of views) {
    const param = FACETS.find((f) => f.key === view.key)!.param;
    const values = orderValues(
      view.key,
      Object.entries({ ...Object.fromEntries(view.selected.map((v) => [v, 0])), ...view.counts }).filter(
        ([v, n]) => n > 0 || view.selected.includes(v),
      ),
    );
    if (values.length === 0) continue;
    const fieldset = el(doc, 'fieldset');
    fieldset.dataset['facet'] = view.key;
    fieldset.append(el(doc, 'legend', { text: s.facets[view.key] }));
    const ul = el(doc, 'ul');
    const shown = view.expanded ? values : values.slice(0, FACET_PREVIEW);
    // Keep every checked value visible even when collapsed.
    for (const [v, n] of values) if (!shown.some(([x]) => x === v) && view.selected.includes(v)) shown.push([v, n]);
    for (const [value, count] of shown) {
      const li = el(doc, 'li');
      const label = el(doc, 'label');
      const input = el(doc, 'input');
      input.type = 'checkbox';
      input.name = param;
      input.value = value;
      input.checked = view.selected.includes(value);
      input.dataset['facet'] = view.key;
      label.append(input, doc.createTextNode(s.facetValue(value, count)));
      li.append(label);
      ul.append(li);
    }
    fieldset.append(ul);
    if (values.length > FACET_PREVIEW) {
      const more = el(doc, 'button', { className: 'facet-more', text: view.expanded ? s.facetLess : s.facetAll(values.length) });
      more.type = 'button';
      more.dataset['facetToggle'] = view.key;
      more.setAttribute('aria-expanded', String(view.expanded));
      fieldset.append(more);
    }
    out.push(fieldset);
  }
  return out;
}
