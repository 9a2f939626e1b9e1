// The one contract between the UI and the library core: every method, its input schema (checked
// at the boundary by every host) and its output type. The core's handler table must implement
// exactly these methods (checked by the compiler); the renderer's client is typed from them.
import { z } from 'zod';
import {
  type Attachment,
  AttachmentAddSchema,
  type AttachmentContent,
  AttachmentDeleteSchema,
  AttachmentIdSchema,
  AttachmentListInputSchema,
} from './model/attachments';
import {
  InterventionListInputSchema,
  type InterventionDetail,
  type InterventionPage,
} from './model/catalogue';
import {
  type ApproachSummary,
  ApproachSummaryInputSchema,
  ClearOverrideInputSchema,
  EvidenceInputSchema,
  type EvidenceSummary,
  type InterventionRatings,
  type RatedSubject,
  RatingOverrideInputSchema,
} from './model/evidence';
import {
  type Brief,
  BriefBrandingSaveSchema,
  type BriefBranding,
  type BriefDiff,
  BriefExportJobSchema,
  BriefExportStartSchema,
  type BriefExportStatus,
  type BriefFile,
  BriefFieldsSchema,
  BriefIdSchema,
  BriefSaveSchema,
  type BriefSnapshotSummary,
  type BriefSummary,
  SnapshotCreateSchema,
  SnapshotIdSchema,
} from './model/brief';
import type { BriefDocument } from './model/brief-document';
import {
  type CandidatesResult,
  CandidatesInputSchema,
  type Comparison,
  CompareInputSchema,
  type ShortlistEntry,
  ShortlistAddSchema,
  ShortlistRemoveSchema,
} from './model/compare';
import {
  type DeleteOutcome,
  DeleteInputSchema,
  type HistoryEntry,
  CostItemEditSchema,
  EvaluationEditSchema,
  HistoryInputSchema,
  InterventionEditSchema,
  OutcomeResultEditSchema,
  OrganisationEditSchema,
  UndoInputSchema,
  type UndoOutcome,
} from './model/editing';
import {
  type SavedView,
  type SearchHit,
  SearchInputSchema,
  ViewDeleteInputSchema,
  ViewListInputSchema,
  ViewSaveInputSchema,
} from './model/finding';
import {
  type SelfAssessmentRecord,
  SelfAssessmentKeySchema,
  SelfAssessmentReviewSchema,
  SelfAssessmentSaveSchema,
  SelfAssessmentSubmitSchema,
  type SelfAssessmentView,
} from './model/self-assessment';
import {
  BaselineRateSaveSchema,
  PriceIndexReplaceSchema,
  ReferenceDeleteSchema,
  UnitCostSaveSchema,
  ValueInputSchema,
  type ValueReport,
  type ValueSettings,
  ValueSettingsSaveSchema,
} from './model/value';
import {
  LIBRARY_ENTITIES,
  type EntityName,
  type LibraryInfo,
  type ReferenceData,
  type ReferenceUsage,
} from './model/library';
import {
  ApproachTypeEditSchema,
  AreaEditSchema,
  OutcomeDomainEditSchema,
  type OutcomeDomainMerged,
  OutcomeDomainMergeSchema,
  OutcomeDomainMoveSchema,
  type OutcomeDomainSaved,
  OutcomeGroupEditSchema,
  OutcomeGroupMoveSchema,
} from './model/reference-editing';
import {
  EvaluationListInputSchema,
  type EvaluationPage,
  OutcomeResultListInputSchema,
  type OutcomeResultPage,
  type StudyFacets,
} from './model/study-grids';
import {
  type BackupList,
  type BackupMade,
  BackupFileInputSchema,
  LibraryPathInputSchema,
  type LibrarySwitched,
  type RecentLibrary,
  type RestoreOutcome,
} from './model/library-files';
import type { OrganisationDetail, OrganisationRow } from './model/organisations';
import { EntityExportInputSchema, type ExportFile, GridExportInputSchema } from './model/exports';
import {
  ReferenceImportInputSchema,
  type ReferenceImportOutcome,
  type ReferencePreview,
  ReferencePreviewInputSchema,
} from './model/references';
import { type GapMap, GapMapInputSchema } from './model/gap-map';
import type { LibraryBundle } from './model/bundle';
import {
  BundleExportInputSchema,
  type MergeApplied,
  MergeApplyInputSchema,
  type MergePreview,
  MergePreviewInputSchema,
} from './model/merge';
import {
  ImportCheckSchema,
  ImportInspectSchema,
  type ImportInspection,
  ImportJobSchema,
  type ImportJobStatus,
  type ImportReport,
  ImportStartSchema,
  type ImportTemplate,
  ImportTemplateSchema,
} from './model/import';
import { FRAMEWORK_IDS } from './analysis/ratings/frameworks';

