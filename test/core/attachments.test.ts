// Attachments on a real library: files stored and read back byte for byte with their sha256, their
// type sniffed from their bytes, bad names and oversized files refused by field, history kept
// (metadata only) and every change undoable, including deletes that take files with them.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createDispatch } from '../../electron/core/api/dispatch';
import { evaluationsOf } from '../../electron/core/repos/evaluations';
import { toBundleEvaluation } from '../../electron/core/services/bundle-export';
import {
  type Attachment,
  type AttachmentContent,
  MAX_ATTACHMENT_BYTES,
} from '../../shared/model/attachments';
import type { InterventionDetail } from '../../shared/model/catalogue';
import type { DeleteOutcome, HistoryEntry, UndoOutcome } from '../../shared/model/editing';
import { expectOk } from '../helpers/api';
import { Library } from '../helpers/libraries';
import { useMiniLibrary } from '../helpers/mini-library';

const mini = useMiniLibrary();

const ok = <T>(method: string, input: unknown) => expectOk<T>(mini.dispatch, method, input);
const BY = 'A. Researcher';
const EVALUATION = { kind: 'evaluation', id: 'alpha-eval-1' } as const;
const INTERVENTION = { kind: 'intervention', id: 'alpha-mentoring' } as const;

const PDF = Buffer.from('%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n', 'latin1');
const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

function attach(owner: { kind: string; id: string }, fileName: string, bytes: Buffer) {
  return ok<Attachment>('attachments/add', { owner, fileName, content: bytes.toString('base64'), by: BY });
}

