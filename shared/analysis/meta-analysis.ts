// Meta-analysis as R's metafor (3.8-1) computes it, so every pooled number the app shows can be
// checked against the field's reference: rma.uni (EE, FE, DL, REML; z or Hartung–Knapp tests),
// leave1out, cumul, regtest (Egger) and trimfill (L0), down to metafor's iteration rules.
//
// Deliberate departures from metafor (also in test/fixtures/metafor/README.md):
// - leave1out()/cumulative() report τ² = 0 for EE/FE models, where metafor omits the column.
// - A leave-one-out or cumulative fit that fails (REML not converging) gives nulls, as metafor's
//   NA; every other failure is an error, never a silent NA.
// - Only what this app needs: intercept-only models (plus the one-moderator model of Egger's
//   test), no user weights, no fixed τ², no ML/PM/… estimators.
// Kept on purpose, although surprising: the Hartung–Knapp scale factor is not floored at 1
// (metafor's "knha", not "adhoc"); trimfill's refit uses a z test at 95% and default control
// whatever the original model used, exactly as metafor 3.8-1's trimfill.rma.uni does.
import { pchisq, pnorm, pt, qnorm, qt } from './distributions';

export type RmaMethod = 'EE' | 'FE' | 'DL' | 'REML';
export type RmaTest = 'z' | 'knha';

/** Fisher scoring control (metafor's `control`): stop when τ² changes by less than `threshold`. */
export interface RmaControl {
  threshold: number;
  maxiter: number;
}

export const DEFAULT_CONTROL: Readonly<RmaControl> = { threshold: 1e-5, maxiter: 100 };

export interface RmaOptions {
  method?: RmaMethod;
  test?: RmaTest;
  /** Confidence level, in percent (95) or as a proportion (0.95), read as metafor reads it. */
  level?: number;
  control?: Partial<RmaControl>;
}

/** A fitted intercept-only model, named as in cli.md's `model`. */
export interface RmaFit {
  method: RmaMethod;
  /** The test used: as requested, except z when k = 1 (as metafor). */
  test: RmaTest;
  k: number;
  estimate: number;
  se: number;
  /** z, or t with `df` degrees of freedom for Hartung–Knapp. */
  stat: number;
  df: number | null;
  pval: number;
  ci_lb: number;
  ci_ub: number;
  /** Prediction interval estimate ± crit·√(se² + τ²); null for common-effect (EE/FE) models. */
  pi_lb: number | null;
  pi_ub: number | null;
  tau2: number;
  I2: number;
  H2: number;
  QE: number;
  QEp: number;
  /** Each study's share of the total weight 1/(vi + τ²), in percent, in the order given. */
  weights_pct: number[];
}

/** Leave-one-out or cumulative results, one element per study; null where a fit failed. */
export interface RmaSeries {
  estimate: (number | null)[];
  se: (number | null)[];
  pval: (number | null)[];
  ci_lb: (number | null)[];
  ci_ub: (number | null)[];
  tau2: (number | null)[];
  I2: (number | null)[];
  QE: (number | null)[];
}

export interface RegtestResult {
  /** z (or t for Hartung–Knapp) of the standard-error moderator. */
  stat: number;
  pval: number;
  df: number | null;
  /** The model's intercept: the estimate as the standard error goes to 0. */
  limit_estimate: number;
}

export interface TrimfillResult {
  /** The side of the funnel where studies are taken to be missing. */
  side: 'left' | 'right';
  k0: number;
  estimate: number;
  se: number;
  ci_lb: number;
  ci_ub: number;
  tau2: number;
  /** The imputed studies (reflections of the k0 most extreme), for a funnel plot. */
  filled: { yi: number[]; vi: number[] };
}

export type MetaAnalysisProblem = 'too-few-studies' | 'not-converged' | 'rank-deficient' | 'invalid-data';

