// The Value tab's report for one intervention and one outcome (issue 5): its cost items in the
// library's price year, cost per participant and EIF band, cost per outcome achieved, benefits,
// benefit–cost ratio, net present value, break-even effect, the Monte Carlo with its histogram,
// and a tornado of the inputs that move net benefit most. The statistics all come from
// shared/analysis; these modules gather the inputs, say which are missing and trace each figure.
import type { Database } from 'better-sqlite3';
import { DEFAULT_SEED } from '../../../shared/analysis/costs/monte-carlo';
import type { PriceIndex } from '../../../shared/analysis/costs/price-index';
import { eifCostRating } from '../../../shared/analysis/ratings/cost-rating';
import { ApiFailure } from '../../../shared/errors';
import type { CostItemView } from '../../../shared/model/catalogue';
import type { PooledOutcome, PoolingMethod, PoolingTest } from '../../../shared/model/evidence';
import {
  FIGURE_KEYS,
  GDP_DEFLATOR_SERIES,
  type Figure,
  type FigureKey,
  type MissingInput,
  type MissingMonteCarlo,
  type MonteCarloView,
  type PriceIndexRow,
  type TornadoRow,
  type UnitCost,
  type ValueOutcomeChoice,
  type ValueReport,
} from '../../../shared/model/value';
import { priceIndexOf, priceIndexRows } from '../repos/price-index';
import { unitCostsOf } from '../repos/unit-costs';
import { pooledOutcomes } from './evidence';
import { getInterventionDetail } from './intervention-detail';
import { studyEffects } from './study-effects';
import { type Appraisal, type AppraisalFigures, appraisalFigures, missingAppraisal } from './value-appraisal';
import { type CostSide, cohortOf, costBandFigure, costFigure, costSide } from './value-costs';
import {
  baselineFigure,
  benefitTiming,
  costPerOutcomeFigure,
  effectFigure,
  effectInUse,
  nntFigure,
  unitCostFigure,
} from './value-evidence';
import { CURRENCY, missingFigure, missingOf, PRICE_INDEX_NAME } from './value-figures';
import { valueSettingsInUse } from './value-settings';
import { simulate, tornadoRows } from './value-uncertainty';

export interface ValueOptions {
  interventionId: string;
  outcomeId?: string | undefined;
  unitCostId?: string | undefined;
  areaId?: string | undefined;
  method: PoolingMethod;
  test: PoolingTest;
  draws: number;
  seed?: number | undefined;
}

/** The price year figures are stated in: the user's, else the index's latest, else the one year all costs share. */
export function analysisPriceYear(
  setting: number | null,
  indexYears: readonly number[],
  items: readonly CostItemView[],
) {
  if (setting !== null) return { year: setting, isDefault: false };
  const latest = indexYears.at(-1);
  if (latest !== undefined) return { year: latest, isDefault: true };
  const years = new Set(items.map((i) => i.priceYear));
  return { year: years.size === 1 ? ([...years][0] as number) : null, isDefault: true };
}

/** The outcomes with results, most studies first, and the one asked for (by default the first). */
function chooseOutcome(db: Database, pooled: readonly PooledOutcome[], outcomeId: string | undefined) {
  const choices: ValueOutcomeChoice[] = pooled
    .map((p) => ({
      id: p.outcome.id,
      name: p.outcome.name,
      higherIsBetter: p.outcome.higherIsBetter,
      studies: p.studies.length,
      hasUnitCost: unitCostsOf(db, p.outcome.id).length > 0,
      hasBaselineRate: p.translation !== null,
    }))
    .sort((a, b) => b.studies - a.studies || a.name.localeCompare(b.name));
  const id = outcomeId ?? choices[0]?.id;
  const chosen = id === undefined ? null : (pooled.find((p) => p.outcome.id === id) ?? null);
  if (outcomeId !== undefined && chosen === null) {
    throw new ApiFailure(
      'INVALID_INPUT',
      `outcomeId: the intervention has no results on "${outcomeId}"`,
      'outcomeId',
    );
  }
  return { choices, chosen };
}

/** The settings a report states its figures in, with the releases the price index's years come from. */
export function reportSettings(
  priceYear: number | null,
  isDefault: boolean,
  discountRate: number,
  indexRows: readonly PriceIndexRow[],
): ValueReport['settings'] {
  return {
    priceYear,
    priceYearIsDefault: isDefault,
    discountRate,
    currency: CURRENCY,
    priceIndex: {
      series: GDP_DEFLATOR_SERIES,
      name: PRICE_INDEX_NAME,
      firstYear: indexRows[0]?.year ?? null,
      lastYear: indexRows.at(-1)?.year ?? null,
      // Each release once, so every conversion names its source.
      sources: [...new Map(indexRows.map((r) => [`${r.source}\u0000${r.sourceDate ?? ''}`, r])).values()].map(
        (r) => ({ source: r.source, sourceDate: r.sourceDate }),
      ),
    },
  };
}

function chooseUnitCost(linked: readonly UnitCost[], unitCostId: string | undefined): UnitCost | null {
  if (unitCostId === undefined) return linked[0] ?? null;
  const found = linked.find((u) => u.id === unitCostId);
  if (found === undefined) {
    throw new ApiFailure(
      'INVALID_INPUT',
      `unitCostId: "${unitCostId}" is not a unit cost of this outcome`,
      'unitCostId',
    );
  }
  return found;
}

