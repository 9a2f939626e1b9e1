// Standards-of-evidence rules applied to constructed evidence, level by level, with explanations.
import { describe, expect, it } from 'vitest';
import { eifCostRating } from '../../shared/analysis/ratings/cost-rating';
import { rateIntervention, studySms } from '../../shared/analysis/ratings/evaluate';
import type { InterventionEvidence, StudyEvidence } from '../../shared/analysis/ratings/evidence-input';
import {
  BLUEPRINTS,
  CRIME_SOLUTIONS,
  EIF,
  MARYLAND_SMS,
  PROJECT_ORACLE,
} from '../../shared/analysis/ratings/frameworks';
import { impactBand, YEF_EVIDENCE_QUALITY } from '../../shared/analysis/ratings/yef';

// Effects with variance 0.01 (SE 0.1): 0.3 is significant, 0.1 is not, -0.3 is significant harm.
const BENEFIT = { outcomeId: 'proven-reoffending', yi: 0.3, vi: 0.01 };
const NULL_RESULT = { outcomeId: 'proven-reoffending', yi: 0.1, vi: 0.01 };
const HARM = { outcomeId: 'custody', yi: -0.3, vi: 0.01 };

const study = (id: string, over: Partial<StudyEvidence> = {}): StudyEvidence => ({
  id,
  title: `Study ${id}`,
  year: 2009,
  design: 'comparison-group',
  independent: false,
  place: 'Lambeth',
  country: 'United Kingdom',
  followUpMonths: 6,
  smsScore: null,
  highRiskOfBias: false,
  effects: [BENEFIT],
  ...over,
});

const evidence = (
  studies: StudyEvidence[],
  over: Partial<InterventionEvidence> = {},
): InterventionEvidence => ({
  id: 'i',
  name: 'Intervention',
  approachTypeId: 'mentoring',
  hasTheoryOfChange: true,
  manualAvailable: true,
  costPerParticipant: 400,
  studies,
  ...over,
});

/** Table rows as [what, expected, evidence], so test names read "what → expected". */
const cases = (rows: [string, InterventionEvidence, string][]) =>
  rows.map(([what, ev, expected]) => [what, expected, ev] as const);

const levelOf = (framework: typeof PROJECT_ORACLE, ev: InterventionEvidence) => {
  const [rating] = rateIntervention(framework, ev);
  return rating ? `${rating.level}${rating.suffixes.join('')}` : null;
};

describe('Project Oracle standards', () => {
  it.each(
    cases([
      ['no theory of change', evidence([], { hasTheoryOfChange: false }), '0'],
      ['a theory of change only', evidence([]), '1'],
      ['positive pre/post data', evidence([study('a', { design: 'pre-post' })]), '2'],
      ['a comparison group but no manual', evidence([study('a')], { manualAvailable: false }), '2'],
      ['a comparison group and a manual', evidence([study('a')]), '3'],
      [
        'independent, replicated elsewhere',
        evidence([study('a', { independent: true }), study('b', { place: 'Hackney' })]),
        '4',
      ],
      [
        'replicated in the same place only',
        evidence([study('a', { independent: true }), study('b', { place: 'Lambeth' })]),
        '3',
      ],
      [
        'several independent evaluations in different places',
        evidence([study('a', { independent: true }), study('b', { independent: true, place: 'Hackney' })]),
        '5',
      ],
      [
        'a comparison group without a significant result',
        evidence([study('a', { effects: [NULL_RESULT] })]),
        '1',
      ],
    ]),
  )('%s → Standard %s', (_what, expected, ev) => {
    expect(levelOf(PROJECT_ORACLE, ev)).toBe(expected);
  });

  it('explains every level: each criterion met or not and the studies that meet it', () => {
    const [rating] = rateIntervention(
      PROJECT_ORACLE,
      evidence([study('a'), study('b', { design: 'pre-post' })]),
    );
    expect(rating?.label).toBe('Standard 3');
    const standard3 = rating?.levels.find((l) => l.id === '3');
    expect(standard3).toMatchObject({ met: true });
    expect(standard3?.criteria.map((c) => [c.met, c.studies.map((s) => s.id)])).toEqual([
      [true, []],
      [true, []],
      [true, ['a']],
    ]);
    const standard4 = rating?.levels.find((l) => l.id === '4');
    expect(standard4?.criteria.map((c) => c.met)).toEqual([true, true, false, false]);
  });
});

