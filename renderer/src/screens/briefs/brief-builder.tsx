// The brief builder: the question and its setting, the outcome the options are compared on, the
// interventions (from the shortlist, up to six), the sections in the author's order, and the
// author's words as rich text. It checks the input with the API's own schema before saving; each
// problem shows next to its field and in a summary that links to it, and focus moves there.
import { type FormEvent, useEffect, useState } from 'react';
import type { ShortlistEntry } from '../../../../shared/model/compare';
import { COMPARE_MAX } from '../../../../shared/model/compare';
import type { EntityName } from '../../../../shared/model/library';
import { SelectField, TextField } from '../../components/form-controls';
import { ErrorSummary, focusControl } from '../../components/form-fields';
import { useReferenceData } from '../../data/app-data';
import { outcomeOptionGroups } from '../../data/outcome-options';
import { useUserName } from '../editing/user-name';
import { YourNameField } from '../editing/your-name';
import { controlId, type Issue, send } from '../study-editing/form-support';
import {
  BRIEF_PREFIX,
  type BriefForm,
  NOTE_FIELDS,
  type NoteField,
  noteField,
  toBriefSave,
} from './brief-form-state';
import { RichTextField } from './rich-text-field';
import { SectionOrder } from './section-order';

const LABELS: Record<string, string> = {
  title: 'Title',
  question: 'Question or need',
  audience: 'Audience',
  areaId: 'Area',
  date: 'Date',
  author: 'Author',
  budget: 'Budget',
  outcomeId: 'Outcome',
  interventionIds: 'Interventions',
  sections: 'Sections',
  summary: 'Summary',
  recommendation: 'Recommendation',
};

const id = (field: string) => controlId(BRIEF_PREFIX, field);

function InterventionsPicker({
  chosen,
  onChange,
  shortlist,
  interventions,
  error,
}: {
  chosen: string[];
  onChange: (ids: string[]) => void;
  shortlist: ShortlistEntry[];
  interventions: EntityName[];
  error: string | null;
}) {
  const [adding, setAdding] = useState('');
  const [announcement, setAnnouncement] = useState('');
  const nameOf = (interventionId: string) =>
    interventions.find((i) => i.id === interventionId)?.name ?? interventionId;
  const shortlisted = shortlist.map((e) => e.intervention.id);
  const free = (ids: string[]) => ids.filter((x) => !chosen.includes(x));
  const others = interventions.map((i) => i.id).filter((x) => !shortlisted.includes(x));
  const full = chosen.length >= COMPARE_MAX;
  const option = (x: string) => ({ value: x, label: nameOf(x) });
  const add = () => {
    if (adding === '' || full) return;
    onChange([...chosen, adding]);
    setAnnouncement(`${nameOf(adding)} added: ${chosen.length + 1} of at most ${COMPARE_MAX}.`);
    setAdding('');
  };
  const remove = (x: string) => {
    onChange(chosen.filter((c) => c !== x));
    setAnnouncement(`${nameOf(x)} removed.`);
    focusControl(id('interventions-add'));
  };
  return (
    <fieldset
      id={id('interventionIds')}
      className="brief-options"
      aria-describedby={`${id('interventionIds')}-hint${error !== null ? ` ${id('interventionIds')}-error` : ''}`}
    >
      <legend className="field__label">Interventions (the options)</legend>
      <p className="field__hint muted small" id={`${id('interventionIds')}-hint`}>
        Up to {COMPARE_MAX}, starting from the shortlist. {chosen.length} chosen.
      </p>
      {chosen.length > 0 && (
        <ol className="brief-options__list">
          {chosen.map((x) => (
            <li key={x} className="brief-options__item" data-option={x}>
              <span>{nameOf(x)}</span>
              <button type="button" className="button button--small button--quiet" onClick={() => remove(x)}>
                Remove<span className="visually-hidden"> {nameOf(x)} from the brief</span>
              </button>
            </li>
          ))}
        </ol>
      )}
      <div className="brief-options__add">
        <SelectField
          id={id('interventions-add')}
          label="Add an intervention"
          error={null}
          hint={
            full
              ? `A brief holds at most ${COMPARE_MAX} interventions: remove one to add another.`
              : undefined
          }
          placeholder="Choose an intervention…"
          value={adding}
          onChange={setAdding}
          groups={[
            { label: 'On the shortlist', options: free(shortlisted).map(option) },
            { label: 'Other interventions', options: free(others).map(option) },
          ].filter((g) => g.options.length > 0)}
        />
        <button type="button" className="button" disabled={adding === '' || full} onClick={add}>
          Add to the brief
        </button>
      </div>
      <p className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </p>
      {error !== null && (
        <p className="field-error" id={`${id('interventionIds')}-error`}>
          {error}
        </p>
      )}
    </fieldset>
  );
}

