// The partnership's branding every brief carries: one row, absent until first saved.
import type { Database } from 'better-sqlite3';
import { type BriefBranding, BriefBrandingSchema } from '../../../shared/model/brief';

export function getBranding(db: Database): BriefBranding {
  const r = db
    .prepare(
      'SELECT partnership_name, primary_colour, accent_colour, logo_media_type, logo FROM brief_branding WHERE id = 1',
    )
    .get() as
    | {
        partnership_name: string;
        primary_colour: string;
        accent_colour: string;
        logo_media_type: 'image/png' | 'image/jpeg' | null;
        logo: Buffer | null;
      }
    | undefined;
  if (r === undefined) return BriefBrandingSchema.parse({});
  return {
    partnershipName: r.partnership_name,
    primaryColour: r.primary_colour,
    accentColour: r.accent_colour,
    logo:
      r.logo_media_type === null || r.logo === null
        ? null
        : { mediaType: r.logo_media_type, content: r.logo.toString('base64') },
  };
}

export function putBranding(db: Database, b: BriefBranding, by: string): void {
  db.prepare(
    `INSERT INTO brief_branding (id, partnership_name, primary_colour, accent_colour, logo_media_type, logo, updated_by)
     VALUES (1, @name, @primary, @accent, @mediaType, @logo, @by)
     ON CONFLICT (id) DO UPDATE SET partnership_name = excluded.partnership_name,
       primary_colour = excluded.primary_colour, accent_colour = excluded.accent_colour,
       logo_media_type = excluded.logo_media_type, logo = excluded.logo,
       updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), updated_by = excluded.updated_by`,
  ).run({
    name: b.partnershipName,
    primary: b.primaryColour,
    accent: b.accentColour,
    mediaType: b.logo?.mediaType ?? null,
    logo: b.logo === null ? null : Buffer.from(b.logo.content, 'base64'),
    by,
  });
}

/** Back to the defaults: what undoing the first save does. */
export function deleteBranding(db: Database): void {
  db.prepare('DELETE FROM brief_branding').run();
}

/** False until the branding is first saved (the defaults are in use). */
export function brandingSaved(db: Database): boolean {
  return db.prepare('SELECT 1 FROM brief_branding WHERE id = 1').get() !== undefined;
}
