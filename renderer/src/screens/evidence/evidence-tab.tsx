// The intervention page's Evidence tab: the pooling controls, then per outcome the studies'
// effects, the pooled estimate with its plots and what it means for a board, then the
// standards-of-evidence ratings. Everything shown is what evidence/get returned (architecture
// rule 4): the tab formats and draws, it computes no statistics.
import { useMemo, useState } from 'react';
import { formatCount, formatInteger } from '../../../../shared/format';
import type { InterventionDetail } from '../../../../shared/model/catalogue';
import type {
  EvidenceSummary,
  PoolingMethod,
  PoolingTest,
  StudyEffect,
} from '../../../../shared/model/evidence';
import { IllustrativeBadge } from '../../components/badges';
import { EmptyState, ErrorState, LoadingState } from '../../components/states';
import { useEvidence } from '../../data/use-evidence';
import { ExcludedResults, OutcomeEvidence } from './outcome-evidence';
import { PoolingControls } from './pooling-controls';
import { RatingsPanel } from './ratings-panel';

function IllustrativeEffectsNote({ effects }: { effects: StudyEffect[] }) {
  const count = effects.filter((e) => e.illustrative).length;
  if (count === 0) return null;
  return (
    <p className="illustrative-note evidence__illustrative" data-field="illustrative-note">
      <IllustrativeBadge compact />
      <span>
        {count === 1 && effects.length === 1
          ? 'The one outcome result'
          : count === effects.length
            ? `All ${formatCount(count, 'outcome result')}`
            : `${formatInteger(count)} of the ${formatCount(effects.length, 'outcome result')}`}{' '}
        here {count === 1 ? 'is' : 'are'} invented for demonstration, not taken from a source. Pooled
        estimates, plots and ratings that use them are illustrative too.
      </span>
    </p>
  );
}

function Evidence({
  summary,
  detail,
  onChanged,
}: {
  summary: EvidenceSummary;
  detail: InterventionDetail;
  onChanged: () => void;
}) {
  const effects = useMemo(() => new Map(summary.effects.map((e) => [e.outcomeResultId, e])), [summary]);
  const excluded = summary.effects.filter((e) => e.yi === null);
  const pooledOutcomes = new Set(summary.pooled.map((p) => p.outcome.id));
  const unplaced = excluded.filter((e) => !pooledOutcomes.has(e.outcome.id));
  return (
    <>
      {summary.pooled.length === 0 ? (
        <section className="record-section">
          <EmptyState title="No effects to show">
            <p className="muted">
              No outcome result of this intervention could be expressed as a standardised effect yet.
            </p>
          </EmptyState>
        </section>
      ) : (
        summary.pooled.map((outcome) => (
          <OutcomeEvidence
            key={outcome.outcome.id}
            outcome={outcome}
            effects={effects}
            excluded={excluded.filter((e) => e.outcome.id === outcome.outcome.id)}
          />
        ))
      )}
      {unplaced.length > 0 && (
        <section className="record-section">
          <ExcludedResults effects={unplaced} title="Other results not expressed as a standardised effect" />
        </section>
      )}
      <RatingsPanel
        summary={summary}
        detail={detail}
        illustrative={summary.effects.some((e) => e.illustrative)}
        onChanged={onChanged}
      />
    </>
  );
}

export function EvidenceTab({ detail }: { detail: InterventionDetail }) {
  const [method, setMethod] = useState<PoolingMethod>('REML');
  const [test, setTest] = useState<PoolingTest>('knha');
  const evidence = useEvidence(detail.id, method, test);
  const summary = evidence.summary;
  return (
    <div
      className="evidence"
      data-method={summary?.method}
      data-test={summary?.test}
      aria-busy={evidence.updating}
    >
      {summary !== null && <IllustrativeEffectsNote effects={summary.effects} />}
      <PoolingControls
        method={method}
        test={test}
        updating={evidence.updating && summary !== null}
        onMethod={setMethod}
        onTest={setTest}
      />
      {evidence.error !== null && (
        <ErrorState
          title={
            summary === null ? 'The evidence could not be worked out' : 'The evidence could not be updated'
          }
          error={evidence.error}
          onRetry={evidence.reload}
        />
      )}
      {summary === null ? (
        evidence.error === null && <LoadingState label="Working out the evidence…" />
      ) : (
        <Evidence summary={summary} detail={detail} onChanged={evidence.reload} />
      )}
    </div>
  );
}
