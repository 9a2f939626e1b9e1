// Normal, Student t and chi-square distribution functions (R's pnorm/qnorm/pt/qt/pchisq) in pure
// TypeScript, accurate to about 1e-12, so p values and critical values agree with metafor.
//
// Everything rests on two special functions: the regularised incomplete gamma function (series
// below the mean, Lentz continued fraction above it) and the regularised incomplete beta function
// (Lentz continued fraction on the side where it converges fast). log Γ is Stirling's series after
// shifting the argument to ≥ 10, where eight terms are exact to double precision.

const EPSILON = 2.220446049250313e-16;
/** ln √(2π) */
const LN_SQRT_2PI = 0.9189385332046728;
/** Smallest number the Lentz recursions use instead of an exact zero. */
const TINY = 1e-300;
const MAX_TERMS = 10_000;

/** Stirling-series coefficients B₂ₙ / (2n(2n−1)), n = 1…8. */
const STIRLING = [1 / 12, -1 / 360, 1 / 1260, -1 / 1680, 1 / 1188, -691 / 360360, 1 / 156, -3617 / 122400];
const STIRLING_MIN_X = 10;

/** The Stirling correction lnΓ(x) − [(x−½)ln x − x + ln√(2π)], for x ≥ 10. */
function stirlingCorrection(x: number): number {
  const inv2 = 1 / (x * x);
  let sum = 0;
  for (let n = STIRLING.length - 1; n >= 0; n--) sum = sum * inv2 + (STIRLING[n] as number);
  return sum / x;
}

/** ln Γ(x) for x > 0. */
export function lgamma(x: number): number {
  if (!(x > 0)) return Number.NaN;
  if (x === Infinity) return Infinity;
  let shifted = x;
  let product = 1;
  while (shifted < STIRLING_MIN_X) {
    product *= shifted;
    shifted += 1;
  }
  const big = (shifted - 0.5) * Math.log(shifted) - shifted + LN_SQRT_2PI + stirlingCorrection(shifted);
  return product === 1 ? big : big - Math.log(product);
}

/**
 * ln B(a, b) = lnΓ(a) + lnΓ(b) − lnΓ(a+b). When the larger argument is big, lnΓ(a) − lnΓ(a+b) is
 * taken from Stirling's formula directly, which avoids subtracting two large, nearly equal numbers.
 */
export function lbeta(a: number, b: number): number {
  const big = Math.max(a, b);
  const small = Math.min(a, b);
  if (big < STIRLING_MIN_X) return lgamma(a) + lgamma(b) - lgamma(a + b);
  const ratio =
    -small * Math.log(big) -
    (big + small - 0.5) * Math.log1p(small / big) +
    small +
    stirlingCorrection(big) -
    stirlingCorrection(big + small);
  return lgamma(small) + ratio;
}

/** ln of x^a e^−x / Γ(a): the common factor of both incomplete-gamma expansions. */
function gammaPrefactorLog(a: number, x: number): number {
  return a * Math.log(x) - x - lgamma(a);
}

/** P(a, x) by its power series; converges fast for x < a + 1. */
function gammaSeries(a: number, x: number): number {
  let term = 1 / a;
  let sum = term;
  for (let n = 1; n < MAX_TERMS; n++) {
    term *= x / (a + n);
    sum += term;
    if (Math.abs(term) < Math.abs(sum) * EPSILON) break;
  }
  return sum * Math.exp(gammaPrefactorLog(a, x));
}

/** Q(a, x) by its continued fraction (modified Lentz); converges fast for x ≥ a + 1. */
function gammaContinuedFraction(a: number, x: number): number {
  let b = x + 1 - a;
  let c = 1 / TINY;
  let d = 1 / b;
  let h = d;
  for (let n = 1; n < MAX_TERMS; n++) {
    const an = -n * (n - a);
    b += 2;
    d = an * d + b;
    if (Math.abs(d) < TINY) d = TINY;
    c = b + an / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    const delta = d * c;
    h *= delta;
    if (Math.abs(delta - 1) < EPSILON) break;
  }
  return Math.exp(gammaPrefactorLog(a, x)) * h;
}

/** The regularised incomplete gamma functions: P(a, x) (lower) or Q(a, x) = 1 − P (upper). */
export function regularizedGamma(a: number, x: number, lowerTail = true): number {
  if (Number.isNaN(a) || Number.isNaN(x) || a <= 0) return Number.NaN;
  if (x <= 0) return lowerTail ? 0 : 1;
  if (x === Infinity) return lowerTail ? 1 : 0;
  if (x < a + 1) {
    const p = gammaSeries(a, x);
    return lowerTail ? p : 1 - p;
  }
  const q = gammaContinuedFraction(a, x);
  return lowerTail ? 1 - q : q;
}

