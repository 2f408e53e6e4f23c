/** Unit tests of the batch helper (src/domain/batches.ts). */
import { describe, expect, it } from 'vitest';
import { inBatches } from '../../src/domain/batches.ts';

describe('inBatches', () => {
  it('visits every item once with its index, never more than a batch at once, a batch after the one before', async () => {
    const items = ['a', 'b', 'c', 'd', 'e', 'f', 'g'];
    const seen: [string, number][] = [];
    let running = 0;
    let most = 0;
    const started: number[] = [];
    await inBatches(items, 3, async (item, index) => {
      started.push(index);
      running++;
      most = Math.max(most, running);
      await new Promise((r) => setTimeout(r, 5 * (3 - (index % 3))));
      seen.push([item, index]);
      running--;
    });
    expect(most).toBe(3);
    expect(started).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect([...seen].sort((x, y) => x[1] - y[1])).toEqual(items.map((item, i) => [item, i]));
    // The first batch has finished before the second starts.
    expect(
      seen
        .slice(0, 3)
        .map(([, i]) => i)
        .sort(),
    ).toEqual([0, 1, 2]);
  });

  it('does nothing for no items', async () => {
    let calls = 0;
    await inBatches([], 4, async () => void calls++);
    expect(calls).toBe(0);
  });
});
