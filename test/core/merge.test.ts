// Bundles and merging on real library files: the sample library round-trips through a bundle into
// an empty library record for record; incoming records are classified new, identical or
// conflicting by id and by name; choices are applied; history keeps where records came from and
// undo reverses a merge; a bad bundle changes nothing; a library file merged from is never written.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDispatch, type Dispatch } from '../../electron/core/api/dispatch';
import { historyOf, lastUndoableChange } from '../../electron/core/repos/change-history';
import { createLibraryFromBundle } from '../../electron/core/services/sample-library';
import { readLibraryFile } from '../../electron/core/services/merge/merge-source';
import type { LibraryBundle } from '../../shared/model/bundle';
import type { MergeApplied, MergePreview, MergeSource } from '../../shared/model/merge';
import { expectOk } from '../helpers/api';
import {
  Library,
  libraryChecksum,
  libraryRecords,
  miniLibrary,
  SAMPLE_BUNDLE,
  tempDir,
  type TempDir,
} from '../helpers/libraries';

const BY = 'M. Merger';
let dir: TempDir;
const open: Library[] = [];

beforeEach(() => {
  dir = tempDir();
});
afterEach(() => {
  for (const l of open.splice(0)) l.close();
  dir.remove();
});

function track(library: Library): { library: Library; dispatch: Dispatch } {
  open.push(library);
  return { library, dispatch: createDispatch({ library }) };
}

const bundleSource = (bundle: unknown, fileName = 'colleague.json'): MergeSource => ({
  kind: 'bundle',
  fileName,
  content: JSON.stringify(bundle),
});

/** Every conflict of a preview given the same choice. */
const all = (preview: MergePreview, choice: 'mine' | 'theirs') =>
  Object.fromEntries(preview.items.filter((i) => i.status === 'conflict').map((i) => [i.key, choice]));

/** Puts into the sample library one of every kind of record the sample does not hold. */
async function enrich(dispatch: Dispatch): Promise<void> {
  const ok = (method: string, input: unknown) => expectOk(dispatch, method, input);
  await ok('approach-types/save', { name: 'Detached youth work', description: 'Street-based', by: BY });
  await ok('outcome-groups/save', { name: 'Community', by: BY });
  await ok('value-settings/save', { priceYear: 2020, discountRate: 0.03, by: BY });
  const { rows } = (await ok('interventions/list', { limit: 1 })) as { rows: { id: string }[] };
  const interventionId = rows[0]?.id ?? '';
  await ok('self-assessments/save', {
    interventionId,
    frameworkId: 'project-oracle',
    claimedLevel: '2',
    evidence: [{ criterion: 'has-a-theory-of-change', text: 'Logic model', url: 'https://example.org/toc' }],
    by: BY,
  });
  await ok('ratings/override', {
    interventionId,
    frameworkId: 'project-oracle',
    level: '1',
    reason: 'The evaluations are illustrative',
    by: BY,
  });
  await ok('attachments/add', {
    owner: { kind: 'intervention', id: interventionId },
    fileName: 'notes.txt',
    content: Buffer.from('Field notes from the pilot').toString('base64'),
    by: BY,
  });
}

