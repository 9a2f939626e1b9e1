// Reference files into evaluations on a real library: the preview's new, duplicate and invalid
// entries, the import of the chosen ones in one change with history, undo, refusals that write
// nothing, and `ewb import --format ris` on the same files.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { InterventionDetail } from '../../shared/model/catalogue';
import type { HistoryEntry, UndoOutcome } from '../../shared/model/editing';
import type { ReferenceImportOutcome, ReferencePreview } from '../../shared/model/references';
import { expectOk } from '../helpers/api';
import { ewb } from '../helpers/cli';
import { libraryChecksum, REPO_ROOT } from '../helpers/libraries';
import { useMiniLibrary } from '../helpers/mini-library';

const RIS = readFileSync(join(REPO_ROOT, 'test', 'fixtures', 'references', 'evaluations.ris'), 'utf8');
const BIB = readFileSync(join(REPO_ROOT, 'test', 'fixtures', 'references', 'evaluations.bib'), 'utf8');
const INTERVENTION = 'gamma-triage';

const mini = useMiniLibrary();

const preview = (fileName: string, content: string) =>
  expectOk<ReferencePreview>(mini.dispatch, 'references/preview', {
    interventionId: INTERVENTION,
    fileName,
    content,
  });

const importEntries = (fileName: string, content: string, entries: number[]) =>
  expectOk<ReferenceImportOutcome>(mini.dispatch, 'references/import', {
    interventionId: INTERVENTION,
    fileName,
    content,
    entries,
    design: 'randomised',
    by: 'Tester',
  });

const evaluationsOf = async (id = INTERVENTION) =>
  (await expectOk<InterventionDetail>(mini.dispatch, 'interventions/get', { id })).evaluations;

describe('reference import', () => {
  it('previews each RIS entry as new or invalid, with the reason naming entry and tag', async () => {
    const result = await preview('evaluations.ris', RIS);
    expect(result.format).toBe('ris');
    expect(result.entries.map((e) => e.status)).toEqual(['new', 'new', 'invalid']);
    expect(result.entries[2]).toEqual({
      number: 3,
      status: 'invalid',
      problem: 'Entry 3, PY: “n.d.” is not a year from 1900 to 2100',
    });
  });

  it('reads a .bib file as BibTeX and flags entries that repeat earlier ones in the same file', async () => {
    const twice = `${BIB}\n@misc{again, title = {Gew{\\"u}nschte Wirkung: Jugendhilfe in M\\"{u}nchen --- eine Studie von Fran{\\c c}ois Ma{\\ss}}, year = 2015}`;
    const result = await preview('refs.BIB', twice);
    expect(result.format).toBe('bibtex');
    expect(result.entries.map((e) => e.status)).toEqual([
      'new',
      'new',
      'new',
      'invalid',
      'invalid',
      'duplicate',
    ]);
    expect(result.entries[5]).toMatchObject({
      duplicateOf: { kind: 'entry', number: 3 },
      matchedBy: 'title and year',
    });
  });

  it('creates the chosen entries as evaluations of the intervention, abstract as findings', async () => {
    const { created } = await importEntries('evaluations.ris', RIS, [2, 1]);
    expect(created).toHaveLength(2);
    const evaluations = await evaluationsOf();
    const kickz = evaluations.find((e) => e.id === created[0]);
    expect(kickz).toMatchObject({
      title: 'Evaluation of the Kickz programme: final report',
      authors: 'Mason, Penny; Prior, David',
      year: 2009,
      design: 'randomised',
      url: 'https://example.org/reports/kickz-final.pdf',
      doi: null,
      illustrative: false,
    });
    expect(kickz?.findings).toMatch(/^Kickz used football sessions/);
    expect(evaluations.find((e) => e.id === created[1])?.doi).toBe('10.1111/jcpp.12743');
  });

  it('flags duplicates of evaluations in the library by DOI and by title and year', async () => {
    const { created } = await importEntries('evaluations.ris', RIS, [1, 2]);
    const again = await preview('again.bib', BIB);
    expect(again.entries[0]).toMatchObject({
      status: 'duplicate',
      matchedBy: 'doi',
      duplicateOf: { kind: 'evaluation', id: created[1], interventionName: 'Gamma Triage' },
    });
    expect(again.entries[1]).toMatchObject({
      status: 'duplicate',
      matchedBy: 'title and year',
      duplicateOf: { kind: 'evaluation', id: created[0] },
    });
    expect(again.entries[2]?.status).toBe('new');
  });

  it('records the import as one change, which one undo takes back whole', async () => {
    const before = (await evaluationsOf()).length;
    const { created } = await importEntries('evaluations.ris', RIS, [1, 2]);
    const { change } = await expectOk<{ change: HistoryEntry | null }>(mini.dispatch, 'history/last', {});
    expect(change).toMatchObject({
      entityType: 'reference_import',
      entityId: INTERVENTION,
      action: 'import',
      userName: 'Tester',
      after: { name: 'evaluations.ris (2 entries)', evaluationIds: created },
    });
    const undo = await expectOk<UndoOutcome>(mini.dispatch, 'history/undo', { by: 'Tester' });
    expect(undo.undone?.id).toBe(change?.id);
    expect(await evaluationsOf()).toHaveLength(before);
    expect((await preview('evaluations.ris', RIS)).entries.map((e) => e.status)).toEqual([
      'new',
      'new',
      'invalid',
    ]);
  });

  it('refuses an invalid or missing entry, or an unknown intervention, and writes nothing', async () => {
    const checksum = libraryChecksum(mini.library);
    const bad = await mini.dispatch('references/import', {
      interventionId: INTERVENTION,
      fileName: 'evaluations.ris',
      content: RIS,
      entries: [1, 3],
      design: 'randomised',
      by: 'Tester',
    });
    expect(bad).toEqual({
      ok: false,
      error: {
        code: 'INVALID_INPUT',
        field: 'entries',
        message: 'entries: Entry 3, PY: “n.d.” is not a year from 1900 to 2100',
      },
    });
    const missing = await mini.dispatch('references/import', {
      interventionId: INTERVENTION,
      fileName: 'evaluations.ris',
      content: RIS,
      entries: [9],
      design: 'randomised',
      by: 'Tester',
    });
    expect(missing).toMatchObject({
      ok: false,
      error: { field: 'entries', message: 'entries: the file has no entry 9' },
    });
    const nowhere = await mini.dispatch('references/preview', {
      interventionId: 'nope',
      fileName: 'a.ris',
      content: RIS,
    });
    expect(nowhere).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', field: 'interventionId' } });
    const noDesign = await mini.dispatch('references/import', {
      interventionId: INTERVENTION,
      fileName: 'a.ris',
      content: RIS,
      entries: [1],
      by: 'Tester',
    });
    expect(noDesign).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', field: 'design' } });
    const notRis = await mini.dispatch('references/preview', {
      interventionId: INTERVENTION,
      fileName: 'a.ris',
      content: 'a,b\n1,2',
    });
    expect(notRis).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', field: 'content' } });
    expect(libraryChecksum(mini.library)).toBe(checksum);
  });
});

