/** Unit tests of the pure search helpers (no build, no browser). */
import { describe, expect, it } from 'vitest';
import { excerpt, highlightWords, phraseIn } from '../../src/search/excerpt.ts';
import { EMPTY_STATE, pagefindFilters, pagefindSort, paramsFromState, queryString, stateFromParams } from '../../src/search/facets.ts';
import { bodyRegions, decodeEntities, EMPTY_SLOT, htmlText, indexPage } from '../../src/search/html.ts';
import { prepareQuery } from '../../src/search/query.ts';
import { indexWords, laidOut, MAX_WORD_WEIGHT, numberKey, numberKeyMentions, sharedWords, wordWeight } from '../../src/search/tokens.ts';

const NFD = (s: string) => s.normalize('NFD');

describe('index text', () => {
  it('folds every word (no marks, đ→d) and lists it once, in order of first appearance, without edge punctuation', () => {
    expect(indexWords('Thi đua, thi đua; Thi Đua! điển hình “Đồng Tâm” (COVID-19)').map((w) => w.word)).toEqual([
      'thi',
      'dua',
      'dien',
      'hinh',
      'dong',
      'tam',
      'covid-19',
    ]);
  });

  it('composes NFD text first', () => {
    expect(indexWords(NFD('Điển hình')).map((w) => w.word)).toEqual(['dien', 'hinh']);
  });

  it('adds the keys of numbers cited in the text and known from metadata, once each', () => {
    expect(indexWords('Phát động số 01/PĐ-UBND về thi đua, thi đua', ['2468/QĐ-UBND', '01/PĐ-UBND', null]).map((w) => w.word)).toEqual([
      'phat',
      'dong',
      'so',
      '01/pd-ubnd',
      've',
      'thi',
      'dua',
      '1/pd-ubnd',
      '2468/qd-ubnd',
    ]);
  });

  it('weighs each word by how often the page uses it, in steps up to the highest weight, and lists it once', () => {
    const words = indexWords(`Thi đua, thi Đua; 01/PĐ-UBND và 1/PD-UBND ${'xã '.repeat(25)} cuối`, ['01/PĐ-UBND']);
    expect(words).toEqual([
      { word: 'thi', weight: 2 },
      { word: 'dua', weight: 2 },
      { word: '01/pd-ubnd', weight: 1 },
      { word: 'va', weight: 1 },
      // Written as its key once, cited twice in the text and once in metadata: 4 uses.
      { word: '1/pd-ubnd', weight: 4 },
      { word: 'xa', weight: MAX_WORD_WEIGHT },
      { word: 'cuoi', weight: 1 },
    ]);
  });

  it('splits on any whitespace and counts NFC and NFD spellings of a word together', () => {
    expect(indexWords(`\u00a0Thi\tđua\n\n${NFD('Thi  ĐUA')}\u3000thi – đua\u2028 `)).toEqual([
      { word: 'thi', weight: 4 },
      { word: 'dua', weight: 4 },
    ]);
  });

  it('gives each page its own counts, however many pages came before with the same words', () => {
    const page = 'Thi đua, thi đua yêu nước; 01/PĐ-UBND';
    const first = indexWords(page, ['01/PĐ-UBND']);
    indexWords('thi đua thi đua yêu nước nước 1/PD-UBND', ['1/PĐ-UBND']);
    expect(indexWords(page, ['01/PĐ-UBND'])).toEqual(first);
    expect(indexWords('nước thi')).toEqual([
      { word: 'nuoc', weight: 1 },
      { word: 'thi', weight: 1 },
    ]);
  });

  it('gives the same words once the tokens it remembers have filled up and been forgotten', () => {
    const many = Array.from({ length: 200_001 }, (_, i) => `từ${i}`).join(' ');
    expect(indexWords(many)).toHaveLength(200_001);
    expect(indexWords('Từ1 từ1, thi đua')).toEqual([
      { word: 'tu1', weight: 2 },
      { word: 'thi', weight: 1 },
      { word: 'dua', weight: 1 },
    ]);
  });

  it('gives weights in steps that keep their order', () => {
    const weights = Array.from({ length: 30 }, (_, i) => wordWeight(i + 1));
    expect(new Set(weights)).toEqual(new Set([1, 2, 4, 7, MAX_WORD_WEIGHT]));
    for (let i = 1; i < weights.length; i++) expect(weights[i]).toBeGreaterThanOrEqual(weights[i - 1]!);
    expect([wordWeight(1), wordWeight(2), wordWeight(3), wordWeight(6), wordWeight(10)]).toEqual([1, 2, 4, 7, 10]);
  });
});

