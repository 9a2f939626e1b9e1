// Importing a 100,000-row CSV of interventions into a new library through the app's import (every
// row read, mapped and checked, then all written in one transaction with its change history)
// against the sqlite3 shell's `.import` of the same file into a plain table of text columns.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { toCsv } from '../../../shared/format/csv';
import { STRAND_LABELS, STRANDS, TIERS } from '../../../shared/model/vocabulary';
import { APPROACH_TYPES } from '../../../shared/taxonomy/approach-types';
import { AREAS } from '../../../shared/taxonomy/areas';
import { Library } from '../../core/library';
import { runImport } from '../../core/services/spreadsheet-import';
import { type Benchmark, timeOnce, timeOnceAsync } from './benchmark';

const ROWS = 100_000;
/** The sqlite3 shell; EWB_SQLITE3 points elsewhere (or nowhere, to run without a baseline). */
const SQLITE3 = process.env.EWB_SQLITE3 ?? 'sqlite3';
const HEADERS = ['Id', 'Name', 'Summary', 'Approach type', 'Prevention tier', 'Strand', 'Status'];
const MORE = ['Youngest age', 'Oldest age', 'Areas', 'Settings', 'Sessions', 'Evidence level'];
const BOROUGHS = AREAS.filter((a) => a.kind === 'borough');

/** Valid, varied rows as a spreadsheet holds them: names and labels, not ids. */
function interventionsCsv(rows: number): string {
  const at = <T>(list: readonly T[], k: number) => list[k % list.length] as T;
  const body = Array.from({ length: rows }, (_, k) => [
    `imported-${k + 1}`,
    `Imported programme ${k + 1}`,
    `Programme ${k + 1} from a spreadsheet.`,
    at(APPROACH_TYPES, k).name,
    at(TIERS, k),
    STRAND_LABELS[at(STRANDS, k)],
    'active',
    String(8 + (k % 6)),
    String(16 + (k % 8)),
    `${at(BOROUGHS, k).name}; ${at(BOROUGHS, k + 7).name}`,
    k % 2 === 0 ? 'school; community' : 'community',
    String(4 + (k % 30)),
    String(1 + (k % 5)),
  ]);
  return toCsv([[...HEADERS, ...MORE], ...body]);
}

/** The sqlite3 shell's import of `csv` into a new file, or why it could not run here. */
function shellImport(dir: string, csv: string): { seconds: number } | { skipped: string } {
  const probe = spawnSync(SQLITE3, ['-version'], { encoding: 'utf8' });
  if (probe.status !== 0) return { skipped: 'the sqlite3 shell is not installed here' };
  const target = join(dir, 'shell.db');
  let run: ReturnType<typeof spawnSync> | undefined;
  const seconds = timeOnce(() => {
    run = spawnSync(SQLITE3, [target, `.import --csv ${csv} interventions`], { encoding: 'utf8' });
  });
  if (run?.status !== 0) throw new Error(`sqlite3 .import failed: ${String(run?.stderr)}`);
  return { seconds };
}

export const csvImportBenchmark: Benchmark = {
  name: 'csv-import',
  run: async ({ log }) => {
    const dir = mkdtempSync(join(tmpdir(), 'ewb-bench-import-'));
    try {
      const csv = join(dir, 'interventions.csv');
      writeFileSync(csv, interventionsCsv(ROWS));
      const megabytes = statSync(csv).size / (1024 * 1024);
      log(
        `csv-import: ${ROWS.toLocaleString('en-GB')} rows (${megabytes.toFixed(1)} MB) through the app’s import…`,
      );
      const library = await Library.create(join(dir, 'ours.ewb'), { name: 'Import benchmark' });
      let imported = 0;
      const ours = await timeOnceAsync(async () => {
        const file = { fileName: 'interventions.csv', format: 'csv' as const, bytes: readFileSync(csv) };
        const outcome = await runImport(library, { file, entity: 'interventions', by: 'ewb bench' });
        if (outcome.errors.length > 0)
          throw new Error(`import refused: ${JSON.stringify(outcome.errors[0])}`);
        imported = outcome.imported;
      });
      library.close();
      const shell = shellImport(dir, csv);
      const baseline = 'seconds' in shell ? shell.seconds : null;
      return {
        name: 'csv-import',
        workload: `a ${megabytes.toFixed(1)} MB CSV of ${ROWS.toLocaleString('en-GB')} interventions into a new library`,
        ours_s: ours,
        baseline:
          baseline === null ? null : 'the sqlite3 shell’s .import --csv of the same file into a plain table',
        baseline_s: baseline,
        ratio: baseline === null ? null : ours / baseline,
        notes: [
          `ours: ${imported.toLocaleString('en-GB')} interventions read, mapped, checked field by field (names to ids, choices, ages, areas), written with their settings, areas, search index and one change-history entry, in one transaction`,
          'skipped' in shell
            ? `baseline skipped: ${shell.skipped}`
            : 'sqlite3: the same rows as text columns, unchecked',
        ],
      };
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
};
