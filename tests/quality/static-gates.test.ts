/**
 * Site-wide gates over every page in dist/, for the shipped content and the
 * fixture corpus: valid HTML and no broken internal link or #fragment.
 * Each gate first proves it can fail, on tests/fixtures/broken-site/.
 * And one over the source: the environment and the clock are read in
 * src/settings.ts only.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { buildSite } from '../support/build.ts';
import { FIXTURES } from '../support/fixtures.ts';
import { files } from '../support/html.ts';
import { checkLinks } from '../support/links.ts';

const BROKEN = join(FIXTURES, 'broken-site');
const validator = new HtmlValidate(new FileSystemConfigLoader());

async function htmlErrors(dist: string): Promise<string[]> {
  const errors: string[] = [];
  for (const page of files(dist).filter((f) => f.endsWith('.html'))) {
    const report = await validator.validateFile(join(dist, page));
    for (const result of report.results)
      for (const m of result.messages) errors.push(`${page}:${m.line}:${m.column} ${m.ruleId} ${m.message}`);
  }
  return errors;
}

describe('quality gates prove they can fail', () => {
  it('the link checker finds the renamed page, the missing anchor and the missing attachment', () => {
    expect(checkLinks(BROKEN).map((b) => `${b.link} (${b.reason})`)).toEqual([
      '/van-ban/hai/ (không có tệp)',
      '/van-ban/mot/#chu-thich-fn-9 (không có id "chu-thich-fn-9")',
      '/tep/ban-goc.pdf (không có tệp)',
    ]);
  });

  it('html-validate finds the image without alt text and the duplicate id', async () => {
    const errors = await htmlErrors(BROKEN);
    expect(errors.join('\n')).toMatch(/wcag\/h37/);
    expect(errors.join('\n')).toMatch(/no-dup-id/);
  });
});

describe.each(['content', 'corpus'])('the site built from %s', (corpus) => {
  it('has valid HTML on every page (html-validate: 0 errors)', async () => {
    const dist = await buildSite(corpus);
    const errors = await htmlErrors(dist);
    expect(errors, errors.slice(0, 20).join('\n')).toEqual([]);
    expect(files(dist).filter((f) => f.endsWith('.html')).length).toBeGreaterThan(20);
  });

  it('has no broken internal link, attachment, footnote anchor or sitemap entry', async () => {
    const dist = await buildSite(corpus);
    expect(checkLinks(dist)).toEqual([]);
  });
});

/**
 * What reads the environment or the clock, other than src/settings.ts: one
 * build must see one set of settings and one "today" (cli/build.ts hands it
 * to Astro's process), so the rest of the site gets them from there.
 */
const SETTINGS_READ = /process\.env|todayIso\(\)|new Date\(\)|Date\.now\(\)/u;
const PROJECT = resolve(import.meta.dirname, '../..');

function settingsReadsOutsideSettings(): string[] {
  const sources = [
    ...readdirSync(join(PROJECT, 'src'), { recursive: true, withFileTypes: true })
      .filter((f) => f.isFile() && /\.(?:ts|mts|js|mjs|astro)$/u.test(f.name))
      .map((f) => join(f.parentPath, f.name)),
    join(PROJECT, 'astro.config.mjs'),
  ];
  return sources
    .filter((file) => relative(PROJECT, file) !== 'src/settings.ts')
    .flatMap((file) =>
      readFileSync(file, 'utf8')
        .split('\n')
        .flatMap((line, i) => (SETTINGS_READ.test(line) ? [`${relative(PROJECT, file)}:${i + 1}: ${line.trim()}`] : [])),
    )
    .sort();
}

describe('the settings', () => {
  it('are read from the environment and the clock in src/settings.ts only', () => {
    const offenders = settingsReadsOutsideSettings();
    expect(offenders, offenders.join('\n')).toEqual([]);
  });
});
