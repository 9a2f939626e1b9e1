// The editing state the reference data lists share: who is making the change (asked once, at the
// top of the screen), a status line saying what was done, moves and deletes whose refusal is kept
// for the row, forms opened in place, and focus kept on the control used once the lists reload.
import { type ReactNode, useEffect, useRef, useState } from 'react';
import type { ZodType } from 'zod';
import type { MethodInput, MethodName, MethodOutput } from '../../../../shared/api';
import type { ReferenceData, ReferenceUsage } from '../../../../shared/model/library';
import { useReferenceData } from '../../data/app-data';
import { announceLibraryChange } from '../../data/library-changes';
import { useApiQuery, useSteady } from '../../data/use-api-query';
import {
  controlId,
  issuesOf,
  saveOrRefuse,
  send,
  StudyForm,
  useActor,
  useSubmitState,
} from '../study-editing/form-support';

type Actor = ReturnType<typeof useActor>;

export interface ReferenceEditing {
  actor: Actor;
  /** True when the library can be read but not changed: no editing controls are shown. */
  readOnly: boolean;
  /** What uses each row (null until first loaded). */
  usage: ReferenceUsage | null;
  /** Says what was done in the screen's status line, and focuses the first of `focusIds` that can be. */
  done: (message: string, focusIds?: readonly string[]) => void;
}

/** The screen's editing state: the actor, the status message and focus after a reload. */
export function useReferenceEditing(readOnly: boolean): ReferenceEditing & { status: string | null } {
  const actor = useActor();
  const reference = useReferenceData();
  const usageQuery = useSteady(useApiQuery('reference/usage', {}));
  const reloadUsage = usageQuery.reload;
  useEffect(() => reloadUsage(), [reference, reloadUsage]); // the counts follow every change
  const [status, setStatus] = useState<string | null>(null);
  const focus = useRef<{ ids: readonly string[]; seen: ReferenceData } | null>(null);

  // Once the reference data has reloaded (the lists re-rendered, perhaps in a new order), put
  // focus back on the control that was used, or the nearest one that is still there.
  useEffect(() => {
    const wanted = focus.current;
    if (wanted === null || wanted.seen === reference) return;
    focus.current = null;
    for (const id of wanted.ids) {
      const element = document.getElementById(id);
      if (element !== null && !(element instanceof HTMLButtonElement && element.disabled)) {
        element.focus();
        return;
      }
    }
  }, [reference]);

  return {
    actor,
    readOnly,
    usage: usageQuery.status === 'ok' ? usageQuery.value : null,
    status,
    done: (message, focusIds) => {
      actor.remember();
      setStatus(message);
      if (focusIds !== undefined) focus.current = { ids: focusIds, seen: reference };
      announceLibraryChange();
    },
  };
}

export type RowAction = ReturnType<typeof useRowAction>;

/** Runs a move or delete of one row; a refusal is kept for that row to show. */
export function useRowAction(edit: ReferenceEditing) {
  const [failure, setFailure] = useState<{ key: string; message: string } | null>(null);
  const [pending, setPending] = useState(false);
  const run = async <M extends MethodName>(
    key: string,
    method: M,
    input: MethodInput<M>,
    message: string,
    focusIds?: readonly string[],
  ): Promise<void> => {
    if (edit.actor.by.trim() === '') {
      setFailure({ key, message: 'Enter your name at the top of the page first: the history records it.' });
      return;
    }
    setPending(true);
    const outcome = await send(method, input);
    setPending(false);
    if (!outcome.ok) {
      setFailure({ key, message: outcome.issue.message });
      return;
    }
    setFailure(null);
    edit.done(message, focusIds);
  };
  return { run, pending, errorFor: (key: string) => (failure?.key === key ? failure.message : null) };
}

/** What a field of a reference form takes from the form: its control id, label and error. */
export interface Slot {
  id: string;
  label: string;
  error: string | null;
}

/**
 * A reference form in place, adding a row or editing `current`: checks the payload with the API's
 * own schema, saves, and on success says so and closes.
 */
export function ReferenceForm<M extends MethodName>({
  edit,
  prefix,
  noun,
  current,
  name,
  labels,
  method,
  schema,
  build,
  savedDetail,
  onClose,
  children,
}: {
  edit: ReferenceEditing;
  prefix: string;
  /** What a row is, with its article: ["an", "approach type"]. */
  noun: readonly [article: string, noun: string];
  /** The name of the row being edited; undefined when adding one. */
  current: string | undefined;
  /** The name as typed, for the status message. */
  name: string;
  /** Field → label, for the fields and the error summary. */
  labels: Record<string, string>;
  method: M;
  schema: ZodType;
  build: () => MethodInput<M>;
  /** More to say once saved, from what the API gave back. */
  savedDetail?: (value: MethodOutput<M>) => string;
  onClose: () => void;
  children: (slot: (field: string) => Slot) => ReactNode;
}) {
  const state = useSubmitState();
  // The screen asks for the name at its top; the form asks only while none is given there.
  const actor = { ...edit.actor, stored: edit.actor.by };
  const [article, what] = noun;
  const submit = async () => {
    const payload = build();
    const parsed = schema.safeParse(payload);
    const value = await saveOrRefuse(
      state,
      parsed.success ? [] : issuesOf(parsed.error.issues),
      method,
      payload,
    );
    if (value === null) return;
    const detail = savedDetail?.(value) ?? '';
    edit.done(
      `${current === undefined ? 'Added' : 'Saved'} the ${what} “${name.trim()}”.${detail === '' ? '' : ` ${detail}`}`,
    );
    onClose();
  };
  const slot = (field: string): Slot => ({
    id: controlId(prefix, field),
    label: labels[field] ?? field,
    error: state.errorOf(field),
  });
  return (
    <div className="study-panel ref-form">
      <StudyForm
        prefix={prefix}
        title={current === undefined ? `Add ${article} ${what}` : `Edit the ${what} “${current}”`}
        labels={labels}
        issues={state.issues}
        attempt={state.attempt}
        pending={state.pending}
        actor={actor}
        onSubmit={() => void submit()}
        onCancel={onClose}
        saveLabel={current === undefined ? `Add ${what}` : `Save ${what}`}
      >
        {children(slot)}
      </StudyForm>
    </div>
  );
}
