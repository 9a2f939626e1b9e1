// The partnership's branding every brief carries: its name, its logo (a small PNG or JPEG) and its
// primary and accent colours; shown as they are and changed in a form checked with the API's schema.
import { useEffect, useState } from 'react';
import {
  type BriefBranding,
  BriefBrandingSaveSchema,
  LOGO_MAX_BYTES,
  LOGO_MEDIA_TYPES,
} from '../../../../shared/model/brief';
import { formatFileSize } from '../../../../shared/format';
import { Fieldset, TextField } from '../../components/form-controls';
import { FieldError } from '../../components/form-fields';
import { ErrorState, LoadingState } from '../../components/states';
import { readAsBase64 } from '../../data/attachment-files';
import { announceLibraryChange, subscribeLibraryChanges } from '../../data/library-changes';
import { useApiQuery } from '../../data/use-api-query';
import {
  controlId,
  type Issue,
  issuesOf,
  saveOrRefuse,
  StudyForm,
  useActor,
  useDisclosure,
  useSubmitState,
} from '../study-editing/form-support';

const P = 'branding';
const LABELS = {
  partnershipName: 'Partnership name',
  logo: 'Logo',
  primaryColour: 'Primary colour',
  accentColour: 'Accent colour',
} as const;

const logoSource = (logo: NonNullable<BriefBranding['logo']>) =>
  `data:${logo.mediaType};base64,${logo.content}`;

function ColourField({
  field,
  value,
  onChange,
  error,
}: {
  field: 'primaryColour' | 'accentColour';
  value: string;
  onChange: (value: string) => void;
  error: string | null;
}) {
  const id = controlId(P, field);
  return (
    <div className="field">
      <label className="field__label" htmlFor={id}>
        {LABELS[field]}
      </label>
      <span className="colour-field">
        <input
          id={id}
          type="color"
          className="colour-field__input"
          value={value}
          onChange={(e) => onChange(e.target.value)}
          aria-invalid={error !== null}
          aria-describedby={error !== null ? `${id}-error` : undefined}
        />
        <code className="colour-field__value">{value}</code>
      </span>
      <FieldError id={`${id}-error`} message={error} />
    </div>
  );
}

