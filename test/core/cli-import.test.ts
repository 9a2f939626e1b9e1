// `ewb import` as scripts run it: exit codes and one-line errors naming row and column, the dry
// run listing every error, and a 50,000-row import killed at random moments leaving a library
// that passes `ewb check` with none or all of the rows.
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkLibraryFile } from '../../electron/core/services/check-library';
import { toCsv } from '../../shared/format/csv';
import { ewb } from '../helpers/cli';
import { interventionRow, interventionsCsv } from '../helpers/import-files';
import { Library, miniLibrary, REPO_ROOT, tempDir, type TempDir } from '../helpers/libraries';

let dir: TempDir;
let path: string;

beforeEach(async () => {
  dir = tempDir();
  (await miniLibrary(dir)).close();
  path = dir.file('mini.ewb');
});
afterEach(() => dir.remove());

async function interventionCount(): Promise<number> {
  const library = await Library.open(path, { readOnly: true });
  try {
    return (library.db.prepare('SELECT count(*) AS n FROM interventions').get() as { n: number }).n;
  } finally {
    library.close();
  }
}

describe('ewb import', () => {
  it('exits 2 with one line naming the row and column, and the dry run lists every error', async () => {
    const csv = dir.file('rows.csv');
    writeFileSync(
      csv,
      interventionsCsv([
        interventionRow(1),
        { ...interventionRow(2), Strand: 'sideways' },
        { ...interventionRow(3), 'Youngest age': 'old' },
      ]),
    );
    const before = await interventionCount();
    const run = ewb('import', '--library', path, '--format', 'csv', csv);
    expect(run.status).toBe(2);
    expect(run.stderr.trim().split('\n').at(-1)).toBe(
      'ewb import: row 3, column “Strand”: must be one of engagement, youth-justice, serious-youth-violence, vulnerable-children (not “sideways”) (and 1 more: --dry-run lists them)',
    );
    const dry = ewb('import', '--library', path, '--format', 'csv', csv, '--dry-run');
    expect(dry.status).toBe(2);
    expect(dry.stdout.trim().split('\n')).toEqual([
      expect.stringMatching(/^row 3, column “Strand”: must be one of/),
      'row 4, column “Youngest age”: must be a number (not “old”)',
    ]);
    expect(await interventionCount()).toBe(before);

    writeFileSync(csv, interventionsCsv([interventionRow(1), interventionRow(2)]));
    expect(ewb('import', '--library', path, '--format', 'csv', csv, '--dry-run').stdout).toBe(
      'ok: 2 rows would be imported\n',
    );
    const done = ewb('import', '--library', path, '--format', 'csv', csv, '--json');
    expect(done.status).toBe(0);
    expect(JSON.parse(done.stdout)).toEqual({ imported: 2, errors: [] });
    expect(await interventionCount()).toBe(before + 2);
  }, 60_000);

  it('refuses bad usage with exit 2', () => {
    expect(ewb('import', '--library', path, '--format', 'pdf', 'x.pdf')).toMatchObject({ status: 2 });
    expect(ewb('import', '--library', path, '--format', 'csv', dir.file('missing.csv')).stderr).toContain(
      'there is no file',
    );
    const wrongEntity = ewb('import', '--library', path, '--format', 'csv', '--entity', 'briefs', 'x.csv');
    expect(wrongEntity).toMatchObject({
      status: 2,
      stderr: expect.stringContaining('--entity must be one of'),
    });
  }, 30_000);
});

/** Starts `ewb import`, resolving once its stderr says `phase`; kill() ends it with SIGKILL. */
function startImport(csv: string) {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'electron/cli/main.ts', 'import', '--library', path, '--format', 'csv', csv],
    { cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let stderr = '';
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  child.stderr.on('data', (b: Buffer) => (stderr += b.toString()));
  const reached = (phase: string) =>
    new Promise<boolean>((resolve) => {
      const look = () => stderr.includes(phase) && resolve(true);
      child.stderr.on('data', look);
      void exited.then(() => resolve(stderr.includes(phase)));
      look();
    });
  return { reached, exited, kill: () => child.kill('SIGKILL'), stderr: () => stderr };
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('killing an import of 50,000 rows', () => {
  it('at random moments leaves a library that passes check, with none or all of the rows', async () => {
    const csv = dir.file('fifty-thousand.csv');
    // Only the required columns: the test is about the transaction, not the fields.
    const rows = Array.from({ length: 50_000 }, (_, n) => [
      `Programme ${n}`,
      'Imported to be killed.',
      'Mentoring',
      'targeted',
      'engagement',
      'active',
    ]);
    writeFileSync(
      csv,
      toCsv([['Name', 'Summary', 'Approach type', 'Prevention tier', 'Strand', 'Status'], ...rows]),
    );
    const before = await interventionCount();
    let complete = false;
    // Kills while checking and while writing (the transaction), at random delays.
    const moments = [
      { after: 'checking', within: 1500 },
      { after: 'writing', within: 300 },
      { after: 'writing', within: 1200 },
    ];
    for (const moment of moments) {
      const run = startImport(csv);
      const reached = await run.reached(moment.after);
      if (reached) {
        await pause(Math.random() * moment.within);
        run.kill();
      }
      const code = await run.exited;
      expect(checkLibraryFile(path).problems).toEqual([]);
      const count = await interventionCount();
      expect([before, before + 50_000]).toContain(count);
      if (count === before + 50_000) {
        complete = true;
        expect(code).toBe(0);
        break;
      }
    }
    if (!complete) {
      const run = startImport(csv);
      expect(await run.exited).toBe(0);
      expect(await interventionCount()).toBe(before + 50_000);
    }
    const check = ewb('check', '--library', path);
    expect(check).toMatchObject({ status: 0, stdout: expect.stringMatching(/^ok: /) });
  }, 180_000);
});
