// Loads the metafor reference fixtures (test/fixtures/metafor, made by make.R) and compares our
// numbers with them: every number to 1e-6, absolute, or relative where |expected| > 1e3.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from './libraries';

export const METAFOR_DIR = join(REPO_ROOT, 'test', 'fixtures', 'metafor');
export const TOLERANCE = 1e-6;

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

export interface MetaforFixture {
  name: string;
  description: string;
  metafor: string;
  request: Record<string, Json>;
  result: { [key: string]: Json } & { error?: string };
}

export function readJson<T>(file: string): T {
  return JSON.parse(readFileSync(join(METAFOR_DIR, file), 'utf8')) as T;
}

/** Every request/result fixture (distributions.json and conversions.json hold other values). */
export function metaforFixtures(): MetaforFixture[] {
  return readdirSync(METAFOR_DIR)
    .filter((f) => f.endsWith('.json') && f !== 'distributions.json' && f !== 'conversions.json')
    .sort()
    .map((f) => readJson<MetaforFixture>(f));
}

/** True when a number agrees with metafor's to the tolerance of the acceptance criteria. */
export function closeEnough(actual: number, expected: number, tolerance = TOLERANCE): boolean {
  const scale = Math.abs(expected) > 1e3 ? Math.abs(expected) : 1;
  return Math.abs(actual - expected) <= tolerance * scale;
}

/**
 * Every difference between a result and metafor's, as "path: ours vs metafor" lines. Objects
 * must have exactly the expected keys, arrays the expected length, nulls stay null.
 */
export function differences(actual: unknown, expected: Json, path = '$', tolerance = TOLERANCE): string[] {
  if (expected === null || typeof expected !== 'object') {
    if (typeof expected === 'number') {
      return typeof actual === 'number' && closeEnough(actual, expected, tolerance)
        ? []
        : [`${path}: ${String(actual)} vs ${expected}`];
    }
    return actual === expected ? [] : [`${path}: ${JSON.stringify(actual)} vs ${JSON.stringify(expected)}`];
  }
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual) || actual.length !== expected.length) {
      return [`${path}: ${JSON.stringify(actual)} vs an array of ${expected.length}`];
    }
    return expected.flatMap((e, i) => differences(actual[i], e, `${path}[${i}]`, tolerance));
  }
  if (typeof actual !== 'object' || actual === null || Array.isArray(actual)) {
    return [`${path}: ${JSON.stringify(actual)} vs an object`];
  }
  const ours = actual as Record<string, unknown>;
  const keys = new Set([...Object.keys(expected), ...Object.keys(ours)]);
  return [...keys].flatMap((key) =>
    key in expected
      ? key in ours
        ? differences(ours[key], expected[key] as Json, `${path}.${key}`, tolerance)
        : [`${path}.${key}: missing`]
      : [`${path}.${key}: not expected`],
  );
}
