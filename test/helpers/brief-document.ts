// A hand-built brief document that exercises every section kind, the author's rich text (headings,
// lists, emphasis, links), illustrative figures and a forest plot: what the renderers are tested
// on without a library. `hostile` puts attack text where the author's words and library text go.
import { parseRichText } from '../../shared/format/rich-text';
import type { BriefDocument, BriefFigure, OptionPage, OptionRow } from '../../shared/model/brief-document';

export const HOSTILE_TEXTS = [
  '<script>alert(1)</script>',
  '[x](javascript:alert(1))',
  '<img src=x onerror=alert(1)>',
] as const;

const fig = (
  key: string,
  label: string,
  text: string,
  value: number | null,
  illustrative = false,
): BriefFigure => ({
  key,
  label,
  text,
  value,
  illustrative,
  source: `Worked out for ${key}`,
});

function option(
  id: string,
  name: string,
  effect: number,
  cost: number,
  illustrative: boolean,
  attack: string,
): { row: OptionRow; page: OptionPage } {
  const rating = fig(
    `${id}/rating`,
    'Evidence rating',
    illustrative ? 'Level 2 (promising)' : 'Level 3 (effective)',
    null,
    illustrative,
  );
  const effectFig = fig(
    `${id}/effect`,
    'Effect (95% CI)',
    `${effect.toFixed(2)} (${(effect - 0.14).toFixed(2)} to ${(effect + 0.14).toFixed(2)})`,
    effect,
    illustrative,
  );
  const costFig = fig(
    `${id}/cost-per-participant`,
    'Cost per participant',
    `£${cost.toLocaleString('en-GB')}`,
    cost,
  );
  const row: OptionRow = {
    intervention: { id, name },
    rating,
    effect: effectFig,
    relativeChange: fig(
      `${id}/relative-change`,
      'Reduction at the local baseline',
      '18%',
      0.18,
      illustrative,
    ),
    costPerParticipant: costFig,
    costPerOutcome: fig(
      `${id}/cost-per-outcome`,
      'Cost per outcome',
      'Not known: needs a baseline rate',
      null,
    ),
    benefitCostRatio: fig(`${id}/bcr`, 'Benefit–cost ratio', '2.4', 2.4, illustrative),
    fit: fig(`${id}/fit`, 'Fit', 'Ages 10–17 · community', null),
  };
  const page: OptionPage = {
    intervention: {
      id,
      name,
      summary: `${name} works with young people & families <at risk>.`,
      approachType: 'Mentoring',
      provider: 'Safer Futures Trust',
    },
    whatItIs: [
      { label: 'Description', value: 'Weekly one-to-one sessions with a trained mentor for a year.' },
      { label: 'Target group', value: 'Young people aged 10–17 at risk of offending' },
      { label: 'Setting', value: 'Community, schools' },
    ],
    theoryOfChange: [
      { label: 'Inputs', items: ['Trained mentors', 'Supervision'] },
      { label: 'Outcomes', items: ['Fewer arrests', 'Better school attendance'] },
    ],
    evidence: {
      ratings: [
        {
          framework: 'Project Oracle',
          rating,
          explanation: ['Two randomised trials in the UK.', 'Consistent direction of effect.'],
        },
      ],
      effect: effectFig,
      forest: {
        measure: "Standardised mean difference (Hedges' g)",
        nullValue: 0,
        betterSide: 'left',
        rows: [
          {
            label: 'Smith et al. (2019)',
            estimate: effect - 0.05,
            lower: effect - 0.3,
            upper: effect + 0.2,
            weightPct: 55,
            illustrative,
          },
          {
            label: 'Jones & Patel (2021) <b>',
            estimate: effect + 0.06,
            lower: effect - 0.25,
            upper: effect + 0.37,
            weightPct: 45,
            illustrative: false,
          },
        ],
        pooled: {
          label: 'Pooled (random effects)',
          estimate: effect,
          lower: effect - 0.14,
          upper: effect + 0.14,
        },
      },
    },
    value: [costFig, row.costPerOutcome, row.benefitCostRatio],
    implementation: {
      facts: [
        { label: 'Manual', value: 'Yes' },
        { label: 'Staffing', value: '1 coordinator per 20 mentors' },
      ],
      note: parseRichText(
        `${attack}\n\nRecruiting mentors takes **three months**.\n\n- Risk: turnover\n- Risk: referrals`,
      ),
    },
    localDelivery: {
      facts: [{ label: 'Reach', value: '120 young people a year' }],
      note: parseRichText('See [the local plan](https://example.org/plan).'),
    },
    illustrative,
  };
  return { row, page };
}

