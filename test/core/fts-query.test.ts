// Search-box text becomes a safe FTS5 query of word prefixes.
import { describe, expect, it } from 'vitest';
import { toFtsQuery } from '../../electron/core/repos/fts-query';

describe('toFtsQuery', () => {
  it('quotes every word as a prefix and drops FTS5 syntax', () => {
    expect(toFtsQuery('Kickz')).toBe('"Kickz"*');
    expect(toFtsQuery('  safer   schools ')).toBe('"safer"* "schools"*');
    expect(toFtsQuery('title:"x" OR NEAR(y)')).toBe('"title"* "x"* "OR"* "NEAR"* "y"*');
    expect(toFtsQuery('Café – Ealing’s')).toBe('"Café"* "Ealing"* "s"*');
    expect(toFtsQuery('*"()')).toBeNull();
  });
});
