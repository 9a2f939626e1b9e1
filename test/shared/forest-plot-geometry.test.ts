// The brief's forest plot geometry: every interval on the axis, the null line where no effect is,
// squares by weight, the diamond spanning the pooled interval, labels in at most two lines.
import { describe, expect, it } from 'vitest';
import { forestPlotGeometry, wrapForestLabel } from '../../shared/charts/forest-plot-geometry';
import type { ForestPlotData } from '../../shared/model/brief-document';

const DATA: ForestPlotData = {
  measure: "Standardised mean difference (Hedges' g)",
  nullValue: 0,
  betterSide: 'right',
  rows: [
    { label: 'A', estimate: 0.1, lower: -0.02, upper: 0.22, weightPct: 80, illustrative: false },
    { label: 'B', estimate: 0.2, lower: -0.01, upper: 0.41, weightPct: 20, illustrative: true },
  ],
  pooled: { label: 'Pooled', estimate: 0.12, lower: 0.05, upper: 0.19 },
};

describe('forestPlotGeometry', () => {
  const g = forestPlotGeometry(DATA);
  const tickValue = (x: number) => {
    const [a, b] = g.ticks;
    if (a === undefined || b === undefined) throw new Error('fewer than two ticks');
    return Number(a.label) + ((x - a.x) / (b.x - a.x)) * (Number(b.label) - Number(a.label));
  };

  it('puts every interval and the null inside the axis, at the right values', () => {
    const xs = g.rows.flatMap((r) => [r.lowerX, r.upperX]);
    expect(Math.min(...xs, g.nullX)).toBeGreaterThanOrEqual(g.plotLeft);
    expect(Math.max(...xs, g.nullX)).toBeLessThanOrEqual(g.plotRight);
    expect(tickValue(g.nullX)).toBeCloseTo(0, 6);
    expect(tickValue(g.rows[1]?.upperX ?? 0)).toBeCloseTo(0.41, 6);
    expect(tickValue(g.rows[0]?.pointX ?? 0)).toBeCloseTo(0.1, 6);
  });

  it('sizes squares by weight (area), marks illustrative rows and says which side is better', () => {
    const [a, b] = g.rows;
    expect(((a?.size ?? 0) / (b?.size ?? 1)) ** 2).toBeCloseTo(80 / 20, 6);
    expect(a?.lines).toEqual(['A']);
    expect(b?.lines).toEqual(['B †']);
    expect(a?.weightText).toBe('80.0%');
    expect(g.favours).toMatchObject({ anchor: 'start', text: 'Favours the intervention →' });
    expect(g.favours.x).toBeGreaterThan(g.nullX);
  });

  it('draws the pooled diamond across its interval, below the studies', () => {
    const points = (g.pooled?.points ?? '').split(' ').map((p) => p.split(',').map(Number));
    expect(tickValue(points[0]?.[0] ?? 0)).toBeCloseTo(0.05, 6);
    expect(tickValue(points[2]?.[0] ?? 0)).toBeCloseTo(0.19, 6);
    expect(g.pooled?.y).toBeGreaterThan(g.rows[1]?.y ?? Infinity);
    expect(g.height).toBeGreaterThan(g.axisY);
  });

  it('wraps long labels into two lines, cutting the rest', () => {
    const lines = wrapForestLabel(
      'Kickz participants’ self-reported anti-social behaviour before and after six months',
      38,
    );
    expect(lines).toHaveLength(2);
    expect(lines.every((l) => l.length <= 38)).toBe(true);
    expect(lines[1]?.endsWith('…')).toBe(true);
  });
});
