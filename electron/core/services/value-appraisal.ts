// The benefit side of the value report and what it is set against: benefits per participant,
// benefit–cost ratio, net present value (per participant and per cohort) and the break-even
// effect, each at the effect valued with an interval from the ends of its 95% CI.
import {
  type BenefitAssumptions,
  benefitFunction,
  breakEvenEffect,
  type CostOverYears,
  valueForMoney,
} from '../../../shared/analysis/costs/value-for-money';
import {
  APPRAISAL_FIGURE_KEYS,
  type Figure,
  type MissingInput,
  type ValueReport,
} from '../../../shared/model/value';
import { cohortMissing } from './value-costs';
import { type EffectInUse, figure, input, missingFigure } from './value-figures';

/** Everything an appraisal needs, all present. */
export interface Appraisal {
  assumptions: Required<BenefitAssumptions>;
  effect: EffectInUse;
  costs: CostOverYears;
  cohort: ValueReport['cohort'];
  timing: ValueReport['benefitTiming'];
  discountRateSource: string;
}

export type AppraisalFigures = Record<(typeof APPRAISAL_FIGURE_KEYS)[number], Figure>;

/** Every appraisal figure as missing, with what it needs. */
export function missingAppraisal(
  missing: readonly MissingInput[],
  cohort: ValueReport['cohort'],
): AppraisalFigures {
  const figures = Object.fromEntries(APPRAISAL_FIGURE_KEYS.map((key) => [key, missingFigure(key, missing)]));
  return {
    ...(figures as AppraisalFigures),
    npvPerCohort: missingFigure('npvPerCohort', [...missing, ...cohortMissing(cohort)]),
  };
}

/** The deterministic figures (the chance that benefits exceed costs comes from the simulation). */
export function appraisalFigures(a: Appraisal): Omit<AppraisalFigures, 'chanceBenefitsExceedCosts'> {
  const { assumptions, effect, costs, cohort, timing } = a;
  const cost = costs.perParticipant;
  const central = valueForMoney({
    ...assumptions,
    effect: effect.estimate,
    costPerParticipant: cost,
    participants: cohort?.participants ?? 1,
  });
  const benefits = benefitFunction(assumptions);
  const low = benefits(effect.ciLower);
  const high = benefits(effect.ciUpper);
  const ciLabel = "at the ends of the effect's 95% CI, costs central";
  const benefitInputs = [
    input('Effect (g)', effect.estimate, 'effect', null, 'pooledEffect'),
    input('Baseline rate', assumptions.baselineRate, 'rate', null, 'baselineRate'),
    input('Unit cost of the outcome', assumptions.unitCost, 'GBP', null, 'unitCost'),
    input('Outcomes avoided per participant', central.outcomesAvoidedPerParticipant, 'rate', '|p0 − p1|'),
    input('Follow-up years', timing.years, 'year', timing.source),
    input('Discount rate', assumptions.discountRate, 'rate', a.discountRateSource),
  ];
  const costInput = input('Cost per participant', cost, 'GBP', null, 'costPerParticipant');
  const benefitInput = input(
    'Benefits per participant',
    central.benefitsPerParticipant,
    'GBP',
    null,
    'benefitsPerParticipant',
  );
  const breakEven = breakEvenEffect({ ...assumptions, costPerParticipant: cost });
  return {
    benefitsPerParticipant: figure('benefitsPerParticipant', {
      value: central.benefitsPerParticipant,
      unit: 'GBP',
      interval: { lower: low, upper: high, label: ciLabel },
      formula: 'outcomes avoided per participant × unit cost × Σₜ wₜ/(1+r)ᵗ',
      inputs: benefitInputs,
    }),
    benefitCostRatio: figure('benefitCostRatio', {
      value: central.benefitCostRatio,
      unit: 'ratio',
      interval: { lower: low / cost, upper: high / cost, label: ciLabel },
      formula: 'benefits ÷ costs (present values per participant)',
      inputs: [benefitInput, costInput],
    }),
    npvPerParticipant: figure('npvPerParticipant', {
      value: central.npvPerParticipant,
      unit: 'GBP',
      interval: { lower: low - cost, upper: high - cost, label: ciLabel },
      formula: 'benefits − costs (present values per participant)',
      inputs: [benefitInput, costInput],
    }),
    npvPerCohort:
      cohort === null
        ? missingFigure('npvPerCohort', cohortMissing(cohort))
        : figure('npvPerCohort', {
            value: central.npvPerCohort,
            unit: 'GBP',
            interval: {
              lower: (low - cost) * cohort.participants,
              upper: (high - cost) * cohort.participants,
              label: ciLabel,
            },
            formula: 'net present value per participant × participants in a cohort',
            inputs: [
              input(
                'Net present value per participant',
                central.npvPerParticipant,
                'GBP',
                null,
                'npvPerParticipant',
              ),
              input('Participants', cohort.participants, 'people', cohort.source),
            ],
          }),
    breakEvenEffect:
      breakEven === null
        ? missingFigure('breakEvenEffect', [
            {
              input: 'beneficialEffect',
              needed:
                'No effect size pays back the cost: even preventing every outcome is worth less than the cost per participant.',
              where: 'evidence',
            },
          ])
        : figure('breakEvenEffect', {
            value: breakEven,
            unit: 'effect',
            formula: 'the smallest g at which benefits per participant ≥ cost per participant (bisection)',
            inputs: [costInput, ...benefitInputs.slice(1)],
          }),
  };
}
