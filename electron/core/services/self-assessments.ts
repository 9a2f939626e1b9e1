// The Project Oracle workflow: a provider drafts a self-assessment against a framework, attaches
// evidence to each criterion and submits it; the hub validates it (recording the validated level on
// the intervention) or returns it with notes. Each step is one transaction with its history entry,
// which holds the intervention's recorded standard too, so undoing a step puts both back.
import type { Database } from 'better-sqlite3';
import {
  assessmentCriteria,
  assessmentLevels,
  computedCriteria,
  selfAssessmentFramework,
} from '../../../shared/analysis/ratings/self-assessment-criteria';
import type { Framework } from '../../../shared/analysis/ratings/rules';
import { ApiFailure } from '../../../shared/errors';
import type {
  EvidenceItemInput,
  ReviewDecision,
  SelfAssessmentKey,
  SelfAssessmentRecord,
  SelfAssessmentView,
} from '../../../shared/model/self-assessment';
import { SELF_ASSESSMENT_STATUS_LABELS, type SelfAssessmentStatus } from '../../../shared/model/vocabulary';
import type { Library } from '../library';
import { recordChange } from '../repos/change-history';
import { interventionOfEvaluation } from '../repos/evaluations';
import {
  type InterventionStandard,
  interventionStandard,
  listInterventionNames,
  setInterventionStandard,
} from '../repos/interventions';
import {
  deleteSelfAssessment,
  findSelfAssessment,
  type SelfAssessmentFields,
  selfAssessmentsOf,
  writeSelfAssessment,
} from '../repos/self-assessments';
import { getInterventionDetail } from './intervention-detail';
import { frameworkRatings } from './ratings';
import { studyEffects } from './study-effects';

/** The intervention's fields the Project Oracle standard is recorded in (domain.md). */
const STANDARD_FIELDS = ['evidenceLevel', 'validationStatus', 'validatedBy', 'validatedAt'];
const PROJECT_ORACLE = 'project-oracle';

/** A history entry's state: the assessment, named for people, with the intervention's standard. */
type Snapshot = SelfAssessmentFields & InterventionStandard & { name: string };

export const selfAssessmentEntityId = (key: SelfAssessmentKey) => `${key.interventionId}/${key.frameworkId}`;

function frameworkOf(id: string): Framework {
  const framework = selfAssessmentFramework(id);
  if (framework === undefined) {
    throw new ApiFailure(
      'INVALID_INPUT',
      `frameworkId: there is no self-assessment framework "${id}"`,
      'frameworkId',
    );
  }
  return framework;
}

function interventionName(db: Database, id: string): string {
  const found = listInterventionNames(db).find((i) => i.id === id);
  if (found === undefined) {
    throw new ApiFailure('NOT_FOUND', `No intervention with id "${id}".`, 'interventionId');
  }
  return found.name;
}

/** An assessment as its history entries keep it (with the intervention's standard, for undo). */
export function selfAssessmentSnapshot(db: Database, key: SelfAssessmentKey): Snapshot | null {
  const record = findSelfAssessment(db, key);
  const standard = interventionStandard(db, key.interventionId);
  if (record === null || standard === null) return null;
  const { createdAt: _created, updatedAt: _updated, ...fields } = record;
  return {
    name: `${interventionName(db, key.interventionId)}: ${frameworkOf(key.frameworkId).name}`,
    ...fields,
    ...standard,
  };
}

/** Puts an assessment (and the intervention's standard) back as a history entry saw it. */
export function restoreSelfAssessment(db: Database, entityId: string, state: unknown): void {
  const [interventionId = '', frameworkId = ''] = entityId.split('/');
  if (state === null) {
    deleteSelfAssessment(db, { interventionId, frameworkId });
    return;
  }
  const s = state as Snapshot;
  writeSelfAssessment(db, s);
  setInterventionStandard(db, interventionId, s);
}

/**
 * An intervention's state for the history of its deletion, with its self-assessments (which the
 * bundle has no place for), so undoing the deletion brings them back too.
 */
export function withSelfAssessments<T extends object>(
  db: Database,
  interventionId: string,
  state: T,
): T & { selfAssessments?: SelfAssessmentFields[] } {
  const assessments = selfAssessmentsOf(db, interventionId).map(
    ({ createdAt: _created, updatedAt: _updated, ...fields }) => fields,
  );
  return assessments.length === 0 ? state : { ...state, selfAssessments: assessments };
}

/** Puts back the self-assessments a deleted intervention's history entry kept (see withSelfAssessments). */
export function restoreSelfAssessmentsOf(db: Database, state: unknown): void {
  const kept = (state as { selfAssessments?: SelfAssessmentFields[] }).selfAssessments ?? [];
  for (const assessment of kept) writeSelfAssessment(db, assessment);
}

function levelIds(framework: Framework): string[] {
  return framework.levels.map((l) => l.id);
}

