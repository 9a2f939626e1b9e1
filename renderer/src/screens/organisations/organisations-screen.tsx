// `#/organisations`: every provider, partner, evaluator and funder in the library, filtered by
// kind or name and sorted by any column, each linking to its page.
import { useId, useState } from 'react';
import { formatCount, formatInteger } from '../../../../shared/format';
import {
  type OrganisationQuery,
  type OrganisationRow,
  type OrganisationSortField,
  shownOrganisations,
} from '../../../../shared/model/organisations';
import {
  ORGANISATION_KIND_LABELS,
  ORGANISATION_KINDS,
  type OrganisationKind,
} from '../../../../shared/model/vocabulary';
import { useDocumentTitle } from '../../app/use-document-title';
import { SelectField, TextField } from '../../components/form-controls';
import { EmptyState, ErrorState, LoadingState } from '../../components/states';
import { useApiQuery } from '../../data/use-api-query';
import { ExportMenu } from '../../grid/export-menu';
import { hrefFor, organisationHref } from '../../routing/routes';

type Sort = OrganisationQuery['sort'];

const COLUMNS: { field: OrganisationSortField; label: string; numeric: boolean }[] = [
  { field: 'name', label: 'Name', numeric: false },
  { field: 'kind', label: 'Kind', numeric: false },
  { field: 'interventionCount', label: 'Interventions', numeric: true },
  { field: 'evaluationCount', label: 'Evaluations carried out', numeric: true },
];

function OrganisationsTable({
  rows,
  sort,
  onSort,
}: {
  rows: OrganisationRow[];
  sort: Sort;
  onSort: (s: Sort) => void;
}) {
  return (
    <div className="table-scroll" role="region" aria-label="Organisations" tabIndex={0}>
      <table className="table organisations-table">
        <caption className="visually-hidden">Organisations; select a column heading to sort by it</caption>
        <thead>
          <tr>
            {COLUMNS.map((c) => {
              const current = sort.field === c.field;
              // Beside the text, on the side away from the column's alignment.
              const marker = (
                <span className="sort-button__marker" aria-hidden="true">
                  {current ? (sort.direction === 'ascending' ? '▲' : '▼') : ''}
                </span>
              );
              return (
                <th
                  key={c.field}
                  scope="col"
                  className={c.numeric ? 'num' : undefined}
                  aria-sort={current ? sort.direction : undefined}
                >
                  <button
                    type="button"
                    className="sort-button"
                    onClick={() =>
                      onSort({
                        field: c.field,
                        direction:
                          current && sort.direction === 'ascending'
                            ? 'descending'
                            : current || !c.numeric
                              ? 'ascending'
                              : 'descending',
                      })
                    }
                  >
                    {c.numeric && marker}
                    {c.label}
                    {!c.numeric && marker}
                  </button>
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id} data-organisation={r.id}>
              <th scope="row">
                <a href={organisationHref(r.id)}>{r.name}</a>
              </th>
              <td>{ORGANISATION_KIND_LABELS[r.kind]}</td>
              <td className="num">{formatInteger(r.interventionCount)}</td>
              <td className="num">{formatInteger(r.evaluationCount)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function OrganisationsScreen() {
  useDocumentTitle('Organisations');
  const list = useApiQuery('organisations/list', {});
  const [kind, setKind] = useState<OrganisationKind | ''>('');
  const [name, setName] = useState('');
  const [sort, setSort] = useState<Sort>({ field: 'name', direction: 'ascending' });
  const baseId = useId();
  const all = list.status === 'ok' ? list.value : [];
  const query: OrganisationQuery = { kind, name, sort };
  const rows = shownOrganisations(all, query);
  const kindCounts = new Map(ORGANISATION_KINDS.map((k) => [k, all.filter((r) => r.kind === k).length]));

  return (
    <div className="page">
      <header className="page-header page-header--row">
        <div>
          <h1>Organisations</h1>
          <p className="page-header__lead">
            Providers, partners, evaluators and funders named by the interventions and evaluations in this
            library.
          </p>
        </div>
        <a className="button" href={hrefFor({ screen: 'edit', entity: 'organisation' })}>
          New organisation
        </a>
      </header>
      {list.status === 'loading' && <LoadingState label="Loading the organisations…" />}
      {list.status === 'error' && (
        <ErrorState title="The organisations could not be loaded" error={list.error} onRetry={list.reload} />
      )}
      {list.status === 'ok' && all.length === 0 && (
        <EmptyState title="No organisations yet">
          <p>
            <a href={hrefFor({ screen: 'edit', entity: 'organisation' })}>Add the first organisation</a>.
          </p>
        </EmptyState>
      )}
      {list.status === 'ok' && all.length > 0 && (
        <>
          <div className="list-filters" role="search" aria-label="Filter the organisations">
            <SelectField
              id={`${baseId}-kind`}
              label="Kind"
              value={kind}
              onChange={(v) => setKind(ORGANISATION_KINDS.find((k) => k === v) ?? '')}
              error={null}
              options={[
                { value: '', label: `All kinds (${formatInteger(all.length)})` },
                ...ORGANISATION_KINDS.filter((k) => (kindCounts.get(k) ?? 0) > 0).map((k) => ({
                  value: k,
                  label: `${ORGANISATION_KIND_LABELS[k]} (${formatInteger(kindCounts.get(k) ?? 0)})`,
                })),
              ]}
            />
            <TextField
              id={`${baseId}-name`}
              label="Name contains"
              value={name}
              onChange={setName}
              error={null}
            />
            <div className="list-filters__export">
              <ExportMenu
                request={() => ({
                  grid: 'organisations',
                  query,
                  columns: COLUMNS.map((c) => ({ id: c.field, header: c.label })),
                  notes: [
                    ...(kind === ''
                      ? []
                      : [{ label: 'Filter', value: `Kind: ${ORGANISATION_KIND_LABELS[kind]}` }]),
                    ...(name.trim() === ''
                      ? []
                      : [{ label: 'Filter', value: `Name contains “${name.trim()}”` }]),
                    {
                      label: 'Sort',
                      value: `${COLUMNS.find((c) => c.field === sort.field)?.label ?? sort.field} (${sort.direction})`,
                    },
                  ],
                })}
              />
            </div>
          </div>
          <p className="muted" role="status">
            {rows.length === all.length
              ? formatCount(all.length, 'organisation')
              : `${formatInteger(rows.length)} of ${formatCount(all.length, 'organisation')}`}
          </p>
          {rows.length === 0 ? (
            <p className="muted">No organisation matches these filters.</p>
          ) : (
            <OrganisationsTable rows={rows} sort={sort} onSort={setSort} />
          )}
        </>
      )}
    </div>
  );
}
