// Attached files and the files a change removed (kept so that undoing the change restores them).
import type { Database } from 'better-sqlite3';
import { statement } from './statements';
import type { Attachment, AttachmentOwner } from '../../../shared/model/attachments';
import type { BundleAttachment } from '../../../shared/model/bundle';

const COLUMNS = [
  'id',
  'intervention_id',
  'evaluation_id',
  'file_name',
  'media_type',
  'size_bytes',
  'sha256',
  'content',
  'created_at',
] as const;
const COLUMN_LIST = COLUMNS.join(', ');

interface MetadataRow {
  id: string;
  intervention_id: string | null;
  evaluation_id: string | null;
  file_name: string;
  media_type: string;
  size_bytes: number;
  sha256: string;
  created_at: string;
}
type Row = MetadataRow & { content: Buffer };

const METADATA = 'id, intervention_id, evaluation_id, file_name, media_type, size_bytes, sha256, created_at';

function toAttachment(r: MetadataRow): Attachment {
  return {
    id: r.id,
    owner:
      r.evaluation_id !== null
        ? { kind: 'evaluation', id: r.evaluation_id }
        : { kind: 'intervention', id: r.intervention_id ?? '' },
    fileName: r.file_name,
    mediaType: r.media_type,
    sizeBytes: r.size_bytes,
    sha256: r.sha256,
    createdAt: r.created_at,
  };
}

const OWNER_COLUMN = { intervention: 'intervention_id', evaluation: 'evaluation_id' } as const;

export function listAttachments(db: Database, owner: AttachmentOwner): Attachment[] {
  const rows = db
    .prepare(
      `SELECT ${METADATA} FROM attachments WHERE ${OWNER_COLUMN[owner.kind]} = ?
       ORDER BY created_at, file_name COLLATE NOCASE, id`,
    )
    .all(owner.id) as MetadataRow[];
  return rows.map(toAttachment);
}

export function getAttachment(db: Database, id: string): Attachment | null {
  const row = db.prepare(`SELECT ${METADATA} FROM attachments WHERE id = ?`).get(id) as
    MetadataRow | undefined;
  return row === undefined ? null : toAttachment(row);
}

export function attachmentBytes(db: Database, id: string): Buffer | null {
  const row = db.prepare('SELECT content FROM attachments WHERE id = ?').get(id) as
    { content: Buffer } | undefined;
  return row?.content ?? null;
}

function insertRow(db: Database, row: Row): void {
  db.prepare(
    `INSERT INTO attachments (${COLUMN_LIST}) VALUES (${COLUMNS.map((c) => `@${c}`).join(', ')})`,
  ).run(row);
}

export function insertAttachment(db: Database, a: Attachment, content: Buffer): void {
  insertRow(db, {
    id: a.id,
    intervention_id: a.owner.kind === 'intervention' ? a.owner.id : null,
    evaluation_id: a.owner.kind === 'evaluation' ? a.owner.id : null,
    file_name: a.fileName,
    media_type: a.mediaType,
    size_bytes: a.sizeBytes,
    sha256: a.sha256,
    content,
    created_at: a.createdAt,
  });
}

export function deleteAttachmentRow(db: Database, id: string): void {
  db.prepare('DELETE FROM attachments WHERE id = ?').run(id);
}

/** The attachments a removal takes with it: one file, an evaluation's, or an intervention's and its evaluations'. */
export type RemovalScope = { attachmentId: string } | AttachmentOwner;

function scopeFilter(scope: RemovalScope): { where: string; id: string } {
  if ('attachmentId' in scope) return { where: 'id = @id', id: scope.attachmentId };
  if (scope.kind === 'evaluation') return { where: 'evaluation_id = @id', id: scope.id };
  return {
    where:
      'intervention_id = @id OR evaluation_id IN (SELECT id FROM evaluations WHERE intervention_id = @id)',
    id: scope.id,
  };
}

export function countAttachments(db: Database, scope: RemovalScope): number {
  const { where, id } = scopeFilter(scope);
  return (statement(db, `SELECT count(*) AS n FROM attachments WHERE ${where}`).get({ id }) as { n: number })
    .n;
}

/** Keeps the files in `scope` with change `changeId`, before the rows themselves are deleted. */
export function archiveAttachments(db: Database, changeId: number, scope: RemovalScope): void {
  const { where, id } = scopeFilter(scope);
  db.prepare(
    `INSERT INTO removed_attachments (change_id, ${COLUMN_LIST})
     SELECT @changeId, ${COLUMN_LIST} FROM attachments WHERE ${where}`,
  ).run({ changeId, id });
}

/** Puts back the files change `changeId` removed (its owners must exist again); how many. */
export function restoreArchivedAttachments(db: Database, changeId: number): number {
  const restored = db
    .prepare(
      `INSERT INTO attachments (${COLUMN_LIST})
       SELECT ${COLUMN_LIST} FROM removed_attachments WHERE change_id = ? ORDER BY created_at, id`,
    )
    .run(changeId).changes;
  db.prepare('DELETE FROM removed_attachments WHERE change_id = ?').run(changeId);
  return restored;
}

/** Runs `work`, which deletes and re-creates an evaluation, without losing the evaluation's files. */
export function keepingAttachments(db: Database, evaluationId: string, work: () => void): void {
  const rows = db
    .prepare(`SELECT ${COLUMN_LIST} FROM attachments WHERE evaluation_id = ?`)
    .all(evaluationId) as Row[];
  work();
  for (const row of rows) insertRow(db, row);
}

/** The files attached to these interventions and to their evaluations, with their bytes, for a bundle. */
export function attachmentsOfInterventions(
  db: Database,
  interventionIds: readonly string[],
): BundleAttachment[] {
  const select = db.prepare(
    `SELECT ${COLUMN_LIST} FROM attachments WHERE intervention_id = @id
       OR evaluation_id IN (SELECT id FROM evaluations WHERE intervention_id = @id)
     ORDER BY created_at, id`,
  );
  return interventionIds.flatMap((id) =>
    (select.all({ id }) as Row[]).map((r) => ({
      id: r.id,
      interventionId: r.intervention_id,
      evaluationId: r.evaluation_id,
      fileName: r.file_name,
      mediaType: r.media_type,
      sizeBytes: r.size_bytes,
      sha256: r.sha256,
      createdAt: r.created_at,
      content: r.content.toString('base64'),
    })),
  );
}
