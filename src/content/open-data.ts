/**
 * The open data files of the published archive, made once per build from
 * the same graph the pages read (getArchive), for the endpoint that writes
 * them and for /du-lieu/, which lists their sizes. Each file's cache key is
 * the digest of its bytes: an entry's JSON is cheap to make and a digest is
 * exact, so an unchanged file is never written again by the incremental build.
 */
import { hash } from 'node:crypto';
import { dataFiles, dataRecords } from '../domain/open-data.ts';
import { settings } from '../settings.ts';
import { getArchive } from './archive.ts';

const sha1 = (text: string) => hash('sha1', text, 'base64url');

async function load() {
  const graph = await getArchive();
  const files = dataFiles(dataRecords({ graph, today: settings().today }));
  const measured = <T extends { body: string }>(file: T) => ({ ...file, bytes: Buffer.byteLength(file.body), cacheKey: sha1(file.body) });
  return { entries: files.entries.map(measured), tables: files.tables.map(measured), schemas: files.schemas.map(measured) };
}

let openData: ReturnType<typeof load> | undefined;

export function getOpenData() {
  openData ??= load();
  return openData;
}