describe('shared words and their slots', () => {
  const pages = [
    ['thi', 'dua', 'xa', 'a'],
    ['dua', 'thi', 'b'],
    ['thi', 'c', 'xa'],
    ['d', 'thi'],
  ];

  it('finds the words a share of the pages use, most used first, then alphabetically', () => {
    expect(sharedWords(pages, 0.5)).toEqual(['thi', 'dua', 'xa']);
    // At least two pages, however small the share.
    expect(sharedWords(pages, 0)).toEqual(['thi', 'dua', 'xa']);
    expect(sharedWords(pages, 1)).toEqual(['thi']);
  });

  it('puts each shared word at the same slot on every page, empty where a page lacks it, then the page’s own words', () => {
    const shared = sharedWords(pages, 0.5);
    const laid = pages.map((words) =>
      laidOut(
        words.map((word) => ({ word, weight: 1 })),
        shared,
      ).map((w) => w?.word ?? null),
    );
    expect(laid).toEqual([
      ['thi', 'dua', 'xa', 'a'],
      ['thi', 'dua', 'b'],
      ['thi', null, 'xa', 'c'],
      // No empty slots after the last shared word a page uses.
      ['thi', 'd'],
    ]);
    for (const word of shared) expect(new Set(laid.map((l) => l.indexOf(word)).filter((i) => i >= 0)).size).toBe(1);
  });

  it('keeps each word’s weight in its slot', () => {
    expect(
      laidOut(
        [
          { word: 'b', weight: 4 },
          { word: 'a', weight: 7 },
        ],
        ['a', 'z', 'b'],
      ),
    ).toEqual([{ word: 'a', weight: 7 }, null, { word: 'b', weight: 4 }]);
  });
});

describe('document number keys', () => {
  it('finds numbers in prose and gives one key for every spelling', () => {
    expect(numberKeyMentions('theo Chỉ thị số 34-CT/TW ngày 07/4/2014 và Nghị quyết 71/2021/NQ-HĐND; ngày 03/11/1946')).toEqual([
      '34-CT/TW',
      '71/2021/NQ-HDND',
    ]);
    expect(numberKey('01/PĐ-UBND')).toBe('1/PD-UBND');
    expect(numberKey('01/PD-UBND')).toBe(numberKey('1/pd-ubnd'));
    expect(numberKey(null)).toBeNull();
    expect(numberKey('10/2024')).toBeNull();
  });
});

describe('prepareQuery', () => {
  it('folds words as the index text does, for Pagefind and for highlighting', () => {
    expect(prepareQuery('  Điển   hình, ')).toEqual({ pagefind: 'dien hinh', words: ['dien', 'hinh'], numbers: [], phrase: null });
    expect(prepareQuery('Hoà Bình Thượng').pagefind).toBe(prepareQuery('hoa binh thuong').pagefind);
  });

  it('rewrites typed document numbers to their canonical key', () => {
    expect(prepareQuery('01/pd-ubnd').pagefind).toBe('1/PD-UBND');
    expect(prepareQuery('Số: 71/2021/NQ-HĐND').pagefind).toBe('71/2021/NQ-HDND');
    expect(prepareQuery('34–CT/TW').numbers).toEqual(['34-CT/TW']);
    expect(prepareQuery('so 2468/QĐ-UBND khen thưởng')).toMatchObject({ pagefind: '2468/QD-UBND khen thuong', numbers: ['2468/QD-UBND'] });
  });

  it('leaves dates and fractions alone', () => {
    expect(prepareQuery('03/11/1946').numbers).toEqual([]);
    expect(prepareQuery('1/2').numbers).toEqual([]);
  });

  it('searches a quoted phrase by its words and keeps the phrase to check in the text', () => {
    expect(prepareQuery('"Thi đua, yêu nước"')).toMatchObject({ pagefind: 'thi dua yeu nuoc', phrase: 'thi dua yeu nuoc' });
    expect(prepareQuery('thi đua yêu nước').phrase).toBeNull();
  });

  it('caps very long input', () => {
    expect(prepareQuery('a '.repeat(500)).pagefind.length).toBeLessThanOrEqual(200);
  });
});

