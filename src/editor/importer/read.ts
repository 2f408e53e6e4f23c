/**
 * Input → normalised plain text with light Markdown. `.docx` goes through
 * mammoth (HTML, then our own conversion); `.html` (a web page saved from the
 * browser) through the same conversion; `.txt`/`.md` are read as UTF-8
 * (UTF-16 with a byte-order mark is accepted too, since Notepad writes it).
 * Every read is bounded (the limits below), so that a hostile or broken file
 * stops with a message instead of exhausting memory.
 */
import { readFile, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import JSZip from 'jszip';
import mammoth from 'mammoth';
import { formatBytes, formatNumber } from '../../domain/numbers.ts';
import { htmlToMarkdown } from './html-to-markdown.ts';
import { normalizeText } from './text.ts';

const MB = 1024 * 1024;
// The real seeds are 5–17 KB of text; a signed decision with a long name list is a few MB of Word XML; a scanned page is a few MB of image.
/** A .docx file on disk: a dozen scanned pages. */
export const MAX_DOCX_FILE_BYTES = 50 * MB;
/** A .txt/.md/.html file: all text, about what the Word XML below holds (the extractor's time grows with it: docs/performance.md, "Importer limits"); a saved web page is 0,1–2 MB. */
export const MAX_TEXT_FILE_BYTES = 10 * MB;
/** The XML parts of a .docx together, inflated: several times a long decision; mammoth's time and memory grow with it (docs/performance.md, "Importer limits"). */
export const MAX_DOCX_XML_BYTES = 20 * MB;
/** Each other part of a .docx (image, embedded file), inflated: a scanned page at 300 dpi. */
export const MAX_DOCX_PART_BYTES = 10 * MB;
/** All parts of a .docx together, inflated: images barely compress, so a real .docx unpacks to about its own size. */
export const MAX_DOCX_UNPACKED_BYTES = 100 * MB;
/** Parts (files inside the zip) of a .docx: about 20, plus one per image; each costs time even when empty. */
export const MAX_DOCX_PARTS = 10_000;

export const SUPPORTED_EXTENSIONS = ['.docx', '.txt', '.md', '.html', '.htm'] as const;

/** A file the importer cannot read; `message` is for the editor, in Vietnamese. */
export class ImportError extends Error {
  override name = 'ImportError';
}

export interface ReadResult {
  text: string;
  format: 'docx' | 'txt' | 'md' | 'html';
  /** Conversion warnings worth showing (mammoth messages, dropped images). */
  warnings: string[];
}

function decodeText(bytes: Uint8Array, file: string): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new ImportError(
      `Tệp ${file} không phải văn bản UTF-8 (có thể là bảng mã cũ TCVN3/VNI). Hãy mở bằng trình soạn thảo và lưu lại dạng UTF-8, hoặc dùng bản .docx.`,
    );
  }
}

const corrupt = (file: string, error: unknown) =>
  new ImportError(`Không đọc được tệp Word ${file}: tệp hỏng hoặc không phải .docx (${(error as Error).message}).`);

/** How many bytes `entry` inflates to, counted as they come; once the count passes `budget`, stops there and returns it. */
function inflatedSize(entry: JSZip.JSZipObject, budget: number): Promise<number> {
  return new Promise((resolve, reject) => {
    let size = 0;
    const stream = entry.nodeStream('nodebuffer');
    stream.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > budget) {
        // A paused stream that nobody reads stops JSZip inflating: the rest is never produced.
        stream.pause();
        stream.removeAllListeners('data');
        resolve(size);
      }
    });
    stream.on('end', () => resolve(size));
    stream.on('error', reject);
  });
}

/**
 * Inflates every part of the .docx once, before mammoth does, counting the
 * bytes actually produced: the sizes a zip declares may lie. JSZip is the
 * library mammoth opens the file with, so both see the same parts.
 */
