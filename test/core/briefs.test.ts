// Saved briefs, branding and snapshots on a real library through the API: each write in one
// transaction with history, undone by "Undo last change" (a deleted brief comes back with its
// snapshots); bad input refused naming the field and nothing written; a logo must be the image its
// type says; a deleted intervention leaves the brief whole.
import { describe, expect, it } from 'vitest';
import { storeSnapshot } from '../../electron/core/services/briefs/snapshots';
import type {
  Brief,
  BriefBranding,
  BriefFile,
  BriefSnapshotSummary,
  BriefSummary,
} from '../../shared/model/brief';
import type { BriefDocument } from '../../shared/model/brief-document';
import { illustrativeNoteText } from '../../shared/format/figure-text';
import type { DeleteOutcome, HistoryEntry, UndoOutcome } from '../../shared/model/editing';
import { expectOk } from '../helpers/api';
import { libraryChecksum } from '../helpers/libraries';
import { useMiniLibrary } from '../helpers/mini-library';

const mini = useMiniLibrary();
const ok = <T>(method: string, input: unknown) => expectOk<T>(mini.dispatch, method, input);
const undo = () => ok<UndoOutcome>('history/undo', { by: BY });

const BY = 'A. Commissioner';
const BRIEF = {
  title: 'Keeping young people in school',
  question: 'Which programme should the partnership fund to raise attendance?',
  audience: 'Partnership board',
  date: '2026-11-26',
  author: 'A. Commissioner',
  budget: 120000,
  outcomeId: 'attendance',
  interventionIds: ['alpha-mentoring', 'gamma-triage'],
  summary: 'Mentoring has the **most** evidence.',
  optionNotes: [
    { interventionId: 'gamma-triage', implementation: 'Needs custody suite access.', localDelivery: '' },
  ],
  by: BY,
};

const PNG = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex');

async function snapshotOf(briefId: string): Promise<BriefSnapshotSummary> {
  const doc = await ok<BriefDocument>('briefs/document', { id: briefId });
  return storeSnapshot(mini.library, {
    briefId,
    format: 'md',
    file: { fileName: 'brief.md', mediaType: 'text/markdown', bytes: Buffer.from('# The brief\n') },
    figures: doc.figures,
    by: BY,
  });
}

