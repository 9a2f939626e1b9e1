// The API's brief exports: a saved brief worked out from the library now, written in a format by
// a job the UI polls; and an unsaved one (`ewb brief`, a preview of edits) worked out the same way.
import { ApiFailure } from '../../../shared/errors';
import type { BriefFields, BriefFormat } from '../../../shared/model/brief';
import type { BriefDocument } from '../../../shared/model/brief-document';
import { APP_VERSION } from '../app-version';
import type { Library } from '../library';
import { briefExists, getBrief } from '../repos/briefs';
import { buildBriefDocument } from '../services/briefs/document';
import { startBriefExport } from './export-jobs';
import type { BriefTools } from './render';

/** The id an unsaved brief's document carries. */
export const DRAFT_BRIEF_ID = 'draft';

/** A saved brief worked out from the library now. */
export function briefDocumentNow(library: Library, id: string): BriefDocument {
  const brief = getBrief(library.db, id);
  if (brief === null) throw new ApiFailure('NOT_FOUND', `No brief "${id}".`, 'id');
  return buildBriefDocument(library, brief, { appVersion: APP_VERSION, now: new Date() });
}

/** An unsaved brief (the author's choices) worked out from the library now. */
export function draftBriefDocument(library: Library, fields: BriefFields): BriefDocument {
  return buildBriefDocument(
    library,
    { ...fields, id: DRAFT_BRIEF_ID },
    { appVersion: APP_VERSION, now: new Date() },
  );
}

export function startSavedBriefExport(
  library: Library,
  { id, format }: { id: string; format: BriefFormat },
  tools: BriefTools,
): { jobId: string } {
  // An unknown brief is refused at once; anything else that goes wrong is the job's to report.
  if (!briefExists(library.db, id)) throw new ApiFailure('NOT_FOUND', `No brief "${id}".`, 'id');
  return startBriefExport(library, { format, tools, gather: () => briefDocumentNow(library, id) });
}
