// An outcome result's statistics exactly as the study reported them: each group's mean, SD and n or
// events of a total, and a reported effect with its CI, SE, t or p. Shown by the evaluation's
// results table and the outcome-results grid; nothing here is computed.
import type { ReactNode } from 'react';
import {
  NO_VALUE,
  formatInteger,
  formatInterval,
  formatPValue,
  formatStatistic,
} from '../../../shared/format';
import type { OutcomeStatistics } from '../../../shared/model/catalogue';
import { EFFECT_TYPE_LABELS } from '../../../shared/model/vocabulary';

const present = (v: number | null): v is number => v !== null && Number.isFinite(v);

/** One group's raw figures (1 = intervention, 2 = comparison), whichever were reported. */
export function groupFigures(s: OutcomeStatistics, group: 1 | 2): ReactNode {
  const [mean, sd, n, events, total] =
    group === 1 ? [s.m1, s.sd1, s.n1, s.events1, s.total1] : [s.m2, s.sd2, s.n2, s.events2, s.total2];
  const parts: ReactNode[] = [];
  if (present(mean)) parts.push(<span key="m">Mean {formatStatistic(mean)}</span>);
  if (present(sd)) parts.push(<span key="sd">SD {formatStatistic(sd)}</span>);
  if (present(events) && present(total)) {
    parts.push(
      <span key="e">
        {formatInteger(events)} of {formatInteger(total)}
      </span>,
    );
  } else if (present(total)) parts.push(<span key="t">Total {formatInteger(total)}</span>);
  if (present(n)) parts.push(<span key="n">n = {formatInteger(n)}</span>);
  if (parts.length === 0) return <span className="muted">{NO_VALUE}</span>;
  return <span className="stat-list">{parts}</span>;
}

export function reportedStatistics(s: OutcomeStatistics): ReactNode {
  const parts: ReactNode[] = [];
  if (s.effectType !== null && present(s.effectValue)) {
    parts.push(
      <span key="effect">
        {EFFECT_TYPE_LABELS[s.effectType]} {formatStatistic(s.effectValue)}
      </span>,
    );
  }
  if (present(s.ciLower) && present(s.ciUpper))
    parts.push(<span key="ci">95% CI {formatInterval(s.ciLower, s.ciUpper)}</span>);
  if (present(s.se)) parts.push(<span key="se">SE {formatStatistic(s.se)}</span>);
  if (present(s.t)) parts.push(<span key="t">t = {formatStatistic(s.t)}</span>);
  if (present(s.p)) parts.push(<span key="p">{formatPValue(s.p)}</span>);
  if (parts.length === 0) return <span className="muted">{NO_VALUE}</span>;
  return <span className="stat-list">{parts}</span>;
}