function requireLevel(framework: Framework, level: string, field: string): void {
  if (!levelIds(framework).includes(level)) {
    throw new ApiFailure(
      'INVALID_INPUT',
      `${field}: choose one of ${framework.levels.map((l) => l.label).join(', ')}`,
      field,
    );
  }
}

function requireStatus(
  record: SelfAssessmentRecord,
  allowed: readonly SelfAssessmentStatus[],
  doing: string,
): void {
  if (!allowed.includes(record.status)) {
    const allowedWords = allowed.map((s) => SELF_ASSESSMENT_STATUS_LABELS[s].toLowerCase()).join(' or ');
    throw new ApiFailure(
      'CONFLICT',
      `status: only a self-assessment that is ${allowedWords} can be ${doing}; this one is ${SELF_ASSESSMENT_STATUS_LABELS[record.status].toLowerCase()}.`,
      'status',
    );
  }
}

function requireAssessment(db: Database, key: SelfAssessmentKey): SelfAssessmentRecord {
  interventionName(db, key.interventionId);
  const record = findSelfAssessment(db, key);
  if (record === null) {
    throw new ApiFailure(
      'NOT_FOUND',
      `There is no ${frameworkOf(key.frameworkId).name} self-assessment of this intervention yet: save a draft first.`,
      'frameworkId',
    );
  }
  return record;
}

/** One write: the change, then its history entry with the state before and after. */
function change(
  library: Library,
  key: SelfAssessmentKey,
  by: string,
  work: (db: Database) => void,
  note?: string,
): SelfAssessmentRecord {
  return library.write(() => {
    const db = library.db;
    const before = selfAssessmentSnapshot(db, key);
    work(db);
    recordChange(db, {
      userName: by,
      entityType: 'self_assessment',
      entityId: selfAssessmentEntityId(key),
      action: before === null ? 'create' : 'update',
      before,
      after: selfAssessmentSnapshot(db, key),
      ...(note === undefined ? {} : { note }),
    });
    return findSelfAssessment(db, key) as SelfAssessmentRecord;
  });
}

export function getSelfAssessment(db: Database, key: SelfAssessmentKey): SelfAssessmentView {
  const framework = frameworkOf(key.frameworkId);
  interventionName(db, key.interventionId);
  const detail = getInterventionDetail(db, key.interventionId);
  const [ratings] = frameworkRatings(
    db,
    detail,
    studyEffects(detail).map((s) => s.effect),
    [framework],
  );
  const rated = ratings?.ratings[0];
  if (rated === undefined) throw new ApiFailure('INTERNAL', `${framework.name} gave no rating.`);
  const found = computedCriteria(rated);
  const label = (id: string) =>
    [...framework.levels, framework.fallback].find((l) => l.id === id)?.label ?? id;
  return {
    interventionId: key.interventionId,
    framework: { id: framework.id, name: framework.name, source: framework.source },
    levels: assessmentLevels(framework),
    criteria: assessmentCriteria(framework).map((c) => ({ ...c, computed: found.get(c.key) ?? null })),
    computed: {
      level: rated.level,
      label: rated.label,
      suffixes: rated.suffixes,
      override:
        rated.override === null ? null : { level: rated.override.level, label: label(rated.override.level) },
    },
    assessment: findSelfAssessment(db, key),
  };
}

function checkEvidence(
  db: Database,
  framework: Framework,
  interventionId: string,
  evidence: readonly EvidenceItemInput[],
): void {
  const keys = new Set(assessmentCriteria(framework).map((c) => c.key));
  evidence.forEach((item, k) => {
    if (!keys.has(item.criterion)) {
      const field = `evidence.${k}.criterion`;
      throw new ApiFailure(
        'INVALID_INPUT',
        `${field}: ${framework.name} has no criterion "${item.criterion}"`,
        field,
      );
    }
    if (
      item.evaluationId !== undefined &&
      interventionOfEvaluation(db, item.evaluationId) !== interventionId
    ) {
      const field = `evidence.${k}.evaluationId`;
      throw new ApiFailure(
        'INVALID_INPUT',
        `${field}: "${item.evaluationId}" is not an evaluation of this intervention`,
        field,
      );
    }
  });
}

