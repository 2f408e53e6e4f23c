/** Unit tests of the pure search helpers (no build, no browser). */
import { describe, expect, it } from 'vitest';
import { excerpt, wordMatches } from '../../src/lib/search/excerpt.ts';
import { EMPTY_STATE, pagefindFilters, pagefindSort, paramsFromState, queryString, stateFromParams } from '../../src/lib/search/facets.ts';
import { bodyRegions, decodeEntities, hasBody, htmlText, injectForIndex } from '../../src/lib/search/html.ts';
import { prepareQuery } from '../../src/lib/search/query.ts';
import { dTwin, dTwins, numberKey, numberKeysInText, searchTwins } from '../../src/lib/search/tokens.ts';

const NFD = (s: string) => s.normalize('NFD');

describe('d-twins', () => {
  it('maps đ/Đ to d/D and keeps every other mark', () => {
    expect(dTwin('điển')).toBe('diển');
    expect(dTwin('Đua')).toBe('Dua');
    expect(dTwin('HĐND')).toBe('HDND');
    expect(dTwin('hình')).toBeNull();
  });

  it('lists each đ-word once, case-insensitively, without edge punctuation', () => {
    expect(dTwins('Thi đua, thi đua; Thi Đua! điển hình “Đồng Tâm”')).toEqual(['dua', 'diển', 'Dồng']);
  });

  it('composes NFD text first', () => {
    expect(dTwins(NFD('điển hình'))).toEqual(['diển']);
  });
});

describe('document number keys', () => {
  it('finds numbers in prose and gives one key for every spelling', () => {
    expect(numberKeysInText('theo Chỉ thị số 34-CT/TW ngày 07/4/2014 và Nghị quyết 71/2021/NQ-HĐND; ngày 03/11/1946')).toEqual(['34-CT/TW', '71/2021/NQ-HDND']);
    expect(numberKey('01/PĐ-UBND')).toBe('1/PD-UBND');
    expect(numberKey('01/PD-UBND')).toBe(numberKey('1/pd-ubnd'));
    expect(numberKey(null)).toBeNull();
    expect(numberKey('10/2024')).toBeNull();
  });

  it('searchTwins joins d-twins and number keys from text and metadata', () => {
    const twins = searchTwins('Phát động số 01/PĐ-UBND về thi đua', ['2468/QĐ-UBND', null]);
    expect(twins).toEqual(expect.arrayContaining(['dộng', 'dua', '01/PD-UBND', '1/PD-UBND', '2468/QD-UBND']));
    expect(twins.filter((t) => t === 'dua')).toHaveLength(1);
  });
});

describe('prepareQuery', () => {
  it('passes words through and folds them for highlighting', () => {
    expect(prepareQuery('  Điển   hình ')).toEqual({ pagefind: 'Điển hình', words: ['dien', 'hinh'], numbers: [] });
  });

  it('rewrites typed document numbers to their canonical key', () => {
    expect(prepareQuery('01/pd-ubnd').pagefind).toBe('1/PD-UBND');
    expect(prepareQuery('Số: 71/2021/NQ-HĐND').pagefind).toBe('71/2021/NQ-HDND');
    expect(prepareQuery('34–CT/TW').numbers).toEqual(['34-CT/TW']);
    expect(prepareQuery('so 2468/QĐ-UBND khen thưởng')).toMatchObject({ pagefind: '2468/QD-UBND khen thưởng', numbers: ['2468/QD-UBND'] });
  });

  it('leaves dates and fractions alone', () => {
    expect(prepareQuery('03/11/1946').numbers).toEqual([]);
    expect(prepareQuery('1/2').numbers).toEqual([]);
  });

  it('keeps a quoted phrase quoted', () => {
    expect(prepareQuery('"thi đua yêu nước"').pagefind).toBe('"thi đua yêu nước"');
  });

  it('caps very long input', () => {
    expect(prepareQuery('a '.repeat(500)).pagefind.length).toBeLessThanOrEqual(200);
  });
});

