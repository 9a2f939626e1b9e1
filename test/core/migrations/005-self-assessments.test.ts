// Migration 5 adds self-assessments and their evidence to a version-4 library, keeping its data.
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { migrate } from '../../../electron/core/db/migrate';
import { MIGRATIONS } from '../../../electron/core/db/migrations';
import { tempDir, type TempDir } from '../../helpers/libraries';

let dir: TempDir;
let db: Database.Database;
const path = () => dir.file('v4.ewb');

beforeEach(async () => {
  dir = tempDir();
  db = new Database(path());
  db.pragma('foreign_keys = ON');
  await migrate(
    db,
    path(),
    0,
    new Date(),
    MIGRATIONS.filter((m) => m.version <= 4),
  );
  db.exec(`INSERT INTO approach_types (id, name) VALUES ('m', 'Mentoring');
    INSERT INTO interventions (id, name, approach_type_id, tier, strand, status)
    VALUES ('i1', 'Kickz', 'm', 'universal', 'engagement', 'active');
    INSERT INTO evaluations (id, intervention_id, title, design) VALUES ('e1', 'i1', 'Kickz evaluation', 'pre-post');`);
});
afterEach(() => {
  db.close();
  dir.remove();
});

const upgrade = () =>
  migrate(
    db,
    path(),
    4,
    new Date(),
    MIGRATIONS.filter((m) => m.version <= 5),
  );
const insertAssessment = (status: string, extra = '') =>
  db
    .prepare(
      `INSERT INTO self_assessments (intervention_id, framework_id, status, claimed_level, submitted_by, submitted_at${extra === '' ? '' : ', reviewed_by, reviewed_at, review_notes'})
       VALUES ('i1', 'project-oracle', ?, '2', 'P. Provider', '2026-01-01'${extra})`,
    )
    .run(status);

describe('migration 005: self-assessments', () => {
  it('upgrades a version-4 library in place, keeping its data', async () => {
    const backups = await upgrade();
    expect(db.pragma('user_version', { simple: true })).toBe(5);
    expect(backups).toHaveLength(1);
    expect(db.prepare('SELECT name FROM interventions').all()).toEqual([{ name: 'Kickz' }]);
  });

  it('keeps one assessment per intervention and framework, and refuses states without their details', async () => {
    await upgrade();
    const draft = db.prepare(
      "INSERT INTO self_assessments (intervention_id, framework_id) VALUES ('i1', 'project-oracle')",
    );
    draft.run();
    expect(() => draft.run()).toThrow(/UNIQUE|PRIMARY KEY/);
    db.prepare('DELETE FROM self_assessments').run();
    // Submitted without a claimed level; validated without a reviewer; returned without notes.
    expect(() =>
      db
        .prepare(
          "INSERT INTO self_assessments (intervention_id, framework_id, status) VALUES ('i1', 'eif', 'submitted')",
        )
        .run(),
    ).toThrow(/CHECK constraint failed/);
    expect(() => insertAssessment('validated')).toThrow(/CHECK constraint failed/);
    expect(() => insertAssessment('returned', ", 'H. Reviewer', '2026-01-02', '  '")).toThrow(
      /CHECK constraint failed/,
    );
    insertAssessment('returned', ", 'H. Reviewer', '2026-01-02', 'Add the pre/post data'");
    expect(db.prepare('SELECT status FROM self_assessments').get()).toEqual({ status: 'returned' });
  });

  it('ties evidence to its assessment and evaluation: deleting them removes or unlinks it', async () => {
    await upgrade();
    insertAssessment('submitted');
    const add = db.prepare(
      `INSERT INTO self_assessment_evidence (intervention_id, framework_id, criterion, position, text, evaluation_id)
       VALUES ('i1', ?, 'has-a-theory-of-change', 0, ?, ?)`,
    );
    add.run('project-oracle', 'Our theory of change', 'e1');
    expect(() => add.run('eif', 'No assessment', null)).toThrow(/FOREIGN KEY/);
    expect(() => add.run('project-oracle', ' ', null)).toThrow(/CHECK constraint failed/);
    db.prepare("DELETE FROM evaluations WHERE id = 'e1'").run();
    expect(db.prepare('SELECT evaluation_id FROM self_assessment_evidence').get()).toEqual({
      evaluation_id: null,
    });
    db.prepare("DELETE FROM interventions WHERE id = 'i1'").run();
    expect(db.prepare('SELECT count(*) AS n FROM self_assessment_evidence').get()).toEqual({ n: 0 });
    expect(db.prepare('SELECT count(*) AS n FROM self_assessments').get()).toEqual({ n: 0 });
  });
});