/** The continued fraction of I_x(a, b) (modified Lentz), without its prefactor. */
function betaContinuedFraction(x: number, a: number, b: number): number {
  const qab = a + b;
  const qap = a + 1;
  const qam = a - 1;
  let c = 1;
  let d = 1 - (qab * x) / qap;
  if (Math.abs(d) < TINY) d = TINY;
  d = 1 / d;
  let h = d;
  for (let m = 1; m < MAX_TERMS; m++) {
    const m2 = 2 * m;
    let aa = (m * (b - m) * x) / ((qam + m2) * (a + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < TINY) d = TINY;
    c = 1 + aa / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    h *= d * c;
    aa = (-(a + m) * (qab + m) * x) / ((a + m2) * (qap + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < TINY) d = TINY;
    c = 1 + aa / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    const delta = d * c;
    h *= delta;
    if (Math.abs(delta - 1) < EPSILON) break;
  }
  return h;
}

/** I_x(a, b) where the continued fraction converges well, i.e. x < (a+1)/(a+b+2); y = 1 − x. */
function betaDirect(x: number, y: number, a: number, b: number): number {
  // ln x via log1p(−y) when x is near 1 keeps the digits that a·ln x would otherwise lose.
  const lnX = x < 0.5 ? Math.log(x) : Math.log1p(-y);
  const lnY = y < 0.5 ? Math.log(y) : Math.log1p(-x);
  const logPrefactor = a * lnX + b * lnY - lbeta(a, b);
  return (Math.exp(logPrefactor) * betaContinuedFraction(x, a, b)) / a;
}

/**
 * The regularised incomplete beta function I_x(a, b), or its complement when lowerTail is false.
 * `y` is 1 − x when the caller knows it more precisely than 1 − x can be computed.
 */
export function regularizedBeta(x: number, a: number, b: number, lowerTail = true, y = 1 - x): number {
  if (Number.isNaN(x) || !(a > 0) || !(b > 0)) return Number.NaN;
  if (x <= 0) return lowerTail ? 0 : 1;
  if (x >= 1) return lowerTail ? 1 : 0;
  if (x < (a + 1) / (a + b + 2)) {
    const lower = betaDirect(x, y, a, b);
    return lowerTail ? lower : 1 - lower;
  }
  const upper = betaDirect(y, x, b, a);
  return lowerTail ? 1 - upper : upper;
}

// ---------------------------------------------------------------------------------------------
// Normal distribution

/** Standard normal density. */
export function dnorm(x: number): number {
  return Math.exp(-0.5 * x * x - LN_SQRT_2PI);
}

/** Standard normal CDF Φ(x), or 1 − Φ(x) when lowerTail is false (computed without cancellation). */
export function pnorm(x: number, lowerTail = true): number {
  if (Number.isNaN(x)) return Number.NaN;
  // The tail beyond |x| is ½·Q(½, x²/2); the other side is 1 minus it.
  const tail = 0.5 * regularizedGamma(0.5, 0.5 * x * x, false);
  const inUpperTail = x > 0;
  return inUpperTail === lowerTail ? 1 - tail : tail;
}

/** A starting value for the normal quantile of an upper-tail probability r ≤ ½ (error < 5e-4). */
function normalTailStart(r: number): number {
  const t = Math.sqrt(-2 * Math.log(r));
  return (
    t - (2.515517 + t * (0.802853 + t * 0.010328)) / (1 + t * (1.432788 + t * (0.189269 + t * 0.001308)))
  );
}

/** The x > 0 with 1 − Φ(x) = r, for 0 < r ≤ ½, by Halley's method from a rational start. */
function normalUpperQuantile(r: number): number {
  if (r === 0.5) return 0;
  let x = normalTailStart(r);
  for (let i = 0; i < 8; i++) {
    const density = dnorm(x);
    if (density === 0) break;
    const u = (pnorm(x, false) - r) / density;
    const step = u / (1 - 0.5 * x * u);
    x += step;
    if (Math.abs(step) <= 4 * EPSILON * Math.abs(x)) break;
  }
  return x;
}

/** The normal quantile: x with Φ(x) = p (or 1 − Φ(x) = p when lowerTail is false). */
export function qnorm(p: number, lowerTail = true): number {
  if (Number.isNaN(p) || p < 0 || p > 1) return Number.NaN;
  const upper = lowerTail ? 1 - p : p;
  const lower = lowerTail ? p : 1 - p;
  if (upper === 0) return Infinity;
  if (lower === 0) return -Infinity;
  // Work in whichever tail holds the smaller probability, where the given p is most precise.
  return upper <= 0.5 ? normalUpperQuantile(upper) : -normalUpperQuantile(lower);
}

// ---------------------------------------------------------------------------------------------
// Student t distribution

/** Density of Student's t with df degrees of freedom. */
export function dt(t: number, df: number): number {
  return Math.exp(-lbeta(0.5 * df, 0.5) - 0.5 * Math.log(df) - 0.5 * (df + 1) * Math.log1p((t * t) / df));
}

/** The probability beyond |t| in one tail: ½·I_{df/(df+t²)}(df/2, ½). */
function tTail(t: number, df: number): number {
  const t2 = t * t;
  const x = df / (df + t2);
  const y = t2 / (df + t2);
  return 0.5 * regularizedBeta(x, 0.5 * df, 0.5, true, y);
}

/** Student's t CDF with df > 0 degrees of freedom (or its upper tail when lowerTail is false). */
export function pt(t: number, df: number, lowerTail = true): number {
  if (Number.isNaN(t) || !(df > 0)) return Number.NaN;
  if (df === Infinity) return pnorm(t, lowerTail);
  if (t === Infinity || t === -Infinity) return t > 0 === lowerTail ? 1 : 0;
  const tail = tTail(t, df);
  const inUpperTail = t > 0;
  return inUpperTail === lowerTail ? 1 - tail : tail;
}

/** Cornish–Fisher expansion of the t quantile around the normal quantile z. */
function tQuantileStart(z: number, df: number): number {
  const z2 = z * z;
  const g1 = (z2 + 1) * z * 0.25;
  const g2 = ((5 * z2 + 16) * z2 + 3) * z * (1 / 96);
  const g3 = (((3 * z2 + 19) * z2 + 17) * z2 - 15) * z * (1 / 384);
  return z + g1 / df + g2 / (df * df) + g3 / (df * df * df);
}

/** The t > 0 with P(T > t) = r, for 0 < r < ½: Newton's method kept inside a shrinking bracket. */
function tUpperQuantile(r: number, df: number): number {
  if (df === 1) return 1 / Math.tan(Math.PI * r);
  if (df === 2) return (1 - 2 * r) / Math.sqrt(2 * r * (1 - r));
  let lo = 0;
  let hi = Infinity;
  let t = Math.max(tQuantileStart(normalUpperQuantile(r), df), EPSILON);
  for (let i = 0; i < 200; i++) {
    const excess = tTail(t, df) - r;
    if (excess > 0) lo = t;
    else hi = t;
    let next = t + excess / dt(t, df);
    // Newton stays in the bracket on this convex tail, except from the far side of the root or
    // when rounding bites; then bisect (or double while there is no upper bound yet).
    if (!(next > lo && next < hi)) next = hi === Infinity ? 2 * t : 0.5 * (lo + hi);
    if (Math.abs(next - t) <= 4 * EPSILON * next) return next;
    t = next;
  }
  return t;
}

/** The t quantile with df > 0 degrees of freedom: t with P(T ≤ t) = p (or P(T > t) = p). */
export function qt(p: number, df: number, lowerTail = true): number {
  if (Number.isNaN(p) || p < 0 || p > 1 || !(df > 0)) return Number.NaN;
  if (df === Infinity) return qnorm(p, lowerTail);
  const upper = lowerTail ? 1 - p : p;
  const lower = lowerTail ? p : 1 - p;
  if (upper === 0) return Infinity;
  if (lower === 0) return -Infinity;
  if (upper === 0.5) return 0;
  return upper < 0.5 ? tUpperQuantile(upper, df) : -tUpperQuantile(lower, df);
}

// ---------------------------------------------------------------------------------------------
// Chi-square distribution

/** The chi-square CDF with df > 0 degrees of freedom (or its upper tail when lowerTail is false). */
export function pchisq(x: number, df: number, lowerTail = true): number {
  if (Number.isNaN(x) || !(df > 0)) return Number.NaN;
  return regularizedGamma(0.5 * df, 0.5 * Math.max(x, 0), lowerTail);
}
