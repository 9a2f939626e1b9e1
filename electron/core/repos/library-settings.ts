// The library's own key-value settings: its name, description and when it was created, and the
// price year and discount rate its value-for-money figures use (absent: the defaults).
import type { Database } from 'better-sqlite3';

export const SETTING_KEYS = [
  'name',
  'description',
  'created_at',
  'created_by_app',
  'value_price_year',
  'value_discount_rate',
] as const;
export type SettingKey = (typeof SETTING_KEYS)[number];

export function getSetting(db: Database, key: SettingKey): string | null {
  const row = db.prepare('SELECT value FROM library_settings WHERE key = ?').get(key) as
    { value: string } | undefined;
  return row?.value ?? null;
}

export function setSetting(db: Database, key: SettingKey, value: string): void {
  db.prepare(
    'INSERT INTO library_settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
  ).run(key, value);
}

export function deleteSetting(db: Database, key: SettingKey): void {
  db.prepare('DELETE FROM library_settings WHERE key = ?').run(key);
}
