// `ewb rate`: every intervention's standards-of-evidence ratings, with their explanations.
import { FRAMEWORK_IDS } from '../../../shared/analysis/ratings/frameworks';
import type { RatedSubject } from '../../../shared/model/evidence';
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

export const rateCommand: Command = {
  name: 'rate',
  summary: 'standards-of-evidence ratings, with explanations, of every intervention',
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
      const all = await call('ratings/list', framework === undefined ? {} : { frameworkId: framework });
      if (values.json) {
        io.out(JSON.stringify(all, null, 2));
        return 0;
      }
      for (const entry of all) {
        io.out(`${entry.intervention.name} (${entry.intervention.id})`);
        for (const f of entry.ratings) for (const r of f.ratings) io.out(explain(r).join('\n'));
      }
      return 0;
    });
  },
};
