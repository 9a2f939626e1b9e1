// The Preview and export tab: the brief worked out from the library now, and its exports.
import { useEffect } from 'react';
import { ErrorState, LoadingState } from '../../components/states';
import { subscribeLibraryChanges } from '../../data/library-changes';
import { useApiQuery, useSteady } from '../../data/use-api-query';
import { BriefExport } from './brief-export';
import { BriefPreview } from './brief-preview';

export function BriefPreviewTab({ briefId }: { briefId: string }) {
  const document = useSteady(useApiQuery('briefs/document', { id: briefId }));
  const reload = document.reload;
  useEffect(() => subscribeLibraryChanges(reload), [reload]);
  return (
    <div className="brief-preview-tab">
      <BriefExport briefId={briefId} />
      {document.status === 'loading' && <LoadingState label="Working out the brief…" />}
      {document.status === 'error' && (
        <ErrorState title="The brief could not be worked out" error={document.error} onRetry={reload} />
      )}
      {document.status === 'ok' && <BriefPreview document={document.value} />}
    </div>
  );
}
