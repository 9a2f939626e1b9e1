// `ewb value` as cli.md specifies it: the value report of one intervention as text or JSON, with
// exit code 2 and a one-line message naming the field for bad input.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ValueReport } from '../../shared/model/value';
import { ewb } from '../helpers/cli';
import { miniLibrary, tempDir, type TempDir } from '../helpers/libraries';

let dir: TempDir;
let mini: string;
beforeAll(async () => {
  dir = tempDir();
  const library = await miniLibrary(dir);
  mini = library.path;
  library.close();
});
afterAll(() => dir.remove());

describe('ewb value', () => {
  it('prints the cost items and every figure, saying what is missing', () => {
    const run = ewb('value', '--library', mini, '--intervention', 'alpha-mentoring');
    expect(run.status).toBe(0);
    // £36,000 a year ÷ 120 participants + £50 per participant = £350 in 2009 prices (range £300 to
    // £400), × 100 ÷ 68.217 (the shipped GDP deflator, 2024 ÷ 2009) = £513.07 (£439.77 to £586.36).
    expect(run.stdout).toMatch(/^Alpha Mentoring \(alpha-mentoring\)/);
    expect(run.stdout).toContain('Prices: 2024 (default); discount rate 3.5%');
    expect(run.stdout).toContain(
      '  Coordinator: £36,000 in 2009 prices, per-year, for one year (no years recorded) → £52,773 in 2024 prices\n',
    );
    expect(run.stdout).toContain('  Cost per participant: £513.07 (£439.77 to £586.36,');
    expect(run.stdout).toMatch(/ {2}Baseline rate: missing — A baseline rate for Attendance/);
    expect(run.stdout).toMatch(/ {2}Benefit–cost ratio: missing — /);
  });

  it('prints the report as JSON with --json, for the outcome asked for', () => {
    const run = ewb(
      'value',
      '--library',
      mini,
      '--intervention',
      'alpha-mentoring',
      '--outcome',
      'exclusions',
      '--json',
    );
    expect(run.status).toBe(0);
    const report = JSON.parse(run.stdout) as ValueReport;
    expect(report.outcome?.id).toBe('exclusions');
    const cost = report.figures.costPerParticipant;
    expect(cost.status === 'ok' && cost.value).toBeCloseTo((350 * 100) / 68.217, 9);
    expect(report.figures.unitCost).toMatchObject({ status: 'missing', missing: [{ input: 'unitCost' }] });
  });

  it('refuses bad usage and bad input with exit code 2 and one line naming the field', () => {
    const missing = ewb('value', '--library', mini);
    expect(missing).toMatchObject({ status: 2, stderr: 'ewb value: --intervention is required\n' });
    const outcome = ewb(
      'value',
      '--library',
      mini,
      '--intervention',
      'alpha-mentoring',
      '--outcome',
      'custody',
    );
    expect(outcome.status).toBe(2);
    expect(outcome.stderr).toMatch(/^ewb value: outcomeId: the intervention has no results on "custody"\n$/);
    expect(ewb('value', '--help')).toMatchObject({
      status: 0,
      stdout: expect.stringContaining('usage: ewb value --library FILE --intervention ID'),
    });
  });

  it('fails the work with exit code 1 for an intervention the library does not hold', () => {
    const run = ewb('value', '--library', mini, '--intervention', 'no-such-programme');
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/^ewb value: .*no-such-programme/);
  });
});
