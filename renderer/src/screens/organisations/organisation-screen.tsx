// `#/organisations/:id`: one organisation, what it is, the interventions it works on (by role) and
// the evaluations it carried out, with Edit, Delete (saying what stops it or what it affects) and
// its History.
import { formatCount, formatInteger } from '../../../../shared/format';
import type { OrganisationDetail } from '../../../../shared/model/organisations';
import {
  ORGANISATION_KIND_LABELS,
  ORGANISATION_ROLE_LABELS,
  ORGANISATION_ROLES,
} from '../../../../shared/model/vocabulary';
import { useDocumentTitle } from '../../app/use-document-title';
import { Breadcrumb as Trail } from '../../components/breadcrumb';
import { ExternalLink } from '../../components/external-link';
import { ErrorState, LoadingState } from '../../components/states';
import { useApiQuery } from '../../data/use-api-query';
import { evaluationHref, hrefFor, interventionHref } from '../../routing/routes';
import { DeletePanel, RecordActions } from '../editing/record-actions';

function Breadcrumb({ current }: { current: string }) {
  return (
    <Trail
      parent={{ href: hrefFor({ screen: 'organisations' }), label: 'Organisations' }}
      current={current}
    />
  );
}

function Interventions({ detail }: { detail: OrganisationDetail }) {
  const roles = ORGANISATION_ROLES.map((role) => ({
    role,
    interventions: detail.interventions.filter((i) => i.role === role),
  })).filter((r) => r.interventions.length > 0);
  return (
    <section className="record-section" aria-labelledby="org-interventions-title">
      <h2 id="org-interventions-title">
        Interventions{' '}
        <span className="count-pill">
          {formatInteger(new Set(detail.interventions.map((i) => i.id)).size)}
        </span>
      </h2>
      {roles.length === 0 ? (
        <p className="muted">No intervention names this organisation.</p>
      ) : (
        roles.map(({ role, interventions }) => (
          <div key={role} className="org-role">
            <h3 className="section-subheading" id={`org-role-${role}`}>
              {ORGANISATION_ROLE_LABELS[role]}
            </h3>
            <ul className="link-list" aria-labelledby={`org-role-${role}`}>
              {interventions.map((i) => (
                <li key={i.id}>
                  <a href={interventionHref(i.id)}>{i.name}</a>
                </li>
              ))}
            </ul>
          </div>
        ))
      )}
    </section>
  );
}

function Evaluations({ detail }: { detail: OrganisationDetail }) {
  return (
    <section className="record-section" aria-labelledby="org-evaluations-title">
      <h2 id="org-evaluations-title">
        Evaluations carried out <span className="count-pill">{formatInteger(detail.evaluations.length)}</span>
      </h2>
      {detail.evaluations.length === 0 ? (
        <p className="muted">No evaluation in the library names this organisation as its evaluator.</p>
      ) : (
        <ul className="link-list">
          {detail.evaluations.map((e) => (
            <li key={e.id}>
              <a href={evaluationHref(e.interventionId, e.id)}>{e.title}</a>
              <span className="muted">
                {' '}
                · {e.interventionName}
                {e.year !== null && ` · ${e.year}`}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function blockedText(detail: OrganisationDetail) {
  const count = new Set(detail.interventions.map((i) => i.id)).size;
  if (count === 0) return null;
  return (
    <>
      It cannot be deleted while {formatCount(count, 'intervention')} {count === 1 ? 'names' : 'name'} it.
      Remove it from {count === 1 ? 'that intervention' : 'those interventions'} first (listed under
      Interventions below).
    </>
  );
}

function Organisation({ detail }: { detail: OrganisationDetail }) {
  return (
    <article className="record" aria-labelledby="record-title">
      <Breadcrumb current={detail.name} />
      <header className="page-header">
        <p className="page-header__eyebrow">{ORGANISATION_KIND_LABELS[detail.kind]}</p>
        <h1 id="record-title">{detail.name}</h1>
        {detail.website !== null && (
          <p>
            <ExternalLink href={detail.website}>{detail.website}</ExternalLink>
          </p>
        )}
      </header>
      <RecordActions
        entityType="organisation"
        id={detail.id}
        name={detail.name}
        noun="organisation"
        editHref={hrefFor({ screen: 'edit', entity: 'organisation', id: detail.id })}
        deletePanel={(close) => (
          <DeletePanel
            method="organisations/delete"
            id={detail.id}
            name={detail.name}
            noun="organisation"
            dependents={
              detail.evaluations.length === 0
                ? []
                : [{ label: 'evaluations it carried out', count: detail.evaluations.length }]
            }
            consequence={() =>
              detail.evaluations.length === 1
                ? 'The evaluation it carried out will keep its data but no longer name an evaluator.'
                : `The ${formatInteger(detail.evaluations.length)} evaluations it carried out will keep their data but no longer name an evaluator.`
            }
            blocked={blockedText(detail)}
            afterDelete={hrefFor({ screen: 'organisations' })}
            onCancel={close}
          />
        )}
      />
      <section className="record-section" aria-labelledby="org-description-title">
        <h2 id="org-description-title">Description</h2>
        {detail.description === null ? (
          <p className="muted">No description recorded.</p>
        ) : (
          <p>{detail.description}</p>
        )}
      </section>
      <Interventions detail={detail} />
      <Evaluations detail={detail} />
    </article>
  );
}

export function OrganisationScreen({ id }: { id: string }) {
  const state = useApiQuery('organisations/get', { id });
  useDocumentTitle(
    state.status === 'ok' ? state.value.name : state.status === 'error' ? 'Organisation' : null,
  );
  if (state.status === 'loading') return <LoadingState label="Loading the organisation…" />;
  if (state.status === 'error') {
    return (
      <div className="page page--narrow">
        <Breadcrumb current={state.error.code === 'NOT_FOUND' ? 'Not found' : 'Organisation'} />
        <h1 id="record-title">
          {state.error.code === 'NOT_FOUND' ? 'Organisation not found' : 'Organisation'}
        </h1>
        {state.error.code === 'NOT_FOUND' ? (
          <p>
            {state.error.message} It may have been removed, or the link may be out of date.{' '}
            <a href={hrefFor({ screen: 'organisations' })}>Back to Organisations</a>
          </p>
        ) : (
          <ErrorState
            title="This organisation could not be loaded"
            error={state.error}
            onRetry={state.reload}
          />
        )}
      </div>
    );
  }
  return (
    <div className="page page--narrow">
      <Organisation detail={state.value} />
    </div>
  );
}
