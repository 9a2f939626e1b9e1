// Providers' self-assessments and the evidence they attach to each criterion.
import type { Database } from 'better-sqlite3';
import type {
  EvidenceItem,
  SelfAssessmentKey,
  SelfAssessmentRecord,
} from '../../../shared/model/self-assessment';
import type { SelfAssessmentStatus } from '../../../shared/model/vocabulary';

interface Row {
  intervention_id: string;
  framework_id: string;
  claimed_level: string | null;
  status: SelfAssessmentStatus;
  submitted_by: string | null;
  submitted_at: string | null;
  reviewed_by: string | null;
  reviewed_at: string | null;
  review_notes: string | null;
  validated_level: string | null;
  created_at: string;
  updated_at: string;
}

/** What is stored; the timestamps of the row are the database's. */
export type SelfAssessmentFields = Omit<SelfAssessmentRecord, 'createdAt' | 'updatedAt'>;

export function findSelfAssessment(db: Database, key: SelfAssessmentKey): SelfAssessmentRecord | null {
  const row = db
    .prepare('SELECT * FROM self_assessments WHERE intervention_id = ? AND framework_id = ?')
    .get(key.interventionId, key.frameworkId) as Row | undefined;
  if (row === undefined) return null;
  const evidence = db
    .prepare(
      `SELECT criterion, text, evaluation_id AS evaluationId, url FROM self_assessment_evidence
       WHERE intervention_id = ? AND framework_id = ? ORDER BY position`,
    )
    .all(key.interventionId, key.frameworkId) as EvidenceItem[];
  return {
    interventionId: row.intervention_id,
    frameworkId: row.framework_id,
    claimedLevel: row.claimed_level,
    status: row.status,
    submittedBy: row.submitted_by,
    submittedAt: row.submitted_at,
    reviewedBy: row.reviewed_by,
    reviewedAt: row.reviewed_at,
    reviewNotes: row.review_notes,
    validatedLevel: row.validated_level,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    evidence,
  };
}

/** Stores the assessment whole: its row (inserted or updated) and its evidence, rewritten. */
export function writeSelfAssessment(db: Database, a: SelfAssessmentFields): void {
  db.prepare(
    `INSERT INTO self_assessments (intervention_id, framework_id, claimed_level, status, submitted_by,
       submitted_at, reviewed_by, reviewed_at, review_notes, validated_level)
     VALUES (@interventionId, @frameworkId, @claimedLevel, @status, @submittedBy, @submittedAt, @reviewedBy,
       @reviewedAt, @reviewNotes, @validatedLevel)
     ON CONFLICT (intervention_id, framework_id) DO UPDATE SET claimed_level = excluded.claimed_level,
       status = excluded.status, submitted_by = excluded.submitted_by, submitted_at = excluded.submitted_at,
       reviewed_by = excluded.reviewed_by, reviewed_at = excluded.reviewed_at,
       review_notes = excluded.review_notes, validated_level = excluded.validated_level,
       updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')`,
  ).run({
    interventionId: a.interventionId,
    frameworkId: a.frameworkId,
    claimedLevel: a.claimedLevel,
    status: a.status,
    submittedBy: a.submittedBy,
    submittedAt: a.submittedAt,
    reviewedBy: a.reviewedBy,
    reviewedAt: a.reviewedAt,
    reviewNotes: a.reviewNotes,
    validatedLevel: a.validatedLevel,
  });
  db.prepare('DELETE FROM self_assessment_evidence WHERE intervention_id = ? AND framework_id = ?').run(
    a.interventionId,
    a.frameworkId,
  );
  const insert = db.prepare(
    `INSERT INTO self_assessment_evidence (intervention_id, framework_id, criterion, position, text, evaluation_id, url)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  );
  a.evidence.forEach((e, position) =>
    insert.run(a.interventionId, a.frameworkId, e.criterion, position, e.text, e.evaluationId, e.url),
  );
}

export function deleteSelfAssessment(db: Database, key: SelfAssessmentKey): void {
  db.prepare('DELETE FROM self_assessments WHERE intervention_id = ? AND framework_id = ?').run(
    key.interventionId,
    key.frameworkId,
  );
}

/** Every self-assessment of an intervention, one per framework. */
export function selfAssessmentsOf(db: Database, interventionId: string): SelfAssessmentRecord[] {
  const frameworks = db
    .prepare('SELECT framework_id FROM self_assessments WHERE intervention_id = ? ORDER BY framework_id')
    .all(interventionId) as { framework_id: string }[];
  return frameworks.map(
    (f) => findSelfAssessment(db, { interventionId, frameworkId: f.framework_id }) as SelfAssessmentRecord,
  );
}
