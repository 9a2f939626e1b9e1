// Reading a bundle of any version this app knows: checks it against its version's schema (the
// first problem named by its path) and upgrades an older version to the current one.
import type { z } from 'zod';
import { ApiFailure } from '../errors';
import {
  BUNDLE_FORMAT,
  BUNDLE_FORMAT_VERSION,
  type LibraryBundle,
  LibraryBundleSchema,
  type LibraryBundleV1,
  LibraryBundleV1Schema,
} from './bundle';

function invalid(field: string, message: string): never {
  throw new ApiFailure('INVALID_INPUT', `${field || 'bundle'}: ${message}`, field);
}

function checked<T>(schema: z.ZodType<T>, json: unknown): T {
  const parsed = schema.safeParse(json);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  return invalid(issue?.path.join('.') ?? '', issue?.message ?? 'invalid bundle');
}

/**
 * Version 1 cited a baseline rate's source document by id; the library keeps the source in
 * words, so the citation becomes "Title, publisher, date: “passage”" as the sample always did.
 */
function upgradeV1(v1: LibraryBundleV1): LibraryBundle {
  const { version: _version, baselineRates, ...rest } = v1;
  return LibraryBundleSchema.parse({
    ...rest,
    format: BUNDLE_FORMAT,
    formatVersion: BUNDLE_FORMAT_VERSION,
    baselineRates: baselineRates.map((b) => {
      const doc = v1.documents.find((d) => d.id === b.source.document);
      const title =
        doc === undefined
          ? b.source.document
          : [doc.title, doc.publisher, doc.date].filter(Boolean).join(', ');
      return {
        id: b.id,
        outcomeDomainId: b.outcomeId,
        areaId: b.areaId ?? null,
        rate: b.rate,
        population: b.population ?? null,
        year: b.year ?? null,
        source: `${title}: “${b.source.passage}”`,
        sourceDate: doc?.date ?? null,
      };
    }),
  });
}

/** Parses untrusted JSON into a current bundle, whatever known version it was written in. */
export function parseBundle(json: unknown): LibraryBundle {
  if (typeof json !== 'object' || json === null || Array.isArray(json))
    invalid('', 'a bundle is a JSON object');
  const head = json as { format?: unknown; formatVersion?: unknown; version?: unknown };
  if (head.format !== BUNDLE_FORMAT) invalid('format', `expected "${BUNDLE_FORMAT}"`);
  if (head.formatVersion === undefined && head.version === 1)
    return upgradeV1(checked(LibraryBundleV1Schema, json));
  if (typeof head.formatVersion === 'number' && head.formatVersion > BUNDLE_FORMAT_VERSION) {
    invalid(
      'formatVersion',
      `this bundle was written by a newer version of Evidence Workbench (format ${head.formatVersion}); this version reads formats 1 to ${BUNDLE_FORMAT_VERSION}`,
    );
  }
  return checked(LibraryBundleSchema, json);
}
