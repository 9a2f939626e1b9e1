// The seeded generator repeats for a seed and has the moments it should.
import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../shared/analysis/random';

describe('seededRandom', () => {
  it('repeats exactly for the same seed and differs for another', () => {
    const a = seededRandom(42);
    const b = seededRandom(42);
    const c = seededRandom(43);
    const first = Array.from({ length: 5 }, () => a.next());
    expect(Array.from({ length: 5 }, () => b.next())).toEqual(first);
    expect(Array.from({ length: 5 }, () => c.next())).not.toEqual(first);
  });

  it('draws uniforms in [0, 1) and normals with mean 0 and variance 1', () => {
    const r = seededRandom(7);
    const n = 200_000;
    const u = Array.from({ length: n }, () => r.next());
    expect(u.every((x) => x >= 0 && x < 1)).toBe(true);
    const z = Array.from({ length: n }, () => r.normal());
    const mean = z.reduce((s, x) => s + x, 0) / n;
    const variance = z.reduce((s, x) => s + (x - mean) ** 2, 0) / (n - 1);
    // Sampling error of the mean is 1/√n ≈ 0.0022 and of the variance ≈ √(2/n) ≈ 0.0032.
    expect(Math.abs(mean)).toBeLessThan(0.01);
    expect(Math.abs(variance - 1)).toBeLessThan(0.015);
  });
});
