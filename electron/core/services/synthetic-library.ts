// A synthetic library of realistic shape for scale tests and benchmarks (`ewb generate`): per
// intervention about 5 evaluations of about 10 outcome results each and about 5 cost items, drawn
// from the real taxonomy with statistics that standardise and pool. The same seed always gives the
// same records. Every record says it is synthetic and is flagged illustrative, so none of it can
// ever pass for evidence.
import { type Random, seededRandom } from '../../../shared/analysis/random';
import type {
  BundleCostItem,
  BundleEvaluation,
  BundleIntervention,
  BundleOutcomeResult,
} from '../../../shared/model/bundle';
import {
  COST_CATEGORIES,
  type Design,
  ORGANISATION_KINDS,
  SETTINGS,
  STRANDS,
  TIERS,
} from '../../../shared/model/vocabulary';
import { APPROACH_TYPES } from '../../../shared/taxonomy/approach-types';
import { AREAS } from '../../../shared/taxonomy/areas';
import { OUTCOME_DOMAINS, type OutcomeDomainSeed } from '../../../shared/taxonomy/outcomes';
import { Library } from '../library';
import { insertBaselineRate } from '../repos/baseline-rates';
import { insertOrganisation } from '../repos/organisations';
import { insertInterventionTree } from './bundle-import';

export interface SyntheticLibraryOptions {
  interventions: number;
  seed: number;
}

export interface SyntheticLibraryCounts {
  interventions: number;
  evaluations: number;
  outcomeResults: number;
  costItems: number;
  organisations: number;
}

const SYNTHETIC_NOTE = 'Synthetic record made by `ewb generate` for scale tests: invented, not evidence.';
/** The intervention fields the generator invents: all of them, so the app labels each one. */
const ILLUSTRATIVE_FIELDS = [
  'name',
  'summary',
  'description',
  'ageMin',
  'ageMax',
  'settings',
  'areaIds',
  'durationWeeks',
  'sessions',
  'reachPerYear',
  'organisations',
  'evidenceLevel',
];
const PRICE_YEAR = 2024;
const BOROUGHS = AREAS.filter((a) => a.kind === 'borough');

/** Designs in the mix a youth-crime evidence base has, with the SMS score each earns. */
const DESIGN_MIX: readonly { design: Design; weight: number; sms: number }[] = [
  { design: 'pre-post', weight: 30, sms: 2 },
  { design: 'comparison-group', weight: 25, sms: 3 },
  { design: 'matched', weight: 20, sms: 4 },
  { design: 'randomised', weight: 15, sms: 5 },
  { design: 'cluster-randomised', weight: 7, sms: 5 },
  { design: 'systematic-review', weight: 3, sms: 4 },
];
const DESIGN_WEIGHT = DESIGN_MIX.reduce((sum, d) => sum + d.weight, 0);

const pick = <T>(random: Random, list: readonly T[]): T => list[Math.floor(random.next() * list.length)] as T;
const between = (random: Random, low: number, high: number) =>
  low + Math.floor(random.next() * (high - low + 1));
/** About `mean` (at least 1): a small spread like the counts real libraries hold. */
const around = (random: Random, mean: number) => Math.max(1, Math.round(mean + (random.next() - 0.5) * mean));
const pad = (n: number) => String(n).padStart(5, '0');

function chooseDesign(random: Random) {
  let r = random.next() * DESIGN_WEIGHT;
  for (const d of DESIGN_MIX) {
    r -= d.weight;
    if (r < 0) return d;
  }
  return DESIGN_MIX[0] as (typeof DESIGN_MIX)[number];
}

/** Each approach has its own true effect on each outcome, so the toolkit has something to find. */
function trueEffects(random: Random): Map<string, number> {
  const effects = new Map<string, number>();
  for (const a of APPROACH_TYPES)
    for (const d of OUTCOME_DOMAINS) effects.set(`${a.id}/${d.id}`, 0.12 + 0.15 * random.normal());
  return effects;
}