describe('briefs', () => {
  it('saves, gets, lists and updates a brief with history, and undo takes each change back', async () => {
    const { id } = await ok<{ id: string }>('briefs/save', BRIEF);
    expect(id).toBe('keeping-young-people-in-school');
    const saved = await ok<Brief>('briefs/get', { id });
    const { by: _by, ...fields } = BRIEF;
    expect(saved).toMatchObject({ ...fields, id, areaId: null, createdBy: BY, updatedBy: BY });
    expect(saved.sections.map((s) => s.kind)).toEqual([
      'summary',
      'options',
      'option-pages',
      'unknowns',
      'references',
      'method',
    ]);
    expect(await ok<BriefSummary[]>('briefs/list', {})).toEqual([
      {
        id,
        title: BRIEF.title,
        date: BRIEF.date,
        author: BRIEF.author,
        interventions: 2,
        snapshots: 0,
        updatedAt: saved.updatedAt,
      },
    ]);

    const reordered = [...saved.sections].reverse().map((s) => ({ ...s, included: s.kind !== 'references' }));
    await ok('briefs/save', {
      ...BRIEF,
      id,
      title: 'Attendance options',
      sections: reordered,
      by: 'B. Editor',
    });
    const updated = await ok<Brief>('briefs/get', { id });
    expect(updated).toMatchObject({
      title: 'Attendance options',
      sections: reordered,
      createdBy: BY,
      updatedBy: 'B. Editor',
    });
    const history = await ok<HistoryEntry[]>('history/list', { entityType: 'brief', entityId: id });
    expect(history.map((h) => h.action)).toEqual(['update', 'create']);
    expect(history[0]?.before).toEqual(saved);

    expect((await undo()).undone).toMatchObject({ entityType: 'brief', entityId: id, action: 'update' });
    expect(await ok<Brief>('briefs/get', { id })).toEqual(saved);
    await undo();
    expect(await ok<BriefSummary[]>('briefs/list', {})).toEqual([]);
  });

  it('deletes a brief with its snapshots after confirmation, and undo brings both back', async () => {
    const { id } = await ok<{ id: string }>('briefs/save', BRIEF);
    const snapshot = await snapshotOf(id);
    expect(await ok<BriefSnapshotSummary[]>('brief-snapshots/list', { id })).toEqual([snapshot]);
    const brief = await ok<Brief>('briefs/get', { id });

    expect(await ok<DeleteOutcome>('briefs/delete', { id, by: BY })).toEqual({
      deleted: false,
      dependents: [{ label: 'snapshots', count: 1 }],
    });
    expect(await ok<DeleteOutcome>('briefs/delete', { id, by: BY, confirm: true })).toMatchObject({
      deleted: true,
    });
    expect(await mini.dispatch('briefs/get', { id })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
    expect(await mini.dispatch('brief-snapshots/file', { id: snapshot.id })).toMatchObject({ ok: false });

    expect((await undo()).undone).toMatchObject({ entityType: 'brief', action: 'delete' });
    expect(await ok<Brief>('briefs/get', { id })).toEqual(brief);
    expect(await ok<BriefSnapshotSummary[]>('brief-snapshots/list', { id })).toEqual([snapshot]);
    const file = await ok<BriefFile>('brief-snapshots/file', { id: snapshot.id });
    expect(Buffer.from(file.content, 'base64').toString()).toBe('# The brief\n');
  });

  it('refuses bad input naming the field, and writes nothing', async () => {
    const before = libraryChecksum(mini.library);
    const cases: [Record<string, unknown>, string][] = [
      [{ title: '  ' }, 'title'],
      [{ date: '26/11/2026' }, 'date'],
      [{ budget: -1 }, 'budget'],
      [{ interventionIds: [] }, 'interventionIds'],
      [{ interventionIds: ['alpha-mentoring', 'alpha-mentoring'] }, 'interventionIds'],
      [{ outcomeId: 'no-such-outcome' }, 'outcomeId'],
      [{ areaId: 'atlantis' }, 'areaId'],
      [{ interventionIds: ['alpha-mentoring', 'no-such-programme'] }, 'interventionIds.1'],
      [
        { optionNotes: [{ interventionId: 'beta-sport', implementation: 'x', localDelivery: '' }] },
        'optionNotes.0.interventionId',
      ],
      [{ sections: [{ kind: 'summary', included: true }] }, 'sections'],
    ];
    for (const [change, field] of cases) {
      const result = await mini.dispatch('briefs/save', { ...BRIEF, ...change });
      expect(result, field).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', field } });
    }
    expect(await mini.dispatch('briefs/save', { ...BRIEF, id: 'missing' })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND', field: 'id' },
    });
    expect(libraryChecksum(mini.library)).toBe(before);
  });

  it('keeps an option whose intervention is deleted: the document says it is no longer in the library', async () => {
    const { id } = await ok<{ id: string }>('briefs/save', BRIEF);
    await ok('interventions/delete', { id: 'gamma-triage', by: BY, confirm: true });
    expect((await ok<Brief>('briefs/get', { id })).interventionIds).toEqual(BRIEF.interventionIds);
    const doc = await ok<BriefDocument>('briefs/document', { id });
    const options = doc.sections.find((s) => s.kind === 'options');
    expect(options?.kind === 'options' && options.rows.map((r) => r.intervention.id)).toEqual([
      'alpha-mentoring',
    ]);
    expect(options?.kind === 'options' && options.notes.join(' ')).toMatch(
      /Gamma Triage is no longer in the library/,
    );
    const unknowns = doc.sections.find((s) => s.kind === 'unknowns');
    expect(
      unknowns?.kind === 'unknowns' && unknowns.items.filter((i) => i.kind === 'not-in-library'),
    ).toHaveLength(1);
    expect(doc.figures.some((f) => f.key.startsWith('gamma-triage/'))).toBe(false);
    // The brief can still be saved as it is, though a deleted intervention cannot be added anew.
    await ok('briefs/save', { ...BRIEF, id, title: 'Still whole' });
    expect(
      await mini.dispatch('briefs/save', { ...BRIEF, id, interventionIds: ['beta-sport', 'gone'] }),
    ).toMatchObject({
      ok: false,
      error: { field: 'interventionIds.1' },
    });
    // Undoing the deletion puts the option back in the document.
    await undo();
    await undo();
    const again = await ok<BriefDocument>('briefs/document', { id });
    expect(again.figures.some((f) => f.key === 'gamma-triage/effect')).toBe(true);
  });
});

