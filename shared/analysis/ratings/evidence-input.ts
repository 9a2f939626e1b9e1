// What the standards-of-evidence rules look at: an intervention's studies reduced to the facts
// the frameworks ask about, with each outcome's effect already normalised (positive = beneficial).
import type { Design } from '../../model/vocabulary';

export interface StudyOutcomeEffect {
  outcomeId: string;
  /** Standardised effect, positive = beneficial. */
  yi: number;
  /** Its sampling variance. */
  vi: number;
}

export interface StudyEvidence {
  id: string;
  title: string;
  year: number | null;
  design: Design;
  independent: boolean;
  /** Where it was done, to tell replications in other settings apart. */
  place: string | null;
  country: string | null;
  followUpMonths: number | null;
  /** The Maryland Scientific Methods Scale score recorded for the study, if any. */
  smsScore: number | null;
  /** True when any risk-of-bias domain was judged high. */
  highRiskOfBias: boolean;
  effects: StudyOutcomeEffect[];
}

export interface InterventionEvidence {
  id: string;
  name: string;
  approachTypeId: string;
  hasTheoryOfChange: boolean;
  manualAvailable: boolean | null;
  costPerParticipant: number | null;
  studies: StudyEvidence[];
}
