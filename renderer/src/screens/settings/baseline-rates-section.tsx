// Local baseline rates: how often an outcome event happens without the intervention, library-wide
// or in one area, with the population, year and source. The Value tab turns a pooled effect into
// outcomes avoided at this rate. Added, edited and deleted here, each change recorded in the history.
import { Fragment, useState } from 'react';
import { formatPartialDate, formatPercent } from '../../../../shared/format';
import {
  type BaselineRateRow,
  type BaselineRateSave,
  BaselineRateSaveSchema,
} from '../../../../shared/model/value';
import { Fieldset, SelectField, TextField } from '../../components/form-controls';
import { useReferenceData } from '../../data/app-data';
import { announceLibraryChange } from '../../data/library-changes';
import { ConfirmDelete } from '../study-editing/confirm-delete';
import {
  controlId,
  type Issue,
  issuesOf,
  numberFrom,
  saveOrRefuse,
  shown,
  StudyForm,
  textFrom,
  useActor,
  useSubmitState,
} from '../study-editing/form-support';
import { outcomeOptionGroups } from '../study-editing/outcome-options';
import { numberedSources, SourceList, useRowForms } from './reference-rows';

const P = 'baseline';
const TITLE_ID = 'baseline-rates-title';
const LABELS = {
  outcomeDomainId: 'Outcome',
  areaId: 'Area',
  rate: 'Rate',
  population: 'Population',
  year: 'Year',
  source: 'Source',
  sourceDate: 'Source date',
} as const satisfies Record<string, string>;

type Texts = Record<keyof typeof LABELS, string>;

function initial(r: BaselineRateRow | undefined): Texts {
  return {
    outcomeDomainId: r?.outcomeDomain.id ?? '',
    areaId: r?.area?.id ?? '',
    // Typed as a percentage; the API takes a fraction.
    rate: r === undefined ? '' : String(Number((r.rate * 100).toFixed(6))),
    population: r?.population ?? '',
    year: shown(r?.year),
    source: r?.source ?? '',
    sourceDate: r?.sourceDate ?? '',
  };
}

const rowName = (r: BaselineRateRow) => `${r.outcomeDomain.name}, ${r.area?.name ?? 'library-wide'}`;

function BaselineRateForm({ rate, onClose }: { rate?: BaselineRateRow; onClose: () => void }) {
  const actor = useActor();
  const state = useSubmitState();
  const reference = useReferenceData();
  const [t, setT] = useState<Texts>(() => initial(rate));
  const set = (key: keyof Texts) => (value: string) => setT((prev) => ({ ...prev, [key]: value }));
  const errorOf = state.errorOf;

  const submit = async () => {
    const pre: Issue[] = [];
    const percent = numberFrom(t.rate, 'rate', pre);
    const payload: BaselineRateSave = {
      ...(rate === undefined ? {} : { id: rate.id }),
      outcomeDomainId: t.outcomeDomainId,
      areaId: textFrom(t.areaId) ?? null,
      // An empty rate goes to the schema as missing, so it says so under the field.
      rate: (percent === undefined ? undefined : percent / 100) as number,
      population: textFrom(t.population) ?? null,
      year: numberFrom(t.year, 'year', pre, true) ?? null,
      source: t.source,
      sourceDate: textFrom(t.sourceDate) ?? null,
      by: actor.by,
    };
    const parsed = BaselineRateSaveSchema.safeParse(payload);
    const found = parsed.success ? pre : issuesOf(parsed.error.issues, pre);
    if ((await saveOrRefuse(state, found, 'baseline-rates/save', payload)) === null) return;
    actor.remember();
    announceLibraryChange(TITLE_ID);
    onClose();
  };

  return (
    <StudyForm
      prefix={P}
      title={rate === undefined ? 'Add a baseline rate' : `Edit baseline rate: ${rowName(rate)}`}
      labels={LABELS}
      issues={state.issues}
      attempt={state.attempt}
      pending={state.pending}
      actor={actor}
      onSubmit={() => void submit()}
      onCancel={onClose}
      saveLabel={rate === undefined ? 'Save baseline rate' : 'Save changes'}
    >
      <Fieldset legend="Where and what">
        <SelectField
          id={controlId(P, 'outcomeDomainId')}
          label="Outcome"
          value={t.outcomeDomainId}
          onChange={set('outcomeDomainId')}
          placeholder="Choose an outcome"
          groups={outcomeOptionGroups(reference)}
          error={errorOf('outcomeDomainId')}
        />
        <SelectField
          id={controlId(P, 'areaId')}
          label="Area"
          value={t.areaId}
          onChange={set('areaId')}
          placeholder="Library-wide (every area)"
          options={reference.areas.map((a) => ({ value: a.id, label: a.name }))}
          error={errorOf('areaId')}
        />
        <TextField
          id={controlId(P, 'population')}
          label="Population"
          value={t.population}
          onChange={set('population')}
          error={errorOf('population')}
          hint="Optional: e.g. “10–17-year-olds known to the youth offending service”"
        />
      </Fieldset>
      <Fieldset legend="Rate">
        <TextField
          id={controlId(P, 'rate')}
          label="Rate"
          unit="%"
          unitBeside
          inputMode="decimal"
          className="study-field__number"
          value={t.rate}
          onChange={set('rate')}
          error={errorOf('rate')}
          hint="How many in 100 have the outcome event without the intervention (above 0, below 100)"
        />
        <TextField
          id={controlId(P, 'year')}
          label="Year"
          inputMode="numeric"
          className="study-field__number"
          value={t.year}
          onChange={set('year')}
          error={errorOf('year')}
          hint="Optional: the year the rate describes"
        />
      </Fieldset>
      <Fieldset legend="Where it comes from">
        <TextField
          wide
          id={controlId(P, 'source')}
          label="Source"
          value={t.source}
          onChange={set('source')}
          error={errorOf('source')}
          hint="e.g. Youth Justice Board, proven reoffending statistics, with the table"
        />
        <TextField
          id={controlId(P, 'sourceDate')}
          label="Source date"
          value={t.sourceDate}
          onChange={set('sourceDate')}
          error={errorOf('sourceDate')}
          hint="Optional: YYYY, YYYY-MM or YYYY-MM-DD"
        />
      </Fieldset>
    </StudyForm>
  );
}

