/**
 * Work on many files a batch at a time: enough at once to keep the disk
 * busy, few enough that memory and open files stay bounded. Pure.
 */

/** Runs `each` on every item, `size` at once, a batch after the one before; `each` gets the item's index. */
export async function inBatches<T>(items: readonly T[], size: number, each: (item: T, index: number) => Promise<void>): Promise<void> {
  for (let i = 0; i < items.length; i += size) await Promise.all(items.slice(i, i + size).map((item, j) => each(item, i + j)));
}
