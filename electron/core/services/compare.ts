// Two to six interventions side by side on one outcome (issue 6, item 2). Every figure is the one
// the intervention's own tabs show, from the same services: ratings from the ratings service, the
// pooled effect and its translation at the local baseline from the evidence service, and costs and
// value from value/get's report itself. This module only gathers them, names the gaps and marks
// the best value in each row.
import type { Database } from 'better-sqlite3';
import {
  BEST_ROWS,
  type BestRow,
  COMPARED_VALUE_KEYS,
  type ComparedIntervention,
  type ComparedValueKey,
  type Comparison,
  type EffectFigure,
  type GapKind,
} from '../../../shared/model/compare';
import type { InterventionDetail } from '../../../shared/model/catalogue';
import type { PooledOutcome, PoolingMethod, PoolingTest } from '../../../shared/model/evidence';
import {
  type Figure,
  FIGURE_KEYS,
  type FigureKey,
  type MissingInput,
  ValueInputSchema,
  type ValueReport,
} from '../../../shared/model/value';
import { poolOutcome } from './evidence';
import { getInterventionDetail } from './intervention-detail';
import { chosenOutcome, localFigures } from './local-figures';
import { frameworkRatings } from './ratings';
import { studyEffects } from './study-effects';
import { valueReport } from './value';
import { effectInUse } from './value-evidence';
import { missingFigure } from './value-figures';

/** The figures that do not depend on the outcome: the rest need results on it. */
const COST_KEYS: readonly FigureKey[] = ['costPerParticipant', 'costBand'];

const UK = new Set([
  'united kingdom',
  'uk',
  'great britain',
  'england',
  'scotland',
  'wales',
  'northern ireland',
]);

/** True for an evaluation carried out in the UK (or one of its nations). */
export function isUkCountry(country: string | null): boolean {
  return country !== null && UK.has(country.trim().toLowerCase());
}

function effectFigure(pooled: PooledOutcome | null, outcomeName: string): EffectFigure {
  if (pooled === null) {
    return {
      status: 'missing',
      needed: `No results on ${outcomeName}: add an evaluation that measured it, with its statistics.`,
    };
  }
  const effect = effectInUse(pooled);
  if (effect === null) {
    return {
      status: 'missing',
      needed: `No result on ${outcomeName} could be standardised: ${pooled.note ?? 'record the statistics of its results.'}`,
    };
  }
  return {
    status: 'ok',
    studies: pooled.studies.length,
    pooled: pooled.model !== null,
    estimate: effect.estimate,
    ciLower: effect.ciLower,
    ciUpper: effect.ciUpper,
    piLower: pooled.model?.pi_lb ?? null,
    piUpper: pooled.model?.pi_ub ?? null,
    note: pooled.note,
  };
}

function gapsOf(
  detail: InterventionDetail,
  pooled: PooledOutcome | null,
  outcomeName: string,
  cost: Figure,
  illustrative: boolean,
): ComparedIntervention['gaps'] {
  const gaps: { kind: GapKind; text: string }[] = [];
  if (pooled === null) gaps.push({ kind: 'no-outcome-evidence', text: `No evidence on ${outcomeName}` });
  else if (pooled.studies.length === 1)
    gaps.push({ kind: 'single-study', text: `Single study on ${outcomeName}` });
  if (detail.evaluations.length > 0) {
    if (!detail.evaluations.some((e) => isUkCountry(e.country)))
      gaps.push({ kind: 'no-uk-evaluation', text: 'No UK evaluation' });
    if (!detail.evaluations.some((e) => e.independent))
      gaps.push({ kind: 'no-independent-evaluation', text: 'No independent evaluation' });
  }
  if (detail.costItems.length === 0) gaps.push({ kind: 'no-cost-data', text: 'No cost data' });
  else if (cost.status === 'missing')
    gaps.push({ kind: 'no-cost-data', text: 'Cost per participant cannot be worked out' });
  if (illustrative) gaps.push({ kind: 'illustrative', text: 'Uses illustrative (invented) data' });
  return gaps;
}

/** One intervention compared, with what it was worked out from: a brief prints these too. */
export interface ComparedWithSources {
  compared: ComparedIntervention;
  detail: InterventionDetail;
  /** Its results on the outcome, pooled (one per study); null when it has none. */
  pooled: PooledOutcome | null;
  /** value/get's report, and every figure of it on the compared outcome (missing without results on it). */
  report: ValueReport;
  figures: Record<FigureKey, Figure>;
}