/** One measured outcome: events for event outcomes (offending, exclusions…), means and SDs otherwise. */
function outcomeResult(
  random: Random,
  id: string,
  domain: OutcomeDomainSeed,
  g: number,
  n: { treatment: number; control: number },
  months: number,
): BundleOutcomeResult {
  const observed = g + Math.sqrt(4 / (n.treatment + n.control)) * random.normal();
  const base = {
    id,
    outcomeId: domain.id,
    measureName: `${domain.name} (synthetic measure)`,
    timePointMonths: months,
    timePointLabel: `${months} months`,
    higherIsBetter: domain.higherIsBetter,
    illustrative: true,
  };
  if (!domain.higherIsBetter) {
    // ln OR = −g·π/√3 for an outcome to reduce (domain.md), from a control rate of 10–50%.
    const p2 = 0.1 + 0.4 * random.next();
    const odds = (p2 / (1 - p2)) * Math.exp((-observed * Math.PI) / Math.sqrt(3));
    const p1 = odds / (1 + odds);
    const clamp = (events: number, total: number) => Math.min(total - 1, Math.max(1, Math.round(events)));
    return {
      ...base,
      dataType: 'binary',
      stats: {
        events1: clamp(p1 * n.treatment, n.treatment),
        total1: n.treatment,
        events2: clamp(p2 * n.control, n.control),
        total2: n.control,
      },
    };
  }
  const sd = 8 + 6 * random.next();
  const round = (x: number) => Math.round(x * 100) / 100;
  return {
    ...base,
    dataType: 'continuous',
    stats: {
      m1: round(50 + observed * sd),
      sd1: round(sd),
      n1: n.treatment,
      m2: 50,
      sd2: round(sd),
      n2: n.control,
    },
  };
}

function evaluation(
  random: Random,
  id: string,
  index: number,
  context: {
    approachId: string;
    outcomes: readonly OutcomeDomainSeed[];
    effects: Map<string, number>;
    evaluators: string[];
  },
): BundleEvaluation {
  const { design, sms } = chooseDesign(random);
  const n = { treatment: between(random, 40, 600), control: between(random, 40, 600) };
  const results = around(random, 10);
  const place = pick(random, BOROUGHS).name;
  return {
    id,
    title: `Synthetic evaluation ${index} of ${id.replace(/-e\d+$/, '')}`,
    authors: 'Synthetic data',
    evaluatorOrganisationId: pick(random, context.evaluators),
    independent: random.next() < 0.5,
    year: between(random, 2000, 2025),
    design,
    nTreatment: n.treatment,
    nControl: n.control,
    followUpMonths: pick(random, [6, 12, 18, 24]),
    place,
    country: 'United Kingdom',
    smsScore: sms,
    riskOfBias: [],
    findings: SYNTHETIC_NOTE,
    illustrative: true,
    sources: [],
    outcomeResults: Array.from({ length: results }, (_, k) => {
      const domain = context.outcomes[k % context.outcomes.length] as OutcomeDomainSeed;
      // Several time points of the same outcome, as follow-up studies report them.
      const months = [6, 12, 24][Math.floor(k / context.outcomes.length) % 3] as number;
      const g = context.effects.get(`${context.approachId}/${domain.id}`) ?? 0;
      return outcomeResult(random, `${id}-r${k + 1}`, domain, g + 0.1 * random.normal(), n, months);
    }),
  };
}

function costItems(random: Random, interventionId: string): BundleCostItem[] {
  const participants = between(random, 20, 400);
  return Array.from({ length: around(random, 5) }, (_, k) => {
    const perParticipant = k === 0;
    const amount = perParticipant ? between(random, 50, 1500) : between(random, 1000, 60000);
    return {
      id: `${interventionId}-c${k + 1}`,
      description: `Synthetic cost item ${k + 1}`,
      category: pick(random, COST_CATEGORIES),
      amount,
      amountLow: Math.round(amount * 0.8),
      amountHigh: Math.round(amount * 1.25),
      currency: 'GBP',
      priceYear: PRICE_YEAR,
      basis: perParticipant ? 'per-participant' : 'per-cohort',
      ...(perParticipant ? {} : { participants }),
      illustrative: true,
      sources: [],
    };
  });
}

