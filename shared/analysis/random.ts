// A small seeded pseudo-random generator, so simulations (synthetic libraries, benchmarks, Monte
// Carlo) give the same numbers for the same seed on every machine.

export interface Random {
  /** Uniform on [0, 1). */
  next: () => number;
  /** Standard normal, by the Box–Muller transform. */
  normal: () => number;
}

/** mulberry32: 32-bit state, fast, and good enough for simulation (not for secrets). */
export function seededRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  let spare: number | null = null;
  const normal = () => {
    if (spare !== null) {
      const s = spare;
      spare = null;
      return s;
    }
    const u = 1 - next(); // (0, 1]: log(0) never happens
    const v = next();
    const r = Math.sqrt(-2 * Math.log(u));
    spare = r * Math.sin(2 * Math.PI * v);
    return r * Math.cos(2 * Math.PI * v);
  };
  return { next, normal };
}