/** One intervention on one outcome, as a column of the comparison (a brief holds one or more). */
export function compareIntervention(
  db: Database,
  id: string,
  outcome: Comparison['outcome'],
  areaId: string | null,
  method: PoolingMethod,
  test: PoolingTest,
): ComparedWithSources {
  const detail = getInterventionDetail(db, id);
  const sourced = studyEffects(detail);
  const onOutcome = sourced.filter((s) => s.result.outcome.id === outcome.id);
  const pooled =
    onOutcome.length === 0
      ? null
      : poolOutcome(db, onOutcome[0]?.result.outcome ?? outcome, onOutcome, method, test, areaId);
  // value/get's own report, with its defaults (draws, seed), so every figure matches the Value tab.
  const report = valueReport(
    db,
    ValueInputSchema.parse({
      interventionId: id,
      ...(pooled === null ? {} : { outcomeId: outcome.id }),
      ...(areaId === null ? {} : { areaId }),
      method,
      test,
    }),
  );
  const needOutcome: MissingInput = {
    input: 'outcome',
    needed: `No results on ${outcome.name} are recorded for this intervention: add an evaluation that measured it.`,
    where: 'evidence',
    recordId: outcome.id,
  };
  // Without results on the outcome the report values another one: only its costs apply here.
  const figures = Object.fromEntries(
    FIGURE_KEYS.map((key) => [
      key,
      pooled === null && !COST_KEYS.includes(key) ? missingFigure(key, [needOutcome]) : report.figures[key],
    ]),
  ) as Record<FigureKey, Figure>;
  const value = Object.fromEntries(COMPARED_VALUE_KEYS.map((key) => [key, figures[key]])) as Record<
    ComparedValueKey,
    Figure
  >;
  const illustrative =
    report.costItems.some((c) => c.illustrative) ||
    onOutcome.some((s) => s.effect.illustrative) ||
    detail.illustrativeFields.length > 0;
  const compared: ComparedIntervention = {
    intervention: {
      id: detail.id,
      name: detail.name,
      summary: detail.summary,
      approachType: detail.approachType,
    },
    ratings: frameworkRatings(
      db,
      detail,
      sourced.map((s) => s.effect),
    ),
    effect: effectFigure(pooled, outcome.name),
    translation: pooled?.translation ?? null,
    translationNote: pooled === null ? `No results on ${outcome.name}.` : (pooled.translationNote ?? null),
    value,
    costBand: report.costBand,
    fit: {
      ageMin: detail.ageMin,
      ageMax: detail.ageMax,
      settings: detail.settings,
      areas: detail.areas,
      tier: detail.tier,
      strand: detail.strand,
    },
    readiness: {
      manualAvailable: detail.manualAvailable,
      staffing: detail.staffing,
      sites: detail.areas.length,
      reachPerYear: detail.reachPerYear,
      evaluations: detail.evaluations.length,
      independentEvaluations: detail.evaluations.filter((e) => e.independent).length,
    },
    gaps: gapsOf(detail, pooled, outcome.name, value.costPerParticipant, illustrative),
    illustrative,
  };
  return { compared, detail, pooled, report, figures };
}

/** The ids holding the best value of a row (ties share it); none when fewer than two have a value. */
function bestOf(values: { id: string; value: number | null }[], higherIsBetter: boolean): string[] {
  const known = values.filter((v): v is { id: string; value: number } => v.value !== null);
  if (known.length < 2) return [];
  const best = higherIsBetter
    ? Math.max(...known.map((v) => v.value))
    : Math.min(...known.map((v) => v.value));
  return known.filter((v) => v.value === best).map((v) => v.id);
}

const figureValue = (f: Figure) => (f.status === 'ok' ? f.value : null);

function bestRows(compared: readonly ComparedIntervention[]): Comparison['best'] {
  const row = (value: (c: ComparedIntervention) => number | null, higherIsBetter: boolean) =>
    bestOf(
      compared.map((c) => ({ id: c.intervention.id, value: value(c) })),
      higherIsBetter,
    );
  const rows: Record<BestRow, string[]> = {
    effect: row((c) => (c.effect.status === 'ok' ? c.effect.estimate : null), true),
    nnt: row((c) => c.translation?.nnt ?? null, false),
    costPerParticipant: row((c) => figureValue(c.value.costPerParticipant), false),
    costPerOutcome: row((c) => figureValue(c.value.costPerOutcome), false),
    benefitCostRatio: row((c) => figureValue(c.value.benefitCostRatio), true),
    chanceBenefitsExceedCosts: row((c) => figureValue(c.value.chanceBenefitsExceedCosts), true),
  };
  return Object.fromEntries(BEST_ROWS.map((k) => [k, rows[k]])) as Comparison['best'];
}

export function compareInterventions(
  db: Database,
  input: {
    ids: string[];
    outcomeId: string;
    areaId?: string | undefined;
    method: PoolingMethod;
    test: PoolingTest;
  },
): Comparison {
  const outcome = chosenOutcome(db, input.outcomeId);
  const areaId = input.areaId ?? null;
  const interventions = input.ids.map(
    (id) => compareIntervention(db, id, outcome, areaId, input.method, input.test).compared,
  );
  return {
    outcome,
    local: localFigures(db, outcome, areaId),
    method: input.method,
    test: input.test,
    interventions,
    best: bestRows(interventions),
  };
}