interface MethodSpec<I extends z.ZodType, O> {
  input: I;
  /** Phantom: carries the output type; never set at run time. */
  output?: O;
}

function method<O>() {
  return <I extends z.ZodType>(input: I): MethodSpec<I, O> => ({ input });
}

const recordId = z.string().min(1, 'an id is required').max(120);

export const api = {
  'library/info': method<LibraryInfo>()(z.object({}).strict()),
  'library/list-names': method<EntityName[]>()(z.object({ entity: z.enum(LIBRARY_ENTITIES) }).strict()),
  // Library files by typed path: the browser-served mode only (the desktop app uses its dialogs).
  'library-files/recent': method<RecentLibrary[]>()(z.object({}).strict()),
  'library-files/open': method<LibrarySwitched>()(LibraryPathInputSchema),
  'library-files/create': method<LibrarySwitched>()(LibraryPathInputSchema),
  'library-files/save-copy': method<{ path: string; sizeBytes: number }>()(LibraryPathInputSchema),
  'backups/list': method<BackupList>()(z.object({}).strict()),
  'backups/create': method<BackupMade>()(z.object({}).strict()),
  'backups/restore': method<RestoreOutcome>()(BackupFileInputSchema),
  /** The library, or chosen interventions with what they refer to, as a bundle (docs/bundle-format.md). */
  'bundles/export': method<LibraryBundle>()(BundleExportInputSchema),
  /** What merging a bundle or another library file would do: new, identical and conflicting records. */
  'merge/preview': method<MergePreview>()(MergePreviewInputSchema),
  /** Merges it, with a choice for every conflict, in one transaction that undo reverses. */
  'merge/apply': method<MergeApplied>()(MergeApplyInputSchema),
  'reference/list': method<ReferenceData>()(z.object({}).strict()),
  'reference/usage': method<ReferenceUsage>()(z.object({}).strict()),
  'outcome-groups/save': method<{ id: string }>()(OutcomeGroupEditSchema),
  'outcome-groups/move': method<{ id: string }>()(OutcomeGroupMoveSchema),
  'outcome-groups/delete': method<DeleteOutcome>()(DeleteInputSchema),
  'outcome-domains/save': method<OutcomeDomainSaved>()(OutcomeDomainEditSchema),
  'outcome-domains/move': method<{ id: string }>()(OutcomeDomainMoveSchema),
  'outcome-domains/delete': method<DeleteOutcome>()(DeleteInputSchema),
  'outcome-domains/merge': method<OutcomeDomainMerged>()(OutcomeDomainMergeSchema),
  'approach-types/save': method<{ id: string }>()(ApproachTypeEditSchema),
  'approach-types/delete': method<DeleteOutcome>()(DeleteInputSchema),
  'areas/save': method<{ id: string }>()(AreaEditSchema),
  'areas/delete': method<DeleteOutcome>()(DeleteInputSchema),
  'interventions/list': method<InterventionPage>()(InterventionListInputSchema),
  'interventions/get': method<InterventionDetail>()(z.object({ id: recordId }).strict()),
  'interventions/save': method<{ id: string }>()(InterventionEditSchema),
  'interventions/delete': method<DeleteOutcome>()(DeleteInputSchema),
  'organisations/list': method<OrganisationRow[]>()(z.object({}).strict()),
  'organisations/get': method<OrganisationDetail>()(z.object({ id: recordId }).strict()),
  'organisations/save': method<{ id: string }>()(OrganisationEditSchema),
  'organisations/delete': method<DeleteOutcome>()(DeleteInputSchema),
  'evaluations/list': method<EvaluationPage>()(EvaluationListInputSchema),
  'outcome-results/list': method<OutcomeResultPage>()(OutcomeResultListInputSchema),
  /** The values the grids' set filters offer for free-text columns (countries, places, time points). */
  'studies/facets': method<StudyFacets>()(z.object({}).strict()),
  'evaluations/save': method<{ id: string }>()(EvaluationEditSchema),
  'evaluations/delete': method<DeleteOutcome>()(DeleteInputSchema),
  'outcome-results/save': method<{ id: string }>()(OutcomeResultEditSchema),
  'outcome-results/delete': method<DeleteOutcome>()(DeleteInputSchema),
  /** A grid as shown (its query without paging, its visible columns and headings) as a CSV or XLSX file. */
  'exports/grid': method<ExportFile>()(GridExportInputSchema),
  /** Every row of an entity with its default columns (what `ewb export` writes). */
  'exports/entity': method<ExportFile>()(EntityExportInputSchema),
  /** Reads a RIS or BibTeX file (by its name's extension) and says of each entry: new, duplicate or invalid. */
  'references/preview': method<ReferencePreview>()(ReferencePreviewInputSchema),
  /** Creates evaluations of the intervention from the chosen entries, in one change that undo takes back. */
  'references/import': method<ReferenceImportOutcome>()(ReferenceImportInputSchema),
  'cost-items/save': method<{ id: string }>()(CostItemEditSchema),
  'cost-items/delete': method<DeleteOutcome>()(DeleteInputSchema),
  'history/list': method<HistoryEntry[]>()(HistoryInputSchema),
  /** The change an undo would undo now (null when there is none), to show before undoing. */
  'history/last': method<{ change: HistoryEntry | null }>()(z.object({}).strict()),
  'history/undo': method<UndoOutcome>()(UndoInputSchema),
  'attachments/list': method<Attachment[]>()(AttachmentListInputSchema),
  'attachments/add': method<Attachment>()(AttachmentAddSchema),
  'attachments/content': method<AttachmentContent>()(AttachmentIdSchema),
  'attachments/delete': method<DeleteOutcome>()(AttachmentDeleteSchema),
  'search/all': method<SearchHit[]>()(SearchInputSchema),
  'views/list': method<SavedView[]>()(ViewListInputSchema),
  'views/save': method<{ id: string }>()(ViewSaveInputSchema),
  'views/delete': method<{ deleted: boolean }>()(ViewDeleteInputSchema),
  'evidence/get': method<EvidenceSummary>()(EvidenceInputSchema),
  'ratings/list': method<InterventionRatings[]>()(
    z.object({ frameworkId: z.enum(FRAMEWORK_IDS).optional() }).strict(),
  ),
  'ratings/approaches': method<ApproachSummary[]>()(ApproachSummaryInputSchema),
  /** The evidence gap map: approach types or interventions against the outcome taxonomy. */
  'evidence/gap-map': method<GapMap>()(GapMapInputSchema),
  'ratings/override': method<RatedSubject>()(RatingOverrideInputSchema),
  'ratings/clear-override': method<{ cleared: boolean }>()(ClearOverrideInputSchema),
  'value/get': method<ValueReport>()(ValueInputSchema),
  'value-settings/get': method<ValueSettings>()(z.object({}).strict()),
  'value-settings/save': method<ValueSettings>()(ValueSettingsSaveSchema),
  'price-index/replace': method<{ series: string; years: number }>()(PriceIndexReplaceSchema),
  'unit-costs/save': method<{ id: string }>()(UnitCostSaveSchema),
  'unit-costs/delete': method<DeleteOutcome>()(ReferenceDeleteSchema),
  'baseline-rates/save': method<{ id: string }>()(BaselineRateSaveSchema),
  'baseline-rates/delete': method<DeleteOutcome>()(ReferenceDeleteSchema),
  /** Interventions that meet a need (outcome, ages, settings, tier, strand, areas, budget), with figures to choose by. */
  'compare/candidates': method<CandidatesResult>()(CandidatesInputSchema),
  /** 2–6 interventions side by side on one outcome: ratings, effect, value, fit, readiness and gaps. */
  'compare/get': method<Comparison>()(CompareInputSchema),
  'shortlist/list': method<ShortlistEntry[]>()(z.object({}).strict()),
  'shortlist/add': method<ShortlistEntry[]>()(ShortlistAddSchema),
  'shortlist/remove': method<ShortlistEntry[]>()(ShortlistRemoveSchema),
  'briefs/list': method<BriefSummary[]>()(z.object({}).strict()),
  'briefs/get': method<Brief>()(BriefIdSchema),
  /** Creates or updates a brief (the author's choices and words; figures come from the library). */
  'briefs/save': method<{ id: string }>()(BriefSaveSchema),
  'briefs/delete': method<DeleteOutcome>()(DeleteInputSchema),
  /** The brief worked out from the library now: what the preview shows and every format is written from. */
  'briefs/document': method<BriefDocument>()(BriefIdSchema),
  /** An unsaved brief worked out from the library now (`ewb brief`; a preview of edits before saving). */
  'briefs/draft-document': method<BriefDocument>()(BriefFieldsSchema),
  'brief-branding/get': method<BriefBranding>()(z.object({}).strict()),
  'brief-branding/save': method<BriefBranding>()(BriefBrandingSaveSchema),
  /** Starts writing the brief as PDF, DOCX, HTML or Markdown; poll brief-exports/progress. */
  'brief-exports/start': method<{ jobId: string }>()(BriefExportStartSchema),
  'brief-exports/progress': method<BriefExportStatus>()(BriefExportJobSchema),
  /** The finished file of a succeeded job. */
  'brief-exports/file': method<BriefFile>()(BriefExportJobSchema),
  'brief-snapshots/list': method<BriefSnapshotSummary[]>()(BriefIdSchema),
  /** Generates the brief in a format and freezes the file, with its figures, in the library. */
  'brief-snapshots/create': method<BriefSnapshotSummary>()(SnapshotCreateSchema),
  'brief-snapshots/file': method<BriefFile>()(SnapshotIdSchema),
  /** What changed in the figures between a snapshot and the library now. */
  'brief-snapshots/diff': method<BriefDiff>()(SnapshotIdSchema),
  'brief-snapshots/delete': method<DeleteOutcome>()(DeleteInputSchema),
  'self-assessments/get': method<SelfAssessmentView>()(SelfAssessmentKeySchema),
  'self-assessments/save': method<SelfAssessmentRecord>()(SelfAssessmentSaveSchema),
  'self-assessments/submit': method<SelfAssessmentRecord>()(SelfAssessmentSubmitSchema),
  'self-assessments/review': method<SelfAssessmentRecord>()(SelfAssessmentReviewSchema),
  /** Reads a spreadsheet's header row and proposes a column mapping (remembered or auto-matched). */
  'import/inspect': method<ImportInspection>()(ImportInspectSchema),
  /** The dry run: every row checked, every error by row and column; writes nothing. */
  'import/check': method<ImportReport>()(ImportCheckSchema),
  /** Starts an all-or-nothing import as a job; poll import/progress, stop with import/cancel. */
  'import/start': method<{ jobId: string }>()(ImportStartSchema),
  'import/progress': method<ImportJobStatus>()(ImportJobSchema),
  'import/cancel': method<ImportJobStatus>()(ImportJobSchema),
  'import/template': method<ImportTemplate>()(ImportTemplateSchema),
} as const;

export type Api = typeof api;
export type MethodName = keyof Api;
/** What a caller sends (defaults may be left out). */
export type MethodInput<M extends MethodName> = z.input<Api[M]['input']>;
/** What a handler receives, after validation and defaults. */
export type ParsedInput<M extends MethodName> = z.output<Api[M]['input']>;
export type MethodOutput<M extends MethodName> = NonNullable<Api[M]['output']>;

/** The shape the core's handler table must satisfy: one function per method, nothing more. */
export type Handlers<Context> = {
  [M in MethodName]: (input: ParsedInput<M>, context: Context) => MethodOutput<M> | Promise<MethodOutput<M>>;
};

export function isMethodName(name: string): name is MethodName {
  return Object.hasOwn(api, name);
}