describe('the brief’s outcome and area', () => {
  it('moves with an outcome merged into another, back with its undo; an outcome or area in use is not deleted', async () => {
    const { id } = await ok<{ id: string }>('briefs/save', {
      ...BRIEF,
      outcomeId: 'exclusions',
      areaId: 'lambeth',
    });
    expect(await mini.dispatch('outcome-domains/delete', { id: 'exclusions', by: BY })).toMatchObject({
      ok: false,
      error: { message: expect.stringMatching(/brief/) },
    });
    expect(await mini.dispatch('areas/delete', { id: 'lambeth', by: BY })).toMatchObject({
      ok: false,
      error: { message: expect.stringMatching(/brief/) },
    });
    await ok('outcome-domains/merge', { id: 'exclusions', intoId: 'attendance', by: BY });
    expect((await ok<Brief>('briefs/get', { id })).outcomeId).toBe('attendance');
    await undo();
    expect((await ok<Brief>('briefs/get', { id })).outcomeId).toBe('exclusions');
  });
});

describe('the document’s illustrative flag', () => {
  it('follows the data: a study recorded from a source is not illustrative until it is marked so', async () => {
    const brief = {
      ...BRIEF,
      interventionIds: ['gamma-triage'],
      optionNotes: [],
      outcomeId: 'first-time-entrants',
    };
    const { id } = await ok<{ id: string }>('briefs/save', brief);
    const empty = await ok<BriefDocument>('briefs/document', { id });
    expect(empty.illustrative).toBe(false);
    expect(empty.figures.find((f) => f.key === 'gamma-triage/effect')?.text).toMatch(/^Not known: /);

    const { id: evaluationId } = await ok<{ id: string }>('evaluations/save', {
      interventionId: 'gamma-triage',
      title: 'Triage: matched comparison',
      independent: true,
      year: 2011,
      design: 'matched',
      illustrative: false,
      by: BY,
    });
    const result = {
      evaluationId,
      outcomeId: 'first-time-entrants',
      measureName: 'Entered the youth justice system',
      higherIsBetter: false,
      illustrative: false,
      dataType: 'binary',
      stats: { events1: 30, total1: 200, events2: 48, total2: 200 },
      by: BY,
    };
    const { id: resultId } = await ok<{ id: string }>('outcome-results/save', result);
    const sourced = await ok<BriefDocument>('briefs/document', { id });
    const effect = sourced.figures.find((f) => f.key === 'gamma-triage/effect');
    expect(effect).toMatchObject({ illustrative: false });
    expect(effect?.value).not.toBeNull();
    expect(sourced.illustrative).toBe(false);

    await ok('outcome-results/save', { ...result, id: resultId, illustrative: true });
    const invented = await ok<BriefDocument>('briefs/document', { id });
    expect(invented.figures.find((f) => f.key === 'gamma-triage/effect')).toMatchObject({
      illustrative: true,
    });
    expect(invented.illustrative).toBe(true);
    expect(invented.illustrativeWarning).toBe(illustrativeNoteText());
  });
});

