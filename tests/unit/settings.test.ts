import { describe, expect, it, vi } from 'vitest';
import { build, type BuildSteps } from '../../cli/build.ts';
import type { SearchIndexOptions } from '../../src/search/index-step/search-index.ts';
import { SHARD_PAGES } from '../../src/search/shards.ts';
import {
  BUILD_TIMINGS_ENV,
  CACHE_DIR_ENV,
  CONTENT_DIR_ENV,
  PLACEHOLDER_SITE_URL,
  readSettings,
  SEARCH_RECORDS_ENV,
  siteUrlRefusal,
  SHARD_PAGES_ENV,
  SITE_URL_ENV,
  TODAY_ENV,
} from '../../src/settings.ts';

/** 23:59:30 on 18 March 2024 in Vietnam, and a minute later: the next day there. */
const LATE = new Date('2024-03-18T16:59:30Z');
const NEXT_DAY = new Date('2024-03-18T17:00:30Z');

describe('readSettings', () => {
  it('defaults: ./content, no cache folder, the placeholder site, whole shards, Vietnam’s date', () => {
    expect(readSettings({}, LATE, '/srv/archive')).toEqual({
      contentRoot: '/srv/archive/content',
      cacheDir: undefined,
      siteUrl: 'https://luutru.example.gov.vn',
      searchShardPages: SHARD_PAGES,
      today: '2024-03-18',
      searchRecordsFile: undefined,
      buildTimingsFile: undefined,
    });
    expect(readSettings({}, NEXT_DAY, '/srv/archive').today).toBe('2024-03-19');
  });

  it('reads each variable', () => {
    const env = {
      [CONTENT_DIR_ENV]: 'tests/fixtures/corpus',
      [CACHE_DIR_ENV]: '/tmp/cache',
      [SITE_URL_ENV]: 'https://thiduakhenthuong.example.vn',
      [SHARD_PAGES_ENV]: '25',
      [TODAY_ENV]: '2025-07-01',
      [SEARCH_RECORDS_ENV]: '/tmp/records.json',
      [BUILD_TIMINGS_ENV]: '/tmp/timings.json',
    };
    expect(readSettings(env, LATE, '/srv/archive')).toEqual({
      contentRoot: '/srv/archive/tests/fixtures/corpus',
      cacheDir: '/tmp/cache',
      siteUrl: 'https://thiduakhenthuong.example.vn',
      searchShardPages: 25,
      today: '2025-07-01',
      searchRecordsFile: '/tmp/records.json',
      buildTimingsFile: '/tmp/timings.json',
    });
    expect(readSettings({ [CONTENT_DIR_ENV]: '/data/luu-tru' }, LATE, '/srv/archive').contentRoot).toBe('/data/luu-tru');
  });

  it('takes an empty variable as not set', () => {
    const empty = [CONTENT_DIR_ENV, CACHE_DIR_ENV, SITE_URL_ENV, SHARD_PAGES_ENV, TODAY_ENV, SEARCH_RECORDS_ENV, BUILD_TIMINGS_ENV];
    expect(readSettings(Object.fromEntries(empty.map((name) => [name, ''])), LATE, '/srv/archive')).toEqual(
      readSettings({}, LATE, '/srv/archive'),
    );
  });

  it('keeps the origin of the site’s address, and refuses anything but a scheme and a host, naming the variable', () => {
    expect(readSettings({ [SITE_URL_ENV]: 'https://ThiDua.example.vn/' }, LATE, '/').siteUrl).toBe('https://thidua.example.vn');
    expect(readSettings({ [SITE_URL_ENV]: 'http://127.0.0.1:4321' }, LATE, '/').siteUrl).toBe('http://127.0.0.1:4321');
    for (const bad of [
      'thidua.example.vn',
      'ftp://thidua.example.vn',
      'https://thidua.example.vn/luu-tru/',
      'https://a:b@thidua.example.vn',
      'https://thidua.example.vn/?x=1',
      'javascript:alert(1)',
    ]) {
      expect(() => readSettings({ [SITE_URL_ENV]: bad }, LATE, '/'), bad).toThrow(
        new RegExp(`^ARCHIVE_SITE_URL="${bad.replace(/[.?*()/]/g, '\\$&')}" không phải địa chỉ gốc của trang: cần dạng https://`),
      );
    }
  });

  it('refuses a build for the placeholder address, saying how to set the real one', () => {
    expect(siteUrlRefusal(readSettings({}, LATE, '/'))).toMatch(
      /^Chưa đặt địa chỉ của trang.*\nví dụ: ARCHIVE_SITE_URL=https:\/\/\S+ npm run build\n.*npm run build:local/s,
    );
    expect(siteUrlRefusal({ siteUrl: PLACEHOLDER_SITE_URL })).not.toBeNull();
    expect(siteUrlRefusal(readSettings({ [SITE_URL_ENV]: 'https://thidua.example.vn' }, LATE, '/'))).toBeNull();
  });

  it('takes a shard size that is not a positive whole number as the default', () => {
    for (const bad of ['0', '-3', '2.5', 'abc'])
      expect(readSettings({ [SHARD_PAGES_ENV]: bad }, LATE, '/').searchShardPages).toBe(SHARD_PAGES);
  });

  it('refuses a day that is not a real YYYY-MM-DD, naming the variable', () => {
    for (const bad of ['2025-02-30', '2025-07', '18/03/2024', ' 2025-07-01', 'hôm nay']) {
      expect(() => readSettings({ [TODAY_ENV]: bad }, LATE, '/')).toThrow(
        `${TODAY_ENV}="${bad}" không phải một ngày có thật dạng YYYY-MM-DD`,
      );
    }
  });
});

describe('one build, one day (cli/build.ts)', () => {
  it("gives Astro's process and the index step the day it read, even when Astro's clock has passed midnight", async () => {
    const config = readSettings({}, LATE, '/srv/archive');
    let astroEnv: NodeJS.ProcessEnv = {};
    let indexOptions: SearchIndexOptions = {};
    const steps: BuildSteps = {
      astro: async (_args, env) => {
        astroEnv = env;
        return 0;
      },
      searchIndex: async (_outDir, options) => {
        indexOptions = options ?? {};
        return { records: 0, shards: 1, reused: 0, files: 0, bytes: 0 };
      },
    };
    const log = vi.spyOn(console, 'log').mockImplementation(() => undefined);
    try {
      expect(await build(['--outDir', '/tmp/dist'], config, steps)).toBe(0);
    } finally {
      log.mockRestore();
    }
    // What Astro's process reads from the environment it was given, a minute later.
    expect(readSettings(astroEnv, NEXT_DAY, '/srv/archive').today).toBe('2024-03-18');
    expect(indexOptions.today).toBe('2024-03-18');
    expect(astroEnv[SEARCH_RECORDS_ENV]).toBe(indexOptions.recordsFile);
  });
});
