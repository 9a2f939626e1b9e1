// The standards-of-evidence frameworks the product rates against, written as rules (rules.ts)
// so each can be read, shown and tested as data. Each framework's summary follows its
// publisher's description (domain.md); where a published standard needs judgement, the rule
// chosen here is stated in the criterion's text.
import type { Criterion, Framework } from './rules';

const theoryOfChange: Criterion = { kind: 'theory-of-change', text: 'Has a theory of change' };
const manual: Criterion = {
  kind: 'manual',
  text: 'Has procedures to deliver it as designed (a manual or equivalent)',
};
const noHarm: Criterion = {
  kind: 'no-studies',
  text: 'No study found a significantly harmful effect',
  filter: { effect: 'harm' },
};

export const PROJECT_ORACLE: Framework = {
  id: 'project-oracle',
  name: 'Project Oracle Standards of Evidence',
  source:
    "Project Oracle, London's youth evidence hub: Standards 1–5 (not a pass–fail test). A comparison group means " +
    'Maryland SMS 3 or above; positive change means a result whose 95% confidence interval excludes no effect.',
  scope: 'intervention',
  levels: [
    {
      id: '5',
      label: 'Standard 5',
      meaning: 'Several independent evaluations in different settings: ready to deliver at scale.',
      criteria: [
        theoryOfChange,
        manual,
        {
          kind: 'studies',
          text: 'Independent comparison-group evaluations with positive results in at least two different places',
          filter: { minSms: 3, independent: true, effect: 'benefit' },
          atLeast: 2,
          distinctPlaces: true,
        },
      ],
    },
    {
      id: '4',
      label: 'Standard 4',
      meaning: 'An independent evaluation, and replicated at least once in another setting.',
      criteria: [
        theoryOfChange,
        manual,
        {
          kind: 'studies',
          text: 'At least one independent comparison-group evaluation with a positive result',
          filter: { minSms: 3, independent: true, effect: 'benefit' },
          atLeast: 1,
        },
        {
          kind: 'studies',
          text: 'Comparison-group evaluations with positive results in at least two different places',
          filter: { minSms: 3, effect: 'benefit' },
          atLeast: 2,
          distinctPlaces: true,
        },
      ],
    },
    {
      id: '3',
      label: 'Standard 3',
      meaning:
        'Causality shown with a comparison or control group, and procedures to deliver it as designed.',
      criteria: [
        theoryOfChange,
        manual,
        {
          kind: 'studies',
          text: 'At least one comparison-group evaluation (SMS 3 or above) with a positive result',
          filter: { minSms: 3, effect: 'benefit' },
          atLeast: 1,
        },
      ],
    },
    {
      id: '2',
      label: 'Standard 2',
      meaning: 'Data showing positive change, without proof of causation.',
      criteria: [
        theoryOfChange,
        {
          kind: 'studies',
          text: 'At least one evaluation (e.g. pre/post) showing positive change',
          filter: { minSms: 2, effect: 'benefit' },
          atLeast: 1,
        },
      ],
    },
    {
      id: '1',
      label: 'Standard 1',
      meaning: 'A theory of change and a plan to evaluate.',
      criteria: [theoryOfChange],
    },
  ],
  fallback: { id: '0', label: 'Not yet at Standard 1', meaning: 'No theory of change recorded yet.' },
};

const rigorousBenefit = { minSms: 3, effect: 'benefit', notHighRiskOfBias: true } as const;

