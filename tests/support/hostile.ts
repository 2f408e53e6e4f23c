/**
 * Hostile inputs, one family per kind of attack an editor with commit rights
 * (or a stolen account) could try. Each case lays its files over a copy of
 * the valid minimal root; the ones git cannot hold as they are (links to
 * host files, a 1.5 GB file, bytes that are not UTF-8) are made here rather
 * than committed. The content check and the build must both refuse each one
 * with the same file:line problem (tests/content/hostile.test.ts,
 * tests/build/build-refuses.test.ts).
 */
import { cpSync, mkdirSync, mkdtempSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { MINIMAL_ROOT } from './fixtures.ts';

export interface HostileCase {
  family: 'links' | 'crash' | 'unbounded' | 'look-alike' | 'body-links' | 'script' | 'messages';
  name: string;
  /** Writes the case's files into a copy of the minimal root. */
  make: (root: string) => void;
  /** The one problem the case must give; `found` is matched against its whole line. */
  problem: { file: string; line: number; field: string; found: RegExp };
}

/** A directive that passes every rule, with `extra` frontmatter lines and `body`. */
export function directiveSource({
  number = '02/CT-UBND',
  title = 'Về việc thử nghiệm đầu vào',
  extra = '',
  body = 'Nội dung.\n',
} = {}): string {
  return `---
kind: chỉ thị
number: ${number}
title: ${title}
issuer: ubnd-huyen-a
place: An Lạc
issued: '2024-03-20'
signer:
  name: Đặng Văn Đức
  position: Chủ tịch
${extra}---
${body}`;
}

const FIGURE = (photo: string) => `---
name: Nguyễn Văn Mẫu
type: cá nhân
locality: xã An Lạc
award: Bằng khen
decision:
  number: 12/QĐ-UBND
  date: '2024-05-02'
year: 2024
photo:
  src: ${photo}
  alt: Ảnh chân dung
---
Thành tích.
`;

const RESULT = (indicator: string) => `---
title: Sơ kết thử nghiệm
kind: sơ kết
report:
  number: 700/BC-UBND
  date: '2024-10-20'
asOf: '2024-10'
indicators:
  - name: Số hộ thoát nghèo
    unit: hộ
${indicator}---
Kết quả.
`;

const ATTACHMENT = (file: string) => `attachments:\n  - file: ${file}\n    label: Bản gốc\n`;

function write(root: string, path: string, content: string | Buffer) {
  mkdirSync(dirname(join(root, path)), { recursive: true });
  writeFileSync(join(root, path), content);
}

/** A folder outside the content root, as a link would reach it. */
function outside(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'archive-outside-'));
  for (const [name, content] of Object.entries(files)) write(dir, name, content);
  return dir;
}