/** Why a model cannot be fitted; `problem` lets callers map it to their own error codes. */
export class MetaAnalysisError extends Error {
  override name = 'MetaAnalysisError';
  readonly problem: MetaAnalysisProblem;

  constructor(problem: MetaAnalysisProblem, message: string) {
    super(message);
    this.problem = problem;
  }
}

// ---------------------------------------------------------------------------------------------
// Settings

interface Settings {
  method: RmaMethod;
  test: RmaTest;
  /** 1 − level as a proportion. */
  alpha: number;
  control: RmaControl;
}

/** metafor's .level(): 95 and 0.95 both mean α = 0.05. */
export function alphaFromLevel(level: number): number {
  if (level === 0) return 1;
  if (level >= 1) return (100 - level) / 100;
  return level > 0.5 ? 1 - level : level;
}

function settingsOf(options: RmaOptions): Settings {
  return {
    method: options.method ?? 'REML',
    test: options.test ?? 'z',
    alpha: alphaFromLevel(options.level ?? 95),
    control: { ...DEFAULT_CONTROL, ...options.control },
  };
}

const isCommonEffect = (method: RmaMethod): boolean => method === 'EE' || method === 'FE';

/** metafor's ll0check tolerance, .Machine$double.eps^0.25. */
const LL0_TOLERANCE = 2 ** -13;
/** metafor refuses designs whose X'X has an eigenvalue at or below this (con$evtol). */
const EIGEN_TOLERANCE = 1e-7;
const LOG_2PI = Math.log(2 * Math.PI);

// ---------------------------------------------------------------------------------------------
// Weighted least squares on a small design, without k×k matrices: P = W − WX(X'WX)⁻¹X'W enters
// only through traces and quadratic forms, which reduce to sums over studies and p×p products.

/** A design matrix stored by column: x[j·k + i] is covariate j of study i. */
interface Design {
  k: number;
  p: number;
  x: Float64Array;
}

function interceptDesign(k: number): Design {
  return { k, p: 1, x: new Float64Array(k).fill(1) };
}

/** Intercept and standard error: the design of Egger's regression test. */
function eggerDesign(vi: ArrayLike<number>): Design {
  const k = vi.length;
  const x = new Float64Array(2 * k);
  for (let i = 0; i < k; i++) {
    x[i] = 1;
    x[k + i] = Math.sqrt(vi[i] as number);
  }
  return { k, p: 2, x };
}

/** Buffers one model fit reuses across Fisher scoring iterations. */
class Workspace {
  readonly w: Float64Array;
  readonly e: Float64Array;
  readonly xwx: Float64Array;
  readonly inv: Float64Array;
  readonly chol: Float64Array;
  readonly b2: Float64Array;
  readonly b3: Float64Array;
  readonly prod: Float64Array;
  readonly xwy: Float64Array;
  readonly beta: Float64Array;
  /** ln det(X'WX) of the last weighted fit. */
  logDet = 0;

  constructor(k: number, p: number) {
    this.w = new Float64Array(k);
    this.e = new Float64Array(k);
    this.xwx = new Float64Array(p * p);
    this.inv = new Float64Array(p * p);
    this.chol = new Float64Array(p * p);
    this.b2 = new Float64Array(p * p);
    this.b3 = new Float64Array(p * p);
    this.prod = new Float64Array(p * p);
    this.xwy = new Float64Array(p);
    this.beta = new Float64Array(p);
  }
}

/** out = X' diag(w^power) X. */
function crossproduct(d: Design, w: Float64Array, power: number, out: Float64Array): void {
  const { k, p, x } = d;
  for (let r = 0; r < p; r++) {
    for (let c = r; c < p; c++) {
      let s = 0;
      for (let i = 0; i < k; i++) {
        const wi = w[i] as number;
        const f = power === 1 ? wi : power === 2 ? wi * wi : power === 3 ? wi * wi * wi : 1;
        s += (x[r * k + i] as number) * (x[c * k + i] as number) * f;
      }
      out[r * p + c] = s;
      out[c * p + r] = s;
    }
  }
}

