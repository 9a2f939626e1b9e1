// What the app shows about the open library: its name, format version, size and contents.
import { basename } from 'node:path';
import type { LibraryInfo } from '../../../shared/model/library';
import { LATEST_SCHEMA_VERSION } from '../db/migrations';
import type { Library } from '../library';
import { getSetting } from '../repos/library-settings';
import { countRecords, hasIllustrativeData } from '../repos/library-counts';

export function libraryInfo(library: Library): LibraryInfo {
  const db = library.db;
  return {
    path: library.path,
    fileName: basename(library.path),
    name: getSetting(db, 'name') ?? basename(library.path),
    description: getSetting(db, 'description'),
    schemaVersion: db.pragma('user_version', { simple: true }) as number,
    appSchemaVersion: LATEST_SCHEMA_VERSION,
    readOnlyReason: library.readOnlyReason,
    damage: library.damage,
    fileSizeBytes: library.fileSizeBytes,
    counts: countRecords(db),
    hasIllustrativeData: hasIllustrativeData(db),
  };
}
