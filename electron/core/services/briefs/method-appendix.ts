// The method appendix: the frameworks and formulas the brief's figures used (each formula as the
// value report states it, from the first option that has the figure), and the settings they were
// worked out with: library, versions, date, price year and index, discount rate, baseline rate
// and unit costs.
import { FRAMEWORKS } from '../../../../shared/analysis/ratings/frameworks';
import {
  formatCostWithPriceYear,
  formatFigureValue,
  formatList,
  formatPartialDate,
  formatPercent,
} from '../../../../shared/format';
import type { BriefDocumentSectionOf, BriefFigure } from '../../../../shared/model/brief-document';
import type { LocalFigures } from '../../../../shared/model/compare';
import {
  POOLING_METHOD_LABELS,
  POOLING_TEST_LABELS,
  type PoolingMethod,
  type PoolingTest,
} from '../../../../shared/model/evidence';
import type { FigureKey } from '../../../../shared/model/value';
import { type ComparedWithSources } from '../compare';
import { studyEffects } from '../study-effects';
import { sentence } from './option-figures';

const FORMULA_KEYS: { key: FigureKey; name: string }[] = [
  { key: 'costPerParticipant', name: 'Cost per participant' },
  { key: 'nnt', name: 'Number needed to treat (NNT)' },
  { key: 'costPerOutcome', name: 'Cost per outcome achieved' },
  { key: 'benefitsPerParticipant', name: 'Benefits per participant' },
  { key: 'benefitCostRatio', name: 'Benefit–cost ratio (BCR)' },
];

export interface MethodContext {
  options: readonly ComparedWithSources[];
  local: LocalFigures;
  method: PoolingMethod;
  test: PoolingTest;
  outcomeId: string;
  libraryName: string;
  schemaVersion: number;
  appVersion: string;
  now: Date;
  area: string | null;
}

/** The local settings every figure was worked out with, as brief-wide figures (`brief/<what>`), so a snapshot's diff shows them change. */
export function localSettingFigures(local: LocalFigures): BriefFigure[] {
  const s = local.settings;
  const baseline = local.baselineRate;
  const setting = (
    key: string,
    label: string,
    text: string,
    value: number | null,
    source: string,
  ): BriefFigure => ({
    key: `brief/${key}`,
    label,
    text,
    value,
    illustrative: false,
    source,
  });
  return [
    setting(
      'price-year',
      'Price year',
      s.priceYear === null
        ? 'Not set'
        : `${s.priceYear}${s.priceYearIsDefault ? ' (the latest year of the index)' : ''}`,
      s.priceYear,
      s.priceYearIsDefault ? `The latest year of the ${s.priceIndex.name}` : 'Set in Library settings',
    ),
    setting(
      'discount-rate',
      'Discount rate',
      formatPercent(s.discountRate, 1),
      s.discountRate,
      local.discountRateSource,
    ),
    baseline === null
      ? setting(
          'baseline-rate',
          'Baseline rate',
          'None in the library',
          null,
          'Library settings: baseline rates',
        )
      : setting(
          'baseline-rate',
          'Baseline rate',
          `${formatFigureValue(baseline.rate, 'rate')}${baseline.area === null ? '' : ` in ${baseline.area}`}${
            baseline.year === null ? '' : ` (${baseline.year})`
          }`,
          baseline.rate,
          baseline.source,
        ),
    ...local.unitCosts.map((u) =>
      setting(
        `unit-cost/${u.id}`,
        `Unit cost: ${u.name}`,
        formatCostWithPriceYear({ amount: u.amount, currency: u.currency, priceYear: u.priceYear }),
        u.amount,
        u.source,
      ),
    ),
  ];
}

export function methodSection(
  title: string,
  m: MethodContext,
  localSettings: readonly BriefFigure[],
): BriefDocumentSectionOf<'method'> {
  const s = m.local.settings;
  const derivations = [
    ...new Set(
      m.options.flatMap((o) =>
        studyEffects(o.detail)
          .filter((e) => e.result.outcome.id === m.outcomeId && e.effect.derivation !== null)
          .map((e) => e.effect.derivation?.method ?? ''),
      ),
    ),
  ];
  const formulas = FORMULA_KEYS.flatMap(({ key, name }) => {
    const figure = m.options.map((o) => o.figures[key]).find((f) => f.status === 'ok');
    return figure?.status === 'ok' ? [{ name, text: sentence(figure.formula) }] : [];
  });
  const index = s.priceIndex;
  const indexSources = formatList(
    index.sources.map((x) => (x.sourceDate === null ? x.source : `${x.source}, ${x.sourceDate}`)),
  );
  const methods = [
    ...FRAMEWORKS.map((f) => ({
      name: f.name,
      text: sentence(`Ratings computed from each option's record and studies against ${f.source}`),
    })),
    {
      name: 'Effect size',
      text: `Standardised mean difference (Hedges' g), oriented so that a positive effect is beneficial${
        derivations.length === 0 ? '' : `; worked out as: ${formatList(derivations)}`
      }.`,
    },
    {
      name: 'Pooling',
      text: `${POOLING_METHOD_LABELS[m.method]} meta-analysis of one result per study (the latest time point), with ${POOLING_TEST_LABELS[m.test]} confidence intervals; one study's own estimate where there is only one.`,
    },
    {
      name: 'Change at the local baseline',
      text: 'The effect converted to an odds ratio (ln OR = g·π/√3) and applied to the baseline rate of the outcome.',
    },
    ...formulas,
    {
      name: 'Discounting',
      text: `Costs and benefits over several years are discounted at ${formatPercent(s.discountRate, 1)} a year (${m.local.discountRateSource}).`,
    },
    {
      name: 'Price year conversion',
      text:
        s.priceYear === null
          ? `Costs are stated in their own price years: the ${index.name} is not in the library.`
          : `Costs are brought to ${s.priceYear} prices with the ${index.name} (${index.firstYear ?? '?'}–${index.lastYear ?? '?'}; ${indexSources || 'source not recorded'}).`,
    },
  ];
  const settings = [
    { label: 'Library', value: m.libraryName },
    { label: 'Library format version', value: String(m.schemaVersion) },
    { label: 'Evidence Workbench version', value: m.appVersion },
    {
      label: 'Generated',
      value: `${formatPartialDate(m.now.toISOString().slice(0, 10))}, ${m.now.toISOString().slice(11, 16)} UTC`,
    },
    { label: 'Area', value: m.area ?? 'None chosen (library-wide figures)' },
    ...localSettings.map((f) => ({ label: f.label, value: `${f.text}; source: ${f.source}` })),
  ];
  return { kind: 'method', title, methods, settings };
}