function BrandingForm({ branding, onClose }: { branding: BriefBranding; onClose: () => void }) {
  const actor = useActor();
  const state = useSubmitState();
  const [name, setName] = useState(branding.partnershipName);
  const [primary, setPrimary] = useState(branding.primaryColour);
  const [accent, setAccent] = useState(branding.accentColour);
  const [logo, setLogo] = useState(branding.logo);
  const [logoIssue, setLogoIssue] = useState<string | null>(null);
  const logoId = controlId(P, 'logo');

  const chooseLogo = async (file: File | undefined) => {
    setLogoIssue(null);
    if (file === undefined) return;
    const mediaType = LOGO_MEDIA_TYPES.find((t) => t === file.type);
    if (mediaType === undefined) return setLogoIssue('The logo must be a PNG or JPEG image');
    if (file.size > LOGO_MAX_BYTES)
      return setLogoIssue(
        `The logo must be under ${formatFileSize(LOGO_MAX_BYTES)} (this one is ${formatFileSize(file.size)})`,
      );
    setLogo({ mediaType, content: await readAsBase64(file) });
  };

  const submit = async () => {
    const pre: Issue[] = logoIssue === null ? [] : [{ field: 'logo', message: logoIssue }];
    const payload = {
      partnershipName: name,
      primaryColour: primary,
      accentColour: accent,
      logo,
      by: actor.by,
    };
    const parsed = BriefBrandingSaveSchema.safeParse(payload);
    const found = parsed.success ? pre : issuesOf(parsed.error.issues, pre);
    if ((await saveOrRefuse(state, found, 'brief-branding/save', payload)) === null) return;
    actor.remember();
    announceLibraryChange('branding-title');
    onClose();
  };

  const logoError = logoIssue ?? state.errorOf('logo');
  return (
    <StudyForm
      prefix={P}
      title="Change the branding"
      labels={LABELS}
      issues={state.issues}
      attempt={state.attempt}
      pending={state.pending}
      actor={actor}
      onSubmit={() => void submit()}
      onCancel={onClose}
      saveLabel="Save branding"
    >
      <Fieldset legend="Branding">
        <TextField
          id={controlId(P, 'partnershipName')}
          label={LABELS.partnershipName}
          value={name}
          onChange={setName}
          error={state.errorOf('partnershipName')}
          hint="Shown at the top of every brief, e.g. Lambeth Community Safety Partnership"
        />
        <ColourField
          field="primaryColour"
          value={primary}
          onChange={setPrimary}
          error={state.errorOf('primaryColour')}
        />
        <ColourField
          field="accentColour"
          value={accent}
          onChange={setAccent}
          error={state.errorOf('accentColour')}
        />
        <div className="field">
          <label className="field__label" htmlFor={logoId}>
            {LABELS.logo}
          </label>
          {logo !== null && <img className="branding-logo" src={logoSource(logo)} alt="The chosen logo" />}
          <input
            id={logoId}
            type="file"
            className="input"
            accept={LOGO_MEDIA_TYPES.join(',')}
            onChange={(e) => void chooseLogo(e.target.files?.[0])}
            aria-invalid={logoError !== null}
            aria-describedby={`${logoId}-hint${logoError !== null ? ` ${logoId}-error` : ''}`}
          />
          <p className="field__hint muted small" id={`${logoId}-hint`}>
            A PNG or JPEG image under {formatFileSize(LOGO_MAX_BYTES)}.
          </p>
          {logo !== null && (
            <button
              type="button"
              className="button button--small button--quiet"
              onClick={() => setLogo(null)}
            >
              Remove the logo
            </button>
          )}
          <FieldError id={`${logoId}-error`} message={logoError} />
        </div>
      </Fieldset>
    </StudyForm>
  );
}

export function BrandingSection({ readOnly }: { readOnly: boolean }) {
  const branding = useApiQuery('brief-branding/get', {});
  const reload = branding.reload;
  useEffect(() => subscribeLibraryChanges(reload), [reload]);
  const { open, show, close, opener } = useDisclosure();
  return (
    <section className="record-section" aria-labelledby="branding-title" data-section="branding">
      <h2 id="branding-title" tabIndex={-1}>
        Branding of briefs
      </h2>
      {branding.status === 'loading' && <LoadingState label="Loading the branding…" />}
      {branding.status === 'error' && (
        <ErrorState title="The branding could not be loaded" error={branding.error} onRetry={reload} />
      )}
      {branding.status === 'ok' && (
        <>
          <dl className="facts facts--wide">
            <div className="facts__row">
              <dt>Partnership name</dt>
              <dd data-field="partnership-name">
                {branding.value.partnershipName === '' ? 'None set' : branding.value.partnershipName}
              </dd>
            </div>
            <div className="facts__row">
              <dt>Logo</dt>
              <dd>
                {branding.value.logo === null ? (
                  'None set'
                ) : (
                  <img
                    className="branding-logo"
                    src={logoSource(branding.value.logo)}
                    alt="The partnership's logo"
                  />
                )}
              </dd>
            </div>
            {(['primaryColour', 'accentColour'] as const).map((field) => (
              <div key={field} className="facts__row">
                <dt>{LABELS[field]}</dt>
                <dd data-field={field}>
                  <svg className="colour-swatch" width="18" height="18" aria-hidden="true">
                    <rect width="18" height="18" rx="3" fill={branding.value[field]} />
                  </svg>
                  <code>{branding.value[field]}</code>
                </dd>
              </div>
            ))}
          </dl>
          {!readOnly &&
            (open ? (
              <div className="study-panel">
                <BrandingForm branding={branding.value} onClose={close} />
              </div>
            ) : (
              <p className="study-actions">
                <button type="button" className="button button--small" ref={opener} onClick={show}>
                  Change the branding
                </button>
              </p>
            ))}
        </>
      )}
    </section>
  );
}
