// The partnership's branding every brief carries: saved in one transaction with its history. A
// logo must be what its type says: its first bytes are checked, not only the name of its type.
import type { Database } from 'better-sqlite3';
import { ApiFailure } from '../../../../shared/errors';
import { type BriefBranding, LOGO_MAX_BYTES } from '../../../../shared/model/brief';
import type { Library } from '../../library';
import { brandingSaved, deleteBranding, getBranding, putBranding } from '../../repos/brief-branding';
import { type ChangeEntry, recordChange } from '../../repos/change-history';

export const BRANDING_ENTITY = 'brief_branding';
const BRANDING_ID = 'branding';

const MAGIC: Record<NonNullable<BriefBranding['logo']>['mediaType'], { bytes: number[]; name: string }> = {
  'image/png': { bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], name: 'PNG' },
  'image/jpeg': { bytes: [0xff, 0xd8, 0xff], name: 'JPEG' },
};

function checkLogo(logo: BriefBranding['logo']): void {
  if (logo === null) return;
  const bytes = Buffer.from(logo.content, 'base64');
  const fail = (message: string) =>
    new ApiFailure('INVALID_INPUT', `logo.content: ${message}`, 'logo.content');
  if (bytes.length === 0) throw fail('the logo file is empty');
  if (bytes.length > LOGO_MAX_BYTES) throw fail('the logo must be under 512 KB');
  const magic = MAGIC[logo.mediaType];
  if (!magic.bytes.every((b, i) => bytes[i] === b)) throw fail(`the file is not a ${magic.name} image`);
}

export function saveBriefBranding(library: Library, input: BriefBranding & { by: string }): BriefBranding {
  return library.write(() => {
    const db = library.db;
    const { by, ...branding } = input;
    checkLogo(branding.logo);
    const before = brandingSaved(db) ? getBranding(db) : null;
    putBranding(db, branding, by);
    const after = getBranding(db);
    recordChange(db, {
      userName: by,
      entityType: BRANDING_ENTITY,
      entityId: BRANDING_ID,
      action: before === null ? 'create' : 'update',
      before,
      after,
    });
    return after;
  });
}

export function restoreBranding(db: Database, change: ChangeEntry, state: unknown): void {
  if (state === null) deleteBranding(db);
  else putBranding(db, state as BriefBranding, change.userName);
}