describe('snapshots', () => {
  it('stores, lists, serves and deletes a snapshot with history; undo brings a deleted one back', async () => {
    const { id } = await ok<{ id: string }>('briefs/save', BRIEF);
    const snapshot = await snapshotOf(id);
    expect(snapshot).toMatchObject({
      briefId: id,
      format: 'md',
      fileName: 'brief.md',
      sizeBytes: 12,
      createdBy: BY,
    });
    expect((await ok<BriefSummary[]>('briefs/list', {}))[0]?.snapshots).toBe(1);
    const history = await ok<HistoryEntry[]>('history/list', {
      entityType: 'brief_snapshot',
      entityId: snapshot.id,
    });
    expect(history).toMatchObject([{ action: 'create', after: snapshot }]);

    expect(await ok<DeleteOutcome>('brief-snapshots/delete', { id: snapshot.id, by: BY })).toMatchObject({
      deleted: true,
    });
    expect(await ok<BriefSnapshotSummary[]>('brief-snapshots/list', { id })).toEqual([]);
    await undo();
    expect(await ok<BriefSnapshotSummary[]>('brief-snapshots/list', { id })).toEqual([snapshot]);
    // Undoing its creation removes it for good.
    await undo();
    expect(await ok<BriefSnapshotSummary[]>('brief-snapshots/list', { id })).toEqual([]);
    expect(mini.library.db.prepare('SELECT count(*) AS n FROM brief_snapshots').get()).toEqual({ n: 0 });
  });

  it('refuses a snapshot of a brief that does not exist, naming the field', () => {
    expect(() =>
      storeSnapshot(mini.library, {
        briefId: 'missing',
        format: 'html',
        file: { fileName: 'x.html', mediaType: 'text/html', bytes: Buffer.from('<p>x</p>') },
        figures: [],
        by: BY,
      }),
    ).toThrow(expect.objectContaining({ code: 'NOT_FOUND', field: 'briefId' }));
  });
});

describe('branding', () => {
  it('starts at the defaults, saves with history, checks the logo’s bytes, and undo restores', async () => {
    const defaults = await ok<BriefBranding>('brief-branding/get', {});
    expect(defaults).toEqual({
      partnershipName: '',
      primaryColour: '#1d4f91',
      accentColour: '#b8860b',
      logo: null,
    });
    const branding = {
      partnershipName: 'Lambeth Safer Partnership',
      primaryColour: '#203040',
      accentColour: '#aa5500',
      logo: { mediaType: 'image/png', content: PNG.toString('base64') },
    };
    expect(await ok<BriefBranding>('brief-branding/save', { ...branding, by: BY })).toEqual(branding);
    expect(await ok<BriefBranding>('brief-branding/get', {})).toEqual(branding);

    const before = libraryChecksum(mini.library);
    const jpegClaim = { ...branding, logo: { mediaType: 'image/jpeg', content: PNG.toString('base64') } };
    expect(await mini.dispatch('brief-branding/save', { ...jpegClaim, by: BY })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', field: 'logo.content' },
    });
    const script = {
      ...branding,
      logo: { mediaType: 'image/png', content: Buffer.from('<svg onload=x>').toString('base64') },
    };
    expect(await mini.dispatch('brief-branding/save', { ...script, by: BY })).toMatchObject({
      ok: false,
      error: { field: 'logo.content' },
    });
    expect(
      await mini.dispatch('brief-branding/save', { ...branding, primaryColour: 'red', by: BY }),
    ).toMatchObject({
      ok: false,
      error: { field: 'primaryColour' },
    });
    expect(libraryChecksum(mini.library)).toBe(before);

    await ok('brief-branding/save', { ...branding, partnershipName: 'Renamed', logo: null, by: BY });
    await undo();
    expect(await ok<BriefBranding>('brief-branding/get', {})).toEqual(branding);
    await undo();
    expect(await ok<BriefBranding>('brief-branding/get', {})).toEqual(defaults);
  });
});
