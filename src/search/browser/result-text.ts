/**
 * The readable text of a search result, for its excerpt and for checking a
 * quoted phrase. Pagefind's fragment holds only the index text (folded
 * words, each once: src/search/tokens.ts), so the text comes from the
 * result's own page: the same `data-pagefind-body` elements the index was
 * built from (same origin, so the CSP's connect-src 'self' allows it).
 * Only results being shown are fetched, and each page once per visit.
 * Pages whose HTML marks no body (agencies) carry their short text in the
 * `text` meta field instead.
 */
import { TEXT_FIELD } from '../facets.ts';
import type { PagefindResultData } from './pagefind.ts';

const texts = new Map<string, Promise<string | null>>();

async function fetchBodyText(doc: Document, url: string): Promise<string | null> {
  try {
    const response = await fetch(url);
    if (!response.ok) return null;
    // DOMParser builds an inert document: no script runs, nothing loads.
    const page = new doc.defaultView!.DOMParser().parseFromString(await response.text(), 'text/html');
    const words: string[] = [];
    for (const body of page.querySelectorAll('[data-pagefind-body]')) {
      // Text nodes joined with spaces, as the indexer reads tags (htmlText): "<p>a</p><p>b</p>" is two words.
      const walker = page.createTreeWalker(body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (!node.parentElement?.closest('script, style, template')) words.push(node.nodeValue ?? '');
      }
    }
    return words.join(' ').replace(/\s+/gu, ' ').trim();
  } catch {
    return null;
  }
}

/** The result's readable text; null when its page could not be read. */
export function resultText(doc: Document, data: PagefindResultData): Promise<string | null> {
  const own = data.meta[TEXT_FIELD];
  if (own !== undefined) return Promise.resolve(own);
  let text = texts.get(data.url);
  if (!text) {
    text = fetchBodyText(doc, data.url);
    texts.set(data.url, text);
    // A page that could not be read is tried again next time.
    void text.then((t) => t === null && texts.delete(data.url));
  }
  return text;
}
