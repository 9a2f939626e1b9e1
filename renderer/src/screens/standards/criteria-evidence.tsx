// The framework's criteria, level by level (lowest first), each with what the evidence engine found
// in the catalogued evaluations and the evidence the provider gives for it, which can be added,
// edited and removed while the self-assessment is a draft or has been returned.
import { type ReactNode, useEffect, useState } from 'react';
import { formatList } from '../../../../shared/format';
import type { EvaluationView } from '../../../../shared/model/catalogue';
import type { EvidenceItem, SelfAssessmentView } from '../../../../shared/model/self-assessment';
import { Tag } from '../../components/badges';
import { ExternalLink } from '../../components/external-link';
import { MetIcon } from '../evidence/rating-explanation';
import { criterionHeadingId, EvidenceForm, RemoveEvidenceForm } from './evidence-forms';

type Criterion = SelfAssessmentView['criteria'][number];
type Open = { mode: 'add' } | { mode: 'edit' | 'remove'; index: number } | null;

const openerId = (key: string, open: NonNullable<Open>) =>
  open.mode === 'add' ? `add-${key}` : `${open.mode}-${key}-${open.index}`;

function EngineFinding({ criterion }: { criterion: Criterion }) {
  const computed = criterion.computed;
  if (computed === null) return null;
  const studies = computed.studies.map((s) => s.title);
  return (
    <span className="sa-criterion__engine" data-met={computed.met}>
      <MetIcon met={computed.met} />
      <span>
        Evidence engine: <strong>{computed.met ? 'met' : 'not met'}</strong>
        {studies.length > 0 && <span className="muted"> ({formatList(studies)})</span>}
      </span>
    </span>
  );
}

function EvidenceEntry({
  item,
  evaluation,
  actions,
}: {
  item: EvidenceItem;
  evaluation: EvaluationView | undefined;
  actions: ReactNode;
}) {
  return (
    <li className="sa-evidence__item">
      <p className="sa-evidence__text">{item.text}</p>
      {evaluation !== undefined && (
        <p className="small">
          <span className="muted">Evaluation:</span> {evaluation.title}
          {evaluation.year === null ? '' : ` (${evaluation.year})`}
        </p>
      )}
      {item.url !== null && (
        <p className="small sa-evidence__url">
          <ExternalLink href={item.url}>{item.url}</ExternalLink>
        </p>
      )}
      {actions}
    </li>
  );
}

