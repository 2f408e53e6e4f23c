/**
 * Input → normalised plain text with light Markdown. `.docx` goes through
 * mammoth (HTML, then our own conversion); `.txt`/`.md` are read as UTF-8
 * (UTF-16 with a byte-order mark is accepted too, since Notepad writes it).
 */
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import mammoth from 'mammoth';
import { htmlToMarkdown } from './html-to-markdown.ts';
import { normalizeText } from './text.ts';

export const SUPPORTED_EXTENSIONS = ['.docx', '.txt', '.md'] as const;

/** A file the importer cannot read; `message` is for the editor, in Vietnamese. */
export class ImportError extends Error {
  override name = 'ImportError';
}

export interface ReadResult {
  text: string;
  format: 'docx' | 'txt' | 'md';
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

export async function readInput(file: string): Promise<ReadResult> {
  const ext = extname(file).toLowerCase();
  if (ext === '.doc') {
    throw new ImportError(`Không đọc được tệp .doc (Word 97–2003): ${file}. Hãy mở bằng Word và lưu lại dạng .docx.`);
  }
  if (!(SUPPORTED_EXTENSIONS as readonly string[]).includes(ext)) {
    throw new ImportError(`Định dạng không được hỗ trợ: ${file}. Chỉ nhận tệp .docx, .txt hoặc .md.`);
  }
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'không tìm thấy tệp' : code === 'EISDIR' ? 'đây là một thư mục' : code === 'EACCES' ? 'không có quyền đọc' : String((error as Error).message);
    throw new ImportError(`Không đọc được tệp ${file}: ${why}.`);
  }

  if (ext === '.docx') {
    let html: string;
    let messages: { type: string; message: string }[];
    try {
      const result = await mammoth.convertToHtml(
        { buffer: bytes },
        // Images are not imported (attachments are added by hand), so do not inline them.
        { convertImage: mammoth.images.imgElement(async () => ({ src: '' })) },
      );
      html = result.value;
      messages = result.messages;
    } catch (error) {
      throw new ImportError(`Không đọc được tệp Word ${file}: tệp hỏng hoặc không phải .docx (${(error as Error).message}).`);
    }
    const warnings = messages.filter((m) => m.type === 'error').map((m) => `mammoth: ${m.message}`);
    if (/<img\b/u.test(html)) warnings.push('Văn bản có hình ảnh; hình ảnh không được nhập (thêm vào attachments nếu cần).');
    return { text: normalizeText(htmlToMarkdown(html)), format: 'docx', warnings };
  }

  const text = decodeText(bytes, file);
  if (text.includes('\u0000')) throw new ImportError(`Tệp ${file} có vẻ là tệp nhị phân, không phải văn bản.`);
  return { text: normalizeText(text), format: ext === '.md' ? 'md' : 'txt', warnings: [] };
}
