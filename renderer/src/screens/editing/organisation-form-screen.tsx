// `#/organisations/new` and `#/organisations/:id/edit`: a provider, evaluator or funder (name,
// kind, website, description). A new one, once saved, is confirmed with an offer to add another or
// go on to a new intervention; an edited one goes back to its page.
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { OrganisationEditSchema } from '../../../../shared/model/editing';
import { ORGANISATION_KIND_LABELS, ORGANISATION_KINDS } from '../../../../shared/model/vocabulary';
import { useDocumentTitle } from '../../app/use-document-title';
import { ErrorSummary, fieldMessage, focusControl } from '../../components/form-fields';
import { useApiAction } from '../../data/use-api-action';
import type { OrganisationDetail } from '../../../../shared/model/organisations';
import { ErrorState, LoadingState } from '../../components/states';
import { useApiQuery } from '../../data/use-api-query';
import { hrefFor, navigate, organisationHref } from '../../routing/routes';
import { SelectField, TextField } from '../../components/form-controls';
import { useUserName } from './user-name';
import { YourNameField } from './your-name';

const LABELS: Record<string, string> = {
  by: 'Your name',
  name: 'Name',
  kind: 'Kind',
  website: 'Website',
  description: 'Description',
};
const FIELDS = Object.keys(LABELS);
const idOf = (field: string) => `org-${field}`;

function plain(issue: { code: string; message: string; origin?: unknown }): string {
  if (issue.code === 'too_small' && issue.origin === 'string') return 'This must not be empty';
  if (issue.code === 'invalid_value' || issue.code === 'invalid_type') return 'Choose one';
  if (issue.code === 'invalid_format') return 'Enter a full web address (https://…)';
  return issue.message.charAt(0).toUpperCase() + issue.message.slice(1);
}

export function OrganisationFormScreen({ id }: { id?: string | undefined }) {
  return id === undefined ? <OrganisationForm /> : <EditOrganisation id={id} />;
}

function EditOrganisation({ id }: { id: string }) {
  const existing = useApiQuery('organisations/get', { id });
  if (existing.status === 'loading') return <LoadingState label="Loading the organisation…" />;
  if (existing.status === 'error') {
    return (
      <div className="page page--narrow">
        <h1>Edit organisation</h1>
        <ErrorState
          title="The organisation could not be loaded"
          error={existing.error}
          onRetry={existing.reload}
        />
      </div>
    );
  }
  return <OrganisationForm existing={existing.value} />;
}

