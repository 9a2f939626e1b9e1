// What only the desktop app can do, because it needs the user's computer rather than the library.
// The renderer sends these through the desktop bridge (shared/bridge.ts) like API methods; the main
// process answers them after the same sender check, reading the file through the core's API. Kept
// apart from bridge.ts so the preload does not bundle the schemas.
import type { z } from 'zod';
import { AttachmentIdSchema } from './model/attachments';
import { BriefExportJobSchema, SnapshotIdSchema } from './model/brief';
import { GridExportInputSchema } from './model/exports';

export const HOST_METHODS = {
  /** Writes a copy to a private temporary folder and opens it with the system's viewer. */
  'attachments/open': AttachmentIdSchema,
  /** Saves a copy where the user chooses, in a save dialog. */
  'attachments/save': AttachmentIdSchema,
  /** Exports a grid as shown (exports/grid) and saves the file where the user chooses. */
  'exports/save': GridExportInputSchema,
  /** Saves a finished brief export (brief-exports/file) where the user chooses. */
  'brief-exports/save': BriefExportJobSchema,
  /** Saves a snapshot's frozen file where the user chooses. */
  'brief-snapshots/save': SnapshotIdSchema,
} as const;

export type HostMethodName = keyof typeof HOST_METHODS;
export type HostMethodInput<M extends HostMethodName> = z.input<(typeof HOST_METHODS)[M]>;
export interface HostMethodOutputs {
  'attachments/open': { opened: true };
  /** False when the user cancelled the dialog. */
  'attachments/save': { saved: boolean };
  /** False when the user cancelled the dialog. */
  'exports/save': { saved: boolean; fileName: string; rowCount: number };
  /** False when the user cancelled the dialog. */
  'brief-exports/save': { saved: boolean; fileName: string };
  'brief-snapshots/save': { saved: boolean; fileName: string };
}

export function isHostMethodName(name: string): name is HostMethodName {
  return Object.hasOwn(HOST_METHODS, name);
}