describe('ewb import --format ris', () => {
  it('lists entries on a dry run, refuses a file with invalid entries, imports new ones and skips duplicates', () => {
    const path = mini.library.path;
    mini.library.close();
    const good = mini.dir.file('good.ris');
    writeFileSync(good, RIS.replace('PY  - n.d.\n', ''));
    const args = [
      '--library',
      path,
      '--format',
      'ris',
      '--intervention',
      INTERVENTION,
      '--design',
      'pre-post',
    ];

    const refused = ewb(
      'import',
      ...args,
      join(REPO_ROOT, 'test', 'fixtures', 'references', 'evaluations.ris'),
    );
    expect(refused.status).toBe(2);
    expect(refused.stdout).toContain('invalid    Entry 3, PY: “n.d.” is not a year from 1900 to 2100');
    expect(refused.stderr).toContain('1 invalid entry; nothing imported');

    const dry = ewb('import', ...args, '--dry-run', good);
    expect(dry.status).toBe(0);
    expect(dry.stdout).toContain('3 new; nothing imported (dry run).');

    const real = ewb('import', ...args, '--by', 'Script', good);
    expect(real.stdout).toContain('Imported 3 evaluations.');
    expect(real.status).toBe(0);

    const second = ewb('import', ...args, good);
    expect(second.status).toBe(0);
    expect(second.stdout).toMatch(/duplicate {2}2\. A randomised trial .*: same DOI as evaluation /);
    expect(second.stdout).toContain('0 new; nothing imported.');

    const noIntervention = ewb('import', '--library', path, '--format', 'ris', '--design', 'pre-post', good);
    expect(noIntervention.status).toBe(2);
    expect(noIntervention.stderr).toContain('--intervention is required');
  });
});