export function saveSelfAssessment(
  library: Library,
  input: SelfAssessmentKey & { claimedLevel?: string | undefined; evidence: EvidenceItemInput[]; by: string },
): SelfAssessmentRecord {
  const { by, claimedLevel, evidence, ...key } = input;
  const framework = frameworkOf(key.frameworkId);
  if (claimedLevel !== undefined) requireLevel(framework, claimedLevel, 'claimedLevel');
  return change(library, key, by, (db) => {
    interventionName(db, key.interventionId);
    checkEvidence(db, framework, key.interventionId, evidence);
    const current = findSelfAssessment(db, key);
    if (current !== null) requireStatus(current, ['draft', 'returned'], 'changed');
    writeSelfAssessment(db, {
      interventionId: key.interventionId,
      frameworkId: key.frameworkId,
      status: current?.status ?? 'draft',
      submittedBy: current?.submittedBy ?? null,
      submittedAt: current?.submittedAt ?? null,
      reviewedBy: current?.reviewedBy ?? null,
      reviewedAt: current?.reviewedAt ?? null,
      reviewNotes: current?.reviewNotes ?? null,
      validatedLevel: null,
      claimedLevel: claimedLevel ?? null,
      evidence: evidence.map((e) => ({
        criterion: e.criterion,
        text: e.text,
        evaluationId: e.evaluationId ?? null,
        url: e.url ?? null,
      })),
    });
  });
}

/** The criteria of the claimed level that have no evidence yet. */
function criteriaWithoutEvidence(framework: Framework, record: SelfAssessmentRecord): string[] {
  const level = assessmentLevels(framework).find((l) => l.id === record.claimedLevel);
  const covered = new Set(record.evidence.map((e) => e.criterion));
  const texts = new Map(assessmentCriteria(framework).map((c) => [c.key, c.text]));
  return (level?.criteria ?? []).filter((k) => !covered.has(k)).map((k) => texts.get(k) ?? k);
}

/** The Project Oracle standard as the intervention records it (1–5), or null for other frameworks. */
function oracleStandard(frameworkId: string, levelId: string): number | null {
  return frameworkId === PROJECT_ORACLE ? Number(levelId) : null;
}

const withoutStandardFields = (fields: readonly string[]) =>
  fields.filter((f) => !STANDARD_FIELDS.includes(f));

export function submitSelfAssessment(
  library: Library,
  input: SelfAssessmentKey & { by: string },
): SelfAssessmentRecord {
  const { by, ...key } = input;
  const framework = frameworkOf(key.frameworkId);
  return change(library, key, by, (db) => {
    const record = requireAssessment(db, key);
    requireStatus(record, ['draft', 'returned'], 'submitted');
    if (record.claimedLevel === null) {
      throw new ApiFailure(
        'INVALID_INPUT',
        'claimedLevel: choose the level you claim before submitting',
        'claimedLevel',
      );
    }
    const missing = criteriaWithoutEvidence(framework, record);
    if (missing.length > 0) {
      throw new ApiFailure(
        'INVALID_INPUT',
        `evidence: give evidence for every criterion of the level you claim before submitting; none yet for “${missing.join('”, “')}”`,
        'evidence',
      );
    }
    writeSelfAssessment(db, {
      ...record,
      status: 'submitted',
      submittedBy: by,
      submittedAt: new Date().toISOString(),
    });
    const standard = interventionStandard(db, key.interventionId) as InterventionStandard;
    const level = oracleStandard(key.frameworkId, record.claimedLevel);
    // A provider's claim is recorded as self-assessed, never over a standard the hub has validated.
    if (level !== null && standard.validationStatus !== 'validated') {
      setInterventionStandard(db, key.interventionId, {
        evidenceLevel: level,
        validationStatus: 'self-assessed',
        validatedBy: null,
        validatedAt: null,
        illustrativeFields: withoutStandardFields(standard.illustrativeFields),
      });
    }
  });
}

export function reviewSelfAssessment(
  library: Library,
  input: SelfAssessmentKey & {
    decision: ReviewDecision;
    validatedLevel?: string | undefined;
    notes?: string | undefined;
    by: string;
  },
): SelfAssessmentRecord {
  const { by, decision, validatedLevel, notes, ...key } = input;
  const framework = frameworkOf(key.frameworkId);
  if (decision === 'validated') requireLevel(framework, validatedLevel ?? '', 'validatedLevel');
  const at = new Date().toISOString();
  return change(
    library,
    key,
    by,
    (db) => {
      const record = requireAssessment(db, key);
      requireStatus(record, ['submitted'], decision === 'validated' ? 'validated' : 'returned');
      writeSelfAssessment(db, {
        ...record,
        status: decision,
        reviewedBy: by,
        reviewedAt: at,
        reviewNotes: notes === undefined || notes === '' ? null : notes,
        validatedLevel: decision === 'validated' ? (validatedLevel ?? null) : null,
      });
      const level = decision === 'validated' ? oracleStandard(key.frameworkId, validatedLevel ?? '') : null;
      if (level !== null) {
        const standard = interventionStandard(db, key.interventionId) as InterventionStandard;
        setInterventionStandard(db, key.interventionId, {
          evidenceLevel: level,
          validationStatus: 'validated',
          validatedBy: by,
          validatedAt: at.slice(0, 10),
          illustrativeFields: withoutStandardFields(standard.illustrativeFields),
        });
      }
    },
    notes === undefined ? undefined : `Review notes: ${notes}`,
  );
}
