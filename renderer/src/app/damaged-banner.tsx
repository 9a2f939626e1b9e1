// The banner every screen shows while the open library is damaged: what that means in plain words,
// that the file is open read-only and untouched, and the way to its backups and to other libraries.
import { hrefFor } from '../routing/routes';

export function DamagedBanner({ onLibraryScreen }: { onLibraryScreen: boolean }) {
  return (
    <section className="readonly-banner readonly-banner--damaged" aria-label="Damaged library">
      <strong>This library file is damaged.</strong> Part of the file cannot be trusted, so it is open
      read-only: nothing in it has been or will be changed.{' '}
      {onLibraryScreen ? (
        'Restore one of its backups below, or open another library.'
      ) : (
        <a href={hrefFor({ screen: 'library' })}>Restore a backup or open another library</a>
      )}
    </section>
  );
}
