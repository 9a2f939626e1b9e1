// Unit costs of outcomes: what one outcome event costs (a violent offence, a custody place), in
// which price year, who bears it and where the figure comes from. The Value tab values the outcomes
// avoided with them. Added, edited and deleted here, each change recorded in the history.
import { formatMoney } from '../../../../shared/format';
import { type UnitCost, type UnitCostSave, UnitCostSaveSchema } from '../../../../shared/model/value';
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

const P = 'unit-cost';
const TITLE_ID = 'unit-costs-title';
const LABELS = {
  name: 'Name',
  outcomeDomainId: 'Outcome',
  amount: 'Amount',
  currency: 'Currency',
  priceYear: 'Price year',
  bearer: 'Who bears it',
  source: 'Source',
  sourceDate: 'Source date',
} as const satisfies Record<string, string>;

type Texts = Record<keyof typeof LABELS, string>;

function initial(u: UnitCost | undefined): Texts {
  return {
    name: u?.name ?? '',
    outcomeDomainId: u?.outcomeDomain?.id ?? '',
    amount: shown(u?.amount),
    currency: u?.currency ?? 'GBP',
    priceYear: shown(u?.priceYear),
    bearer: u?.bearer ?? '',
    source: u?.source ?? '',
    sourceDate: u?.sourceDate ?? '',
  };
}

function UnitCostForm({ unitCost, onClose }: { unitCost?: UnitCost; onClose: () => void }) {
  const actor = useActor();
  const state = useSubmitState();
  const { texts: t, set, field } = useTextFields(P, () => initial(unitCost), state.errorOf);
  const outcomes = outcomeOptionGroups(useReferenceData());
  const currency = t.currency.trim().toUpperCase() || 'GBP';

  const submit = async () => {
    const pre: Issue[] = [];
    const payload: UnitCostSave = {
      ...(unitCost === undefined ? {} : { id: unitCost.id }),
      outcomeDomainId: textFrom(t.outcomeDomainId) ?? null,
      name: t.name,
      amount: numberFrom(t.amount, 'amount', pre) as number,
      currency: textFrom(t.currency)?.toUpperCase(),
      priceYear: numberFrom(t.priceYear, 'priceYear', pre, true) as number,
      bearer: textFrom(t.bearer) ?? null,
      source: t.source,
      sourceDate: textFrom(t.sourceDate) ?? null,
      by: actor.by,
    };
    const parsed = UnitCostSaveSchema.safeParse(payload);
    const found = parsed.success ? pre : issuesOf(parsed.error.issues, pre);
    if ((await saveOrRefuse(state, found, 'unit-costs/save', payload)) === null) return;
    actor.remember();
    announceLibraryChange(TITLE_ID);
    onClose();
  };

  return (
    <StudyForm
      prefix={P}
      title={unitCost === undefined ? 'Add a unit cost' : `Edit unit cost: ${unitCost.name}`}
      labels={LABELS}
      issues={state.issues}
      attempt={state.attempt}
      pending={state.pending}
      actor={actor}
      onSubmit={() => void submit()}
      onCancel={onClose}
      saveLabel={unitCost === undefined ? 'Save unit cost' : 'Save changes'}
    >
      <Fieldset legend="What it values">
        <TextField {...field('name')} wide label="Name" hint="e.g. “Violence with injury”" />
        <SelectField
          {...field('outcomeDomainId')}
          label="Outcome"
          placeholder="No outcome (it values none yet)"
          groups={outcomes}
          hint="The outcome whose events it values"
        />
        <TextField {...field('bearer')} label="Who bears it" hint="Optional: police, NHS, victims…" />
      </Fieldset>
      <Fieldset legend="Amount">
        <TextField
          {...field('amount')}
          label="Amount"
          unit={currency}
          inputMode="decimal"
          className="study-field__number"
          hint="Per outcome event"
        />
        <TextField {...field('currency')} label="Currency" hint="Three-letter code, e.g. GBP" />
        <TextField
          {...field('priceYear')}
          label="Price year"
          inputMode="numeric"
          className="study-field__number"
          hint="The year the amount's prices are in (2015 for 2015/16)"
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
          hint="e.g. the GMCA unit cost database, with its version"
        />
      </Fieldset>
    </StudyForm>
  );
}

export function UnitCostsSection({ unitCosts, readOnly }: { unitCosts: UnitCost[]; readOnly: boolean }) {
  const { outcomeDomains } = useReferenceData();
  return (
    <ReferenceSection
      prefix={P}
      titleId={TITLE_ID}
      title="Unit costs of outcomes"
      intro={`What one outcome event costs. The Value tab values the events an intervention avoids with the unit cost linked to that outcome.${outcomeDomains.length === 0 ? ' The library has no outcomes to link them to yet.' : ''}`}
      what="unit cost"
      rows={unitCosts}
      readOnly={readOnly}
      rowHeader={{ header: 'Name', cell: (u) => u.name }}
      columns={[
        { header: 'Outcome', cell: (u) => u.outcomeDomain?.name ?? <span className="muted">None</span> },
        {
          header: 'Amount',
          numeric: true,
          cell: (u) => (
            <span data-field="amount">
              {formatMoney(u.amount, u.currency)}
              <span className="muted small block">{u.priceYear} prices</span>
            </span>
          ),
        },
        { header: 'Who bears it', cell: (u) => u.bearer ?? <span className="muted">Not stated</span> },
      ]}
      rowName={(u) => u.name}
      form={(u, onClose) => <UnitCostForm unitCost={u} onClose={onClose} />}
      deleteMethod="unit-costs/delete"
      deleteNote="Figures that used it will show it as missing."
    />
  );
}
