// The desktop's attachment glue under plain Node: host methods behind the same IPC sender check,
// copies opened with the system viewer written under a safe name in a private folder, unknown
// types never opened, and "Save a copy" writing where the dialog says. The core is a real library.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createDispatch, type Dispatch } from '../../electron/core/api/dispatch';
import { APP_START_URL } from '../../electron/main/app-protocol';
import { attachmentHost, safeFileName } from '../../electron/main/attachment-files';
import { createInvokeHandler } from '../../electron/main/ipc-guard';
import type { Attachment } from '../../shared/model/attachments';
import { expectOk } from '../helpers/api';
import { type Library, miniLibrary, tempDir, type TempDir } from '../helpers/libraries';

let dir: TempDir;
let library: Library;
let dispatch: Dispatch;

beforeEach(async () => {
  dir = tempDir();
  library = await miniLibrary(dir);
  dispatch = createDispatch({ library });
});
afterEach(() => {
  library.close();
  dir.remove();
});

const PDF = Buffer.from('%PDF-1.4\n%%EOF\n', 'latin1');
const trusted = { senderFrame: { url: APP_START_URL, parent: null } };

function attach(fileName: string, bytes: Buffer): Promise<Attachment> {
  return expectOk<Attachment>(dispatch, 'attachments/add', {
    owner: { kind: 'evaluation', id: 'alpha-eval-1' },
    fileName,
    content: bytes.toString('base64'),
    by: 'Tester',
  });
}

function host(overrides: { openPath?: (path: string) => Promise<string>; savePath?: string | null } = {}) {
  const openPath = vi.fn(overrides.openPath ?? (() => Promise.resolve('')));
  const chooseSavePath = vi.fn((_name: string) =>
    Promise.resolve(overrides.savePath === undefined ? null : overrides.savePath),
  );
  const handlers = attachmentHost({
    dispatch: () => dispatch,
    tempRoot: () => dir.path,
    openPath,
    chooseSavePath,
  });
  return { handler: createInvokeHandler(() => dispatch, handlers), openPath, chooseSavePath };
}

describe('safe file names for copies', () => {
  it('keeps an ordinary name and its own extension', () => {
    expect(safeFileName('Final report 2021.pdf', ['.pdf'])).toBe('Final report 2021.pdf');
    expect(safeFileName('photo.JPEG', ['.jpg', '.jpeg'])).toBe('photo.JPEG');
  });

  it('forces the extension of the sniffed type, so no interpreter gets the file', () => {
    expect(safeFileName('run-me.exe', ['.pdf'])).toBe('run-me.exe.pdf');
    expect(safeFileName('notes', ['.txt'])).toBe('notes.txt');
  });

  it('removes what Windows forbids, hidden-file dots, device names and excess length', () => {
    expect(safeFileName('a<b>:c"d|e?f*.txt')).toBe('a_b__c_d_e_f_.txt');
    expect(safeFileName('..hidden. ')).toBe('hidden');
    expect(safeFileName('CON.txt')).toBe('_CON.txt');
    expect(safeFileName('tab\there.txt')).toBe('tab_here.txt');
    expect(safeFileName('...')).toBe('attachment');
    const long = safeFileName(`${'x'.repeat(300)}.pdf`);
    expect(long).toHaveLength(120);
    expect(long.endsWith('.pdf')).toBe(true);
  });
});

describe('host methods on the IPC channel', () => {
  it('refuses other senders before a host method runs', async () => {
    const { handler, openPath } = host();
    const added = await attach('report.pdf', PDF);
    const result = await handler(
      { senderFrame: { url: 'https://evil.example/', parent: null } },
      'attachments/open',
      { id: added.id },
    );
    expect(result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(openPath).not.toHaveBeenCalled();
  });

  it('validates a host method’s input by field', async () => {
    const { handler } = host();
    expect(await handler(trusted, 'attachments/open', { id: '' })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', field: 'id' },
    });
    expect(await handler(trusted, 'attachments/open', { id: 'no-such' })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
  });

  it('opens a copy under a safe name in a private folder, with the same bytes', async () => {
    const { handler, openPath } = host();
    const added = await attach('Report: final?.pdf', PDF);
    expect(await handler(trusted, 'attachments/open', { id: added.id })).toEqual({
      ok: true,
      value: { opened: true },
    });
    expect(openPath).toHaveBeenCalledTimes(1);
    const path = openPath.mock.calls[0]?.[0] ?? '';
    expect(path.startsWith(dir.path)).toBe(true);
    expect(path.endsWith('Report_ final_.pdf')).toBe(true);
    expect(readFileSync(path).equals(PDF)).toBe(true);
    if (process.platform !== 'win32') expect(statSync(path).mode & 0o077).toBe(0);
  });

  it('never opens a file of an unknown type, and says so', async () => {
    const { handler, openPath } = host();
    const added = await attach('tool.exe', Buffer.from([0x4d, 0x5a, 0x90, 0x00]));
    const result = await handler(trusted, 'attachments/open', { id: added.id });
    expect(result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    if (!result.ok) expect(result.error.message).toMatch(/save a copy/);
    expect(openPath).not.toHaveBeenCalled();
    expect(readdirSync(dir.path).filter((f) => f.startsWith('open-'))).toEqual([]);
  });

  it('passes on the system’s refusal to open a file', async () => {
    const { handler } = host({ openPath: () => Promise.resolve('No application knows how to open it') });
    const added = await attach('report.pdf', PDF);
    expect(await handler(trusted, 'attachments/open', { id: added.id })).toMatchObject({
      ok: false,
      error: { message: expect.stringContaining('No application knows how to open it') as unknown },
    });
  });

  it('saves a copy where the dialog says, and nothing when it is cancelled', async () => {
    const target = dir.file('saved.pdf');
    const saving = host({ savePath: target });
    const added = await attach('Q&A: notes.pdf', PDF);
    expect(await saving.handler(trusted, 'attachments/save', { id: added.id })).toEqual({
      ok: true,
      value: { saved: true },
    });
    expect(saving.chooseSavePath).toHaveBeenCalledWith('Q&A_ notes.pdf');
    expect(readFileSync(target).equals(PDF)).toBe(true);
    const cancelled = host({ savePath: null });
    expect(await cancelled.handler(trusted, 'attachments/save', { id: added.id })).toEqual({
      ok: true,
      value: { saved: false },
    });
  });

  it('sends every other method to the core', async () => {
    const { handler } = host();
    expect(
      await handler(trusted, 'attachments/list', { owner: { kind: 'evaluation', id: 'alpha-eval-1' } }),
    ).toEqual({
      ok: true,
      value: [],
    });
  });
});