describe('EIF levels', () => {
  it.each(
    cases([
      ['nothing', evidence([]), 'NL2'],
      ['pre/post improvement', evidence([study('a', { design: 'pre-post' })]), '2'],
      ['one rigorous study', evidence([study('a')]), '3'],
      ['one rigorous study at high risk of bias', evidence([study('a', { highRiskOfBias: true })]), '2'],
      [
        'two rigorous studies, one lasting a year',
        evidence([study('a'), study('b', { followUpMonths: 12 })]),
        '4',
      ],
      ['two rigorous studies, none lasting a year', evidence([study('a'), study('b')]), '3'],
      ['rigorous evidence of no effect', evidence([study('a', { effects: [NULL_RESULT] })]), 'NE'],
      ['mixed rigorous findings', evidence([study('a'), study('b', { effects: [NULL_RESULT] })]), '3*'],
      [
        'a randomised trial and an independent evaluation',
        evidence([study('a', { design: 'randomised' }), study('b', { independent: true })]),
        '3+',
      ],
    ]),
  )('%s → %s', (_what, expected, ev) => {
    expect(levelOf(EIF, ev)).toBe(expected);
  });

  it('gives the cost rating by unit cost per participant', () => {
    expect([99.99, 100, 499, 500, 999, 1000, 2000, 2000.01].map((c) => eifCostRating(c).rating)).toEqual([
      1, 2, 2, 3, 3, 4, 4, 5,
    ]);
  });
});

describe('Blueprints-style certification', () => {
  it.each(
    cases([
      ['one randomised trial', evidence([study('a', { design: 'randomised' })]), 'promising'],
      ['two quasi-experiments', evidence([study('a'), study('b')]), 'promising'],
      ['one quasi-experiment', evidence([study('a')]), 'not-certified'],
      [
        'a trial, but harm elsewhere',
        evidence([study('a', { design: 'randomised' }), study('b', { effects: [HARM] })]),
        'not-certified',
      ],
      [
        'a trial and a matched study, lasting a year',
        evidence([
          study('a', { design: 'randomised', followUpMonths: 12 }),
          study('b', { design: 'matched' }),
        ]),
        'model',
      ],
      [
        'model, independently replicated',
        evidence([
          study('a', { design: 'randomised', followUpMonths: 12 }),
          study('b', { design: 'matched', independent: true }),
        ]),
        'model-plus',
      ],
    ]),
  )('%s → %s', (_what, expected, ev) => {
    expect(levelOf(BLUEPRINTS, ev)).toBe(expected);
  });
});

describe('CrimeSolutions-style ratings', () => {
  it('rates each outcome on its own studies', () => {
    const ratings = rateIntervention(
      CRIME_SOLUTIONS,
      evidence([
        study('a', { design: 'matched', effects: [BENEFIT, HARM] }),
        study('b', { effects: [{ ...NULL_RESULT, outcomeId: 'attendance' }] }),
        study('c', { effects: [BENEFIT] }),
      ]),
    );
    expect(ratings.map((r) => [r.subject.id, `${r.label}${r.suffixes.join('')}`])).toEqual([
      ['attendance', 'Ineffective'],
      ['custody', 'Negative effects'],
      ['proven-reoffending', 'Effective (multiple studies)'],
    ]);
  });
});

describe('Maryland SMS', () => {
  it('scores each study from its recorded score or its design', () => {
    const ratings = rateIntervention(
      MARYLAND_SMS,
      evidence([
        study('a', { design: 'randomised' }),
        study('b', { design: 'pre-post', smsScore: 1 }),
        study('c', { design: 'systematic-review' }),
      ]),
    );
    expect(ratings.map((r) => [r.subject.id, r.label])).toEqual([
      ['a', 'SMS 5'],
      ['b', 'SMS 1'],
      ['c', 'Not scored'],
    ]);
    expect(studySms({ design: 'matched', smsScore: null })).toBe(4);
  });
});

describe('YEF-style approach summary', () => {
  it('bands the beneficial change as the Toolkit does', () => {
    expect([45, 30, 29.4, 9.6, 9.4, 2, 1.6, 0, -1.4, -2, -12].map(impactBand)).toEqual([
      'high',
      'high',
      'moderate',
      'moderate',
      'low',
      'low',
      'low',
      'no-effect',
      'no-effect',
      'harmful',
      'harmful',
    ]);
  });

  it('grades evidence quality by the number and rigour of studies', () => {
    const many = ['a', 'b', 'c', 'd', 'e'].map((id, i) =>
      study(id, { design: i < 2 ? 'randomised' : 'matched' }),
    );
    expect(levelOf(YEF_EVIDENCE_QUALITY, evidence(many))).toBe('5');
    expect(levelOf(YEF_EVIDENCE_QUALITY, evidence(many.slice(2)))).toBe('4');
    expect(levelOf(YEF_EVIDENCE_QUALITY, evidence([study('a'), study('b')]))).toBe('3');
    expect(levelOf(YEF_EVIDENCE_QUALITY, evidence([study('a')]))).toBe('2');
    expect(levelOf(YEF_EVIDENCE_QUALITY, evidence([study('a', { design: 'pre-post' })]))).toBe('1');
    expect(levelOf(YEF_EVIDENCE_QUALITY, evidence([]))).toBe('0');
  });
});