export function BriefBuilder({
  briefId,
  form,
  onForm,
  shortlist,
  interventions,
  onSaved,
}: {
  /** Undefined for a new brief. */
  briefId: string | undefined;
  form: BriefForm;
  onForm: (form: BriefForm) => void;
  shortlist: ShortlistEntry[];
  interventions: EntityName[];
  onSaved: (id: string) => void;
}) {
  const reference = useReferenceData();
  const [storedName, setStoredName] = useUserName();
  const [by, setBy] = useState(storedName);
  const [issues, setIssues] = useState<Issue[]>([]);
  const [attempt, setAttempt] = useState(0);
  const [pending, setPending] = useState(false);
  const [saved, setSaved] = useState(false);

  useEffect(() => {
    const first = issues[0];
    if (attempt === 0 || first === undefined) return;
    focusControl(first.field === '' ? id('summary-box') : id(first.field));
  }, [attempt]); // eslint-disable-line react-hooks/exhaustive-deps -- only after each refused save

  const set = <K extends keyof BriefForm>(key: K, value: BriefForm[K]) => {
    setSaved(false);
    onForm({ ...form, [key]: value });
  };
  const errorOf = (field: string) => issues.find((i) => i.field === field)?.message ?? null;
  const slot = (field: keyof typeof LABELS) => ({
    id: id(field),
    error: errorOf(field),
    label: LABELS[field] ?? field,
  });
  const nameOf = (x: string) => interventions.find((i) => i.id === x)?.name ?? x;
  const setNote = (x: string, field: NoteField, value: string) =>
    set('notes', {
      ...form.notes,
      [x]: { implementation: '', localDelivery: '', ...form.notes[x], [field]: value },
    });

  const refuse = (found: Issue[]) => {
    setIssues(found);
    setAttempt((a) => a + 1);
  };
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (pending) return;
    const { input, issues: found } = toBriefSave(form, by, briefId);
    if (found.length > 0) return refuse(found);
    setPending(true);
    const result = await send('briefs/save', input);
    setPending(false);
    if (!result.ok) return refuse([result.issue]);
    setIssues([]);
    setSaved(true);
    if (by.trim() !== storedName) setStoredName(by);
    onSaved(result.value.id);
  };

  const labelOf = (field: string) => {
    const note = /^notes\.(.+)\.(implementation|localDelivery)$/.exec(field);
    if (note !== null) return `${nameOf(note[1] ?? '')}: ${NOTE_FIELDS[note[2] as NoteField].toLowerCase()}`;
    return field === 'by' ? 'Your name' : (LABELS[field] ?? null);
  };
  const summary = issues.flatMap((i) => {
    const label = labelOf(i.field);
    return label === null ? [] : [{ controlId: id(i.field), label, message: i.message }];
  });
  const general = issues.filter((i) => labelOf(i.field) === null);

  return (
    <form
      className="edit-form brief-builder"
      onSubmit={(e) => void submit(e)}
      noValidate
      aria-label="Brief builder"
    >
      <div id={id('summary-box')} tabIndex={-1}>
        <ErrorSummary items={summary} title="The brief was not saved: please correct the following" />
        {general.length > 0 && (
          <div className="notice notice--error" role="alert">
            <p className="notice__title">Not saved</p>
            {general.map((g) => (
              <p key={g.field + g.message}>{g.field === '' ? g.message : `${g.field}: ${g.message}`}</p>
            ))}
          </div>
        )}
      </div>
      <YourNameField id={id('by')} stored={storedName} value={by} onChange={setBy} error={errorOf('by')} />

      <section className="edit-section" aria-labelledby="brief-sec-need">
        <h2 id="brief-sec-need">The question</h2>
        <TextField {...slot('title')} value={form.title} onChange={(v) => set('title', v)} />
        <TextField
          {...slot('question')}
          multiline
          hint="The need the partnership board is asked to act on."
          value={form.question}
          onChange={(v) => set('question', v)}
        />
        <div className="edit-grid">
          <TextField
            {...slot('audience')}
            hint="e.g. Community Safety Partnership board"
            value={form.audience}
            onChange={(v) => set('audience', v)}
          />
          <SelectField
            {...slot('areaId')}
            hint="Its baseline rate is used where one is set."
            placeholder="No particular area"
            value={form.areaId}
            onChange={(v) => set('areaId', v)}
            options={reference.areas.map((a) => ({ value: a.id, label: a.name }))}
          />
          <TextField {...slot('date')} hint="YYYY-MM-DD" value={form.date} onChange={(v) => set('date', v)} />
          <TextField {...slot('author')} value={form.author} onChange={(v) => set('author', v)} />
          <TextField
            {...slot('budget')}
            unit="£"
            unitBeside
            inputMode="decimal"
            hint="Leave empty when not stated."
            value={form.budget}
            onChange={(v) => set('budget', v)}
          />
          <SelectField
            {...slot('outcomeId')}
            hint="The options are compared on their effect on it."
            placeholder="Choose an outcome…"
            value={form.outcomeId}
            onChange={(v) => set('outcomeId', v)}
            groups={outcomeOptionGroups(reference)}
          />
        </div>
      </section>

      <section className="edit-section" aria-labelledby="brief-sec-options">
        <h2 id="brief-sec-options">The options</h2>
        <InterventionsPicker
          chosen={form.interventionIds}
          onChange={(ids) => set('interventionIds', ids)}
          shortlist={shortlist}
          interventions={interventions}
          error={errorOf('interventionIds')}
        />
      </section>

      <section className="edit-section" aria-labelledby="brief-sec-sections">
        <h2 id="brief-sec-sections">Sections</h2>
        <SectionOrder
          id={id('sections')}
          sections={form.sections}
          onChange={(sections) => set('sections', sections)}
          error={errorOf('sections')}
        />
      </section>

      <section className="edit-section" aria-labelledby="brief-sec-words">
        <h2 id="brief-sec-words">Summary and recommendation</h2>
        <RichTextField {...slot('summary')} value={form.summary} onChange={(v) => set('summary', v)} />
        <RichTextField
          {...slot('recommendation')}
          value={form.recommendation}
          onChange={(v) => set('recommendation', v)}
        />
      </section>

      {form.interventionIds.length > 0 && (
        <section className="edit-section" aria-labelledby="brief-sec-notes">
          <h2 id="brief-sec-notes">Notes on each option</h2>
          <p className="muted small">
            Shown on each option&rsquo;s page after what the library records about its implementation and
            local delivery.
          </p>
          {form.interventionIds.map((x) => (
            <div key={x} className="brief-note" data-notes-for={x}>
              <h3 className="edit-subtitle">{nameOf(x)}</h3>
              {(Object.keys(NOTE_FIELDS) as NoteField[]).map((field) => (
                <RichTextField
                  key={field}
                  id={id(noteField(x, field))}
                  labelPrefix={nameOf(x)}
                  label={NOTE_FIELDS[field]}
                  value={form.notes[x]?.[field] ?? ''}
                  onChange={(v) => setNote(x, field, v)}
                  error={errorOf(noteField(x, field))}
                />
              ))}
            </div>
          ))}
        </section>
      )}

      <div className="edit-form__buttons">
        <button type="submit" className="button button--primary" disabled={pending}>
          {pending ? 'Saving…' : briefId === undefined ? 'Create brief' : 'Save brief'}
        </button>
        <span role="status" className="muted small">
          {saved && 'Saved.'}
        </span>
      </div>
    </form>
  );
}