function intervention(
  random: Random,
  index: number,
  context: { effects: Map<string, number>; providers: string[]; evaluators: string[] },
): BundleIntervention {
  const id = `syn-${pad(index)}`;
  const approach = pick(random, APPROACH_TYPES);
  const ageMin = between(random, 8, 16);
  const outcomes = Array.from({ length: between(random, 2, 4) }, () => pick(random, OUTCOME_DOMAINS));
  const distinct = [...new Map(outcomes.map((o) => [o.id, o])).values()];
  const evaluations = around(random, 5);
  return {
    id,
    name: `Synthetic ${approach.name.toLowerCase()} programme ${pad(index)}`,
    summary: SYNTHETIC_NOTE,
    description: SYNTHETIC_NOTE,
    approachTypeId: approach.id,
    tier: pick(random, TIERS),
    strand: pick(random, STRANDS),
    ageMin,
    ageMax: Math.min(25, ageMin + between(random, 2, 8)),
    settings: [...new Set([pick(random, SETTINGS), pick(random, SETTINGS)])],
    areaIds: [...new Set([pick(random, BOROUGHS).id, pick(random, BOROUGHS).id])],
    durationWeeks: between(random, 4, 52),
    sessions: between(random, 4, 40),
    manualAvailable: random.next() < 0.6,
    reachPerYear: between(random, 20, 2000),
    status: 'active',
    theoryOfChange: {
      inputs: [],
      activities: ['Synthetic activity'],
      outputs: [],
      shortTermOutcomes: [],
      longTermOutcomes: distinct.map((o) => o.name),
      assumptions: [],
    },
    tags: ['synthetic'],
    links: [],
    contacts: [],
    organisations: [{ organisationId: pick(random, context.providers), role: 'lead' }],
    evidenceLevel: between(random, 1, 5),
    validationStatus: 'not-assessed',
    illustrativeFields: ILLUSTRATIVE_FIELDS,
    sources: [],
    evaluations: Array.from({ length: evaluations }, (_, k) =>
      evaluation(random, `${id}-e${k + 1}`, k + 1, {
        approachId: approach.id,
        outcomes: distinct,
        effects: context.effects,
        evaluators: context.evaluators,
      }),
    ),
    costItems: costItems(random, id),
  };
}

/**
 * Creates a new library file at `path` holding `interventions` synthetic interventions, in one
 * transaction (refusing to overwrite a file, like every new library), and counts what it wrote.
 */
export async function generateSyntheticLibrary(
  path: string,
  options: SyntheticLibraryOptions,
): Promise<SyntheticLibraryCounts> {
  const random = seededRandom(options.seed);
  const counts: SyntheticLibraryCounts = {
    interventions: 0,
    evaluations: 0,
    outcomeResults: 0,
    costItems: 0,
    organisations: 0,
  };
  const library = await Library.create(
    path,
    {
      name: `Synthetic library (${options.interventions} interventions, seed ${options.seed})`,
      description: `Every record here is synthetic and illustrative, made by \`ewb generate\` for scale tests. None of it is evidence.`,
    },
    {
      fill: ({ db }) => {
        const organisations = Math.max(10, Math.ceil(options.interventions / 5));
        const ids = Array.from({ length: organisations }, (_, k) => {
          const id = `syn-org-${pad(k + 1)}`;
          insertOrganisation(db, {
            id,
            name: `Synthetic organisation ${pad(k + 1)}`,
            kind: pick(random, ORGANISATION_KINDS),
            description: SYNTHETIC_NOTE,
          });
          return id;
        });
        counts.organisations = organisations;
        const context = {
          effects: trueEffects(random),
          providers: ids,
          // Evaluators are a smaller set, as a few research groups do most evaluations.
          evaluators: ids.slice(0, Math.max(3, Math.ceil(organisations / 10))),
        };
        for (let k = 1; k <= options.interventions; k++) {
          const record = intervention(random, k, context);
          insertInterventionTree(db, record);
          counts.interventions += 1;
          counts.evaluations += record.evaluations.length;
          counts.outcomeResults += record.evaluations.reduce((n, e) => n + e.outcomeResults.length, 0);
          counts.costItems += record.costItems.length;
        }
        for (const domain of OUTCOME_DOMAINS.filter((d) => !d.higherIsBetter).slice(0, 4)) {
          insertBaselineRate(db, {
            id: `syn-baseline-${domain.id}`,
            outcomeDomainId: domain.id,
            areaId: null,
            rate: 0.1 + 0.3 * random.next(),
            population: 'Synthetic population',
            year: PRICE_YEAR,
            source: SYNTHETIC_NOTE,
            sourceDate: null,
          });
        }
      },
    },
  );
  library.close();
  return counts;
}
