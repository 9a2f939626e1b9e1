// The library's outcomes as select options grouped under their outcome groups (empty groups left
// out), for every form that picks an outcome.
import type { ReferenceData } from '../../../../shared/model/library';
import type { Option } from '../../components/form-controls';

export function outcomeOptionGroups(reference: ReferenceData): { label: string; options: Option[] }[] {
  return reference.outcomeGroups
    .map((g) => ({
      label: g.name,
      options: reference.outcomeDomains
        .filter((d) => d.groupId === g.id)
        .map((d) => ({ value: d.id, label: d.name })),
    }))
    .filter((g) => g.options.length > 0);
}
