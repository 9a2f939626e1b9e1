// Brief exports as jobs: the phases a poll sees (gathering → drawing → writing → done) with
// progress from 0 to 1, the file fetched once done, a failure that says why and keeps no file;
// the API's refusals; and the desktop's save of a finished export, written where the dialog says.
import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { createDispatch } from '../../electron/core/api/dispatch';
import { briefExportFile, briefExportStatus, startBriefExport } from '../../electron/core/briefs/export-jobs';
import type { BriefPrinter } from '../../electron/core/briefs/printer';
import { loadBriefTemplate } from '../../electron/core/briefs/template';
import { APP_START_URL } from '../../electron/main/app-protocol';
import { briefFilesHost } from '../../electron/main/brief-files';
import { createInvokeHandler } from '../../electron/main/ipc-guard';
import type { BriefDiff, BriefExportStatus, BriefFile, BriefSnapshotSummary } from '../../shared/model/brief';
import type { BriefDocument } from '../../shared/model/brief-document';
import { expectOk } from '../helpers/api';
import { markdownWords } from '../helpers/brief-files';
import { briefDocumentFixture } from '../helpers/brief-document';
import { REPO_ROOT } from '../helpers/libraries';
import { useMiniLibrary } from '../helpers/mini-library';

const mini = useMiniLibrary();
const template = loadBriefTemplate(REPO_ROOT);
const PDF_BYTES = new TextEncoder().encode('%PDF-1.7 printed');

/** A printer whose PDF arrives when the test says, so a poll can see the job mid-way. */
function heldPrinter() {
  let release: (outcome: Uint8Array | Error) => void = () => undefined;
  const printed = new Promise<Uint8Array>((resolve, reject) => {
    release = (outcome) => (outcome instanceof Error ? reject(outcome) : resolve(outcome));
  });
  const printer: BriefPrinter = {
    pdf: () => printed,
    png: () => Promise.reject(new Error('no charts in this test')),
  };
  return { printer, release };
}

async function settled(jobId: string): Promise<BriefExportStatus> {
  for (;;) {
    const status = briefExportStatus(mini.library, jobId);
    if (status.state !== 'running') return status;
    await new Promise((done) => setTimeout(done, 5));
  }
}

const tick = () => new Promise((done) => setTimeout(done, 20));

describe('brief export jobs', () => {
  it('report each phase with rising progress, then hand over the file', async () => {
    const { printer, release } = heldPrinter();
    const { jobId } = startBriefExport(mini.library, {
      format: 'pdf',
      tools: { template, printer },
      gather: () => briefDocumentFixture(),
    });
    const first = briefExportStatus(mini.library, jobId);
    expect(first).toMatchObject({ state: 'running', phase: 'gathering', progress: 0, file: null });
    await tick();
    const waiting = briefExportStatus(mini.library, jobId);
    expect(waiting).toMatchObject({ state: 'running', phase: 'writing' });
    expect(waiting.progress).toBeGreaterThan(0);
    expect(waiting.progress).toBeLessThan(1);
    expect(() => briefExportFile(mini.library, jobId)).toThrow(/still being written/);

    release(PDF_BYTES);
    const done = await settled(jobId);
    expect(done).toMatchObject({
      state: 'succeeded',
      phase: 'done',
      progress: 1,
      message: null,
      file: {
        fileName: 'reducing-youth-reoffending-in-northtown-2026-11-26.pdf',
        mediaType: 'application/pdf',
        sizeBytes: PDF_BYTES.byteLength,
      },
    });
    const file = briefExportFile(mini.library, jobId);
    expect(Buffer.from(file.content, 'base64').toString()).toBe('%PDF-1.7 printed');
  });

  it('say why a failed export failed, and keep no file', async () => {
    const { printer, release } = heldPrinter();
    const { jobId } = startBriefExport(mini.library, {
      format: 'pdf',
      tools: { template, printer },
      gather: () => briefDocumentFixture(),
    });
    release(new Error('the printer ran out of paper'));
    const failed = await settled(jobId);
    expect(failed).toMatchObject({
      state: 'failed',
      file: null,
      message: 'The brief could not be exported as PDF: the printer ran out of paper',
    });
    expect(() => briefExportFile(mini.library, jobId)).toThrow(
      /has no file: The brief could not be exported/,
    );
  });

  it('fail in the gathering phase when the brief cannot be worked out', async () => {
    const { printer } = heldPrinter();
    const { jobId } = startBriefExport(mini.library, {
      format: 'md',
      tools: { template, printer },
      gather: () => {
        throw new Error('the outcome has been deleted');
      },
    });
    expect(await settled(jobId)).toMatchObject({
      state: 'failed',
      phase: 'gathering',
      message: 'The brief could not be exported as MD: the outcome has been deleted',
    });
  });

  it('are refused by the API for an unknown job or brief, and where the host has no printer', async () => {
    const { printer } = heldPrinter();
    const withTools = createDispatch({ library: mini.library, briefs: { template, printer } });
    expect(await withTools('brief-exports/progress', { jobId: 'nope' })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND', field: 'jobId' },
    });
    expect(await withTools('brief-exports/start', { id: 'no-such-brief', format: 'html' })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND', field: 'id' },
    });
    expect(await withTools('brief-exports/start', { id: 'x', format: 'odt' })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', field: 'format' },
    });
    expect(await mini.dispatch('brief-exports/start', { id: 'x', format: 'html' })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
  });
});

