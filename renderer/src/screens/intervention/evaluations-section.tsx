// The evaluations of an intervention, each with its design, sample, quality, findings and the
// outcome results it reported.
import { useEffect, useState } from 'react';
import { NO_VALUE, formatCount, formatInteger, formatMonths } from '../../../../shared/format';
import type { EvaluationView } from '../../../../shared/model/catalogue';
import {
  DESIGN_LABELS,
  RISK_OF_BIAS_DOMAIN_LABELS,
  RISK_OF_BIAS_JUDGEMENT_LABELS,
  SMS_LABELS,
} from '../../../../shared/model/vocabulary';
import { IllustrativeBadge } from '../../components/badges';
import { ExternalLink } from '../../components/external-link';
import { AttachmentsSection } from './attachments-section';
import { OutcomeResultsTable } from './outcome-results-table';
import { FoldedSources } from './sources';
import { parseRoute, useHash } from '../../routing/routes';
import { DeleteEvaluation } from '../study-editing/delete-evaluation';
import { EvaluationForm } from '../study-editing/evaluation-form';
import {
  clearImportMessage,
  ImportReferences,
  pendingImportMessage,
} from '../study-editing/import-references';
import { useDisclosure, useFocusAfterReload } from '../study-editing/form-support';
import { OutcomeResultForm } from '../study-editing/outcome-result-form';

