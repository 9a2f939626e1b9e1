// Adding or editing a cost item: what it is, its amount with a low–high range, currency, price
// year, what the amount is per (basis), and the participants and years it covers.
import { useState } from 'react';
import type { CostItemView } from '../../../../shared/model/catalogue';
import { type CostItemEdit, CostItemEditSchema } from '../../../../shared/model/editing';
import {
  COST_BASES,
  COST_BASIS_LABELS,
  COST_CATEGORIES,
  COST_CATEGORY_LABELS,
} from '../../../../shared/model/vocabulary';
import { Checkbox, Fieldset, SelectField, TextField } from '../../components/form-controls';
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

const LABELS = {
  description: 'Description',
  category: 'Category',
  amount: 'Amount',
  amountLow: 'Low estimate',
  amountHigh: 'High estimate',
  currency: 'Currency',
  priceYear: 'Price year',
  basis: 'Basis',
  participants: 'Participants',
  years: 'Years',
} as const satisfies Record<string, string>;

type Texts = Record<keyof typeof LABELS, string>;

function initial(c: CostItemView | undefined): Texts {
  return {
    description: c?.description ?? '',
    category: c?.category ?? '',
    amount: shown(c?.amount),
    amountLow: shown(c?.amountLow),
    amountHigh: shown(c?.amountHigh),
    currency: c?.currency ?? 'GBP',
    priceYear: shown(c?.priceYear ?? new Date().getFullYear()),
    basis: c?.basis ?? '',
    participants: shown(c?.participants),
    years: shown(c?.years),
  };
}

export function CostItemForm({
  interventionId,
  item,
  onClose,
}: {
  interventionId: string;
  item?: CostItemView;
  onClose: () => void;
}) {
  // Control ids: one form of each kind can be open for adding and others for editing at once.
  const P = item === undefined ? 'cost' : `cost-${item.id}`;
  const actor = useActor();
  const state = useSubmitState();
  const [t, setT] = useState<Texts>(() => initial(item));
  const [illustrative, setIllustrative] = useState(item?.illustrative ?? false);
  const set = (key: keyof Texts) => (value: string) => setT((prev) => ({ ...prev, [key]: value }));
  const errorOf = state.errorOf;
  const currency = t.currency.trim().toUpperCase() || 'GBP';

  const submit = async () => {
    const pre: Issue[] = [];
    const payload: CostItemEdit = {
      ...(item === undefined ? {} : { id: item.id }),
      interventionId,
      by: actor.by,
      description: t.description,
      category: t.category as CostItemEdit['category'],
      amount: numberFrom(t.amount, 'amount', pre) as number,
      amountLow: numberFrom(t.amountLow, 'amountLow', pre),
      amountHigh: numberFrom(t.amountHigh, 'amountHigh', pre),
      currency: textFrom(t.currency)?.toUpperCase(),
      priceYear: numberFrom(t.priceYear, 'priceYear', pre, true) as number,
      basis: t.basis as CostItemEdit['basis'],
      participants: numberFrom(t.participants, 'participants', pre, true),
      years: numberFrom(t.years, 'years', pre, true),
      illustrative,
      sources: (item?.sources ?? []).map((s) => ({
        ...(s.field === undefined || s.field === null ? {} : { field: s.field }),
        document: s.document,
        passage: s.passage,
      })),
    };
    const parsed = CostItemEditSchema.safeParse(payload);
    const found = parsed.success ? pre : issuesOf(parsed.error.issues, pre);
    if ((await saveOrRefuse(state, found, 'cost-items/save', payload)) === null) return;
    actor.remember();
    announceLibraryChange('costs-title');
    onClose();
  };

  return (
    <StudyForm
      prefix={P}
      title={item === undefined ? 'Add a cost item' : `Edit cost item: ${item.description}`}
      labels={LABELS as Record<string, string>}
      issues={state.issues}
      attempt={state.attempt}
      pending={state.pending}
      actor={actor}
      onSubmit={() => void submit()}
      onCancel={onClose}
      saveLabel={item === undefined ? 'Save cost item' : 'Save changes'}
    >
      <Fieldset legend="What it is">
        <TextField
          wide
          id={controlId(P, 'description')}
          label="Description"
          value={t.description}
          onChange={set('description')}
          error={errorOf('description')}
          hint="e.g. “Youth worker salaries”"
        />
        <SelectField
          id={controlId(P, 'category')}
          label="Category"
          value={t.category}
          onChange={set('category')}
          placeholder="Choose a category"
          options={COST_CATEGORIES.map((c) => ({ value: c, label: COST_CATEGORY_LABELS[c] }))}
          error={errorOf('category')}
        />
        <SelectField
          id={controlId(P, 'basis')}
          label="Basis"
          value={t.basis}
          onChange={set('basis')}
          placeholder="What the amount is per"
          options={COST_BASES.map((b) => ({ value: b, label: COST_BASIS_LABELS[b] }))}
          error={errorOf('basis')}
          hint="Per cohort, per year or total amounts are divided by the participants."
        />
      </Fieldset>
      <Fieldset legend="Amount">
        <TextField
          id={controlId(P, 'amount')}
          label="Amount"
          unit={currency}
          inputMode="decimal"
          className="study-field__number"
          value={t.amount}
          onChange={set('amount')}
          error={errorOf('amount')}
        />
        <TextField
          id={controlId(P, 'amountLow')}
          label="Low estimate"
          unit={currency}
          inputMode="decimal"
          className="study-field__number"
          value={t.amountLow}
          onChange={set('amountLow')}
          error={errorOf('amountLow')}
          hint="Optional; not above the amount"
        />
        <TextField
          id={controlId(P, 'amountHigh')}
          label="High estimate"
          unit={currency}
          inputMode="decimal"
          className="study-field__number"
          value={t.amountHigh}
          onChange={set('amountHigh')}
          error={errorOf('amountHigh')}
          hint="Optional; not below the amount"
        />
        <TextField
          id={controlId(P, 'currency')}
          label="Currency"
          value={t.currency}
          onChange={set('currency')}
          error={errorOf('currency')}
          hint="Three-letter code, e.g. GBP"
        />
        <TextField
          id={controlId(P, 'priceYear')}
          label="Price year"
          inputMode="numeric"
          className="study-field__number"
          value={t.priceYear}
          onChange={set('priceYear')}
          error={errorOf('priceYear')}
          hint="The year the prices are in"
        />
      </Fieldset>
      <Fieldset legend="Coverage">
        <TextField
          id={controlId(P, 'participants')}
          label="Participants"
          unit="people"
          inputMode="numeric"
          className="study-field__number"
          value={t.participants}
          onChange={set('participants')}
          error={errorOf('participants')}
          hint="How many the amount covers"
        />
        <TextField
          id={controlId(P, 'years')}
          label="Years"
          unit="years"
          inputMode="numeric"
          className="study-field__number"
          value={t.years}
          onChange={set('years')}
          error={errorOf('years')}
          hint="For amounts per year"
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
