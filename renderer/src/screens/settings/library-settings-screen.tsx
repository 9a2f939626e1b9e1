// The Library settings page: the price year every figure is expressed in and the discount rate,
// the price index series that converts between years (with a paste box for an updated series), the
// unit costs of outcomes and the local baseline rates, each with its source, and the branding
// commissioning briefs carry. Every change is saved through the API (one transaction, recorded in
// the history) and every screen recomputes from it.
import { useEffect } from 'react';
import { useDocumentTitle } from '../../app/use-document-title';
import { ErrorState, LoadingState, Notice } from '../../components/states';
import { useLibraryInfo } from '../../data/app-data';
import { subscribeLibraryChanges } from '../../data/library-changes';
import { useApiQuery } from '../../data/use-api-query';
import { useFocusAfterReload } from '../study-editing/form-support';
import { AnalysisSettings } from './analysis-settings';
import { BaselineRatesSection } from './baseline-rates-section';
import { BrandingSection } from './branding-section';
import { PriceIndexSection } from './price-index-section';
import { UnitCostsSection } from './unit-costs-section';

export function LibrarySettingsScreen() {
  useDocumentTitle('Library settings');
  const info = useLibraryInfo();
  const settings = useApiQuery('value-settings/get', {});
  const reload = settings.reload;
  useEffect(() => subscribeLibraryChanges(reload), [reload]);
  const readOnly = info.readOnlyReason !== null;
  return (
    <div className="page settings">
      <header className="page-header">
        <p className="page-header__eyebrow">Library</p>
        <h1>Library settings</h1>
        <p className="page-header__lead">
          The reference data value for money is worked out from: the price year and discount rate, the price
          index, unit costs of outcomes and local baseline rates. Each figure keeps its source. Changes apply
          to every intervention&rsquo;s Value tab at once.
        </p>
      </header>
      {readOnly && (
        <Notice tone="warning" title="These settings cannot be changed here">
          <p>This library is open read-only: {info.readOnlyReason}</p>
        </Notice>
      )}
      {settings.status === 'loading' && <LoadingState label="Loading the settings…" />}
      {settings.status === 'error' && (
        <ErrorState title="The settings could not be loaded" error={settings.error} onRetry={reload} />
      )}
      {settings.status === 'ok' && <Sections settings={settings.value} readOnly={readOnly} />}
    </div>
  );
}

function Sections({
  settings,
  readOnly,
}: {
  settings: Parameters<typeof AnalysisSettings>[0]['settings'];
  readOnly: boolean;
}) {
  useFocusAfterReload();
  return (
    <>
      <AnalysisSettings settings={settings} readOnly={readOnly} />
      <PriceIndexSection index={settings.priceIndex} readOnly={readOnly} />
      <UnitCostsSection unitCosts={settings.unitCosts} readOnly={readOnly} />
      <BaselineRatesSection rates={settings.baselineRates} readOnly={readOnly} />
      <BrandingSection readOnly={readOnly} />
    </>
  );
}
