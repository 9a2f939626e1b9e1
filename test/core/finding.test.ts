// Search across records with highlighted matches, and saved views kept in the library file.
import { describe, expect, it } from 'vitest';
import { createDispatch } from '../../electron/core/api/dispatch';
import { toParts } from '../../electron/core/repos/search';
import type { SavedView, SearchHit } from '../../shared/model/finding';
import { expectOk } from '../helpers/api';
import { Library } from '../helpers/libraries';
import { useMiniLibrary } from '../helpers/mini-library';

const mini = useMiniLibrary('file');

const ok = <T>(method: string, input: unknown) => expectOk<T>(mini.dispatch, method, input);
const plain = (parts: { text: string }[]) => parts.map((p) => p.text).join('');
const marked = (parts: { text: string; match: boolean }[]) => parts.filter((p) => p.match).map((p) => p.text);

describe('search/all', () => {
  it('finds an evaluation by a word only in its findings, marking the match', async () => {
    const hits = await ok<SearchHit[]>('search/all', { query: 'zebrafinch' });
    expect(hits.map((h) => [h.entityType, h.entityId, h.interventionId])).toEqual([
      ['evaluation', 'alpha-eval-1', 'alpha-mentoring'],
    ]);
    expect(marked(hits[0]?.snippet ?? [])).toEqual(['zebrafinch']);
    expect(plain(hits[0]?.snippet ?? [])).toContain('the zebrafinch measure was unusual');
  });

  it('searches interventions and organisations too, by word prefix', async () => {
    const hits = await ok<SearchHit[]>('search/all', { query: 'test univ' });
    expect(hits.map((h) => [h.entityType, h.entityId])).toEqual([['organisation', 'org-uni']]);
    expect(marked(hits[0]?.title ?? [])).toEqual(['Test', 'University']);
    const alpha = await ok<SearchHit[]>('search/all', { query: 'Alpha', limit: 5 });
    expect(alpha.map((h) => h.entityType)).toContain('intervention');
  });

  it('names a missing query', async () => {
    expect(await mini.dispatch('search/all', { query: '  ' })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', field: 'query' },
    });
  });

  it('splits marked text into runs', () => {
    expect(toParts('a \u0002b\u0003 c \u0002d\u0003')).toEqual([
      { text: 'a ', match: false },
      { text: 'b', match: true },
      { text: ' c ', match: false },
      { text: 'd', match: true },
    ]);
    expect(toParts('')).toEqual([]);
  });
});

describe('views', () => {
  it('saves, replaces by name, lists and deletes views, which outlive closing the library', async () => {
    const state = {
      columns: [{ colId: 'tier', hide: true }],
      sort: [{ colId: 'name', sort: 'desc' }],
      search: 'kick',
    };
    const { id } = await ok<{ id: string }>('views/save', { screen: 'catalogue', name: 'Mine', state });
    await ok('views/save', { screen: 'catalogue', name: 'Mine', state: { ...state, search: 'mentor' } });
    // Another connection to the file, as after a restart, sees the same views.
    const reopened = await Library.open(mini.library.path, { readOnly: true });
    const listed = await createDispatch({ library: reopened })('views/list', { screen: 'catalogue' });
    reopened.close();
    const views = listed.ok ? (listed.value as SavedView[]) : [];
    expect(views).toMatchObject([{ id, name: 'Mine', state: { ...state, search: 'mentor' } }]);
    expect(await ok('views/delete', { id })).toEqual({ deleted: true });
    expect(await ok('views/list', { screen: 'catalogue' })).toEqual([]);
  });

  it('refuses an unnamed view', async () => {
    expect(await mini.dispatch('views/save', { screen: 'catalogue', name: '', state: {} })).toMatchObject({
      ok: false,
      error: { field: 'name' },
    });
  });
});
