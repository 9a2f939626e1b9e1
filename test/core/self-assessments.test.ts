// Self-assessment and validation on a real library: draft → submitted → returned → resubmitted →
// validated, the intervention's recorded standard set from it, refusals that name the field and
// change nothing, every step in the history and undoable.
import { describe, expect, it } from 'vitest';
import { createDispatch } from '../../electron/core/api/dispatch';
import type { InterventionDetail } from '../../shared/model/catalogue';
import type { DeleteOutcome, HistoryEntry, UndoOutcome } from '../../shared/model/editing';
import type { SelfAssessmentRecord, SelfAssessmentView } from '../../shared/model/self-assessment';
import { expectOk } from '../helpers/api';
import { Library, libraryChecksum } from '../helpers/libraries';
import { useMiniLibrary } from '../helpers/mini-library';

const mini = useMiniLibrary();

const ok = <T>(method: string, input: unknown) => expectOk<T>(mini.dispatch, method, input);

const checksum = () => libraryChecksum(mini.library);

/** Calls a method that must be refused, and checks the library did not change. */
async function refused(method: string, input: unknown) {
  const before = checksum();
  const result = await mini.dispatch(method, input);
  expect(checksum()).toBe(before);
  if (result.ok) throw new Error(`${method} was not refused`);
  return result.error;
}

const PROVIDER = 'P. Provider';
const REVIEWER = 'H. Reviewer';
const KEY = { interventionId: 'beta-sport', frameworkId: 'project-oracle' };
const TOC = 'has-a-theory-of-change';
const POSITIVE_CHANGE = 'at-least-one-evaluation-e-g-pre-post-showing-positive-change';

const DRAFT = {
  ...KEY,
  claimedLevel: '2',
  evidence: [
    {
      criterion: TOC,
      text: 'Logic model agreed with the youth offending team',
      url: 'https://example.org/toc',
    },
    { criterion: POSITIVE_CHANGE, text: 'Pre/post survey of participants', evaluationId: 'beta-eval-1' },
  ],
  by: PROVIDER,
};

const intervention = () => ok<InterventionDetail>('interventions/get', { id: KEY.interventionId });
const view = () => ok<SelfAssessmentView>('self-assessments/get', KEY);

describe('reading a self-assessment', () => {
  it('lists the framework criteria from the rules, each with what the evidence engine found', async () => {
    const v = await view();
    expect(v.assessment).toBeNull();
    expect(v.framework.id).toBe('project-oracle');
    expect(v.levels.map((l) => l.id)).toEqual(['1', '2', '3', '4', '5']);
    expect(v.criteria[0]).toMatchObject({ key: TOC, levelId: '1', requiredFor: ['1', '2', '3', '4', '5'] });
    expect(v.criteria.map((c) => c.key)).toContain(POSITIVE_CHANGE);
    // Beta has no theory of change recorded: the engine says so against the criterion.
    expect(v.criteria[0]?.computed?.met).toBe(false);
    expect(v.computed.level).toBe('0');
  });

  it('refuses a framework that is not for self-assessment, naming the field', async () => {
    const error = await refused('self-assessments/get', { ...KEY, frameworkId: 'crime-solutions' });
    expect(error).toMatchObject({ code: 'INVALID_INPUT', field: 'frameworkId' });
  });
});

