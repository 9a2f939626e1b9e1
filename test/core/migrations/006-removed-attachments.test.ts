// Migration 6 adds the store of files removed by a change to a library of the version before it,
// keeping its data.
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { migrate } from '../../../electron/core/db/migrate';
import { MIGRATIONS } from '../../../electron/core/db/migrations';
import { tempDir, type TempDir } from '../../helpers/libraries';

const earlier = MIGRATIONS.filter((m) => m.version < 6);
const previous = Math.max(...earlier.map((m) => m.version));
const upToSix = MIGRATIONS.filter((m) => m.version <= 6);

let dir: TempDir;
let db: Database.Database;

beforeEach(async () => {
  dir = tempDir();
  db = new Database(dir.file('previous.ewb'));
  db.pragma('foreign_keys = ON');
  await migrate(db, dir.file('previous.ewb'), 0, new Date(), earlier);
  db.exec("INSERT INTO library_settings (key, value) VALUES ('name', 'Kept')");
});
afterEach(() => {
  db.close();
  dir.remove();
});

describe('migration 006: removed attachments', () => {
  it('upgrades a library of the version before, keeping its data; kept files go with their change', async () => {
    await migrate(db, dir.file('previous.ewb'), previous, new Date(), upToSix);
    expect(db.pragma('user_version', { simple: true })).toBe(6);
    expect(db.prepare("SELECT value FROM library_settings WHERE key = 'name'").get()).toEqual({
      value: 'Kept',
    });
    const change = db
      .prepare(
        "INSERT INTO change_history (user_name, entity_type, entity_id, action) VALUES ('me', 'attachment', 'a', 'delete')",
      )
      .run().lastInsertRowid;
    const keep = db.prepare(
      `INSERT INTO removed_attachments (change_id, id, evaluation_id, file_name, media_type, size_bytes, sha256, content, created_at)
       VALUES (?, 'a', 'gone-evaluation', 'r.pdf', 'application/pdf', 1, ?, x'25', '2026-01-01T00:00:00.000Z')`,
    );
    keep.run(change, 'f'.repeat(64));
    expect(() => keep.run(change, 'f'.repeat(64))).toThrow(/UNIQUE|PRIMARY/);
    db.prepare('DELETE FROM change_history WHERE id = ?').run(change);
    expect(db.prepare('SELECT count(*) AS n FROM removed_attachments').get()).toEqual({ n: 0 });
  });
});
