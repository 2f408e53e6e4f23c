/** The page text cache: a rebuild prepares only the pages that changed (prepare-shard.ts makes the keys). */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { IndexWord } from '../tokens.ts';

/** A weight (1 to 10) as one printable character, which JSON keeps as it is. */
const WEIGHT_CHAR = 64;

/**
 * Index texts of earlier builds, by a digest of each page's HTML and record,
 * packed as "words\tweights" (a character per weight) to keep the file
 * small. Only the pages of the last build are kept.
 */
export class PageTextCache {
  private readonly used = new Map<string, string>();
  private readonly file: string;
  private readonly earlier: Map<string, string>;

  private constructor(file: string, earlier: Map<string, string>) {
    this.file = file;
    this.earlier = earlier;
  }

  static async open(file: string): Promise<PageTextCache> {
    try {
      return new PageTextCache(file, new Map(Object.entries(JSON.parse(await readFile(file, 'utf8')) as Record<string, string>)));
    } catch {
      // No cache, or an unreadable one: every page is prepared again.
      return new PageTextCache(file, new Map());
    }
  }

  get(key: string): IndexWord[] | undefined {
    const packed = this.earlier.get(key);
    if (packed === undefined) return undefined;
    this.used.set(key, packed);
    const [words = '', weights = ''] = packed.split('\t');
    return words === '' ? [] : words.split(' ').map((word, i) => ({ word, weight: weights.charCodeAt(i) - WEIGHT_CHAR }));
  }

  set(key: string, words: readonly IndexWord[]): void {
    this.used.set(key, `${words.map((w) => w.word).join(' ')}\t${words.map((w) => String.fromCharCode(WEIGHT_CHAR + w.weight)).join('')}`);
  }

  async save(): Promise<void> {
    await mkdir(dirname(this.file), { recursive: true });
    await writeFile(this.file, JSON.stringify(Object.fromEntries(this.used)));
  }
}