describe('round trip', () => {
  it('exports the sample library and merges it into an empty library with the same records, field by field', async () => {
    const sample = track(await createLibraryFromBundle(dir.file('sample.ewb'), SAMPLE_BUNDLE));
    await enrich(sample.dispatch);
    const bundle = await expectOk<LibraryBundle>(sample.dispatch, 'bundles/export', {});
    expect(bundle.formatVersion).toBe(2);
    expect(bundle.attachments).toHaveLength(1);

    const empty = track(await Library.create(dir.file('empty.ewb'), { name: 'Empty' }));
    const source = bundleSource(bundle, 'sample.json');
    const preview = await expectOk<MergePreview>(empty.dispatch, 'merge/preview', { source });
    // The empty library holds only the default reference data: conflicts are only what the
    // sample changed of it (here the value settings).
    expect(preview.items.filter((i) => i.status === 'conflict').map((i) => i.kind)).toEqual([
      'value_settings',
    ]);
    expect(preview.counts.new).toBeGreaterThan(bundle.interventions.length);
    await expectOk<MergeApplied>(empty.dispatch, 'merge/apply', {
      source,
      choices: all(preview, 'theirs'),
      by: BY,
    });

    expect(libraryRecords(empty.library)).toEqual(libraryRecords(sample.library));
    const again = await expectOk<LibraryBundle>(empty.dispatch, 'bundles/export', {});
    const { exportedAt: _a, library: _l, ...theirs } = again;
    const { exportedAt: _b, library: _m, ...ours } = bundle;
    expect(theirs).toEqual(ours);
    // Merging the same bundle again finds everything identical.
    const repeat = await expectOk<MergePreview>(empty.dispatch, 'merge/preview', { source });
    expect(repeat.counts).toEqual({ new: 0, identical: expect.any(Number), conflict: 0 });
  });

  it('still reads format 1 (the sample library file) and refuses a newer format by name', async () => {
    const { dispatch } = track(await miniLibrary(dir));
    const v1 = JSON.parse(readFileSync(SAMPLE_BUNDLE, 'utf8')) as { version: number };
    expect(v1.version).toBe(1);
    const preview = await expectOk<MergePreview>(dispatch, 'merge/preview', { source: bundleSource(v1) });
    expect(preview.counts.new).toBeGreaterThan(0);
    const newer = await dispatch('merge/preview', {
      source: bundleSource({ format: 'evidence-workbench-bundle', formatVersion: 9, interventions: [] }),
    });
    expect(newer).toMatchObject({ ok: false, error: { field: 'formatVersion' } });
  });
});

