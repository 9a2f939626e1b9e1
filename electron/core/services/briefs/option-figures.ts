// One option's figures as a brief prints them: each a BriefFigure with a stable key
// (`<interventionId>/<what>`), the words shared/format prints it in, the number behind it, whether
// it rests on illustrative data, and where it comes from. The numbers are compare's own (which are
// the Evidence and Value tabs' own); this module only words and traces them.
import {
  formatAgeRange,
  formatCount,
  formatEffect,
  formatEffectInterval,
  formatFigureValue,
  formatInteger,
  formatList,
} from '../../../../shared/format';
import {
  inputText,
  intervalText,
  ratingText,
  relativeChangeText,
} from '../../../../shared/format/figure-text';
import type { BriefFigure } from '../../../../shared/model/brief-document';
import type { ComparedIntervention } from '../../../../shared/model/compare';
import {
  type FrameworkRatings,
  POOLING_METHOD_LABELS,
  POOLING_TEST_LABELS,
  type PoolingMethod,
  type PoolingTest,
  type RatedSubject,
} from '../../../../shared/model/evidence';
import type { Figure, FigureKey, MissingInputKind } from '../../../../shared/model/value';
import { SETTING_LABELS, STRAND_LABELS, TIER_LABELS } from '../../../../shared/model/vocabulary';
import type { ComparedWithSources } from '../compare';

/** What each missing input means, in the few words a table cell holds. */
const NEEDS: Record<MissingInputKind, string> = {
  costItems: 'needs cost data',
  participants: 'needs the number of participants the costs cover',
  priceIndex: 'needs the price index for a cost’s year',
  currency: 'needs costs in pounds',
  outcome: 'needs results on the outcome',
  pooledEffect: 'needs an effect on the outcome',
  baselineRate: 'needs a baseline rate',
  unitCost: 'needs a unit cost of the outcome',
  beneficialEffect: 'needs a beneficial effect',
  positiveCost: 'needs a cost above £0',
};

/** The words printed where a figure cannot be worked out. */
export function notKnown(reason: string): string {
  return `Not known: ${reason}`;
}

const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** Text as a sentence: a capital first and one full stop last (sources and formulas come either way). */
export function sentence(text: string): string {
  const trimmed = capitalised(text.trim());
  return /[.!?]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}

const kebab = (key: string) => key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

/** What an option's figures rest on, so each can say whether it is illustrative. */
export interface IllustrativeParts {
  effect: boolean;
  costs: boolean;
  studies: boolean;
  fit: boolean;
}

export function illustrativeParts(c: ComparedWithSources): IllustrativeParts {
  const onOutcome = new Set(c.pooled?.studies.map((s) => s.outcomeResultId) ?? []);
  const results = c.detail.evaluations.flatMap((e) => e.outcomeResults.map((r) => ({ e, r })));
  const fitFields = ['ageMin', 'ageMax', 'settings', 'areas', 'tier', 'strand'];
  return {
    effect: results.some(({ e, r }) => onOutcome.has(r.id) && (r.illustrative || e.illustrative)),
    costs: c.report.costItems.some((i) => i.illustrative),
    studies: c.detail.evaluations.some((e) => e.illustrative || e.outcomeResults.some((r) => r.illustrative)),
    fit: c.detail.illustrativeFields.some((f) => fitFields.includes(f)),
  };
}

/** The subjects of a framework's rating shown for the brief's outcome (outcome-scoped ones on it only). */
export function ratedSubjects(framework: FrameworkRatings, outcomeId: string): RatedSubject[] {
  return framework.framework.scope === 'outcome'
    ? framework.ratings.filter((r) => r.subject.id === outcomeId)
    : framework.ratings;
}

export function ratingFigure(
  id: string,
  framework: FrameworkRatings,
  outcomeId: string,
  illustrative: boolean,
): BriefFigure {
  const subjects = ratedSubjects(framework, outcomeId);
  const text =
    subjects.length === 0
      ? framework.framework.scope === 'outcome'
        ? 'Not rated on this outcome'
        : 'No studies rated'
      : subjects
          .map((r) =>
            framework.framework.scope === 'study' ? `${r.subject.name}: ${ratingText(r)}` : ratingText(r),
          )
          .join('; ');
  return {
    key: `${id}/rating/${framework.framework.id}`,
    label: framework.framework.name,
    text,
    value: null,
    illustrative: illustrative && subjects.length > 0,
    source: `Computed from the library's record and studies against ${framework.framework.source}${
      subjects.some((r) => r.override !== null) ? '; overridden by a researcher (see the option’s page)' : ''
    }`,
  };
}

