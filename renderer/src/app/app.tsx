// The app shell: loads the library's info and reference data, then shows the sidebar, the
// header with the library's name (and a banner when it is read-only or damaged) and the current screen.
import { type MouseEvent, useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { AppDataProvider, useAppDataLoader, useLibraryInfo } from '../data/app-data';
import { ErrorState, LoadingState } from '../components/states';
import { Tag } from '../components/badges';
import { parseRoute, type Route, useHash } from '../routing/routes';
import { CatalogueScreen } from '../screens/catalogue/catalogue-screen';
import { EvaluationsScreen } from '../screens/study-grids/evaluations-screen';
import { OutcomeResultsScreen } from '../screens/study-grids/outcome-results-screen';
import { InterventionScreen } from '../screens/intervention/intervention-screen';
import { InterventionFormScreen } from '../screens/editing/intervention-form-screen';
import { announceLibraryChange } from '../data/library-changes';
import { describeUndo } from '../screens/editing/history-text';
import { OrganisationFormScreen } from '../screens/editing/organisation-form-screen';
import { OrganisationScreen } from '../screens/organisations/organisation-screen';
import { OrganisationsScreen } from '../screens/organisations/organisations-screen';
import { ImportScreen } from '../screens/import/import-screen';
import { LibraryScreen } from '../screens/library/library-screen';
import { LibrarySettingsScreen } from '../screens/settings/library-settings-screen';
import { ReferenceDataScreen } from '../screens/reference-data/reference-data-screen';
import { SearchScreen } from '../screens/search/search-screen';
import { GapMapScreen } from '../screens/gap-map/gap-map-screen';
import { ToolkitScreen } from '../screens/toolkit/toolkit-screen';
import { CommandPalette } from '../components/command-palette';
import { CompareScreen } from '../screens/compare/compare-screen';
import { BriefsScreen } from '../screens/briefs/briefs-screen';
import { BriefScreen } from '../screens/briefs/brief-screen';
import { NotFoundScreen } from '../screens/placeholder/not-found-screen';
import { getAccessProblem, subscribeAccessProblem, transportKind } from '../transport/api-client';
import { AccessProblemPage } from './access-problem-page';
import { DamagedBanner } from './damaged-banner';
import { Sidebar } from './sidebar';
import { UndoButton, UndoDialogHost } from './undo-last-change';
import { useColourScheme } from './use-colour-scheme';

export function App() {
  useColourScheme();
  const accessProblem = useSyncExternalStore(subscribeAccessProblem, getAccessProblem);
  if (accessProblem !== null) return <AccessProblemPage problem={accessProblem} />;
  return <LoadedApp />;
}

function LoadedApp() {
  const { info, reference } = useAppDataLoader();
  if (info.status === 'error' || reference.status === 'error') {
    const failed = info.status === 'error' ? info : reference.status === 'error' ? reference : null;
    return (
      <main className="startup" id="main-content">
        <h1 className="visually-hidden">Evidence Workbench</h1>
        {failed !== null && (
          <ErrorState
            title="The library could not be opened"
            error={failed.error}
            onRetry={() => {
              info.reload();
              reference.reload();
            }}
          />
        )}
      </main>
    );
  }
  if (info.status === 'loading' || reference.status === 'loading') {
    return (
      <main className="startup" id="main-content">
        <h1 className="visually-hidden">Evidence Workbench</h1>
        <LoadingState label="Opening the library…" />
      </main>
    );
  }
  return (
    <AppDataProvider value={{ info: info.value, reference: reference.value }}>
      <Shell />
    </AppDataProvider>
  );
}

function routeKey(route: Route): string {
  // A new need typed or followed as a link starts the screen afresh from the address.
  if (route.screen === 'compare') return `compare?${route.query ?? ''}`;
  if (route.screen === 'edit') return `edit:${route.entity}:${route.id ?? ''}`;
  // A brief's tabs share its page (and its unsaved edits); a new brief starts afresh.
  if (route.screen === 'brief') return `brief:${route.id ?? `new?${route.outcomeId ?? ''}`}`;
  return route.screen === 'intervention' || route.screen === 'organisation'
    ? `${route.screen}:${route.id}`
    : route.screen;
}

function Shell() {
  const route = parseRoute(useHash());
  const info = useLibraryInfo();
  const mainRef = useRef<HTMLElement>(null);
  const key = routeKey(route);
  const firstRoute = useRef(key);
  // After an undo the screen is built afresh from the library; the message stays on that screen.
  const [undone, setUndone] = useState<{ key: string; message: string; revision: number } | null>(null);
  const revision = undone?.revision ?? 0;

  // After moving to another screen, start at its top and put focus on the new content, so a
  // screen reader announces it and the next Tab continues from there.
  useEffect(() => {
    if (firstRoute.current === key) return;
    firstRoute.current = '';
    const main = mainRef.current;
    if (main === null) return;
    main.scrollTop = 0;
    main.focus({ preventScroll: true });
  }, [key]);

  const skipToMain = (event: MouseEvent<HTMLAnchorElement>) => {
    event.preventDefault(); // the address's hash is the route: keep it
    mainRef.current?.focus();
  };

  return (
    <div className="app">
      <a className="skip-link" href="#main-content" onClick={skipToMain}>
        Skip to main content
      </a>
      <Sidebar route={route} />
      <div className="workspace">
        <header className="topbar">
          <div className="topbar__library">
            <span className="topbar__label">Library</span>
            <span className="topbar__name">{info.name}</span>
          </div>
          <div className="topbar__tags">
            {info.hasIllustrativeData && <Tag tone="warning">Contains illustrative figures</Tag>}
            {transportKind() === 'browser' && <Tag>Browser view</Tag>}
            {info.readOnlyReason === null && <UndoButton />}
          </div>
        </header>
        {info.damage !== null ? (
          <DamagedBanner onLibraryScreen={route.screen === 'library'} />
        ) : (
          info.readOnlyReason !== null && (
            <section className="readonly-banner" aria-label="Read-only library">
              <strong>This library is open read-only.</strong> {info.readOnlyReason}
            </section>
          )
        )}
        <main id="main-content" ref={mainRef} tabIndex={-1} className={`main main--${route.screen}`}>
          <div role="status" className="undo-status">
            {undone !== null && undone.key === key && (
              <p className="notice notice--success">{undone.message}</p>
            )}
          </div>
          <CurrentScreen key={`${key}#${revision}`} route={route} />
        </main>
      </div>
      <CommandPalette />
      {info.readOnlyReason === null && (
        <UndoDialogHost
          onUndone={(entry) => {
            setUndone({ key, message: describeUndo(entry), revision: revision + 1 });
            // The shell's counts and reference lists reload too (an undo may restore any record).
            announceLibraryChange();
          }}
        />
      )}
    </div>
  );
}

function CurrentScreen({ route }: { route: Route }) {
  switch (route.screen) {
    case 'catalogue':
      return <CatalogueScreen />;
    case 'intervention':
      return <InterventionScreen id={route.id} />;
    case 'library':
      return <LibraryScreen />;
    case 'import':
      return <ImportScreen />;
    case 'settings':
      return <LibrarySettingsScreen />;
    case 'reference-data':
      return <ReferenceDataScreen tab={route.tab} />;
    case 'evaluations':
      return <EvaluationsScreen />;
    case 'outcome-results':
      return <OutcomeResultsScreen />;
    case 'organisations':
      return <OrganisationsScreen />;
    case 'organisation':
      return <OrganisationScreen id={route.id} />;
    case 'search':
      return <SearchScreen query={route.query} />;
    case 'edit':
      return route.entity === 'organisation' ? (
        <OrganisationFormScreen id={route.id} />
      ) : (
        <InterventionFormScreen id={route.id} />
      );
    case 'compare':
      return <CompareScreen query={route.query} />;
    case 'toolkit':
      return <ToolkitScreen />;
    case 'gap-map':
      return <GapMapScreen />;
    case 'briefs':
      return <BriefsScreen />;
    case 'brief':
      return <BriefScreen id={route.id} tab={route.tab} outcomeId={route.outcomeId} />;
    case 'not-found':
      return <NotFoundScreen path={route.path} />;
  }
}
