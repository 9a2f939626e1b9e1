// The `ewb` command as cli.md specifies it: init, info, list and check, their exit codes and
// their --json output, on real library files.
import { createHash } from 'node:crypto';
import {
  readFileSync,
  truncateSync,
  statSync,
  writeFileSync,
  copyFileSync,
  openSync,
  writeSync,
  closeSync,
} from 'node:fs';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LATEST_SCHEMA_VERSION } from '../../electron/core/db/migrations';
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

const sha256 = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

describe('ewb', () => {
  it('prints help and refuses unknown commands and options with exit code 2', () => {
    expect(ewb('--help')).toMatchObject({
      status: 0,
      stdout: expect.stringMatching(/check +integrity_check/),
    });
    expect(ewb('check', '--help')).toMatchObject({
      status: 0,
      stdout: expect.stringMatching(/usage: ewb check/),
    });
    expect(ewb('frobnicate')).toMatchObject({
      status: 2,
      stderr: expect.stringMatching(/unknown command "frobnicate"/),
    });
    expect(ewb('info', '--libary', mini)).toMatchObject({
      status: 2,
      stderr: expect.stringMatching(/--libary/),
    });
    expect(ewb('info')).toMatchObject({ status: 2, stderr: 'ewb info: --library is required\n' });
    expect(ewb('list', '--library', mini, '--entity', 'costs')).toMatchObject({
      status: 2,
      stderr: expect.stringMatching(/--entity must be one of interventions, evaluations, organisations/),
    });
  });

  it('init creates an empty library and refuses to overwrite', () => {
    const path = dir.file('empty.ewb');
    expect(ewb('init', '--library', path)).toMatchObject({ status: 0 });
    const before = sha256(path);
    expect(ewb('init', '--library', path, '--sample')).toMatchObject({
      status: 1,
      stderr: expect.stringMatching(/already exists/),
    });
    expect(sha256(path)).toBe(before);
  });

  it('info --json reports format version, counts and size', () => {
    const run = ewb('info', '--library', mini, '--json');
    expect(run.status).toBe(0);
    const info = JSON.parse(run.stdout) as Record<string, unknown>;
    expect(info).toMatchObject({
      name: 'Test library',
      schemaVersion: LATEST_SCHEMA_VERSION,
      appSchemaVersion: LATEST_SCHEMA_VERSION,
      readOnlyReason: 'The library was opened read-only.',
      counts: { interventions: 3, evaluations: 4, outcomeResults: 6, costItems: 4, organisations: 2 },
      fileSizeBytes: statSync(mini).size,
    });
  });

  it('list prints ids and names, as text or JSON', () => {
    expect(ewb('list', '--library', mini).stdout).toBe(
      'alpha-mentoring\tAlpha Mentoring\nbeta-sport\tBeta Sports Diversion\ngamma-triage\tGamma Triage\n',
    );
    const evaluations = JSON.parse(
      ewb('list', '--library', mini, '--entity', 'evaluations', '--json').stdout,
    ) as {
      id: string;
      name: string;
      interventionId: string;
    }[];
    expect(evaluations.map((e) => e.id)).toEqual([
      'alpha-eval-1',
      'alpha-eval-2',
      'beta-eval-1',
      'beta-eval-2',
    ]);
    expect(evaluations[0]).toEqual({
      id: 'alpha-eval-1',
      name: 'Alpha Mentoring: a matched comparison',
      interventionId: 'alpha-mentoring',
    });
  });

  it('check passes a healthy library without writing to it', () => {
    const before = sha256(mini);
    expect(ewb('check', '--library', mini)).toMatchObject({
      status: 0,
      stdout: expect.stringMatching(/^ok: /),
    });
    expect(sha256(mini)).toBe(before);
  });

  it('check fails a truncated library with a clear message and leaves it as it was', () => {
    const path = dir.file('truncated.ewb');
    copyFileSync(mini, path);
    truncateSync(path, Math.floor(statSync(path).size / 2) + 100);
    const before = sha256(path);
    const run = ewb('check', '--library', path);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/problem: truncated/);
    expect(sha256(path)).toBe(before);
  });

  it('check finds damaged pages and broken references', () => {
    const damaged = dir.file('damaged.ewb');
    copyFileSync(mini, damaged);
    const fd = openSync(damaged, 'r+');
    writeSync(fd, Buffer.alloc(64, 0xa5), 0, 64, 4096 * 3); // scribble over the header of page 4
    closeSync(fd);
    expect(ewb('check', '--library', damaged)).toMatchObject({
      status: 1,
      stderr: expect.stringMatching(/problem: damaged: SQLite could not read the file \(SQLITE_CORRUPT/),
    });

    const orphaned = dir.file('orphaned.ewb');
    copyFileSync(mini, orphaned);
    const db = new Database(orphaned);
    db.pragma('foreign_keys = OFF');
    db.prepare("DELETE FROM interventions WHERE id = 'alpha-mentoring'").run();
    db.close();
    const run = ewb('check', '--library', orphaned, '--json');
    expect(run.status).toBe(1);
    const report = JSON.parse(run.stdout) as { ok: boolean; problems: string[] };
    expect(report.ok).toBe(false);
    expect(report.problems.join('\n')).toMatch(
      /foreign key: row \d+ of evaluations refers to a missing interventions record/,
    );
  });

  it('check refuses a file that is not a library', () => {
    writeFileSync(dir.file('notes.txt'), 'hello');
    expect(ewb('check', '--library', dir.file('notes.txt'))).toMatchObject({
      status: 1,
      stderr: expect.stringMatching(/not a library/),
    });
  });
});

describe('ewb rate', () => {
  it('prints every intervention’s ratings with the criteria met and not yet met', () => {
    const run = ewb('rate', '--library', mini, '--framework', 'project-oracle');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(
      /^Alpha Mentoring \(alpha-mentoring\)\n {2}Project Oracle Standards of Evidence: Standard \d/,
    );
    expect(run.stdout).toMatch(/✓ Has a theory of change/);
    expect(run.stdout).toMatch(/✗ /);
  });

  it('prints JSON with the explanation of every level', () => {
    const { interventions: all, approaches } = JSON.parse(
      ewb('rate', '--library', mini, '--json').stdout,
    ) as {
      interventions: {
        intervention: { id: string };
        ratings: { framework: { id: string }; ratings: { levels: { criteria: unknown[] }[] }[] }[];
      }[];
      approaches: { approach: { id: string }; outcomes: { evidenceQuality: { label: string } }[] }[];
    };
    expect(approaches.map((a) => a.approach.id)).toEqual([
      'mentoring',
      'sports-diversion',
      'triage-diversion',
    ]);
    expect(all.map((i) => i.intervention.id)).toEqual(['alpha-mentoring', 'beta-sport', 'gamma-triage']);
    expect(all[0]?.ratings.map((f) => f.framework.id)).toContain('maryland-sms');
    expect(all[0]?.ratings[0]?.ratings[0]?.levels.every((l) => l.criteria.length > 0)).toBe(true);
  });

  it('refuses an unknown framework with exit code 2', () => {
    expect(ewb('rate', '--library', mini, '--framework', 'astrology')).toMatchObject({
      status: 2,
      stderr: expect.stringMatching(/--framework must be one of project-oracle/),
    });
  });
});