export const EIF: Framework = {
  id: 'eif',
  name: 'EIF Guidebook evidence rating',
  source:
    'Early Intervention Foundation Guidebook: levels 2–4, "+" and "*", NL2 and NE. A rigorous study here is a ' +
    'randomised or quasi-experimental design (SMS 3 or above) not judged at high risk of bias.',
  scope: 'intervention',
  levels: [
    {
      id: 'NE',
      label: 'NE',
      meaning: 'Found not to be effective in rigorous evaluation.',
      criteria: [
        {
          kind: 'studies',
          text: 'At least one rigorous study found no significant benefit',
          filter: { minSms: 3, effect: 'no-benefit', notHighRiskOfBias: true },
          atLeast: 1,
        },
        {
          kind: 'no-studies',
          text: 'No rigorous study found a significant benefit',
          filter: rigorousBenefit,
        },
      ],
    },
    {
      id: '4',
      label: 'Level 4',
      meaning: 'Several rigorous studies, with at least one outcome lasting a year or more.',
      criteria: [
        {
          kind: 'studies',
          text: 'At least two rigorous studies with a significant benefit',
          filter: rigorousBenefit,
          atLeast: 2,
        },
        {
          kind: 'studies',
          text: 'A rigorous study with a significant benefit at 12 months or more',
          filter: { ...rigorousBenefit, minFollowUpMonths: 12 },
          atLeast: 1,
        },
      ],
    },
    {
      id: '3',
      label: 'Level 3',
      meaning: 'At least one rigorous randomised or quasi-experimental study showing short-term impact.',
      criteria: [
        {
          kind: 'studies',
          text: 'At least one rigorous study with a significant benefit',
          filter: rigorousBenefit,
          atLeast: 1,
        },
      ],
    },
    {
      id: '2',
      label: 'Level 2',
      meaning: 'Preliminary evidence of improving outcomes.',
      criteria: [
        {
          kind: 'studies',
          text: 'At least one study (pre/post or better) showing a significant improvement',
          filter: { minSms: 2, effect: 'benefit' },
          atLeast: 1,
        },
      ],
    },
  ],
  fallback: { id: 'NL2', label: 'NL2', meaning: 'Not yet at level 2: no evidence of improving outcomes.' },
  modifiers: [
    {
      suffix: '+',
      appliesTo: ['2', '3', '4'],
      meaning:
        'Extra evidence beyond the level: a randomised trial and an independent evaluation with benefits.',
      criteria: [
        {
          kind: 'studies',
          text: 'A randomised trial with a significant benefit',
          filter: { minSms: 5, effect: 'benefit' },
          atLeast: 1,
        },
        {
          kind: 'studies',
          text: 'An independent evaluation with a significant benefit',
          filter: { minSms: 3, independent: true, effect: 'benefit' },
          atLeast: 1,
        },
      ],
    },
    {
      suffix: '*',
      appliesTo: ['2', '3', '4'],
      meaning: 'Mixed findings: some rigorous evidence found no benefit.',
      criteria: [
        {
          kind: 'studies',
          text: 'A rigorous study found no significant benefit',
          filter: { minSms: 3, effect: 'no-benefit' },
          atLeast: 1,
        },
      ],
    },
  ],
};

const highQualityBenefit = { minSms: 4, effect: 'benefit', notHighRiskOfBias: true } as const;
const lastingBenefit: Criterion = {
  kind: 'studies',
  text: 'A benefit lasting 12 months or more',
  filter: { ...highQualityBenefit, minFollowUpMonths: 12 },
  atLeast: 1,
};
const twoStrongStudies: Criterion = {
  kind: 'studies',
  text: 'Two high-quality studies (randomised, or matched comparison) with a significant benefit, one of them randomised',
  filter: highQualityBenefit,
  atLeast: 2,
};
const aRandomisedBenefit: Criterion = {
  kind: 'studies',
  text: 'A randomised trial with a significant benefit',
  filter: { minSms: 5, effect: 'benefit', notHighRiskOfBias: true },
  atLeast: 1,
};

export const BLUEPRINTS: Framework = {
  id: 'blueprints',
  name: 'Blueprints-style certification',
  source:
    'Blueprints for Healthy Youth Development: Promising, Model and Model Plus. "High quality" here means SMS 4 or ' +
    '5 and not at high risk of bias; "ready to disseminate" means a manual is available.',
  scope: 'intervention',
  levels: [
    {
      id: 'model-plus',
      label: 'Model Plus',
      meaning: 'Model, and at least one independent replication.',
      criteria: [
        twoStrongStudies,
        aRandomisedBenefit,
        lastingBenefit,
        {
          kind: 'studies',
          text: 'An independent high-quality evaluation with a significant benefit',
          filter: { ...highQualityBenefit, independent: true },
          atLeast: 1,
        },
        noHarm,
        manual,
      ],
    },
    {
      id: 'model',
      label: 'Model',
      meaning:
        'Two randomised trials, or a trial and a quasi-experiment, with effects lasting 12 months or more.',
      criteria: [twoStrongStudies, aRandomisedBenefit, lastingBenefit, noHarm, manual],
    },
    {
      id: 'promising',
      label: 'Promising',
      meaning: 'One high-quality randomised trial or two quasi-experiments, no harm, ready to disseminate.',
      criteria: [
        {
          kind: 'any-of',
          text: 'One high-quality randomised trial, or two quasi-experimental studies, with a significant benefit',
          criteria: [
            aRandomisedBenefit,
            {
              kind: 'studies',
              text: 'Two quasi-experimental studies with a significant benefit',
              filter: { minSms: 3, effect: 'benefit', notHighRiskOfBias: true },
              atLeast: 2,
            },
          ],
        },
        noHarm,
        manual,
      ],
    },
  ],
  fallback: {
    id: 'not-certified',
    label: 'Not certified',
    meaning: 'Does not yet meet the Promising criteria.',
  },
};

