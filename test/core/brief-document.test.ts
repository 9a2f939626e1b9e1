// The brief document worked out from a real copy of the sample library: every figure is the one
// compare/get and value/get give (nothing hard-coded here), sections follow the author's order and
// choice, a change to the library's data shows in a snapshot's diff, and hostile author text stays
// literal text.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDispatch, type Dispatch } from '../../electron/core/api/dispatch';
import { outcomeResultSnapshot } from '../../electron/core/services/editing';
import { storeSnapshot } from '../../electron/core/services/briefs/snapshots';
import { createLibraryFromBundle } from '../../electron/core/services/sample-library';
import { formatEffect, formatEffectInterval, formatFigureValue } from '../../shared/format';
import { illustrativeNoteText, ratingText } from '../../shared/format/figure-text';
import type { RichBlock, RichInline } from '../../shared/format/rich-text';
import { type BriefDiff, DEFAULT_BRIEF_SECTIONS } from '../../shared/model/brief';
import type { BriefDocument, BriefDocumentSectionOf, BriefFigure } from '../../shared/model/brief-document';
import type { Comparison } from '../../shared/model/compare';
import type { EvidenceSummary } from '../../shared/model/evidence';
import type { Figure, ValueReport } from '../../shared/model/value';
import { expectOk } from '../helpers/api';
import { type Library, SAMPLE_BUNDLE, tempDir, type TempDir } from '../helpers/libraries';

let dir: TempDir;
let library: Library;
let dispatch: Dispatch;

const ok = <T>(method: string, input: unknown) => expectOk<T>(dispatch, method, input);
const BY = 'A. Commissioner';
const OUTCOME = 'proven-reoffending';
const THREE = [
  'final-warnings-restorative-justice',
  'youth-justice-triage',
  'diamond-districts-resettlement',
];
const BRIEF = {
  title: 'Reducing re-offending in Lambeth',
  date: '2026-11-26',
  outcomeId: OUTCOME,
  interventionIds: THREE,
  by: BY,
};

beforeAll(async () => {
  dir = tempDir();
  library = await createLibraryFromBundle(dir.file('sample.ewb'), SAMPLE_BUNDLE);
  dispatch = createDispatch({ library });
});
afterAll(() => {
  library.close();
  dir.remove();
});

async function documentOf(brief: Record<string, unknown>): Promise<{ id: string; doc: BriefDocument }> {
  const { id } = await ok<{ id: string }>('briefs/save', brief);
  return { id, doc: await ok<BriefDocument>('briefs/document', { id }) };
}

function section<K extends BriefDocument['sections'][number]['kind']>(doc: BriefDocument, kind: K) {
  const found = doc.sections.find((s) => s.kind === kind);
  if (found === undefined) throw new Error(`no ${kind} section`);
  return found as BriefDocumentSectionOf<K>;
}

const figureText = (f: Figure) => (f.status === 'ok' ? formatFigureValue(f.value, f.unit) : null);
const figureValue = (f: Figure) => (f.status === 'ok' ? f.value : null);

