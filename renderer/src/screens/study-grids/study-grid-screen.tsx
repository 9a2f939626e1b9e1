// The frame both study grids share: the page heading and lead, the illustrative-data note, and
// the grid once the values its filters offer have loaded.
import { type ReactNode, useId } from 'react';
import { useDocumentTitle } from '../../app/use-document-title';
import { IllustrativeNote } from '../../components/badges';
import { ErrorState, LoadingState } from '../../components/states';
import { useLibraryInfo } from '../../data/app-data';
import { type FilterValues, useFilterValues } from './use-filter-values';

export function StudyGridScreen({
  title,
  lead,
  children,
}: {
  title: string;
  lead: ReactNode;
  /** The grid, given the heading's id and the filter values. */
  children: (headingId: string, values: FilterValues) => ReactNode;
}) {
  useDocumentTitle(title);
  const info = useLibraryInfo();
  const headingId = useId();
  const values = useFilterValues();
  return (
    <div className="catalogue">
      <header className="page-header">
        <h1 id={headingId}>{title}</h1>
        <p className="page-header__lead">{lead}</p>
      </header>
      {info.hasIllustrativeData && <IllustrativeNote what="Studies and results" />}
      {values.status === 'loading' && <LoadingState label="Loading the filters…" />}
      {values.status === 'error' && (
        <ErrorState title="The filters could not be loaded" error={values.error} onRetry={values.reload} />
      )}
      {values.status === 'ok' && children(headingId, values.value)}
    </div>
  );
}
