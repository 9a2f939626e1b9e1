// `ewb rate`: every intervention's standards-of-evidence ratings, with their explanations.
import { FRAMEWORK_IDS } from '../../../shared/analysis/ratings/frameworks';
import { IMPACT_BAND_LABELS } from '../../../shared/analysis/ratings/yef';
import type { ApproachSummary, RatedSubject } from '../../../shared/model/evidence';
import { type Command, UsageError } from '../command';
import { withLibraryForReading } from '../library-option';

/** The rating, why it was reached, and what the next level up still lacks. */
function explain(r: RatedSubject): string[] {
  const label = `${r.label}${r.suffixes.join('')}`;
  const lines = [
    r.override === null
      ? `  ${r.frameworkName}${r.subject.kind === 'intervention' ? '' : ` — ${r.subject.name}`}: ${label}`
      : `  ${r.frameworkName}: ${r.override.level} (override by ${r.override.overriddenBy}: ${r.override.reason}; computed ${label})`,
  ];
  const index = r.levels.findIndex((l) => l.met);
  const achieved = r.levels[index];
  const next = index === -1 ? r.levels.at(-1) : r.levels[index - 1];
  for (const [level, heading] of [
    [achieved, 'met'],
    [next, 'not yet'],
  ] as const) {
    if (level === undefined) continue;
    lines.push(`    ${level.label} (${heading}):`);
    for (const c of level.criteria) {
      const studies = c.studies.length === 0 ? '' : ` [${c.studies.map((s) => s.title).join('; ')}]`;
      lines.push(`      ${c.met ? '✓' : '✗'} ${c.text}${studies}`);
    }
  }
  return lines;
}

function percent(x: number): string {
  return `${x >= 0 ? '+' : ''}${x.toFixed(1)}%`;
}

/** The YEF-style lines of one approach: per outcome, the band and the evidence quality. */
function approachLines(a: ApproachSummary): string[] {
  return [
    `${a.approach.name}`,
    ...a.outcomes.map((o) => {
      const band =
        o.impactBand === null || o.beneficialChangePercent === null
          ? 'impact: no baseline rate'
          : `impact: ${IMPACT_BAND_LABELS[o.impactBand]}, ${percent(o.beneficialChangePercent)} (baseline: ${o.pooled.translation?.baselineSource ?? ''})`;
      return `  ${o.outcome.name}: ${band}; evidence quality ${o.evidenceQuality.label}; ${o.studyCount} stud${o.studyCount === 1 ? 'y' : 'ies'}, ${o.interventions.length} intervention${o.interventions.length === 1 ? '' : 's'}`;
    }),
  ];
}

export const rateCommand: Command = {
  name: 'rate',
  summary: 'standards-of-evidence ratings, with explanations, of every intervention and approach',
  usage: `rate --library FILE [--framework ${FRAMEWORK_IDS.join('|')}] [--json]`,
  options: {
    library: { type: 'string' },
    framework: { type: 'string' },
    json: { type: 'boolean', default: false },
  },
  run(values, io) {
    const framework = values.framework;
    if (framework !== undefined && (typeof framework !== 'string' || !FRAMEWORK_IDS.includes(framework))) {
      throw new UsageError(
        `--framework must be one of ${FRAMEWORK_IDS.join(', ')} (got "${String(framework)}")`,
      );
    }
    return withLibraryForReading(values, async (call) => {
      const interventions = await call(
        'ratings/list',
        framework === undefined ? {} : { frameworkId: framework },
      );
      // Approach summaries belong to the whole picture; a single framework was asked for without them.
      const approaches = framework === undefined ? await call('ratings/approaches', {}) : [];
      if (values.json) {
        io.out(JSON.stringify({ interventions, approaches }, null, 2));
        return 0;
      }
      for (const entry of interventions) {
        io.out(`${entry.intervention.name} (${entry.intervention.id})`);
        for (const f of entry.ratings) for (const r of f.ratings) io.out(explain(r).join('\n'));
      }
      if (approaches.length > 0) io.out('\nBy approach (YEF Toolkit-style):');
      for (const a of approaches) io.out(approachLines(a).join('\n'));
      return 0;
    });
  },
};
