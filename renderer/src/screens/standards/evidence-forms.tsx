// Adding, editing and removing one evidence item of a criterion. Each saves the whole
// self-assessment with that one change (one transaction, one history entry); the item is checked
// with the API's own schema first, and the API's complaint about it is shown next to its field.
import { useState } from 'react';
import {
  type EvidenceItemInput,
  EvidenceItemSchema,
  type SelfAssessmentView,
} from '../../../../shared/model/self-assessment';
import type { EvaluationView } from '../../../../shared/model/catalogue';
import { SelectField, TextField } from '../../components/form-controls';
import { announceLibraryChange } from '../../data/library-changes';
import {
  controlId,
  issuesOf,
  send,
  StudyForm,
  useActor,
  useSubmitState,
} from '../study-editing/form-support';
import { evidenceInput, savePayload } from './assessment-payload';

const LABELS: Record<string, string> = { text: 'Evidence', evaluationId: 'Evaluation', url: 'Web address' };

export const criterionHeadingId = (key: string) => `criterion-${key}`;

/**
 * The state of one evidence form and its save: the assessment stored with `evidence`, the API's
 * complaint about item `position` named by that item's own field, focus back on the criterion.
 */
function useEvidenceSave(view: SelfAssessmentView, criterionKey: string, onClose: () => void) {
  const actor = useActor();
  const state = useSubmitState();
  const save = async (evidence: EvidenceItemInput[], position: number) => {
    state.setPending(true);
    const saved = await send('self-assessments/save', savePayload(view, actor.by, { evidence }));
    state.setPending(false);
    if (!saved.ok) {
      const prefix = `evidence.${position}.`;
      const field = saved.issue.field;
      state.refuse([
        field.startsWith(prefix) ? { ...saved.issue, field: field.slice(prefix.length) } : saved.issue,
      ]);
      return;
    }
    actor.remember();
    announceLibraryChange(criterionHeadingId(criterionKey));
    onClose();
  };
  return { actor, state, save };
}

function stored(view: SelfAssessmentView): EvidenceItemInput[] {
  return (view.assessment?.evidence ?? []).map(evidenceInput);
}

/** A new item goes after the criterion's last one, so items keep the order they were given in. */
function withNewItem(items: EvidenceItemInput[], item: EvidenceItemInput): [EvidenceItemInput[], number] {
  const last = items.findLastIndex((e) => e.criterion === item.criterion);
  const position = last === -1 ? items.length : last + 1;
  return [[...items.slice(0, position), item, ...items.slice(position)], position];
}

export function EvidenceForm({
  view,
  criterion,
  evaluations,
  index,
  onClose,
}: {
  view: SelfAssessmentView;
  criterion: { key: string; text: string };
  evaluations: readonly EvaluationView[];
  /** The stored item being edited; a new item when absent. */
  index?: number;
  onClose: () => void;
}) {
  const prefix = `evidence-${criterion.key}`;
  const { actor, state, save } = useEvidenceSave(view, criterion.key, onClose);
  const current = index === undefined ? undefined : view.assessment?.evidence[index];
  const [text, setText] = useState(current?.text ?? '');
  const [evaluationId, setEvaluationId] = useState(current?.evaluationId ?? '');
  const [url, setUrl] = useState(current?.url ?? '');

  const submit = async () => {
    const item: EvidenceItemInput = {
      criterion: criterion.key,
      text,
      ...(evaluationId === '' ? {} : { evaluationId }),
      ...(url.trim() === '' ? {} : { url: url.trim() }),
    };
    const parsed = EvidenceItemSchema.safeParse(item);
    if (!parsed.success) {
      state.refuse(issuesOf(parsed.error.issues));
      return;
    }
    const items = stored(view);
    const [evidence, position] =
      index === undefined ? withNewItem(items, item) : [items.map((e, i) => (i === index ? item : e)), index];
    await save(evidence, position);
  };

  return (
    <StudyForm
      prefix={prefix}
      title={index === undefined ? 'Add evidence' : 'Edit evidence'}
      labels={LABELS}
      issues={state.issues}
      attempt={state.attempt}
      pending={state.pending}
      actor={actor}
      onSubmit={() => void submit()}
      onCancel={onClose}
      saveLabel={index === undefined ? 'Save evidence' : 'Save changes'}
    >
      <p className="muted small">For: {criterion.text}</p>
      <TextField
        id={controlId(prefix, 'text')}
        label="Evidence"
        multiline
        value={text}
        onChange={setText}
        error={state.errorOf('text')}
        hint="What shows the criterion is met: a document, data, a procedure."
      />
      <SelectField
        id={controlId(prefix, 'evaluationId')}
        label="Evaluation"
        value={evaluationId}
        onChange={setEvaluationId}
        placeholder="None (optional)"
        options={evaluations.map((e) => ({
          value: e.id,
          label: e.year === null ? e.title : `${e.title} (${e.year})`,
        }))}
        error={state.errorOf('evaluationId')}
        hint="An evaluation of this intervention that shows it, if there is one."
      />
      <TextField
        id={controlId(prefix, 'url')}
        label="Web address"
        type="url"
        value={url}
        onChange={setUrl}
        error={state.errorOf('url')}
        hint="Optional: where the document can be read (https://…)."
      />
    </StudyForm>
  );
}

export function RemoveEvidenceForm({
  view,
  criterion,
  index,
  onClose,
}: {
  view: SelfAssessmentView;
  criterion: { key: string; text: string };
  index: number;
  onClose: () => void;
}) {
  const { actor, state, save } = useEvidenceSave(view, criterion.key, onClose);
  const item = view.assessment?.evidence[index];
  const submit = () =>
    save(
      stored(view).filter((_, i) => i !== index),
      index,
    );

  return (
    <StudyForm
      prefix={`remove-${criterion.key}`}
      title="Remove this evidence?"
      labels={{}}
      issues={state.issues}
      attempt={state.attempt}
      pending={state.pending}
      actor={actor}
      onSubmit={() => void submit()}
      onCancel={onClose}
      saveLabel="Remove evidence"
    >
      <p>
        “{item?.text}” will no longer support “{criterion.text}”. The removal can be undone as the last
        change.
      </p>
    </StudyForm>
  );
}
