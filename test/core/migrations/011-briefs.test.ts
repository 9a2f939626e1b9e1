// Migration 11 rebuilds the first schema's placeholder brief tables, keeping their rows: options keep
// a deleted intervention, snapshots outlive their brief for undo, an outcome in use cannot go, and
// the branding is one row whose logo has a type.
import { describe, expect, it } from 'vitest';
import { useLibraryBefore } from '../../helpers/migration-library';

const library = useLibraryBefore(
  11,
  `
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
      VALUES ('snap', 'old', 'pdf', '2026-01-06T10:00:00.000Z', '[]', x'255044462d');`,
);

describe('migration 011: briefs', () => {
  it('upgrades a library of the version before, keeping its briefs, their options and snapshots', async () => {
    await library.upgrade();
    expect(library.db.pragma('user_version', { simple: true })).toBe(11);
    expect(
      library.db
        .prepare('SELECT id, title, author, brief_date, outcome_domain_id, created_by FROM briefs')
        .all(),
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
    expect(library.db.prepare('SELECT brief_id, position, intervention_id FROM brief_options').all()).toEqual(
      [{ brief_id: 'old', position: 0, intervention_id: 'a' }],
    );
    expect(
      library.db.prepare('SELECT id, file_name, media_type, removed_by_change FROM brief_snapshots').all(),
    ).toEqual([
      { id: 'snap', file_name: 'brief.pdf', media_type: 'application/pdf', removed_by_change: null },
    ]);
    expect(library.db.pragma('foreign_key_check')).toEqual([]);
  });

  it('keeps an option whose intervention is deleted, and refuses deleting an outcome a brief uses', async () => {
    await library.upgrade();
    library.db.exec("DELETE FROM interventions WHERE id = 'a'");
    expect(library.db.prepare('SELECT intervention_id FROM brief_options').all()).toEqual([
      { intervention_id: 'a' },
    ]);
    expect(() => library.db.exec("DELETE FROM outcome_domains WHERE id = 'offending'")).toThrow(
      /FOREIGN KEY/,
    );
    // Deleting the brief takes its options; its snapshots stay for undo.
    library.db.exec("DELETE FROM briefs WHERE id = 'old'");
    expect(library.db.prepare('SELECT count(*) AS n FROM brief_options').get()).toEqual({ n: 0 });
    expect(library.db.prepare('SELECT count(*) AS n FROM brief_snapshots').get()).toEqual({ n: 1 });
  });

  it('holds one branding row, its colours as #RRGGBB and a logo only with its type', async () => {
    await library.upgrade();
    const put = library.db.prepare(
      'INSERT INTO brief_branding (id, primary_colour, accent_colour, logo_media_type, logo, updated_by) VALUES (?, ?, ?, ?, ?, ?)',
    );
    expect(() => put.run(1, 'red', '#000000', null, null, 'me')).toThrow(/CHECK/);
    expect(() => put.run(1, '#000000', '#000000', null, Buffer.from('x'), 'me')).toThrow(/CHECK/);
    expect(() => put.run(1, '#000000', '#000000', 'image/gif', Buffer.from('x'), 'me')).toThrow(/CHECK/);
    put.run(1, '#1d4f91', '#b8860b', 'image/png', Buffer.from('x'), 'me');
    expect(() => put.run(2, '#1d4f91', '#b8860b', null, null, 'me')).toThrow(/CHECK/);
  });
});
