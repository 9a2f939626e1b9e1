// Value for money on real library files through the API: the report's figures worked out by hand,
// missing inputs reported as missing (never as zero), and settings and reference data that change
// the report as soon as they are saved, each write with its history and undo.
import { describe, expect, it } from 'vitest';
import type { HistoryEntry, UndoOutcome } from '../../shared/model/editing';
import { valueAppraisal } from '../../electron/core/services/value';
import { monteCarloInput } from '../../electron/core/services/value-uncertainty';
import { monteCarloValue } from '../../shared/analysis/costs/monte-carlo';
import type { ComputedFigure, Figure, ValueReport, ValueSettings } from '../../shared/model/value';
import { expectOk } from '../helpers/api';
import { useMiniLibrary } from '../helpers/mini-library';

const mini = useMiniLibrary();

const ok = <T>(method: string, input: unknown) => expectOk<T>(mini.dispatch, method, input);
const BY = 'A. Analyst';
const report = (input: Record<string, unknown>) => ok<ValueReport>('value/get', input);

function computed(f: Figure): ComputedFigure {
  if (f.status !== 'ok')
    throw new Error(`${f.label} is missing: ${f.missing.map((m) => m.needed).join(' ')}`);
  return f;
}

/** |actual − expected| ≤ 1e-9·|expected|. */
function rel(actual: number, expected: number): void {
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(1e-9 * Math.abs(expected));
}

// A test index (not the GDP deflator): 2008 = 90, 2009 = 92, 2010 = 95, 2011 = 100.
const TEST_INDEX = [
  { year: 2008, value: 90 },
  { year: 2009, value: 92 },
  { year: 2010, value: 95 },
  { year: 2011, value: 100 },
];

/** beta-sport's first cost item as the mini library records it. */
const BETA_COACHES = {
  id: 'beta-cost-a',
  interventionId: 'beta-sport',
  description: 'Coaches',
  category: 'staff',
  amount: 10000,
  currency: 'GBP',
  priceYear: 2008,
  basis: 'total',
  participants: 100,
  illustrative: true,
  by: BY,
};

const EXCLUSIONS_UNIT_COST = {
  outcomeDomainId: 'exclusions',
  name: 'A permanent exclusion (test figure)',
  amount: 2000,
  priceYear: 2009,
  bearer: 'Local authority',
  source: 'Test source',
  by: BY,
};

