// The brief as a partnership board will read it, drawn from the same document model every export
// is written from (briefs/document): the title block, the illustrative-data warning, then the
// author's sections in order. Figures show their source on hover or focus.
import type {
  BriefDocument,
  BriefDocumentSection,
  BriefDocumentSectionOf,
  OptionPage,
} from '../../../../shared/model/brief-document';
import { formatPartialDate } from '../../../../shared/format';
import type { RichBlock } from '../../../../shared/format/rich-text';
import { IllustrativeBadge } from '../../components/badges';
import { ExternalLink } from '../../components/external-link';
import { RichText } from '../../components/rich-text';
import { Figure, FigureList } from './brief-figure';
import { BriefForest } from './brief-forest';

function Facts({ rows }: { rows: { label: string; value: string }[] }) {
  if (rows.length === 0) return null;
  return (
    <dl className="facts facts--wide">
      {rows.map((r) => (
        <div key={r.label} className="facts__row">
          <dt>{r.label}</dt>
          <dd>{r.value}</dd>
        </div>
      ))}
    </dl>
  );
}

const OPTION_COLUMNS = [
  ['rating', 'Evidence rating'],
  ['effect', 'Effect (95% CI)'],
  ['relativeChange', 'Change at the local baseline'],
  ['costPerParticipant', 'Cost per participant'],
  ['costPerOutcome', 'Cost per outcome'],
  ['benefitCostRatio', 'Benefit–cost ratio'],
  ['fit', 'Fit'],
] as const;

