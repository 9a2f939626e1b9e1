// One intervention, with everything that hangs from it, back in the bundle's shape: what history
// keeps so a delete can be undone, and what library bundles will export.
import type { Database } from 'better-sqlite3';
import {
  type BundleCostItem,
  type BundleEvaluation,
  type BundleIntervention,
  type BundleOutcomeResult,
  InterventionSchema,
  type SourceCitation,
} from '../../../shared/model/bundle';
import type {
  CostItemView,
  EvaluationView,
  OutcomeResultView,
  SourceCitationView,
} from '../../../shared/model/catalogue';
import { storedIllustrativeFields } from '../repos/interventions';
import { getInterventionDetail } from './intervention-detail';

/** null (the database's "not recorded") becomes undefined (the bundle's). */
const opt = <T>(value: T | null): T | undefined => value ?? undefined;

const citation = (c: SourceCitationView): SourceCitation => ({
  field: c.field,
  document: c.document,
  passage: c.passage,
});

export function toBundleOutcomeResult(r: OutcomeResultView): BundleOutcomeResult {
  const s = r.stats;
  const base = {
    id: r.id,
    outcomeId: r.outcome.id,
    measureName: r.measureName,
    timePointMonths: opt(r.timePointMonths),
    timePointLabel: opt(r.timePointLabel),
    higherIsBetter: r.higherIsBetter,
    illustrative: r.illustrative,
    notes: opt(r.notes),
  };
  const n = (v: number | null) => v as number; // required by the data type, as the database checks
  switch (r.dataType) {
    case 'continuous':
      return {
        ...base,
        dataType: 'continuous',
        stats: { m1: n(s.m1), sd1: n(s.sd1), n1: n(s.n1), m2: n(s.m2), sd2: n(s.sd2), n2: n(s.n2) },
      };
    case 'binary':
      return {
        ...base,
        dataType: 'binary',
        stats: { events1: n(s.events1), total1: n(s.total1), events2: n(s.events2), total2: n(s.total2) },
      };
    case 't-statistic':
      return { ...base, dataType: 't-statistic', stats: { t: n(s.t), n1: n(s.n1), n2: n(s.n2) } };
    case 'effect':
      return {
        ...base,
        dataType: 'effect',
        stats: {
          type: s.effectType ?? 'd',
          value: n(s.effectValue),
          ciLower: opt(s.ciLower),
          ciUpper: opt(s.ciUpper),
          se: opt(s.se),
          p: opt(s.p),
          n1: opt(s.n1),
          n2: opt(s.n2),
        },
      };
  }
}

export function toBundleEvaluation(e: EvaluationView): BundleEvaluation {
  return {
    id: e.id,
    title: e.title,
    authors: opt(e.authors),
    evaluatorOrganisationId: opt(e.evaluator?.id ?? null),
    independent: e.independent,
    year: opt(e.year),
    design: e.design,
    nTreatment: opt(e.nTreatment),
    nControl: opt(e.nControl),
    followUpMonths: opt(e.followUpMonths),
    place: opt(e.place),
    country: e.country ?? 'United Kingdom',
    smsScore: opt(e.smsScore),
    riskOfBias: e.riskOfBias.map((r) => ({ domain: r.domain, judgement: r.judgement, note: opt(r.note) })),
    findings: opt(e.findings),
    doi: opt(e.doi),
    url: opt(e.url),
    illustrative: e.illustrative,
    sources: e.sources.map(citation),
    outcomeResults: e.outcomeResults.map(toBundleOutcomeResult),
  };
}

export function toBundleCostItem(c: CostItemView): BundleCostItem {
  return {
    id: c.id,
    description: c.description,
    category: c.category,
    amount: c.amount,
    amountLow: opt(c.amountLow),
    amountHigh: opt(c.amountHigh),
    currency: c.currency,
    priceYear: c.priceYear,
    basis: c.basis,
    participants: opt(c.participants),
    years: opt(c.years),
    illustrative: c.illustrative,
    sources: c.sources.map(citation),
  };
}

export function interventionToBundle(db: Database, id: string): BundleIntervention {
  const d = getInterventionDetail(db, id);
  const evaluations = d.evaluations.map(toBundleEvaluation);

  const costItems = d.costItems.map(toBundleCostItem);

  // Parsed, so what history keeps is exactly what an import accepts.
  return InterventionSchema.parse({
    id: d.id,
    name: d.name,
    summary: d.summary,
    description: opt(d.description),
    approachTypeId: d.approachType.id,
    tier: d.tier,
    strand: d.strand,
    ageMin: opt(d.ageMin),
    ageMax: opt(d.ageMax),
    riskLevel: opt(d.riskLevel),
    gender: opt(d.gender),
    targetOther: opt(d.targetOther),
    settings: d.settings,
    areaIds: d.areas.map((a) => a.id),
    durationWeeks: opt(d.durationWeeks),
    sessions: opt(d.sessions),
    dosage: opt(d.dosage),
    staffing: opt(d.staffing),
    manualAvailable: opt(d.manualAvailable),
    reachPerYear: opt(d.reachPerYear),
    status: d.status,
    startDate: opt(d.startDate),
    endDate: opt(d.endDate),
    theoryOfChange: opt(d.theoryOfChange),
    tags: d.tags,
    links: d.links,
    contacts: d.contacts.map((c) => ({
      name: c.name,
      role: opt(c.role),
      email: opt(c.email),
      phone: opt(c.phone),
    })),
    organisations: d.organisations.map((o) => ({ organisationId: o.id, role: o.role })),
    evidenceLevel: opt(d.evidenceLevel),
    validationStatus: d.validationStatus,
    validatedBy: opt(d.validatedBy),
    validatedAt: opt(d.validatedAt),
    illustrativeFields: storedIllustrativeFields(db, id),
    sources: d.sources.map(citation),
    evaluations,
    costItems,
  });
}
