/**
 * What Pagefind writes that this site does not serve: its ready-made UIs
 * (the site has its own), and in an older shard its script, worker and
 * wasm, which the primary bundle's serve.
 */
import { readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { PAGEFIND_BASE } from '../shards.ts';

/** Pagefind's own UIs (default, modular, component) and its highlighter: unused here. */
const UNUSED_BUNDLE_FILE = /^pagefind-(?:ui|modular-ui|component-ui|highlight)\.(?:js|css)$/u;
/** An older shard is merged by the primary bundle's script: it needs only its data. */
const SHARD_DATA_FILE = /^(?:pagefind-entry\.json|.+\.pf_meta|index|fragment|filter)$/u;

/** Removes from the bundle Pagefind wrote in `dir`, for the shard served at `base`, the files the site does not serve. */
export async function pruneBundle(dir: string, base: string): Promise<void> {
  const primary = base === PAGEFIND_BASE;
  for (const name of await readdir(dir)) {
    if (primary ? UNUSED_BUNDLE_FILE.test(name) : !SHARD_DATA_FILE.test(name)) await rm(join(dir, name), { recursive: true });
  }
}
