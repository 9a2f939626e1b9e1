// Migration 11 rebuilds the first schema's placeholder brief tables, keeping their rows: options keep
// a deleted intervention, snapshots outlive their brief for undo, an outcome in use cannot go, and
// the branding is one row whose logo has a type.
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { migrate } from '../../../electron/core/db/migrate';
import { MIGRATIONS } from '../../../electron/core/db/migrations';
import { tempDir, type TempDir } from '../../helpers/libraries';

const earlier = MIGRATIONS.filter((m) => m.version < 11);
const previous = Math.max(...earlier.map((m) => m.version));
const upToEleven = MIGRATIONS.filter((m) => m.version <= 11);

let dir: TempDir;
let db: Database.Database;

beforeEach(async () => {
  dir = tempDir();
  db = new Database(dir.file('previous.ewb'));
  db.pragma('foreign_keys = ON');
  await migrate(db, dir.file('previous.ewb'), 0, new Date(), earlier);
  db.exec(`
    INSERT INTO library_settings (key, value) VALUES ('name', 'Kept');
    INSERT INTO approach_types (id, name) VALUES ('mentoring', 'Mentoring');
    INSERT INTO interventions (id, name, approach_type_id, tier, strand, status)
      VALUES ('a', 'A', 'mentoring', 'targeted', 'engagement', 'active');
    INSERT INTO outcome_groups (id, name, position) VALUES ('crime', 'Crime', 0);
    INSERT INTO outcome_domains (id, group_id, name, position) VALUES ('offending', 'crime', 'Offending', 0);
    INSERT INTO briefs (id, title, author, brief_date, sections, created_at)
      VALUES ('old', 'Old brief', 'Someone', '2026-01-05', '[]', '2026-01-05T10:00:00.000Z');
    INSERT INTO brief_interventions (brief_id, intervention_id, position) VALUES ('old', 'a', 0);
    INSERT INTO brief_snapshots (id, brief_id, format, created_at, figures, content)
      VALUES ('snap', 'old', 'pdf', '2026-01-06T10:00:00.000Z', '[]', x'255044462d');`);
});
afterEach(() => {
  db.close();
  dir.remove();
});

describe('migration 011: briefs', () => {
  it('upgrades a library of the version before, keeping its briefs, their options and snapshots', async () => {
    await migrate(db, dir.file('previous.ewb'), previous, new Date(), upToEleven);
    expect(db.pragma('user_version', { simple: true })).toBe(11);
    expect(
      db.prepare('SELECT id, title, author, brief_date, outcome_domain_id, created_by FROM briefs').all(),
    ).toEqual([
      {
        id: 'old',
        title: 'Old brief',
        author: 'Someone',
        brief_date: '2026-01-05',
        outcome_domain_id: 'offending',
        created_by: 'Someone',
      },
    ]);
    expect(db.prepare('SELECT brief_id, position, intervention_id FROM brief_options').all()).toEqual([
      { brief_id: 'old', position: 0, intervention_id: 'a' },
    ]);
    expect(
      db.prepare('SELECT id, file_name, media_type, removed_by_change FROM brief_snapshots').all(),
    ).toEqual([
      { id: 'snap', file_name: 'brief.pdf', media_type: 'application/pdf', removed_by_change: null },
    ]);
    expect(db.pragma('foreign_key_check')).toEqual([]);
  });

  it('keeps an option whose intervention is deleted, and refuses deleting an outcome a brief uses', async () => {
    await migrate(db, dir.file('previous.ewb'), previous, new Date(), upToEleven);
    db.exec("DELETE FROM interventions WHERE id = 'a'");
    expect(db.prepare('SELECT intervention_id FROM brief_options').all()).toEqual([{ intervention_id: 'a' }]);
    expect(() => db.exec("DELETE FROM outcome_domains WHERE id = 'offending'")).toThrow(/FOREIGN KEY/);
    // Deleting the brief takes its options; its snapshots stay for undo.
    db.exec("DELETE FROM briefs WHERE id = 'old'");
    expect(db.prepare('SELECT count(*) AS n FROM brief_options').get()).toEqual({ n: 0 });
    expect(db.prepare('SELECT count(*) AS n FROM brief_snapshots').get()).toEqual({ n: 1 });
  });

  it('holds one branding row, its colours as #RRGGBB and a logo only with its type', async () => {
    await migrate(db, dir.file('previous.ewb'), previous, new Date(), upToEleven);
    const put = db.prepare(
      'INSERT INTO brief_branding (id, primary_colour, accent_colour, logo_media_type, logo, updated_by) VALUES (?, ?, ?, ?, ?, ?)',
    );
    expect(() => put.run(1, 'red', '#000000', null, null, 'me')).toThrow(/CHECK/);
    expect(() => put.run(1, '#000000', '#000000', null, Buffer.from('x'), 'me')).toThrow(/CHECK/);
    expect(() => put.run(1, '#000000', '#000000', 'image/gif', Buffer.from('x'), 'me')).toThrow(/CHECK/);
    put.run(1, '#1d4f91', '#b8860b', 'image/png', Buffer.from('x'), 'me');
    expect(() => put.run(2, '#1d4f91', '#b8860b', null, null, 'me')).toThrow(/CHECK/);
  });
});