export function effectBriefFigure(
  id: string,
  c: ComparedWithSources,
  method: PoolingMethod,
  test: PoolingTest,
  illustrative: boolean,
): BriefFigure {
  const e = c.compared.effect;
  const base = { key: `${id}/effect`, label: "Effect (Hedges' g)" };
  if (e.status === 'missing')
    return { ...base, text: notKnown(e.needed), value: null, illustrative: false, source: e.needed };
  const studies = c.pooled?.studies.map((s) => s.label) ?? [];
  return {
    ...base,
    text: `${formatEffect(e.estimate)} (95% CI ${formatEffectInterval(e.ciLower, e.ciUpper)})`,
    value: e.estimate,
    illustrative,
    source: e.pooled
      ? `Pooled from ${formatCount(e.studies, 'study', 'studies')} (${POOLING_METHOD_LABELS[method]}, ${POOLING_TEST_LABELS[test]}): ${studies.join('; ')}`
      : `One study’s own estimate: ${studies.join('; ')}`,
  };
}

export function relativeChangeFigure(
  id: string,
  compared: ComparedIntervention,
  illustrative: boolean,
): BriefFigure {
  const t = compared.translation;
  const base = { key: `${id}/relative-change`, label: 'Change at the local baseline' };
  if (t === null) {
    const why = compared.translationNote ?? 'no baseline rate';
    return { ...base, text: notKnown(why), value: null, illustrative: false, source: why };
  }
  return {
    ...base,
    text: relativeChangeText(t.relativeChange),
    value: t.relativeChange,
    illustrative,
    source: `The effect at a baseline rate of ${formatFigureValue(t.baselineRate, 'rate')} (${t.baselineSource})`,
  };
}

/** A value figure (value/get's own) as printed, traced to its formula and inputs. */
export function valueBriefFigure(id: string, figure: Figure, illustrative: boolean): BriefFigure {
  const base = { key: `${id}/${kebab(figure.key)}`, label: figure.label };
  if (figure.status === 'missing') {
    const needs = [...new Set(figure.missing.map((m) => NEEDS[m.input]))];
    return {
      ...base,
      text: notKnown(formatList(needs)),
      value: null,
      illustrative: false,
      source: figure.missing.map((m) => m.needed).join(' '),
    };
  }
  const interval =
    figure.interval === null
      ? ''
      : ` ${capitalised(figure.interval.label)}: ${intervalText(figure.interval.lower, figure.interval.upper, figure.unit)}.`;
  const inputs = figure.inputs
    .map((i) => `${i.name} ${inputText(i.value, i.unit)}${i.source === null ? '' : ` (${i.source})`}`)
    .join('; ');
  return {
    ...base,
    text: formatFigureValue(figure.value, figure.unit),
    value: figure.value,
    illustrative,
    source: `${sentence(figure.formula)}${interval}${inputs === '' ? '' : ` Inputs: ${inputs}.`}`,
  };
}

/** Figures resting on the effect, the costs, or both. */
const EFFECT_KEYS: readonly FigureKey[] = ['pooledEffect', 'baselineRate', 'nnt', 'breakEvenEffect'];
const COST_KEYS: readonly FigureKey[] = ['costPerParticipant', 'costBand', 'unitCost'];

export function figureIllustrative(key: FigureKey, parts: IllustrativeParts): boolean {
  if (EFFECT_KEYS.includes(key)) return parts.effect;
  if (COST_KEYS.includes(key)) return parts.costs;
  return parts.effect || parts.costs;
}

/** The most areas a fit names one by one: a table cell listing 32 boroughs says less than a count. */
const AREAS_NAMED = 3;

function areasText(names: string[]): string {
  if (names.length <= AREAS_NAMED) return formatList(names);
  return `${formatInteger(names.length)} areas (${names.slice(0, AREAS_NAMED).join(', ')} and ${formatInteger(names.length - AREAS_NAMED)} more)`;
}

export function fitFigure(id: string, compared: ComparedIntervention, illustrative: boolean): BriefFigure {
  const f = compared.fit;
  const ages =
    f.ageMin === null && f.ageMax === null
      ? 'ages not recorded'
      : `ages ${formatAgeRange(f.ageMin, f.ageMax)}`;
  const parts = [
    ages,
    f.settings.length === 0
      ? 'settings not recorded'
      : formatList(f.settings.map((s) => SETTING_LABELS[s].toLowerCase())),
    `${TIER_LABELS[f.tier].toLowerCase()} tier`,
    STRAND_LABELS[f.strand],
    f.areas.length === 0 ? 'areas not recorded' : `delivered in ${areasText(f.areas.map((a) => a.name))}`,
  ];
  const text = parts.join('; ');
  return {
    key: `${id}/fit`,
    label: 'Fit',
    text: capitalised(text),
    value: null,
    illustrative,
    source: "The intervention's record: target ages, settings, prevention tier, strand and areas",
  };
}