describe('the validation workflow', () => {
  it('goes draft → submitted → returned → resubmitted → validated, recording the standard on the intervention', async () => {
    const draft = await ok<SelfAssessmentRecord>('self-assessments/save', DRAFT);
    expect(draft).toMatchObject({ status: 'draft', claimedLevel: '2', submittedBy: null });
    expect(draft.evidence).toEqual([
      { criterion: TOC, text: DRAFT.evidence[0]?.text, evaluationId: null, url: 'https://example.org/toc' },
      { criterion: POSITIVE_CHANGE, text: DRAFT.evidence[1]?.text, evaluationId: 'beta-eval-1', url: null },
    ]);

    const submitted = await ok<SelfAssessmentRecord>('self-assessments/submit', { ...KEY, by: PROVIDER });
    expect(submitted).toMatchObject({ status: 'submitted', submittedBy: PROVIDER });
    expect(await intervention()).toMatchObject({ evidenceLevel: 2, validationStatus: 'self-assessed' });

    const returned = await ok<SelfAssessmentRecord>('self-assessments/review', {
      ...KEY,
      decision: 'returned',
      notes: 'Add the follow-up data from the second cohort.',
      by: REVIEWER,
    });
    expect(returned).toMatchObject({
      status: 'returned',
      reviewedBy: REVIEWER,
      reviewNotes: 'Add the follow-up data from the second cohort.',
      validatedLevel: null,
    });

    const edited = await ok<SelfAssessmentRecord>('self-assessments/save', {
      ...DRAFT,
      evidence: [...DRAFT.evidence, { criterion: POSITIVE_CHANGE, text: 'Second cohort follow-up' }],
    });
    expect(edited.status).toBe('returned');
    expect(edited.evidence).toHaveLength(3);
    await ok('self-assessments/submit', { ...KEY, by: PROVIDER });

    const validated = await ok<SelfAssessmentRecord>('self-assessments/review', {
      ...KEY,
      decision: 'validated',
      validatedLevel: '2',
      notes: 'Confirmed at interview.',
      by: REVIEWER,
    });
    expect(validated).toMatchObject({ status: 'validated', validatedLevel: '2', reviewedBy: REVIEWER });
    const today = new Date().toISOString().slice(0, 10);
    expect(await intervention()).toMatchObject({
      evidenceLevel: 2,
      validationStatus: 'validated',
      validatedBy: REVIEWER,
      validatedAt: today,
    });
    expect((await view()).assessment?.status).toBe('validated');

    const history = await ok<HistoryEntry[]>('history/list', {
      entityType: 'self_assessment',
      entityId: 'beta-sport/project-oracle',
    });
    expect(history.map((h) => [h.action, h.userName])).toEqual([
      ['update', REVIEWER],
      ['update', PROVIDER],
      ['update', PROVIDER],
      ['update', REVIEWER],
      ['update', PROVIDER],
      ['create', PROVIDER],
    ]);
    expect(history[0]).toMatchObject({
      before: { status: 'submitted', validationStatus: 'self-assessed' },
      after: { status: 'validated', validationStatus: 'validated', validatedBy: REVIEWER },
      note: 'Review notes: Confirmed at interview.',
    });
  });

  it('validates a different level from the one claimed, and only Project Oracle touches the intervention', async () => {
    await ok('self-assessments/save', DRAFT);
    await ok('self-assessments/submit', { ...KEY, by: PROVIDER });
    await ok('self-assessments/review', { ...KEY, decision: 'validated', validatedLevel: '1', by: REVIEWER });
    expect(await intervention()).toMatchObject({ evidenceLevel: 1, validationStatus: 'validated' });

    const blueprints = { ...KEY, frameworkId: 'blueprints' };
    const criteria =
      (await ok<SelfAssessmentView>('self-assessments/get', blueprints)).levels[0]?.criteria ?? [];
    await ok('self-assessments/save', {
      ...blueprints,
      claimedLevel: 'promising',
      evidence: criteria.map((criterion) => ({ criterion, text: `Evidence for ${criterion}` })),
      by: PROVIDER,
    });
    await ok('self-assessments/submit', { ...blueprints, by: PROVIDER });
    await ok('self-assessments/review', {
      ...blueprints,
      decision: 'validated',
      validatedLevel: 'promising',
      by: REVIEWER,
    });
    expect(await intervention()).toMatchObject({ evidenceLevel: 1, validationStatus: 'validated' });
  });

  it('drops the illustrative marker from a standard the hub has now validated', async () => {
    const alpha = { interventionId: 'alpha-mentoring', frameworkId: 'project-oracle' };
    mini.library.db
      .prepare("UPDATE interventions SET illustrative_fields = ? WHERE id = 'alpha-mentoring'")
      .run(JSON.stringify(['reachPerYear', 'evidenceLevel', 'validationStatus']));
    await ok('self-assessments/save', {
      ...alpha,
      claimedLevel: '1',
      evidence: [{ criterion: TOC, text: 'Theory of change' }],
      by: PROVIDER,
    });
    await ok('self-assessments/submit', { ...alpha, by: PROVIDER });
    // Alpha's standard is already validated: a provider's claim does not overwrite it.
    expect(await ok<InterventionDetail>('interventions/get', { id: 'alpha-mentoring' })).toMatchObject({
      evidenceLevel: 3,
      validationStatus: 'validated',
      illustrativeFields: expect.arrayContaining(['evidenceLevel', 'validationStatus']),
    });
    await ok('self-assessments/review', {
      ...alpha,
      decision: 'validated',
      validatedLevel: '1',
      by: REVIEWER,
    });
    const detail = await ok<InterventionDetail>('interventions/get', { id: 'alpha-mentoring' });
    expect(detail).toMatchObject({ evidenceLevel: 1, validatedBy: REVIEWER });
    expect(detail.illustrativeFields).not.toContain('evidenceLevel');
    expect(detail.illustrativeFields).not.toContain('validationStatus');
  });
});

