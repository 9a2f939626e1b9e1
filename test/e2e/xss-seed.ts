// Fills a served library with the XSS payload corpus (test/fixtures/xss/payloads.txt): every text
// field of every kind of record written through the API gets a payload, and the corpus is dealt
// out until each payload sits in at least one field. The XSS spec then renders every screen.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { APIRequestContext } from '@playwright/test';
import type { MethodInput } from '../../shared/api';
import { COMPARE_MAX } from '../../shared/model/compare';
import { api, REPO_ROOT, type ServedLibrary } from './fixtures';

/** The corpus, one payload a line; `#` lines are its header and category titles. */
export function loadPayloads(): string[] {
  const text = readFileSync(join(REPO_ROOT, 'test', 'fixtures', 'xss', 'payloads.txt'), 'utf8');
  return text.split('\n').filter((line) => line.trim() !== '' && !line.startsWith('#'));
}

/** Deals the payloads out in turn, the next one that fits a field's length limit. */
export class PayloadDealer {
  private index = 0;
  private readonly used = new Set<number>();

  constructor(private readonly payloads: readonly string[]) {}

  next(maxLength = Number.POSITIVE_INFINITY): string {
    for (let tries = 0; tries < this.payloads.length; tries += 1) {
      const at = this.index % this.payloads.length;
      this.index += 1;
      const payload = this.payloads[at] ?? '';
      if (payload.trim().length <= maxLength) {
        this.used.add(at);
        return payload;
      }
    }
    throw new Error(`No payload is ${String(maxLength)} characters or shorter.`);
  }

  /** Several payloads, for a list field. */
  some(count: number, maxLength?: number): string[] {
    return Array.from({ length: count }, () => this.next(maxLength));
  }

  get dealtAll(): boolean {
    return this.used.size === this.payloads.length;
  }

  get dealt(): number {
    return this.used.size;
  }
}

const BY = 'XSS tester';

export interface SeededLibrary {
  interventionIds: string[];
  organisationIds: string[];
  /** An outcome the seeded interventions have results for (for the comparison). */
  outcomeId: string;
  /** A brief of the first seeded interventions, with payloads in all its text and one snapshot. */
  briefId: string;
}

type Call = <M extends Parameters<typeof api>[2]>(
  method: M,
  input: MethodInput<M>,
) => ReturnType<typeof api<M>>;

/** Writes records with payloads in every text field until every payload has been used. */
export async function seedPayloads(
  request: APIRequestContext,
  served: ServedLibrary,
  dealer: PayloadDealer,
): Promise<SeededLibrary> {
  const call: Call = (method, input) => api(request, served, method, input);

  // Reference data: a payload-named group, outcome, approach type and area, used by the records.
  const group = await call('outcome-groups/save', { name: dealer.next(120), by: BY });
  const outcome = await call('outcome-domains/save', {
    groupId: group.id,
    name: dealer.next(120),
    description: dealer.next(2000),
    higherIsBetter: true,
    by: BY,
  });
  const approach = await call('approach-types/save', {
    name: dealer.next(120),
    description: dealer.next(2000),
    by: BY,
  });
  const area = await call('areas/save', { name: dealer.next(120), kind: 'borough', by: BY });
  await call('unit-costs/save', {
    outcomeDomainId: outcome.id,
    name: dealer.next(200),
    amount: 1200,
    currency: 'GBP',
    priceYear: 2020,
    bearer: dealer.next(200),
    source: dealer.next(300),
    by: BY,
  });
  await call('baseline-rates/save', {
    outcomeDomainId: outcome.id,
    rate: 0.3,
    population: dealer.next(300),
    source: dealer.next(300),
    by: BY,
  });
  for (const screen of ['catalogue', 'evaluations', 'outcome-results'] as const) {
    await call('views/save', {
      screen,
      name: dealer.next(80),
      state: { version: 1, columns: [], filterModel: {}, search: dealer.next() },
    });
  }

  const interventionIds: string[] = [];
  const organisationIds: string[] = [];
  while (!dealer.dealtAll || interventionIds.length < 2) {
    const organisation = await call('organisations/save', {
      name: dealer.next(),
      kind: 'voluntary',
      // A website or report address may hold any URL: javascript: and data: must not become links.
      website: 'javascript:__xss()',
      description: dealer.next(),
      by: BY,
    });
    organisationIds.push(organisation.id);
    const intervention = await call(
      'interventions/save',
      interventionInput(dealer, approach.id, area.id, organisation.id),
    );
    interventionIds.push(intervention.id);
    await seedStudies(call, dealer, intervention.id, organisation.id, outcome.id);
    await call('cost-items/save', {
      interventionId: intervention.id,
      description: dealer.next(),
      category: 'staff',
      amount: 50_000,
      priceYear: 2020,
      basis: 'per-year',
      participants: 40,
      illustrative: true,
      by: BY,
    });
    await seedStandards(call, dealer, intervention.id);
    await call('attachments/add', {
      owner: { kind: 'intervention', id: intervention.id },
      // A file name may not hold a slash or a control character: those become hyphens.
      fileName: dealer.next(255).replaceAll(/[/\\\p{Cc}]/gu, '-'),
      content: Buffer.from('A plain-text report.').toString('base64'),
      by: BY,
    });
    await call('shortlist/add', {
      interventionId: intervention.id,
      outcomeId: outcome.id,
      note: dealer.next(2000),
      by: BY,
    });
  }
  const briefId = await seedBrief(call, dealer, interventionIds.slice(0, COMPARE_MAX), outcome.id);
  return { interventionIds, organisationIds, outcomeId: outcome.id, briefId };
}

