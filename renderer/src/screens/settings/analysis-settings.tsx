// The price year every value figure is expressed in (by default the latest year of the price index)
// and the discount rate (by default the Green Book's 3.5% a year): shown with where they come from,
// and changed in a form that checks them with the API's own schema.
import { useState } from 'react';
import { formatPercent } from '../../../../shared/format';
import {
  type ValueSettings,
  type ValueSettingsSave,
  ValueSettingsSaveSchema,
} from '../../../../shared/model/value';
import { Fieldset, TextField } from '../../components/form-controls';
import { announceLibraryChange } from '../../data/library-changes';
import {
  controlId,
  type Issue,
  issuesOf,
  numberFrom,
  saveOrRefuse,
  StudyForm,
  useActor,
  useDisclosure,
  useSubmitState,
} from '../study-editing/form-support';

const P = 'analysis';
const LABELS = { priceYear: 'Price year', discountRate: 'Discount rate' } as const;

function SettingsForm({ settings, onClose }: { settings: ValueSettings; onClose: () => void }) {
  const actor = useActor();
  const state = useSubmitState();
  const [year, setYear] = useState(
    settings.priceYear.isDefault ? '' : String(settings.priceYear.value ?? ''),
  );
  // Shown and typed as a percentage; the API takes a fraction.
  const [rate, setRate] = useState(
    settings.discountRate.isDefault ? '' : String(Number((settings.discountRate.value * 100).toFixed(6))),
  );

  const submit = async () => {
    const pre: Issue[] = [];
    const yearValue = numberFrom(year, 'priceYear', pre, true);
    const ratePercent = numberFrom(rate, 'discountRate', pre);
    const payload: ValueSettingsSave = {
      priceYear: yearValue ?? null,
      discountRate: ratePercent === undefined ? null : ratePercent / 100,
      by: actor.by,
    };
    const parsed = ValueSettingsSaveSchema.safeParse(payload);
    // The schema bounds the fraction; the field takes a percentage, so say the bounds in percent.
    const found = (parsed.success ? pre : issuesOf(parsed.error.issues, pre)).map((i) =>
      i.field === 'discountRate' && i.message !== 'Enter a number'
        ? { ...i, message: 'Give a rate from 0% to 20% a year' }
        : i,
    );
    if ((await saveOrRefuse(state, found, 'value-settings/save', payload)) === null) return;
    actor.remember();
    announceLibraryChange('analysis-settings-title');
    onClose();
  };

  return (
    <StudyForm
      prefix={P}
      title="Change the price year and discount rate"
      labels={LABELS}
      issues={state.issues}
      attempt={state.attempt}
      pending={state.pending}
      actor={actor}
      onSubmit={() => void submit()}
      onCancel={onClose}
      saveLabel="Save settings"
    >
      <Fieldset legend="Settings">
        <TextField
          id={controlId(P, 'priceYear')}
          label="Price year"
          inputMode="numeric"
          className="study-field__number"
          value={year}
          onChange={setYear}
          error={state.errorOf('priceYear')}
          hint={
            settings.priceYear.defaultValue === null
              ? 'Leave empty for the latest year of the price index (it has none yet).'
              : `Leave empty for the latest year of the price index (${settings.priceYear.defaultValue}).`
          }
        />
        <TextField
          id={controlId(P, 'discountRate')}
          label="Discount rate"
          unit="% a year"
          inputMode="decimal"
          className="study-field__number"
          value={rate}
          onChange={setRate}
          error={state.errorOf('discountRate')}
          hint={`Leave empty for the Green Book rate (${formatPercent(settings.discountRate.defaultValue, 1)}).`}
        />
      </Fieldset>
    </StudyForm>
  );
}

export function AnalysisSettings({ settings, readOnly }: { settings: ValueSettings; readOnly: boolean }) {
  const { open, show, close, opener } = useDisclosure();
  const year = settings.priceYear;
  const rate = settings.discountRate;
  return (
    <section className="record-section" aria-labelledby="analysis-settings-title" data-section="analysis">
      <h2 id="analysis-settings-title" tabIndex={-1}>
        Price year and discount rate
      </h2>
      <dl className="facts facts--wide">
        <div className="facts__row">
          <dt>Price year</dt>
          <dd data-field="price-year">
            {year.value === null ? 'None yet: the price index has no years' : `${year.value} prices`}
            <span className="muted small block">
              {year.isDefault
                ? 'The default: the latest year of the price index.'
                : `Chosen for this library (the default would be ${year.defaultValue ?? 'none'}).`}
            </span>
          </dd>
        </div>
        <div className="facts__row">
          <dt>Discount rate</dt>
          <dd data-field="discount-rate">
            {formatPercent(rate.value, 1)} a year
            <span className="muted small block">
              {rate.isDefault
                ? `The default: ${rate.source}.`
                : `Chosen for this library; the Green Book default is ${formatPercent(rate.defaultValue, 1)} (${rate.source}).`}
            </span>
          </dd>
        </div>
      </dl>
      {!readOnly &&
        (open ? (
          <div className="study-panel">
            <SettingsForm settings={settings} onClose={close} />
          </div>
        ) : (
          <p className="study-actions">
            <button type="button" className="button button--small" ref={opener} onClick={show}>
              Change price year or discount rate
            </button>
          </p>
        ))}
    </section>
  );
}