function CriterionEvidence({
  view,
  criterion,
  evaluations,
  neededFor,
  editable,
}: {
  view: SelfAssessmentView;
  criterion: Criterion;
  evaluations: readonly EvaluationView[];
  /** The claimed level's label when that level requires this criterion. */
  neededFor: string | null;
  editable: boolean;
}) {
  const [open, setOpen] = useState<Open>(null);
  const [returnTo, setReturnTo] = useState<string | null>(null);
  useEffect(() => {
    if (open === null && returnTo !== null) document.getElementById(returnTo)?.focus();
  }, [open, returnTo]);
  const show = (next: NonNullable<Open>) => {
    setReturnTo(openerId(criterion.key, next));
    setOpen(next);
  };
  const close = () => setOpen(null);
  const items = (view.assessment?.evidence ?? [])
    .map((item, index) => ({ item, index }))
    .filter(({ item }) => item.criterion === criterion.key);
  const byId = new Map(evaluations.map((e) => [e.id, e]));
  const headingId = criterionHeadingId(criterion.key);

  return (
    <li className="sa-criterion" data-criterion={criterion.key}>
      <h4 className="sa-criterion__text" id={headingId} tabIndex={-1}>
        {criterion.text}
      </h4>
      <p className="sa-criterion__meta small">
        <EngineFinding criterion={criterion} />
        {neededFor !== null && <Tag tone="accent">Needed for {neededFor}</Tag>}
      </p>
      {items.length === 0 ? (
        <p className="muted small sa-evidence__none">No evidence given yet.</p>
      ) : (
        <ul className="sa-evidence" aria-label={`Evidence for: ${criterion.text}`}>
          {items.map(({ item, index }) => (
            <EvidenceEntry
              key={index}
              item={item}
              evaluation={item.evaluationId === null ? undefined : byId.get(item.evaluationId)}
              actions={
                <>
                  {editable && open === null && (
                    <p className="sa-evidence__actions">
                      <button
                        type="button"
                        id={openerId(criterion.key, { mode: 'edit', index })}
                        className="button button--small"
                        onClick={() => show({ mode: 'edit', index })}
                      >
                        Edit<span className="visually-hidden"> evidence “{item.text}”</span>
                      </button>
                      <button
                        type="button"
                        id={openerId(criterion.key, { mode: 'remove', index })}
                        className="button button--small button--quiet"
                        onClick={() => show({ mode: 'remove', index })}
                      >
                        Remove<span className="visually-hidden"> evidence “{item.text}”</span>
                      </button>
                    </p>
                  )}
                  {open?.mode === 'edit' && open.index === index && (
                    <div className="study-panel">
                      <EvidenceForm
                        view={view}
                        criterion={criterion}
                        evaluations={evaluations}
                        index={index}
                        onClose={close}
                      />
                    </div>
                  )}
                  {open?.mode === 'remove' && open.index === index && (
                    <div className="study-panel">
                      <RemoveEvidenceForm view={view} criterion={criterion} index={index} onClose={close} />
                    </div>
                  )}
                </>
              }
            />
          ))}
        </ul>
      )}
      {editable &&
        (open?.mode === 'add' ? (
          <div className="study-panel">
            <EvidenceForm view={view} criterion={criterion} evaluations={evaluations} onClose={close} />
          </div>
        ) : (
          open === null && (
            <p className="sa-criterion__add">
              <button
                type="button"
                id={openerId(criterion.key, { mode: 'add' })}
                className="button button--small"
                onClick={() => show({ mode: 'add' })}
              >
                Add evidence<span className="visually-hidden"> for “{criterion.text}”</span>
              </button>
            </p>
          )
        ))}
    </li>
  );
}

export function CriteriaEvidence({
  view,
  evaluations,
  editable,
}: {
  view: SelfAssessmentView;
  evaluations: readonly EvaluationView[];
  editable: boolean;
}) {
  const claimed = view.levels.find((l) => l.id === view.assessment?.claimedLevel);
  return (
    <section className="record-section sa-criteria-section" aria-labelledby="criteria-title">
      <h2 id="criteria-title">Criteria and evidence</h2>
      <p>
        The criteria are the framework&rsquo;s own rules, the ones the computed rating applies. Beside each is
        what the evidence engine finds in the evaluations catalogued here; the provider&rsquo;s evidence may
        go beyond them (documents, procedures, data not yet catalogued).
      </p>
      {view.levels.map((level) => {
        const criteria = view.criteria.filter((c) => c.levelId === level.id);
        return (
          <section
            className="sa-level"
            key={level.id}
            aria-labelledby={`sa-level-${level.id}`}
            data-level={level.id}
          >
            <h3 className="sa-level__title" id={`sa-level-${level.id}`}>
              {level.label}
            </h3>
            <p className="muted small sa-level__meaning">
              {level.meaning}
              {criteria.length < level.criteria.length && ' It also needs the criteria listed above.'}
            </p>
            {criteria.length > 0 && (
              <ul className="sa-criteria">
                {criteria.map((criterion) => (
                  <CriterionEvidence
                    key={criterion.key}
                    view={view}
                    criterion={criterion}
                    evaluations={evaluations}
                    neededFor={
                      claimed !== undefined && claimed.criteria.includes(criterion.key) ? claimed.label : null
                    }
                    editable={editable}
                  />
                ))}
              </ul>
            )}
          </section>
        );
      })}
    </section>
  );
}