/**
 * Inverts a symmetric positive-definite p×p matrix by Cholesky factorisation; returns ln det, or
 * NaN when the matrix is not positive definite.
 */
function invertSpd(m: Float64Array, p: number, L: Float64Array, out: Float64Array): number {
  let logDet = 0;
  for (let j = 0; j < p; j++) {
    let s = m[j * p + j] as number;
    for (let t = 0; t < j; t++) s -= (L[j * p + t] as number) ** 2;
    if (!(s > 0)) return Number.NaN;
    const ljj = Math.sqrt(s);
    L[j * p + j] = ljj;
    logDet += 2 * Math.log(ljj);
    for (let i = j + 1; i < p; i++) {
      let r = m[i * p + j] as number;
      for (let t = 0; t < j; t++) r -= (L[i * p + t] as number) * (L[j * p + t] as number);
      L[i * p + j] = r / ljj;
    }
  }
  // Columns of the inverse: solve L Lᵀ x = e_c.
  for (let c = 0; c < p; c++) {
    for (let i = 0; i < p; i++) {
      let s = i === c ? 1 : 0;
      for (let t = 0; t < i; t++) s -= (L[i * p + t] as number) * (out[t * p + c] as number);
      out[i * p + c] = s / (L[i * p + i] as number);
    }
    for (let i = p - 1; i >= 0; i--) {
      let s = out[i * p + c] as number;
      for (let t = i + 1; t < p; t++) s -= (L[t * p + i] as number) * (out[t * p + c] as number);
      out[i * p + c] = s / (L[i * p + i] as number);
    }
  }
  return logDet;
}

/** tr(A·B) for p×p matrices. */
function traceOfProduct(a: Float64Array, b: Float64Array, p: number): number {
  let s = 0;
  for (let r = 0; r < p; r++)
    for (let c = 0; c < p; c++) s += (a[r * p + c] as number) * (b[c * p + r] as number);
  return s;
}

/** out = A·B for p×p matrices. */
function multiply(a: Float64Array, b: Float64Array, p: number, out: Float64Array): void {
  for (let r = 0; r < p; r++) {
    for (let c = 0; c < p; c++) {
      let s = 0;
      for (let t = 0; t < p; t++) s += (a[r * p + t] as number) * (b[t * p + c] as number);
      out[r * p + c] = s;
    }
  }
}

/**
 * Weighted least squares with the weights in ws.w: fills ws.inv = (X'WX)⁻¹, ws.beta, the
 * residuals ws.e and ws.logDet; returns the weighted residual sum of squares Σ wᵢeᵢ².
 */
function weightedFit(d: Design, y: ArrayLike<number>, ws: Workspace): number {
  const { k, p, x } = d;
  const { w, e, xwx, inv, chol, xwy, beta } = ws;
  crossproduct(d, w, 1, xwx);
  ws.logDet = invertSpd(xwx, p, chol, inv);
  if (Number.isNaN(ws.logDet)) {
    throw new MetaAnalysisError(
      'rank-deficient',
      'The model cannot be fitted: its design matrix is not of full rank.',
    );
  }
  for (let r = 0; r < p; r++) {
    let s = 0;
    for (let i = 0; i < k; i++) s += (x[r * k + i] as number) * (w[i] as number) * (y[i] as number);
    xwy[r] = s;
  }
  for (let r = 0; r < p; r++) {
    let s = 0;
    for (let c = 0; c < p; c++) s += (inv[r * p + c] as number) * (xwy[c] as number);
    beta[r] = s;
  }
  let rss = 0;
  for (let i = 0; i < k; i++) {
    let fitted = 0;
    for (let r = 0; r < p; r++) fitted += (x[r * k + i] as number) * (beta[r] as number);
    const ei = (y[i] as number) - fitted;
    e[i] = ei;
    rss += (w[i] as number) * ei * ei;
  }
  return rss;
}