export const HOSTILE_CASES: readonly HostileCase[] = [
  // 1. Links that would publish the build machine's files.
  {
    family: 'links',
    name: 'attachment-links-to-passwd',
    make: (root) => {
      mkdirSync(join(root, 'files'), { recursive: true });
      symlinkSync('/etc/passwd', join(root, 'files/ban-goc.pdf'));
      write(root, 'directives/tep-lien-ket.mdx', directiveSource({ extra: ATTACHMENT('ban-goc.pdf') }));
    },
    problem: { file: 'directives/tep-lien-ket.mdx', line: 12, field: 'attachments[0].file', found: /liên kết tới ngoài kho/ },
  },
  {
    family: 'links',
    name: 'attachment-links-to-environ',
    make: (root) => {
      mkdirSync(join(root, 'files'), { recursive: true });
      symlinkSync('/proc/self/environ', join(root, 'files/moi-truong.pdf'));
      write(root, 'directives/tep-lien-ket.mdx', directiveSource({ extra: ATTACHMENT('moi-truong.pdf') }));
    },
    problem: { file: 'directives/tep-lien-ket.mdx', line: 12, field: 'attachments[0].file', found: /liên kết tới ngoài kho/ },
  },
  {
    family: 'links',
    name: 'attachment-folder-links-outside',
    make: (root) => {
      mkdirSync(join(root, 'files'), { recursive: true });
      symlinkSync(outside({ 'bi-mat.pdf': '%PDF-1.4 host file' }), join(root, 'files/thu-muc'));
      write(root, 'directives/tep-lien-ket.mdx', directiveSource({ extra: ATTACHMENT('thu-muc/bi-mat.pdf') }));
    },
    problem: { file: 'directives/tep-lien-ket.mdx', line: 12, field: 'attachments[0].file', found: /liên kết tới ngoài kho/ },
  },
  {
    family: 'links',
    name: 'photo-links-to-shadow',
    make: (root) => {
      mkdirSync(join(root, 'files'), { recursive: true });
      symlinkSync('/etc/shadow', join(root, 'files/chan-dung.png'));
      write(root, 'figures/nguyen-van-mau.mdx', FIGURE('chan-dung.png'));
    },
    problem: { file: 'figures/nguyen-van-mau.mdx', line: 11, field: 'photo.src', found: /liên kết tới ngoài kho/ },
  },
  {
    family: 'links',
    name: 'entry-links-outside',
    make: (root) => {
      const dir = outside({ 'ngoai.mdx': directiveSource({ number: '03/CT-UBND' }) });
      symlinkSync(join(dir, 'ngoai.mdx'), join(root, 'directives/ngoai.mdx'));
    },
    problem: { file: 'directives/ngoai.mdx', line: 1, field: '(tệp)', found: /liên kết tới ngoài kho/ },
  },
  {
    family: 'links',
    name: 'entry-folder-links-outside',
    make: (root) => {
      symlinkSync(outside({ 'ngoai.mdx': directiveSource({ number: '03/CT-UBND' }) }), join(root, 'directives/thu-muc'));
    },
    problem: { file: 'directives/thu-muc', line: 1, field: '(tệp)', found: /liên kết tới ngoài kho/ },
  },

  // 2. Input that used to pass the check and then kill the build.
  {
    family: 'crash',
    name: 'deep-blockquote',
    make: (root) => write(root, 'directives/trich-dan-sau.mdx', directiveSource({ body: `Mở đầu.\n\n${'> '.repeat(2000)}x\n` })),
    problem: { file: 'directives/trich-dan-sau.mdx', line: 14, field: '(nội dung)', found: /lồng/ },
  },
  {
    family: 'crash',
    name: 'deep-list',
    make: (root) => write(root, 'directives/danh-sach-sau.mdx', directiveSource({ body: `Mở đầu.\n\n${'- '.repeat(3000)}x\n` })),
    problem: { file: 'directives/danh-sach-sau.mdx', line: 14, field: '(nội dung)', found: /lồng/ },
  },
  {
    family: 'crash',
    name: 'file-name-without-letters',
    make: (root) => write(root, 'directives/!!!.mdx', directiveSource()),
    problem: { file: 'directives/!!!.mdx', line: 1, field: '(tên tệp)', found: /"!!!\.mdx"/ },
  },
  {
    family: 'crash',
    name: 'attachment-is-a-folder',
    make: (root) => {
      mkdirSync(join(root, 'files/ban-goc.pdf'), { recursive: true });
      write(root, 'directives/tep-la-thu-muc.mdx', directiveSource({ extra: ATTACHMENT('ban-goc.pdf') }));
    },
    problem: { file: 'directives/tep-la-thu-muc.mdx', line: 12, field: 'attachments[0].file', found: /thư mục/ },
  },
  {
    family: 'crash',
    name: 'yaml-alias-expanded',
    make: (root) =>
      write(
        root,
        'directives/bi-danh.mdx',
        directiveSource({ extra: `theme: &t Thi đua yêu nước\nfields: [${Array.from({ length: 8000 }, () => '*t').join(', ')}]\n` }),
      ),
    problem: { file: 'directives/bi-danh.mdx', line: 12, field: 'fields[0]', found: /bí danh YAML/ },
  },

  // 3. Unbounded work.
  {
    family: 'unbounded',
    name: 'yaml-alias-to-long-text',
    make: (root) =>
      write(
        root,
        'directives/bi-danh-dai.mdx',
        directiveSource({ extra: `recipients:\n  - &dai ${'Ủy ban nhân dân xã '.repeat(5800)}\n${'  - *dai\n'.repeat(2000)}` }),
      ),
    problem: { file: 'directives/bi-danh-dai.mdx', line: 13, field: 'recipients[1]', found: /bí danh YAML/ },
  },
  {
    family: 'unbounded',
    name: 'attachment-too-large',
    make: (root) => {
      write(root, 'files/qua-lon.pdf', '%PDF-1.4');
      // Sparse: 1.5 GB as the file system reports it, without writing it.
      truncateSync(join(root, 'files/qua-lon.pdf'), 1.5 * 2 ** 30);
      write(root, 'directives/tep-qua-lon.mdx', directiveSource({ extra: ATTACHMENT('qua-lon.pdf') }));
    },
    problem: { file: 'directives/tep-qua-lon.mdx', line: 12, field: 'attachments[0].file', found: /1,5 GB/ },
  },
  {
    family: 'unbounded',
    name: 'entry-file-too-large',
    make: (root) => write(root, 'directives/qua-dai.mdx', directiveSource({ body: `${'Nội dung rất dài. '.repeat(150_000)}\n` })),
    problem: { file: 'directives/qua-dai.mdx', line: 1, field: '(tệp)', found: /MB/ },
  },
  {
    family: 'unbounded',
    name: 'title-too-long',
    make: (root) => write(root, 'directives/ten-qua-dai.mdx', directiveSource({ title: 'Về việc thi đua '.repeat(65_000) })),
    problem: { file: 'directives/ten-qua-dai.mdx', line: 4, field: 'title', found: /ký tự/ },
  },

  // 4. Look-alike text.
  {
    family: 'look-alike',
    name: 'number-in-cyrillic',
    make: (root) => write(root, 'directives/so-kirin.mdx', directiveSource({ number: '01/СТ-UBND' })),
    problem: { file: 'directives/so-kirin.mdx', line: 3, field: 'number', found: /"С"/ },
  },
  {
    family: 'look-alike',
    name: 'number-with-zero-width-space',
    make: (root) => write(root, 'directives/so-an.mdx', directiveSource({ number: '"01/CT\u200B-UBND"' })),
    problem: { file: 'directives/van-ban-mot.mdx', line: 3, field: 'number', found: /đã có ở directives\/so-an\.mdx/ },
  },
  {
    family: 'look-alike',
    name: 'not-utf-8',
    make: (root) =>
      write(
        root,
        'directives/sai-ma.mdx',
        Buffer.concat([
          Buffer.from(directiveSource().slice(0, 40)),
          Buffer.from([0xc3, 0x28, 0xa0]),
          Buffer.from(directiveSource().slice(40)),
        ]),
      ),
    problem: { file: 'directives/sai-ma.mdx', line: 4, field: '(tệp)', found: /UTF-8/ },
  },
  {
    family: 'look-alike',
    name: 'title-of-invisible-characters',
    make: (root) => write(root, 'directives/ten-trong.mdx', directiveSource({ title: '"\u00a0\u200b\u200b\u00a0"' })),
    problem: { file: 'directives/ten-trong.mdx', line: 4, field: 'title', found: /U\+200B/ },
  },
  {
    family: 'look-alike',
    name: 'hexadecimal-number',
    make: (root) => write(root, 'results/so-thap-luc.mdx', RESULT('    target: 0x64\n    actual: 90\n')),
    problem: { file: 'results/so-thap-luc.mdx', line: 11, field: 'indicators[0].target', found: /"0x64"/ },
  },
  {
    family: 'look-alike',
    name: 'negative-target',
    make: (root) => write(root, 'results/chi-tieu-am.mdx', RESULT('    target: -5\n    actual: 3\n')),
    problem: { file: 'results/chi-tieu-am.mdx', line: 11, field: 'indicators[0].target', found: /-5/ },
  },
  {
    family: 'look-alike',
    name: 'target-near-zero',
    make: (root) => write(root, 'results/chi-tieu-gan-khong.mdx', RESULT('    target: 1e-320\n    actual: 5\n')),
    problem: { file: 'results/chi-tieu-gan-khong.mdx', line: 11, field: 'indicators[0].target', found: /e-320|0,0+/ },
  },

  // 5. Body links that citizens would find broken, or that reveal a draft.
  {
    family: 'body-links',
    name: 'body-links-to-draft',
    make: (root) => {
      write(root, 'directives/ban-nhap.mdx', directiveSource({ number: '09/CT-UBND', extra: 'draft: true\n' }));
      write(root, 'directives/lien-ket-nhap.mdx', directiveSource({ body: 'Xem [dự thảo](/van-ban/ban-nhap/).\n' }));
    },
    problem: { file: 'directives/lien-ket-nhap.mdx', line: 12, field: '(nội dung)', found: /ban-nhap/ },
  },
  {
    family: 'body-links',
    name: 'body-links-to-missing-entry',
    make: (root) =>
      write(root, 'directives/lien-ket-hong.mdx', directiveSource({ body: 'Mở đầu.\n\nXem [văn bản](/van-ban/khong-co-van-ban-nay/).\n' })),
    problem: { file: 'directives/lien-ket-hong.mdx', line: 14, field: '(nội dung)', found: /khong-co-van-ban-nay/ },
  },

  // 6. Script that the quick pre-scan used to miss.
  {
    family: 'script',
    name: 'escaped-javascript-url',
    make: (root) => write(root, 'directives/lien-ket-script.mdx', directiveSource({ body: 'Bấm [vào đây](javascript\\:alert(1)).\n' })),
    problem: { file: 'directives/lien-ket-script.mdx', line: 12, field: '(nội dung)', found: /javascript/ },
  },

  // 7. Mistakes whose message used to mislead.
  {
    family: 'messages',
    name: 'agency-listed-twice',
    make: (root) =>
      write(
        root,
        'agencies.yaml',
        `ubnd-huyen-a:\n  name: Ủy ban nhân dân huyện An Lạc\n  shortName: UBND huyện An Lạc\n  level: huyện\n  parent: ubnd-tinh-b\n  activeTo: '2025-07-01'\nubnd-tinh-b:\n  name: Ủy ban nhân dân tỉnh Bình Sơn\n  shortName: UBND tỉnh Bình Sơn\n  level: tỉnh\nubnd-huyen-a:\n  name: Trùng\n  shortName: Trùng\n  level: huyện\n`,
      ),
    problem: { file: 'agencies.yaml', line: 11, field: 'ubnd-huyen-a', found: /lặp lại.*dòng 1/ },
  },
  {
    family: 'messages',
    name: 'agency-alias',
    make: (root) =>
      write(
        root,
        'agencies.yaml',
        `ubnd-huyen-a: &huyen\n  name: Ủy ban nhân dân huyện An Lạc\n  shortName: UBND huyện An Lạc\n  level: huyện\n  parent: ubnd-tinh-b\n  activeTo: '2025-07-01'\nubnd-tinh-b:\n  name: Ủy ban nhân dân tỉnh Bình Sơn\n  shortName: UBND tỉnh Bình Sơn\n  level: tỉnh\nubnd-huyen-c: *huyen\n`,
      ),
    problem: { file: 'agencies.yaml', line: 11, field: 'ubnd-huyen-c', found: /bí danh YAML/ },
  },
  {
    family: 'messages',
    name: 'field-written-twice',
    make: (root) => write(root, 'directives/hai-tieu-de.mdx', directiveSource({ extra: 'title: Tiêu đề thứ hai\n' })),
    problem: { file: 'directives/hai-tieu-de.mdx', line: 11, field: 'title', found: /lặp lại.*dòng 4/ },
  },
];

/** A fresh content root: the minimal corpus with one hostile case laid over it. */
export function hostileRoot(hostile: HostileCase): string {
  const root = mkdtempSync(join(tmpdir(), `archive-${hostile.name}-`));
  cpSync(MINIMAL_ROOT, root, { recursive: true });
  hostile.make(root);
  return root;
}
