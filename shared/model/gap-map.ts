// The evidence gap map: interventions (or approach types) against the outcome taxonomy, each cell
// counting the studies that measured that outcome and naming the strongest design among them.
import { z } from 'zod';
import { type Design, DESIGNS } from './vocabulary';
import type { NamedRef } from './catalogue';

export const GAP_MAP_ROWS = ['approaches', 'interventions'] as const;
export type GapMapRows = (typeof GAP_MAP_ROWS)[number];

export const GapMapInputSchema = z.object({ rows: z.enum(GAP_MAP_ROWS).default('approaches') }).strict();

/**
 * How strong the best evidence in a cell is, from its strongest design: randomised trials and
 * systematic reviews are strong, matched or comparison-group studies moderate, the rest weak.
 */
export const EVIDENCE_STRENGTHS = ['weak', 'moderate', 'strong'] as const;
export type EvidenceStrength = (typeof EVIDENCE_STRENGTHS)[number];
export const EVIDENCE_STRENGTH_LABELS: Record<EvidenceStrength, string> = {
  weak: 'Weak: before-and-after or theory only',
  moderate: 'Moderate: comparison group or matched',
  strong: 'Strong: randomised trial or systematic review',
};

export function designStrength(design: Design): EvidenceStrength {
  if (design === 'randomised' || design === 'cluster-randomised' || design === 'systematic-review')
    return 'strong';
  return design === 'comparison-group' || design === 'matched' ? 'moderate' : 'weak';
}

/** The stronger of two designs: the later in DESIGNS (weakest first), systematic reviews strongest. */
export function strongerDesign(a: Design, b: Design): Design {
  return DESIGNS.indexOf(b) > DESIGNS.indexOf(a) ? b : a;
}

export interface GapMapStudy {
  evaluationId: string;
  title: string;
  year: number | null;
  design: Design;
  intervention: NamedRef;
}

export interface GapMapCell {
  rowId: string;
  outcomeId: string;
  studyCount: number;
  strongestDesign: Design;
  strength: EvidenceStrength;
  /** Keys into `studies`, newest first. */
  evaluationIds: string[];
}

export interface GapMap {
  rows: GapMapRows;
  /** Every row, with its interventions' count (1 for an intervention row). */
  rowHeads: (NamedRef & { interventionCount: number })[];
  /** The taxonomy's groups in order, each with its outcome domains: the columns. */
  groups: { id: string; name: string; outcomes: NamedRef[] }[];
  /** Only cells with at least one study: the rest are the gaps. */
  cells: GapMapCell[];
  studies: Record<string, GapMapStudy>;
}
