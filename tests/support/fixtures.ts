/**
 * Bad-input fixtures are overlays: each folder under tests/fixtures/invalid/
 * or tests/fixtures/unsafe-mdx/ holds only the offending files, laid over the
 * valid minimal root, so every fixture shows exactly the input it tests.
 */
import { cpSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const FIXTURES = resolve(import.meta.dirname, '../fixtures');
export const MINIMAL_ROOT = join(FIXTURES, 'minimal');

export function overlayNames(group: 'invalid' | 'unsafe-mdx'): string[] {
  return readdirSync(join(FIXTURES, group)).sort();
}

/** A fresh temporary content root: the minimal corpus plus one overlay. */
export function overlayRoot(group: 'invalid' | 'unsafe-mdx', name: string): string {
  const root = mkdtempSync(join(tmpdir(), `archive-${name}-`));
  cpSync(MINIMAL_ROOT, root, { recursive: true });
  cpSync(join(FIXTURES, group, name), root, { recursive: true });
  return root;
}
