// Adding or editing an outcome result the way the study reported it: first how (group means, SDs
// and ns; events and totals; a reported effect with CI, SE or p; or a t statistic with ns), then
// only that way's figures. The standardised effect and its variance show as soon as the figures are
// complete, worked out by the evidence engine's own function from what a save would store.
import { useState } from 'react';
import { standardisedEffect } from '../../../../shared/analysis/outcome-effect';
import { formatEffect, formatEffectInterval, formatStatistic } from '../../../../shared/format';
import { completeStatistics } from '../../../../shared/model/outcome-statistics';
import type { OutcomeResultView } from '../../../../shared/model/catalogue';
import { type OutcomeResultEdit, OutcomeResultEditSchema } from '../../../../shared/model/editing';
import {
  EFFECT_TYPE_LABELS,
  OUTCOME_DATA_TYPE_LABELS,
  OUTCOME_DATA_TYPES,
  type OutcomeDataType,
  REPORTED_EFFECT_TYPES,
} from '../../../../shared/model/vocabulary';
import {
  Checkbox,
  Fieldset,
  GroupRow,
  RadioGroup,
  SelectField,
  TextField,
} from '../../components/form-controls';
import { useReferenceData } from '../../data/app-data';
import { outcomeOptionGroups } from '../../data/outcome-options';
import { announceLibraryChange } from '../../data/library-changes';
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
} from './form-support';

const GROUPS = [
  ['1', 'Intervention group'],
  ['2', 'Comparison group'],
] as const;

const STAT_LABELS: Record<string, string> = {
  'stats.m1': 'Intervention group mean',
  'stats.sd1': 'Intervention group SD',
  'stats.n1': 'Intervention group n',
  'stats.m2': 'Comparison group mean',
  'stats.sd2': 'Comparison group SD',
  'stats.n2': 'Comparison group n',
  'stats.events1': 'Intervention group events',
  'stats.total1': 'Intervention group total',
  'stats.events2': 'Comparison group events',
  'stats.total2': 'Comparison group total',
  'stats.type': 'Effect type',
  'stats.value': 'Effect value',
  'stats.ciLower': '95% CI lower limit',
  'stats.ciUpper': '95% CI upper limit',
  'stats.se': 'Standard error',
  'stats.p': 'p value',
  'stats.t': 't statistic',
};
const LABELS: Record<string, string> = {
  dataType: 'How the study reported it',
  outcomeId: 'Outcome',
  measureName: 'Measure',
  timePointMonths: 'Time point',
  higherIsBetter: 'Direction',
  notes: 'Notes',
  ...STAT_LABELS,
};

export const STAT_KEYS = [
  'm1',
  'sd1',
  'n1',
  'm2',
  'sd2',
  'n2',
  'events1',
  'total1',
  'events2',
  'total2',
  'type',
  'value',
  'ciLower',
  'ciUpper',
  'se',
  'p',
  't',
] as const;
type StatKey = (typeof STAT_KEYS)[number];
type Stats = Record<StatKey, string>;

function initialStats(r: OutcomeResultView | undefined): Stats {
  const s = r?.stats;
  return {
    m1: shown(s?.m1),
    sd1: shown(s?.sd1),
    n1: shown(s?.n1),
    m2: shown(s?.m2),
    sd2: shown(s?.sd2),
    n2: shown(s?.n2),
    events1: shown(s?.events1),
    total1: shown(s?.total1),
    events2: shown(s?.events2),
    total2: shown(s?.total2),
    type: s?.effectType ?? '',
    value: shown(s?.effectValue),
    ciLower: shown(s?.ciLower),
    ciUpper: shown(s?.ciUpper),
    se: shown(s?.se),
    p: shown(s?.p),
    t: shown(s?.t),
  };
}

