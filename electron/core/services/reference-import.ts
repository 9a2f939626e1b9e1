// Reference files (RIS, BibTeX) into evaluations of one intervention: a preview that says of each
// entry whether it is new, a duplicate (of which evaluation, or of which earlier entry) or invalid
// (and why), then the chosen entries written in one transaction as one change, which undo removes.
import type { Database } from 'better-sqlite3';
import { ApiFailure } from '../../../shared/errors';
import { type BundleEvaluation, EvaluationSchema } from '../../../shared/model/bundle';
import {
  type DuplicateMatch,
  type ParsedEntry,
  type PreviewEntry,
  type Reference,
  type ReferenceImportOutcome,
  type ReferencePreview,
  normaliseDoi,
  normaliseTitle,
  referenceFormatOf,
} from '../../../shared/model/references';
import type { Design } from '../../../shared/model/vocabulary';
import { parseBibtex } from '../io/bibtex';
import { parseRis } from '../io/ris';
import type { Library } from '../library';
import { recordChange } from '../repos/change-history';
import { evaluationKeys } from '../repos/evaluation-keys';
import { deleteEvaluation, insertEvaluation, interventionOfEvaluation } from '../repos/evaluations';
import { interventionExists } from '../repos/interventions';
import { newId } from '../repos/record-ids';

/** The change history's name for an import of references (one change for the whole file). */
export const REFERENCE_IMPORT_ENTITY = 'reference_import';

interface FileInput {
  interventionId: string;
  fileName: string;
  content: string;
}

const PARSERS = { ris: parseRis, bibtex: parseBibtex } as const;

const titleKey = (r: Pick<Reference, 'title' | 'year'>) => `${normaliseTitle(r.title)}|${r.year ?? ''}`;

function parseFile(
  db: Database,
  input: FileInput,
): { format: ReferencePreview['format']; entries: ParsedEntry[] } {
  if (!interventionExists(db, input.interventionId)) {
    throw new ApiFailure('NOT_FOUND', `No intervention with id "${input.interventionId}".`, 'interventionId');
  }
  const format = referenceFormatOf(input.fileName);
  return { format, entries: PARSERS[format](input.content) };
}

/** Each entry as new, duplicate or invalid; earlier entries of the file count as known. */
function classify(db: Database, entries: readonly ParsedEntry[]): PreviewEntry[] {
  const byDoi = new Map<string, DuplicateMatch>();
  const byTitle = new Map<string, DuplicateMatch>();
  for (const e of evaluationKeys(db)) {
    const match = {
      kind: 'evaluation',
      id: e.id,
      title: e.title,
      interventionName: e.interventionName,
    } as const;
    if (e.doi !== null && e.doi.trim() !== '') byDoi.set(normaliseDoi(e.doi), match);
    if (!byTitle.has(titleKey(e))) byTitle.set(titleKey(e), match);
  }
  return entries.map((entry): PreviewEntry => {
    if ('problem' in entry) return { number: entry.number, status: 'invalid', problem: entry.problem };
    const { reference, number } = entry;
    const doiMatch = reference.doi === null ? undefined : byDoi.get(reference.doi);
    const titleMatch = byTitle.get(titleKey(reference));
    const self = { kind: 'entry', number } as const;
    if (reference.doi !== null && doiMatch === undefined) byDoi.set(reference.doi, self);
    if (titleMatch === undefined) byTitle.set(titleKey(reference), self);
    if (doiMatch !== undefined)
      return { number, status: 'duplicate', reference, duplicateOf: doiMatch, matchedBy: 'doi' };
    if (titleMatch !== undefined)
      return { number, status: 'duplicate', reference, duplicateOf: titleMatch, matchedBy: 'title and year' };
    return { number, status: 'new', reference };
  });
}

export function previewReferences(db: Database, input: FileInput): ReferencePreview {
  const { format, entries } = parseFile(db, input);
  return { format, entries: classify(db, entries) };
}

function toEvaluation(db: Database, interventionId: string, r: Reference, design: Design): BundleEvaluation {
  return EvaluationSchema.parse({
    id: newId(db, 'evaluations', `${interventionId}-${r.title}`),
    title: r.title,
    ...(r.authors === null ? {} : { authors: r.authors }),
    ...(r.year === null ? {} : { year: r.year }),
    ...(r.doi === null ? {} : { doi: r.doi }),
    ...(r.url === null ? {} : { url: r.url }),
    ...(r.abstract === null ? {} : { findings: r.abstract }),
    // A reference says nothing of these: the researcher records them on the evaluation.
    independent: false,
    design,
    illustrative: false,
  });
}

/** What the history keeps of an import: enough to name it and to take it back. */
interface ImportSnapshot {
  name: string;
  interventionId: string;
  evaluationIds: string[];
}

export function importReferences(
  library: Library,
  input: FileInput & { entries: number[]; design: Design; by: string },
): ReferenceImportOutcome {
  return library.write(() => {
    const db = library.db;
    const preview = classify(db, parseFile(db, input).entries);
    const chosen = [...new Set(input.entries)].sort((a, b) => a - b);
    const created: string[] = [];
    for (const number of chosen) {
      const entry = preview.find((e) => e.number === number);
      if (entry === undefined) {
        throw new ApiFailure('INVALID_INPUT', `entries: the file has no entry ${number}`, 'entries');
      }
      if (entry.status === 'invalid') {
        throw new ApiFailure('INVALID_INPUT', `entries: ${entry.problem}`, 'entries');
      }
      const evaluation = toEvaluation(db, input.interventionId, entry.reference, input.design);
      insertEvaluation(db, input.interventionId, evaluation);
      created.push(evaluation.id);
    }
    const after: ImportSnapshot = {
      name: `${input.fileName} (${created.length} ${created.length === 1 ? 'entry' : 'entries'})`,
      interventionId: input.interventionId,
      evaluationIds: created,
    };
    recordChange(db, {
      userName: input.by,
      entityType: REFERENCE_IMPORT_ENTITY,
      entityId: input.interventionId,
      action: 'import',
      before: null,
      after,
    });
    return { created };
  });
}

/** Undoes an import: the evaluations it created go (those deleted since are already gone). */
export function removeImportedEvaluations(db: Database, after: unknown): void {
  const ids = (after as Partial<ImportSnapshot> | null)?.evaluationIds ?? [];
  for (const id of ids) if (interventionOfEvaluation(db, id) !== null) deleteEvaluation(db, id);
}
