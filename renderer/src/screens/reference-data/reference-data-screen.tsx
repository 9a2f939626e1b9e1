// `#/reference-data`: the lists researchers pick from, edited in the app: the outcome taxonomy,
// approach types and areas, one tab each. Every change goes to the history and can be undone.
import { useDocumentTitle } from '../../app/use-document-title';
import { RouteTabPanel, RouteTabs } from '../../components/route-tabs';
import { Notice } from '../../components/states';
import { useLibraryInfo } from '../../data/app-data';
import { hrefFor, REFERENCE_TABS, type ReferenceTab } from '../../routing/routes';
import { YourNameField } from '../editing/your-name';
import { ApproachTypes } from './approach-types';
import { Areas } from './areas';
import { OutcomeTaxonomy } from './outcome-taxonomy';
import { useReferenceEditing } from './reference-editing';

const TAB_LABELS: Record<ReferenceTab, string> = {
  outcomes: 'Outcome taxonomy',
  'approach-types': 'Approach types',
  areas: 'Areas',
};

const ID_PREFIX = 'reference';

export function ReferenceDataScreen({ tab }: { tab: ReferenceTab }) {
  useDocumentTitle(`${TAB_LABELS[tab]} — Reference data`);
  const info = useLibraryInfo();
  const edit = useReferenceEditing(info.readOnlyReason !== null);
  return (
    <div className="page reference-page">
      <header className="page-header page-header--row">
        <div>
          <p className="page-header__eyebrow">Library</p>
          <h1>Reference data</h1>
          <p className="page-header__lead">
            The lists researchers choose from when they catalogue interventions and outcome results.
          </p>
        </div>
      </header>
      {edit.readOnly ? (
        <Notice title="Read-only">
          <p>This library is open read-only: its reference data can be read here but not changed.</p>
        </Notice>
      ) : (
        <div className="reference-page__name">
          <YourNameField
            id="reference-by"
            stored={edit.actor.stored}
            value={edit.actor.by}
            onChange={edit.actor.setBy}
            error={null}
          />
        </div>
      )}
      <div role="status" className="edit-status">
        {edit.status !== null && <p className="notice notice--success">{edit.status}</p>}
      </div>
      <RouteTabs
        idPrefix={ID_PREFIX}
        label="Reference data"
        current={tab}
        tabs={REFERENCE_TABS.map((t) => ({
          key: t,
          label: TAB_LABELS[t],
          href: hrefFor({ screen: 'reference-data', tab: t }),
        }))}
      />
      <RouteTabPanel idPrefix={ID_PREFIX} current={tab}>
        {tab === 'outcomes' && <OutcomeTaxonomy edit={edit} />}
        {tab === 'approach-types' && <ApproachTypes edit={edit} />}
        {tab === 'areas' && <Areas edit={edit} />}
      </RouteTabPanel>
    </div>
  );
}
