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
  useTextFields,
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
  const { texts: t, field } = useTextFields(P, () => initial(item), state.errorOf);
  const [illustrative, setIllustrative] = useState(item?.illustrative ?? false);
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
        <TextField {...field('description')} wide label="Description" hint="e.g. “Youth worker salaries”" />
        <SelectField
          {...field('category')}
          label="Category"
          placeholder="Choose a category"
          options={COST_CATEGORIES.map((c) => ({ value: c, label: COST_CATEGORY_LABELS[c] }))}
        />
        <SelectField
          {...field('basis')}
          label="Basis"
          placeholder="What the amount is per"
          options={COST_BASES.map((b) => ({ value: b, label: COST_BASIS_LABELS[b] }))}
          hint="Per year: the amount is paid in each year it runs. Per cohort, per year or total amounts are divided by the participants."
        />
      </Fieldset>
      <Fieldset legend="Amount">
        <TextField
          {...field('amount')}
          label="Amount"
          unit={currency}
          inputMode="decimal"
          className="study-field__number"
        />
        <TextField
          {...field('amountLow')}
          label="Low estimate"
          unit={currency}
          inputMode="decimal"
          className="study-field__number"
          hint="Optional; not above the amount"
        />
        <TextField
          {...field('amountHigh')}
          label="High estimate"
          unit={currency}
          inputMode="decimal"
          className="study-field__number"
          hint="Optional; not below the amount"
        />
        <TextField {...field('currency')} label="Currency" hint="Three-letter code, e.g. GBP" />
        <TextField
          {...field('priceYear')}
          label="Price year"
          inputMode="numeric"
          className="study-field__number"
          hint="The year the prices are in"
        />
      </Fieldset>
      <Fieldset legend="Coverage">
        <TextField
          {...field('participants')}
          label="Participants"
          unit="people"
          inputMode="numeric"
          className="study-field__number"
          hint="Everyone the amount covers, over all the years it runs"
        />
        <TextField
          {...field('years')}
          label="Years"
          unit="years"
          inputMode="numeric"
          className="study-field__number"
          hint="How many years it runs, from the first (blank: one). A per-year amount recurs each year; any other amount is spread evenly over them. Later years are discounted."
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