function setWeights(ws: Workspace, v: ArrayLike<number>, tau2: number): void {
  for (let i = 0; i < ws.w.length; i++) ws.w[i] = 1 / ((v[i] as number) + tau2);
}

function sumOf(a: Float64Array): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i] as number;
  return s;
}

/** tr(P) after a weighted fit: Σw − tr((X'WX)⁻¹ X'W²X). */
function traceP(d: Design, ws: Workspace): number {
  crossproduct(d, ws.w, 2, ws.b2);
  return sumOf(ws.w) - traceOfProduct(ws.inv, ws.b2, d.p);
}

// ---------------------------------------------------------------------------------------------
// τ² estimators

/** Hedges' (HE) estimator from OLS residuals: (RSS − tr(PV)) / (k − p); REML starts here. */
function tau2Hedges(d: Design, y: ArrayLike<number>, v: ArrayLike<number>, ws: Workspace): number {
  const { k, p, x } = d;
  ws.w.fill(1);
  const rss = weightedFit(d, y, ws);
  let trPV = 0;
  for (let i = 0; i < k; i++) {
    let h = 0;
    for (let r = 0; r < p; r++) {
      for (let c = 0; c < p; c++)
        h += (x[r * k + i] as number) * (ws.inv[r * p + c] as number) * (x[c * k + i] as number);
    }
    trPV += (v[i] as number) * (1 - h);
  }
  return (rss - trPV) / (k - p);
}

/** DerSimonian–Laird: (Q − (k − p)) / tr(P) with W = 1/vi, not yet truncated. */
function tau2DerSimonianLaird(d: Design, y: ArrayLike<number>, v: ArrayLike<number>, ws: Workspace): number {
  setWeights(ws, v, 0);
  const q = weightedFit(d, y, ws);
  return (q - (d.k - d.p)) / traceP(d, ws);
}

/** The restricted log-likelihood at τ² (without the constant metafor's ll0check also omits). */
function remlLogLik(
  d: Design,
  y: ArrayLike<number>,
  v: ArrayLike<number>,
  tau2: number,
  ws: Workspace,
): number {
  setWeights(ws, v, tau2);
  const rss = weightedFit(d, y, ws);
  let logV = 0;
  for (let i = 0; i < d.k; i++) logV += Math.log((v[i] as number) + tau2);
  return -0.5 * (d.k - d.p) * LOG_2PI - 0.5 * logV - 0.5 * ws.logDet - 0.5 * rss;
}

/**
 * REML by Fisher scoring exactly as metafor's loop: start from max(0, HE); step
 * (y'PPy − tr P) / tr(PP); halve a step that would take τ² below 0; stop when τ² changes by
 * no more than `threshold`, failing after `maxiter` steps; then metafor's check that τ² = 0 is
 * not more likely (a local maximum).
 */
function tau2Reml(
  d: Design,
  y: ArrayLike<number>,
  v: ArrayLike<number>,
  control: RmaControl,
  ws: Workspace,
): number {
  const { k, p } = d;
  let tau2 = Math.max(0, tau2Hedges(d, y, v, ws));
  let change = control.threshold + 1;
  let iter = 0;
  while (change > control.threshold) {
    iter++;
    const previous = tau2;
    setWeights(ws, v, tau2);
    weightedFit(d, y, ws);
    const { w, e, inv, b2, b3, prod } = ws;
    let yPPy = 0;
    let sumW = 0;
    let sumW2 = 0;
    for (let i = 0; i < k; i++) {
      const wi = w[i] as number;
      const we = wi * (e[i] as number);
      yPPy += we * we;
      sumW += wi;
      sumW2 += wi * wi;
    }
    crossproduct(d, w, 2, b2);
    crossproduct(d, w, 3, b3);
    multiply(inv, b2, p, prod);
    const trP = sumW - traceOfProduct(inv, b2, p);
    const trPP = sumW2 - 2 * traceOfProduct(inv, b3, p) + traceOfProduct(prod, prod, p);
    let adj = (yPPy - trP) / trPP;
    if (Number.isNaN(adj)) adj = 0;
    while (tau2 + adj < 0) adj /= 2;
    tau2 += adj;
    change = Math.abs(previous - tau2);
    if (iter > control.maxiter) {
      throw new MetaAnalysisError(
        'not-converged',
        `REML estimation of tau^2 did not converge in ${control.maxiter} Fisher scoring iterations; ` +
          'raise control.maxiter or use method DL.',
      );
    }
  }
  if (tau2 > control.threshold) {
    const atZero = remlLogLik(d, y, v, 0, ws);
    if (atZero - remlLogLik(d, y, v, tau2, ws) > LL0_TOLERANCE) tau2 = 0;
  }
  return Math.max(0, tau2);
}

