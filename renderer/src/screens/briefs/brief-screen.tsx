// A brief's page: `#/briefs/new` builds a new one from the shortlist; a saved brief has three tabs,
// the builder, the preview (with its exports) and its snapshots. The builder's state lives here so
// edits survive moving between the tabs; the preview and exports show the brief as last saved.
import { type ReactNode, useState } from 'react';
import type { Brief } from '../../../../shared/model/brief';
import type { ShortlistEntry } from '../../../../shared/model/compare';
import type { EntityName } from '../../../../shared/model/library';
import { useDocumentTitle } from '../../app/use-document-title';
import { RouteTabPanel, RouteTabs } from '../../components/route-tabs';
import { ErrorState, LoadingState, Notice } from '../../components/states';
import { announceLibraryChange } from '../../data/library-changes';
import { useApiQuery, useSteady } from '../../data/use-api-query';
import { useShortlist } from '../../data/use-shortlist';
import { BRIEF_TABS, type BriefTab, briefHref, hrefFor, navigate } from '../../routing/routes';
import { useUserName } from '../editing/user-name';
import { BriefBuilder } from './brief-builder';
import { type BriefForm, briefFormFrom, newBriefForm } from './brief-form-state';
import { BriefPreviewTab } from './brief-preview-tab';
import { BriefSnapshots } from './brief-snapshots';

const TAB_LABELS: Record<BriefTab, string> = {
  builder: 'Builder',
  preview: 'Preview and export',
  snapshots: 'Snapshots',
};

function Page({ title, children }: { title: string; children: ReactNode }) {
  return (
    <div className="page brief-page">
      <nav className="breadcrumb" aria-label="Breadcrumb">
        <ol>
          <li>
            <a href={hrefFor({ screen: 'briefs' })}>Briefs</a>
          </li>
          <li aria-current="page">{title}</li>
        </ol>
      </nav>
      <header className="page-header">
        <h1>{title}</h1>
      </header>
      {children}
    </div>
  );
}

/** What the builder needs besides the brief: the shortlist and the names of every intervention. */
function useBuilderLists() {
  const shortlist = useShortlist();
  const interventions = useApiQuery('library/list-names', { entity: 'interventions' });
  if (shortlist.status === 'error')
    return { status: 'error' as const, error: shortlist.error, reload: shortlist.reload };
  if (interventions.status === 'error')
    return { status: 'error' as const, error: interventions.error, reload: interventions.reload };
  if (shortlist.status === 'loading' || interventions.status === 'loading')
    return { status: 'loading' as const };
  return { status: 'ok' as const, shortlist: shortlist.value, interventions: interventions.value };
}

function NewBrief({
  outcomeId,
  shortlist,
  interventions,
}: {
  outcomeId: string | undefined;
  shortlist: ShortlistEntry[];
  interventions: EntityName[];
}) {
  const [author] = useUserName();
  const [form, setForm] = useState(() => newBriefForm(shortlist, outcomeId, author));
  return (
    <>
      <p className="page-header__lead">
        {shortlist.length === 0
          ? 'The shortlist is empty: add interventions below, or shortlist them on the Compare screen first.'
          : `Starting from the shortlist (${Math.min(shortlist.length, form.interventionIds.length)} of its interventions). Every figure comes from the library when the brief is previewed or exported.`}
      </p>
      <BriefBuilder
        briefId={undefined}
        form={form}
        onForm={setForm}
        shortlist={shortlist}
        interventions={interventions}
        onSaved={(id) => {
          announceLibraryChange();
          navigate(briefHref(id));
        }}
      />
    </>
  );
}

function SavedBrief({
  brief,
  tab,
  onSaved,
  shortlist,
  interventions,
}: {
  brief: Brief;
  tab: BriefTab;
  onSaved: () => void;
  shortlist: ShortlistEntry[];
  interventions: EntityName[];
}) {
  const [form, setForm] = useState<BriefForm>(() => briefFormFrom(brief));
  const [savedForm, setSavedForm] = useState(() => JSON.stringify(briefFormFrom(brief)));
  const unsaved = JSON.stringify(form) !== savedForm;
  return (
    <>
      <RouteTabs
        tabs={BRIEF_TABS.map((key) => ({ key, label: TAB_LABELS[key], href: briefHref(brief.id, key) }))}
        current={tab}
        label={`${brief.title}: tabs`}
        idPrefix="brief"
      />
      <RouteTabPanel idPrefix="brief" current={tab}>
        {unsaved && tab !== 'builder' && (
          <Notice tone="warning" title="The builder has unsaved changes">
            <p>
              This tab shows the brief as last saved. <a href={briefHref(brief.id)}>Go back to the builder</a>{' '}
              to save them.
            </p>
          </Notice>
        )}
        {tab === 'builder' && (
          <BriefBuilder
            briefId={brief.id}
            form={form}
            onForm={setForm}
            shortlist={shortlist}
            interventions={interventions}
            onSaved={() => {
              setSavedForm(JSON.stringify(form));
              onSaved();
            }}
          />
        )}
        {tab === 'preview' && <BriefPreviewTab briefId={brief.id} />}
        {tab === 'snapshots' && <BriefSnapshots briefId={brief.id} />}
      </RouteTabPanel>
    </>
  );
}

function LoadedBrief({ id, tab }: { id: string; tab: BriefTab }) {
  // The last answer stays while a save reloads it, so the builder keeps its state meanwhile.
  const brief = useSteady(useApiQuery('briefs/get', { id }));
  const lists = useBuilderLists();
  const title = brief.status === 'ok' ? brief.value.title : 'Brief';
  useDocumentTitle(title);
  if (brief.status === 'error')
    return (
      <Page title={title}>
        <ErrorState title="This brief could not be loaded" error={brief.error} onRetry={brief.reload} />
      </Page>
    );
  if (lists.status === 'error')
    return (
      <Page title={title}>
        <ErrorState
          title="The interventions could not be listed"
          error={lists.error}
          onRetry={lists.reload}
        />
      </Page>
    );
  if (brief.status === 'loading' || lists.status === 'loading')
    return <LoadingState label="Loading the brief…" />;
  return (
    <Page title={title}>
      <SavedBrief
        brief={brief.value}
        tab={tab}
        onSaved={() => {
          announceLibraryChange();
          brief.reload();
        }}
        shortlist={lists.shortlist}
        interventions={lists.interventions}
      />
    </Page>
  );
}

function NewBriefPage({ outcomeId }: { outcomeId: string | undefined }) {
  useDocumentTitle('New brief');
  const lists = useBuilderLists();
  if (lists.status === 'loading') return <LoadingState label="Loading the shortlist…" />;
  return (
    <Page title="New brief">
      {lists.status === 'error' ? (
        <ErrorState title="The shortlist could not be read" error={lists.error} onRetry={lists.reload} />
      ) : (
        <NewBrief outcomeId={outcomeId} shortlist={lists.shortlist} interventions={lists.interventions} />
      )}
    </Page>
  );
}

export function BriefScreen({
  id,
  tab,
  outcomeId,
}: {
  id: string | undefined;
  tab: BriefTab;
  outcomeId: string | undefined;
}) {
  return id === undefined ? <NewBriefPage outcomeId={outcomeId} /> : <LoadedBrief id={id} tab={tab} />;
}
