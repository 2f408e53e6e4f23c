/**
 * Every read of the content root goes through here. Git stores symbolic
 * links, so an editor could commit `files/x.pdf -> /etc/passwd` (or a folder
 * link) and have the build publish the machine's files: a file is read only
 * when, links resolved, it is a regular file inside the root and within its
 * size limit. Text must be UTF-8, so nothing reaches a page as U+FFFD.
 */
import { realpathSync, statSync, type Stats } from 'node:fs';
import { open } from 'node:fs/promises';
import { sep } from 'node:path';
import { formatBytes } from '../domain/numbers.ts';

/** Why a file cannot be read, worded as the "found" part of a problem. */
export interface FileRefusal {
  /** 1-based line, when the refusal is about a place in the file. */
  line: number;
  expected: string;
  found: string;
}

/** Each root's real path, resolved once: every file of the root is compared with it. */
const realRoots = new Map<string, string>();
function realRootOf(root: string): string {
  let real = realRoots.get(root);
  if (real === undefined) realRoots.set(root, (real = realpathSync(root)));
  return real;
}

const LINKED_OUT = 'một liên kết tới ngoài kho (liên kết tượng trưng)';

/**
 * The real path of `path` when it is a regular file inside `root` (both may
 * contain links), no larger than `maxBytes`; otherwise why not.
 */
export function regularFileInside(root: string, path: string, maxBytes: number): { real: string; size: number } | FileRefusal {
  let real: string;
  let stats: Stats;
  try {
    real = realpathSync(path);
    stats = statSync(real);
  } catch {
    return { line: 1, expected: 'một tệp có trong kho', found: 'không tìm thấy' };
  }
  if (!real.startsWith(realRootOf(root) + sep)) return { line: 1, expected: 'một tệp thật nằm trong thư mục kho', found: LINKED_OUT };
  if (stats.isDirectory()) return { line: 1, expected: 'một tệp', found: 'một thư mục' };
  if (!stats.isFile()) return { line: 1, expected: 'một tệp thường', found: 'một tệp đặc biệt của hệ thống' };
  if (stats.size > maxBytes) return { line: 1, expected: `tệp không quá ${formatBytes(maxBytes)}`, found: `tệp ${formatBytes(stats.size)}` };
  return { real, size: stats.size };
}

export function isRefusal<T extends object>(value: T | FileRefusal): value is FileRefusal {
  return 'found' in value;
}

/** A folder link inside the root: never followed, so that each entry is read once, from where it is. */
export const FOLDER_LINK: FileRefusal = { line: 1, expected: 'một thư mục thật (không phải liên kết tượng trưng)', found: 'một liên kết tới thư mục khác trong kho' };

const UTF8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Bytes as text. A byte-order mark (Windows Notepad writes one) is dropped,
 * as the decoder does by default. On invalid UTF-8, the line of the first bad
 * byte: a newline byte never occurs inside a multi-byte sequence, so each
 * line decodes on its own.
 */
export function decodeText(bytes: Uint8Array): string | FileRefusal {
  try {
    return UTF8.decode(bytes);
  } catch {
    let line = 1;
    let start = 0;
    for (let i = 0; i <= bytes.length; i++) {
      if (i < bytes.length && bytes[i] !== 0x0a) continue;
      try {
        UTF8.decode(bytes.subarray(start, i));
      } catch {
        break;
      }
      line++;
      start = i + 1;
    }
    return { line, expected: 'văn bản mã hóa UTF-8 (lưu lại tệp với mã hóa UTF-8)', found: 'byte không phải UTF-8 (tệp lưu bằng mã khác, ví dụ Windows-1258 hoặc TCVN3)' };
  }
}

/** A text file of the content root, checked as above. */
export async function readContentText(root: string, path: string, maxBytes: number): Promise<string | FileRefusal> {
  const file = regularFileInside(root, path, maxBytes);
  if (isRefusal(file)) return file;
  return decodeText(await readBounded(file.real, maxBytes));
}

/** A binary file of the content root (an attachment), checked as above. */
export async function readContentBytes(root: string, path: string, maxBytes: number): Promise<Uint8Array<ArrayBuffer>> {
  const file = regularFileInside(root, path, maxBytes);
  if (isRefusal(file)) throw new Error(`${path}: ${file.found}`);
  return readBounded(file.real, maxBytes);
}

/** At most `maxBytes`, even if the file grew since it was checked. */
async function readBounded(path: string, maxBytes: number): Promise<Uint8Array<ArrayBuffer>> {
  const handle = await open(path, 'r');
  try {
    const buffer = new Uint8Array(Math.min((await handle.stat()).size, maxBytes) + 1);
    let length = 0;
    for (;;) {
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, length);
      if (bytesRead === 0) break;
      length += bytesRead;
      if (length > maxBytes) throw new Error(`${path}: lớn hơn ${formatBytes(maxBytes)}`);
      if (length === buffer.length) break;
    }
    return buffer.subarray(0, length);
  } finally {
    await handle.close();
  }
}