// ---------------------------------------------------------------------------------------------
// One model fit (rma.uni)

interface ModelFit {
  test: RmaTest;
  df: number | null;
  crit: number;
  beta: number[];
  se: number[];
  stat: number[];
  pval: number[];
  ciLb: number[];
  ciUb: number[];
  tau2: number;
  QE: number;
  QEp: number;
  I2: number;
  H2: number;
  /** Model weights 1/(vi + τ²). */
  w: Float64Array;
}

function smallestEigenvalueOfXtX(d: Design): number {
  const ones = new Float64Array(d.k).fill(1);
  const m = new Float64Array(d.p * d.p);
  crossproduct(d, ones, 0, m);
  if (d.p === 1) return m[0] as number;
  if (d.p !== 2) return Infinity;
  const a = m[0] as number;
  const b = m[1] as number;
  const c = m[3] as number;
  return (a + c) / 2 - Math.sqrt(((a - c) / 2) ** 2 + b * b);
}

function checkFittable(d: Design, method: RmaMethod): void {
  const needed = isCommonEffect(method) ? d.p : d.p + 1;
  if (!(d.k === 1 && d.p === 1) && d.k < needed) {
    throw new MetaAnalysisError(
      'too-few-studies',
      `${method} needs at least ${needed} studies for this model (got ${d.k}).`,
    );
  }
  if (smallestEigenvalueOfXtX(d) <= EIGEN_TOLERANCE) {
    throw new MetaAnalysisError(
      'rank-deficient',
      'The model cannot be fitted: its design matrix is not of full rank.',
    );
  }
}

function estimateTau2(
  d: Design,
  y: ArrayLike<number>,
  v: ArrayLike<number>,
  s: Settings,
  ws: Workspace,
): number {
  if (isCommonEffect(s.method) || d.k === 1) return 0;
  if (s.method === 'DL') return Math.max(0, tau2DerSimonianLaird(d, y, v, ws));
  return tau2Reml(d, y, v, s.control, ws);
}

interface Heterogeneity {
  QE: number;
  QEp: number;
  I2: number;
  H2: number;
}

/** Q from the common-effect fit; I² and H² from Q (EE/FE) or from τ² and the typical variance. */
function heterogeneity(
  d: Design,
  y: ArrayLike<number>,
  v: ArrayLike<number>,
  method: RmaMethod,
  tau2: number,
  ws: Workspace,
): Heterogeneity {
  const dfQ = d.k - d.p;
  if (dfQ <= 0) return { QE: 0, QEp: 1, I2: 0, H2: 1 };
  setWeights(ws, v, 0);
  const QE = Math.max(0, weightedFit(d, y, ws));
  const QEp = pchisq(QE, dfQ, false);
  if (isCommonEffect(method)) return { QE, QEp, I2: Math.max(0, (100 * (QE - dfQ)) / QE), H2: QE / dfQ };
  const typicalVariance = dfQ / traceP(d, ws);
  return { QE, QEp, I2: (100 * tau2) / (typicalVariance + tau2), H2: tau2 / typicalVariance + 1 };
}

