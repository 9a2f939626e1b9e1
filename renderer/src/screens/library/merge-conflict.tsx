// One conflicting record of a merge: the fields that differ, the library's value beside the
// incoming one (named in words, not told apart by colour), and the choice of which to keep.
import type { MergeChoice, MergeItem } from '../../../../shared/model/merge';
import { MERGE_KIND_LABELS } from '../../../../shared/model/merge';
import { RadioGroup } from '../../components/form-controls';
import { fieldLabel } from '../../labels';

const CHOICES = [
  { value: 'mine', label: 'Keep mine' },
  { value: 'theirs', label: 'Take theirs' },
] as const;

/** The element id of a conflict's choice, for focusing it when it is missing. */
export const conflictChoiceId = (item: MergeItem) =>
  `merge-choice-${item.key.replace(/[^a-zA-Z0-9-]/g, '-')}`;

export function MergeConflict({
  item,
  choice,
  onChoose,
  missing,
}: {
  item: MergeItem;
  choice: MergeChoice | undefined;
  onChoose: (choice: MergeChoice) => void;
  missing: boolean;
}) {
  const id = conflictChoiceId(item);
  const title = `${MERGE_KIND_LABELS[item.kind]} “${item.label}”`;
  const count = item.differences.length;
  return (
    <article className="merge-conflict" aria-labelledby={`${id}-title`}>
      <h4 id={`${id}-title`}>{title}</h4>
      <p className="muted small">
        {item.matchedBy === 'id'
          ? 'The same record (same id) in both libraries.'
          : `Matched by its name and key fields to this library's record “${item.mineId ?? ''}”.`}
      </p>
      <table className="table table--compact merge-diff">
        <caption className="merge-diff__caption">
          {count} {count === 1 ? 'field differs' : 'fields differ'}:{' '}
          {item.differences.map((d) => fieldLabel(d.field)).join(', ')}
        </caption>
        <thead>
          <tr>
            <th scope="col">Field</th>
            <th scope="col">Mine (this library)</th>
            <th scope="col">Theirs (incoming)</th>
          </tr>
        </thead>
        <tbody>
          {item.differences.map((d) => (
            <tr key={d.field}>
              <th scope="row">{fieldLabel(d.field)}</th>
              <td className="merge-diff__value">{d.mine}</td>
              <td className="merge-diff__value">{d.theirs}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <RadioGroup
        id={id}
        legend={`For ${title}`}
        name={id}
        value={choice ?? ''}
        options={CHOICES}
        onChange={(value) => onChoose(value as MergeChoice)}
        error={missing ? 'Choose keep mine or take theirs' : null}
      />
    </article>
  );
}