describe('refusals name the field and change nothing', () => {
  it('enforces the transitions', async () => {
    expect(await refused('self-assessments/submit', { ...KEY, by: PROVIDER })).toMatchObject({
      code: 'NOT_FOUND',
    });
    await ok('self-assessments/save', DRAFT);
    const validateDraft = await refused('self-assessments/review', {
      ...KEY,
      decision: 'validated',
      validatedLevel: '2',
      by: REVIEWER,
    });
    expect(validateDraft).toMatchObject({ code: 'CONFLICT', field: 'status' });
    expect(validateDraft.message).toMatch(
      /only a self-assessment that is submitted for validation can be validated; this one is draft/,
    );

    await ok('self-assessments/submit', { ...KEY, by: PROVIDER });
    expect(await refused('self-assessments/save', DRAFT)).toMatchObject({
      code: 'CONFLICT',
      field: 'status',
    });
    expect(await refused('self-assessments/submit', { ...KEY, by: PROVIDER })).toMatchObject({
      code: 'CONFLICT',
      field: 'status',
    });
    expect(
      await refused('self-assessments/review', { ...KEY, decision: 'returned', notes: '  ', by: REVIEWER }),
    ).toMatchObject({ code: 'INVALID_INPUT', field: 'notes' });
    expect(
      await refused('self-assessments/review', { ...KEY, decision: 'validated', by: REVIEWER }),
    ).toMatchObject({
      code: 'INVALID_INPUT',
      field: 'validatedLevel',
    });
    expect(
      await refused('self-assessments/review', {
        ...KEY,
        decision: 'validated',
        validatedLevel: '9',
        by: REVIEWER,
      }),
    ).toMatchObject({ code: 'INVALID_INPUT', field: 'validatedLevel' });

    await ok('self-assessments/review', { ...KEY, decision: 'validated', validatedLevel: '2', by: REVIEWER });
    expect(await refused('self-assessments/save', DRAFT)).toMatchObject({
      code: 'CONFLICT',
      field: 'status',
    });
    expect(
      await refused('self-assessments/review', { ...KEY, decision: 'returned', notes: 'Late', by: REVIEWER }),
    ).toMatchObject({ code: 'CONFLICT', field: 'status' });
  });

  it('needs a claimed level and evidence for every criterion of it before submitting', async () => {
    await ok('self-assessments/save', { ...DRAFT, claimedLevel: undefined });
    expect(await refused('self-assessments/submit', { ...KEY, by: PROVIDER })).toMatchObject({
      code: 'INVALID_INPUT',
      field: 'claimedLevel',
    });
    await ok('self-assessments/save', { ...DRAFT, claimedLevel: '3' });
    const missing = await refused('self-assessments/submit', { ...KEY, by: PROVIDER });
    expect(missing).toMatchObject({ code: 'INVALID_INPUT', field: 'evidence' });
    expect(missing.message).toMatch(/Has procedures to deliver it as designed/);
  });

  it('checks each evidence item: its criterion, its evaluation and its address', async () => {
    const item = DRAFT.evidence[1] as { criterion: string; text: string };
    const cases: [unknown, string][] = [
      [{ ...item, criterion: 'made-up' }, 'evidence.0.criterion'],
      [{ ...item, evaluationId: 'alpha-eval-1' }, 'evidence.0.evaluationId'],
      [{ ...item, url: 'javascript:alert(1)' }, 'evidence.0.url'],
      [{ ...item, text: '   ' }, 'evidence.0.text'],
    ];
    for (const [evidence, field] of cases) {
      expect(await refused('self-assessments/save', { ...DRAFT, evidence: [evidence] })).toMatchObject({
        code: 'INVALID_INPUT',
        field,
      });
    }
    expect(await refused('self-assessments/save', { ...DRAFT, claimedLevel: '7' })).toMatchObject({
      field: 'claimedLevel',
    });
    expect(await refused('self-assessments/save', { ...DRAFT, by: ' ' })).toMatchObject({ field: 'by' });
    expect(
      await refused('self-assessments/save', { ...DRAFT, interventionId: 'no-such-thing' }),
    ).toMatchObject({ code: 'NOT_FOUND', field: 'interventionId' });
  });

  it('refuses writes to a read-only library', async () => {
    const readOnly = await Library.open(mini.library.path, { readOnly: true });
    const result = await createDispatch({ library: readOnly })('self-assessments/save', DRAFT);
    const read = await createDispatch({ library: readOnly })('self-assessments/get', KEY);
    readOnly.close();
    expect(result).toMatchObject({ ok: false, error: { code: 'READ_ONLY' } });
    expect(read).toMatchObject({ ok: true });
  });
});

