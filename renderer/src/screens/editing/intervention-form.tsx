// The intervention form, for a new intervention or an existing one: every field of the record in
// labelled sections, with units and hints. It checks the input with the API's own schema before
// sending; any problem (the form's or the server's) is shown next to its field and in a summary
// at the top, and focus moves to the first bad field.
import { type FormEvent, useEffect, useMemo, useRef, useState } from 'react';
import type { EntityName } from '../../../../shared/model/library';
import {
  INTERVENTION_STATUS_LABELS,
  INTERVENTION_STATUSES,
  ORACLE_STANDARD_LABELS,
  ORGANISATION_ROLES,
  SETTING_LABELS,
  SETTINGS,
  STRAND_LABELS,
  STRANDS,
  TIER_LABELS,
  TIERS,
  VALIDATION_STATUS_LABELS,
  VALIDATION_STATUSES,
  type OrganisationRole,
  type ValidationStatus,
} from '../../../../shared/model/vocabulary';
import { ErrorSummary, fieldMessage, focusControl } from '../../components/form-fields';
import { useReferenceData } from '../../data/app-data';
import { useApiAction } from '../../data/use-api-action';
import { fieldLabel } from '../../labels';
import { hrefFor, interventionHref, navigate } from '../../routing/routes';
import { Choice, ChoiceGroup, SelectField, TextField } from '../../components/form-controls';
import {
  controlId,
  type FormIssue,
  inFormOrder,
  type InterventionFormState,
  slotFor,
  TOC_LISTS,
  toEdit,
  validateEdit,
  withoutBlankRows,
} from './intervention-form-state';
import { RowList } from './row-list';
import { TheoryOfChangeEditor } from './theory-of-change-editor';
import { useUserName } from './user-name';
import { YourNameField } from './your-name';

const options = <T extends string>(values: readonly T[], labels: Record<T, string>) =>
  values.map((v) => ({ value: v, label: labels[v] }));
const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const ROW_FIELD_LABELS: Record<string, string> = {
  organisationId: 'organisation',
  role: 'role',
  label: 'label',
  url: 'web address',
  name: 'name',
  email: 'email',
  phone: 'phone',
};

/** The words for a slot in the error summary: "Name", "Link 2: web address", "Inputs item 1". */
function slotLabel(slot: string): string {
  const [first = '', index, field] = slot.split('.');
  if (first === 'by') return 'Your name';
  if (first === 'theoryOfChange') {
    const list = TOC_LISTS.find((l) => l.key === index);
    if (list === undefined) return 'Theory of change';
    return field === undefined ? list.title : `${list.item} ${Number(field) + 1}`;
  }
  const rows: Record<string, string> = { organisations: 'Organisation', links: 'Link', contacts: 'Contact' };
  const row = rows[first];
  if (row !== undefined && index !== undefined && field !== undefined) {
    return `${row} ${Number(index) + 1}: ${ROW_FIELD_LABELS[field] ?? field}`;
  }
  if (first === 'approachTypeId') return 'Approach type';
  if (first === 'ageMin') return 'Youngest age';
  if (first === 'ageMax') return 'Oldest age';
  return fieldLabel(first);
}

const DATE_HINT = 'YYYY, YYYY-MM or YYYY-MM-DD, e.g. 2024-09';

