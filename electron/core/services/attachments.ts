// Attaching files to interventions and evaluations: the core decodes the bytes, checks their size,
// sniffs their type and hashes them; each add or delete is one transaction with its change history
// (metadata only), and a deleted file's bytes are kept with its change so an undo can restore it.
import { createHash, randomUUID } from 'node:crypto';
import type { Database } from 'better-sqlite3';
import { ApiFailure } from '../../../shared/errors';
import {
  type Attachment,
  type AttachmentContent,
  type AttachmentOwner,
  attachmentSizeProblem,
} from '../../../shared/model/attachments';
import type { BundleAttachment } from '../../../shared/model/bundle';
import type { DeleteOutcome } from '../../../shared/model/editing';
import { sniffMediaType } from '../../../shared/model/media-types';
import type { Library } from '../library';
import {
  archiveAttachments,
  attachmentBytes,
  deleteAttachmentRow,
  getAttachment,
  insertAttachment,
  listAttachments,
  restoreArchivedAttachments,
} from '../repos/attachments';
import { type ChangeEntry, recordChange } from '../repos/change-history';
import { interventionOfEvaluation } from '../repos/evaluations';
import { interventionExists } from '../repos/interventions';

function requireOwner(db: Database, owner: AttachmentOwner): void {
  const exists =
    owner.kind === 'intervention'
      ? interventionExists(db, owner.id)
      : interventionOfEvaluation(db, owner.id) !== null;
  if (!exists)
    throw new ApiFailure('INVALID_INPUT', `owner.id: there is no ${owner.kind} "${owner.id}"`, 'owner.id');
}

export function attachmentsOf(db: Database, owner: AttachmentOwner): Attachment[] {
  requireOwner(db, owner);
  return listAttachments(db, owner);
}

export function attachmentContent(db: Database, id: string): AttachmentContent {
  const attachment = getAttachment(db, id);
  const bytes = attachmentBytes(db, id);
  if (attachment === null || bytes === null)
    throw new ApiFailure('NOT_FOUND', `No attachment with id "${id}".`, 'id');
  return { attachment, content: bytes.toString('base64') };
}

export function addAttachment(
  library: Library,
  input: { owner: AttachmentOwner; fileName: string; content: string; by: string },
): Attachment {
  // The schema has bounded the base64 text; the decoded size is checked again exactly.
  const bytes = Buffer.from(input.content, 'base64');
  const problem = attachmentSizeProblem(bytes.length);
  if (problem !== null) throw new ApiFailure('INVALID_INPUT', `content: ${problem}`, 'content');
  const attachment: Attachment = {
    id: randomUUID(),
    owner: input.owner,
    fileName: input.fileName,
    mediaType: sniffMediaType(bytes, input.fileName),
    sizeBytes: bytes.length,
    sha256: createHash('sha256').update(bytes).digest('hex'),
    createdAt: new Date().toISOString(),
  };
  return library.write(() => {
    requireOwner(library.db, input.owner);
    insertAttachment(library.db, attachment, bytes);
    recordChange(library.db, {
      userName: input.by,
      entityType: 'attachment',
      entityId: attachment.id,
      action: 'create',
      before: null,
      after: attachment,
    });
    return attachment;
  });
}

export function deleteAttachment(library: Library, input: { id: string; by: string }): DeleteOutcome {
  return library.write(() => {
    const db = library.db;
    const before = getAttachment(db, input.id);
    if (before === null) throw new ApiFailure('NOT_FOUND', `No attachment with id "${input.id}".`, 'id');
    const changeId = recordChange(db, {
      userName: input.by,
      entityType: 'attachment',
      entityId: input.id,
      action: 'delete',
      before,
      after: null,
    });
    archiveAttachments(db, changeId, { attachmentId: input.id });
    deleteAttachmentRow(db, input.id);
    return { deleted: true, dependents: [] };
  });
}

/** Undo for an attachment change: an added file goes; a deleted one comes back with its bytes. */
export function restoreAttachment(db: Database, change: ChangeEntry, state: unknown): void {
  if (state === null) {
    deleteAttachmentRow(db, change.entityId);
    return;
  }
  if (restoreArchivedAttachments(db, change.id) === 0) {
    throw new ApiFailure('CONFLICT', 'The deleted file is no longer kept, so its deletion cannot be undone.');
  }
}

/** A bundled file as the library keeps it, its bytes checked against its size and SHA-256 (`at`: its path). */
export function bundleAttachment(a: BundleAttachment, at: string): { attachment: Attachment; bytes: Buffer } {
  const bytes = Buffer.from(a.content, 'base64');
  if (bytes.length !== a.sizeBytes || createHash('sha256').update(bytes).digest('hex') !== a.sha256) {
    throw new ApiFailure(
      'INVALID_INPUT',
      `${at}.content: the bytes do not match the size and SHA-256 given`,
      `${at}.content`,
    );
  }
  const owner: AttachmentOwner =
    a.evaluationId !== null
      ? { kind: 'evaluation', id: a.evaluationId }
      : { kind: 'intervention', id: a.interventionId ?? '' };
  const { interventionId: _i, evaluationId: _e, content: _c, ...fields } = a;
  return { attachment: { ...fields, owner }, bytes };
}