function doiAddress(doi: string): string {
  const bare = doi
    .trim()
    .replace(/^https?:\/\/(dx\.)?doi\.org\//i, '')
    .replace(/^doi:\s*/i, '');
  return `https://doi.org/${bare}`;
}

function sample(e: EvaluationView): string {
  const parts: string[] = [];
  if (e.nTreatment !== null) parts.push(`${formatInteger(e.nTreatment)} in the intervention group`);
  if (e.nControl !== null) parts.push(`${formatInteger(e.nControl)} in the comparison group`);
  return parts.length === 0 ? 'Not recorded' : parts.join('; ');
}

function Evaluation({
  evaluation: e,
  interventionId,
}: {
  evaluation: EvaluationView;
  interventionId: string;
}) {
  const titleId = `evaluation-${e.id}`;
  const { open: editOpen, show: showEdit, close: closeEdit, opener: editOpener } = useDisclosure();
  const {
    open: addResultOpen,
    show: showAddResult,
    close: closeAddResult,
    opener: addResultOpener,
  } = useDisclosure();
  const byline = [e.authors, e.evaluator?.name ?? null, e.year === null ? null : String(e.year)].filter(
    (p): p is string => p !== null && p.trim() !== '',
  );
  const place = [e.place, e.country].filter((p): p is string => p !== null && p.trim() !== '').join(', ');
  return (
    <article className="evaluation" aria-labelledby={titleId} data-evaluation={e.id}>
      <header className="evaluation__header">
        <h3 id={titleId} className="evaluation__title" tabIndex={-1}>
          {e.title}
        </h3>
        {!editOpen && (
          <div className="study-actions">
            <button
              type="button"
              className="button button--small"
              ref={editOpener}
              aria-expanded={false}
              onClick={showEdit}
            >
              Edit<span className="visually-hidden"> evaluation: {e.title}</span>
            </button>
            <DeleteEvaluation evaluation={e} />
          </div>
        )}
        {e.illustrative && (
          <p className="evaluation__illustrative">
            <IllustrativeBadge /> This evaluation is invented for demonstration.
          </p>
        )}
        {byline.length > 0 && <p className="evaluation__byline">{byline.join(' · ')}</p>}
      </header>
      {editOpen && (
        <div className="study-panel">
          <EvaluationForm interventionId={interventionId} evaluation={e} onClose={closeEdit} />
        </div>
      )}

      <dl className="facts facts--grid">
        <div className="facts__row">
          <dt>Design</dt>
          <dd>{DESIGN_LABELS[e.design]}</dd>
        </div>
        <div className="facts__row">
          <dt>Evaluator</dt>
          <dd>{e.independent ? 'Independent' : 'Internal (not independent)'}</dd>
        </div>
        <div className="facts__row">
          <dt>Sample</dt>
          <dd data-field="sample">{sample(e)}</dd>
        </div>
        <div className="facts__row">
          <dt>Follow-up</dt>
          <dd>{e.followUpMonths === null ? 'Not recorded' : formatMonths(e.followUpMonths)}</dd>
        </div>
        <div className="facts__row">
          <dt>Place</dt>
          <dd>{place === '' ? 'Not recorded' : place}</dd>
        </div>
        <div className="facts__row">
          <dt>Maryland scale</dt>
          <dd>
            {e.smsScore === null ? 'Not scored' : `Level ${e.smsScore} of 5: ${SMS_LABELS[e.smsScore] ?? ''}`}
          </dd>
        </div>
      </dl>

      {e.findings !== null && e.findings.trim() !== '' && (
        <div className="evaluation__block">
          <h4>Findings</h4>
          <p>{e.findings}</p>
        </div>
      )}

      {e.riskOfBias.length > 0 && (
        <div className="evaluation__block">
          <h4>Risk of bias</h4>
          <table className="table table--compact">
            <caption className="visually-hidden">Risk of bias by domain: {e.title}</caption>
            <thead>
              <tr>
                <th scope="col">Domain</th>
                <th scope="col">Judgement</th>
                <th scope="col">Note</th>
              </tr>
            </thead>
            <tbody>
              {e.riskOfBias.map((r) => (
                <tr key={r.domain}>
                  <th scope="row">{RISK_OF_BIAS_DOMAIN_LABELS[r.domain]}</th>
                  <td>
                    <span className={`judgement judgement--${r.judgement}`}>
                      {RISK_OF_BIAS_JUDGEMENT_LABELS[r.judgement]}
                    </span>
                  </td>
                  <td>{r.note ?? <span className="muted">{NO_VALUE}</span>}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}

      <div className="evaluation__block">
        <h4>Outcome results</h4>
        {e.outcomeResults.length === 0 ? (
          <p className="muted">No outcome results recorded.</p>
        ) : (
          <>
            <p className="muted small">
              As the study reported them. Group 1 is the intervention group and group 2 the comparison, unless
              a note says otherwise.
            </p>
            <OutcomeResultsTable
              results={e.outcomeResults}
              caption={`Outcome results: ${e.title}`}
              evaluation={e}
            />
          </>
        )}
        {addResultOpen ? (
          <div className="study-panel">
            <OutcomeResultForm evaluationId={e.id} evaluationTitle={e.title} onClose={closeAddResult} />
          </div>
        ) : (
          <p className="study-actions">
            <button
              type="button"
              className="button button--small"
              ref={addResultOpener}
              onClick={showAddResult}
            >
              Add outcome result<span className="visually-hidden"> to {e.title}</span>
            </button>
          </p>
        )}
      </div>

      <AttachmentsSection owner={{ kind: 'evaluation', id: e.id }} ownerName={e.title} variant="evaluation" />

      {(e.doi !== null || e.url !== null) && (
        <p className="evaluation__reference">
          <span className="muted">Reference: </span>
          {e.doi !== null && <ExternalLink href={doiAddress(e.doi)}>{`DOI ${e.doi}`}</ExternalLink>}
          {e.doi !== null && e.url !== null && ' · '}
          {e.url !== null && <ExternalLink href={e.url}>Report</ExternalLink>}
        </p>
      )}
      <FoldedSources sources={e.sources} />
    </article>
  );
}

/** The intervention whose page this is, from the address. */
function useInterventionId(): string {
  const route = parseRoute(useHash());
  return route.screen === 'intervention' ? route.id : '';
}

export function EvaluationsSection({ evaluations }: { evaluations: EvaluationView[] }) {
  const interventionId = useInterventionId();
  const { open: addOpen, show: showAdd, close: closeAdd, opener: addOpener } = useDisclosure();
  const { open: importOpen, show: showImport, close: closeImport, opener: importOpener } = useDisclosure();
  const [imported, setImported] = useState(() => pendingImportMessage(interventionId));
  useEffect(clearImportMessage, []);
  useFocusAfterReload();
  return (
    <section className="record-section" aria-labelledby="evaluations-title" id="evaluations">
      <h2 id="evaluations-title" tabIndex={-1}>
        Evaluations <span className="count-pill">{formatInteger(evaluations.length)}</span>
      </h2>
      {addOpen && (
        <div className="study-panel">
          <EvaluationForm interventionId={interventionId} onClose={closeAdd} />
        </div>
      )}
      {importOpen && (
        <div className="study-panel">
          <ImportReferences interventionId={interventionId} onCancel={closeImport} onDone={closeImport} />
        </div>
      )}
      {!addOpen && !importOpen && interventionId !== '' && (
        <p className="study-actions">
          <button type="button" className="button button--small" ref={addOpener} onClick={showAdd}>
            Add evaluation
          </button>
          <button
            type="button"
            className="button button--small"
            ref={importOpener}
            onClick={() => {
              setImported(null);
              showImport();
            }}
          >
            Import references…
          </button>
        </p>
      )}
      <p className="muted" role="status">
        {imported}
      </p>
      {evaluations.length === 0 ? (
        <p className="muted">No evaluations are recorded for this intervention.</p>
      ) : (
        <>
          <p className="muted">{formatCount(evaluations.length, 'evaluation')}, oldest first.</p>
          {[...evaluations]
            .sort((a, b) => (a.year ?? 9999) - (b.year ?? 9999))
            .map((e) => (
              <Evaluation key={e.id} evaluation={e} interventionId={interventionId} />
            ))}
        </>
      )}
    </section>
  );
}
