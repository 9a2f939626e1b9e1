// The shortlist (interventions chosen for a brief): read once per screen, and added to or removed
// from with the user's name for the history; every change tells the rest of the window (the
// sidebar's count, the Compare screen) to reload.
import { useCallback, useEffect } from 'react';
import type { ShortlistEntry } from '../../../shared/model/compare';
import { announceLibraryChange, subscribeLibraryChanges } from './library-changes';
import { useApiAction } from './use-api-action';
import { type QueryResult, useApiQuery, useSteady } from './use-api-query';

export function useShortlist(): QueryResult<ShortlistEntry[]> {
  const query = useSteady(useApiQuery('shortlist/list', {}));
  const reload = query.reload;
  useEffect(() => subscribeLibraryChanges(reload), [reload]);
  return query;
}

export function useShortlistChange() {
  const add = useApiAction('shortlist/add');
  const remove = useApiAction('shortlist/remove');
  const addTo = useCallback(
    async (interventionId: string, outcomeId: string | null, by: string) => {
      const done = await add.run({ interventionId, outcomeId, by });
      if (done !== null) announceLibraryChange();
      return done !== null;
    },
    [add],
  );
  const removeFrom = useCallback(
    async (interventionId: string, by: string) => {
      const done = await remove.run({ interventionId, by });
      if (done !== null) announceLibraryChange();
      return done !== null;
    },
    [remove],
  );
  return { addTo, removeFrom, pending: add.pending || remove.pending, error: add.error ?? remove.error };
}
