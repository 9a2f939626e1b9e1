// Local baseline rates: how often an outcome event happens without the intervention, library-wide
// or in one area, with the population, year and source. The Value tab turns a pooled effect into
// outcomes avoided at this rate. Added, edited and deleted here, each change recorded in the history.
import { formatPercent } from '../../../../shared/format';
import {
  type BaselineRateRow,
  type BaselineRateSave,
  BaselineRateSaveSchema,
} from '../../../../shared/model/value';
import { Fieldset, SelectField, TextField } from '../../components/form-controls';
import { useReferenceData } from '../../data/app-data';
import { announceLibraryChange } from '../../data/library-changes';
import {
  type Issue,
  issuesOf,
  numberFrom,
  saveOrRefuse,
  shown,
  StudyForm,
  textFrom,
  useActor,
  useSubmitState,
  useTextFields,
} from '../study-editing/form-support';
import { outcomeOptionGroups } from '../../data/outcome-options';
import { ReferenceSection, SourceFields } from './reference-section';

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
  const { texts: t, set, field } = useTextFields(P, () => initial(rate), state.errorOf);
  const reference = useReferenceData();

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
    // The schema bounds the fraction; the field takes a percentage, so say the bounds in percent.
    const found = (parsed.success ? pre : issuesOf(parsed.error.issues, pre)).map((i) =>
      i.field === 'rate' && i.message !== 'Enter a number'
        ? { ...i, message: 'Give a rate above 0% and below 100%' }
        : i,
    );
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
          {...field('outcomeDomainId')}
          label="Outcome"
          placeholder="Choose an outcome"
          groups={outcomeOptionGroups(reference)}
        />
        <SelectField
          {...field('areaId')}
          label="Area"
          placeholder="Library-wide (every area)"
          options={reference.areas.map((a) => ({ value: a.id, label: a.name }))}
        />
        <TextField
          {...field('population')}
          label="Population"
          hint="Optional: e.g. “10–17-year-olds known to the youth offending service”"
        />
      </Fieldset>
      <Fieldset legend="Rate">
        <TextField
          {...field('rate')}
          label="Rate"
          unit="%"
          unitBeside
          inputMode="decimal"
          className="study-field__number"
          hint="How many in 100 have the outcome event without the intervention (above 0, below 100)"
        />
        <TextField
          {...field('year')}
          label="Year"
          inputMode="numeric"
          className="study-field__number"
          hint="Optional: the year the rate describes"
        />
      </Fieldset>
      <Fieldset legend="Where it comes from">
        <SourceFields
          prefix={P}
          source={t.source}
          sourceDate={t.sourceDate}
          onSource={set('source')}
          onSourceDate={set('sourceDate')}
          errorOf={state.errorOf}
          hint="e.g. Youth Justice Board, proven reoffending statistics, with the table"
        />
      </Fieldset>
    </StudyForm>
  );
}

export function BaselineRatesSection({ rates, readOnly }: { rates: BaselineRateRow[]; readOnly: boolean }) {
  return (
    <ReferenceSection
      prefix={P}
      titleId={TITLE_ID}
      title="Baseline rates"
      intro="How often the outcome event happens without the intervention. The Value tab uses the rate for the outcome, preferring an area’s own rate to the library-wide one, to turn an effect into outcomes avoided."
      what="baseline rate"
      rows={rates}
      readOnly={readOnly}
      rowHeader={{ header: 'Outcome', cell: (r) => r.outcomeDomain.name }}
      columns={[
        { header: 'Area', cell: (r) => r.area?.name ?? <span className="muted">Library-wide</span> },
        {
          header: 'Rate',
          numeric: true,
          cell: (r) => <span data-field="rate">{formatPercent(r.rate, 1)}</span>,
        },
        {
          header: 'Population and year',
          cell: (r) => (
            <>
              {r.population ?? <span className="muted">Not stated</span>}
              {r.year !== null && <span className="muted small block">{r.year}</span>}
            </>
          ),
        },
      ]}
      rowName={rowName}
      form={(r, onClose) => <BaselineRateForm rate={r} onClose={onClose} />}
      deleteMethod="baseline-rates/delete"
      deleteNote="Figures that used it will use another rate or show it as missing."
    />
  );
}
