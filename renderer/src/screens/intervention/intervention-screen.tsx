// One intervention in four tabs: the Overview (what it is, its evidence level, key facts, theory
// of change, evaluations with their outcome results, costs and the sources behind them), the
// Evidence (effects, pooled estimates and ratings), the Value (costs in today's prices, cost per
// outcome, benefit–cost) and the Standards (the provider's self-assessment and its validation).
// Every illustrative value is labelled.
import { useEffect } from 'react';
import { formatCount, formatList } from '../../../../shared/format';
import type { InterventionDetail } from '../../../../shared/model/catalogue';
import { useDocumentTitle } from '../../app/use-document-title';
import { IllustrativeBadge, MaybeIllustrative } from '../../components/badges';
import { Breadcrumb as Trail } from '../../components/breadcrumb';
import { ErrorState, LoadingState, Notice } from '../../components/states';
import { useIntervention } from '../../data/use-intervention';
import { fieldLabel } from '../../labels';
import { revealRecord } from '../../routing/reveal';
import { hrefFor, type InterventionTab, parseRoute, type RecordFocus, useHash } from '../../routing/routes';
import { InterventionActions } from '../editing/record-actions';
import { EvidenceTab } from '../evidence/evidence-tab';
import { StandardsTab } from '../standards/standards-tab';
import { ValueTab } from '../value/value-tab';
import { AttachmentsSection } from './attachments-section';
import { CostsSection } from './costs-section';
import { EvaluationsSection } from './evaluations-section';
import { FactsPanel } from './facts-panel';
import { fieldIsIllustrative } from './illustrative';
import { InterventionTabPanel, InterventionTabs } from './intervention-tabs';
import { RecordHeader } from './record-header';
import { CitationList } from './sources';
import { TheoryOfChangeView } from './theory-of-change';

function Breadcrumb({ current }: { current: string }) {
  return <Trail parent={{ href: hrefFor({ screen: 'catalogue' }), label: 'Catalogue' }} current={current} />;
}

function IllustrativeSummary({ detail }: { detail: InterventionDetail }) {
  const fields = [
    ...new Set(
      detail.illustrativeFields.map((f) => (f === 'ageMin' || f === 'ageMax' ? 'Ages' : fieldLabel(f))),
    ),
  ];
  const evaluations = detail.evaluations.filter((e) => e.illustrative).length;
  const results = detail.evaluations.flatMap((e) => e.outcomeResults).filter((r) => r.illustrative).length;
  const costs = detail.costItems.filter((c) => c.illustrative).length;
  const parts = [
    ...(fields.length > 0
      ? [`${fields.length === 1 ? 'this field' : 'these fields'}: ${formatList(fields)}`]
      : []),
    ...(evaluations > 0 ? [formatCount(evaluations, 'evaluation')] : []),
    ...(results > 0 ? [formatCount(results, 'outcome result')] : []),
    ...(costs > 0 ? [formatCount(costs, 'cost item')] : []),
  ];
  if (parts.length === 0) return null;
  return (
    <Notice tone="illustrative" title="Some figures on this page are illustrative">
      <p>
        They are invented for demonstration, not taken from a source, and each is marked{' '}
        <IllustrativeBadge compact />. Illustrative here: {parts.join('; ')}.
      </p>
    </Notice>
  );
}

function Description({ text }: { text: string }) {
  const paragraphs = text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter((p) => p !== '');
  return (
    <>
      {paragraphs.map((p, i) => (
        <p key={i}>{p}</p>
      ))}
    </>
  );
}

