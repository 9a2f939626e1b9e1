// One option's page of a brief: what it is, its theory of change, its evidence (every framework's
// rating with why, the effect and its forest plot), its costs and value, implementation and local
// delivery (the library's facts, then the author's notes as rich text).
import {
  formatAgeRange,
  formatCount,
  formatInteger,
  formatList,
  formatMonths,
  formatWeeks,
  NO_VALUE,
} from '../../../../shared/format';
import { ratingText } from '../../../../shared/format/figure-text';
import { parseRichText } from '../../../../shared/format/rich-text';
import type { OptionNote } from '../../../../shared/model/brief';
import type { BriefFigure, ForestPlotData, OptionPage } from '../../../../shared/model/brief-document';
import type { NamedRef } from '../../../../shared/model/catalogue';
import {
  type FrameworkRatings,
  POOLING_METHOD_LABELS,
  type PoolingMethod,
  type RatedSubject,
} from '../../../../shared/model/evidence';
import { SETTING_LABELS, STRAND_LABELS, TIER_LABELS } from '../../../../shared/model/vocabulary';
import type { ComparedWithSources } from '../compare';
import { type IllustrativeParts, ratedSubjects, ratingFigure } from './option-figures';

/** Why a rating is what it is, in lines: what it means, what the next level up still needs, any override. */
function explanation(framework: FrameworkRatings, rated: RatedSubject): string[] {
  const lines = [`${ratingText(rated)}: ${rated.meaning}`];
  const current = rated.levels.findIndex((l) => l.id === rated.level);
  const above = current > 0 ? rated.levels[current - 1] : undefined;
  if (above !== undefined) {
    const unmet = above.criteria.filter((c) => !c.met).map((c) => c.text);
    if (unmet.length > 0) lines.push(`Not yet ${above.label}: not met: ${unmet.join('; ')}`);
  }
  if (rated.override !== null) {
    const level =
      framework.levelChoices.find((c) => c.id === rated.override?.level)?.label ?? rated.override.level;
    lines.push(`Overridden to ${level} by ${rated.override.overriddenBy}: ${rated.override.reason}`);
  }
  return framework.framework.scope === 'study' ? lines.map((l) => `${rated.subject.name}: ${l}`) : lines;
}

export function forestPlot(c: ComparedWithSources, method: PoolingMethod): ForestPlotData | null {
  const pooled = c.pooled;
  if (pooled === null || pooled.studies.length === 0) return null;
  const illustrativeResults = new Set(
    c.detail.evaluations.flatMap((e) =>
      e.outcomeResults.filter((r) => r.illustrative || e.illustrative).map((r) => r.id),
    ),
  );
  return {
    measure: "Standardised mean difference (Hedges' g), positive = beneficial",
    nullValue: 0,
    // Effects are oriented so that a positive g is the better outcome.
    betterSide: 'right',
    rows: pooled.studies.map((s) => ({
      label: s.label,
      estimate: s.yi,
      lower: s.ciLower,
      upper: s.ciUpper,
      weightPct: pooled.studies.length === 1 ? null : s.weightPct,
      illustrative: illustrativeResults.has(s.outcomeResultId),
    })),
    pooled:
      pooled.model === null
        ? null
        : {
            label: `Pooled (${POOLING_METHOD_LABELS[method]})`,
            estimate: pooled.model.estimate,
            lower: pooled.model.ci_lb,
            upper: pooled.model.ci_ub,
          },
  };
}

const line = (label: string, value: string | null | undefined) =>
  value === null || value === undefined || value === '' ? [] : [{ label, value }];