function fitModel(d: Design, y: ArrayLike<number>, v: ArrayLike<number>, s: Settings): ModelFit {
  checkFittable(d, s.method);
  const { k, p } = d;
  const ws = new Workspace(k, p);
  const tau2 = estimateTau2(d, y, v, s, ws);
  const test: RmaTest = k === 1 ? 'z' : s.test;

  setWeights(ws, v, tau2);
  const rss = weightedFit(d, y, ws);
  const w = ws.w.slice();
  const beta = Array.from(ws.beta);
  // Hartung–Knapp: scale the variances by the weighted residual mean square, floored at 0 only.
  const scale = test === 'knha' ? (rss <= Number.EPSILON ? 0 : rss / (k - p)) : 1;
  const se = beta.map((_, j) => Math.sqrt(scale * (ws.inv[j * p + j] as number)));
  const stat = beta.map((b, j) => b / (se[j] as number));
  const df = test === 'knha' ? k - p : null;
  let crit: number;
  let pval: number[];
  if (df === null) {
    crit = qnorm(s.alpha / 2, false);
    pval = stat.map((z) => 2 * pnorm(Math.abs(z), false));
  } else {
    crit = df > 0 ? qt(s.alpha / 2, df, false) : Number.NaN;
    pval = stat.map((t) => (df > 0 ? 2 * pt(Math.abs(t), df, false) : Number.NaN));
  }
  const h = heterogeneity(d, y, v, s.method, tau2, ws);
  return {
    test,
    df,
    crit,
    beta,
    se,
    stat,
    pval,
    ciLb: beta.map((b, j) => b - crit * (se[j] as number)),
    ciUb: beta.map((b, j) => b + crit * (se[j] as number)),
    tau2,
    ...h,
    w,
  };
}

function checkData(yi: ArrayLike<number>, vi: ArrayLike<number>): void {
  if (yi.length !== vi.length) {
    throw new MetaAnalysisError('invalid-data', `yi has ${yi.length} values but vi has ${vi.length}.`);
  }
  if (yi.length === 0) throw new MetaAnalysisError('too-few-studies', 'There are no studies to pool.');
  for (let i = 0; i < yi.length; i++) {
    if (!Number.isFinite(yi[i]) || !Number.isFinite(vi[i]) || !((vi[i] as number) > 0)) {
      throw new MetaAnalysisError(
        'invalid-data',
        `Study ${i + 1} has yi = ${yi[i]} and vi = ${vi[i]}: effects must be finite and variances positive.`,
      );
    }
  }
}

function summarise(fit: ModelFit, method: RmaMethod, k: number): RmaFit {
  const estimate = fit.beta[0] as number;
  const se = fit.se[0] as number;
  const common = isCommonEffect(method);
  const piHalfWidth = fit.crit * Math.sqrt(se * se + fit.tau2);
  const totalWeight = sumOf(fit.w);
  return {
    method,
    test: fit.test,
    k,
    estimate,
    se,
    stat: fit.stat[0] as number,
    df: fit.df,
    pval: fit.pval[0] as number,
    ci_lb: fit.ciLb[0] as number,
    ci_ub: fit.ciUb[0] as number,
    pi_lb: common ? null : estimate - piHalfWidth,
    pi_ub: common ? null : estimate + piHalfWidth,
    tau2: fit.tau2,
    I2: fit.I2,
    H2: fit.H2,
    QE: fit.QE,
    QEp: fit.QEp,
    weights_pct: Array.from(fit.w, (w) => (100 * w) / totalWeight),
  };
}

/**
 * Pools effects yi with sampling variances vi (metafor's rma): common-effect (EE/FE) or random
 * effects (DL, REML), with a z or Hartung–Knapp test. k = 1 is allowed, as in metafor (τ² = 0, z).
 */
