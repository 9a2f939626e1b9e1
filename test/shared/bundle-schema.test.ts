// The bundle schema refuses bad values with messages that name the field and the rule.
import { describe, expect, it } from 'vitest';
import { LibraryBundleSchema } from '../../shared/model/bundle';
import { parseBundle } from '../../shared/model/bundle-versions';

const intervention = (over: Record<string, unknown> = {}) => ({
  id: 'x',
  name: 'X',
  summary: 'S',
  approachTypeId: 'mentoring',
  tier: 'targeted',
  strand: 'engagement',
  status: 'active',
  ...over,
});
const bundle = (interventions: unknown[]) => ({
  format: 'evidence-workbench-bundle',
  formatVersion: 2,
  library: { name: 'L' },
  interventions,
});
const firstIssue = (value: unknown) => {
  const result = LibraryBundleSchema.safeParse(value);
  if (result.success) return null;
  const issue = result.error.issues[0];
  return { path: issue?.path.join('.'), message: issue?.message };
};

const evaluationWith = (outcome: Record<string, unknown>) =>
  intervention({
    evaluations: [
      {
        id: 'e',
        title: 'E',
        independent: true,
        design: 'randomised',
        illustrative: true,
        outcomeResults: [
          {
            id: 'r',
            outcomeId: 'custody',
            measureName: 'M',
            higherIsBetter: false,
            illustrative: true,
            ...outcome,
          },
        ],
      },
    ],
  });

describe('LibraryBundleSchema', () => {
  it('accepts a minimal valid bundle and fills defaults', () => {
    const parsed = LibraryBundleSchema.parse(bundle([intervention()]));
    expect(parsed.interventions[0]).toMatchObject({
      settings: [],
      validationStatus: 'not-assessed',
      evaluations: [],
    });
  });

  it.each([
    [{ name: '  ' }, 'interventions.0.name'],
    [{ ageMin: 16, ageMax: 12 }, 'interventions.0.ageMin'],
    [{ startDate: '2010-01', endDate: '2009-12' }, 'interventions.0.startDate'],
    [{ tier: 'everyone' }, 'interventions.0.tier'],
    [{ id: 'Has Spaces' }, 'interventions.0.id'],
  ])('refuses %o at %s', (over, path) => {
    expect(firstIssue(bundle([intervention(over)]))?.path).toBe(path);
  });

  it('refuses a negative SD, events above totals and an inverted CI', () => {
    const at = 'interventions.0.evaluations.0.outcomeResults.0.stats';
    expect(
      firstIssue(
        bundle([
          evaluationWith({ dataType: 'continuous', stats: { m1: 1, sd1: -1, n1: 5, m2: 1, sd2: 1, n2: 5 } }),
        ]),
      ),
    ).toMatchObject({ path: `${at}.sd1` });
    expect(
      firstIssue(
        bundle([
          evaluationWith({ dataType: 'binary', stats: { events1: 9, total1: 5, events2: 1, total2: 5 } }),
        ]),
      ),
    ).toEqual({ path: `${at}.events1`, message: 'events cannot exceed the group total' });
    expect(
      firstIssue(
        bundle([
          evaluationWith({ dataType: 'effect', stats: { type: 'OR', value: 1, ciLower: 2, ciUpper: 1 } }),
        ]),
      ),
    ).toEqual({ path: `${at}.ciLower`, message: 'the lower confidence limit must not exceed the upper' });
  });
});

describe('parseBundle (every known format version)', () => {
  const v1 = {
    format: 'evidence-workbench-bundle',
    version: 1,
    library: { name: 'L' },
    documents: [{ id: 'doc', title: 'A report', publisher: 'MPA', date: '2009' }],
    interventions: [intervention()],
    baselineRates: [
      { id: 'rate', outcomeId: 'custody', rate: 0.2, source: { document: 'doc', passage: 'one in five' } },
    ],
  };

  it('upgrades format 1 to the current format, citing a baseline rate in words', () => {
    const parsed = parseBundle(v1);
    expect(parsed.formatVersion).toBe(2);
    expect(parsed.baselineRates).toEqual([
      {
        id: 'rate',
        outcomeDomainId: 'custody',
        areaId: null,
        rate: 0.2,
        population: null,
        year: null,
        source: 'A report, MPA, 2009: “one in five”',
        sourceDate: '2009',
      },
    ]);
  });

  it('names the path of a problem in either version, and refuses what is not a bundle', () => {
    expect(() => parseBundle({ ...v1, interventions: [intervention({ tier: 'x' })] })).toThrow(
      /^interventions\.0\.tier: /,
    );
    expect(() => parseBundle({ ...bundle([intervention()]), attachments: [{ id: 'a' }] })).toThrow(
      /^attachments\.0\./,
    );
    expect(() => parseBundle([])).toThrow('bundle: a bundle is a JSON object');
    expect(() => parseBundle({ format: 'other' })).toThrow('format: expected "evidence-workbench-bundle"');
    expect(() => parseBundle({ ...bundle([]), formatVersion: 3 })).toThrow(/^formatVersion: .*newer version/);
  });
});