describe('merge', () => {
  let mine: { library: Library; dispatch: Dispatch };
  let theirs: LibraryBundle;
  const ok = <T>(method: string, input: unknown) => expectOk<T>(mine.dispatch, method, input);

  beforeEach(async () => {
    mine = track(await miniLibrary(dir));
    theirs = await ok<LibraryBundle>('bundles/export', { interventionIds: ['alpha-mentoring'] });
  });

  it('exports a selection with what it refers to and nothing else', () => {
    expect(theirs.selection).toEqual({ interventionIds: ['alpha-mentoring'] });
    expect(theirs.interventions.map((i) => i.id)).toEqual(['alpha-mentoring']);
    expect(theirs.organisations.map((o) => o.id)).toContain('org-police');
    expect(theirs.reference.approachTypes.map((a) => a.id)).toEqual([
      theirs.interventions[0]?.approachTypeId,
    ]);
    const outcomes = new Set(
      theirs.interventions[0]?.evaluations.flatMap((e) => e.outcomeResults.map((r) => r.outcomeId)),
    );
    expect(new Set(theirs.reference.outcomeDomains.map((d) => d.id))).toEqual(outcomes);
    expect(theirs.baselineRates).toEqual([]);
  });

  it('classifies records as new, identical, or conflicting by id and by name', async () => {
    const alpha = theirs.interventions[0];
    if (alpha === undefined) throw new Error('no intervention');
    alpha.summary = 'A longer mentoring programme'; // conflict, matched by id
    const [first, second] = alpha.evaluations;
    if (first === undefined || second === undefined) throw new Error('no evaluations');
    second.id = 'alpha-trial-elsewhere'; // same title and year: matched by name, identical
    second.outcomeResults = [];
    alpha.evaluations.push({
      ...first,
      id: 'alpha-eval-3',
      title: 'Alpha Mentoring: a follow-up',
      year: 2014,
    }); // new
    alpha.evaluations[2]!.outcomeResults = first.outcomeResults.map((r) => ({ ...r, id: `${r.id}-3` }));
    const police = theirs.organisations.find((o) => o.id === 'org-police');
    if (police === undefined) throw new Error('no organisation');
    theirs.organisations = [{ ...police, id: 'met-police', website: 'https://police.example.org' }]; // conflict by name
    alpha.organisations = [{ organisationId: 'met-police', role: 'lead' }];

    const preview = await ok<MergePreview>('merge/preview', { source: bundleSource(theirs) });
    const item = (key: string) => preview.items.find((i) => i.key === key);
    expect(item('intervention:alpha-mentoring')).toMatchObject({
      status: 'conflict',
      matchedBy: 'id',
      differences: [{ field: 'summary', theirs: 'A longer mentoring programme' }],
    });
    expect(item('organisation:met-police')).toMatchObject({
      status: 'conflict',
      matchedBy: 'name',
      mineId: 'org-police',
      differences: [{ field: 'website', mine: '—', theirs: 'https://police.example.org' }],
    });
    // Matched by name and identical, so only counted; its results, now gone from theirs, stay mine.
    expect(item('evaluation:alpha-trial-elsewhere')).toBeUndefined();
    expect(item('evaluation:alpha-eval-3')).toMatchObject({ status: 'new', matchedBy: null });
    expect(preview.items.filter((i) => i.kind === 'outcome_result').every((i) => i.status === 'new')).toBe(
      true,
    );
    expect(preview.counts.conflict).toBe(2);
    expect(preview.source).toMatchObject({
      kind: 'bundle',
      fileName: 'colleague.json',
      libraryName: 'Test library',
    });
  });

  it('applies each conflict as chosen, records provenance in history, and undo reverses the merge', async () => {
    const alpha = theirs.interventions[0]!;
    alpha.summary = 'Taken from theirs';
    alpha.staffing = 'Two youth workers';
    theirs.organisations = theirs.organisations.map((o) => ({ ...o, description: 'Changed by them' }));
    alpha.costItems.push({
      ...alpha.costItems[0]!,
      id: 'alpha-cost-new',
      description: 'Venue hire',
      amount: 500,
      amountLow: undefined,
      amountHigh: undefined,
    });
    const source = bundleSource(theirs, 'from-camden.json');
    const preview = await ok<MergePreview>('merge/preview', { source });
    const before = libraryRecords(mine.library);
    const choices = {
      ...all(preview, 'mine'),
      'intervention:alpha-mentoring': 'theirs' as const,
    };
    const applied = await ok<MergeApplied>('merge/apply', { source, choices, by: BY });
    expect(applied).toMatchObject({ added: 1, replaced: 1, kept: preview.counts.conflict - 1 });

    const detail = await ok<{ summary: string; staffing: string; costItems: { id: string }[] }>(
      'interventions/get',
      {
        id: 'alpha-mentoring',
      },
    );
    expect(detail).toMatchObject({ summary: 'Taken from theirs', staffing: 'Two youth workers' });
    expect(detail.costItems.map((c) => c.id)).toContain('alpha-cost-new');
    const org = await ok<{ description: string | null }>('organisations/get', { id: 'org-police' });
    expect(org.description).not.toBe('Changed by them');

    const [entry] = historyOf(mine.library.db, 'intervention', 'alpha-mentoring');
    expect(entry).toMatchObject({ action: 'import', userName: BY });
    expect(entry?.note).toContain('bundle “from-camden.json” (library “Test library”, exported ');
    const merge = lastUndoableChange(mine.library.db);
    expect(merge).toMatchObject({ entityType: 'library_merge', id: applied.changeId });

    await ok('history/undo', { by: BY });
    expect(libraryRecords(mine.library)).toEqual(before);
    expect(lastUndoableChange(mine.library.db)?.entityType).not.toBe('library_merge');
  });

  it('refuses a conflict without a choice, and a choice without a conflict, changing nothing', async () => {
    theirs.interventions[0]!.summary = 'Different';
    const source = bundleSource(theirs);
    const checksum = libraryChecksum(mine.library);
    const missing = await mine.dispatch('merge/apply', { source, choices: {}, by: BY });
    expect(missing).toMatchObject({ ok: false, error: { field: 'choices.intervention:alpha-mentoring' } });
    const stale = await mine.dispatch('merge/apply', {
      source,
      choices: { 'intervention:alpha-mentoring': 'mine', 'intervention:gone': 'theirs' },
      by: BY,
    });
    expect(stale).toMatchObject({ ok: false, error: { field: 'choices.intervention:gone' } });
    expect(libraryChecksum(mine.library)).toBe(checksum);
  });

  it.each([
    [
      'a field of the wrong type',
      (b: LibraryBundle) => ((b.interventions[0] as { tier: string }).tier = 'galactic'),
      'interventions.0.tier',
    ],
    [
      'an unknown reference',
      (b: LibraryBundle) => (b.interventions[0]!.approachTypeId = 'juggling'),
      'interventions.0.approachTypeId',
    ],
    [
      'a missing section',
      (b: LibraryBundle) => delete (b as Partial<LibraryBundle>).interventions,
      'interventions',
    ],
  ])('names the path of %s and leaves the library unchanged', async (_what, spoil, path) => {
    theirs.interventions[0]!.id = 'alpha-copy';
    theirs.interventions[0]!.name = 'Alpha copy';
    spoil(theirs);
    const checksum = libraryChecksum(mine.library);
    const source = bundleSource(theirs);
    for (const [method, input] of [
      ['merge/preview', { source }],
      ['merge/apply', { source, choices: {}, by: BY }],
    ] as const) {
      const result = await mine.dispatch(method, input);
      expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', field: path } });
      if (!result.ok) expect(result.error.message).toMatch(new RegExp(`^${path.replace(/\./g, '\\.')}: `));
    }
    expect(libraryChecksum(mine.library)).toBe(checksum);
  });

  it('refuses attachment bytes that do not match their checksum, writing nothing', async () => {
    await ok('attachments/add', {
      owner: { kind: 'intervention', id: 'alpha-mentoring' },
      fileName: 'a.txt',
      content: Buffer.from('hello').toString('base64'),
      by: BY,
    });
    const bundle = await ok<LibraryBundle>('bundles/export', { interventionIds: ['alpha-mentoring'] });
    const other = track(await Library.create(dir.file('other.ewb'), { name: 'Other' }));
    bundle.attachments[0]!.content = Buffer.from('hellO').toString('base64');
    const checksum = libraryChecksum(other.library);
    const result = await other.dispatch('merge/apply', { source: bundleSource(bundle), choices: {}, by: BY });
    expect(result).toMatchObject({ ok: false, error: { field: 'attachments.content' } });
    expect(libraryChecksum(other.library)).toBe(checksum);
  });
});

