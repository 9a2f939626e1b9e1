// Snapshots of generated briefs: the file as frozen, with the figures it showed. A removed one
// stays, marked with the change that removed it, so undoing that change brings it back.
import type { Database } from 'better-sqlite3';
import type { BriefFile, BriefFormat, BriefSnapshotSummary } from '../../../shared/model/brief';
import type { BriefFigure } from '../../../shared/model/brief-document';

export interface SnapshotRecord {
  id: string;
  briefId: string;
  format: BriefFormat;
  fileName: string;
  mediaType: string;
  bytes: Buffer;
  figures: BriefFigure[];
  createdAt: string;
  createdBy: string;
}

interface Row {
  id: string;
  brief_id: string;
  format: BriefFormat;
  file_name: string;
  size_bytes: number;
  created_at: string;
  created_by: string;
}

const SUMMARY_COLUMNS =
  'id, brief_id, format, file_name, length(content) AS size_bytes, created_at, created_by';

const summary = (r: Row): BriefSnapshotSummary => ({
  id: r.id,
  briefId: r.brief_id,
  format: r.format,
  fileName: r.file_name,
  sizeBytes: r.size_bytes,
  createdAt: r.created_at,
  createdBy: r.created_by,
});

export function insertSnapshot(db: Database, s: SnapshotRecord): void {
  db.prepare(
    `INSERT INTO brief_snapshots (id, brief_id, format, file_name, media_type, content, figures, created_at, created_by)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    s.id,
    s.briefId,
    s.format,
    s.fileName,
    s.mediaType,
    s.bytes,
    JSON.stringify(s.figures),
    s.createdAt,
    s.createdBy,
  );
}

/** A snapshot in the library (not removed), or null. */
export function getSnapshotSummary(db: Database, id: string): BriefSnapshotSummary | null {
  const r = db
    .prepare(`SELECT ${SUMMARY_COLUMNS} FROM brief_snapshots WHERE id = ? AND removed_by_change IS NULL`)
    .get(id) as Row | undefined;
  return r === undefined ? null : summary(r);
}

export function listSnapshots(db: Database, briefId: string): BriefSnapshotSummary[] {
  return (
    db
      .prepare(
        `SELECT ${SUMMARY_COLUMNS} FROM brief_snapshots WHERE brief_id = ? AND removed_by_change IS NULL
         ORDER BY created_at DESC, id`,
      )
      .all(briefId) as Row[]
  ).map(summary);
}

export function snapshotFile(db: Database, id: string): BriefFile | null {
  const r = db
    .prepare(
      'SELECT file_name, media_type, content FROM brief_snapshots WHERE id = ? AND removed_by_change IS NULL',
    )
    .get(id) as { file_name: string; media_type: string; content: Buffer } | undefined;
  return r === undefined
    ? null
    : { fileName: r.file_name, mediaType: r.media_type, content: r.content.toString('base64') };
}

export function snapshotFigures(db: Database, id: string): BriefFigure[] | null {
  const r = db
    .prepare('SELECT figures FROM brief_snapshots WHERE id = ? AND removed_by_change IS NULL')
    .get(id) as { figures: string } | undefined;
  return r === undefined ? null : (JSON.parse(r.figures) as BriefFigure[]);
}

/** Marks one snapshot, or every snapshot of a brief, as removed by a change (kept for its undo). */
export function removeSnapshots(
  db: Database,
  changeId: number,
  of: { id: string } | { briefId: string },
): void {
  if ('id' in of)
    db.prepare(
      'UPDATE brief_snapshots SET removed_by_change = ? WHERE id = ? AND removed_by_change IS NULL',
    ).run(changeId, of.id);
  else
    db.prepare(
      'UPDATE brief_snapshots SET removed_by_change = ? WHERE brief_id = ? AND removed_by_change IS NULL',
    ).run(changeId, of.briefId);
}

/** Brings back what a change removed. */
export function restoreRemovedSnapshots(db: Database, changeId: number): void {
  db.prepare('UPDATE brief_snapshots SET removed_by_change = NULL WHERE removed_by_change = ?').run(changeId);
}

/** Deletes a snapshot for good: what undoing its creation does. */
export function deleteSnapshotRow(db: Database, id: string): void {
  db.prepare('DELETE FROM brief_snapshots WHERE id = ?').run(id);
}
