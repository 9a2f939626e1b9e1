// The desktop's "save the export" under plain Node: the grid exported by the real core, written where
// the save dialog says, nothing written when the dialog is cancelled, and bad input refused by name.
import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { APP_START_URL } from '../../electron/main/app-protocol';
import { exportHost } from '../../electron/main/export-files';
import { createInvokeHandler } from '../../electron/main/ipc-guard';
import { readCsv } from '../helpers/export-files';
import { useMiniLibrary } from '../helpers/mini-library';

const mini = useMiniLibrary();

const trusted = { senderFrame: { url: APP_START_URL, parent: null } };
const INPUT = {
  grid: 'interventions',
  query: { sort: [{ field: 'name', direction: 'desc' }] },
  columns: [{ id: 'name', header: 'Intervention' }],
  format: 'csv',
};

function host(savePath: string | null) {
  const chooseSavePath = vi.fn((_name: string) => Promise.resolve(savePath));
  const handler = createInvokeHandler(
    () => mini.dispatch,
    exportHost({ dispatch: () => mini.dispatch, chooseSavePath }),
  );
  return { handler, chooseSavePath };
}

describe('exports/save on the desktop', () => {
  it('saves the grid as shown where the dialog says', async () => {
    const path = mini.dir.file('chosen.csv');
    const { handler, chooseSavePath } = host(path);
    const result = await handler(trusted, 'exports/save', INPUT);
    expect(result).toMatchObject({ ok: true, value: { saved: true, rowCount: 3 } });
    expect(chooseSavePath.mock.calls[0]?.[0]).toMatch(/^catalogue-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(readCsv(readFileSync(path))).toEqual([
      ['Intervention'],
      ['Gamma Triage'],
      ['Beta Sports Diversion'],
      ['Alpha Mentoring'],
    ]);
  });

  it('writes nothing when the dialog is cancelled, and refuses bad input naming the field', async () => {
    const { handler } = host(null);
    expect(await handler(trusted, 'exports/save', INPUT)).toMatchObject({
      ok: true,
      value: { saved: false },
    });
    const bad = await handler(trusted, 'exports/save', { ...INPUT, format: 'pdf' });
    expect(bad).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', field: 'format' } });
  });
});
