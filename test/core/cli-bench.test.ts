// `ewb bench --json` prints cli.md's result shape; here without R, so the baseline is reported
// as skipped rather than invented, and on a small generated library so the run stays quick.
import { spawnSync } from 'node:child_process';
import { describe, expect, it, vi } from 'vitest';
import { removeGeneratedLibrary } from '../../electron/cli/bench/api-vs-sql';
import { timeBriefExport } from '../../electron/cli/bench/brief-export';
import { REPO_ROOT } from '../helpers/libraries';

/** The generated library's size for these runs (the benchmark's own default is the 10,000). */
const INTERVENTIONS = 200;

/** `ewb bench --json --only NAME` with R out of reach, so the baseline must say it was skipped. */
function benchWithoutR(name: string) {
  return spawnSync(
    process.execPath,
    ['--import', 'tsx', 'electron/cli/main.ts', 'bench', '--json', '--only', name],
    {
      cwd: REPO_ROOT,
      encoding: 'utf8',
      env: {
        ...process.env,
        EWB_RSCRIPT: '/nonexistent/Rscript',
        EWB_BENCH_INTERVENTIONS: String(INTERVENTIONS),
      },
      timeout: 120_000,
    },
  );
}

describe('ewb bench', () => {
  it('reports ours and the baseline side by side, saying when the baseline is missing', () => {
    const run = benchWithoutR('pooling');
    expect(run.status).toBe(0);
    const { results } = JSON.parse(run.stdout) as {
      results: {
        name: string;
        ours_s: number;
        baseline: string | null;
        baseline_s: number | null;
        ratio: number | null;
        notes: string[];
      }[];
    };
    expect(results).toHaveLength(1);
    expect(results[0]).toMatchObject({ name: 'pooling', baseline: null, baseline_s: null, ratio: null });
    expect(results[0]?.ours_s).toBeGreaterThan(0);
    expect(results[0]?.notes.join('\n')).toMatch(
      /studies\/second[\s\S]*baseline skipped: Rscript with metafor is not installed/,
    );
  });

  it('simulates the sample library and counts draws per second, without R saying the baseline is skipped', () => {
    const run = benchWithoutR('monte-carlo');
    expect(run.status).toBe(0);
    const { results } = JSON.parse(run.stdout) as {
      results: { name: string; workload: string; ours_s: number; baseline: string | null; notes: string[] }[];
    };
    expect(results).toMatchObject([{ name: 'monte-carlo', baseline: null }]);
    expect(results[0]?.workload).toMatch(/of \d+ sample-library interventions × 10,000 draws/);
    expect(results[0]?.ours_s).toBeGreaterThan(0);
    expect(results[0]?.notes.join('\n')).toMatch(
      /[\d,]+ draws\/second[\s\S]*baseline skipped: Rscript with jsonlite/,
    );
  });

  it('times the gap map through the API on a generated library against the same aggregate in raw SQL', () => {
    const run = benchWithoutR('gap-map');
    expect(run.status, run.stderr).toBe(0);
    const { results } = JSON.parse(run.stdout) as {
      results: {
        name: string;
        workload: string;
        ours_s: number;
        baseline_s: number;
        ratio: number;
        notes: string[];
      }[];
    };
    expect(results).toMatchObject([
      { name: 'gap-map', baseline: expect.stringMatching(/raw better-sqlite3/) },
    ]);
    const [result] = results;
    expect(result?.workload).toMatch(
      new RegExp(`evidence/gap-map on a generated library of ${INTERVENTIONS} interventions`),
    );
    expect(result?.ratio).toBeCloseTo((result?.ours_s ?? NaN) / (result?.baseline_s ?? NaN), 9);
    // Both sides found the same cells.
    const [, ours, sql] =
      /ours: (\d+) cells[\s\S]*SQL: (\d+) cells/.exec(result?.notes.join('\n') ?? '') ?? [];
    expect(ours).toBeDefined();
    expect(ours).toBe(sql);
  });

  it('times the catalogue through the API against the very SQL statements it ran, replayed raw', () => {
    const run = benchWithoutR('catalogue');
    expect(run.status, run.stderr).toBe(0);
    const { results } = JSON.parse(run.stdout) as {
      results: {
        name: string;
        workload: string;
        baseline: string;
        ours_s: number;
        baseline_s: number;
        ratio: number;
        notes: string[];
      }[];
    };
    const [result] = results;
    expect(result?.workload).toMatch(
      /^2 calls of interventions\/list on a generated library of 200 interventions/,
    );
    // Two pages, each counted and fetched: at least four statements replayed.
    const replayed = Number(/^the (\d+) SQL statements it ran, replayed/.exec(result?.baseline ?? '')?.[1]);
    expect(replayed).toBeGreaterThanOrEqual(4);
    expect(result?.ratio).toBeCloseTo((result?.ours_s ?? NaN) / (result?.baseline_s ?? NaN), 9);
    expect(result?.notes.join('\n')).toMatch(/ours: 100 rows of 200;[\s\S]*SQL: [\d,]+ rows/);
  });

  // In process and in two formats (one printed, one not) rather than all four through the CLI:
  // each format is written and replayed several times, and DOCX's charts alone take seconds.
  it('writes a brief for 6 interventions sharing an outcome against its SQL and printing, replayed', async () => {
    vi.stubEnv('EWB_BENCH_INTERVENTIONS', String(INTERVENTIONS));
    try {
      const result = await timeBriefExport({ appRoot: REPO_ROOT, log: () => undefined }, ['pdf', 'md']);
      expect(result).toMatchObject({
        name: 'brief-export',
        baseline: expect.stringMatching(/raw better-sqlite3, and the same printing/),
      });
      expect(result.workload).toMatch(
        /^a brief on .+ for 6 interventions written in each format \(pdf, md\) as `ewb brief` writes it on a generated library of 200 interventions$/,
      );
      expect(result.ratio).toBeCloseTo(result.ours_s / (result.baseline_s ?? NaN), 9);
      const [pdf, md, sql, chosen] = result.notes;
      // The PDF is one print of the brief's HTML; Markdown needs no printer.
      expect(pdf).toMatch(
        /^pdf: ours [\d.]+ s, baseline [\d.]+ s \(ratio [\d.]+\), \d+ KiB, 1 call of the printer$/,
      );
      expect(md).toMatch(/^md: .*, 0 calls of the printer$/);
      const [, statements, rows] =
        /^SQL: ([\d,]+) statements, ([\d,]+) rows per brief$/.exec(sql ?? '') ?? [];
      expect(Number(statements)).toBeGreaterThan(0);
      expect(Number(rows?.replace(/,/g, ''))).toBeGreaterThan(0);
      expect(new Set(chosen?.replace(/^interventions /, '').split(', ')).size).toBe(6);
    } finally {
      removeGeneratedLibrary();
      vi.unstubAllEnvs();
    }
  }, 90_000);

  it('refuses an unknown benchmark', () => {
    const run = spawnSync(
      process.execPath,
      ['--import', 'tsx', 'electron/cli/main.ts', 'bench', '--only', 'nope'],
      {
        cwd: REPO_ROOT,
        encoding: 'utf8',
      },
    );
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/--only must be one of .*\bbrief-export\b/);
  });
});