describe('excerpt', () => {
  const q = prepareQuery('dien hinh tien');
  it('marks words that match the folded query, the last word as a prefix', () => {
    expect(wordMatches('điển', q)).toBe(true);
    expect(wordMatches('Hình,', q)).toBe(true);
    expect(wordMatches('tiến;', q)).toBe(true);
    expect(wordMatches('tiếng', q)).toBe(true);
    expect(wordMatches('điểnhình', q)).toBe(false);
    expect(wordMatches('thông', prepareQuery('thon moi'))).toBe(false);
  });

  it('marks document numbers by key', () => {
    expect(wordMatches('01/PĐ-UBND,', prepareQuery('1/pd-ubnd'))).toBe(true);
    expect(wordMatches('02/PĐ-UBND', prepareQuery('1/pd-ubnd'))).toBe(false);
  });

  it('picks the densest window and keeps the text as written', () => {
    const filler = Array.from({ length: 40 }, (_, i) => `từ${i}`).join(' ');
    const text = `${filler} phát hiện điển hình tiên tiến mới ${filler}`;
    const parts = excerpt(text, q, 12);
    const joined = parts.map((p) => p.text).join('');
    expect(joined.startsWith('… ')).toBe(true);
    expect(joined.endsWith(' …')).toBe(true);
    expect(parts.filter((p) => p.mark).map((p) => p.text)).toEqual(['điển', 'hình', 'tiên', 'tiến']);
    expect(joined).toContain('phát hiện điển hình tiên tiến mới');
  });

  it('starts at the beginning when nothing matches', () => {
    expect(excerpt('một hai ba', prepareQuery('xyz'))).toEqual([{ text: 'một hai ba', mark: false }]);
  });
});

describe('search state in the URL', () => {
  it('round-trips query, facets, sort and page', () => {
    const state = { q: 'thi đua', filters: { entry: ['Văn bản'], year: ['2022', '2023'] }, sort: 'newest' as const, page: 2 };
    const params = paramsFromState(state);
    expect(params.toString()).toBe('q=thi+%C4%91ua&loai=V%C4%83n+b%E1%BA%A3n&nam=2022&nam=2023&sap-xep=moi-nhat&trang=2');
    expect(stateFromParams(params)).toEqual(state);
  });

  it('ignores junk and defaults sensibly', () => {
    expect(stateFromParams(new URLSearchParams('q=%20%20a%20%20b&sap-xep=zzz&trang=-4&nam='))).toEqual({ ...EMPTY_STATE, q: 'a b' });
    expect(queryString(EMPTY_STATE)).toBe('');
  });

  it('maps to Pagefind filters (any value within a facet) and sort', () => {
    expect(pagefindFilters({ ...EMPTY_STATE, filters: { year: ['2022'], field: [] } })).toEqual({ year: { any: ['2022'] } });
    expect(pagefindSort('newest')).toEqual({ date: 'desc' });
    expect(pagefindSort('relevance')).toBeUndefined();
  });
});

describe('HTML for the indexer', () => {
  const html =
    '<html><body><nav>Menu</nav><main><h1>Tiêu đề</h1><section class="prose" data-pagefind-body><div><p>Thi đua &amp; khen thưởng</p><div>lồng</div></div></section>' +
    '<div>ngoài</div><div class="prose" data-pagefind-body><p>Phần&nbsp;hai</p></div></main></body></html>';

  it('finds every marked body, nested tags included', () => {
    expect(hasBody(html)).toBe(true);
    expect(bodyRegions(html).map(htmlText)).toEqual(['Thi đua & khen thưởng lồng', 'Phần hai']);
    expect(hasBody('<div data-pagefind-bodyx>no</div>')).toBe(false);
  });

  it('decodes entities', () => {
    expect(decodeEntities('&#273;&#x110;&quot;&unknown;')).toBe('đĐ"&unknown;');
  });

  it('injects metadata, facets, sort and an extra body before </body>, escaped', () => {
    const out = injectForIndex(html, { meta: { title: 'A "b" <c>' }, filters: { year: ['2022', '2023'] }, sort: { date: '2022-01-02' }, body: 'x < y' });
    expect(out.startsWith(html.slice(0, html.lastIndexOf('</body>')))).toBe(true);
    expect(out).toContain('<span data-pagefind-meta="title:A &quot;b&quot; &lt;c&gt;"></span>');
    expect(out.match(/data-pagefind-filter="year:/g)).toHaveLength(2);
    expect(out).toContain('<div data-pagefind-body>x &lt; y</div></body>');
  });
});
