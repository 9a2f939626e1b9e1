// The API's brief exports: a saved brief worked out from the library now and written in a format
// by a job the UI polls; a snapshot, rendered the same way and frozen in the library with the
// figures it shows; and an unsaved brief's document (`ewb brief`, a preview of edits).
import { ApiFailure } from '../../../shared/errors';
import type { BriefFields, BriefFormat, BriefSnapshotSummary } from '../../../shared/model/brief';
import type { BriefDocument } from '../../../shared/model/brief-document';
import { APP_VERSION } from '../app-version';
import type { Library } from '../library';
import { briefExists } from '../repos/briefs';
import { checkBriefReferences } from '../services/briefs/briefs';
import { briefDocument, buildBriefDocument } from '../services/briefs/document';
import { storeSnapshot } from '../services/briefs/snapshots';
import { startBriefExport } from './export-jobs';
import { type BriefTools, renderBrief } from './render';

/** The id an unsaved brief's document carries. */
export const DRAFT_BRIEF_ID = 'draft';

/** An unsaved brief (the author's choices) worked out from the library now; unknown records refused by field. */
export function draftBriefDocument(library: Library, fields: BriefFields): BriefDocument {
  checkBriefReferences(library.db, fields, null);
  return buildBriefDocument(
    library,
    { ...fields, id: DRAFT_BRIEF_ID },
    { appVersion: APP_VERSION, now: new Date() },
  );
}

function requireBrief(library: Library, id: string, field: string): void {
  if (!briefExists(library.db, id)) throw new ApiFailure('NOT_FOUND', `No brief with id "${id}".`, field);
}

export function startSavedBriefExport(
  library: Library,
  { id, format }: { id: string; format: BriefFormat },
  tools: BriefTools,
): { jobId: string } {
  // An unknown brief is refused at once; anything else that goes wrong is the job's to report.
  requireBrief(library, id, 'id');
  return startBriefExport(library, { format, tools, gather: () => briefDocument(library, id) });
}

/** brief-snapshots/create: the brief rendered now in `format`, stored with the figures it shows. */
export async function createBriefSnapshot(
  library: Library,
  { briefId, format, by }: { briefId: string; format: BriefFormat; by: string },
  tools: BriefTools,
): Promise<BriefSnapshotSummary> {
  // Refused before the work of rendering, not after.
  if (library.readOnlyReason !== null) throw new ApiFailure('READ_ONLY', library.readOnlyReason);
  requireBrief(library, briefId, 'briefId');
  const document = briefDocument(library, briefId);
  const file = await renderBrief(document, format, tools);
  return storeSnapshot(library, {
    briefId,
    format,
    file: { fileName: file.fileName, mediaType: file.mediaType, bytes: Buffer.from(file.bytes) },
    figures: document.figures,
    by,
  });
}
