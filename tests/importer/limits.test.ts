/**
 * Hostile input: zip bombs (honest and lying headers), image bombs, a zip of
 * too many parts and oversized files stop the importer with a Vietnamese
 * message naming the file and the limit, exit 1, and nothing written. The bombs are generated here
 * into the run's temporary directory: 300 MB of repeated bytes deflate to
 * well under 1 MB, streamed, so the test itself never holds them.
 */
import { spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { crc32, createDeflateRaw, deflateRawSync } from 'node:zlib';
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import * as read from '../../src/editor/importer/read.ts';
import { ImportError, readInput } from '../../src/editor/importer/read.ts';
import { FIXTURES, PROJECT } from './context.ts';

const MB = 1024 * 1024;
/** The limits the messages state, written out here so that a change to them is deliberate. */
const MAX_DOCX_FILE_BYTES = 50 * MB;
const MAX_TEXT_FILE_BYTES = 10 * MB;
const MAX_DOCX_XML_BYTES = 20 * MB;
const MAX_DOCX_PART_BYTES = 10 * MB;
const MAX_DOCX_UNPACKED_BYTES = 100 * MB;
const MAX_DOCX_PARTS = 10_000;
const BOMB_BYTES = 300 * MB;
/** Memory a stopped import may use beyond the limit it hit: one inflated chunk past it, and JSZip's own objects. */
const SLACK = 64 * MB;
/** A Node stack frame ("    at main (file:line)"): the editor must see a message, never a crash. */
const STACK_FRAME = /^\s+at /m;

interface ZipEntry {
  name: string;
  /** Raw deflate data. */
  data: Buffer;
  crc: number;
  size: number;
  /** The uncompressed size written in the headers, when it lies. */
  declaredSize?: number;
}

/** A zip of deflated entries, written by hand so that its headers can lie. */
function zip(entries: readonly ZipEntry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name, 'utf8');
    const size = e.declaredSize ?? e.size;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4); // version needed
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(8, 8); // deflate
    local.writeUInt16LE(0x21, 12); // 1980-01-01
    local.writeUInt32LE(e.crc >>> 0, 14);
    local.writeUInt32LE(e.data.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(8, 10);
    central.writeUInt16LE(0x21, 14);
    central.writeUInt32LE(e.crc >>> 0, 16);
    central.writeUInt32LE(e.data.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, e.data);
    centrals.push(central, name);
    offset += local.length + name.length + e.data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

const entry = (name: string, content: Buffer): ZipEntry => ({
  name,
  data: deflateRawSync(content),
  crc: crc32(content),
  size: content.length,
});

/** `head`, then `unit` repeated to at least `size` bytes in all, then `tail`, deflated as a stream. */
async function deflatedRepeat(name: string, head: Buffer, unit: Buffer, size: number, tail: Buffer): Promise<ZipEntry> {
  // Whole units only, so that repeated XML stays well formed.
  const chunk = Buffer.concat(Array.from({ length: Math.max(1, Math.floor(MB / unit.length)) }, () => unit));
  const deflate = createDeflateRaw({ level: 9 });
  const out: Buffer[] = [];
  deflate.on('data', (b: Buffer) => out.push(b));
  const ended = once(deflate, 'end');
  let crc = crc32(head);
  deflate.write(head);
  let total = head.length + tail.length;
  while (total < size) {
    crc = crc32(chunk, crc);
    if (!deflate.write(chunk)) await once(deflate, 'drain');
    total += chunk.length;
  }
  crc = crc32(tail, crc);
  deflate.end(tail);
  await ended;
  return { name, data: Buffer.concat(out), crc, size: total };
}

let scratch: string;
/** The parts of the real fixture .docx, except word/document.xml. */
let parts: ZipEntry[];
let documentXml: Buffer;
/** word/document.xml with 300 MB of one-letter paragraphs after <w:body>. */
let xmlBomb: ZipEntry;

beforeAll(async () => {
  scratch = mkdtempSync(join(tmpdir(), 'archive-import-limits-'));
  const fixture = await JSZip.loadAsync(readFileSync(join(FIXTURES, 'ke-hoach.docx')));
  parts = [];
  for (const file of Object.values(fixture.files)) {
    if (file.dir) continue;
    const content = await file.async('nodebuffer');
    if (file.name === 'word/document.xml') documentXml = content;
    else parts.push(entry(file.name, content));
  }
  const at = documentXml.indexOf('<w:body>') + '<w:body>'.length;
  const paragraph = Buffer.from('<w:p><w:r><w:t>a</w:t></w:r></w:p>');
  xmlBomb = await deflatedRepeat('word/document.xml', documentXml.subarray(0, at), paragraph, BOMB_BYTES, documentXml.subarray(at));
});

/** A content root with an empty directives folder. */
function contentRoot(): string {
  const root = mkdtempSync(join(tmpdir(), 'archive-import-limits-root-'));
  mkdirSync(join(root, 'directives'));
  return root;
}

/** Everything under the content root, to show nothing was written. */
const listing = (root: string) => readdirSync(root, { recursive: true }).map(String).sort();

/** Writes the process's peak resident memory (kB) to $PEAK_RSS_FILE on exit, even on process.exit(1). */
const PEAK_RSS = `data:text/javascript,import { writeFileSync } from "node:fs"; process.on("exit", () => writeFileSync(process.env.PEAK_RSS_FILE, String(process.resourceUsage().maxRSS)));`;

function runImport(root: string, ...args: string[]) {
  const peakFile = join(mkdtempSync(join(scratch, 'peak-')), 'rss');
  const run = spawnSync(process.execPath, ['--import', PEAK_RSS, join(PROJECT, 'cli/import.ts'), ...args], {
    cwd: PROJECT,
    env: { ...process.env, ARCHIVE_CONTENT_DIR: root, PEAK_RSS_FILE: peakFile },
    encoding: 'utf8',
  });
  // No file when the process was killed (out of memory): then its status says so.
  return { ...run, peakBytes: existsSync(peakFile) ? Number(readFileSync(peakFile, 'utf8')) * 1024 : Number.NaN };
}

function writeDocx(name: string, entries: readonly ZipEntry[]): string {
  const path = join(scratch, name);
  writeFileSync(path, zip(entries));
  return path;
}

it('states its limits as exported constants', () => {
  expect({ ...read }).toMatchObject({
    MAX_DOCX_FILE_BYTES,
    MAX_TEXT_FILE_BYTES,
    MAX_DOCX_XML_BYTES,
    MAX_DOCX_PART_BYTES,
    MAX_DOCX_UNPACKED_BYTES,
    MAX_DOCX_PARTS,
  });
});

describe('npm run import on hostile .docx files', () => {
  /** Peak memory importing the small real fixture: the bombs may add their limits to it, never their 300 MB. */
  let baselineBytes: number;
  beforeAll(() => {
    const run = runImport(contentRoot(), join(FIXTURES, 'ke-hoach.docx'), '--dry-run');
    expect(run.status, run.stderr).toBe(0);
    baselineBytes = run.peakBytes;
  });

  it('stops a zip bomb in word/document.xml at the XML limit, naming the file and the limit, within bounded memory', () => {
    const root = contentRoot();
    const before = listing(root);
    const docx = writeDocx('bom-xml.docx', [...parts, xmlBomb]);
    const run = runImport(root, docx);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(
      /^Dừng đọc tệp Word .*bom-xml\.docx: phần văn bản \(XML\) giải nén ra quá giới hạn 20 MB \(tại word\/document\.xml\)\./mu,
    );
    expect(run.stderr).not.toMatch(STACK_FRAME);
    expect(listing(root)).toEqual(before);
    expect(run.peakBytes).toBeLessThan(baselineBytes + MAX_DOCX_XML_BYTES + SLACK);
  });

  it('stops the same bomb when its headers declare a small size', () => {
    const root = contentRoot();
    const before = listing(root);
    const docx = writeDocx('bom-xml-khai-gian.docx', [...parts, { ...xmlBomb, declaredSize: documentXml.length }]);
    const run = runImport(root, docx);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(
      /^Dừng đọc tệp Word .*bom-xml-khai-gian\.docx: phần văn bản \(XML\) giải nén ra quá giới hạn 20 MB \(tại word\/document\.xml\)\./mu,
    );
    expect(run.stderr).not.toMatch(STACK_FRAME);
    expect(listing(root)).toEqual(before);
    expect(run.peakBytes).toBeLessThan(baselineBytes + MAX_DOCX_XML_BYTES + SLACK);
  });

  it('stops an image that inflates past the per-image limit', async () => {
    const root = contentRoot();
    const before = listing(root);
    const image = await deflatedRepeat('word/media/image1.png', Buffer.alloc(0), Buffer.alloc(1), BOMB_BYTES, Buffer.alloc(0));
    const docx = writeDocx('bom-anh.docx', [...parts, entry('word/document.xml', documentXml), image]);
    const run = runImport(root, docx);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(
      /^Dừng đọc tệp Word .*bom-anh\.docx: hình ảnh hoặc tệp nhúng word\/media\/image1\.png giải nén ra quá giới hạn 10 MB cho mỗi tệp \(hình ảnh không được nhập/mu,
    );
    expect(run.stderr).not.toMatch(STACK_FRAME);
    expect(listing(root)).toEqual(before);
    expect(run.peakBytes).toBeLessThan(baselineBytes + MAX_DOCX_PART_BYTES + SLACK);
  });

  it('stops many images, each under the per-image limit, at the limit for the whole file', async () => {
    const root = contentRoot();
    const before = listing(root);
    const image = await deflatedRepeat('', Buffer.alloc(0), Buffer.alloc(1), MAX_DOCX_PART_BYTES, Buffer.alloc(0));
    const count = Math.ceil(MAX_DOCX_UNPACKED_BYTES / MAX_DOCX_PART_BYTES) + 1;
    const images = Array.from({ length: count }, (_, i) => ({ ...image, name: `word/media/image${i + 1}.png` }));
    const docx = writeDocx('nhieu-anh.docx', [...parts, entry('word/document.xml', documentXml), ...images]);
    const run = runImport(root, docx);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(
      /^Dừng đọc tệp Word .*nhieu-anh\.docx: toàn bộ nội dung giải nén ra quá giới hạn 100 MB \(tại word\/media\/image\d+\.png\)\./mu,
    );
    expect(run.stderr).not.toMatch(STACK_FRAME);
    expect(listing(root)).toEqual(before);
  });

  it('stops a file of more parts than the limit, before inflating any', () => {
    const root = contentRoot();
    const before = listing(root);
    const empty = entry('', Buffer.alloc(0));
    const many = Array.from({ length: MAX_DOCX_PARTS }, (_, i) => ({ ...empty, name: `word/media/image${i + 1}.png` }));
    const docx = writeDocx('nhieu-phan.docx', [...parts, entry('word/document.xml', documentXml), ...many]);
    const run = runImport(root, docx);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/^Dừng đọc tệp Word .*nhieu-phan\.docx: tệp gồm 10\.00\d phần, quá giới hạn 10\.000 phần\./mu);
    expect(run.stderr).not.toMatch(STACK_FRAME);
    expect(listing(root)).toEqual(before);
  });
});

describe('input file size', () => {
  it('refuses an oversized file before reading it, naming the file and the limit', async () => {
    const dir = mkdtempSync(join(scratch, 'lon-'));
    const cases = [
      ['lon.docx', MAX_DOCX_FILE_BYTES, /^Không đọc tệp .*lon\.docx: tệp lớn 50,5 MB, vượt giới hạn 50 MB cho tệp \.docx\./u],
      ['lon.txt', MAX_TEXT_FILE_BYTES, /^Không đọc tệp .*lon\.txt: tệp lớn 10,5 MB, vượt giới hạn 10 MB cho tệp \.txt, \.md, \.html\./u],
      ['lon.md', MAX_TEXT_FILE_BYTES, /^Không đọc tệp .*lon\.md: tệp lớn 10,5 MB, vượt giới hạn 10 MB cho tệp \.txt, \.md, \.html\./u],
      ['lon.html', MAX_TEXT_FILE_BYTES, /^Không đọc tệp .*lon\.html: tệp lớn 10,5 MB, vượt giới hạn 10 MB cho tệp \.txt, \.md, \.html\./u],
    ] as const;
    for (const [name, limit, message] of cases) {
      const path = join(dir, name);
      writeFileSync(path, '');
      // Sparse: half a megabyte over the limit, no disk space used.
      truncateSync(path, limit + MB / 2);
      const error = await readInput(path).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(error, name).toBeInstanceOf(ImportError);
      expect((error as Error).message, name).toMatch(message);
    }
  });

  it('exits 1 with that message from the command line, writing nothing', () => {
    const root = contentRoot();
    const before = listing(root);
    const path = join(mkdtempSync(join(scratch, 'lon-')), 'lon.txt');
    writeFileSync(path, '');
    truncateSync(path, MAX_TEXT_FILE_BYTES + MB / 2);
    const run = runImport(root, path);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/^Không đọc tệp .*lon\.txt: tệp lớn 10,5 MB, vượt giới hạn 10 MB/mu);
    expect(run.stderr).not.toMatch(STACK_FRAME);
    expect(listing(root)).toEqual(before);
  });
});