export function BaselineRatesSection({ rates, readOnly }: { rates: BaselineRateRow[]; readOnly: boolean }) {
  const forms = useRowForms(P);
  const sources = numberedSources(rates.map((row) => row.source));
  const columns = readOnly ? 5 : 6;
  return (
    <section className="record-section" aria-labelledby={TITLE_ID} data-section="baseline-rates">
      <h2 id={TITLE_ID} tabIndex={-1}>
        Baseline rates
      </h2>
      <p className="muted small">
        How often the outcome event happens without the intervention. The Value tab uses the rate for the
        outcome, preferring an area&rsquo;s own rate to the library-wide one, to turn an effect into outcomes
        avoided.
      </p>
      {!readOnly &&
        (forms.open === 'new' ? (
          <div className="study-panel">
            <BaselineRateForm onClose={forms.close} />
          </div>
        ) : (
          <p className="study-actions">
            <button
              type="button"
              id={forms.openerId('new')}
              className="button button--small"
              onClick={() => forms.show('new')}
            >
              Add baseline rate
            </button>
          </p>
        ))}
      {rates.length === 0 ? (
        <p className="muted">No baseline rates yet.</p>
      ) : (
        <div className="table-scroll" role="region" aria-label="Baseline rates" tabIndex={0}>
          <table className="table reference-table" id="baseline-rates-table">
            <caption className="visually-hidden">
              Baseline rates per outcome and area, each with its source
            </caption>
            <thead>
              <tr>
                <th scope="col">Outcome</th>
                <th scope="col">Area</th>
                <th scope="col" className="num">
                  Rate
                </th>
                <th scope="col">Population and year</th>
                <th scope="col">Source (listed below)</th>
                {!readOnly && (
                  <th scope="col">
                    <span className="visually-hidden">Actions</span>
                  </th>
                )}
              </tr>
            </thead>
            <tbody>
              {rates.map((r) => (
                <Fragment key={r.id}>
                  <tr data-baseline-rate={r.id}>
                    <th scope="row">{r.outcomeDomain.name}</th>
                    <td>{r.area?.name ?? <span className="muted">Library-wide</span>}</td>
                    <td className="num" data-field="rate">
                      {formatPercent(r.rate, 1)}
                    </td>
                    <td>
                      {r.population ?? <span className="muted">Not stated</span>}
                      {r.year !== null && <span className="muted small block">{r.year}</span>}
                    </td>
                    <td className="reference-table__source" data-field="source">
                      Source {sources.numberOf(r.source)}
                      {r.sourceDate !== null && (
                        <span className="muted small block">{formatPartialDate(r.sourceDate)}</span>
                      )}
                    </td>
                    {!readOnly && (
                      <td className="reference-table__actions">
                        <button
                          type="button"
                          id={forms.openerId(r.id)}
                          className="button button--small button--quiet"
                          onClick={() => forms.show(r.id)}
                        >
                          Edit<span className="visually-hidden"> {rowName(r)}</span>
                        </button>
                        <ConfirmDelete
                          method="baseline-rates/delete"
                          input={(by) => ({ id: r.id, by })}
                          panelId={`delete-baseline-${r.id}`}
                          name={rowName(r)}
                          question={`Delete the baseline rate for ${rowName(r)}?`}
                          confirmLabel="Delete baseline rate"
                          focusAfter={TITLE_ID}
                        >
                          Figures that used it will use another rate or show it as missing. The change is
                          recorded in the history and can be undone.
                        </ConfirmDelete>
                      </td>
                    )}
                  </tr>
                  {forms.open === r.id && (
                    <tr>
                      <td colSpan={columns}>
                        <div className="study-panel">
                          <BaselineRateForm rate={r} onClose={forms.close} />
                        </div>
                      </td>
                    </tr>
                  )}
                </Fragment>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <SourceList id="baseline-sources" list={sources.list} />
    </section>
  );
}