describe('excerpt', () => {
  const q = prepareQuery('dien hinh tien');
  /** The marked parts of a text's excerpt for a query. */
  const marked = (text: string, query: string) =>
    excerpt(text, prepareQuery(query), 100)
      .filter((p) => p.mark)
      .map((p) => p.text);

  it('marks the query words that stand together as one phrase, not the same word elsewhere', () => {
    const text = 'Hình thức khen thưởng các điển hình tiên tiến; hình ảnh của điển hình.';
    expect(marked(text, 'dien hinh')).toEqual(['điển hình', 'điển hình']);
    expect(marked(text, 'điển hình')).toEqual(['điển hình', 'điển hình']);
    expect(marked(text, 'DIEN HINH')).toEqual(['điển hình', 'điển hình']);
    // A word of the query that never stands next to another is marked alone, whole.
    expect(marked('Hình thức khen thưởng; điển cố.', 'dien hinh')).toEqual(['Hình', 'điển']);
    expect(marked('Hình thức khen thưởng.', 'dien hinh')).toEqual(['Hình']);
  });

  it('compares folded and unfolded text, đ and d, NFC and NFD, upper and lower case alike', () => {
    for (const text of ['Các điển hình.', 'CÁC ĐIỂN HÌNH.', 'Cac dien hinh.', 'Các điển hình.'.normalize('NFD')]) {
      expect(marked(text, 'dien hinh'), text).toEqual([text.split(' ').slice(1).join(' ').replace(/\.$/u, '')]);
    }
    // In NFD a tone mark may end the word: it stays inside the mark.
    expect(marked('Xã Đông Hà.'.normalize('NFD'), 'dong ha')).toEqual(['Đông Hà'.normalize('NFD')]);
    expect(marked('Đua thuyền; đua xe đạp', 'dua xe')).toEqual(['đua xe']);
    expect(marked('Đua thuyền', 'đua')).toEqual(['Đua']);
  });

  it('keeps one mark across punctuation and a line break between the words, and leaves the outer punctuation out', () => {
    expect(marked('Phong trào “Thi đua, yêu nước”, năm 2024', 'thi dua yeu nuoc')).toEqual(['Thi đua, yêu nước']);
    expect(excerpt('trào (điển\nhình), năm', prepareQuery('dien hinh'))).toEqual([
      { text: 'trào (', mark: false },
      { text: 'điển hình', mark: true },
      { text: '), năm', mark: false },
    ]);
    expect(marked('điển – hình', 'dien hinh')).toEqual(['điển – hình']);
  });

  it('matches whole words, and the last word of an unquoted query as a prefix', () => {
    expect(marked('điểnhình và điển', 'hinh')).toEqual([]);
    expect(marked('thông tin thôn mới', 'thon moi')).toEqual(['thôn mới']);
    expect(marked('thông tin', 'thon moi')).toEqual([]);
    expect(marked('thông tin', 'moi thon')).toEqual(['thông']);
    expect(marked('tiếng nói', 't')).toEqual([]);
    expect(marked('điển hình tiên tiến', 'dien hinh tien')).toEqual(['điển hình tiên']);
    // A word typed twice is looked for twice, in its place.
    expect(marked('điển hình tiên tiến', 'dien hinh tien tien')).toEqual(['điển hình tiên tiến']);
  });

  it('marks a quoted query only where the whole phrase stands, word for word', () => {
    const text = 'Thi đua và yêu nước; phong trào thi đua yêu nước; thi đua yêu nướcc';
    expect(marked(text, '"thi dua yeu nuoc"')).toEqual(['thi đua yêu nước']);
    // Unquoted, the last word is a prefix ("nướcc"), and words standing in pairs are marked in pairs.
    expect(marked(text, 'thi dua yeu nuoc')).toEqual(['Thi đua', 'yêu nước', 'thi đua yêu nước', 'thi đua yêu nướcc']);
    expect(marked('thông tin', '"thon"')).toEqual([]);
  });

  it('marks document numbers by key', () => {
    expect(highlightWords(['01/PĐ-UBND,'], prepareQuery('1/pd-ubnd'))).toEqual(['start']);
    expect(highlightWords(['02/PĐ-UBND'], prepareQuery('1/pd-ubnd'))).toEqual(['none']);
    expect(marked('Kế hoạch 01/PĐ-UBND, ngày', 'so 1/pd-ubnd')).toEqual(['01/PĐ-UBND']);
  });

  it('picks the densest window and keeps the text as written', () => {
    const filler = Array.from({ length: 40 }, (_, i) => `từ${i}`).join(' ');
    const text = `${filler} phát hiện điển hình tiên tiến mới ${filler}`;
    const parts = excerpt(text, q, 12);
    const joined = parts.map((p) => p.text).join('');
    expect(joined.startsWith('… ')).toBe(true);
    expect(joined.endsWith(' …')).toBe(true);
    expect(parts.filter((p) => p.mark).map((p) => p.text)).toEqual(['điển hình tiên']);
    expect(joined).toContain('phát hiện điển hình tiên tiến mới');
  });

  it('checks a quoted phrase word by word in the real text, folded, across punctuation', () => {
    const phrase = prepareQuery('"thi dua yeu nuoc"').phrase!;
    expect(phraseIn(['Phát động phong trào “Thi đua yêu nước”, năm 2024'], phrase)).toBe(true);
    expect(phraseIn(['Thi đua và yêu nước'], phrase)).toBe(false);
    expect(phraseIn(['thi đua yêu nướcc'], phrase)).toBe(false);
    expect(phraseIn(['khác', 'Thi đua yêu nước'], phrase)).toBe(true);
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
    expect(pagefindSort('oldest')).toEqual({ date: 'asc' });
    expect(pagefindSort('relevance')).toBeUndefined();
  });
});