export const CRIME_SOLUTIONS: Framework = {
  id: 'crime-solutions',
  name: 'CrimeSolutions-style outcome rating',
  source:
    'CrimeSolutions (US National Institute of Justice): each outcome rated Effective, Promising, Ineffective or ' +
    'Negative effects; "(multiple studies)" where more than one study informs the rating.',
  scope: 'outcome',
  levels: [
    {
      id: 'negative',
      label: 'Negative effects',
      meaning: 'Strong evidence that it harms this outcome.',
      criteria: [
        {
          kind: 'studies',
          text: 'A comparison-group study found a significantly harmful effect',
          filter: { minSms: 3, effect: 'harm' },
          atLeast: 1,
        },
      ],
    },
    {
      id: 'effective',
      label: 'Effective',
      meaning: 'Strong evidence that it achieves this outcome.',
      criteria: [
        {
          kind: 'studies',
          text: 'A high-quality study (SMS 4 or 5) with a significant benefit',
          filter: highQualityBenefit,
          atLeast: 1,
        },
      ],
    },
    {
      id: 'promising',
      label: 'Promising',
      meaning: 'Some evidence that it achieves this outcome.',
      criteria: [
        {
          kind: 'studies',
          text: 'A comparison-group study with a significant benefit',
          filter: { minSms: 3, effect: 'benefit' },
          atLeast: 1,
        },
      ],
    },
    {
      id: 'ineffective',
      label: 'Ineffective',
      meaning: 'Strong evidence that it does not achieve this outcome.',
      criteria: [
        {
          kind: 'studies',
          text: 'A comparison-group study found no significant benefit',
          filter: { minSms: 3, effect: 'no-benefit' },
          atLeast: 1,
        },
      ],
    },
  ],
  fallback: {
    id: 'insufficient',
    label: 'Insufficient evidence',
    meaning: 'No comparison-group study of this outcome.',
  },
  modifiers: [
    {
      suffix: ' (multiple studies)',
      meaning: 'More than one comparison-group study informs this rating.',
      criteria: [
        { kind: 'studies', text: 'Two or more comparison-group studies', filter: { minSms: 3 }, atLeast: 2 },
      ],
    },
  ],
};

const smsLevel = (score: number, meaning: string) => ({
  id: String(score),
  label: `SMS ${score}`,
  meaning,
  criteria: [
    {
      kind: 'studies',
      text: `Design scores ${score} on the scale`,
      filter: { minSms: score },
      atLeast: 1,
    } as Criterion,
  ],
});

export const MARYLAND_SMS: Framework = {
  id: 'maryland-sms',
  name: 'Maryland Scientific Methods Scale',
  source:
    'Sherman et al. (1997), Preventing Crime: the Maryland Scientific Methods Scale, 1–5 per study. The score ' +
    'recorded for a study is used; otherwise it follows from the design.',
  scope: 'study',
  levels: [
    smsLevel(5, 'Random assignment to intervention and comparison groups.'),
    smsLevel(4, 'Comparison with controls for other factors (e.g. matching).'),
    smsLevel(3, 'A comparison group without the intervention.'),
    smsLevel(2, 'Before and after, without a comparison group.'),
    smsLevel(1, 'A correlation at one point in time.'),
  ],
  fallback: {
    id: 'not-scored',
    label: 'Not scored',
    meaning: 'Not a study of impact (theory only, or a review).',
  },
};

export const FRAMEWORKS: readonly Framework[] = [
  PROJECT_ORACLE,
  EIF,
  BLUEPRINTS,
  CRIME_SOLUTIONS,
  MARYLAND_SMS,
];
export const FRAMEWORK_IDS = FRAMEWORKS.map((f) => f.id) as [string, ...string[]];
