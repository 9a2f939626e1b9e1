// The outcome taxonomy as the options of a select: one group of options per outcome group, in the
// library's order, leaving out empty groups.
import type { Option } from '../components/form-controls';
import type { ReferenceData } from '../../../shared/model/library';

export function outcomeOptionGroups(
  reference: ReferenceData,
  /** An outcome not to offer (the one being merged away). */
  exceptId?: string,
): { label: string; options: Option[] }[] {
  return reference.outcomeGroups
    .map((g) => ({
      label: g.name,
      options: reference.outcomeDomains
        .filter((d) => d.groupId === g.id && d.id !== exceptId)
        .map((d) => ({ value: d.id, label: d.name })),
    }))
    .filter((g) => g.options.length > 0);
}
