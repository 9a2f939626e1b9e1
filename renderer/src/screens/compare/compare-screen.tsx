// The Compare screen (issue 6): start from the need, see the interventions that meet it update as
// the need changes, choose two to six and see them side by side on the outcome, with the local
// figures in use named at the top, and collect the ones to recommend on the shortlist. The need
// and the chosen interventions live in the address, so a comparison is a deep link.
import { useCallback, useEffect, useState } from 'react';
import { COMPARE_MIN, type CompareFilters } from '../../../../shared/model/compare';
import { useDocumentTitle } from '../../app/use-document-title';
import { ErrorState, LoadingState } from '../../components/states';
import { focusControl } from '../../components/form-fields';
import { useLibraryInfo } from '../../data/app-data';
import { subscribeLibraryChanges } from '../../data/library-changes';
import { useApiQuery, useSteady } from '../../data/use-api-query';
import { useShortlist, useShortlistChange } from '../../data/use-shortlist';
import { hrefFor } from '../../routing/routes';
import { useUserName } from '../editing/user-name';
import { CandidatesList } from './candidates-list';
import { type CompareState, compareQuery, parseCompareQuery, withoutBlanks } from './compare-query';
import { ComparisonTable } from './comparison-table';
import { LocalFiguresBanner } from './local-figures-banner';
import { NeedFilters } from './need-filters';
import { SHORTLIST_NAME_ID, ShortlistPanel } from './shortlist-panel';

/** Keeps the address in step with the screen without adding a history entry per change. */
function useAddress(state: CompareState): void {
  useEffect(() => {
    const href = hrefFor({ screen: 'compare', query: compareQuery(state) });
    if (window.location.hash !== href) {
      const url = new URL(window.location.href);
      url.hash = href;
      window.history.replaceState(window.history.state, '', url.href);
    }
  }, [state]);
}

/** A query that reloads when the library changes in this window (settings, records, the shortlist). */
function useLiveQuery<M extends 'compare/candidates' | 'compare/get'>(
  ...args: Parameters<typeof useApiQuery<M>>
) {
  const query = useSteady(useApiQuery(...args));
  const reload = query.reload;
  useEffect(() => subscribeLibraryChanges(reload), [reload]);
  return query;
}

function Comparison({
  state,
  shortlisted,
  onShortlist,
  readOnly,
}: {
  state: CompareState & { filters: CompareFilters & { outcomeId: string } };
  shortlisted: ReadonlySet<string>;
  onShortlist: (id: string, on: boolean) => void;
  readOnly: boolean;
}) {
  const area = state.filters.areaId?.length === 1 ? state.filters.areaId[0] : undefined;
  const comparison = useLiveQuery('compare/get', {
    ids: state.ids,
    outcomeId: state.filters.outcomeId,
    ...(area === undefined ? {} : { areaId: area }),
  });
  if (comparison.status === 'loading') return <LoadingState label="Comparing…" />;
  if (comparison.status === 'error')
    return (
      <ErrorState
        title="The comparison could not be made"
        error={comparison.error}
        onRetry={comparison.reload}
      />
    );
  return (
    <ComparisonTable
      comparison={comparison.value}
      headerAction={(c) =>
        readOnly ? null : shortlisted.has(c.intervention.id) ? (
          <button
            type="button"
            className="button button--small"
            aria-label={`On the shortlist: ${c.intervention.name} (press to remove)`}
            onClick={() => onShortlist(c.intervention.id, false)}
          >
            On the shortlist
          </button>
        ) : (
          <button
            type="button"
            className="button button--small"
            aria-label={`Add to shortlist: ${c.intervention.name}`}
            onClick={() => onShortlist(c.intervention.id, true)}
          >
            Add to shortlist
          </button>
        )
      }
    />
  );
}