describe('history and undo', () => {
  it('undoes a validation: the assessment is submitted again and the intervention as it was', async () => {
    await ok('self-assessments/save', DRAFT);
    await ok('self-assessments/submit', { ...KEY, by: PROVIDER });
    const before = await intervention();
    await ok('self-assessments/review', { ...KEY, decision: 'validated', validatedLevel: '2', by: REVIEWER });
    const undo = await ok<UndoOutcome>('history/undo', { by: REVIEWER });
    expect(undo.undone).toMatchObject({
      entityType: 'self_assessment',
      entityId: 'beta-sport/project-oracle',
    });
    expect((await view()).assessment).toMatchObject({
      status: 'submitted',
      reviewedBy: null,
      validatedLevel: null,
    });
    const after = await intervention();
    expect({ ...after, updatedAt: null }).toEqual({ ...before, updatedAt: null });
  });

  it('undoes the first draft by removing it, evidence and all', async () => {
    await ok('self-assessments/save', DRAFT);
    await ok('history/undo', { by: PROVIDER });
    expect((await view()).assessment).toBeNull();
    expect(mini.library.db.prepare('SELECT count(*) AS n FROM self_assessment_evidence').get()).toEqual({
      n: 0,
    });
  });

  it('counts self-assessments among what deleting the intervention would take', async () => {
    await ok('self-assessments/save', DRAFT);
    const asked = await ok<DeleteOutcome>('interventions/delete', { id: 'beta-sport', by: PROVIDER });
    expect(asked.deleted).toBe(false);
    expect(asked.dependents).toContainEqual({ label: 'self-assessments', count: 1 });
  });

  it('brings the self-assessments back when the deletion of their intervention is undone', async () => {
    await ok('self-assessments/save', DRAFT);
    await ok('self-assessments/submit', { ...KEY, by: PROVIDER });
    const before = (await view()).assessment;
    await ok('interventions/delete', { id: 'beta-sport', by: PROVIDER, confirm: true });
    expect(mini.library.db.prepare('SELECT count(*) AS n FROM self_assessments').get()).toEqual({ n: 0 });
    await ok('history/undo', { by: PROVIDER });
    const after = (await view()).assessment;
    expect({ ...after, createdAt: null, updatedAt: null }).toEqual({
      ...before,
      createdAt: null,
      updatedAt: null,
    });
    expect(after?.evidence[1]?.evaluationId).toBe('beta-eval-1');
  });
});
