/**
 * The schema is the one source of what a field means: every field an editor
 * fills has its wording there, and the guide's field table is the one the
 * schema gives. `npx vitest run tests/editor/field-guide.test.ts -u`
 * rewrites docs/bien-tap.md's tables after a change to the schema's wording.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT } from '../../harness/build.ts';
import { directiveSchema } from '../../src/domain/schema/index.ts';
import { fieldAt, fieldsOf } from '../../src/domain/schema/fields.ts';
import { withFieldTables } from '../../src/editor/field-guide.ts';

const GUIDE = join(PROJECT, 'docs/bien-tap.md');

describe('the field wording', () => {
  it('names and explains every field of a directive, and each part of the signer the importer can miss', () => {
    const fields = fieldsOf(directiveSchema);
    for (const field of fields) {
      expect(field.meta.label, field.key).toBeTruthy();
      expect(field.meta.help, field.key).toBeTruthy();
    }
    for (const part of ['signer.name', 'signer.position']) expect(fieldAt(fields, part)?.meta.label, part).toBeTruthy();
  });

  it('is what docs/bien-tap.md shows (regenerate: npx vitest run tests/editor/field-guide.test.ts -u)', async () => {
    const guide = readFileSync(GUIDE, 'utf8');
    expect(guide).toContain('<!-- fields:directives -->');
    await expect(withFieldTables(guide)).toMatchFileSnapshot(GUIDE);
  });

  it('replaces only what stands between the markers, and refuses a collection that does not exist', () => {
    const guide = withFieldTables('Trước\n<!-- fields:directives -->\nbảng trước đây\n<!-- /fields -->\nSau\n');
    expect(guide).toMatch(/^Trước\n<!-- fields:directives -->\n\n\| Trường \| Ý nghĩa \| Ví dụ \|\n/u);
    expect(guide).toContain('| `kind` | Loại văn bản (tên loại): chỉ thị \\| phát động');
    expect(guide).toMatch(/\| `draft` \| [^\n]+ \|\n\n<!-- \/fields -->\nSau\n$/u);
    expect(guide).not.toContain('bảng trước đây');
    expect(() => withFieldTables('<!-- fields:vanban -->\n<!-- /fields -->\n')).toThrow(/vanban/u);
  });
});