export function rma(yi: ArrayLike<number>, vi: ArrayLike<number>, options: RmaOptions = {}): RmaFit {
  checkData(yi, vi);
  const s = settingsOf(options);
  return summarise(fitModel(interceptDesign(yi.length), yi, vi, s), s.method, yi.length);
}

// ---------------------------------------------------------------------------------------------
// Sensitivity: leave-one-out and cumulative

function emptySeries(): RmaSeries {
  return { estimate: [], se: [], pval: [], ci_lb: [], ci_ub: [], tau2: [], I2: [], QE: [] };
}

function pushFit(series: RmaSeries, fit: RmaFit | null): void {
  series.estimate.push(fit?.estimate ?? null);
  series.se.push(fit?.se ?? null);
  series.pval.push(fit?.pval ?? null);
  series.ci_lb.push(fit?.ci_lb ?? null);
  series.ci_ub.push(fit?.ci_ub ?? null);
  series.tau2.push(fit?.tau2 ?? null);
  series.I2.push(fit?.I2 ?? null);
  series.QE.push(fit?.QE ?? null);
}

/** A fit for a sensitivity analysis: like metafor's try(), a fit that does not converge is null. */
function sensitivityFit(yi: Float64Array, vi: Float64Array, options: RmaOptions): RmaFit | null {
  try {
    return rma(yi, vi, options);
  } catch (error) {
    if (error instanceof MetaAnalysisError && error.problem === 'not-converged') return null;
    throw error;
  }
}

/** The model refitted without each study in turn (metafor's leave1out); needs k ≥ 2. */
export function leave1out(yi: ArrayLike<number>, vi: ArrayLike<number>, options: RmaOptions = {}): RmaSeries {
  checkData(yi, vi);
  const k = yi.length;
  if (k < 2) throw new MetaAnalysisError('too-few-studies', 'Leave-one-out needs at least 2 studies.');
  const series = emptySeries();
  const ys = new Float64Array(k - 1);
  const vs = new Float64Array(k - 1);
  for (let left = 0; left < k; left++) {
    for (let i = 0, j = 0; i < k; i++) {
      if (i === left) continue;
      ys[j] = yi[i] as number;
      vs[j] = vi[i] as number;
      j++;
    }
    pushFit(series, sensitivityFit(ys, vs, options));
  }
  return series;
}

/** The model fitted to the first 1, 2, …, k studies in the order given (metafor's cumul). */
export function cumulative(
  yi: ArrayLike<number>,
  vi: ArrayLike<number>,
  options: RmaOptions = {},
): RmaSeries {
  checkData(yi, vi);
  const series = emptySeries();
  const ys = Float64Array.from(yi);
  const vs = Float64Array.from(vi);
  for (let n = 1; n <= yi.length; n++)
    pushFit(series, sensitivityFit(ys.subarray(0, n), vs.subarray(0, n), options));
  return series;
}

// ---------------------------------------------------------------------------------------------
// Small-study effects: Egger's regression test and trim-and-fill

/**
 * Egger's regression test as metafor's regtest() does it by default: the same model (method,
 * test, level, control) refitted with the standard error √vi as a moderator; the test is the
 * moderator's z (t for Hartung–Knapp), and the intercept is the "limit estimate".
 */
export function regtest(
  yi: ArrayLike<number>,
  vi: ArrayLike<number>,
  options: RmaOptions = {},
): RegtestResult {
  checkData(yi, vi);
  const fit = fitModel(eggerDesign(vi), yi, vi, settingsOf(options));
  return {
    stat: fit.stat[1] as number,
    pval: fit.pval[1] as number,
    df: fit.df,
    limit_estimate: fit.beta[0] as number,
  };
}

/** R's round(): halves go to the even neighbour. */
function roundHalfEven(x: number): number {
  const r = Math.round(x);
  return Math.abs(x % 1) === 0.5 && r % 2 !== 0 ? r - 1 : r;
}

