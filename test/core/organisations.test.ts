// Organisations on a real library: the list with how much relates to each, one organisation's
// page (interventions by role, evaluations it carried out), and the change an undo would undo.
import { describe, expect, it } from 'vitest';
import { createDispatch } from '../../electron/core/api/dispatch';
import type { HistoryEntry, UndoOutcome } from '../../shared/model/editing';
import type { OrganisationDetail, OrganisationRow } from '../../shared/model/organisations';
import { expectOk } from '../helpers/api';
import { Library } from '../helpers/libraries';
import { useMiniLibrary } from '../helpers/mini-library';

const mini = useMiniLibrary();

const ok = <T>(method: string, input: unknown) => expectOk<T>(mini.dispatch, method, input);
const BY = 'A. Researcher';

describe('organisations/list', () => {
  it('lists every organisation by name with the interventions and evaluations that relate to it', async () => {
    await ok('organisations/save', {
      name: 'Acme Funders',
      kind: 'funder',
      website: 'https://acme.example',
      by: BY,
    });
    const rows = await ok<OrganisationRow[]>('organisations/list', {});
    expect(rows).toEqual([
      {
        id: 'acme-funders',
        name: 'Acme Funders',
        kind: 'funder',
        website: 'https://acme.example',
        interventionCount: 0,
        evaluationCount: 0,
      },
      {
        id: 'org-police',
        name: 'Test Police Service',
        kind: 'police',
        website: null,
        interventionCount: 1,
        evaluationCount: 0,
      },
      {
        id: 'org-uni',
        name: 'Test University',
        kind: 'research',
        website: null,
        interventionCount: 0,
        evaluationCount: 1,
      },
    ]);
  });
});

describe('organisations/get', () => {
  it('gives the interventions it works on, by role, and the evaluations it carried out', async () => {
    const police = await ok<OrganisationDetail>('organisations/get', { id: 'org-police' });
    expect(police).toMatchObject({ id: 'org-police', name: 'Test Police Service', kind: 'police' });
    expect(police.interventions).toEqual([{ id: 'alpha-mentoring', name: expect.any(String), role: 'lead' }]);
    expect(police.evaluations).toEqual([]);

    const uni = await ok<OrganisationDetail>('organisations/get', { id: 'org-uni' });
    expect(uni.interventions).toEqual([]);
    expect(uni.evaluations).toEqual([
      {
        id: 'alpha-eval-1',
        title: expect.any(String),
        year: expect.any(Number),
        interventionId: 'alpha-mentoring',
        interventionName: police.interventions[0]?.name,
      },
    ]);
  });

  it('refuses an unknown id with NOT_FOUND naming the field', async () => {
    expect(await mini.dispatch('organisations/get', { id: 'nobody' })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND', field: 'id' },
    });
  });
});

describe('history/last', () => {
  it('gives the change an undo would undo, and then the one before it', async () => {
    expect(await ok<{ change: HistoryEntry | null }>('history/last', {})).toEqual({ change: null });
    await ok('organisations/save', { name: 'Acme Funders', kind: 'funder', by: BY });
    await ok('organisations/save', {
      id: 'acme-funders',
      name: 'Acme Funding',
      kind: 'funder',
      by: 'B. Editor',
    });

    const last = await ok<{ change: HistoryEntry | null }>('history/last', {});
    expect(last.change).toMatchObject({
      entityType: 'organisation',
      entityId: 'acme-funders',
      action: 'update',
      userName: 'B. Editor',
      before: { name: 'Acme Funders' },
      after: { name: 'Acme Funding' },
    });
    const undone = await ok<UndoOutcome>('history/undo', { by: BY });
    expect(undone.undone?.id).toBe(last.change?.id);

    const next = await ok<{ change: HistoryEntry | null }>('history/last', {});
    expect(next.change).toMatchObject({ entityId: 'acme-funders', action: 'create', userName: BY });
  });

  it('on a read-only library, shows the last change but refuses to undo it', async () => {
    await ok('organisations/save', { name: 'Acme Funders', kind: 'funder', by: BY });
    const readOnly = await Library.open(mini.library.path, { readOnly: true });
    try {
      const readOnlyDispatch = createDispatch({ library: readOnly });
      expect(await expectOk(readOnlyDispatch, 'history/last', {})).toMatchObject({
        change: { entityId: 'acme-funders', action: 'create' },
      });
      expect(await readOnlyDispatch('history/undo', { by: BY })).toMatchObject({
        ok: false,
        error: { code: 'READ_ONLY' },
      });
    } finally {
      readOnly.close();
    }
    expect(await ok('organisations/get', { id: 'acme-funders' })).toMatchObject({ name: 'Acme Funders' });
  });
});