function Overview({ detail }: { detail: InterventionDetail }) {
  return (
    <div className="record-layout">
      <div className="record-main">
        <section className="record-section" aria-labelledby="description-title" id="description">
          <h2 id="description-title">
            Description{' '}
            <MaybeIllustrative illustrative={fieldIsIllustrative(detail, 'description')} compact />
          </h2>
          {detail.description === null || detail.description.trim() === '' ? (
            <p className="muted">No description recorded.</p>
          ) : (
            <Description text={detail.description} />
          )}
        </section>

        <section className="record-section" aria-labelledby="toc-title" id="theory-of-change">
          <h2 id="toc-title">
            Theory of change{' '}
            <MaybeIllustrative illustrative={fieldIsIllustrative(detail, 'theoryOfChange')} compact />
          </h2>
          {detail.theoryOfChange === null ? (
            <p className="muted">No theory of change recorded.</p>
          ) : (
            <TheoryOfChangeView theory={detail.theoryOfChange} />
          )}
        </section>

        <EvaluationsSection evaluations={detail.evaluations} />
        <CostsSection detail={detail} />
        <AttachmentsSection
          owner={{ kind: 'intervention', id: detail.id }}
          ownerName={detail.name}
          variant="record"
        />

        <section className="record-section" aria-labelledby="sources-title" id="sources">
          <h2 id="sources-title">Sources</h2>
          {detail.sources.length === 0 ? (
            <p className="muted">No sources are cited for this intervention&rsquo;s description.</p>
          ) : (
            <>
              <p className="muted">
                Passages from the source documents that support what this page says about the programme.
                Evaluations and cost items list their own sources.
              </p>
              <CitationList sources={detail.sources} />
            </>
          )}
        </section>
      </div>
      <FactsPanel detail={detail} />
    </div>
  );
}

function Record({ detail, tab }: { detail: InterventionDetail; tab: InterventionTab }) {
  return (
    <article className="record" aria-labelledby="record-title">
      <Breadcrumb current={detail.name} />
      {/* The Evidence and Value tabs say what is illustrative in their own notes, next to the figures. */}
      <RecordHeader detail={detail}>
        <InterventionActions detail={detail} />
        {tab === 'overview' && <IllustrativeSummary detail={detail} />}
      </RecordHeader>
      <InterventionTabs id={detail.id} current={tab} />
      <InterventionTabPanel tab={tab}>
        {tab === 'overview' && <Overview detail={detail} />}
        {tab === 'evidence' && <EvidenceTab detail={detail} />}
        {tab === 'value' && <ValueTab detail={detail} />}
        {tab === 'standards' && <StandardsTab detail={detail} />}
      </InterventionTabPanel>
    </article>
  );
}

/** The open tab, read from the address (the app shell keys this screen by the intervention only). */
function useCurrentTab(): InterventionTab {
  const route = parseRoute(useHash());
  return route.screen === 'intervention' ? (route.tab ?? 'overview') : 'overview';
}

/** The study (and result) the address points at, if any. */
function useRecordFocus(): RecordFocus | undefined {
  const route = parseRoute(useHash());
  return route.screen === 'intervention' ? route.focus : undefined;
}

/** Once the page has loaded, brings the study or result its address names into view and focus. */
function useRevealFocus(loaded: boolean): void {
  const focus = useRecordFocus();
  const evaluationId = focus?.evaluationId;
  const outcomeResultId = focus?.outcomeResultId;
  useEffect(() => {
    if (!loaded || evaluationId === undefined) return;
    return revealRecord(outcomeResultId === undefined ? { evaluationId } : { evaluationId, outcomeResultId });
  }, [loaded, evaluationId, outcomeResultId]);
}

/** One intervention's page, brought to the study or result its address names. */
export function InterventionScreen({ id }: { id: string }) {
  const state = useIntervention(id);
  const tab = useCurrentTab();
  useRevealFocus(state.status === 'ok');
  const name = state.status === 'ok' ? state.value.name : state.status === 'error' ? 'Intervention' : null;
  useDocumentTitle(name !== null && tab !== 'overview' ? `${name}: ${tab}` : name);
  if (state.status === 'loading') return <LoadingState label="Loading the intervention…" />;
  if (state.status === 'error') {
    if (state.error.code === 'NOT_FOUND') {
      return (
        <div className="page page--narrow">
          <Breadcrumb current="Not found" />
          <header className="page-header">
            <h1 id="record-title">Intervention not found</h1>
            <p className="page-header__lead">{state.error.message}</p>
          </header>
          <p>
            It may have been removed, or the link may be out of date.{' '}
            <a href={hrefFor({ screen: 'catalogue' })}>Back to the Catalogue</a>
          </p>
        </div>
      );
    }
    return (
      <div className="page page--narrow">
        <h1>Intervention</h1>
        <ErrorState
          title="This intervention could not be loaded"
          error={state.error}
          onRetry={state.reload}
        />
      </div>
    );
  }
  return <Record detail={state.value} tab={tab} />;
}
