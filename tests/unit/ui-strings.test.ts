/**
 * Every string the interface shows lives in src/i18n/vi.ts. A page,
 * component or layout with a Vietnamese letter outside its comments has
 * wording of its own, which neither a reviewer of vi.ts nor another
 * language would find.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT } from '../../harness/build.ts';

const UI_DIRS = ['src/pages', 'src/components', 'src/layouts'];
/** Latin letters with diacritics (in NFC, so a decomposed "ệ" counts too): plain ASCII cannot tell a word from code. */
const VIETNAMESE_LETTER = /[\u00c0-\u024f\u1e00-\u1eff]/u;
/** Block, HTML and line comments; "//" after ":" or a quote is a URL, not a comment. */
const COMMENT = /\/\*[\s\S]*?\*\/|<!--[\s\S]*?-->|(?<![:'"`\w])\/\/[^\n]*/gu;

/** The lines of `source` holding a Vietnamese letter outside comments, numbered from 1. */
function wordingLines(source: string): string[] {
  const code = source.replace(COMMENT, (comment) => comment.replace(/[^\n]/gu, ''));
  return code.split('\n').flatMap((line, i) => (VIETNAMESE_LETTER.test(line.normalize('NFC')) ? [`${i + 1}: ${line.trim()}`] : []));
}

describe('interface wording', () => {
  it('is found in a string or text of a page, not in its comments (the check can fail)', () => {
    const page = [
      '---',
      '/** Quyết định khen thưởng: số, ngày. */',
      "const text = f.number ? `Quyết định số ${f.number}` : 'Quyết định không số'; // giữ nguyên",
      "const url = 'https://huulung.langson.gov.vn'; // trang huyện",
      '---',
      '<!-- Thông tin -->',
      '<td>{a ? `Từ ${a}` : ""}</td>',
      '<p>Toàn văn</p>',
    ].join('\n');
    expect(wordingLines(page)).toEqual([
      "3: const text = f.number ? `Quyết định số ${f.number}` : 'Quyết định không số';",
      '7: <td>{a ? `Từ ${a}` : ""}</td>',
      '8: <p>Toàn văn</p>',
    ]);
  });

  it('lives in src/i18n/vi.ts: no page, component or layout has any of its own', () => {
    const found = UI_DIRS.flatMap((dir) =>
      readdirSync(join(PROJECT, dir), { recursive: true, encoding: 'utf8' })
        .filter((name) => /\.(?:astro|ts)$/u.test(name))
        .sort()
        .flatMap((name) =>
          wordingLines(readFileSync(join(PROJECT, dir, name), 'utf8')).map(
            (line) => `${relative(PROJECT, join(PROJECT, dir, name))}:${line}`,
          ),
        ),
    );
    expect(found, 'move these strings into src/i18n/vi.ts and look them up by key').toEqual([]);
  });
});
