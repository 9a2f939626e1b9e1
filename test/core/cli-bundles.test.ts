// `ewb export --format json` and `ewb import --format json` as scripts run them: a library exported
// and imported into an empty one lists the same records; a dry run writes nothing; a bad bundle
// exits 2 naming the path.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ewb } from '../helpers/cli';
import { tempDir, type TempDir } from '../helpers/libraries';

let dir: TempDir;
beforeEach(() => {
  dir = tempDir();
});
afterEach(() => dir.remove());

const hash = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

describe('ewb export/import --format json', () => {
  it('round-trips the sample library through a bundle into an empty library', () => {
    const sample = dir.file('sample.ewb');
    const empty = dir.file('empty.ewb');
    const bundle = dir.file('sample.json');
    expect(ewb('init', '--library', sample, '--sample').status).toBe(0);
    expect(ewb('init', '--library', empty).status).toBe(0);
    const exported = ewb('export', '--library', sample, '--format', 'json', '--out', bundle);
    expect(exported.status, exported.stderr).toBe(0);
    expect(JSON.parse(readFileSync(bundle, 'utf8'))).toMatchObject({ formatVersion: 2 });

    const before = hash(empty);
    const dry = ewb('import', '--library', empty, '--format', 'json', bundle, '--dry-run', '--json');
    expect(dry.status, dry.stderr).toBe(0);
    expect(JSON.parse(dry.stdout)).toMatchObject({ counts: { conflict: 0 } });
    expect(hash(empty)).toBe(before);

    const imported = ewb('import', '--library', empty, '--format', 'json', bundle);
    expect(imported.status, imported.stderr).toBe(0);
    expect(imported.stdout).toMatch(/Merged: \d+ added/);
    for (const entity of ['interventions', 'evaluations', 'organisations']) {
      expect(ewb('list', '--library', empty, '--entity', entity, '--json').stdout).toBe(
        ewb('list', '--library', sample, '--entity', entity, '--json').stdout,
      );
    }
  });

  it('refuses a bad bundle with exit 2, naming the path, and writes nothing', () => {
    const library = dir.file('lib.ewb');
    expect(ewb('init', '--library', library).status).toBe(0);
    const bad = dir.file('bad.json');
    writeFileSync(
      bad,
      JSON.stringify({
        format: 'evidence-workbench-bundle',
        formatVersion: 2,
        library: { name: 'x' },
        interventions: [{ id: 'X' }],
      }),
    );
    const before = hash(library);
    const run = ewb('import', '--library', library, '--format', 'json', bad);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^ewb import: interventions\.0\.id: /);
    expect(hash(library)).toBe(before);
  });
});
