// The shortlist: the interventions chosen from comparisons for a commissioning brief, each with the
// outcome it was chosen for, removable one by one; who makes each change goes into the history.
import { formatCount } from '../../../../shared/format';
import type { ShortlistEntry } from '../../../../shared/model/compare';
import { ErrorState, LoadingState } from '../../components/states';
import type { QueryResult } from '../../data/use-api-query';
import { briefHref, interventionHref } from '../../routing/routes';
import { YourNameField } from '../editing/your-name';

export const SHORTLIST_NAME_ID = 'shortlist-by';

export function ShortlistPanel({
  shortlist,
  storedName,
  by,
  onBy,
  nameError,
  changeError,
  readOnly,
  pending,
  onRemove,
  outcomeId,
}: {
  shortlist: QueryResult<ShortlistEntry[]>;
  storedName: string;
  by: string;
  onBy: (name: string) => void;
  nameError: string | null;
  changeError: string | null;
  readOnly: boolean;
  pending: boolean;
  onRemove: (entry: ShortlistEntry) => void;
  /** The outcome being compared on, which a brief started from here is for. */
  outcomeId: string | undefined;
}) {
  const entries = shortlist.status === 'ok' ? shortlist.value : [];
  return (
    <section className="panel shortlist" aria-labelledby="shortlist-title" data-section="shortlist">
      <h2 id="shortlist-title">
        Shortlist{' '}
        <span className="shortlist__count" data-field="shortlist-count">
          ({formatCount(entries.length, 'intervention')})
        </span>
      </h2>
      <p className="muted small">The interventions chosen for a commissioning brief.</p>
      {!readOnly && (
        <YourNameField
          id={SHORTLIST_NAME_ID}
          stored={storedName}
          value={by}
          onChange={onBy}
          error={nameError}
        />
      )}
      {changeError !== null && (
        <p className="field-error" role="alert">
          {changeError}
        </p>
      )}
      {shortlist.status === 'loading' && <LoadingState label="Loading the shortlist…" />}
      {shortlist.status === 'error' && (
        <ErrorState
          title="The shortlist could not be read"
          error={shortlist.error}
          onRetry={shortlist.reload}
        />
      )}
      {shortlist.status === 'ok' && entries.length === 0 && (
        <p className="shortlist__empty">
          Nothing shortlisted yet. Compare interventions, then add the ones to recommend from the top of their
          column.
        </p>
      )}
      {entries.length > 0 && (
        <ul className="shortlist__list">
          {entries.map((e) => (
            <li key={e.intervention.id} className="shortlist__entry" data-shortlisted={e.intervention.id}>
              <span>
                <a href={interventionHref(e.intervention.id)}>{e.intervention.name}</a>
                <span className="muted small shortlist__meta">
                  {e.outcome === null
                    ? e.intervention.approachType.name
                    : `For ${e.outcome.name.toLowerCase()}`}
                </span>
              </span>
              {!readOnly && (
                <button
                  type="button"
                  className="button button--small button--quiet"
                  disabled={pending}
                  onClick={() => onRemove(e)}
                >
                  Remove<span className="visually-hidden"> {e.intervention.name} from the shortlist</span>
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {entries.length > 0 && !readOnly && (
        <p className="shortlist__brief">
          <a className="button" href={briefHref(undefined, 'builder', outcomeId)}>
            Start a brief from the shortlist
          </a>
        </p>
      )}
    </section>
  );
}
