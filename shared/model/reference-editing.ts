// What the reference-data editing methods take: outcome groups and domains (the taxonomy),
// approach types and areas, each with who is making the change. The same schemas run in the forms.
import { z } from 'zod';
import { ActorSchema } from './editing';
import { AREA_KINDS } from './vocabulary';

const refId = z.string().min(1, 'an id is required').max(120);
const name = z.string().trim().min(1, 'enter a name').max(120, 'use at most 120 characters');
/** An optional text: blank is the same as none. */
const description = z
  .string()
  .trim()
  .max(2000, 'use at most 2,000 characters')
  .optional()
  .transform((v) => (v === '' ? undefined : v));
/** A place in an ordered list, counted from 0; past the end means last. */
const position = z.number().int('enter a whole number').min(0, 'must be 0 or more');

export const OutcomeGroupEditSchema = z.object({ id: refId.optional(), name, by: ActorSchema }).strict();
export type OutcomeGroupEdit = z.input<typeof OutcomeGroupEditSchema>;

export const OutcomeDomainEditSchema = z
  .object({
    id: refId.optional(),
    groupId: refId,
    name,
    description,
    higherIsBetter: z.boolean(),
    /**
     * When the direction changes: also switch the outcome results of this outcome that were
     * recorded with the old direction. Each result keeps its own direction (its measure may run
     * the other way), and effects are oriented by it, so this is the user's choice.
     */
    switchResults: z.boolean().default(false),
    by: ActorSchema,
  })
  .strict();
export type OutcomeDomainEdit = z.input<typeof OutcomeDomainEditSchema>;

export const ApproachTypeEditSchema = z
  .object({ id: refId.optional(), name, description, by: ActorSchema })
  .strict();
export type ApproachTypeEdit = z.input<typeof ApproachTypeEditSchema>;

export const AreaEditSchema = z
  .object({
    id: refId.optional(),
    name,
    kind: z.enum(AREA_KINDS),
    /** The area this one lies within (a borough's region); none for a top-level area. */
    parentId: refId.optional(),
    by: ActorSchema,
  })
  .strict();
export type AreaEdit = z.input<typeof AreaEditSchema>;

export const OutcomeGroupMoveSchema = z.object({ id: refId, position, by: ActorSchema }).strict();
export type OutcomeGroupMove = z.input<typeof OutcomeGroupMoveSchema>;

export const OutcomeDomainMoveSchema = z
  .object({ id: refId, groupId: refId, position, by: ActorSchema })
  .strict();
export type OutcomeDomainMove = z.input<typeof OutcomeDomainMoveSchema>;

export const OutcomeDomainMergeSchema = z
  .object({
    id: refId,
    intoId: z.string().min(1, 'choose the outcome to merge into').max(120),
    by: ActorSchema,
  })
  .strict();
export type OutcomeDomainMerge = z.input<typeof OutcomeDomainMergeSchema>;

/** How many records a merge moved to the other outcome, by kind. */
export interface OutcomeDomainMerged {
  outcomeResults: number;
  unitCosts: number;
  baselineRates: number;
}

/** What a saved outcome domain's change of direction did to the results recorded under it. */
export interface OutcomeDomainSaved {
  id: string;
  /** Results of this outcome switched to the new direction (0 unless asked for). */
  switchedResults: number;
}
