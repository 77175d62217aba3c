/**
 * The lowdb store's (and the import's) first look at a data folder's hot document: it tells a fresh folder from a damaged
 * one, so no data is ever overwritten by a guess.
 */
import { readFile } from 'node:fs/promises';
import { describeIssues, DOCUMENT_VERSION, hotFileSchema, type HotDocument, type HotFile } from './document.js';
import { StoreCorruptError } from './errors.js';
import { CASE_PARTS, MEMBER_PARTS, SEEN_PARTS, STATE_PARTS, type NamedPartFiles } from './parted-tables.js';
import { readPartFiles } from './table-files.js';

/**
 * Reads and checks the hot document. Resolves to null only when the file does not
 * exist; every other problem is a StoreCorruptError, and the file is never touched.
 */
export async function readHotFile(file: string): Promise<HotFile | null> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw new StoreCorruptError(file, 'unreadable', (e as Error).message, { cause: e });
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    throw new StoreCorruptError(file, 'invalid_json', (e as Error).message, { cause: e });
  }
  const version = typeof raw === 'object' && raw !== null ? (raw as { version?: unknown }).version : undefined;
  if (typeof version === 'number' && version > DOCUMENT_VERSION) {
    throw new StoreCorruptError(file, 'unsupported_version', `version ${version}, this program reads up to ${DOCUMENT_VERSION}`);
  }
  const parsed = hotFileSchema.safeParse(raw);
  if (!parsed.success) throw new StoreCorruptError(file, 'wrong_shape', describeIssues(parsed.error));
  return parsed.data;
}

/** A data folder's hot document with every member and case, as the store keeps it in memory, and the part files it names. */
export interface StoredDocument {
  document: HotDocument;
  /** The part files the hot file names, per table; all empty for a version 1 file. */
  partFiles: NamedPartFiles;
  /** The hot file itself holds members, cases, state or dedup ids (a version 1 file): the next write moves them to part files. */
  inline: boolean;
}

/**
 * Reads the hot file and the part files it names (relative to `dataDir`). Null only when the
 * hot file does not exist; a damaged or missing part file is a StoreCorruptError, never skipped.
 */
export async function readStoredDocument(dataDir: string, file: string): Promise<StoredDocument | null> {
  const hot = await readHotFile(file);
  if (!hot) return null;
  const { memberFiles, caseFiles, stateFiles, seenFiles, ...document } = hot;
  const inline = document.members.length > 0 || document.cases.length > 0 || Object.keys(document.state).length > 0 || document.seen.length > 0;
  const members = [...document.members, ...(await readPartFiles(dataDir, MEMBER_PARTS, memberFiles))];
  const cases = [...document.cases, ...(await readPartFiles(dataDir, CASE_PARTS, caseFiles))];
  const state = { ...document.state, ...Object.fromEntries(await readPartFiles(dataDir, STATE_PARTS, stateFiles)) };
  const seenRecords = (await readPartFiles(dataDir, SEEN_PARTS, seenFiles)).sort((a, b) => a[0] - b[0]);
  // Inline ids (version 1) number from 0; ids from part files keep their arrival numbers.
  const seen = [...document.seen, ...seenRecords.map(([, id]) => id)];
  const seenFrom = document.seen.length > 0 ? 0 : (seenRecords[0]?.[0] ?? 0);
  // The one check the part files cannot make alone: no case id in two of them.
  const ids = new Set<string>();
  for (const c of cases) {
    if (ids.has(c.id)) throw new StoreCorruptError(file, 'wrong_shape', `duplicate case id ${c.id}`);
    ids.add(c.id);
  }
  return { document: { ...document, members, cases, state, seen, seenFrom }, partFiles: { memberFiles, caseFiles, stateFiles, seenFiles }, inline };
}
