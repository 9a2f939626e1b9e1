// The key facts of an intervention: who it is for, where and how it is delivered, who runs it,
// and where to read more.
import type { ReactNode } from 'react';
import {
  RANGE_DASH,
  formatAgeRange,
  formatCount,
  formatInteger,
  formatList,
  formatPartialDate,
  formatWeeks,
} from '../../../../shared/format';
import type { InterventionDetail } from '../../../../shared/model/catalogue';
import {
  ORGANISATION_KIND_LABELS,
  ORGANISATION_ROLE_LABELS,
  SETTING_LABELS,
} from '../../../../shared/model/vocabulary';
import { MaybeIllustrative } from '../../components/badges';
import { ExternalLink } from '../../components/external-link';
import { organisationHref } from '../../routing/routes';
import { fieldIsIllustrative } from './illustrative';

const NOT_RECORDED = <span className="muted">Not recorded</span>;

function Fact({
  label,
  field,
  illustrative,
  children,
}: {
  label: string;
  field: string;
  illustrative: boolean;
  children: ReactNode;
}) {
  return (
    <div className="facts__row">
      <dt>{label}</dt>
      <dd data-field={field}>
        {children} <MaybeIllustrative illustrative={illustrative} compact />
      </dd>
    </div>
  );
}

const AREAS_SHOWN = 6;

function Areas({ names }: { names: string[] }) {
  if (names.length === 0) return NOT_RECORDED;
  if (names.length <= AREAS_SHOWN) return <>{formatList(names)}</>;
  return (
    <details className="areas-details">
      <summary>
        {names.slice(0, 3).join(', ')} and {formatInteger(names.length - 3)} more
      </summary>
      <p>{formatList(names)}</p>
    </details>
  );
}

function orNot(value: string | null | undefined): ReactNode {
  return value === null || value === undefined || value.trim() === '' ? NOT_RECORDED : value;
}

export function FactsPanel({ detail }: { detail: InterventionDetail }) {
  const is = (...fields: string[]) => fieldIsIllustrative(detail, ...fields);
  const target = [detail.riskLevel, detail.gender, detail.targetOther].filter(
    (t): t is string => t !== null && t.trim() !== '',
  );
  const dates =
    detail.startDate === null && detail.endDate === null
      ? null
      : `${formatPartialDate(detail.startDate)} ${RANGE_DASH} ${detail.endDate === null ? 'ongoing' : formatPartialDate(detail.endDate)}`;
  return (
    <aside className="record-aside" aria-labelledby="facts-title">
      <section className="panel panel--aside">
        <h2 id="facts-title">Key facts</h2>
        <dl className="facts">
          <Fact label="Ages" field="ages" illustrative={is('ageMin', 'ageMax')}>
            {detail.ageMin === null && detail.ageMax === null
              ? NOT_RECORDED
              : formatAgeRange(detail.ageMin, detail.ageMax)}
          </Fact>
          <Fact
            label="Target group"
            field="targetGroup"
            illustrative={is('riskLevel', 'gender', 'targetOther')}
          >
            {target.length === 0
              ? NOT_RECORDED
              : target.map((t) => (
                  <span key={t} className="facts__line">
                    {t}
                  </span>
                ))}
          </Fact>
          <Fact label="Settings" field="settings" illustrative={is('settings')}>
            {detail.settings.length === 0
              ? NOT_RECORDED
              : formatList(detail.settings.map((s) => SETTING_LABELS[s]))}
          </Fact>
          <Fact label="Boroughs and areas" field="areas" illustrative={is('areaIds', 'areas')}>
            <Areas names={detail.areas.map((a) => a.name)} />
          </Fact>
          <Fact label="Reach per year" field="reachPerYear" illustrative={is('reachPerYear')}>
            {detail.reachPerYear === null
              ? NOT_RECORDED
              : `${formatInteger(detail.reachPerYear)} young people`}
          </Fact>
          <Fact label="Dates" field="dates" illustrative={is('startDate', 'endDate')}>
            {dates ?? NOT_RECORDED}
          </Fact>
        </dl>
      </section>

      <section className="panel panel--aside" aria-labelledby="delivery-title">
        <h2 id="delivery-title">Delivery</h2>
        <dl className="facts">
          <Fact label="Duration" field="durationWeeks" illustrative={is('durationWeeks')}>
            {detail.durationWeeks === null ? NOT_RECORDED : formatWeeks(detail.durationWeeks)}
          </Fact>
          <Fact label="Sessions" field="sessions" illustrative={is('sessions')}>
            {detail.sessions === null ? NOT_RECORDED : formatInteger(detail.sessions)}
          </Fact>
          <Fact label="Dosage" field="dosage" illustrative={is('dosage')}>
            {orNot(detail.dosage)}
          </Fact>
          <Fact label="Staffing" field="staffing" illustrative={is('staffing')}>
            {orNot(detail.staffing)}
          </Fact>
          <Fact label="Manual" field="manualAvailable" illustrative={is('manualAvailable')}>
            {detail.manualAvailable === null
              ? NOT_RECORDED
              : detail.manualAvailable
                ? 'A delivery manual is available'
                : 'No delivery manual'}
          </Fact>
        </dl>
      </section>

      <section className="panel panel--aside" aria-labelledby="organisations-title">
        <h2 id="organisations-title">
          Organisations <MaybeIllustrative illustrative={is('organisations')} compact />
        </h2>
        {detail.organisations.length === 0 ? (
          <p className="muted">None recorded.</p>
        ) : (
          <ul className="plain-list organisations">
            {detail.organisations.map((o) => (
              <li key={`${o.id}-${o.role}`}>
                <a className="organisations__name" href={organisationHref(o.id)}>
                  {o.name}
                </a>
                <span className="muted">
                  {ORGANISATION_ROLE_LABELS[o.role]} · {ORGANISATION_KIND_LABELS[o.kind]}
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>

      {(detail.tags.length > 0 || detail.links.length > 0 || detail.contacts.length > 0) && (
        <section className="panel panel--aside" aria-labelledby="more-title">
          <h2 id="more-title">More</h2>
          {detail.tags.length > 0 && (
            <>
              <h3 className="aside-subheading">Tags</h3>
              <ul className="tag-list" aria-label={formatCount(detail.tags.length, 'tag')}>
                {detail.tags.map((t) => (
                  <li key={t} className="tag tag--neutral">
                    {t}
                  </li>
                ))}
              </ul>
            </>
          )}
          {detail.links.length > 0 && (
            <>
              <h3 className="aside-subheading">Links</h3>
              <ul className="plain-list">
                {detail.links.map((l) => (
                  <li key={l.url}>
                    <ExternalLink href={l.url}>{l.label}</ExternalLink>
                  </li>
                ))}
              </ul>
            </>
          )}
          {detail.contacts.length > 0 && (
            <>
              <h3 className="aside-subheading">Contacts</h3>
              <ul className="plain-list">
                {detail.contacts.map((c) => (
                  <li key={c.name}>
                    <span className="organisations__name">{c.name}</span>
                    {c.role !== null && <span className="muted">{c.role}</span>}
                    {c.email !== null && <a href={`mailto:${c.email}`}>{c.email}</a>}
                    {c.phone !== null && <span>{c.phone}</span>}
                  </li>
                ))}
              </ul>
            </>
          )}
        </section>
      )}
    </aside>
  );
}
