import { describe, expect, it } from 'vitest';
import { hasWordStartingWith, PAGEFIND_BASE, queryWords, shardBases, shardsKnowingEveryWord, shardsOf } from '../../src/search/shards.ts';

const page = (url: string, sortDate: string) => ({ url, sortDate });

describe('shardsOf', () => {
  it('keeps a small index in one primary bundle', () => {
    const pages = [page('/b/', '2024-01-01'), page('/a/', '2023-01-01')];
    const shards = shardsOf(pages, 10);
    expect(shards.map((s) => s.base)).toEqual([PAGEFIND_BASE]);
    expect(shards[0]!.pages.map((p) => p.url)).toEqual(['/a/', '/b/']);
  });

  it('cuts by date in blocks from the oldest, newest block first as the primary bundle', () => {
    const pages = Array.from({ length: 7 }, (_, i) => page(`/p${i}/`, `202${i}-01-01`)).reverse();
    const shards = shardsOf(pages, 3);
    expect(shards.map((s) => s.base)).toEqual(['/pagefind/', '/pagefind/shard-1/', '/pagefind/shard-0/']);
    expect(shards.map((s) => s.pages.map((p) => p.url))).toEqual([['/p6/'], ['/p3/', '/p4/', '/p5/'], ['/p0/', '/p1/', '/p2/']]);
  });

  it('orders pages of one date by URL, whatever order they come in', () => {
    const pages = [page('/c/', '2024-01-01'), page('/a/', '2024-01-01'), page('/b/', '2024-01-01')];
    expect(shardsOf(pages, 2).map((s) => s.pages.map((p) => p.url))).toEqual([['/c/'], ['/a/', '/b/']]);
    expect(shardsOf([...pages].reverse(), 2)).toEqual(shardsOf(pages, 2));
  });

  it('adds a new newest page to the newest block only, so older blocks stay as they were', () => {
    const pages = Array.from({ length: 5 }, (_, i) => page(`/p${i}/`, `202${i}-01-01`));
    const before = shardsOf(pages, 3);
    const after = shardsOf([...pages, page('/new/', '2030-01-01')], 3);
    expect(after[1]).toEqual(before[1]);
    expect(after[0]!.pages.map((p) => p.url)).toEqual(['/p3/', '/p4/', '/new/']);
  });
});

describe('shardBases', () => {
  it('lists the same places as shardsOf, for the page count alone', () => {
    for (const count of [0, 1, 3, 4, 9, 10]) {
      const pages = Array.from({ length: count }, (_, i) => page(`/p${i}/`, '2024-01-01'));
      expect(shardBases(count, 3)).toEqual(shardsOf(pages, 3).map((s) => s.base));
    }
  });
});

describe('the shards a query is asked of', () => {
  it('splits a query into its words, each once', () => {
    expect(queryWords('thi  dua thi 3/PD-UBND')).toEqual(['thi', 'dua', '3/PD-UBND']);
    expect(queryWords(null)).toEqual([]);
  });

  it('keeps only the shards that know every word', () => {
    // Newest shard knows "thi" but not "dua", as in the fixture corpus.
    const thi = [true, true, true];
    const dua = [false, true, true];
    expect(shardsKnowingEveryWord([thi, dua], 3)).toEqual([1, 2]);
    expect(shardsKnowingEveryWord([thi], 3)).toEqual([0, 1, 2]);
    expect(shardsKnowingEveryWord([dua, [true, false, true]], 3)).toEqual([2]);
    expect(shardsKnowingEveryWord([[false, false]], 2)).toEqual([]);
  });

  it('asks every shard of a query without words (filters only)', () => {
    expect(shardsKnowingEveryWord([], 2)).toEqual([0, 1]);
  });

  it('tells a word found as itself or as the start of a longer word from one found through a shorter word', () => {
    const page = ['ket qua thuc hien dat chuan van minh do thi 128/bc-ubnd', 'Sơ kết Tân Đức'];
    expect(hasWordStartingWith(page, 'thi')).toBe(true);
    expect(hasWordStartingWith(page, 'thu')).toBe(true);
    // Pagefind would find this page for "thiqq" through "thi": it lacks the word.
    expect(hasWordStartingWith(page, 'thiqq')).toBe(false);
    expect(hasWordStartingWith(page, 'dua')).toBe(false);
    // Metadata keeps its marks; the index compares folded words.
    expect(hasWordStartingWith(page, 'duc')).toBe(true);
    // Document numbers as Pagefind indexes them: punctuation dropped, whole.
    expect(hasWordStartingWith(page, '128/BC-UBND')).toBe(true);
    expect(hasWordStartingWith(page, '12/BC-UBND')).toBe(false);
    expect(hasWordStartingWith(page, '')).toBe(false);
  });
});
