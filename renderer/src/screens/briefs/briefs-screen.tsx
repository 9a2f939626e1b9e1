// `#/briefs`: the commissioning briefs saved in the library, newest change first, each opening its
// builder; a new brief starts from the shortlist. Deleting asks first and can be undone from the
// top bar like any other change.
import { useEffect, useState } from 'react';
import { formatCount, formatPartialDate } from '../../../../shared/format';
import type { BriefSummary } from '../../../../shared/model/brief';
import { useDocumentTitle } from '../../app/use-document-title';
import { ErrorState, LoadingState } from '../../components/states';
import { useLibraryInfo } from '../../data/app-data';
import { announceLibraryChange, subscribeLibraryChanges } from '../../data/library-changes';
import { useApiQuery, useSteady } from '../../data/use-api-query';
import { briefHref } from '../../routing/routes';
import { formatWhen } from '../editing/history-text';
import { DeletePanel } from '../editing/record-actions';

function BriefRows({
  briefs,
  readOnly,
  onDeleted,
}: {
  briefs: BriefSummary[];
  readOnly: boolean;
  onDeleted: (title: string) => void;
}) {
  const [deleting, setDeleting] = useState<string | null>(null);
  const doomed = briefs.find((b) => b.id === deleting) ?? null;
  return (
    <>
      <div className="table-scroll" role="region" aria-label="Saved briefs" tabIndex={0}>
        <table className="table briefs-table">
          <caption className="visually-hidden">Saved briefs</caption>
          <thead>
            <tr>
              <th scope="col">Title</th>
              <th scope="col">Date</th>
              <th scope="col">Author</th>
              <th scope="col" className="num">
                Options
              </th>
              <th scope="col" className="num">
                Snapshots
              </th>
              <th scope="col">Updated</th>
              {!readOnly && (
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              )}
            </tr>
          </thead>
          <tbody>
            {briefs.map((b) => (
              <tr key={b.id} data-brief={b.id}>
                <th scope="row">
                  <a href={briefHref(b.id)}>{b.title}</a>
                </th>
                <td>{formatPartialDate(b.date)}</td>
                <td>{b.author === '' ? '—' : b.author}</td>
                <td className="num">{b.interventions}</td>
                <td className="num">{b.snapshots}</td>
                <td>
                  <time dateTime={b.updatedAt}>{formatWhen(b.updatedAt)}</time>
                </td>
                {!readOnly && (
                  <td>
                    <button
                      type="button"
                      className="button button--small button--quiet"
                      aria-expanded={deleting === b.id}
                      onClick={() => setDeleting(b.id)}
                    >
                      Delete…<span className="visually-hidden"> {b.title}</span>
                    </button>
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {doomed !== null && (
        <DeletePanel
          method="briefs/delete"
          id={doomed.id}
          name={doomed.title}
          noun="brief"
          dependents={doomed.snapshots > 0 ? [{ label: 'snapshots', count: doomed.snapshots }] : []}
          consequence={(dependents) => (
            <>
              Its <strong>{formatCount(dependents[0]?.count ?? 0, 'snapshot')}</strong> will be deleted with
              it.
            </>
          )}
          afterDelete={() => {
            onDeleted(doomed.title);
            setDeleting(null);
            announceLibraryChange();
          }}
          onCancel={() => setDeleting(null)}
        />
      )}
    </>
  );
}

export function BriefsScreen() {
  useDocumentTitle('Briefs');
  const info = useLibraryInfo();
  const readOnly = info.readOnlyReason !== null;
  const briefs = useSteady(useApiQuery('briefs/list', {}));
  const reload = briefs.reload;
  useEffect(() => subscribeLibraryChanges(reload), [reload]);
  // Said here, so it stays when the last brief goes and the list empties.
  const [deleted, setDeleted] = useState<string | null>(null);
  return (
    <div className="page briefs-page">
      <header className="page-header">
        <h1>Briefs</h1>
        <p className="page-header__lead">
          Commissioning briefs for partnership boards: the need, the options from the shortlist, their
          evidence, costs and risks, exported as PDF, Word, HTML or Markdown. Every figure is worked out from
          the library when the brief is previewed or exported.
        </p>
      </header>
      {!readOnly && (
        <p>
          <a className="button button--primary" href={briefHref(undefined)}>
            New brief
          </a>
        </p>
      )}
      <section className="panel" aria-labelledby="briefs-title">
        <h2 id="briefs-title">Saved briefs</h2>
        <div role="status">
          {deleted !== null && (
            <p className="notice notice--success">
              Deleted “{deleted}”. Undo it with “Undo last change…” at the top.
            </p>
          )}
        </div>
        {briefs.status === 'loading' && <LoadingState label="Loading the briefs…" />}
        {briefs.status === 'error' && (
          <ErrorState title="The briefs could not be listed" error={briefs.error} onRetry={reload} />
        )}
        {briefs.status === 'ok' && briefs.value.length === 0 && (
          <p className="muted">No briefs yet. Start one from the shortlist with New brief.</p>
        )}
        {briefs.status === 'ok' && briefs.value.length > 0 && (
          <BriefRows briefs={briefs.value} readOnly={readOnly} onDeleted={setDeleted} />
        )}
      </section>
    </div>
  );
}
