// What was found wrong with a damaged library file, in plain words first and SQLite's own words
// after, with what the person can do: restore a backup (listed next) or open another library.
import type { LibraryDamage } from '../../../../shared/model/library';
import { Notice } from '../../components/states';
import { transportKind } from '../../transport/api-client';

export function DamageSection({ damage }: { damage: LibraryDamage }) {
  return (
    <section className="panel" aria-labelledby="library-damage">
      <h2 id="library-damage">This library file is damaged</h2>
      <Notice tone="error">
        <p>
          When it was opened, checks found that parts of the file are broken, as can happen after a disk fault
          or a crash while it was being saved.{' '}
          {damage.readable
            ? 'What could be read is shown, but it may be incomplete or wrong.'
            : 'It cannot be read at all, so nothing of it is shown.'}
        </p>
        <p>
          It is open read-only: nothing in it has been changed, and nothing will be. Restore one of its
          backups (listed below) or open another library
          {transportKind() === 'browser' ? ' (further down this page)' : ' with File > Open Library…'}.
        </p>
      </Notice>
      <details className="damage-details">
        <summary>What the checks found</summary>
        <ul className="small">
          {damage.problems.map((problem, index) => (
            // Two checks may word a problem the same way; the list's order is stable.
            <li key={`${index}:${problem}`}>{problem}</li>
          ))}
        </ul>
      </details>
    </section>
  );
}
