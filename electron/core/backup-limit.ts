// How many backups each library keeps: DEFAULT_BACKUP_LIMIT unless the user's data folder holds
// "backups.json" with { "keep": N } (1 to 100). A missing or damaged file means the default.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_BACKUP_LIMIT } from '../../shared/model/library-files';

export const BACKUP_SETTINGS_FILE = 'backups.json';
const MAX_BACKUP_LIMIT = 100;

export function readBackupLimit(dataDir: string): number {
  try {
    const data = JSON.parse(readFileSync(join(dataDir, BACKUP_SETTINGS_FILE), 'utf8')) as unknown;
    const keep = (data as { keep?: unknown } | null)?.keep;
    if (typeof keep === 'number' && Number.isInteger(keep) && keep >= 1 && keep <= MAX_BACKUP_LIMIT) {
      return keep;
    }
  } catch {
    // No settings file, or one that is not JSON: the default applies.
  }
  return DEFAULT_BACKUP_LIMIT;
}
