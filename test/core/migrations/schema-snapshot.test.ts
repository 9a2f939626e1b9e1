// The schema a fresh library ends with, compared with the committed snapshot, so a change to the
// schema is always a deliberate one (with its own migration).
import Database from 'better-sqlite3';
import { afterAll, expect, it } from 'vitest';
import { migrate } from '../../../electron/core/db/migrate';
import { MIGRATIONS } from '../../../electron/core/db/migrations';
import { tempDir } from '../../helpers/libraries';

const dir = tempDir();
afterAll(() => dir.remove());

it('matches the committed schema', async () => {
  const db = new Database(dir.file('schema.ewb'));
  await migrate(db, dir.file('schema.ewb'), 0, new Date(), MIGRATIONS);
  const schema = (
    db
      .prepare(
        "SELECT sql FROM sqlite_schema WHERE sql IS NOT NULL AND name NOT LIKE 'search_index_%' ORDER BY type, name",
      )
      .all() as { sql: string }[]
  )
    .map((r) => `${r.sql.trim()};`)
    .join('\n\n');
  db.close();
  await expect(`${schema}\n`).toMatchFileSnapshot('./schema.snapshot.sql');
});
