// What the evaluation, outcome result and cost item forms share: turning typed text into numbers,
// zod's and the API's complaints into messages next to fields, the form's frame (heading, error
// summary, "Your name", Save and Cancel) and focus on opening and after a reload.
import { type FormEvent, type ReactNode, useCallback, useEffect, useRef, useState } from 'react';
import { ErrorSummary, fieldMessage, focusControl } from '../../components/form-fields';
import { takePendingFocus } from '../../data/library-changes';
import type { MethodInput, MethodName, MethodOutput } from '../../../../shared/api';
import { ApiCallError, call } from '../../transport/api-client';
import { useUserName } from '../editing/user-name';

export interface Issue {
  field: string;
  message: string;
}

/** The control id for a field path ('stats.sd1' → 'or-stats-sd1'). */
export const controlId = (prefix: string, field: string) => `${prefix}-${field.replace(/\./g, '-')}`;

/** An optional number typed as text: undefined when empty; an issue when not a number. */
export function numberFrom(
  text: string,
  field: string,
  issues: Issue[],
  integer = false,
): number | undefined {
  const trimmed = text.trim().replace(/,/g, '');
  if (trimmed === '') return undefined;
  const value = Number(trimmed);
  if (!Number.isFinite(value)) {
    issues.push({ field, message: 'Enter a number' });
    return undefined;
  }
  if (integer && !Number.isInteger(value)) {
    issues.push({ field, message: 'Enter a whole number' });
    return undefined;
  }
  return value;
}

/** An optional text: undefined when blank. */
export const textFrom = (text: string): string | undefined => (text.trim() === '' ? undefined : text.trim());

/** The shown text of an optional number. */
export const shown = (value: number | null | undefined): string =>
  value === null || value === undefined ? '' : String(value);

interface ZodIssueLike {
  code: string;
  message: string;
  path: readonly PropertyKey[];
  origin?: unknown;
  minimum?: unknown;
  maximum?: unknown;
  inclusive?: unknown;
  expected?: unknown;
  input?: unknown;
}

function plain(issue: ZodIssueLike): string {
  if (issue.code === 'too_small' && issue.origin === 'string') return 'This must not be empty';
  if (issue.code === 'too_small' && issue.origin === 'array') return 'Add at least one';
  if (issue.code === 'too_small' && issue.origin === 'number') {
    const min = Number(issue.minimum);
    if (issue.inclusive === false) return min === 0 ? 'Must be more than 0' : `Must be more than ${min}`;
    return min === 0 ? 'Must be 0 or more (not negative)' : `Must be at least ${min}`;
  }
  if (issue.code === 'too_big' && issue.origin === 'number')
    return `Must be at most ${String(issue.maximum)}`;
  if (issue.code === 'invalid_type' && issue.expected === 'int') return 'Enter a whole number';
  if (issue.code === 'invalid_type' && issue.input === undefined) {
    return issue.expected === 'number' ? 'Enter a number' : 'This is required';
  }
  if (issue.code === 'invalid_type' && issue.expected === 'number') return 'Enter a number';
  if (issue.code === 'invalid_value') return 'Choose one';
  if (issue.code === 'invalid_format') {
    return issue.message.toLowerCase().includes('url')
      ? 'Enter a full web address (https://…)'
      : issue.message;
  }
  return issue.message.charAt(0).toUpperCase() + issue.message.slice(1);
}

/** Every complaint of a failed safeParse, one per field. */
export function issuesOf(zodIssues: readonly ZodIssueLike[], known: Issue[] = []): Issue[] {
  const out = [...known];
  for (const issue of zodIssues) {
    const field = issue.path.map(String).join('.');
    if (!out.some((i) => i.field === field)) out.push({ field, message: plain(issue) });
  }
  return out;
}