export function optionPage(
  c: ComparedWithSources,
  figures: {
    effect: BriefFigure;
    value: BriefFigure[];
  },
  context: {
    outcomeId: string;
    method: PoolingMethod;
    area: NamedRef | null;
    note: OptionNote | undefined;
    parts: IllustrativeParts;
  },
): OptionPage {
  const d = c.detail;
  const delivery = [
    d.durationWeeks === null ? null : formatWeeks(d.durationWeeks),
    d.sessions === null ? null : formatCount(d.sessions, 'session'),
    d.dosage,
  ].filter((x): x is string => x !== null && x !== '');
  const target = [
    d.ageMin === null && d.ageMax === null ? null : `ages ${formatAgeRange(d.ageMin, d.ageMax)}`,
    d.gender,
    d.riskLevel,
    d.targetOther,
  ].filter((x): x is string => x !== null && x !== '');
  const toc = d.theoryOfChange;
  const theoryOfChange =
    toc === null
      ? []
      : [
          { label: 'Inputs', items: toc.inputs },
          { label: 'Activities', items: toc.activities },
          { label: 'Outputs', items: toc.outputs },
          { label: 'Short-term outcomes', items: toc.shortTermOutcomes },
          { label: 'Long-term outcomes', items: toc.longTermOutcomes },
          { label: 'Assumptions', items: toc.assumptions },
        ].filter((g) => g.items.length > 0);
  const providers = d.organisations.filter((o) => o.role === 'provider' || o.role === 'lead');
  const area = context.area;
  return {
    intervention: {
      id: d.id,
      name: d.name,
      summary: d.summary,
      approachType: d.approachType.name,
      provider: providers.length === 0 ? null : formatList(providers.map((o) => o.name)),
    },
    whatItIs: [
      ...line('Description', d.description),
      ...line('Approach', d.approachType.name),
      ...line('Target group', target.length === 0 ? NO_VALUE : target.join('; ')),
      ...line(
        'Settings',
        d.settings.length === 0 ? NO_VALUE : formatList(d.settings.map((s) => SETTING_LABELS[s])),
      ),
      ...line('Delivery', delivery.length === 0 ? NO_VALUE : delivery.join('; ')),
      { label: 'Prevention tier', value: TIER_LABELS[d.tier] },
      { label: 'Strand', value: STRAND_LABELS[d.strand] },
    ],
    theoryOfChange,
    evidence: {
      ratings: c.compared.ratings.map((f) => ({
        framework: f.framework.name,
        rating: ratingFigure(d.id, f, context.outcomeId, context.parts.studies),
        explanation: ratedSubjects(f, context.outcomeId).flatMap((r) => explanation(f, r)),
      })),
      effect: figures.effect,
      forest: forestPlot(c, context.method),
    },
    value: figures.value,
    implementation: {
      facts: [
        {
          label: 'Manual',
          value:
            d.manualAvailable === null ? 'Not recorded' : d.manualAvailable ? 'Available' : 'Not available',
        },
        { label: 'Staffing', value: d.staffing ?? 'Not recorded' },
        {
          label: 'Evaluations',
          value: `${formatInteger(c.compared.readiness.evaluations)}, of which ${formatInteger(c.compared.readiness.independentEvaluations)} independent`,
        },
        ...line(
          'Longest follow-up',
          d.evaluations.some((e) => e.followUpMonths !== null)
            ? formatMonths(Math.max(...d.evaluations.map((e) => e.followUpMonths ?? 0)))
            : null,
        ),
      ],
      note: parseRichText(context.note?.implementation ?? ''),
    },
    localDelivery: {
      facts: [
        {
          label: 'Delivered in',
          value: d.areas.length === 0 ? 'Not recorded' : formatList(d.areas.map((a) => a.name)),
        },
        ...(area === null
          ? []
          : [
              {
                label: `Delivered in ${area.name}`,
                value: d.areas.some((a) => a.id === area.id) ? 'Yes' : 'Not recorded',
              },
            ]),
        {
          label: 'Young people a year',
          value: d.reachPerYear === null ? 'Not recorded' : formatInteger(d.reachPerYear),
        },
        ...line('Provider', providers.length === 0 ? null : formatList(providers.map((o) => o.name))),
      ],
      note: parseRichText(context.note?.localDelivery ?? ''),
    },
    illustrative: c.compared.illustrative,
  };
}
