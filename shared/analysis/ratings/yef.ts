// A YEF Toolkit-style summary of an approach (domain.md): an impact band from the pooled effect
// as a percentage change in the outcome, and evidence quality 1–5 from how many studies there are
// and how rigorous they are (written as rules, like the other frameworks).
import type { Criterion, Framework } from './rules';

export const IMPACT_BANDS = ['high', 'moderate', 'low', 'no-effect', 'harmful'] as const;
export type ImpactBand = (typeof IMPACT_BANDS)[number];
export const IMPACT_BAND_LABELS: Record<ImpactBand, string> = {
  high: 'High impact (30% or more)',
  moderate: 'Moderate impact (10–29%)',
  low: 'Low impact (2–9%)',
  'no-effect': 'No effect (within ±2%)',
  harmful: 'Harmful',
};

/**
 * The band of a beneficial change in percent (e.g. 18 for 18% less violence). Rounded to a whole
 * percentage first, as the Toolkit reports them, so 9.6% is moderate.
 */
export function impactBand(beneficialChangePercent: number): ImpactBand {
  const pct = Math.round(beneficialChangePercent);
  if (pct >= 30) return 'high';
  if (pct >= 10) return 'moderate';
  if (pct >= 2) return 'low';
  if (pct > -2) return 'no-effect';
  return 'harmful';
}

const studies = (text: string, minSms: number, atLeast: number): Criterion => ({
  kind: 'studies',
  text,
  filter: { minSms },
  atLeast,
});

/** Applied to all the studies of an approach's interventions that measured the outcome. */
export const YEF_EVIDENCE_QUALITY: Framework = {
  id: 'yef-evidence-quality',
  name: 'YEF Toolkit-style evidence quality',
  source:
    'Youth Endowment Fund Toolkit: evidence quality 1–5 per approach. The thresholds here (numbers of studies ' +
    'at each Maryland SMS level) are this product’s reading of it.',
  scope: 'intervention',
  levels: [
    {
      id: '5',
      label: 'Very high (5)',
      meaning: 'Many rigorous studies, several of them randomised.',
      criteria: [
        studies('At least five studies with a comparison group', 3, 5),
        studies('At least three high-quality studies (SMS 4 or 5)', 4, 3),
        studies('At least two randomised trials', 5, 2),
      ],
    },
    {
      id: '4',
      label: 'High (4)',
      meaning: 'Several high-quality studies.',
      criteria: [studies('At least three high-quality studies (SMS 4 or 5)', 4, 3)],
    },
    {
      id: '3',
      label: 'Moderate (3)',
      meaning: 'More than one study with a comparison group.',
      criteria: [studies('At least two studies with a comparison group', 3, 2)],
    },
    {
      id: '2',
      label: 'Low (2)',
      meaning: 'One study with a comparison group.',
      criteria: [studies('At least one study with a comparison group', 3, 1)],
    },
    {
      id: '1',
      label: 'Very low (1)',
      meaning: 'Only studies without a comparison group.',
      criteria: [studies('At least one study (before and after, or better)', 1, 1)],
    },
  ],
  fallback: { id: '0', label: 'No evidence', meaning: 'No study of impact.' },
};
