// Researchers' overrides of computed ratings.
import type { Database } from 'better-sqlite3';

export interface RatingOverride {
  interventionId: string;
  frameworkId: string;
  subjectId: string;
  level: string;
  computedLevel: string;
  reason: string;
  overriddenBy: string;
  overriddenAt: string;
}

interface Row {
  intervention_id: string;
  framework_id: string;
  subject_id: string;
  level: string;
  computed_level: string;
  reason: string;
  overridden_by: string;
  overridden_at: string;
}

const toOverride = (r: Row): RatingOverride => ({
  interventionId: r.intervention_id,
  frameworkId: r.framework_id,
  subjectId: r.subject_id,
  level: r.level,
  computedLevel: r.computed_level,
  reason: r.reason,
  overriddenBy: r.overridden_by,
  overriddenAt: r.overridden_at,
});

export function overridesOf(db: Database, interventionId: string): RatingOverride[] {
  return (
    db
      .prepare('SELECT * FROM rating_overrides WHERE intervention_id = ? ORDER BY framework_id, subject_id')
      .all(interventionId) as Row[]
  ).map(toOverride);
}

export function findOverride(
  db: Database,
  key: { interventionId: string; frameworkId: string; subjectId: string },
): RatingOverride | null {
  const row = db
    .prepare(
      'SELECT * FROM rating_overrides WHERE intervention_id = ? AND framework_id = ? AND subject_id = ?',
    )
    .get(key.interventionId, key.frameworkId, key.subjectId) as Row | undefined;
  return row === undefined ? null : toOverride(row);
}

export function saveOverride(db: Database, o: Omit<RatingOverride, 'overriddenAt'>): RatingOverride {
  db.prepare(
    `INSERT INTO rating_overrides (intervention_id, framework_id, subject_id, level, computed_level, reason, overridden_by)
     VALUES (?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (intervention_id, framework_id, subject_id) DO UPDATE SET level = excluded.level,
       computed_level = excluded.computed_level, reason = excluded.reason, overridden_by = excluded.overridden_by,
       overridden_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')`,
  ).run(o.interventionId, o.frameworkId, o.subjectId, o.level, o.computedLevel, o.reason, o.overriddenBy);
  return findOverride(db, o) as RatingOverride;
}

export function deleteOverride(
  db: Database,
  key: { interventionId: string; frameworkId: string; subjectId: string },
): void {
  db.prepare(
    'DELETE FROM rating_overrides WHERE intervention_id = ? AND framework_id = ? AND subject_id = ?',
  ).run(key.interventionId, key.frameworkId, key.subjectId);
}
