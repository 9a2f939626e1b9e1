// What the editing methods take and give back: records as the bundle defines them (one schema for
// import, forms and the API), with who is making the change, and what a delete would take with it.
import { z } from 'zod';
import {
  CostItemFields,
  EvaluationSchema,
  InterventionFields,
  OrganisationSchema,
  outcomeResultBase,
  outcomeResultUnion,
  withCostRules,
  withInterventionRules,
} from './bundle';

/** Who is making a change: recorded in the history. */
export const ActorSchema = z.string().trim().min(1, 'say who is making the change').max(120);

export const InterventionEditSchema = withInterventionRules(
  InterventionFields.omit({ evaluations: true, costItems: true })
    .extend({ id: InterventionFields.shape.id.optional(), by: ActorSchema })
    .strict(),
);
export type InterventionEdit = z.input<typeof InterventionEditSchema>;

export const OrganisationEditSchema = OrganisationSchema.extend({
  id: OrganisationSchema.shape.id.optional(),
  by: ActorSchema,
}).strict();
export type OrganisationEdit = z.input<typeof OrganisationEditSchema>;

const parentId = z.string().min(1, 'an id is required').max(120);

export const EvaluationEditSchema = EvaluationSchema.omit({ outcomeResults: true })
  .extend({ id: EvaluationSchema.shape.id.optional(), interventionId: parentId, by: ActorSchema })
  .strict();
export type EvaluationEdit = z.input<typeof EvaluationEditSchema>;

export const OutcomeResultEditSchema = outcomeResultUnion({
  ...outcomeResultBase,
  id: outcomeResultBase.id.optional(),
  evaluationId: parentId,
  by: ActorSchema,
});
export type OutcomeResultEdit = z.input<typeof OutcomeResultEditSchema>;

export const CostItemEditSchema = withCostRules(
  CostItemFields.extend({
    id: CostItemFields.shape.id.optional(),
    interventionId: parentId,
    by: ActorSchema,
  }).strict(),
);
export type CostItemEdit = z.input<typeof CostItemEditSchema>;

export const DeleteInputSchema = z
  .object({
    id: z.string().min(1).max(120),
    by: ActorSchema,
    /** Must be true to delete a record that others depend on (after the user has seen them). */
    confirm: z.boolean().default(false),
  })
  .strict();

/** Records that would go with a delete (or that stop it), counted by kind. */
export interface Dependents {
  label: string;
  count: number;
}

export interface DeleteOutcome {
  deleted: boolean;
  dependents: Dependents[];
}

export const HistoryInputSchema = z
  .object({ entityType: z.string().min(1).max(60), entityId: z.string().min(1).max(300) })
  .strict();

export interface HistoryEntry {
  id: number;
  at: string;
  userName: string;
  entityType: string;
  entityId: string;
  action: 'create' | 'update' | 'delete' | 'import';
  before: unknown;
  after: unknown;
  note: string | null;
}

export const UndoInputSchema = z.object({ by: ActorSchema }).strict();
export interface UndoOutcome {
  /** The change that was undone, or null when there is nothing left to undo. */
  undone: HistoryEntry | null;
}
