// Saved views of screens.
import { randomUUID } from 'node:crypto';
import type { Database } from 'better-sqlite3';
import type { SavedView } from '../../../shared/model/finding';

interface Row {
  id: string;
  screen: SavedView['screen'];
  name: string;
  state: string;
  updated_at: string;
}

export function listViews(db: Database, screen: string): SavedView[] {
  return (
    db.prepare('SELECT * FROM saved_views WHERE screen = ? ORDER BY name COLLATE NOCASE').all(screen) as Row[]
  ).map((r) => ({
    id: r.id,
    screen: r.screen,
    name: r.name,
    state: JSON.parse(r.state) as unknown,
    updatedAt: r.updated_at,
  }));
}

/** Saves a view; a view of the same screen with the same name is replaced. */
export function saveView(
  db: Database,
  view: { id?: string | undefined; screen: string; name: string; state: unknown },
): string {
  const existing = db
    .prepare('SELECT id FROM saved_views WHERE screen = ? AND name = ?')
    .get(view.screen, view.name) as { id: string } | undefined;
  const id = view.id ?? existing?.id ?? randomUUID();
  if (existing !== undefined && existing.id !== id)
    db.prepare('DELETE FROM saved_views WHERE id = ?').run(existing.id);
  db.prepare(
    `INSERT INTO saved_views (id, screen, name, state) VALUES (?, ?, ?, ?)
     ON CONFLICT (id) DO UPDATE SET screen = excluded.screen, name = excluded.name, state = excluded.state,
       updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')`,
  ).run(id, view.screen, view.name, JSON.stringify(view.state));
  return id;
}

export function deleteView(db: Database, id: string): boolean {
  return db.prepare('DELETE FROM saved_views WHERE id = ?').run(id).changes > 0;
}
