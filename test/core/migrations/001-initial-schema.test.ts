// Migration 1 builds the whole domain schema on an empty file: tables, keys, checks, indexes,
// the full-text index and its triggers.
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { APPLICATION_ID, migrate } from '../../../electron/core/db/migrate';
import { initialSchema } from '../../../electron/core/db/migrations/001-initial-schema';
import { tempDir, type TempDir } from '../../helpers/libraries';

let dir: TempDir;
let db: Database.Database;

beforeEach(async () => {
  dir = tempDir();
  db = new Database(dir.file('v0.ewb'));
  db.pragma('foreign_keys = ON');
  await migrate(db, dir.file('v0.ewb'), 0, new Date(), [initialSchema]);
});
afterEach(() => {
  db.close();
  dir.remove();
});

const tables = () =>
  (
    db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name").all() as {
      name: string;
    }[]
  ).map((t) => t.name);

describe('migration 001: initial schema', () => {
  it('sets the version and marks the file as ours', () => {
    expect(db.pragma('user_version', { simple: true })).toBe(1);
    expect(db.pragma('application_id', { simple: true })).toBe(APPLICATION_ID);
  });

  it('creates every entity of the domain', () => {
    expect(tables()).toEqual(
      expect.arrayContaining([
        'interventions',
        'organisations',
        'areas',
        'approach_types',
        'evaluations',
        'outcome_groups',
        'outcome_domains',
        'outcome_results',
        'risk_of_bias',
        'cost_items',
        'price_index',
        'unit_costs',
        'baseline_rates',
        'briefs',
        'brief_interventions',
        'brief_snapshots',
        'change_history',
        'attachments',
        'source_citations',
        'source_documents',
        'library_settings',
        'search_index',
      ]),
    );
  });

  it('stores raw outcome statistics for every way studies report them', () => {
    const columns = (db.prepare('PRAGMA table_info(outcome_results)').all() as { name: string }[]).map(
      (c) => c.name,
    );
    for (const c of [
      'm1',
      'sd1',
      'n1',
      'events1',
      'total1',
      'effect_type',
      'ci_lower',
      'ci_upper',
      'se',
      'p',
      't',
    ]) {
      expect(columns).toContain(c);
    }
  });

  it('links records with foreign keys', () => {
    const fk = (table: string) =>
      (db.prepare(`PRAGMA foreign_key_list(${table})`).all() as { table: string }[]).map((f) => f.table);
    expect(fk('evaluations')).toEqual(expect.arrayContaining(['interventions', 'organisations']));
    expect(fk('outcome_results')).toEqual(expect.arrayContaining(['evaluations', 'outcome_domains']));
    expect(fk('cost_items')).toContain('interventions');
    expect(fk('intervention_areas')).toEqual(expect.arrayContaining(['interventions', 'areas']));
  });

  it('refuses values outside the vocabularies and broken cross-field rules', () => {
    db.prepare("INSERT INTO approach_types (id, name) VALUES ('m', 'Mentoring')").run();
    const insert = (tier: string, ageMin: number, ageMax: number) =>
      db
        .prepare(
          `INSERT INTO interventions (id, name, approach_type_id, tier, strand, status, age_min, age_max)
           VALUES (?, 'X', 'm', ?, 'engagement', 'active', ?, ?)`,
        )
        .run(`i-${tier}-${ageMin}`, tier, ageMin, ageMax);
    expect(() => insert('everyone', 10, 12)).toThrow(/CHECK constraint failed/);
    expect(() => insert('targeted', 14, 12)).toThrow(/CHECK constraint failed/);
    expect(() => insert('targeted', 10, 12)).not.toThrow();
    expect(() =>
      db
        .prepare(
          "INSERT INTO evaluations (id, intervention_id, title, design) VALUES ('e', 'missing', 'T', 'pre-post')",
        )
        .run(),
    ).toThrow(/FOREIGN KEY constraint failed/);
  });

  it('keeps the full-text index in step with interventions and evaluations', () => {
    db.prepare("INSERT INTO approach_types (id, name) VALUES ('m', 'Mentoring')").run();
    db.prepare(
      `INSERT INTO interventions (id, name, summary, approach_type_id, tier, strand, status)
       VALUES ('i1', 'Kickz', 'Football in the evenings', 'm', 'universal', 'engagement', 'active')`,
    ).run();
    db.prepare(
      `INSERT INTO evaluations (id, intervention_id, title, design, findings)
       VALUES ('e1', 'i1', 'Evaluation', 'pre-post', 'fewer calls about nuisance')`,
    ).run();
    const hits = (q: string) =>
      (
        db
          .prepare('SELECT entity_id FROM search_index WHERE search_index MATCH ? ORDER BY entity_id')
          .all(q) as {
          entity_id: string;
        }[]
      ).map((r) => r.entity_id);
    expect(hits('football')).toEqual(['i1']);
    expect(hits('nuisance')).toEqual(['e1']);
    db.prepare("UPDATE interventions SET summary = 'Basketball' WHERE id = 'i1'").run();
    expect(hits('football')).toEqual([]);
    expect(hits('basketball')).toEqual(['i1']);
    db.prepare("DELETE FROM interventions WHERE id = 'i1'").run();
    expect(hits('nuisance')).toEqual([]);
  });

  it('has indexes for the obvious look-ups', () => {
    const plan = (sql: string) =>
      (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all() as { detail: string }[]).map((r) => r.detail).join('\n');
    expect(plan("SELECT * FROM evaluations WHERE intervention_id = 'x'")).toMatch(
      /USING INDEX evaluations_intervention/,
    );
    expect(plan("SELECT * FROM outcome_results WHERE evaluation_id = 'x'")).toMatch(
      /USING INDEX outcome_results_evaluation/,
    );
    expect(plan("SELECT * FROM cost_items WHERE intervention_id = 'x'")).toMatch(
      /USING INDEX cost_items_intervention/,
    );
    expect(plan("SELECT * FROM interventions WHERE strand = 'engagement'")).toMatch(
      /USING INDEX interventions_strand/,
    );
    expect(plan("SELECT * FROM intervention_areas WHERE area_id = 'x'")).toMatch(/intervention_areas_area/);
  });
});
