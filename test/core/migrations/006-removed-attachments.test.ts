// Migration 6 adds the store of files removed by a change to a library of the version before it,
// keeping its data.
import { describe, expect, it } from 'vitest';
import { useLibraryBefore } from '../../helpers/migration-library';

const library = useLibraryBefore(6, "INSERT INTO library_settings (key, value) VALUES ('name', 'Kept')");

describe('migration 006: removed attachments', () => {
  it('upgrades a library of the version before, keeping its data; kept files go with their change', async () => {
    await library.upgrade();
    expect(library.db.pragma('user_version', { simple: true })).toBe(6);
    expect(library.db.prepare("SELECT value FROM library_settings WHERE key = 'name'").get()).toEqual({
      value: 'Kept',
    });
    const change = library.db
      .prepare(
        "INSERT INTO change_history (user_name, entity_type, entity_id, action) VALUES ('me', 'attachment', 'a', 'delete')",
      )
      .run().lastInsertRowid;
    const keep = library.db.prepare(
      `INSERT INTO removed_attachments (change_id, id, evaluation_id, file_name, media_type, size_bytes, sha256, content, created_at)
       VALUES (?, 'a', 'gone-evaluation', 'r.pdf', 'application/pdf', 1, ?, x'25', '2026-01-01T00:00:00.000Z')`,
    );
    keep.run(change, 'f'.repeat(64));
    expect(() => keep.run(change, 'f'.repeat(64))).toThrow(/UNIQUE|PRIMARY/);
    library.db.prepare('DELETE FROM change_history WHERE id = ?').run(change);
    expect(library.db.prepare('SELECT count(*) AS n FROM removed_attachments').get()).toEqual({ n: 0 });
  });
});