describe('briefs/document on the sample library', () => {
  it('prints each option’s name, ratings, effect and costs exactly as compare/get and value/get give them', async () => {
    const { doc } = await documentOf(BRIEF);
    const comparison = await ok<Comparison>('compare/get', { ids: THREE, outcomeId: OUTCOME });
    const rows = section(doc, 'options').rows;
    const pages = section(doc, 'option-pages').pages;
    expect(rows.map((r) => r.intervention.id)).toEqual(THREE);
    for (const [i, c] of comparison.interventions.entries()) {
      const row = rows[i];
      const page = pages[i];
      if (row === undefined || page === undefined) throw new Error('an option is missing');
      expect(row.intervention.name).toBe(c.intervention.name);
      expect(page.intervention.name).toBe(c.intervention.name);

      // Every framework's rating, the first in the table.
      expect(page.evidence.ratings.map((r) => r.framework)).toEqual(c.ratings.map((f) => f.framework.name));
      for (const [k, framework] of c.ratings.entries()) {
        const shown = framework.ratings.filter(
          (r) => framework.framework.scope !== 'outcome' || r.subject.id === OUTCOME,
        );
        for (const rated of shown) expect(page.evidence.ratings[k]?.rating.text).toContain(ratingText(rated));
      }
      expect(row.rating).toEqual(page.evidence.ratings[0]?.rating);

      // The effect with its interval, or what it needs.
      if (c.effect.status === 'ok') {
        expect(row.effect.value).toBe(c.effect.estimate);
        expect(row.effect.text).toBe(
          `${formatEffect(c.effect.estimate)} (95% CI ${formatEffectInterval(c.effect.ciLower, c.effect.ciUpper)})`,
        );
      } else {
        expect(row.effect.value).toBeNull();
        expect(row.effect.text).toContain(c.effect.needed);
      }
      expect(page.evidence.effect).toEqual(row.effect);

      // Costs and value: compare's own figures, which are value/get's.
      const value = await ok<ValueReport>('value/get', {
        interventionId: c.intervention.id,
        ...(c.effect.status === 'ok' ? { outcomeId: OUTCOME } : {}),
      });
      expect(row.costPerParticipant.value).toBe(figureValue(value.figures.costPerParticipant));
      if (figureText(value.figures.costPerParticipant) !== null)
        expect(row.costPerParticipant.text).toBe(figureText(value.figures.costPerParticipant));
      for (const key of ['costPerOutcome', 'benefitCostRatio'] as const) {
        expect(row[key].value).toBe(figureValue(c.value[key]));
        const text = figureText(c.value[key]);
        if (text === null) expect(row[key].text).toMatch(/^Not known: /);
        else expect(row[key].text).toBe(text);
      }
      if (c.effect.status === 'ok') {
        for (const f of page.value) {
          const key = Object.keys(value.figures).find(
            (k) => f.key === `${c.intervention.id}/${k.replace(/[A-Z]/g, (x) => `-${x.toLowerCase()}`)}`,
          );
          expect(key, f.key).toBeDefined();
          expect(f.value, f.key).toBe(figureValue(value.figures[key as keyof ValueReport['figures']]));
        }
      }
    }
    // Every printed figure once, with the options' figures among them.
    const keys = doc.figures.map((f) => f.key);
    expect(new Set(keys).size).toBe(keys.length);
    for (const row of rows) expect(doc.figures).toContainEqual(row.costPerParticipant);
    // Every evaluation of the options is cited, with its address where it has one.
    const details = await Promise.all(
      THREE.map((id) =>
        ok<{ evaluations: { id: string; url: string | null }[] }>('interventions/get', { id }),
      ),
    );
    const references = section(doc, 'references').references;
    expect(references.map((r) => r.id).sort()).toEqual(
      details.flatMap((d) => d.evaluations.map((e) => e.id)).sort(),
    );
    for (const e of details.flatMap((d) => d.evaluations))
      if (e.url !== null) expect(references.find((r) => r.id === e.id)?.url).toBe(e.url);
    // The method appendix names the library, versions and settings.
    const method = section(doc, 'method');
    expect(method.settings.map((s) => s.label)).toEqual(
      expect.arrayContaining([
        'Library',
        'Library format version',
        'Evidence Workbench version',
        'Generated',
        'Price year',
        'Discount rate',
        'Baseline rate',
      ]),
    );
    expect(method.settings.find((s) => s.label === 'Evidence Workbench version')?.value).toBe(doc.appVersion);
    expect(doc.appVersion).toMatch(/^\d+\.\d+\.\d+/);
  });

  it('marks figures resting on illustrative data, and then carries the screens’ warning', async () => {
    const { doc } = await documentOf(BRIEF);
    for (const id of THREE) {
      const evidence = await ok<EvidenceSummary>('evidence/get', { interventionId: id });
      const pooled = evidence.pooled.find((p) => p.outcome.id === OUTCOME);
      const used = new Set(pooled?.studies.map((s) => s.outcomeResultId) ?? []);
      const effectIllustrative = evidence.effects.some((e) => used.has(e.outcomeResultId) && e.illustrative);
      expect(doc.figures.find((f) => f.key === `${id}/effect`)?.illustrative, id).toBe(effectIllustrative);
    }
    expect(doc.illustrative).toBe(
      doc.figures.some((f) => f.illustrative) ||
        section(doc, 'option-pages').pages.some((p) => p.illustrative),
    );
    expect(doc.illustrativeWarning).toBe(illustrativeNoteText());
  });

  it('holds only the included sections, in the author’s order, and prints only their figures', async () => {
    const order = ['method', 'summary', 'unknowns', 'options', 'references', 'option-pages'] as const;
    const sections = order.map((kind) => ({
      kind,
      included: kind !== 'option-pages' && kind !== 'references',
    }));
    const { doc } = await documentOf({ ...BRIEF, sections });
    expect(doc.sections.map((s) => s.kind)).toEqual(['method', 'summary', 'unknowns', 'options']);
    expect(doc.sections.map((s) => s.title)).toEqual([
      'Method',
      'Summary and recommendation',
      "What we don't know",
      'The options',
    ]);
    const without = await documentOf({
      ...BRIEF,
      sections: DEFAULT_BRIEF_SECTIONS.map((s) => ({ ...s, included: s.kind === 'summary' })),
    });
    expect(without.doc.sections.map((s) => s.kind)).toEqual(['summary']);
    expect(without.doc.figures).toEqual([]);
    expect(without.doc.illustrative).toBe(false);
  });

  it('names the gaps: per option as compare names them, and for the whole brief', async () => {
    const { doc } = await documentOf(BRIEF);
    const comparison = await ok<Comparison>('compare/get', { ids: THREE, outcomeId: OUTCOME });
    const items = section(doc, 'unknowns').items;
    for (const c of comparison.interventions)
      for (const gap of c.gaps)
        expect(items).toContainEqual({ intervention: c.intervention.name, kind: gap.kind, text: gap.text });
    if (comparison.local.unitCosts.length === 0)
      expect(items.some((i) => i.intervention === null && /unit cost/.test(i.text))).toBe(true);
  });

  it('shows a changed unit cost and outcome result in a snapshot’s diff', async () => {
    const { id, doc } = await documentOf(BRIEF);
    const snapshot = storeSnapshot(library, {
      briefId: id,
      format: 'html',
      file: { fileName: 'brief.html', mediaType: 'text/html', bytes: Buffer.from('<p>brief</p>') },
      figures: doc.figures,
      by: BY,
    });
    const same = await ok<BriefDiff>('brief-snapshots/diff', { id: snapshot.id });
    expect(same).toMatchObject({ snapshot, unchanged: doc.figures.length, changes: [] });

    // A unit cost of the outcome: benefits can now be valued, and the setting is printed.
    const { id: unitCostId } = await ok<{ id: string }>('unit-costs/save', {
      outcomeDomainId: OUTCOME,
      name: 'Cost of a proven re-offence',
      amount: 25000,
      priceYear: 2024,
      source: 'Test source',
      by: BY,
    });
    const valued = await ok<BriefDiff>('brief-snapshots/diff', { id: snapshot.id });
    expect(valued.changes).toContainEqual(
      expect.objectContaining({
        key: `brief/unit-cost/${unitCostId}`,
        change: 'added',
        before: null,
        intervention: null,
      }),
    );
    const comparison = await ok<Comparison>('compare/get', { ids: THREE, outcomeId: OUTCOME });
    for (const c of comparison.interventions) {
      const bcr = c.value.benefitCostRatio;
      const change = valued.changes.find((x) => x.key === `${c.intervention.id}/benefit-cost-ratio`);
      if (bcr.status === 'ok')
        expect(change).toMatchObject({
          change: 'changed',
          intervention: c.intervention.name,
          after: figureText(bcr),
        });
    }
    expect(
      valued.changes.filter((x) => x.key.endsWith('/benefit-cost-ratio') && x.change === 'changed'),
    ).not.toEqual([]);
    expect(valued.unchanged + valued.changes.filter((c) => c.change !== 'added').length).toBe(
      doc.figures.length,
    );

    // A changed result: the one study of triage reports fewer events in its treatment group.
    const triage = await ok<EvidenceSummary>('evidence/get', { interventionId: 'youth-justice-triage' });
    const resultId = triage.pooled.find((p) => p.outcome.id === OUTCOME)?.studies[0]?.outcomeResultId ?? '';
    const held = outcomeResultSnapshot(library.db, resultId);
    if (held === null) throw new Error('no result');
    const result = held.result as { dataType: string; stats: Record<string, number> } & Record<
      string,
      unknown
    >;
    const stats =
      result.dataType === 'binary'
        ? { ...result.stats, events1: Math.max(0, (result.stats.events1 ?? 0) - 5) }
        : Object.fromEntries(Object.entries(result.stats).map(([k, v]) => [k, k === 'm1' ? v * 0.9 : v]));
    await ok('outcome-results/save', { ...result, stats, evaluationId: held.evaluationId, by: BY });
    const changed = await ok<BriefDiff>('brief-snapshots/diff', { id: snapshot.id });
    const before = doc.figures.find((f) => f.key === 'youth-justice-triage/effect') as BriefFigure;
    const now = await ok<BriefDocument>('briefs/document', { id });
    expect(changed.changes).toContainEqual({
      key: 'youth-justice-triage/effect',
      intervention: 'Youth justice triage',
      label: before.label,
      change: 'changed',
      before: before.text,
      after: now.figures.find((f) => f.key === 'youth-justice-triage/effect')?.text,
    });
    expect(before.text).not.toBe(now.figures.find((f) => f.key === 'youth-justice-triage/effect')?.text);
    await ok('history/undo', { by: BY });
    await ok('history/undo', { by: BY });
    expect((await ok<BriefDiff>('brief-snapshots/diff', { id: snapshot.id })).changes).toEqual([]);
  });

  it('keeps hostile author text as literal text and drops unsafe links', async () => {
    const hostile =
      'Read <script>alert(1)</script> this.\n\n[click me](javascript:alert(1)) and <img src=x onerror=alert(1)>\n\n- [safe](https://example.org/report)';
    const { doc } = await documentOf({
      ...BRIEF,
      summary: hostile,
      recommendation: '<iframe src="javascript:alert(1)"></iframe>',
      optionNotes: [
        {
          interventionId: THREE[0],
          implementation: '[x](data:text/html,<script>alert(1)</script>)',
          localDelivery: '<b onmouseover=alert(1)>hi</b>',
        },
      ],
    });
    const summary = section(doc, 'summary');
    const page = section(doc, 'option-pages').pages[0];
    const blocks: RichBlock[] = [
      ...summary.summary,
      ...summary.recommendation,
      ...(page?.implementation.note ?? []),
      ...(page?.localDelivery.note ?? []),
    ];
    const inlines = (nodes: RichInline[]): RichInline[] =>
      nodes.flatMap((n) => (n.type === 'text' ? [n] : [n, ...inlines(n.children)]));
    const all = blocks.flatMap((b) => inlines(b.type === 'list' ? b.items.flat() : b.children));
    const links = all.filter((n) => n.type === 'link');
    expect(links.map((l) => l.type === 'link' && l.href)).toEqual(['https://example.org/report']);
    const text = all.map((n) => (n.type === 'text' ? n.text : '')).join('\n');
    for (const literal of [
      '<script>alert(1)</script>',
      '<img src=x onerror=alert(1)>',
      '<iframe src="javascript:alert(1)"></iframe>',
      '<b onmouseover=alert(1)>hi</b>',
      'click me',
    ])
      expect(text).toContain(literal);
  });
});
