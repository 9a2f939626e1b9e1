// What every screen may need about the open library: its info (name, read-only reason,
// illustrative data) and its reference data (approach types, areas), loaded once and reloaded
// when the desktop app opens another library or this window changes the library.
import { createContext, type ReactNode, useContext, useEffect } from 'react';
import type { LibraryInfo, ReferenceData } from '../../../shared/model/library';
import { onAppEvent } from '../transport/api-client';
import { subscribeLibraryChanges } from './library-changes';
import { type QueryResult, useApiQuery, useSteady } from './use-api-query';

interface AppData {
  info: LibraryInfo;
  reference: ReferenceData;
}

const AppDataContext = createContext<AppData | null>(null);

/** Loads library/info and reference/list; renders `fallback` states until both are in. */
export function useAppDataLoader(): {
  info: QueryResult<LibraryInfo>;
  reference: QueryResult<ReferenceData>;
} {
  const info = useSteady(useApiQuery('library/info', {}));
  const reference = useSteady(useApiQuery('reference/list', {}));
  const reloadInfo = info.reload;
  const reloadReference = reference.reload;
  useEffect(() => {
    const reload = () => {
      reloadInfo();
      reloadReference();
    };
    const stopApp = onAppEvent('library-changed', reload);
    const stopWindow = subscribeLibraryChanges(reload);
    return () => {
      stopApp();
      stopWindow();
    };
  }, [reloadInfo, reloadReference]);
  return { info, reference };
}

export function AppDataProvider({ value, children }: { value: AppData; children: ReactNode }) {
  return <AppDataContext.Provider value={value}>{children}</AppDataContext.Provider>;
}

function useAppData(): AppData {
  const data = useContext(AppDataContext);
  if (data === null) throw new Error('useAppData needs an AppDataProvider above it.');
  return data;
}

export function useLibraryInfo(): LibraryInfo {
  return useAppData().info;
}

export function useReferenceData(): ReferenceData {
  return useAppData().reference;
}