export function briefDocumentFixture({ hostile = false }: { hostile?: boolean } = {}): BriefDocument {
  const attack = hostile ? HOSTILE_TEXTS.join(' ') : '';
  const options = [
    option('int-a', 'Mentoring Plus', -0.21, 1240, false, attack),
    option('int-b', 'Family Group Work', -0.12, 860.5, true, attack),
    option('int-c', `Youth Clubs${hostile ? ' <script>alert(2)</script>' : ''}`, 0.05, 310, false, attack),
  ];
  const figures = options.flatMap(({ row }) => [
    row.rating,
    row.effect,
    row.relativeChange,
    row.costPerParticipant,
    row.costPerOutcome,
    row.benefitCostRatio,
    row.fit,
  ]);
  return {
    briefId: 'brief-1',
    title: 'Reducing youth reoffending in Northtown',
    question: 'Which programme should the partnership fund to reduce reoffending among 10–17 year olds?',
    audience: 'Community Safety Partnership board',
    area: 'Northtown',
    date: '2026-11-26',
    author: 'A. Commissioner',
    budget: '£250,000',
    outcome: { id: 'reoffending', name: 'Reoffending', higherIsBetter: false },
    libraryName: 'Sample library',
    appVersion: '0.1.0',
    generatedAt: '2026-11-26T14:00:00.000Z',
    branding: {
      partnershipName: 'Northtown Safer Partnership',
      primaryColour: '#1d4f91',
      accentColour: '#b8860b',
      logo: null,
    },
    illustrative: true,
    illustrativeWarning:
      'Some figures in this brief rest on illustrative data, not real evaluations: do not use them to decide.',
    sections: [
      {
        kind: 'summary',
        title: 'Summary and recommendation',
        summary: parseRichText(
          `## Why now\nReoffending rose by *12%* last year. ${attack}\n\n1. First point\n2. Second with [a link](https://example.org/report)`,
        ),
        recommendation: parseRichText(`We recommend **Mentoring Plus**. ${attack}`),
      },
      {
        kind: 'options',
        title: 'The options',
        rows: options.map((o) => o.row),
        notes: ['Costs in 2025 prices.', 'Effects are standardised mean differences.'],
      },
      { kind: 'option-pages', title: 'Each option in detail', pages: options.map((o) => o.page) },
      {
        kind: 'unknowns',
        title: "What we don't know",
        items: [
          {
            intervention: 'Youth Clubs',
            kind: 'single-study',
            text: 'Only one study of Youth Clubs reports reoffending.',
          },
          {
            intervention: 'Family Group Work',
            kind: 'non-uk-evidence',
            text: 'Its evaluations are all from the United States.',
          },
          { intervention: null, kind: 'illustrative', text: 'Some results are illustrative.' },
        ],
      },
      {
        kind: 'references',
        title: 'References',
        references: [
          {
            id: 'ev-1',
            citation: 'Smith, J. (2019) Mentoring trial. Home Office.',
            url: 'https://example.org/smith',
            interventions: ['Mentoring Plus'],
          },
          {
            id: 'ev-2',
            citation: 'Jones, A. and Patel, R. (2021) Family work <evaluation>.',
            url: null,
            interventions: ['Family Group Work'],
          },
        ],
      },
      {
        kind: 'method',
        title: 'Method',
        methods: [
          { name: 'Project Oracle standards', text: 'Ratings follow the Project Oracle evidence standards.' },
          {
            name: 'Random-effects meta-analysis',
            text: 'Pooled with REML and the Hartung–Knapp adjustment.',
          },
        ],
        settings: [
          { label: 'Library', value: 'Sample library (schema 11)' },
          { label: 'Generated', value: '26 November 2026' },
          { label: 'Discount rate', value: '3.5%' },
        ],
      },
    ],
    figures,
  };
}