/** The figures a data type asks for, laid out by group. */
function statsPayload(type: OutcomeDataType, s: Stats, pre: Issue[]): OutcomeResultEdit['stats'] {
  const n = (key: StatKey, integer = false) => numberFrom(s[key], `stats.${key}`, pre, integer);
  switch (type) {
    case 'continuous':
      return {
        m1: n('m1'),
        sd1: n('sd1'),
        n1: n('n1', true),
        m2: n('m2'),
        sd2: n('sd2'),
        n2: n('n2', true),
      } as never;
    case 'binary':
      return {
        events1: n('events1', true),
        total1: n('total1', true),
        events2: n('events2', true),
        total2: n('total2', true),
      } as never;
    case 'effect':
      return {
        type: s.type === '' ? undefined : s.type,
        value: n('value'),
        ciLower: n('ciLower'),
        ciUpper: n('ciUpper'),
        se: n('se'),
        p: n('p'),
        n1: n('n1', true),
        n2: n('n2', true),
      } as never;
    case 't-statistic':
      return { t: n('t'), n1: n('n1', true), n2: n('n2', true) } as never;
  }
}

/** The effect a save would give, once the figures are complete (before, a line saying so). */
function EffectPreview({
  dataType,
  stats,
  higherIsBetter,
}: {
  dataType: OutcomeDataType;
  stats: Stats;
  higherIsBetter: boolean;
}) {
  const typed: Issue[] = [];
  const complete = completeStatistics(dataType, statsPayload(dataType, stats, typed));
  const effect =
    typed.length > 0 || complete === null
      ? null
      : standardisedEffect({ dataType, higherIsBetter, stats: complete });
  return (
    <div className="effect-preview" aria-live="polite" aria-atomic="true" data-field="effect-preview">
      <p className="effect-preview__title">Standardised effect (Hedges&rsquo; g, positive = beneficial)</p>
      {effect === null ? (
        <p className="muted small">Shown here as soon as the figures above are complete and valid.</p>
      ) : !effect.ok ? (
        <p className="small">{effect.reason}</p>
      ) : (
        <>
          <dl className="effect-preview__values">
            <div>
              <dt>g</dt>
              <dd data-field="preview-g">{formatEffect(effect.yi)}</dd>
            </div>
            <div>
              <dt>Variance</dt>
              <dd data-field="preview-variance">{formatStatistic(effect.vi)}</dd>
            </div>
            <div>
              <dt>95% CI</dt>
              <dd data-field="preview-ci">{formatEffectInterval(effect.ciLower, effect.ciUpper)}</dd>
            </div>
          </dl>
          <p className="muted small">
            {effect.derivation.method}
            {effect.derivation.directionFlipped && '; sign turned so that positive means beneficial'}. The
            same figure appears on the Evidence tab once saved.
          </p>
        </>
      )}
    </div>
  );
}

