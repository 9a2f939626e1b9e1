// The bundled sample library: valid, loadable, built from the source documents (every quoted
// passage is really in its document), and honest about which figures are illustrative.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countRecords } from '../../electron/core/repos/library-counts';
import { type LibraryBundleV1, LibraryBundleV1Schema } from '../../shared/model/bundle';
import { REPO_ROOT, SAMPLE_BUNDLE, tempDir, type TempDir } from '../helpers/libraries';
import { createLibraryFromBundle } from '../../electron/core/services/sample-library';

const SOURCES = join(REPO_ROOT, 'resources', 'sample-library', 'sources');
const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

// The sample is written in bundle format 1 (kept so that the oldest format stays readable).
let bundle: LibraryBundleV1;
let dir: TempDir;
beforeAll(() => {
  bundle = LibraryBundleV1Schema.parse(JSON.parse(readFileSync(SAMPLE_BUNDLE, 'utf8')));
  dir = tempDir();
});
afterAll(() => dir.remove());

describe('sample library', () => {
  it('names at least 20 programmes from the source documents', () => {
    expect(bundle.interventions.length).toBeGreaterThanOrEqual(20);
    const names = bundle.interventions.map((i) => i.name).join('\n');
    for (const name of [
      'Safer Schools',
      'Kickz',
      'Met Track',
      'Volunteer Police Cadets',
      'Operation Connect',
    ]) {
      expect(names).toContain(name);
    }
  });

  it('quotes every cited passage verbatim from its document', () => {
    const documents = new Map(
      bundle.documents.map((d) => [d.id, collapse(readFileSync(join(SOURCES, d.id), 'utf8'))]),
    );
    const citations = bundle.interventions
      .flatMap((i) => [
        ...i.sources,
        ...i.evaluations.flatMap((e) => e.sources),
        ...i.costItems.flatMap((c) => c.sources),
      ])
      .concat(bundle.baselineRates.map((b) => b.source));
    expect(citations.length).toBeGreaterThan(bundle.interventions.length);
    for (const c of citations) expect(documents.get(c.document), c.passage).toContain(collapse(c.passage));
    for (const i of bundle.interventions) expect(i.sources.length, i.id).toBeGreaterThan(0);
  });

  it('marks invented statistics and costs as illustrative', () => {
    for (const i of bundle.interventions) {
      for (const e of i.evaluations) {
        expect(e.illustrative, e.id).toBe(true);
        for (const r of e.outcomeResults) expect(r.illustrative, r.id).toBe(true);
      }
      // A cost is real only when it cites the passage that states it.
      for (const c of i.costItems) expect(c.illustrative || c.sources.length > 0, c.id).toBe(true);
    }
  });

  it('loads into a library in one go', async () => {
    const library = await createLibraryFromBundle(dir.file('sample.ewb'), SAMPLE_BUNDLE);
    const counts = countRecords(library.db);
    expect(counts.interventions).toBe(bundle.interventions.length);
    expect(counts.evaluations).toBe(bundle.interventions.reduce((n, i) => n + i.evaluations.length, 0));
    expect(library.db.pragma('foreign_key_check')).toEqual([]);
    library.close();
  });
});