export function InterventionForm({
  id,
  initial,
  organisations,
}: {
  /** The intervention being edited; undefined for a new one. */
  id: string | undefined;
  initial: InterventionFormState;
  organisations: EntityName[];
}) {
  const reference = useReferenceData();
  const [storedName, setStoredName] = useUserName();
  const [by, setBy] = useState(storedName);
  const [form, setForm] = useState(initial);
  const [issues, setIssues] = useState<FormIssue[]>([]);
  const [attempt, setAttempt] = useState(0);
  const [areaFilter, setAreaFilter] = useState('');
  const save = useApiAction('interventions/save');

  // The form's own check finds every problem; the server's answer names one field (or none).
  const serverError = save.error;
  const shown = useMemo((): FormIssue[] => {
    if (issues.length > 0 || serverError === null) return issues;
    const field = serverError.field;
    return field === undefined || field === ''
      ? []
      : [{ path: field, message: fieldMessage(field, serverError.message) }];
  }, [issues, serverError]);
  const general =
    serverError !== null && (serverError.field === undefined || serverError.field === '')
      ? serverError.message
      : null;

  const errors = useMemo(() => {
    const map = new Map<string, string>();
    for (const issue of shown) {
      const slot = slotFor(issue.path);
      if (!map.has(slot)) map.set(slot, issue.message);
    }
    return map;
  }, [shown]);
  const errorFor = (slot: string) => errors.get(slot) ?? null;
  const slot = (name: string) => ({ id: controlId(name), error: errorFor(name) });

  // After a refused save, focus the first bad field (once the errors are on the page).
  const focusedAttempt = useRef(0);
  useEffect(() => {
    const first = shown[0];
    if (attempt === focusedAttempt.current || first === undefined) return;
    focusedAttempt.current = attempt;
    focusControl(controlId(slotFor(first.path)));
  });

  const set = <K extends keyof InterventionFormState>(key: K, value: InterventionFormState[K]) =>
    setForm((f) => ({ ...f, [key]: value }));

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const cleaned = withoutBlankRows(form);
    setForm(cleaned);
    save.reset();
    const { edit, issues: parseIssues } = toEdit(cleaned, by, id);
    const found = inFormOrder(validateEdit(edit, parseIssues));
    setIssues(found);
    if (found.length > 0) {
      setAttempt((n) => n + 1);
      return;
    }
    const saved = await save.run(edit);
    if (saved === null) {
      setAttempt((n) => n + 1);
      return;
    }
    if (by.trim() !== storedName) setStoredName(by);
    navigate(interventionHref(saved.id));
  };

  const cancel = () => navigate(id === undefined ? hrefFor({ screen: 'catalogue' }) : interventionHref(id));

  const summaryItems = shown.map((issue) => {
    const s = slotFor(issue.path);
    return { controlId: controlId(s), label: slotLabel(s), message: issue.message };
  });
  const orgOptions = organisations.map((o) => ({ value: o.id, label: o.name }));
  const filter = areaFilter.trim().toLowerCase();
  const areas = reference.areas.filter(
    (a) => filter === '' || a.name.toLowerCase().includes(filter) || form.areaIds.includes(a.id),
  );

  return (
    <form className="edit-form" onSubmit={(e) => void submit(e)} noValidate aria-labelledby="edit-form-title">
      <ErrorSummary
        items={summaryItems}
        title={`The intervention was not saved: ${shown.length === 1 ? 'one field needs' : `${shown.length} fields need`} attention`}
      />
      <YourNameField
        id={controlId('by')}
        stored={storedName}
        value={by}
        onChange={setBy}
        error={errorFor('by')}
      />

      <section className="edit-section" aria-labelledby="sec-about">
        <h2 id="sec-about">About the intervention</h2>
        <TextField {...slot('name')} label="Name" value={form.name} onChange={(v) => set('name', v)} />
        <TextField
          {...slot('summary')}
          label="Summary"
          hint="One or two sentences, shown in the catalogue."
          value={form.summary}
          onChange={(v) => set('summary', v)}
        />
        <TextField
          {...slot('description')}
          label="Description"
          multiline
          hint="Separate paragraphs with a blank line."
          value={form.description}
          onChange={(v) => set('description', v)}
        />
        <div className="edit-grid">
          <SelectField
            {...slot('approachTypeId')}
            label="Approach type"
            placeholder="Choose an approach…"
            value={form.approachTypeId}
            onChange={(v) => set('approachTypeId', v)}
            options={reference.approachTypes.map((a) => ({ value: a.id, label: a.name }))}
          />
          <SelectField
            {...slot('strand')}
            label="Strand"
            placeholder="Choose a strand…"
            value={form.strand}
            onChange={(v) => set('strand', v as InterventionFormState['strand'])}
            options={options(STRANDS, STRAND_LABELS)}
          />
          <SelectField
            {...slot('tier')}
            label="Prevention tier"
            placeholder="Choose a tier…"
            value={form.tier}
            onChange={(v) => set('tier', v as InterventionFormState['tier'])}
            options={options(TIERS, TIER_LABELS)}
          />
          <SelectField
            {...slot('status')}
            label="Status"
            placeholder="Choose a status…"
            value={form.status}
            onChange={(v) => set('status', v as InterventionFormState['status'])}
            options={options(INTERVENTION_STATUSES, INTERVENTION_STATUS_LABELS)}
          />
        </div>
        <div className="edit-grid">
          <TextField
            {...slot('startDate')}
            label="Start date"
            hint={DATE_HINT}
            value={form.startDate}
            onChange={(v) => set('startDate', v)}
          />
          <TextField
            {...slot('endDate')}
            label="End date"
            hint={DATE_HINT}
            value={form.endDate}
            onChange={(v) => set('endDate', v)}
          />
        </div>
      </section>

      <section className="edit-section" aria-labelledby="sec-target">
        <h2 id="sec-target">Who it is for</h2>
        <div className="edit-grid">
          <TextField
            {...slot('ageMin')}
            label="Youngest age"
            unit="years"
            unitBeside
            inputMode="numeric"
            className="input--number"
            value={form.ageMin}
            onChange={(v) => set('ageMin', v)}
          />
          <TextField
            {...slot('ageMax')}
            label="Oldest age"
            unit="years"
            unitBeside
            inputMode="numeric"
            className="input--number"
            value={form.ageMax}
            onChange={(v) => set('ageMax', v)}
          />
          <TextField
            {...slot('riskLevel')}
            label="Risk level"
            hint="e.g. at risk of exclusion; known to youth justice"
            value={form.riskLevel}
            onChange={(v) => set('riskLevel', v)}
          />
          <TextField
            {...slot('gender')}
            label="Gender"
            hint="e.g. all, girls and young women"
            value={form.gender}
            onChange={(v) => set('gender', v)}
          />
        </div>
        <TextField
          {...slot('targetOther')}
          label="Target group"
          hint="Anything else about who it is for."
          value={form.targetOther}
          onChange={(v) => set('targetOther', v)}
        />
        <ChoiceGroup {...slot('settings')} legend="Settings" className="choice-group--inline">
          {SETTINGS.map((s) => (
            <Choice
              key={s}
              id={`${controlId('settings')}-${s}`}
              type="checkbox"
              name="settings"
              label={SETTING_LABELS[s]}
              checked={form.settings.includes(s)}
              onChange={(checked) =>
                set(
                  'settings',
                  checked
                    ? SETTINGS.filter((x) => x === s || form.settings.includes(x))
                    : form.settings.filter((x) => x !== s),
                )
              }
            />
          ))}
        </ChoiceGroup>
        <ChoiceGroup {...slot('areaIds')} legend="Boroughs and areas">
          <div className="area-picker">
            <label className="visually-hidden" htmlFor="area-filter">
              Filter the areas
            </label>
            <input
              id="area-filter"
              className="input input--small"
              type="search"
              placeholder="Filter the areas…"
              value={areaFilter}
              onChange={(e) => setAreaFilter(e.target.value)}
            />
            <span className="muted small" aria-live="polite">
              {form.areaIds.length} selected
            </span>
          </div>
          <div className="area-picker__list">
            {areas.map((a) => (
              <Choice
                key={a.id}
                id={`area-${a.id}`}
                type="checkbox"
                name="areaIds"
                label={a.name}
                checked={form.areaIds.includes(a.id)}
                onChange={(checked) =>
                  set('areaIds', checked ? [...form.areaIds, a.id] : form.areaIds.filter((x) => x !== a.id))
                }
              />
            ))}
            {areas.length === 0 && <p className="muted small">No area matches “{areaFilter}”.</p>}
          </div>
        </ChoiceGroup>
      </section>

      <section className="edit-section" aria-labelledby="sec-delivery">
        <h2 id="sec-delivery">Delivery and reach</h2>
        <div className="edit-grid">
          <TextField
            {...slot('durationWeeks')}
            label="Duration"
            unit="weeks"
            unitBeside
            inputMode="decimal"
            className="input--number"
            value={form.durationWeeks}
            onChange={(v) => set('durationWeeks', v)}
          />
          <TextField
            {...slot('sessions')}
            label="Sessions"
            unit="sessions"
            unitBeside
            inputMode="numeric"
            className="input--number"
            value={form.sessions}
            onChange={(v) => set('sessions', v)}
          />
          <TextField
            {...slot('reachPerYear')}
            label="Reach"
            unit="participants per year"
            unitBeside
            inputMode="numeric"
            className="input--number"
            value={form.reachPerYear}
            onChange={(v) => set('reachPerYear', v)}
          />
        </div>
        <div className="edit-grid">
          <TextField
            {...slot('dosage')}
            label="Dosage"
            hint="e.g. two hours a week"
            value={form.dosage}
            onChange={(v) => set('dosage', v)}
          />
          <TextField
            {...slot('staffing')}
            label="Staffing"
            hint="e.g. two youth workers per group"
            value={form.staffing}
            onChange={(v) => set('staffing', v)}
          />
        </div>
        <ChoiceGroup {...slot('manualAvailable')} legend="Manual available" className="choice-group--inline">
          {(['yes', 'no', 'unknown'] as const).map((v) => (
            <Choice
              key={v}
              id={`${controlId('manualAvailable')}-${v}`}
              type="radio"
              name="manualAvailable"
              label={v === 'unknown' ? 'Not known' : capitalise(v)}
              checked={form.manualAvailable === v}
              onChange={() => set('manualAvailable', v)}
            />
          ))}
        </ChoiceGroup>
      </section>

      <section className="edit-section" aria-labelledby="sec-orgs">
        <h2 id="sec-orgs">Organisations</h2>
        <p className="muted small">
          Who leads, delivers, partners in or funds it. Not in the list?{' '}
          <a href={hrefFor({ screen: 'edit', entity: 'organisation' })}>New organisation…</a> (save this form
          first: unsaved changes here are not kept).
        </p>
        <RowList
          rows={form.organisations}
          onChange={(rows) => set('organisations', rows)}
          noun="Organisation"
          addLabel="Add an organisation"
          blank={() => ({ organisationId: '', role: '' as const })}
        >
          {(row, index, n, update) => (
            <>
              <SelectField
                {...slot(`organisations.${index}.organisationId`)}
                label={n}
                placeholder="Choose an organisation…"
                value={row.organisationId}
                onChange={(v) => update({ organisationId: v })}
                options={orgOptions}
              />
              <SelectField
                {...slot(`organisations.${index}.role`)}
                label={`${n}: role`}
                placeholder="Choose a role…"
                value={row.role}
                onChange={(v) => update({ role: v as OrganisationRole })}
                options={ORGANISATION_ROLES.map((r) => ({ value: r, label: capitalise(r) }))}
              />
            </>
          )}
        </RowList>
      </section>

      <section className="edit-section" aria-labelledby="sec-toc">
        <h2 id="sec-toc">Theory of change</h2>
        <p className="muted small">
          What goes in, what is done, what it produces and the change it leads to, in order; and the
          assumptions that link them.
        </p>
        <TheoryOfChangeEditor theory={form.theory} onChange={(t) => set('theory', t)} errorFor={errorFor} />
      </section>

      <section className="edit-section" aria-labelledby="sec-evidence">
        <h2 id="sec-evidence">Evidence and validation</h2>
        <div className="edit-grid edit-grid--evidence">
          <SelectField
            {...slot('evidenceLevel')}
            label="Project Oracle standard of evidence"
            placeholder="Not recorded"
            value={form.evidenceLevel}
            onChange={(v) => set('evidenceLevel', v)}
            options={[1, 2, 3, 4, 5].map((l) => ({
              value: String(l),
              label: ORACLE_STANDARD_LABELS[l] ?? String(l),
            }))}
          />
          <SelectField
            {...slot('validationStatus')}
            label="Validation status"
            value={form.validationStatus}
            onChange={(v) => set('validationStatus', v as ValidationStatus)}
            options={options(VALIDATION_STATUSES, VALIDATION_STATUS_LABELS)}
          />
          <TextField
            {...slot('validatedBy')}
            label="Validated by"
            value={form.validatedBy}
            onChange={(v) => set('validatedBy', v)}
          />
          <TextField
            {...slot('validatedAt')}
            label="Validation date"
            hint={DATE_HINT}
            value={form.validatedAt}
            onChange={(v) => set('validatedAt', v)}
          />
        </div>
      </section>

      <section className="edit-section" aria-labelledby="sec-more">
        <h2 id="sec-more">Tags, links and contacts</h2>
        <TextField
          {...slot('tags')}
          label="Tags"
          hint="Separate tags with commas, e.g. sport, mentoring"
          value={form.tags}
          onChange={(v) => set('tags', v)}
        />
        <h3 className="edit-subtitle">Links</h3>
        <RowList
          rows={form.links}
          onChange={(rows) => set('links', rows)}
          noun="Link"
          addLabel="Add a link"
          blank={() => ({ label: '', url: '' })}
        >
          {(row, index, n, update) => (
            <>
              <TextField
                {...slot(`links.${index}.label`)}
                label={`${n}: label`}
                value={row.label}
                onChange={(v) => update({ label: v })}
              />
              <TextField
                {...slot(`links.${index}.url`)}
                label={`${n}: web address`}
                type="url"
                value={row.url}
                onChange={(v) => update({ url: v })}
              />
            </>
          )}
        </RowList>
        <h3 className="edit-subtitle">Contacts</h3>
        <RowList
          rows={form.contacts}
          onChange={(rows) => set('contacts', rows)}
          noun="Contact"
          rowClassName="edit-row edit-row--contact"
          addLabel="Add a contact"
          blank={() => ({ name: '', role: '', email: '', phone: '' })}
        >
          {(row, index, n, update) => (
            <>
              <TextField
                {...slot(`contacts.${index}.name`)}
                label={`${n}: name`}
                value={row.name}
                onChange={(v) => update({ name: v })}
              />
              <TextField
                {...slot(`contacts.${index}.role`)}
                label={`${n}: role`}
                value={row.role}
                onChange={(v) => update({ role: v })}
              />
              <TextField
                {...slot(`contacts.${index}.email`)}
                label={`${n}: email`}
                type="email"
                value={row.email}
                onChange={(v) => update({ email: v })}
              />
              <TextField
                {...slot(`contacts.${index}.phone`)}
                label={`${n}: phone`}
                type="tel"
                value={row.phone}
                onChange={(v) => update({ phone: v })}
              />
            </>
          )}
        </RowList>
      </section>

      {general !== null && (
        <p className="field-error" role="alert">
          {general}
        </p>
      )}
      <div className="edit-form__buttons">
        <button type="submit" className="button button--primary" disabled={save.pending}>
          {save.pending ? 'Saving…' : id === undefined ? 'Create intervention' : 'Save changes'}
        </button>
        <button type="button" className="button" onClick={cancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
