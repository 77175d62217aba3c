/**
 * A lowdb data folder as a second program reads it from disk: the hot file with the members, cases, state and dedup ids of the part
 * files it names put back in, read synchronously (so a test may look in the middle of a write).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The hot document on disk, with `members`, `cases` and `state` read from the part files it names. */
export interface FolderOnDisk {
  nextCase: number;
  cases: Array<{ id: string; history: Array<{ type: string }> } & Record<string, unknown>>;
  members: Array<{ roomId: string; memberId: string } & Record<string, unknown>>;
  rooms: Array<{ roomId: string; topic: string } & Record<string, unknown>>;
  state: Record<string, unknown>;
  memberFiles: Record<string, string>;
  caseFiles: Record<string, string>;
  stateFiles: Record<string, string>;
  seenFiles: Record<string, string>;
  seen: string[];
}

/** Reads `hotFile` (default `<dir>/qunguard.json`) and the part files it names, relative to `dir`. */
export function readFolderOnDisk(dir: string, hotFile = join(dir, 'qunguard.json')): FolderOnDisk {
  const hot = JSON.parse(readFileSync(hotFile, 'utf8')) as FolderOnDisk;
  const records = <T>(named: Record<string, string> | undefined): T[] => Object.values(named ?? {}).flatMap((name) => (JSON.parse(readFileSync(join(dir, name), 'utf8')) as { records: T[] }).records);
  return {
    ...hot,
    members: [...(hot.members ?? []), ...records<FolderOnDisk['members'][number]>(hot.memberFiles)],
    cases: [...(hot.cases ?? []), ...records<FolderOnDisk['cases'][number]>(hot.caseFiles)],
    state: { ...hot.state, ...Object.fromEntries(records<[string, unknown]>(hot.stateFiles)) },
    seen: [...(hot.seen ?? []), ...records<[number, string]>(hot.seenFiles).sort((a, b) => a[0] - b[0]).map(([, id]) => id)],
  };
}
