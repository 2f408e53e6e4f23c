/**
 * A large synthetic content root for measuring the search index: N
 * directives whose text is made of sentences from the shipped content and
 * the fixture corpus, shuffled with a fixed seed, spread over 60 issuers,
 * 200 campaigns, 12 years and every document kind. Not a test; used by
 * compare.ts.
 *
 *   npx node tests/search/bench/synthetic.ts <outDir> [count=10000]
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { DIRECTIVE_KINDS } from '../../../src/utils/vocabulary.ts';

const PROJECT = resolve(import.meta.dirname, '../../..');
const CODE: Record<string, string> = {
  'chỉ thị': 'CT', 'phát động': 'PĐ', 'kế hoạch': 'KH', 'quyết định': 'QĐ', 'hướng dẫn': 'HD',
  'thông báo': 'TB', 'báo cáo': 'BC', 'công văn': 'UBND-VP', 'nghị quyết': 'NQ',
};

/** Mulberry32: small, seeded, good enough for shuffling. */
function rng(seed: number) {
  return () => {
    seed |= 0;
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function sentencesFrom(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    if (!name.endsWith('.mdx')) continue;
    const body = readFileSync(join(dir, name), 'utf8').replace(/^---[\s\S]*?\n---\n/u, '');
    for (const line of body.split('\n')) {
      const clean = line.replace(/\[\^[^\]]+\]:?/gu, '').replace(/[<>{}|#*_`[\]]/gu, ' ').replace(/\([^)]*\/[^)]*\)/gu, ' ').trim();
      for (const s of clean.split(/(?<=[.;:])\s+/u)) if (s.length > 40 && s.length < 400) out.push(s.trim());
    }
  }
  return out;
}

export function writeSyntheticCorpus(outDir: string, count: number): void {
  const random = rng(20261124);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const sentences = [
    ...sentencesFrom(join(PROJECT, 'content/directives')),
    ...sentencesFrom(join(PROJECT, 'tests/fixtures/corpus/directives')),
    ...sentencesFrom(join(PROJECT, 'tests/fixtures/corpus/campaigns')),
  ];
  const places = ['Đồng Tâm', 'Bắc Hà Sơn', 'Đông Đào', 'Hữu Lũng', 'Trùng Khánh', 'Hòa An', 'Cẩm Mỹ', 'Tân Đức', 'Đức Phổ', 'Định Hóa', 'Điện Biên', 'Đắk Mil', 'Đầm Hà', 'Lộc Bình', 'Na Rì'];
  const slogans = ['chung sức xây dựng nông thôn mới', 'đẩy mạnh chuyển đổi số', 'chung tay vì người nghèo', 'văn minh đô thị', 'đoàn kết sáng tạo', 'doanh nghiệp hội nhập và phát triển', 'dân vận khéo', 'cải cách hành chính'];
  const fields = ['Thi đua, khen thưởng', 'Kinh tế - xã hội', 'Nông thôn mới', 'Văn hóa - xã hội', 'Quốc phòng - an ninh', 'Cải cách hành chính', 'Chuyển đổi số', 'Giảm nghèo', 'Y tế', 'Giáo dục - đào tạo'];
  const names = ['Nguyễn Văn Đức', 'Trần Thị Diệp', 'Đặng Quốc Dũng', 'Lê Đình Đông', 'Hoàng Thị Dung', 'Phạm Đức Điện', 'Vũ Văn Đạt', 'Đỗ Thị Duyên'];

  rmSync(outDir, { recursive: true, force: true });
  for (const dir of ['directives', 'campaigns', 'figures', 'results']) mkdirSync(join(outDir, dir), { recursive: true });

  const agencies: string[] = [];
  const agencyYaml: string[] = ['# Synthetic issuers for the search benchmark.'];
  for (let i = 0; i < 60; i++) {
    const place = `${places[i % places.length]} ${Math.floor(i / places.length) + 1}`;
    const id = `ubnd-huyen-so-${i + 1}`;
    agencies.push(id);
    agencyYaml.push(`${id}:\n  name: Ủy ban nhân dân huyện ${place}\n  shortName: UBND huyện ${place}\n  level: huyện\n`);
  }
  writeFileSync(join(outDir, 'agencies.yaml'), `${agencyYaml.join('\n')}\n`);

  const campaigns: string[] = [];
  for (let i = 0; i < 200; i++) {
    const id = `phong-trao-so-${i + 1}`;
    campaigns.push(id);
    const name = `${pick(places)} ${pick(slogans)} giai đoạn ${2015 + (i % 10)} - ${2020 + (i % 10)} số ${i + 1}`;
    writeFileSync(join(outDir, 'campaigns', `${id}.mdx`), `---\nname: ${name}\nscope: huyện\nkind: chuyên đề\n---\n\n${pick(sentences)} ${pick(sentences)}\n`);
  }

  for (let i = 0; i < count; i++) {
    const kind = pick(DIRECTIVE_KINDS);
    const year = 2015 + (i % 12);
    const issuer = agencies[i % agencies.length]!;
    const seq = Math.floor(i / agencies.length) + 1;
    const number = kind === 'công văn' ? `${seq}/${CODE[kind]}` : `${seq}/${kind === 'nghị quyết' ? `${year}/` : ''}${CODE[kind]}-UBND`;
    const month = String(1 + Math.floor(random() * 12)).padStart(2, '0');
    const day = String(1 + Math.floor(random() * 28)).padStart(2, '0');
    const linked = [pick(campaigns), pick(campaigns)].filter((c, j, all) => all.indexOf(c) === j);
    const paragraphs: string[] = [];
    const length = 4 + Math.floor(random() * 10);
    for (let p = 0; p < length; p++) paragraphs.push([pick(sentences), pick(sentences), pick(sentences)].join(' '));
    const fm = [
      '---',
      `kind: ${kind}`,
      `number: ${number}`,
      `title: ${kind[0]!.toUpperCase()}${kind.slice(1)} về ${pick(slogans)} tại ${pick(places)} năm ${year} (${i + 1})`,
      `issuer: ${issuer}`,
      `place: ${pick(places)}`,
      `issued: '${year}-${month}-${day}'`,
      'signer:',
      `  name: ${pick(names)}`,
      '  position: Chủ tịch',
      'campaigns:',
      ...linked.flatMap((c) => [`  - campaign: ${c}`, '    relation: thực hiện']),
      'fields:',
      ...[...new Set([pick(fields), pick(fields)])].map((f) => `  - ${f}`),
      '---',
    ];
    writeFileSync(join(outDir, 'directives', `van-ban-so-${i + 1}.mdx`), `${fm.join('\n')}\n\n${paragraphs.join('\n\n')}\n`);
  }
}

if (import.meta.main) {
  const [out, n] = process.argv.slice(2);
  if (!out) throw new Error('usage: synthetic.ts <outDir> [count]');
  writeSyntheticCorpus(resolve(out), Number(n ?? 10_000));
}