/** The options side by side, as on the Compare screen: a column per option, a row per figure. */
function OptionsTable({ section }: { section: BriefDocumentSectionOf<'options'> }) {
  return (
    <>
      <div className="table-scroll" role="region" aria-label={section.title} tabIndex={0}>
        <table className="table brief-options-table">
          <caption className="visually-hidden">{section.title}</caption>
          <thead>
            <tr>
              <td />
              {section.rows.map((row) => (
                <th key={row.intervention.id} scope="col" data-option={row.intervention.id}>
                  {row.intervention.name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {OPTION_COLUMNS.map(([key, label]) => (
              <tr key={key} data-figure-row={key}>
                <th scope="row">{label}</th>
                {section.rows.map((row) => (
                  <td key={row.intervention.id} data-option={row.intervention.id}>
                    <Figure figure={row[key]} />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {section.notes.length > 0 && (
        <ul className="brief-preview__notes muted small">
          {section.notes.map((n) => (
            <li key={n}>{n}</li>
          ))}
        </ul>
      )}
    </>
  );
}

function OptionPageView({ page }: { page: OptionPage }) {
  const { intervention } = page;
  const headingId = `brief-option-${intervention.id}`;
  return (
    <article className="brief-option" aria-labelledby={headingId} data-option-page={intervention.id}>
      <h3 id={headingId}>
        {intervention.name} {page.illustrative && <IllustrativeBadge compact />}
      </h3>
      <p className="brief-option__summary">{intervention.summary}</p>
      <p className="muted small">
        {intervention.approachType}
        {intervention.provider !== null && ` · ${intervention.provider}`}
      </p>
      <h4>What it is</h4>
      <Facts rows={page.whatItIs} />
      {page.theoryOfChange.length > 0 && (
        <>
          <h4>Theory of change</h4>
          <dl className="facts facts--wide">
            {page.theoryOfChange.map((step) => (
              <div key={step.label} className="facts__row">
                <dt>{step.label}</dt>
                <dd>{step.items.join('; ')}</dd>
              </div>
            ))}
          </dl>
        </>
      )}
      <h4>Evidence</h4>
      {page.evidence.ratings.map((r) => (
        <div key={r.framework} className="brief-option__rating">
          <p>
            <strong>{r.framework}:</strong> <Figure figure={r.rating} />
          </p>
          {r.explanation.length > 0 && (
            <ul className="small">
              {r.explanation.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          )}
        </div>
      ))}
      <p>
        <strong>{page.evidence.effect.label}:</strong> <Figure figure={page.evidence.effect} />
      </p>
      {page.evidence.forest !== null && (
        <BriefForest forest={page.evidence.forest} id={`${headingId}-forest`} name={intervention.name} />
      )}
      <h4>Costs and value</h4>
      <FigureList figures={page.value} />
      <h4>Implementation and risks</h4>
      <Facts rows={page.implementation.facts} />
      <RichText blocks={page.implementation.note} baseLevel={5} />
      <h4>Local delivery</h4>
      <Facts rows={page.localDelivery.facts} />
      <RichText blocks={page.localDelivery.note} baseLevel={5} />
    </article>
  );
}

/** The author's words, or a plain note that there are none yet. */
function AuthorText({ blocks }: { blocks: RichBlock[] }) {
  return blocks.length === 0 ? (
    <p className="muted">Not written yet.</p>
  ) : (
    <RichText blocks={blocks} baseLevel={4} />
  );
}

function Section({ section }: { section: BriefDocumentSection }) {
  const headingId = `brief-section-${section.kind}`;
  return (
    <section className="brief-preview__section" aria-labelledby={headingId} data-brief-section={section.kind}>
      <h2 id={headingId}>{section.title}</h2>
      {section.kind === 'summary' && (
        <>
          <h3>Summary</h3>
          <AuthorText blocks={section.summary} />
          <h3>Recommendation</h3>
          <AuthorText blocks={section.recommendation} />
        </>
      )}
      {section.kind === 'options' && <OptionsTable section={section} />}
      {section.kind === 'option-pages' &&
        section.pages.map((p) => <OptionPageView key={p.intervention.id} page={p} />)}
      {section.kind === 'unknowns' &&
        (section.items.length === 0 ? (
          <p>No gaps recorded.</p>
        ) : (
          <ul>
            {section.items.map((item, i) => (
              <li key={i} data-unknown={item.kind}>
                {item.intervention !== null && <strong>{item.intervention}: </strong>}
                {item.text}
              </li>
            ))}
          </ul>
        ))}
      {section.kind === 'references' && (
        <ol className="brief-preview__references">
          {section.references.map((r) => (
            <li key={r.id}>
              {r.citation}
              {r.url !== null && (
                <>
                  {' '}
                  <ExternalLink href={r.url}>Link</ExternalLink>
                </>
              )}
              <span className="muted small"> ({r.interventions.join(', ')})</span>
            </li>
          ))}
        </ol>
      )}
      {section.kind === 'method' && (
        <>
          <dl className="facts facts--wide">
            {section.methods.map((m) => (
              <div key={m.name} className="facts__row">
                <dt>{m.name}</dt>
                <dd>{m.text}</dd>
              </div>
            ))}
          </dl>
          <h3>Settings</h3>
          <Facts rows={section.settings} />
        </>
      )}
    </section>
  );
}

export function BriefPreview({ document: doc }: { document: BriefDocument }) {
  const { branding } = doc;
  const meta = [
    { label: 'Question', value: doc.question },
    { label: 'Audience', value: doc.audience },
    { label: 'Area', value: doc.area ?? '' },
    { label: 'Outcome', value: doc.outcome.name },
    { label: 'Budget', value: doc.budget ?? '' },
    { label: 'Date', value: formatPartialDate(doc.date) },
    { label: 'Author', value: doc.author },
  ].filter((m) => m.value !== '');
  return (
    <article
      className="brief-preview"
      aria-label={`Preview of ${doc.title}`}
      data-brief-preview={doc.briefId}
      style={{
        ['--brief-primary' as string]: branding.primaryColour,
        ['--brief-accent' as string]: branding.accentColour,
      }}
    >
      <header className="brief-preview__title-block">
        {(branding.logo !== null || branding.partnershipName !== '') && (
          <p className="brief-preview__brand">
            {branding.logo !== null && (
              <img
                className="brief-preview__logo"
                src={`data:${branding.logo.mediaType};base64,${branding.logo.content}`}
                alt={
                  branding.partnershipName === '' ? 'Partnership logo' : `${branding.partnershipName} logo`
                }
              />
            )}
            {branding.partnershipName !== '' && <span>{branding.partnershipName}</span>}
          </p>
        )}
        <p className="brief-preview__eyebrow">Commissioning brief</p>
        <p className="brief-preview__title">{doc.title}</p>
        <Facts rows={meta} />
      </header>
      {doc.illustrative && (
        <div className="notice notice--illustrative" role="note" data-field="illustrative-warning">
          <p className="notice__title">
            <IllustrativeBadge /> Illustrative data
          </p>
          <p>{doc.illustrativeWarning}</p>
        </div>
      )}
      {doc.sections.map((s) => (
        <Section key={s.kind} section={s} />
      ))}
      <p className="muted small">
        Worked out from {doc.libraryName} on {new Date(doc.generatedAt).toLocaleString('en-GB')} (Evidence
        Workbench {doc.appVersion}).
      </p>
    </article>
  );
}