/** The API's refusal as an issue for its field (or for the whole form, field ''). */
export function issueOfApiError(error: ApiCallError): Issue {
  if (error.field === undefined || error.field === '') return { field: '', message: error.message };
  return { field: error.field, message: fieldMessage(error.field, error.message) };
}

/** Calls a saving method; gives its value, or the refusal as an issue for the form to show. */
export async function send<M extends MethodName>(
  method: M,
  input: MethodInput<M>,
): Promise<{ ok: true; value: MethodOutput<M> } | { ok: false; issue: Issue }> {
  try {
    return { ok: true, value: await call(method, input) };
  } catch (caught: unknown) {
    const error =
      caught instanceof ApiCallError
        ? caught
        : new ApiCallError(method, 'INTERNAL', caught instanceof Error ? caught.message : String(caught));
    return { ok: false, issue: issueOfApiError(error) };
  }
}

/** A form's submit state: its issues, a counter of refused submits, and whether a save is running. */
export function useSubmitState() {
  const [issues, setIssues] = useState<Issue[]>([]);
  const [attempt, setAttempt] = useState(0);
  const [pending, setPending] = useState(false);
  return {
    issues,
    attempt,
    pending,
    setPending,
    refuse: (found: Issue[]) => {
      setIssues(found);
      setAttempt((a) => a + 1);
    },
    errorOf: (field: string) => issues.find((i) => i.field === field)?.message ?? null,
  };
}

/**
 * The end of every study form's submit: refuse when the page found issues, otherwise save and
 * refuse with the server's issue if it has one. The saved output, or null when refused.
 */
export async function saveOrRefuse<M extends MethodName>(
  state: ReturnType<typeof useSubmitState>,
  issues: readonly Issue[],
  method: M,
  input: MethodInput<M>,
): Promise<MethodOutput<M> | null> {
  if (issues.length > 0) {
    state.refuse([...issues]);
    return null;
  }
  state.setPending(true);
  const saved = await send(method, input);
  state.setPending(false);
  if (!saved.ok) {
    state.refuse([saved.issue]);
    return null;
  }
  return saved.value;
}

/** The form's state of "who is saving": the stored name, or what the person types. */
export function useActor(): { stored: string; by: string; setBy: (v: string) => void; remember: () => void } {
  const [stored, setStored] = useUserName();
  const [by, setBy] = useState(stored);
  return { stored, by, setBy, remember: () => setStored(by) };
}

/** Focuses the element a save asked for once the reloaded page shows it. */
export function useFocusAfterReload(): void {
  useEffect(() => {
    const id = takePendingFocus();
    if (id === null) return;
    const frame = window.requestAnimationFrame(() => {
      const element = document.getElementById(id);
      if (element === null) return;
      element.focus();
      element.scrollIntoView({ block: 'center' });
    });
    return () => window.cancelAnimationFrame(frame);
  }, []);
}