/**
 * The author's rich text (restricted Markdown): payloads as plain text, as a link's words and as a
 * link's address, beside a javascript: link, so a link that should stay text is tried every way.
 */
function richPayloads(dealer: PayloadDealer): string {
  return [
    dealer.next(),
    `**${dealer.next()}** and _${dealer.next()}_`,
    `[${dealer.next()}](javascript:__xss())`,
    `[the report](${dealer.next()})`,
    `[the guidance](https://example.org/?q=${encodeURIComponent(dealer.next())})`,
    `- ${dealer.next()}\n- [${dealer.next()}](data:text/html,<script>top.__xss()</script>)`,
  ].join('\n\n');
}

/** A brief with payloads in every text field, and a Markdown snapshot of it. */
async function seedBrief(
  call: Call,
  dealer: PayloadDealer,
  interventionIds: string[],
  outcomeId: string,
): Promise<string> {
  const brief = await call('briefs/save', {
    title: dealer.next(200),
    question: dealer.next(2000),
    audience: dealer.next(200),
    date: '2026-11-26',
    author: dealer.next(200),
    budget: 100_000,
    outcomeId,
    interventionIds,
    summary: richPayloads(dealer),
    recommendation: richPayloads(dealer),
    optionNotes: interventionIds.map((interventionId) => ({
      interventionId,
      implementation: richPayloads(dealer),
      localDelivery: richPayloads(dealer),
    })),
    by: BY,
  });
  await call('brief-snapshots/create', { briefId: brief.id, format: 'md', by: BY });
  return brief.id;
}

function interventionInput(
  dealer: PayloadDealer,
  approachTypeId: string,
  areaId: string,
  organisationId: string,
): MethodInput<'interventions/save'> {
  return {
    name: dealer.next(),
    summary: dealer.next(),
    description: dealer.next(),
    approachTypeId,
    tier: 'targeted',
    strand: 'engagement',
    ageMin: 10,
    ageMax: 17,
    riskLevel: dealer.next(),
    gender: dealer.next(),
    targetOther: dealer.next(),
    settings: ['school'],
    areaIds: [areaId],
    dosage: dealer.next(),
    staffing: dealer.next(),
    status: 'active',
    theoryOfChange: {
      inputs: dealer.some(2),
      activities: dealer.some(2),
      outputs: dealer.some(2),
      shortTermOutcomes: dealer.some(2),
      longTermOutcomes: dealer.some(2),
      assumptions: dealer.some(2),
    },
    tags: dealer.some(3),
    // Links take web addresses only; a payload may still ride in the address's query and fragment.
    links: [
      { label: dealer.next(), url: `https://example.org/?q=${encodeURIComponent(dealer.next())}` },
      { label: dealer.next(), url: `https://example.org/#${dealer.next()}` },
    ],
    contacts: [
      { name: dealer.next(), role: dealer.next(), phone: dealer.next() },
      { name: dealer.next(), role: dealer.next() },
    ],
    organisations: [{ organisationId, role: 'lead' }],
    validatedBy: dealer.next(),
    by: BY,
  };
}