export function CompareScreen({ query }: { query: string | undefined }) {
  useDocumentTitle('Compare');
  const info = useLibraryInfo();
  const readOnly = info.readOnlyReason !== null;
  const [state, setState] = useState<CompareState>(() => parseCompareQuery(query));
  useAddress(state);
  const candidates = useLiveQuery('compare/candidates', state.filters);

  const shortlist = useShortlist();
  const change = useShortlistChange();
  const [storedName, setStoredName] = useUserName();
  const [by, setBy] = useState(storedName);
  const [nameError, setNameError] = useState<string | null>(null);
  const shortlisted = new Set(shortlist.status === 'ok' ? shortlist.value.map((e) => e.intervention.id) : []);

  const setShortlisted = useCallback(
    async (id: string, on: boolean) => {
      const name = by.trim();
      if (name === '') {
        setNameError('Say who is making the change: it is recorded in the history.');
        focusControl(SHORTLIST_NAME_ID);
        return;
      }
      setNameError(null);
      const done = on
        ? await change.addTo(id, state.filters.outcomeId ?? null, name)
        : await change.removeFrom(id, name);
      if (done && name !== storedName) setStoredName(name);
    },
    [by, change, state.filters.outcomeId, storedName, setStoredName],
  );

  const toggle = (id: string, on: boolean) =>
    setState((s) => ({
      ...s,
      ids: on ? [...s.ids.filter((x) => x !== id), id] : s.ids.filter((x) => x !== id),
    }));
  const outcomeId = state.filters.outcomeId;
  const local = candidates.status === 'ok' ? candidates.value.local : null;

  return (
    <div className="page compare-page">
      <header className="page-header">
        <h1>Compare</h1>
        <p className="page-header__lead">
          Start from the need: the outcome to change, for whom and where, and the budget. Choose two to six of
          the interventions that meet it to see them side by side, with every figure worked out at the local
          figures below.
        </p>
      </header>
      {local !== null && <LocalFiguresBanner local={local} />}
      <div className="compare-layout">
        <div className="compare-layout__side">
          <section className="panel">
            <NeedFilters
              filters={state.filters}
              onChange={(filters) => setState((s) => ({ ...s, filters: withoutBlanks(filters) }))}
            />
          </section>
        </div>
        <div className="compare-layout__main">
          <section
            className="panel"
            aria-labelledby="candidates-title"
            aria-busy={candidates.status === 'loading'}
          >
            <h2 id="candidates-title">Interventions that meet the need</h2>
            {candidates.status === 'loading' && <LoadingState label="Finding interventions…" />}
            {candidates.status === 'error' && (
              <ErrorState
                title="The interventions could not be found"
                error={candidates.error}
                onRetry={candidates.reload}
              />
            )}
            {candidates.status === 'ok' && (
              <CandidatesList result={candidates.value} chosen={state.ids} onToggle={toggle} />
            )}
          </section>
          <ShortlistPanel
            shortlist={shortlist}
            storedName={storedName}
            by={by}
            onBy={setBy}
            nameError={nameError}
            changeError={change.error?.message ?? null}
            readOnly={readOnly}
            pending={change.pending}
            onRemove={(e) => void setShortlisted(e.intervention.id, false)}
            outcomeId={outcomeId}
          />
        </div>
      </div>
      <section className="panel" aria-labelledby="comparison-title" data-section="comparison">
        <h2 id="comparison-title">Side by side</h2>
        {outcomeId === undefined ? (
          <p className="muted">
            Choose the outcome to change: interventions are compared on their effect on it.
          </p>
        ) : state.ids.length < COMPARE_MIN ? (
          <p className="muted">
            Tick at least {COMPARE_MIN} interventions above to compare them ({state.ids.length} chosen).
          </p>
        ) : (
          <Comparison
            state={{ ...state, filters: { ...state.filters, outcomeId } }}
            shortlisted={shortlisted}
            onShortlist={(id, on) => void setShortlisted(id, on)}
            readOnly={readOnly}
          />
        )}
      </section>
    </div>
  );
}
