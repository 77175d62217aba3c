/**
 * The lowdb store's (and the import's) first look at a data folder's hot document: it tells a fresh folder from a damaged
 * one, so no data is ever overwritten by a guess.
 */
import { readFile } from 'node:fs/promises';
import { describeIssues, documentSchema, DOCUMENT_VERSION, type HotDocument } from './document.js';
import { StoreCorruptError } from './errors.js';

/**
 * Reads and checks the hot document. Resolves to null only when the file does not
 * exist; every other problem is a StoreCorruptError, and the file is never touched.
 */
export async function readHotDocument(file: string): Promise<HotDocument | null> {
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
  const parsed = documentSchema.safeParse(raw);
  if (!parsed.success) throw new StoreCorruptError(file, 'wrong_shape', describeIssues(parsed.error));
  return parsed.data;
}