describe('merging another library file', () => {
  const fingerprint = (path: string) => ({
    sha256: createHash('sha256').update(readFileSync(path)).digest('hex'),
    mtimeMs: statSync(path).mtimeMs,
    wal: existsSync(`${path}-wal`),
  });

  it('reads it read-only: the file is byte for byte the same afterwards', async () => {
    const path = dir.file('theirs.ewb');
    (await createLibraryFromBundle(path, SAMPLE_BUNDLE)).close();
    const before = fingerprint(path);
    const { dispatch } = track(await miniLibrary(dir));

    const read = await readLibraryFile(path);
    expect(read.info).toMatchObject({ kind: 'library', fileName: 'theirs.ewb' });
    const source: MergeSource = {
      kind: 'library',
      fileName: 'theirs.ewb',
      content: readFileSync(path).toString('base64'),
    };
    const preview = await expectOk<MergePreview>(dispatch, 'merge/preview', { source });
    expect(preview.counts.new).toBeGreaterThan(0);
    await expectOk(dispatch, 'merge/apply', { source, choices: all(preview, 'theirs'), by: BY });
    expect(fingerprint(path)).toEqual(before);
  });

  it('refuses a file that is not a library, naming it', async () => {
    const { dispatch } = track(await miniLibrary(dir));
    const result = await dispatch('merge/preview', {
      source: {
        kind: 'library',
        fileName: 'notes.ewb',
        content: Buffer.from('not sqlite at all').toString('base64'),
      },
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    if (!result.ok) expect(result.error.message).toContain('not an Evidence Workbench library');
  });
});