/** Everything the report is made from: the settings, the chosen outcome and unit cost, costs, evidence. */
function gather(db: Database, options: ValueOptions) {
  const detail = getInterventionDetail(db, options.interventionId);
  const settings = valueSettingsInUse(db);
  const indexRows = priceIndexRows(db, GDP_DEFLATOR_SERIES);
  const index = priceIndexOf(indexRows);
  const { year: priceYear, isDefault } = analysisPriceYear(
    settings.priceYear,
    indexRows.map((r) => r.year),
    detail.costItems,
  );
  const discountRate = settings.discountRate;

  const sourced = studyEffects(detail);
  const pooled = pooledOutcomes(db, sourced, options.method, options.test, options.areaId ?? null);
  const { choices, chosen } = chooseOutcome(db, pooled, options.outcomeId);
  const linked = chosen === null ? [] : unitCostsOf(db, chosen.outcome.id);
  const unit = chooseUnitCost(linked, options.unitCostId);

  const side = costSide(detail.costItems, priceYear, index, discountRate);
  const cohort = cohortOf(detail.costItems);
  const timing = benefitTiming(detail, chosen);
  const effect = chosen === null ? null : effectInUse(chosen);
  const effectFig = effectFigure(chosen, effect);
  const baselineFig = baselineFigure(chosen);
  const unitCost = unitCostFigure(unit, chosen?.outcome.name ?? null, priceYear, index);
  const nnt = nntFigure(chosen, effect, [...missingOf(effectFig), ...missingOf(baselineFig)]);

  // Benefits, BCR, NPV, break-even and the simulation need every input.
  const missing: MissingInput[] = [
    ...side.missing,
    ...missingOf(effectFig),
    ...missingOf(baselineFig),
    ...missingOf(unitCost.figure),
  ];
  if (side.costs !== null && !(side.costs.perParticipant > 0)) {
    missing.push({
      input: 'positiveCost',
      needed: 'The cost per participant is £0: a benefit–cost ratio needs a positive cost.',
      where: 'cost-items',
    });
  }
  const baseline = chosen?.translation?.baselineRate ?? null;
  const appraisal: Appraisal | null =
    missing.length === 0 &&
    side.costs !== null &&
    effect !== null &&
    baseline !== null &&
    unitCost.value !== null
      ? {
          assumptions: {
            baselineRate: baseline,
            higherIsBetter: chosen?.outcome.higherIsBetter ?? false,
            unitCost: unitCost.value,
            benefitTiming: timing.weights,
            discountRate,
          },
          effect,
          costs: side.costs,
          cohort,
          timing,
          discountRateSource: settings.discountRateSource,
        }
      : null;
  return {
    detail,
    indexRows,
    index,
    priceYear,
    isDefault,
    discountRate,
    sourced,
    choices,
    chosen,
    linked,
    unit,
    side,
    cohort,
    timing,
    effectFig,
    baselineFig,
    unitCost,
    nnt,
    missing,
    appraisal,
  };
}

/** The appraisal of an intervention's default (or given) outcome, when every input is present; for the benchmark. */
export function valueAppraisal(
  db: Database,
  options: ValueOptions,
): { appraisal: Appraisal; side: CostSide; index: PriceIndex } | null {
  const g = gather(db, options);
  return g.appraisal === null ? null : { appraisal: g.appraisal, side: g.side, index: g.index };
}

export function valueReport(db: Database, options: ValueOptions): ValueReport {
  const g = gather(db, options);
  const { side, chosen, cohort, appraisal } = g;
  let appraised: AppraisalFigures = missingAppraisal(g.missing, cohort);
  let monteCarlo: MonteCarloView | MissingMonteCarlo = {
    status: 'missing',
    missing: missingOf(appraised.chanceBenefitsExceedCosts),
  };
  let tornado: TornadoRow[] = [];
  if (appraisal !== null) {
    appraised = { ...appraised, ...appraisalFigures(appraisal) };
    tornado = tornadoRows(appraisal, side);
    if (appraisal.costs.low > 0) {
      const simulated = simulate(appraisal, side, g.index, options.draws, options.seed ?? DEFAULT_SEED);
      appraised.chanceBenefitsExceedCosts = simulated.chance;
      monteCarlo = simulated.monteCarlo;
    } else {
      // A draw at the low end of every cost range would cost nothing: its BCR has no value.
      const need: MissingInput = {
        input: 'positiveCost',
        needed:
          'The low ends of the cost ranges add to £0 per participant: record a low estimate above £0 on a cost item.',
        where: 'cost-items',
      };
      appraised.chanceBenefitsExceedCosts = missingFigure('chanceBenefitsExceedCosts', [need]);
      monteCarlo = { status: 'missing', missing: [need] };
    }
  }

  const figures: Record<FigureKey, Figure> = {
    costPerParticipant: costFigure(side, g.priceYear),
    costBand: costBandFigure(side),
    pooledEffect: g.effectFig,
    baselineRate: g.baselineFig,
    nnt: g.nnt,
    costPerOutcome: costPerOutcomeFigure(side, g.nnt),
    unitCost: g.unitCost.figure,
    ...appraised,
  };
  return {
    intervention: { id: g.detail.id, name: g.detail.name },
    settings: reportSettings(g.priceYear, g.isDefault, g.discountRate, g.indexRows),
    method: options.method,
    test: options.test,
    outcomes: g.choices,
    outcome: chosen?.outcome ?? null,
    unitCosts: g.linked,
    unitCost: g.unit,
    costItems: side.items,
    cohort,
    benefitTiming: g.timing,
    // In the order the contract lists them, so every host prints them alike.
    figures: Object.fromEntries(FIGURE_KEYS.map((k) => [k, figures[k]])) as Record<FigureKey, Figure>,
    costBand: side.costs === null ? null : eifCostRating(side.costs.perParticipant),
    monteCarlo,
    tornado,
    illustrative:
      side.items.some((c) => c.illustrative) ||
      g.sourced.some((s) => s.effect.illustrative && s.effect.outcome.id === chosen?.outcome.id),
  };
}