export function OutcomeResultForm({
  evaluationId,
  evaluationTitle,
  result,
  onClose,
}: {
  evaluationId: string;
  evaluationTitle: string;
  result?: OutcomeResultView;
  onClose: () => void;
}) {
  const reference = useReferenceData();
  // Control ids: one form of each kind can be open for adding and others for editing at once.
  const P = result === undefined ? 'or' : `or-${result.id}`;
  const actor = useActor();
  const state = useSubmitState();
  const [dataType, setDataType] = useState<OutcomeDataType | ''>(result?.dataType ?? '');
  const [outcomeId, setOutcomeId] = useState(result?.outcome.id ?? '');
  const [measureName, setMeasureName] = useState(result?.measureName ?? '');
  const [timePoint, setTimePoint] = useState(shown(result?.timePointMonths));
  const [higherIsBetter, setHigherIsBetter] = useState<boolean | null>(result?.higherIsBetter ?? null);
  const [illustrative, setIllustrative] = useState(result?.illustrative ?? false);
  const [notes, setNotes] = useState(result?.notes ?? '');
  const [stats, setStats] = useState<Stats>(() => initialStats(result));
  const errorOf = state.errorOf;

  const domain = reference.outcomeDomains.find((d) => d.id === outcomeId);
  const direction = higherIsBetter ?? domain?.higherIsBetter ?? true;
  const groups = outcomeOptionGroups(reference);

  const stat = (
    key: StatKey,
    label: string,
    extra: { unit?: string; hint?: string; integer?: boolean; group?: string } = {},
  ) => (
    <TextField
      labelPrefix={extra.group}
      id={controlId(P, `stats.${key}`)}
      label={label}
      unit={extra.unit}
      hint={extra.hint}
      inputMode={extra.integer === true ? 'numeric' : 'decimal'}
      className="study-field__number"
      value={stats[key]}
      onChange={(v) => setStats((prev) => ({ ...prev, [key]: v }))}
      error={errorOf(`stats.${key}`)}
    />
  );

  const submit = async () => {
    const pre: Issue[] = [];
    if (dataType === '') {
      state.refuse([{ field: 'dataType', message: 'Choose how the study reported this outcome' }]);
      return;
    }
    const payload = {
      ...(result === undefined ? {} : { id: result.id }),
      evaluationId,
      by: actor.by,
      dataType,
      outcomeId,
      measureName,
      timePointMonths: numberFrom(timePoint, 'timePointMonths', pre),
      ...(result?.timePointLabel === null || result?.timePointLabel === undefined
        ? {}
        : { timePointLabel: result.timePointLabel }),
      higherIsBetter: direction,
      illustrative,
      notes: textFrom(notes),
      stats: statsPayload(dataType, stats, pre),
    } as OutcomeResultEdit;
    const parsed = OutcomeResultEditSchema.safeParse(payload);
    const found = parsed.success ? pre : issuesOf(parsed.error.issues, pre);
    if ((await saveOrRefuse(state, found, 'outcome-results/save', payload)) === null) return;
    actor.remember();
    announceLibraryChange(`evaluation-${evaluationId}`);
    onClose();
  };

  return (
    <StudyForm
      prefix={P}
      title={
        result === undefined
          ? `Add an outcome result to “${evaluationTitle}”`
          : `Edit outcome result: ${result.measureName}`
      }
      labels={LABELS}
      issues={state.issues}
      attempt={state.attempt}
      pending={state.pending}
      actor={actor}
      onSubmit={() => void submit()}
      onCancel={onClose}
      saveLabel={result === undefined ? 'Save outcome result' : 'Save changes'}
    >
      <RadioGroup
        id={controlId(P, 'dataType')}
        legend="How the study reported it"
        name="or-data-type"
        value={dataType}
        options={OUTCOME_DATA_TYPES.map((d) => ({ value: d, label: OUTCOME_DATA_TYPE_LABELS[d] }))}
        onChange={(v) => setDataType(v as OutcomeDataType)}
        error={errorOf('dataType')}
        hint="Choose first: the form then asks only for those figures."
      />
      <Fieldset legend="What was measured">
        <SelectField
          id={controlId(P, 'outcomeId')}
          label="Outcome"
          value={outcomeId}
          onChange={(v) => {
            setOutcomeId(v);
            setHigherIsBetter(null); // follow the outcome's own direction until chosen here
          }}
          placeholder="Choose an outcome"
          groups={groups}
          error={errorOf('outcomeId')}
        />
        <TextField
          id={controlId(P, 'measureName')}
          label="Measure"
          value={measureName}
          onChange={setMeasureName}
          error={errorOf('measureName')}
          hint="The instrument or indicator, e.g. “Proven reoffending within 12 months”"
        />
        <TextField
          id={controlId(P, 'timePointMonths')}
          label="Time point"
          unit="months after the start"
          inputMode="decimal"
          className="study-field__number"
          value={timePoint}
          onChange={setTimePoint}
          error={errorOf('timePointMonths')}
        />
        <RadioGroup
          id={controlId(P, 'higherIsBetter')}
          legend="Direction"
          name="or-direction"
          value={direction ? 'higher' : 'lower'}
          options={[
            { value: 'higher', label: 'Higher is better' },
            { value: 'lower', label: 'Lower is better' },
          ]}
          onChange={(v) => setHigherIsBetter(v === 'higher')}
          error={errorOf('higherIsBetter')}
          wide
          hint={
            domain === undefined
              ? undefined
              : `${domain.name}: ${domain.higherIsBetter ? 'higher' : 'lower'} is better by default.`
          }
        />
      </Fieldset>

      {dataType === 'continuous' && (
        <Fieldset
          legend={OUTCOME_DATA_TYPE_LABELS.continuous}
          hint="Means and SDs in the measure's own units (SDs are 0 or more); n is the number analysed."
          rows
        >
          {GROUPS.map(([k, name]) => (
            <GroupRow key={k} name={name}>
              {stat(`m${k}`, 'Mean', { unit: 'measure units', group: name })}
              {stat(`sd${k}`, 'SD', { unit: 'measure units', group: name })}
              {stat(`n${k}`, 'n', { unit: 'people', integer: true, group: name })}
            </GroupRow>
          ))}
        </Fieldset>
      )}
      {dataType === 'binary' && (
        <Fieldset
          legend={OUTCOME_DATA_TYPE_LABELS.binary}
          hint="Events: people with the outcome (e.g. reoffended); total: people in the group."
          rows
        >
          {GROUPS.map(([k, name]) => (
            <GroupRow key={k} name={name}>
              {stat(`events${k}`, 'Events', { unit: 'people', integer: true, group: name })}
              {stat(`total${k}`, 'Total', { unit: 'people', integer: true, group: name })}
            </GroupRow>
          ))}
        </Fieldset>
      )}
      {dataType === 'effect' && (
        <Fieldset
          legend={OUTCOME_DATA_TYPE_LABELS.effect}
          hint="Give the effect and, if reported, its 95% confidence interval, standard error or p value; group sizes help too."
        >
          <SelectField
            id={controlId(P, 'stats.type')}
            label="Effect type"
            value={stats.type}
            onChange={(v) => setStats((prev) => ({ ...prev, type: v }))}
            placeholder="Choose a type"
            options={REPORTED_EFFECT_TYPES.map((e) => ({ value: e, label: EFFECT_TYPE_LABELS[e] }))}
            error={errorOf('stats.type')}
          />
          {stat('value', 'Effect value', { hint: 'Ratios as reported (e.g. 0.8), not their logarithms' })}
          {stat('ciLower', '95% CI lower limit')}
          {stat('ciUpper', '95% CI upper limit')}
          {stat('se', 'Standard error', { hint: 'More than 0' })}
          {stat('p', 'p value', { hint: 'Between 0 and 1' })}
          {stat('n1', 'Intervention group n', { unit: 'people', integer: true })}
          {stat('n2', 'Comparison group n', { unit: 'people', integer: true })}
        </Fieldset>
      )}
      {dataType === 't-statistic' && (
        <Fieldset
          legend={OUTCOME_DATA_TYPE_LABELS['t-statistic']}
          hint="The t statistic comparing the groups, positive when the intervention group scored higher."
        >
          {stat('t', 't statistic')}
          {stat('n1', 'Intervention group n', { unit: 'people', integer: true })}
          {stat('n2', 'Comparison group n', { unit: 'people', integer: true })}
        </Fieldset>
      )}
      {dataType !== '' && <EffectPreview dataType={dataType} stats={stats} higherIsBetter={direction} />}

      <Fieldset legend="Notes">
        <TextField
          wide
          id={controlId(P, 'notes')}
          label="Notes"
          multiline
          value={notes}
          onChange={setNotes}
          error={errorOf('notes')}
          hint="e.g. if group 1 is not the intervention group"
        />
        <Checkbox
          id={controlId(P, 'illustrative')}
          label="Illustrative (invented for demonstration)"
          checked={illustrative}
          onChange={setIllustrative}
        />
      </Fieldset>
    </StudyForm>
  );
}