async function checkDocxSize(bytes: Buffer, file: string): Promise<void> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch (error) {
    throw corrupt(file, error);
  }
  const stop = (why: string) =>
    new ImportError(`Dừng đọc tệp Word ${file}: ${why}. Văn bản thật chỉ vài MB; tệp này có thể hỏng hoặc bị làm phình cố ý (bom nén).`);
  const entries = Object.values(zip.files).filter((entry) => !entry.dir);
  if (entries.length > MAX_DOCX_PARTS)
    throw stop(`tệp gồm ${formatNumber(entries.length)} phần, quá giới hạn ${formatNumber(MAX_DOCX_PARTS)} phần`);
  let xml = 0;
  let total = 0;
  for (const entry of entries) {
    // mammoth reads the XML parts (document, styles, numbering, notes, relationships); the rest are images and embedded files.
    const isXml = /\.(?:xml|rels)$/iu.test(entry.name);
    const partBudget = isXml ? MAX_DOCX_XML_BYTES - xml : MAX_DOCX_PART_BYTES;
    let size: number;
    try {
      size = await inflatedSize(entry, Math.min(partBudget, MAX_DOCX_UNPACKED_BYTES - total));
    } catch (error) {
      throw corrupt(file, error);
    }
    if (size > partBudget) {
      throw stop(
        isXml
          ? `phần văn bản (XML) giải nén ra quá giới hạn ${formatBytes(MAX_DOCX_XML_BYTES)} (tại ${entry.name})`
          : `hình ảnh hoặc tệp nhúng ${entry.name} giải nén ra quá giới hạn ${formatBytes(MAX_DOCX_PART_BYTES)} cho mỗi tệp (hình ảnh không được nhập: có thể xóa ảnh rồi lưu lại)`,
      );
    }
    if (total + size > MAX_DOCX_UNPACKED_BYTES)
      throw stop(`toàn bộ nội dung giải nén ra quá giới hạn ${formatBytes(MAX_DOCX_UNPACKED_BYTES)} (tại ${entry.name})`);
    if (isXml) xml += size;
    total += size;
  }
}

export async function readInput(file: string): Promise<ReadResult> {
  const ext = extname(file).toLowerCase();
  if (ext === '.doc') {
    throw new ImportError(`Không đọc được tệp .doc (Word 97–2003): ${file}. Hãy mở bằng Word và lưu lại dạng .docx.`);
  }
  if (!(SUPPORTED_EXTENSIONS as readonly string[]).includes(ext)) {
    throw new ImportError(`Định dạng không được hỗ trợ: ${file}. Chỉ nhận tệp .docx, .html, .txt hoặc .md.`);
  }
  const cannotRead = (error: unknown) => {
    const code = (error as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT'
        ? 'không tìm thấy tệp'
        : code === 'EISDIR'
          ? 'đây là một thư mục'
          : code === 'EACCES'
            ? 'không có quyền đọc'
            : String((error as Error).message);
    return new ImportError(`Không đọc được tệp ${file}: ${why}.`);
  };
  // Sized before reading: readFile would take whatever is there.
  const limit = ext === '.docx' ? MAX_DOCX_FILE_BYTES : MAX_TEXT_FILE_BYTES;
  let size: number;
  try {
    const stats = await stat(file);
    if (stats.isDirectory()) throw Object.assign(new Error(), { code: 'EISDIR' });
    // A device or pipe has no size to check and may never end.
    if (!stats.isFile()) throw new Error('không phải một tệp thường');
    size = stats.size;
  } catch (error) {
    throw cannotRead(error);
  }
  if (size > limit) {
    throw new ImportError(
      `Không đọc tệp ${file}: tệp lớn ${formatBytes(size)}, vượt giới hạn ${formatBytes(limit)} cho tệp ${ext === '.docx' ? '.docx' : '.txt, .md, .html'}. ` +
        (ext === '.docx'
          ? 'Văn bản thật chỉ vài MB; hình ảnh không được nhập, có thể xóa bớt ảnh rồi lưu lại.'
          : 'Văn bản thật chỉ vài trăm KB; kiểm tra lại đúng tệp chưa.'),
    );
  }
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (error) {
    throw cannotRead(error);
  }

  if (ext === '.docx') {
    await checkDocxSize(bytes, file);
    let html: string;
    let messages: { type: string; message: string }[];
    try {
      const result = await mammoth.convertToHtml(
        { buffer: bytes },
        // Images are not imported (attachments are added by hand), so do not inline them; nor read files the document links to.
        { convertImage: mammoth.images.imgElement(async () => ({ src: '' })), externalFileAccess: false },
      );
      html = result.value;
      messages = result.messages;
    } catch (error) {
      throw corrupt(file, error);
    }
    const warnings = messages.filter((m) => m.type === 'error').map((m) => `mammoth: ${m.message}`);
    if (/<img\b/u.test(html)) warnings.push('Văn bản có hình ảnh; hình ảnh không được nhập (thêm vào attachments nếu cần).');
    return { text: normalizeText(htmlToMarkdown(html)), format: 'docx', warnings };
  }

  const text = decodeText(bytes, file);
  if (text.includes('\u0000')) throw new ImportError(`Tệp ${file} có vẻ là tệp nhị phân, không phải văn bản.`);
  if (ext === '.html' || ext === '.htm') return { text: normalizeText(htmlToMarkdown(text)), format: 'html', warnings: [] };
  return { text: normalizeText(text), format: ext === '.md' ? 'md' : 'txt', warnings: [] };
}