function OrganisationForm({ existing }: { existing?: OrganisationDetail }) {
  const title = existing === undefined ? 'New organisation' : `Edit ${existing.name}`;
  useDocumentTitle(title);
  const [storedName, setStoredName] = useUserName();
  const [by, setBy] = useState(storedName);
  const [name, setName] = useState(existing?.name ?? '');
  const [kind, setKind] = useState<string>(existing?.kind ?? '');
  const [website, setWebsite] = useState(existing?.website ?? '');
  const [description, setDescription] = useState(existing?.description ?? '');
  const [issues, setIssues] = useState<{ field: string; message: string }[]>([]);
  const [attempt, setAttempt] = useState(0);
  const [saved, setSaved] = useState<string | null>(null);
  const save = useApiAction('organisations/save');

  const serverError = save.error;
  const shown =
    issues.length > 0 || serverError === null
      ? issues
      : serverError.field !== undefined && FIELDS.includes(serverError.field.split('.')[0] ?? '')
        ? [
            {
              field: serverError.field.split('.')[0] ?? '',
              message: fieldMessage(serverError.field, serverError.message),
            },
          ]
        : [];
  const general =
    serverError !== null && shown.length === 0 && issues.length === 0 ? serverError.message : null;
  const errorFor = (field: string) => shown.find((i) => i.field === field)?.message ?? null;

  // After a refused save (once its errors are on the page), focus the first bad field.
  const focusedAttempt = useRef(0);
  useEffect(() => {
    const first = shown[0];
    if (attempt === focusedAttempt.current || first === undefined) return;
    focusedAttempt.current = attempt;
    focusControl(idOf(first.field));
  });

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    save.reset();
    setSaved(null);
    const input = {
      ...(existing === undefined ? {} : { id: existing.id }),
      by: by.trim(),
      name: name.trim(),
      kind: kind as (typeof ORGANISATION_KINDS)[number],
      website: website.trim() === '' ? undefined : website.trim(),
      description: description.trim() === '' ? undefined : description.trim(),
    };
    const parsed = OrganisationEditSchema.safeParse(input);
    if (!parsed.success) {
      const found = parsed.error.issues.map((i) => ({
        field: String(i.path[0] ?? ''),
        message: plain(i as { code: string; message: string; origin?: unknown }),
      }));
      found.sort((a, b) => FIELDS.indexOf(a.field) - FIELDS.indexOf(b.field));
      setIssues(found);
      setAttempt((n) => n + 1);
      return;
    }
    setIssues([]);
    const result = await save.run(input);
    if (result === null) {
      setAttempt((n) => n + 1);
      return;
    }
    if (input.by !== storedName) setStoredName(input.by);
    if (existing !== undefined) {
      navigate(organisationHref(existing.id));
      return;
    }
    setSaved(input.name);
    setName('');
    setKind('');
    setWebsite('');
    setDescription('');
  };

  return (
    <div className="page page--form">
      <nav className="breadcrumb" aria-label="Breadcrumb">
        <ol>
          <li>
            <a href={hrefFor({ screen: 'organisations' })}>Organisations</a>
          </li>
          {existing !== undefined && (
            <li>
              <a href={organisationHref(existing.id)}>{existing.name}</a>
            </li>
          )}
          <li aria-current="page">{existing === undefined ? 'New organisation' : 'Edit'}</li>
        </ol>
      </nav>
      <header className="page-header">
        <h1 id="org-form-title">{title}</h1>
        <p className="page-header__lead">
          A provider, partner, evaluator or funder that interventions can name.
        </p>
      </header>
      <div role="status" className="edit-status">
        {saved !== null && (
          <p className="notice notice--success">
            Organisation “{saved}” saved. Add another below, or{' '}
            <a href={hrefFor({ screen: 'edit', entity: 'intervention' })}>create a new intervention</a>.
          </p>
        )}
      </div>
      <form
        className="edit-form"
        onSubmit={(e) => void submit(e)}
        noValidate
        aria-labelledby="org-form-title"
      >
        <ErrorSummary
          title="The organisation was not saved"
          items={shown.map((i) => ({
            controlId: idOf(i.field),
            label: LABELS[i.field] ?? i.field,
            message: i.message,
          }))}
        />
        <YourNameField
          id={idOf('by')}
          stored={storedName}
          value={by}
          onChange={setBy}
          error={errorFor('by')}
        />
        <section className="edit-section" aria-label="The organisation">
          <TextField
            id={idOf('name')}
            error={errorFor('name')}
            label="Name"
            value={name}
            onChange={setName}
            autoComplete="organization"
          />
          <SelectField
            id={idOf('kind')}
            error={errorFor('kind')}
            label="Kind"
            placeholder="Choose a kind…"
            value={kind}
            onChange={setKind}
            options={ORGANISATION_KINDS.map((k) => ({ value: k, label: ORGANISATION_KIND_LABELS[k] }))}
          />
          <TextField
            id={idOf('website')}
            error={errorFor('website')}
            label="Website"
            type="url"
            hint="The full address, e.g. https://www.example.org (optional)"
            value={website}
            onChange={setWebsite}
          />
          <TextField
            id={idOf('description')}
            error={errorFor('description')}
            label="Description"
            multiline
            hint="Optional."
            value={description}
            onChange={setDescription}
          />
        </section>
        {general !== null && (
          <p className="field-error" role="alert">
            {general}
          </p>
        )}
        <div className="edit-form__buttons">
          <button type="submit" className="button button--primary" disabled={save.pending}>
            {save.pending ? 'Saving…' : existing === undefined ? 'Create organisation' : 'Save changes'}
          </button>
          <button
            type="button"
            className="button"
            onClick={() =>
              window.history.length > 1
                ? window.history.back()
                : navigate(
                    existing === undefined
                      ? hrefFor({ screen: 'organisations' })
                      : organisationHref(existing.id),
                  )
            }
          >
            Cancel
          </button>
        </div>
      </form>
    </div>
  );
}
