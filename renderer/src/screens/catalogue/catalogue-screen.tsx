// The catalogue: every intervention in the library in a grid that pages, sorts, filters and
// searches in the library itself, so it stays quick at 10,000+; chosen rows export as a bundle.
import { useId, useMemo } from 'react';
import { ExportSelection } from './export-selection';
import type { FilterModel } from 'ag-grid-community';
import { useDocumentTitle } from '../../app/use-document-title';
import { IllustrativeNote } from '../../components/badges';
import { useLibraryInfo, useReferenceData } from '../../data/app-data';
import { COLUMN, cataloguePages, toFilters } from '../../data/catalogue-query';
import { hasFilters } from '../../grid/grid-query';
import { PagedGrid } from '../../grid/paged-grid';
import { hrefFor, interventionHref } from '../../routing/routes';
import { catalogueColumns } from './columns';
import { describeFilters } from './filter-summary';

export function CatalogueScreen() {
  useDocumentTitle('Catalogue');
  const info = useLibraryInfo();
  const reference = useReferenceData();
  const headingId = useId();
  const columns = useMemo(() => catalogueColumns(reference), [reference]);

  return (
    <div className="catalogue">
      <header className="page-header page-header--row">
        <div>
          <h1 id={headingId}>Catalogue</h1>
          <p className="page-header__lead">
            Youth-crime prevention programmes in this library, with the strength of their evidence and their
            costs.
          </p>
        </div>
        {info.readOnlyReason === null && (
          <a className="button button--primary" href={hrefFor({ screen: 'edit', entity: 'intervention' })}>
            New intervention
          </a>
        )}
      </header>

      {info.hasIllustrativeData && <IllustrativeNote />}

      <PagedGrid
        screen="catalogue"
        headingId={headingId}
        columns={columns}
        linkColumn={COLUMN.name}
        source={cataloguePages}
        describeFilters={(model: FilterModel) => describeFilters(model, reference)}
        isFiltered={(model: FilterModel) => hasFilters(toFilters(model))}
        hrefOf={(row) => interventionHref(row.id)}
        noun="intervention"
        libraryTotal={info.counts.interventions}
        searchLabel="Search the catalogue"
        searchPlaceholder="Name, summary, description or evaluation"
        rowHeight={58}
        emptyLibraryText="This library holds no interventions yet."
        opens="the intervention"
        selectionActions={(rows) => <ExportSelection ids={rows.map((r) => r.id)} />}
      />
    </div>
  );
}