async function seedStudies(
  call: Call,
  dealer: PayloadDealer,
  interventionId: string,
  organisationId: string,
  outcomeId: string,
): Promise<void> {
  const evaluation = await call('evaluations/save', {
    interventionId,
    title: dealer.next(),
    authors: dealer.next(),
    evaluatorOrganisationId: organisationId,
    independent: true,
    year: 2019,
    design: 'comparison-group',
    nTreatment: 120,
    nControl: 110,
    place: dealer.next(),
    country: dealer.next(),
    riskOfBias: [
      { domain: 'randomisation', judgement: 'high', note: dealer.next() },
      { domain: 'missing-data', judgement: 'low', note: dealer.next() },
    ],
    findings: dealer.next(),
    doi: dealer.next(),
    url: 'data:text/html,<script>top.__xss()</script>',
    illustrative: true,
    by: BY,
  });
  const common = { evaluationId: evaluation.id, outcomeId, higherIsBetter: true, illustrative: true, by: BY };
  await call('outcome-results/save', {
    ...common,
    measureName: dealer.next(),
    timePointMonths: 12,
    timePointLabel: dealer.next(),
    notes: dealer.next(),
    dataType: 'binary',
    stats: { events1: 30, total1: 120, events2: 45, total2: 110 },
  });
  await call('outcome-results/save', {
    ...common,
    measureName: dealer.next(),
    timePointLabel: dealer.next(),
    notes: dealer.next(),
    dataType: 'continuous',
    stats: { m1: 2.1, sd1: 1, n1: 120, m2: 2.6, sd2: 1.1, n2: 110 },
  });
}

/** A rating override and a self-assessment (returned with review notes) against Project Oracle. */
async function seedStandards(call: Call, dealer: PayloadDealer, interventionId: string): Promise<void> {
  const frameworkId = 'project-oracle';
  const view = await call('self-assessments/get', { interventionId, frameworkId });
  const level = view.levels[0];
  if (level === undefined) throw new Error('The framework has no levels.');
  await call('ratings/override', {
    interventionId,
    frameworkId,
    level: level.id,
    reason: dealer.next(2000),
    by: BY,
  });
  await call('self-assessments/save', {
    interventionId,
    frameworkId,
    claimedLevel: level.id,
    evidence: view.criteria.slice(0, 3).map((c) => ({ criterion: c.key, text: dealer.next(4000) })),
    by: BY,
  });
  await call('self-assessments/submit', { interventionId, frameworkId, by: BY });
  await call('self-assessments/review', {
    interventionId,
    frameworkId,
    decision: 'returned',
    notes: dealer.next(4000),
    by: BY,
  });
}

/** A CSV of interventions whose text cells (and one header) are payloads, for the import wizard. */
export function payloadCsv(dealer: PayloadDealer, approachTypeName: string, rows: number): Buffer {
  const cell = (value: string) => `"${value.replaceAll('"', '""')}"`;
  const header = ['Name', 'Summary', 'Description', 'Approach type', 'Prevention tier', 'Strand', 'Status'];
  const texts = ['Risk level', 'Gender', 'Target group', 'Dosage', 'Staffing', 'Tags'];
  const lines = [[...header, ...texts, dealer.next()].map(cell).join(',')];
  for (let row = 0; row < rows; row += 1) {
    const values = [
      dealer.next(),
      dealer.next(),
      dealer.next(),
      approachTypeName,
      'targeted',
      'engagement',
      'active',
    ];
    lines.push([...values, ...texts.map(() => dealer.next()), dealer.next()].map(cell).join(','));
  }
  return Buffer.from(lines.join('\r\n'), 'utf8');
}

/** A RIS reference file whose entries' titles, authors, publishers and abstracts are payloads. */
export function payloadRis(dealer: PayloadDealer, entries: number): Buffer {
  const entry = () =>
    [
      'TY  - RPRT',
      `TI  - ${dealer.next()}`,
      `AU  - ${dealer.next()}`,
      `AU  - ${dealer.next()}`,
      'PY  - 2018',
      `PB  - ${dealer.next()}`,
      `AB  - ${dealer.next()}`,
      'ER  - ',
    ].join('\r\n');
  return Buffer.from(Array.from({ length: entries }, entry).join('\r\n\r\n'), 'utf8');
}
