import { describe, expect, it } from 'vitest';
import { howFound, noneCounted, PAGEFIND_BASE, queryWords, shardBases, shardsAnsweringAsOne, shardsOf } from '../../src/search/shards.ts';

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
  const word = { found: 'word' } as const;
  const nothing = { found: 'nothing' } as const;
  const shorter = (w: string) => ({ found: 'shorter', word: w }) as const;

  it('splits a query into its words, each once', () => {
    expect(queryWords('thi  dua thi 3/PD-UBND')).toEqual(['thi', 'dua', '3/PD-UBND']);
    expect(queryWords(null)).toEqual([]);
  });

  it('tells how a word found a page: by a word it starts, or the longest word that starts it', () => {
    const page = ['ket qua thuc hien dat chuan van minh do thi 128/bc-ubnd', 'Sơ kết Tân Đức'];
    expect(howFound(page, 'thi')).toEqual(word);
    expect(howFound(page, 'thu')).toEqual(word);
    // Metadata keeps its marks; the index compares folded words.
    expect(howFound(page, 'duc')).toEqual(word);
    // Document numbers as Pagefind indexes them: punctuation dropped, whole.
    expect(howFound(page, '128/BC-UBND')).toEqual(word);
    expect(howFound(page, 'thiqq')).toEqual(shorter('thi'));
    expect(howFound(page, 'thucc')).toEqual(shorter('thuc'));
    expect(howFound(page, '12/BC-UBND')).toEqual(nothing);
    expect(howFound(page, 'dua')).toEqual(nothing);
  });

  it('leaves out the shards without a word that one index has', () => {
    // The fixture corpus: the newest shard knows "thi" but not "dua".
    expect(
      shardsAnsweringAsOne(
        [
          [word, word, word],
          [nothing, word, word],
        ],
        3,
      ),
    ).toEqual([1, 2]);
    // Pagefind would search "3" in a shard without "3/PD-UBND".
    expect(shardsAnsweringAsOne([[shorter('3'), word, shorter('3')]], 3)).toEqual([1]);
    expect(
      shardsAnsweringAsOne(
        [
          [word, nothing, word],
          [nothing, word, word],
        ],
        3,
      ),
    ).toEqual([2]);
    expect(
      shardsAnsweringAsOne(
        [
          [word, nothing],
          [nothing, word],
        ],
        2,
      ),
    ).toEqual([]);
  });

  it('matches a word no shard has by the longest shorter word one has, as one index does', () => {
    // "duaqq": one index searches "dua"; a shard without "dua" has no page to add.
    expect(shardsAnsweringAsOne([[nothing, shorter('dua'), shorter('du')]], 3)).toEqual([1]);
    expect(shardsAnsweringAsOne([[shorter('dua'), shorter('dua')]], 2)).toEqual([0, 1]);
    // Nothing anywhere: one index leaves the word out, so the shards do too.
    expect(
      shardsAnsweringAsOne(
        [
          [word, word],
          [nothing, nothing],
        ],
        2,
      ),
    ).toEqual([0, 1]);
  });

  it('counts every facet value 0 when no shard may answer, keeping the values listed', () => {
    expect(noneCounted({ kind: { 'Chỉ thị': 3, 'Kế hoạch': 0 }, year: { '2024': 1 } })).toEqual({
      kind: { 'Chỉ thị': 0, 'Kế hoạch': 0 },
      year: { '2024': 0 },
    });
  });

  it('asks every shard of a query without words (filters only)', () => {
    expect(shardsAnsweringAsOne([], 2)).toEqual([0, 1]);
  });
});
