// Library files and their backups as the API speaks of them: the typed paths of the browser-served
// mode (the desktop app chooses paths in its own dialogs), the recent list, and the backups kept
// beside a library with what their check found.
import { z } from 'zod';

/** Why a backup was made; part of its file name. */
export const BACKUP_KINDS = ['migration', 'daily', 'manual', 'before-restore'] as const;
export type BackupKind = (typeof BACKUP_KINDS)[number];

export const BACKUP_KIND_LABELS: Record<BackupKind, string> = {
  migration: 'Before a format upgrade',
  daily: 'Daily',
  manual: 'By hand',
  'before-restore': 'Before a restore',
};

/** How many verified backups a library keeps unless the user data says otherwise. */
export const DEFAULT_BACKUP_LIMIT = 10;

export const LibraryPathInputSchema = z
  .object({
    path: z
      .string()
      .trim()
      .min(1, 'Type the full path of the library file')
      .max(1000, 'The path is too long')
      .refine((p) => !p.includes('\u0000'), 'The path has a character no file name may hold'),
  })
  .strict();

export const BackupFileInputSchema = z
  .object({
    fileName: z
      .string()
      .min(1, 'Choose a backup')
      .max(300)
      .refine((n) => !/[\\/]/.test(n), 'A backup is named by its file name alone'),
  })
  .strict();

export interface RecentLibrary {
  path: string;
  fileName: string;
  /** True for the library open now. */
  current: boolean;
}

export interface BackupFile {
  fileName: string;
  kind: BackupKind;
  /** When it was made (ISO 8601). */
  createdAt: string;
  sizeBytes: number;
  /** The library format version the backup holds. */
  schemaVersion: number;
  /** When it last passed `PRAGMA integrity_check` (ISO 8601). */
  verifiedAt: string;
}

/** A backup that failed its check: it was removed and is not counted. */
export interface DiscardedBackup {
  fileName: string;
  problem: string;
}

export interface BackupList {
  folder: string;
  /** Newest first; every one passed its integrity check. */
  backups: BackupFile[];
  discarded: DiscardedBackup[];
  limit: number;
}

export interface BackupMade {
  backup: BackupFile;
  /** Older backups removed to keep within the limit. */
  removed: string[];
}

export interface LibrarySwitched {
  path: string;
  fileName: string;
  readOnlyReason: string | null;
}

export interface RestoreOutcome {
  restored: BackupFile;
  /**
   * The backup of the state before the restore, so the restore can itself be undone; null when the
   * library was damaged (a damaged file is never made a backup: it is kept aside, as `damagedFile`).
   */
  safetyBackup: BackupFile | null;
  /** Where the damaged library file was moved, unchanged, when it was restored over. */
  damagedFile: string | null;
}
