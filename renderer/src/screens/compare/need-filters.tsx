// The need a commissioner starts from: the outcome to change, the young people's ages, settings,
// prevention tier, strand, borough or area and the budget per participant. Every change applies at
// once (the candidates update); a number that cannot be read says so under its field.
import { useId, useState } from 'react';
import type { CompareFilters } from '../../../../shared/model/compare';
import {
  SETTING_LABELS,
  SETTINGS,
  STRAND_LABELS,
  STRANDS,
  TIER_LABELS,
  TIERS,
} from '../../../../shared/model/vocabulary';
import { Choice, ChoiceGroup, SelectField, TextField } from '../../components/form-controls';
import { useReferenceData } from '../../data/app-data';
import { outcomeOptionGroups } from '../../data/outcome-options';

const MAX_AGE = 30;

type Draft = { text: string; error: string | null };

function ageError(from: string, to: string): string | null {
  const ok = (t: string) => t.trim() === '' || (/^\d{1,2}$/.test(t.trim()) && Number(t) <= MAX_AGE);
  if (!ok(from) || !ok(to)) return `Enter whole-number ages from 0 to ${MAX_AGE}.`;
  if (from.trim() !== '' && to.trim() !== '' && Number(from) > Number(to))
    return 'The youngest age must not be more than the oldest.';
  return null;
}

function agesOf(from: string, to: string): CompareFilters['ages'] {
  if (from.trim() === '' && to.trim() === '') return undefined;
  return { min: from.trim() === '' ? 0 : Number(from), max: to.trim() === '' ? MAX_AGE : Number(to) };
}

/** Checkboxes for a list filter: none ticked means no filter. */
function ListFilter<T extends string>({
  id,
  legend,
  values,
  labels,
  chosen,
  onChange,
}: {
  id: string;
  legend: string;
  values: readonly T[];
  labels: Record<T, string>;
  chosen: readonly T[] | undefined;
  onChange: (chosen: T[] | undefined) => void;
}) {
  const ticked = chosen ?? [];
  return (
    <ChoiceGroup id={id} error={null} legend={legend} className="need-filters__choices">
      {values.map((v) => (
        <Choice
          key={v}
          id={`${id}-${v}`}
          type="checkbox"
          name={id}
          label={labels[v]}
          checked={ticked.includes(v)}
          onChange={(checked) => {
            const next = values.filter((x) => (x === v ? checked : ticked.includes(x)));
            onChange(next.length === 0 ? undefined : next);
          }}
        />
      ))}
    </ChoiceGroup>
  );
}

export function NeedFilters({
  filters,
  onChange,
}: {
  filters: CompareFilters;
  onChange: (filters: CompareFilters) => void;
}) {
  const reference = useReferenceData();
  const id = useId();
  const [from, setFrom] = useState(filters.ages === undefined ? '' : String(filters.ages.min));
  const [to, setTo] = useState(filters.ages === undefined ? '' : String(filters.ages.max));
  const [budget, setBudget] = useState<Draft>({
    text: filters.maxCostPerParticipant === undefined ? '' : String(filters.maxCostPerParticipant),
    error: null,
  });
  const agesProblem = ageError(from, to);
  const set = (patch: Partial<CompareFilters>) => onChange({ ...filters, ...patch });

  const changeAges = (nextFrom: string, nextTo: string) => {
    setFrom(nextFrom);
    setTo(nextTo);
    if (ageError(nextFrom, nextTo) === null) set({ ages: agesOf(nextFrom, nextTo) });
  };
  const changeBudget = (text: string) => {
    const trimmed = text.replace(/[£,\s]/g, '');
    const value = Number(trimmed);
    if (trimmed === '') {
      setBudget({ text, error: null });
      set({ maxCostPerParticipant: undefined });
    } else if (!Number.isFinite(value) || value <= 0) {
      setBudget({ text, error: 'Enter the budget as an amount of pounds above £0, such as 500.' });
    } else {
      setBudget({ text, error: null });
      set({ maxCostPerParticipant: value });
    }
  };
  const clear = () => {
    setFrom('');
    setTo('');
    setBudget({ text: '', error: null });
    onChange({});
  };

  return (
    <form className="need-filters" aria-labelledby={`${id}-title`} onSubmit={(e) => e.preventDefault()}>
      <h2 id={`${id}-title`} className="need-filters__title">
        The need
      </h2>
      <SelectField
        id={`${id}-outcome`}
        label="Outcome to change"
        error={null}
        hint="Candidates have evidence on it; effects and value are worked out on it."
        value={filters.outcomeId ?? ''}
        placeholder="Any outcome"
        groups={outcomeOptionGroups(reference)}
        onChange={(v) => set({ outcomeId: v === '' ? undefined : v })}
      />
      <fieldset
        className="need-filters__ages"
        aria-describedby={agesProblem === null ? undefined : `${id}-ages-error`}
      >
        <legend className="field__label">Young people aged</legend>
        <div className="need-filters__range">
          <TextField
            id={`${id}-age-from`}
            label="From"
            error={null}
            inputMode="numeric"
            value={from}
            onChange={(v) => changeAges(v, to)}
          />
          <TextField
            id={`${id}-age-to`}
            label="To"
            error={null}
            inputMode="numeric"
            value={to}
            onChange={(v) => changeAges(from, v)}
          />
        </div>
        {agesProblem !== null && (
          <p id={`${id}-ages-error`} className="field-error" role="alert">
            {agesProblem}
          </p>
        )}
      </fieldset>
      <ListFilter
        id={`${id}-settings`}
        legend="Settings"
        values={SETTINGS}
        labels={SETTING_LABELS}
        chosen={filters.settings}
        onChange={(settings) => set({ settings })}
      />
      <ListFilter
        id={`${id}-tier`}
        legend="Prevention tier"
        values={TIERS}
        labels={TIER_LABELS}
        chosen={filters.tier}
        onChange={(tier) => set({ tier })}
      />
      <ListFilter
        id={`${id}-strand`}
        legend="Strand"
        values={STRANDS}
        labels={STRAND_LABELS}
        chosen={filters.strand}
        onChange={(strand) => set({ strand })}
      />
      <SelectField
        id={`${id}-area`}
        label="Borough or area"
        error={null}
        hint="Includes work delivered across the region that holds it."
        value={filters.areaId?.[0] ?? ''}
        placeholder="Anywhere"
        options={reference.areas.map((a) => ({ value: a.id, label: a.name }))}
        onChange={(v) => set({ areaId: v === '' ? undefined : [v] })}
      />
      <TextField
        id={`${id}-budget`}
        label="Budget per participant"
        unit="£"
        error={budget.error}
        hint="In the library's price year. Programmes with no cost worked out are left out."
        inputMode="decimal"
        value={budget.text}
        onChange={changeBudget}
      />
      <button type="button" className="button button--small button--quiet" onClick={clear}>
        Clear the need
      </button>
    </form>
  );
}
