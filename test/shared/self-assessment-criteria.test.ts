// The criteria a provider self-assesses against come from the frameworks' rules: each once, under
// the lowest level that asks for it, with every level that needs it.
import { describe, expect, it } from 'vitest';
import { rateIntervention } from '../../shared/analysis/ratings/evaluate';
import { BLUEPRINTS, PROJECT_ORACLE } from '../../shared/analysis/ratings/frameworks';
import {
  assessmentCriteria,
  assessmentLevels,
  computedCriteria,
} from '../../shared/analysis/ratings/self-assessment-criteria';

describe('self-assessment criteria', () => {
  it('lists Project Oracle’s criteria once each, lowest standard first', () => {
    const criteria = assessmentCriteria(PROJECT_ORACLE);
    expect(criteria.map((c) => [c.levelId, c.text])).toEqual([
      ['1', 'Has a theory of change'],
      ['2', 'At least one evaluation (e.g. pre/post) showing positive change'],
      ['3', 'Has procedures to deliver it as designed (a manual or equivalent)'],
      ['3', 'At least one comparison-group evaluation (SMS 3 or above) with a positive result'],
      ['4', 'At least one independent comparison-group evaluation with a positive result'],
      ['4', 'Comparison-group evaluations with positive results in at least two different places'],
      [
        '5',
        'Independent comparison-group evaluations with positive results in at least two different places',
      ],
    ]);
    expect(criteria[0]).toMatchObject({
      key: 'has-a-theory-of-change',
      requiredFor: ['1', '2', '3', '4', '5'],
    });
    expect(criteria[2]?.requiredFor).toEqual(['3', '4', '5']);
    expect(new Set(criteria.map((c) => c.key)).size).toBe(criteria.length);
  });

  it('gives each level the keys of all the criteria it requires', () => {
    const levels = assessmentLevels(PROJECT_ORACLE);
    expect(levels.map((l) => l.id)).toEqual(['1', '2', '3', '4', '5']);
    expect(levels[1]?.criteria).toEqual([
      'has-a-theory-of-change',
      'at-least-one-evaluation-e-g-pre-post-showing-positive-change',
    ]);
    expect(assessmentLevels(BLUEPRINTS).map((l) => l.id)).toEqual(['promising', 'model', 'model-plus']);
  });

  it('reads the engine’s verdict on each criterion from a computed rating', () => {
    const [rating] = rateIntervention(PROJECT_ORACLE, {
      id: 'x',
      name: 'X',
      approachTypeId: 'mentoring',
      hasTheoryOfChange: true,
      manualAvailable: false,
      costPerParticipant: null,
      studies: [],
    });
    const found = computedCriteria(rating ?? { levels: [] });
    expect(found.get('has-a-theory-of-change')?.met).toBe(true);
    expect(found.get('has-procedures-to-deliver-it-as-designed-a-manual-or-equivalent')?.met).toBe(false);
    expect(found.size).toBe(assessmentCriteria(PROJECT_ORACLE).length);
  });
});