export function StudyForm({
  prefix,
  title,
  labels,
  issues,
  attempt,
  pending,
  actor,
  onSubmit,
  onCancel,
  saveLabel,
  children,
}: {
  prefix: string;
  title: string;
  /** Field path → label, for the error summary. */
  labels: Record<string, string>;
  issues: Issue[];
  /** Counts refused submits, so focus moves to the first bad field after each. */
  attempt: number;
  pending: boolean;
  actor: ReturnType<typeof useActor>;
  onSubmit: () => void;
  onCancel: () => void;
  saveLabel: string;
  children: ReactNode;
}) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [askName] = useState(actor.stored === '');
  useEffect(() => headingRef.current?.focus(), []);
  useEffect(() => {
    const first = issues[0];
    if (attempt === 0 || first === undefined) return;
    focusControl(first.field === '' ? `${prefix}-summary` : controlId(prefix, first.field));
  }, [attempt]); // eslint-disable-line react-hooks/exhaustive-deps -- only after each refused submit
  const byError = issues.find((i) => i.field === 'by')?.message ?? null;
  const general = issues.filter((i) => i.field === '' || (labels[i.field] === undefined && i.field !== 'by'));
  const summary = issues
    .filter((i) => i.field !== '' && (labels[i.field] !== undefined || i.field === 'by'))
    .map((i) => ({
      controlId: controlId(prefix, i.field),
      label: i.field === 'by' ? 'Your name' : (labels[i.field] ?? i.field),
      message: i.message,
    }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!pending) onSubmit();
  };
  return (
    <form
      className="study-form"
      aria-labelledby={`${prefix}-heading`}
      noValidate
      onSubmit={submit}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          onCancel();
        }
      }}
    >
      <h3 id={`${prefix}-heading`} className="study-form__title" tabIndex={-1} ref={headingRef}>
        {title}
      </h3>
      <div id={`${prefix}-summary`} tabIndex={-1}>
        <ErrorSummary items={summary} title="Please correct the following, then save again" />
        {general.length > 0 && (
          <div className="notice notice--error" role="alert">
            <p className="notice__title">Not saved</p>
            {general.map((g) => (
              <p key={g.field + g.message}>{g.field === '' ? g.message : `${g.field}: ${g.message}`}</p>
            ))}
          </div>
        )}
      </div>
      {children}
      {(askName || byError !== null) && (
        <div className="field study-field">
          <label className="field__label" htmlFor={controlId(prefix, 'by')}>
            Your name
          </label>
          <input
            id={controlId(prefix, 'by')}
            className="input"
            autoComplete="name"
            value={actor.by}
            onChange={(e) => actor.setBy(e.target.value)}
            aria-invalid={byError !== null}
            aria-describedby={`${controlId(prefix, 'by')}-hint${byError !== null ? ` ${controlId(prefix, 'by')}-error` : ''}`}
          />
          <p className="field__hint muted small" id={`${controlId(prefix, 'by')}-hint`}>
            Recorded in the history with every change you make; remembered on this computer.
          </p>
          {byError !== null && (
            <p className="field-error" id={`${controlId(prefix, 'by')}-error`}>
              {byError}
            </p>
          )}
        </div>
      )}
      <div className="study-form__actions">
        <button type="submit" className="button button--primary" disabled={pending}>
          {pending ? 'Saving…' : saveLabel}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          Cancel
        </button>
        {!askName && byError === null && (
          <span className="muted small">Recorded in the history as {actor.by}.</span>
        )}
      </div>
    </form>
  );
}

/** A button that opens a form in place; closing the form puts focus back on the button. */
export function useDisclosure(): {
  open: boolean;
  show: () => void;
  close: () => void;
  /** A callback ref for the opening button. */
  opener: (element: HTMLButtonElement | null) => void;
} {
  const [open, setOpen] = useState(false);
  const [closedOnce, setClosedOnce] = useState(false);
  const button = useRef<HTMLButtonElement | null>(null);
  const opener = useCallback((element: HTMLButtonElement | null) => {
    button.current = element;
  }, []);
  useEffect(() => {
    if (!open && closedOnce) button.current?.focus();
  }, [open, closedOnce]);
  const show = useCallback(() => setOpen(true), []);
  const close = useCallback(() => {
    setOpen(false);
    setClosedOnce(true);
  }, []);
  return { open, show, close, opener };
}

/**
 * A form's text fields: their values as typed, and for one field the props every labelled control
 * takes (its id, value, change handler and refusal), so a field is declared by its key once.
 */
export function useTextFields<K extends string>(
  prefix: string,
  initial: () => Record<K, string>,
  errorOf: (field: string) => string | null,
) {
  const [texts, setTexts] = useState(initial);
  const set = (key: K) => (value: string) => setTexts((prev) => ({ ...prev, [key]: value }));
  const field = (key: K) => ({
    id: controlId(prefix, key),
    value: texts[key],
    onChange: set(key),
    error: errorOf(key),
  });
  return { texts, set, field };
}