/** The L0 estimate of the number of missing studies, from effects sorted ascending and a centre. */
function estimateL0(sorted: Float64Array, centre: number): number {
  const k = sorted.length;
  const order = Array.from({ length: k }, (_, i) => i);
  const distance = (i: number): number => Math.abs((sorted[i] as number) - centre);
  // rank(|y − centre|, ties.method = "first"): ties keep their order (Array.prototype.sort is stable).
  order.sort((a, b) => distance(a) - distance(b));
  let sumPositiveRanks = 0;
  order.forEach((i, rank) => {
    if ((sorted[i] as number) - centre > 0) sumPositiveRanks += rank + 1;
  });
  const k0 = (4 * sumPositiveRanks - k * (k + 1)) / (2 * k - 1);
  return Math.max(0, roundHalfEven(k0));
}

/**
 * Duval & Tweedie's trim-and-fill with the L0 estimator, as metafor's trimfill.rma.uni: the side
 * comes from the sign of the slope on √vi (negative → missing on the right); the most extreme k0
 * studies are trimmed until k0 is stable, then their mirror images about the trimmed estimate are
 * added and the model refitted. Its internal fits use metafor's defaults (z, 95%, default control).
 */
export function trimfill(
  yi: ArrayLike<number>,
  vi: ArrayLike<number>,
  options: RmaOptions = {},
  maxiter = 100,
): TrimfillResult {
  checkData(yi, vi);
  const k = yi.length;
  const method = options.method ?? 'REML';
  const internal: Settings = { method, test: 'z', alpha: 0.05, control: { ...DEFAULT_CONTROL } };
  if (k < 3) throw new MetaAnalysisError('too-few-studies', 'Trim-and-fill needs at least 3 studies.');

  const slope = fitModel(eggerDesign(vi), yi, vi, internal).beta[1] as number;
  const side = slope < 0 ? 'right' : 'left';
  const sign = side === 'right' ? -1 : 1;

  // Work on the side where studies are missing on the left, sorted ascending (stable for ties).
  const order = Array.from({ length: k }, (_, i) => i).sort(
    (a, b) => sign * (yi[a] as number) - sign * (yi[b] as number),
  );
  const ys = Float64Array.from(order, (i) => sign * (yi[i] as number));
  const vs = Float64Array.from(order, (i) => vi[i] as number);

  let k0 = 0;
  let previous = -1;
  let centre = 0;
  for (let iter = 1; k0 !== previous; iter++) {
    if (iter > maxiter) throw new MetaAnalysisError('not-converged', 'Trim and fill did not converge.');
    previous = k0;
    const trimmed = fitModel(
      interceptDesign(k - k0),
      ys.subarray(0, k - k0),
      vs.subarray(0, k - k0),
      internal,
    );
    centre = trimmed.beta[0] as number;
    k0 = estimateL0(ys, centre);
  }

  if (k0 === 0) {
    const fit = rma(yi, vi, options);
    return {
      side,
      k0,
      estimate: fit.estimate,
      se: fit.se,
      ci_lb: fit.ci_lb,
      ci_ub: fit.ci_ub,
      tau2: fit.tau2,
      filled: { yi: [], vi: [] },
    };
  }
  const filledY: number[] = [];
  const filledV: number[] = [];
  for (let j = k - k0; j < k; j++) {
    filledY.push(sign * (2 * centre - (ys[j] as number)));
    filledV.push(vs[j] as number);
  }
  const allY = Float64Array.from([...Array.from(yi), ...filledY]);
  const allV = Float64Array.from([...Array.from(vi), ...filledV]);
  const fit = summarise(fitModel(interceptDesign(allY.length), allY, allV, internal), method, allY.length);
  return {
    side,
    k0,
    estimate: fit.estimate,
    se: fit.se,
    ci_lb: fit.ci_lb,
    ci_ub: fit.ci_ub,
    tau2: fit.tau2,
    filled: { yi: filledY, vi: filledV },
  };
}