describe('a saved brief through the API', () => {
  const BY = 'A. Commissioner';
  const BRIEF = {
    title: 'Keeping young people in school',
    date: '2026-11-26',
    outcomeId: 'attendance',
    interventionIds: ['alpha-mentoring', 'gamma-triage'],
    summary: 'Mentoring has the **most** evidence.',
    by: BY,
  };

  async function saved() {
    const { printer } = heldPrinter();
    const dispatch = createDispatch({ library: mini.library, briefs: { template, printer } });
    const { id } = await expectOk<{ id: string }>(dispatch, 'briefs/save', BRIEF);
    return { dispatch, id };
  }

  it('exports as Markdown by a job the UI polls, with the figures briefs/document gives', async () => {
    const { dispatch, id } = await saved();
    const { jobId } = await expectOk<{ jobId: string }>(dispatch, 'brief-exports/start', {
      id,
      format: 'md',
    });
    let status = await expectOk<BriefExportStatus>(dispatch, 'brief-exports/progress', { jobId });
    while (status.state === 'running') {
      await tick();
      status = await expectOk<BriefExportStatus>(dispatch, 'brief-exports/progress', { jobId });
    }
    expect(status).toMatchObject({ state: 'succeeded', phase: 'done', progress: 1 });
    const file = await expectOk<BriefFile>(dispatch, 'brief-exports/file', { jobId });
    expect(file.fileName).toBe('keeping-young-people-in-school-2026-11-26.md');
    const md = markdownWords(Buffer.from(file.content, 'base64').toString('utf8'));
    const doc = await expectOk<BriefDocument>(dispatch, 'briefs/document', { id });
    for (const figure of doc.figures.filter(
      (f) => f.key.endsWith('/effect') || f.key.endsWith('/cost-per-participant'),
    ))
      expect(md).toContain(figure.text);
    // The author's bold stays bold.
    expect(md).toContain('Mentoring has the **most** evidence.');
  });

  it('freezes a snapshot: the file rendered now and the figures it shows, diffed as unchanged', async () => {
    const { dispatch, id } = await saved();
    const snapshot = await expectOk<BriefSnapshotSummary>(dispatch, 'brief-snapshots/create', {
      briefId: id,
      format: 'html',
      by: BY,
    });
    expect(snapshot).toMatchObject({
      briefId: id,
      format: 'html',
      fileName: 'keeping-young-people-in-school-2026-11-26.html',
      createdBy: BY,
    });
    const file = await expectOk<BriefFile>(dispatch, 'brief-snapshots/file', { id: snapshot.id });
    expect(Buffer.from(file.content, 'base64').toString('utf8')).toContain(
      '<h1>Keeping young people in school</h1>',
    );
    const doc = await expectOk<BriefDocument>(dispatch, 'briefs/document', { id });
    const diff = await expectOk<BriefDiff>(dispatch, 'brief-snapshots/diff', { id: snapshot.id });
    expect(diff.changes).toEqual([]);
    expect(diff.unchanged).toBe(doc.figures.length);
    expect(await dispatch('brief-snapshots/create', { briefId: 'nope', format: 'md', by: BY })).toMatchObject(
      {
        ok: false,
        error: { code: 'NOT_FOUND', field: 'briefId' },
      },
    );
  });
});

describe('brief-exports/save on the desktop', () => {
  const trusted = { senderFrame: { url: APP_START_URL, parent: null } };

  function host(savePath: string | null) {
    const chooseSavePath = vi.fn((_name: string) => Promise.resolve(savePath));
    const handler = createInvokeHandler(
      () => mini.dispatch,
      briefFilesHost({ dispatch: () => mini.dispatch, chooseSavePath }),
    );
    return { handler, chooseSavePath };
  }

  it('saves a finished export where the dialog says, and nothing when it is cancelled', async () => {
    const { printer } = heldPrinter();
    const { jobId } = startBriefExport(mini.library, {
      format: 'html',
      tools: { template, printer },
      gather: () => briefDocumentFixture(),
    });
    await settled(jobId);
    const path = mini.dir.file('chosen.html');
    const { handler, chooseSavePath } = host(path);
    expect(await handler(trusted, 'brief-exports/save', { jobId })).toMatchObject({
      ok: true,
      value: { saved: true, fileName: 'reducing-youth-reoffending-in-northtown-2026-11-26.html' },
    });
    expect(chooseSavePath).toHaveBeenCalledWith('reducing-youth-reoffending-in-northtown-2026-11-26.html');
    expect(readFileSync(path, 'utf8')).toContain('<title>Reducing youth reoffending in Northtown</title>');

    expect(await host(null).handler(trusted, 'brief-exports/save', { jobId })).toMatchObject({
      ok: true,
      value: { saved: false },
    });
    expect(await host(path).handler(trusted, 'brief-exports/save', { jobId: 'nope' })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
  });
});