const list = (owner: { kind: string; id: string }) => ok<Attachment[]>('attachments/list', { owner });
const count = (table: string) =>
  (mini.library.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;

describe('adding and reading back', () => {
  it('stores the bytes, sniffs the type, hashes in the core and gives the same bytes back', async () => {
    const added = await attach(EVALUATION, 'Final report.pdf', PDF);
    expect(added).toMatchObject({
      owner: EVALUATION,
      fileName: 'Final report.pdf',
      mediaType: 'application/pdf',
      sizeBytes: PDF.length,
      sha256: sha256(PDF),
    });
    expect(await list(EVALUATION)).toEqual([added]);
    expect(await list(INTERVENTION)).toEqual([]);
    const got = await ok<AttachmentContent>('attachments/content', { id: added.id });
    expect(got.attachment).toEqual(added);
    expect(Buffer.from(got.content, 'base64').equals(PDF)).toBe(true);
  });

  it('trusts the bytes, not the name, for the type', async () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
    expect((await attach(INTERVENTION, 'looks-like.pdf', png)).mediaType).toBe('image/png');
    const binary = Buffer.from([0x4d, 0x5a, 0x90, 0x00, 0x03]);
    expect((await attach(INTERVENTION, 'report.pdf', binary)).mediaType).toBe('application/octet-stream');
    const csv = Buffer.from('area,count\nLambeth,12\n');
    expect((await attach(INTERVENTION, 'counts.csv', csv)).mediaType).toBe('text/csv');
  });

  it('refuses a bad file name, naming the field, and stores nothing', async () => {
    for (const fileName of ['../escape.pdf', 'folder\\report.pdf', '  ', '..', 'bell\u0007.pdf']) {
      const result = await mini.dispatch('attachments/add', {
        owner: EVALUATION,
        fileName,
        content: PDF.toString('base64'),
        by: BY,
      });
      expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', field: 'fileName' } });
    }
    expect(count('attachments')).toBe(0);
    expect(count('change_history')).toBe(0);
  });

  it('refuses a file over the size limit before decoding it, naming the field', async () => {
    const tooBig = 'A'.repeat(4 * Math.ceil((MAX_ATTACHMENT_BYTES + 3) / 3));
    const result = await mini.dispatch('attachments/add', {
      owner: EVALUATION,
      fileName: 'huge.pdf',
      content: tooBig,
      by: BY,
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', field: 'content' } });
    if (!result.ok) expect(result.error.message).toMatch(/larger than 20 MB/);
    const notBase64 = await mini.dispatch('attachments/add', {
      owner: EVALUATION,
      fileName: 'x.pdf',
      content: 'not base64!',
      by: BY,
    });
    expect(notBase64).toMatchObject({ ok: false, error: { field: 'content' } });
    expect(count('attachments')).toBe(0);
  });

  it('refuses an owner that does not exist and an unknown attachment', async () => {
    expect(
      await mini.dispatch('attachments/add', {
        owner: { kind: 'evaluation', id: 'no-such' },
        fileName: 'a.pdf',
        content: PDF.toString('base64'),
        by: BY,
      }),
    ).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', field: 'owner.id' } });
    expect(await mini.dispatch('attachments/content', { id: 'nope' })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
  });

  it('refuses to change a read-only library', async () => {
    const readOnly = await Library.open(mini.library.path, { readOnly: true });
    try {
      const result = await createDispatch({ library: readOnly })('attachments/add', {
        owner: EVALUATION,
        fileName: 'a.pdf',
        content: PDF.toString('base64'),
        by: BY,
      });
      expect(result).toMatchObject({ ok: false, error: { code: 'READ_ONLY' } });
    } finally {
      readOnly.close();
    }
  });
});

describe('history and undo', () => {
  it('records metadata only, and undoes an add', async () => {
    const added = await attach(EVALUATION, 'report.pdf', PDF);
    const history = await ok<HistoryEntry[]>('history/list', {
      entityType: 'attachment',
      entityId: added.id,
    });
    expect(history).toHaveLength(1);
    expect(history[0]).toMatchObject({ action: 'create', before: null, after: added, userName: BY });
    expect(JSON.stringify(history[0]?.after)).not.toContain(PDF.toString('base64'));
    const undo = await ok<UndoOutcome>('history/undo', { by: BY });
    expect(undo.undone).toMatchObject({ entityType: 'attachment', entityId: added.id, action: 'create' });
    expect(await list(EVALUATION)).toEqual([]);
  });

  it('undoes a delete, bringing the same bytes back', async () => {
    const added = await attach(INTERVENTION, 'report.pdf', PDF);
    expect(await ok<DeleteOutcome>('attachments/delete', { id: added.id, by: BY })).toEqual({
      deleted: true,
      dependents: [],
    });
    expect(await list(INTERVENTION)).toEqual([]);
    await ok<UndoOutcome>('history/undo', { by: BY });
    expect(await list(INTERVENTION)).toEqual([added]);
    const got = await ok<AttachmentContent>('attachments/content', { id: added.id });
    expect(sha256(Buffer.from(got.content, 'base64'))).toBe(added.sha256);
    expect(count('removed_attachments')).toBe(0);
  });

  it('counts attachments in what a delete would take, and an undo brings them back', async () => {
    const onEvaluation = await attach(EVALUATION, 'report.pdf', PDF);
    const onIntervention = await attach(INTERVENTION, 'logic-model.txt', Buffer.from('inputs -> outputs\n'));
    const asked = await ok<DeleteOutcome>('evaluations/delete', { id: EVALUATION.id, by: BY });
    expect(asked.deleted).toBe(false);
    expect(asked.dependents).toContainEqual({ label: 'attachments', count: 1 });
    const detail = await ok<InterventionDetail>('interventions/get', { id: INTERVENTION.id });
    expect(detail.attachmentCount).toBe(2);
    const askedIntervention = await ok<DeleteOutcome>('interventions/delete', {
      id: INTERVENTION.id,
      by: BY,
    });
    expect(askedIntervention.dependents).toContainEqual({ label: 'attachments', count: 2 });

    await ok('interventions/delete', { id: INTERVENTION.id, by: BY, confirm: true });
    expect(count('attachments')).toBe(0);
    await ok<UndoOutcome>('history/undo', { by: BY });
    expect(await list(EVALUATION)).toEqual([onEvaluation]);
    expect(await list(INTERVENTION)).toEqual([onIntervention]);

    await ok('evaluations/delete', { id: EVALUATION.id, by: BY, confirm: true });
    expect(await mini.dispatch('attachments/content', { id: onEvaluation.id })).toMatchObject({ ok: false });
    await ok<UndoOutcome>('history/undo', { by: BY });
    expect(await list(EVALUATION)).toEqual([onEvaluation]);
  });

  it('keeps an evaluation’s files when an edit to it is undone', async () => {
    const added = await attach(EVALUATION, 'report.pdf', PDF);
    const view = evaluationsOf(mini.library.db, INTERVENTION.id).find((e) => e.id === EVALUATION.id);
    if (view === undefined) throw new Error('the mini library lost its evaluation');
    const { outcomeResults: _results, ...fields } = toBundleEvaluation(view);
    await ok('evaluations/save', { ...fields, title: 'Renamed', interventionId: INTERVENTION.id, by: BY });
    // Undoing the edit writes the evaluation whole again; its files must survive that.
    await ok<UndoOutcome>('history/undo', { by: BY });
    expect(mini.library.db.prepare('SELECT title FROM evaluations WHERE id = ?').get(EVALUATION.id)).toEqual({
      title: view.title,
    });
    expect(await list(EVALUATION)).toEqual([added]);
  });
});