describe('value/get', () => {
  it('works out cost per participant and the EIF band from the cost items', async () => {
    // Both items are in 2009 prices: in 2009 prices nothing is converted.
    await ok('value-settings/save', { priceYear: 2009, by: BY });
    const r = await report({ interventionId: 'alpha-mentoring' });
    expect(r.settings).toMatchObject({ priceYear: 2009, priceYearIsDefault: false, discountRate: 0.035 });
    const cost = computed(r.figures.costPerParticipant);
    // Staff £36,000 a year ÷ 120 participants = £300; materials £50 per participant: £350.
    // Low: 30,000 ÷ 120 + 50 = 300; high: 42,000 ÷ 120 + 50 = 400.
    rel(cost.value, 350);
    expect(cost.interval).toMatchObject({ lower: 300, upper: 400 });
    expect(cost.inputs.map((i) => [i.name, i.value])).toEqual([
      ['Coordinator', 300],
      ['Activity materials', 50],
    ]);
    // £100–£499 per participant: EIF rating 2.
    expect(computed(r.figures.costBand).value).toBe(2);
    expect(r.costBand).toEqual({ rating: 2, band: '£100–£499' });
    expect(r.cohort).toMatchObject({ participants: 120 });
  });

  it('converts with the shipped GDP deflator (worked example)', async () => {
    // Default price year: the deflator's latest, 2024 (index 100). 2009's index is 68.217.
    const r = await report({ interventionId: 'alpha-mentoring' });
    expect(r.settings).toMatchObject({ priceYear: 2024, priceYearIsDefault: true });
    expect(r.settings.priceIndex.sources[0]?.source).toContain('ONS series YBGB');
    const staff = r.costItems.find((c) => c.id === 'alpha-cost-staff')?.converted;
    // Price factor 100 ÷ 68.217 = 1.465909...; £36,000 × 100 ÷ 68.217 = £52,772.77.
    rel(staff?.priceFactor ?? 0, 100 / 68.217);
    rel(staff?.amount ?? 0, 52772.76925106645);
    // ÷ 120 participants = £439.77; materials £50 × 100 ÷ 68.217 = £73.30; in all 350 × 100 ÷ 68.217 = £513.07.
    rel(staff?.perParticipant ?? 0, 52772.76925106645 / 120);
    rel(computed(r.figures.costPerParticipant).value, 513.0685899409239);
    // £500–£999 per participant in 2024 prices: EIF rating 3 (it was 2 in 2009 prices).
    expect(r.costBand).toEqual({ rating: 3, band: '£500–£999' });

    // A unit cost in 2015/16 prices (recorded as 2015, as the shipped Home Office figures are), e.g.
    // violence with injury's £14,050: × 100 ÷ 75.1536 (calendar 2015) = £18,695.05 in 2024 prices.
    await ok('unit-costs/save', { ...EXCLUSIONS_UNIT_COST, amount: 14050, priceYear: 2015 });
    const valued = await report({ interventionId: 'alpha-mentoring', outcomeId: 'exclusions' });
    rel(computed(valued.figures.unitCost).value, 18695.04587937238);
  });

  it('spreads a cost over the years it runs and discounts each (worked example), in every figure', async () => {
    await ok('unit-costs/save', EXCLUSIONS_UNIT_COST);
    await ok('value-settings/save', { priceYear: 2009, by: BY });
    // The coordinator, £36,000 a year, now runs for three years for the same 120 participants.
    await ok('cost-items/save', {
      id: 'alpha-cost-staff',
      interventionId: 'alpha-mentoring',
      description: 'Coordinator',
      category: 'staff',
      amount: 36000,
      amountLow: 30000,
      amountHigh: 42000,
      currency: 'GBP',
      priceYear: 2009,
      basis: 'per-year',
      participants: 120,
      years: 3,
      illustrative: true,
      by: BY,
    });
    const input = { interventionId: 'alpha-mentoring', outcomeId: 'exclusions' };
    const r = await report(input);
    const staff = r.costItems.find((c) => c.id === 'alpha-cost-staff');
    expect(staff?.years).toBe(3);
    // Years 1–3: £36,000, £36,000 ÷ 1.035 = £34,782.61, £36,000 ÷ 1.035² = £33,606.39.
    expect(staff?.converted?.schedule.map((y) => [y.year, y.amount])).toEqual([
      [0, 36000],
      [1, 36000],
      [2, 36000],
    ]);
    const pvs = staff?.converted?.schedule.map((y) => y.presentValue) ?? [];
    rel(pvs[0] ?? 0, 36000);
    rel(pvs[1] ?? 0, 34782.608695652176);
    rel(pvs[2] ?? 0, 33606.38521319051);
    // Before discounting 3 × £36,000 = £108,000.
    rel(staff?.converted?.undiscounted ?? 0, 108000);
    // Present value 36,000 × (1 + 1/1.035 + 1/1.035²) = 36,000 × 2.89969427524563 = £104,388.99.
    rel(staff?.converted?.presentValue ?? 0, 36000 * 2.89969427524563);
    // Its figure shows the year profile and present value as inputs.
    expect(staff?.converted?.inputs.map((i) => i.name)).toEqual([
      'Amount (2009 prices)',
      'Price factor 2009 → 2009',
      'Years it runs',
      'Year 1 (2009 prices, discounted)',
      'Year 2 (2009 prices, discounted)',
      'Year 3 (2009 prices, discounted)',
      'Present value (2009 prices)',
      'Participants it covers',
    ]);
    // Cost per participant: 104,388.99 ÷ 120 + £50 materials = 869.91 + 50 = £919.91.
    const cost = computed(r.figures.costPerParticipant);
    rel(cost.value, 919.908282573689);
    expect(cost.notes[0]).toContain('Before discounting, £950');
    // Low and high: 30,000 or 42,000 in place of 36,000.
    rel(cost.interval?.lower ?? 0, (30000 * 2.89969427524563) / 120 + 50);
    rel(cost.interval?.upper ?? 0, (42000 * 2.89969427524563) / 120 + 50);
    // Every figure set against costs uses that present value.
    const benefits = computed(r.figures.benefitsPerParticipant).value;
    rel(computed(r.figures.npvPerParticipant).value, benefits - 919.908282573689);

    // The tornado's discount rate now moves costs: at 0%, 36,000 × 3 ÷ 120 + 50 = £950; at 7%,
    // 300 × (1 + 1/1.07 + 1/1.07²) + 50 = £892.41. Benefits fall in year 0, so the rate leaves them alone.
    const rate = r.tornado.find((t) => t.input === 'discountRate');
    rel(rate?.npvAtLow ?? 0, benefits - 950);
    rel(rate?.npvAtHigh ?? 0, benefits - 892.4054502576645);

    if (r.monteCarlo.status !== 'ok') throw new Error('no simulation');
    expect(r.monteCarlo.uncertainInputs.map((u) => u.distribution)).toContain(
      'Triangular(30000, 36000, 42000) in 2009 prices, each year for 3 years',
    );
    // The Monte Carlo draws from the same cost lines: its central cost is the same present value.
    const appraised = valueAppraisal(mini.library.db, { ...input, method: 'REML', test: 'z', draws: 10_000 });
    if (appraised === null) throw new Error('nothing to simulate');
    const mc = monteCarloValue(
      monteCarloInput(appraised.appraisal, appraised.side, appraised.index, 1000, 1),
    );
    rel(mc.costs.perParticipant, 919.908282573689);
  });

  it('reports what is missing, and where to supply it, never a zero', async () => {
    const r = await report({ interventionId: 'alpha-mentoring' });
    // Attendance has the most studies (two), and neither a local rate nor event counts.
    expect(r.outcome?.id).toBe('attendance');
    expect(r.outcomes.map((o) => [o.id, o.studies])).toEqual([
      ['attendance', 2],
      ['exclusions', 1],
    ]);
    expect(r.figures.baselineRate).toMatchObject({
      status: 'missing',
      missing: [{ input: 'baselineRate', where: 'library-settings', recordId: 'attendance' }],
    });
    const bcr = r.figures.benefitCostRatio;
    expect(bcr).not.toHaveProperty('value');
    expect(bcr.status === 'missing' ? bcr.missing.map((m) => m.input) : []).toEqual([
      'baselineRate',
      'unitCost',
    ]);
    expect(r.monteCarlo.status).toBe('missing');
    expect(r.tornado).toEqual([]);

    // A price year the shipped index does not cover (it runs 1990–2024): that year is what is missing.
    await ok('cost-items/save', { ...BETA_COACHES, priceYear: 1985 });
    const early = await report({ interventionId: 'beta-sport' });
    expect(early.settings.priceYear).toBe(2024);
    expect(early.costItems.find((c) => c.id === 'beta-cost-a')?.converted).toBeNull();
    expect(early.costItems.find((c) => c.id === 'beta-cost-b')?.converted).not.toBeNull();
    expect(early.figures.costPerParticipant).toMatchObject({
      status: 'missing',
      missing: [{ input: 'priceIndex', recordId: '1985', where: 'library-settings' }],
    });
  });

  it('with the price index cleared, costs in two price years have no price year to be stated in', async () => {
    // A library whose series is empty (nothing the app writes leaves it so, but a file may arrive so).
    mini.library.write(() => mini.library.db.prepare('DELETE FROM price_index').run());
    const alpha = await report({ interventionId: 'alpha-mentoring' });
    // Both items in 2009 prices: the figures are in their own price year, unconverted.
    expect(alpha.settings).toMatchObject({ priceYear: 2009, priceYearIsDefault: true });
    rel(computed(alpha.figures.costPerParticipant).value, 350);
    // Costs in two price years with no index: the index years are what is missing.
    const beta = await report({ interventionId: 'beta-sport' });
    expect(beta.settings.priceYear).toBeNull();
    expect(beta.costItems.map((c) => c.converted)).toEqual([null, null]);
    expect(beta.figures.costPerParticipant).toMatchObject({
      status: 'missing',
      missing: [
        { input: 'priceIndex', recordId: '2008', where: 'library-settings' },
        { input: 'priceIndex', recordId: '2010', where: 'library-settings' },
      ],
    });
  });

  it('values an outcome in full once a unit cost is saved: NNT, cost per outcome, BCR, NPV, break-even', async () => {
    await ok('unit-costs/save', EXCLUSIONS_UNIT_COST);
    const r = await report({ interventionId: 'alpha-mentoring', outcomeId: 'exclusions' });
    // Costs and the unit cost are in 2009 prices, stated in 2024's (the index's latest year): both
    // are multiplied by the same deflator factor, 100 ÷ 68.217.
    expect(r.settings).toMatchObject({ priceYear: 2024, priceYearIsDefault: true });
    const F = 100 / 68.217;
    const cost = 350 * F;
    rel(computed(r.figures.costPerParticipant).value, cost);
    expect(r.unitCost?.name).toBe('A permanent exclusion (test figure)');
    const g = computed(r.figures.pooledEffect).value;
    // Baseline from the comparison group: 11 of 60 excluded.
    const p0 = 11 / 60;
    rel(computed(r.figures.baselineRate).value, p0);
    // p1 = odds(p0)·OR / (1 + odds(p0)·OR), ln OR = −g·π/√3 (fewer exclusions is better).
    const odds = (p0 / (1 - p0)) * Math.exp((-g * Math.PI) / Math.sqrt(3));
    const p1 = odds / (1 + odds);
    const nnt = 1 / (p0 - p1);
    rel(computed(r.figures.nnt).value, nnt);
    rel(computed(r.figures.costPerOutcome).value, cost * nnt);
    // No follow-up recorded: benefits fall in year 0, undiscounted; £2,000 in 2009 prices, × F.
    const benefits = (p0 - p1) * 2000 * F;
    rel(computed(r.figures.benefitsPerParticipant).value, benefits);
    rel(computed(r.figures.benefitCostRatio).value, benefits / cost);
    rel(computed(r.figures.npvPerParticipant).value, benefits - cost);
    rel(computed(r.figures.npvPerCohort).value, (benefits - cost) * 120);
    // Break-even: (p0 − p1*) × 2000F = 350F, so p1* = p0 − 0.175 and g* = (logit p0 − logit p1*)·√3/π.
    const logit = (p: number) => Math.log(p / (1 - p));
    const breakEven = ((logit(p0) - logit(p0 - 0.175)) * Math.sqrt(3)) / Math.PI;
    expect(Math.abs(computed(r.figures.breakEvenEffect).value - breakEven)).toBeLessThan(1e-9);
    // Every figure can be expanded to what it came from.
    expect(computed(r.figures.benefitCostRatio).inputs.map((i) => i.figure)).toEqual([
      'benefitsPerParticipant',
      'costPerParticipant',
    ]);
  });

  it('simulates reproducibly with a seed, with histogram bins holding every draw, and a sorted tornado', async () => {
    await ok('unit-costs/save', EXCLUSIONS_UNIT_COST);
    const input = { interventionId: 'alpha-mentoring', outcomeId: 'exclusions', seed: 7 };
    const [a, b] = [await report(input), await report(input)];
    if (a.monteCarlo.status !== 'ok' || b.monteCarlo.status !== 'ok') throw new Error('no simulation');
    expect(a.monteCarlo).toEqual(b.monteCarlo);
    const mc = a.monteCarlo;
    expect(mc.draws).toBe(10_000);
    expect(
      mc.histogram.bins.reduce((n, bin) => n + bin.count, 0) + mc.histogram.below + mc.histogram.above,
    ).toBe(10_000);
    // The 0.5th and 99.5th percentiles bound the bins: about 0.5% of draws fall each side.
    expect(mc.histogram.below).toBeLessThanOrEqual(50);
    expect(mc.histogram.above).toBeLessThanOrEqual(50);
    rel(computed(a.figures.chanceBenefitsExceedCosts).value, mc.chanceBenefitsExceedCosts);
    const other = await report({ ...input, seed: 8 });
    expect(other.monteCarlo).not.toEqual(a.monteCarlo);

    const swings = a.tornado.map((t) => t.swing);
    expect(swings).toEqual([...swings].sort((x, y) => y - x));
    const effect = a.tornado.find((t) => t.input === 'effect');
    const pooled = computed(a.figures.pooledEffect);
    expect(effect).toMatchObject({ low: pooled.interval?.lower, high: pooled.interval?.upper });
    // The staff line has a recorded range (£30,000–£42,000); materials have none and are not varied.
    expect(a.tornado.map((t) => t.input)).toContain('cost:alpha-cost-staff');
    expect(a.tornado.map((t) => t.input)).not.toContain('cost:alpha-cost-materials');
  });

  it('keeps the ratio but not the simulation when the low ends of the cost ranges add to £0', async () => {
    await ok('unit-costs/save', EXCLUSIONS_UNIT_COST);
    const common = {
      interventionId: 'alpha-mentoring',
      currency: 'GBP',
      priceYear: 2009,
      illustrative: true,
      by: BY,
    };
    await ok('cost-items/save', {
      ...common,
      id: 'alpha-cost-staff',
      description: 'Coordinator',
      category: 'staff',
      amount: 36000,
      amountLow: 0,
      basis: 'per-year',
      participants: 120,
    });
    await ok('cost-items/save', {
      ...common,
      id: 'alpha-cost-materials',
      description: 'Activity materials',
      category: 'materials',
      amount: 50,
      amountLow: 0,
      basis: 'per-participant',
    });
    const r = await report({ interventionId: 'alpha-mentoring', outcomeId: 'exclusions' });
    expect(computed(r.figures.benefitCostRatio).value).toBeGreaterThan(0);
    expect(r.monteCarlo).toMatchObject({ status: 'missing', missing: [{ input: 'positiveCost' }] });
    expect(r.figures.chanceBenefitsExceedCosts).toMatchObject({ status: 'missing' });
  });

  it('reports an intervention with neither costs nor results as missing both', async () => {
    const r = await report({ interventionId: 'gamma-triage' });
    expect([r.outcome, r.costItems, r.outcomes, r.tornado]).toEqual([null, [], [], []]);
    expect(r.figures.costPerParticipant).toMatchObject({
      status: 'missing',
      missing: [{ input: 'costItems' }],
    });
    expect(r.figures.pooledEffect).toMatchObject({ status: 'missing', missing: [{ input: 'outcome' }] });
    // With no outcome, that one need is what every evidence figure reports.
    const bcr = r.figures.benefitCostRatio;
    expect(bcr.status === 'missing' ? bcr.missing.map((m) => m.input) : []).toEqual(['costItems', 'outcome']);
  });

  it('refuses an outcome the intervention has no results on, naming the field', async () => {
    const result = await mini.dispatch('value/get', {
      interventionId: 'alpha-mentoring',
      outcomeId: 'custody',
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', field: 'outcomeId' } });
    const few = await mini.dispatch('value/get', { interventionId: 'alpha-mentoring', draws: 100 });
    expect(few).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', field: 'draws' } });
  });
});

describe('value settings and reference data', () => {
  it('lists the shipped unit costs with their sources, and the Green Book rate by default', async () => {
    const s = await ok<ValueSettings>('value-settings/get', {});
    expect(s.discountRate).toMatchObject({ value: 0.035, isDefault: true });
    // The shipped GDP deflator: 1990–2024, 2024 = 100, each year with its source.
    expect(s.priceIndex.rows).toHaveLength(35);
    expect(s.priceIndex.rows[0]).toMatchObject({ year: 1990, value: 42.7537, sourceDate: '2025-12' });
    expect(s.priceIndex.rows.at(-1)).toMatchObject({ year: 2024, value: 100 });
    expect(s.priceIndex.rows.every((r) => r.source.includes('ONS series YBGB'))).toBe(true);
    expect(s.priceYear).toEqual({ value: 2024, isDefault: true, defaultValue: 2024 });
    expect(s.unitCosts.find((u) => u.id === 'ho-2018-violence-with-injury')).toMatchObject({
      amount: 14050,
      priceYear: 2015,
      outcomeDomain: { id: 'serious-violence' },
      sourceDate: '2018-07',
    });
    expect(s.unitCosts.every((u) => u.source.length > 0)).toBe(true);
  });

  it('converts prices with a pasted index, and a changed price year changes the report at once', async () => {
    await ok('price-index/replace', {
      rows: TEST_INDEX,
      source: 'Test index',
      sourceDate: '2024-01',
      by: BY,
    });
    const atDefault = await report({ interventionId: 'beta-sport' });
    // Default: the latest year the index covers, 2011.
    expect(atDefault.settings).toMatchObject({ priceYear: 2011, priceYearIsDefault: true });
    // £10,000 (2008) × 100/90 ÷ 100 participants + £5,000 (2010) × 100/95 ÷ 100 = 111.11 + 52.63.
    rel(
      computed(atDefault.figures.costPerParticipant).value,
      (10000 * 100) / 90 / 100 + (5000 * 100) / 95 / 100,
    );
    expect(atDefault.costItems[0]?.converted?.amount).toBeCloseTo((10000 * 100) / 90, 9);

    await ok('value-settings/save', { priceYear: 2008, by: BY });
    const at2008 = await report({ interventionId: 'beta-sport' });
    expect(at2008.settings).toMatchObject({ priceYear: 2008, priceYearIsDefault: false });
    // £10,000 ÷ 100 + £5,000 × 90/95 ÷ 100 = 100 + 47.37.
    rel(computed(at2008.figures.costPerParticipant).value, 100 + (5000 * 90) / 95 / 100);

    const refused = await mini.dispatch('value-settings/save', { priceYear: 2019, by: BY });
    expect(refused).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', field: 'priceYear' } });
  });

  it('a changed unit cost changes the benefits in proportion', async () => {
    const { id } = await ok<{ id: string }>('unit-costs/save', EXCLUSIONS_UNIT_COST);
    const input = { interventionId: 'alpha-mentoring', outcomeId: 'exclusions' };
    const before = computed((await report(input)).figures.benefitsPerParticipant).value;
    await ok('unit-costs/save', { ...EXCLUSIONS_UNIT_COST, id, amount: 4000 });
    const after = computed((await report(input)).figures.benefitsPerParticipant).value;
    rel(after, 2 * before);
  });

  it('a local baseline rate fills the missing baseline, and its area is preferred when asked for', async () => {
    await ok('baseline-rates/save', {
      outcomeDomainId: 'attendance',
      rate: 0.3,
      source: 'Borough attendance survey (test)',
      by: BY,
    });
    await ok('baseline-rates/save', {
      outcomeDomainId: 'attendance',
      areaId: 'lambeth',
      rate: 0.4,
      source: 'Lambeth survey (test)',
      by: BY,
    });
    const r = await report({ interventionId: 'alpha-mentoring' });
    expect(computed(r.figures.baselineRate)).toMatchObject({ value: 0.3 });
    expect(computed(r.figures.baselineRate).inputs[0]?.source).toContain('Borough attendance survey (test)');
    expect(computed(r.figures.nnt).value).toBeGreaterThan(0);
    const lambeth = await report({ interventionId: 'alpha-mentoring', areaId: 'lambeth' });
    expect(computed(lambeth.figures.baselineRate).value).toBe(0.4);

    const clash = await mini.dispatch('baseline-rates/save', {
      outcomeDomainId: 'attendance',
      rate: 0.5,
      source: 'Another',
      by: BY,
    });
    expect(clash).toMatchObject({ ok: false, error: { code: 'CONFLICT', field: 'year' } });
  });

  it('refuses bad input naming the field, changing nothing', async () => {
    const cases: [string, Record<string, unknown>, string][] = [
      ['unit-costs/save', { ...EXCLUSIONS_UNIT_COST, amount: -5 }, 'amount'],
      ['unit-costs/save', { ...EXCLUSIONS_UNIT_COST, outcomeDomainId: 'astrology' }, 'outcomeDomainId'],
      ['unit-costs/save', { ...EXCLUSIONS_UNIT_COST, source: ' ' }, 'source'],
      ['baseline-rates/save', { outcomeDomainId: 'attendance', rate: 1.2, source: 'x', by: BY }, 'rate'],
      [
        'baseline-rates/save',
        { outcomeDomainId: 'attendance', areaId: 'atlantis', rate: 0.2, source: 'x', by: BY },
        'areaId',
      ],
      ['value-settings/save', { discountRate: -0.01, by: BY }, 'discountRate'],
      [
        'price-index/replace',
        {
          rows: [
            { year: 2010, value: 0 },
            { year: 2011, value: 1 },
          ],
          source: 'x',
          by: BY,
        },
        'rows.0.value',
      ],
    ];
    const before = await ok<ValueSettings>('value-settings/get', {});
    for (const [method, input, field] of cases) {
      const result = await mini.dispatch(method, input);
      expect(result, `${method} ${field}`).toMatchObject({ ok: false, error: { field } });
      if (!result.ok) expect(result.error.message).toContain(field.split('.')[0] ?? field);
    }
    expect(await ok<ValueSettings>('value-settings/get', {})).toEqual(before);
  });

  it('records every write in the history, and undo puts each back', async () => {
    const original = await ok<ValueSettings>('value-settings/get', {});
    await ok('price-index/replace', { rows: TEST_INDEX, source: 'Test index', by: BY });
    await ok('value-settings/save', { priceYear: 2009, discountRate: 0.015, by: BY });
    const { id } = await ok<{ id: string }>('unit-costs/save', EXCLUSIONS_UNIT_COST);
    await ok('unit-costs/delete', { id: 'ho-2018-robbery', by: BY });
    await ok('baseline-rates/save', { outcomeDomainId: 'exclusions', rate: 0.1, source: 'Test', by: BY });

    const history = await ok<HistoryEntry[]>('history/list', { entityType: 'unit_cost', entityId: id });
    expect(history).toMatchObject([
      { action: 'create', userName: BY, before: null, after: { amount: 2000 } },
    ]);
    const settings = await ok<HistoryEntry[]>('history/list', {
      entityType: 'value_settings',
      entityId: 'value',
    });
    expect(settings).toMatchObject([
      { before: { priceYear: null, discountRate: null }, after: { priceYear: 2009, discountRate: 0.015 } },
    ]);

    for (let n = 0; n < 5; n++) {
      expect((await ok<UndoOutcome>('history/undo', { by: BY })).undone).not.toBeNull();
    }
    expect(await ok<ValueSettings>('value-settings/get', {})).toEqual(original);
  });
});