describe('HTML for the indexer', () => {
  const html =
    '<html><body><nav>Menu</nav><main><h1>Tiêu đề</h1><section class="prose" data-pagefind-body><div><p>Thi đua &amp; khen thưởng</p><div>lồng</div></div></section>' +
    '<div>ngoài</div><div class="prose" data-pagefind-body><p>Phần&nbsp;hai</p></div></main></body></html>';

  it('finds every marked body, nested tags included', () => {
    expect(bodyRegions(html).map(htmlText)).toEqual(['Thi đua & khen thưởng lồng', 'Phần hai']);
    expect(bodyRegions('<div data-pagefind-bodyx>no</div>')).toEqual([]);
  });

  it('decodes entities', () => {
    expect(decodeEntities('&#273;&#x110;&quot;&unknown;')).toBe('đĐ"&unknown;');
  });

  it('gives Pagefind a page of the index text as its only body, with metadata, facets and sort, escaped', () => {
    const words = [
      { word: 'x', weight: 1 },
      { word: '<', weight: 1 },
      { word: 'y', weight: 3 },
      { word: 'z', weight: 3 },
      { word: 'w', weight: 1 },
    ];
    const out = indexPage({ words, meta: { title: 'A "b" <c>' }, filters: { year: ['2022', '2023'] }, sort: { date: '2022-01-02' } });
    expect(out).toContain('<span data-pagefind-meta="title:A &quot;b&quot; &lt;c&gt;"></span>');
    expect(out.match(/data-pagefind-filter="year:/g)).toHaveLength(2);
    expect(out).toContain('<span data-pagefind-sort="date:2022-01-02"></span>');
    expect(out.match(/data-pagefind-body/g)).toHaveLength(1);
    expect(out).toContain('<div data-pagefind-body>x &lt; <span data-pagefind-weight="3">y z</span> w </div>');
    expect(bodyRegions(out).map(htmlText)).toEqual(['x < y z w']);
  });

  it('writes an empty slot as a mark inside the run of words around it, so it costs no span of its own', () => {
    const out = indexPage({
      words: [null, { word: 'y', weight: 3 }, null, { word: 'z', weight: 3 }, { word: 'w', weight: 1 }, null],
      meta: {},
      filters: {},
      sort: {},
    });
    expect(out).toContain(
      `<div data-pagefind-body><span data-pagefind-weight="3">${EMPTY_SLOT} y ${EMPTY_SLOT} z</span> w ${EMPTY_SLOT} </div>`,
    );
  });
});
