// The page around the intervention form: `#/interventions/new` starts empty, and
// `#/interventions/<id>/edit` starts from the record as it is. Organisations come from the library.
import type { ReactNode } from 'react';
import type { EntityName } from '../../../../shared/model/library';
import { useDocumentTitle } from '../../app/use-document-title';
import { ErrorState, LoadingState } from '../../components/states';
import { useApiQuery } from '../../data/use-api-query';
import { useIntervention } from '../../data/use-intervention';
import { hrefFor, interventionHref } from '../../routing/routes';
import { InterventionForm } from './intervention-form';
import { emptyForm, formFromDetail } from './intervention-form-state';

function Page({
  title,
  crumbs,
  children,
}: {
  title: string;
  crumbs: { href: string; label: string }[];
  children: ReactNode;
}) {
  return (
    <div className="page page--form">
      <nav className="breadcrumb" aria-label="Breadcrumb">
        <ol>
          {crumbs.map((c) => (
            <li key={c.href}>
              <a href={c.href}>{c.label}</a>
            </li>
          ))}
          <li aria-current="page">{title}</li>
        </ol>
      </nav>
      <header className="page-header">
        <h1 id="edit-form-title">{title}</h1>
      </header>
      {children}
    </div>
  );
}

const CATALOGUE = { href: hrefFor({ screen: 'catalogue' }), label: 'Catalogue' };

function NewIntervention({ organisations }: { organisations: EntityName[] }) {
  useDocumentTitle('New intervention');
  return (
    <Page title="New intervention" crumbs={[CATALOGUE]}>
      <p className="page-header__lead">
        A name, a summary, the approach type, strand, tier and status are needed; everything else can be added
        later.
      </p>
      <InterventionForm id={undefined} initial={emptyForm()} organisations={organisations} />
    </Page>
  );
}

function EditIntervention({ id, organisations }: { id: string; organisations: EntityName[] }) {
  const state = useIntervention(id);
  const name = state.status === 'ok' ? state.value.name : null;
  useDocumentTitle(name === null ? 'Edit intervention' : `Edit ${name}`);
  if (state.status === 'loading') return <LoadingState label="Loading the intervention…" />;
  if (state.status === 'error') {
    return (
      <Page title="Edit intervention" crumbs={[CATALOGUE]}>
        <ErrorState
          title="This intervention could not be loaded"
          error={state.error}
          onRetry={state.reload}
        />
      </Page>
    );
  }
  return (
    <Page
      title={`Edit ${state.value.name}`}
      crumbs={[CATALOGUE, { href: interventionHref(id), label: state.value.name }]}
    >
      <InterventionForm id={id} initial={formFromDetail(state.value)} organisations={organisations} />
    </Page>
  );
}

export function InterventionFormScreen({ id }: { id: string | undefined }) {
  const organisations = useApiQuery('library/list-names', { entity: 'organisations' });
  if (organisations.status === 'loading') return <LoadingState label="Loading the organisations…" />;
  if (organisations.status === 'error') {
    return (
      <Page title={id === undefined ? 'New intervention' : 'Edit intervention'} crumbs={[CATALOGUE]}>
        <ErrorState
          title="The organisations could not be loaded"
          error={organisations.error}
          onRetry={organisations.reload}
        />
      </Page>
    );
  }
  return id === undefined ? (
    <NewIntervention organisations={organisations.value} />
  ) : (
    <EditIntervention id={id} organisations={organisations.value} />
  );
}
