// What the organisations list and an organisation's page show: each provider, evaluator or
// funder with what relates to it (the interventions it works on, by role, and the evaluations
// it carried out).
import type { OrganisationKind, OrganisationRole } from './vocabulary';

export interface OrganisationRow {
  id: string;
  name: string;
  kind: OrganisationKind;
  website: string | null;
  /** Interventions that name it in any role. */
  interventionCount: number;
  /** Evaluations it carried out. */
  evaluationCount: number;
}

export interface OrganisationDetail {
  id: string;
  name: string;
  kind: OrganisationKind;
  website: string | null;
  description: string | null;
  /** One entry per intervention and role, by intervention name. */
  interventions: { id: string; name: string; role: OrganisationRole }[];
  /** Oldest first. */
  evaluations: {
    id: string;
    title: string;
    year: number | null;
    interventionId: string;
    interventionName: string;
  }[];
}
