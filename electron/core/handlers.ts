// The table that implements shared/api.ts: one entry per method, checked by the compiler.
import type { Handlers } from '../../shared/api';
import { ApiFailure } from '../../shared/errors';
import type {
  BackupList,
  BackupMade,
  LibrarySwitched,
  RecentLibrary,
  RestoreOutcome,
} from '../../shared/model/library-files';
import { createBriefSnapshot, draftBriefDocument, startSavedBriefExport } from './briefs/brief-exports';
import { briefExportFile, briefExportStatus } from './briefs/export-jobs';
import { requireBriefTools } from './briefs/host';
import type { BriefTools } from './briefs/render';
import type { Library } from './library';
import { historyOf, lastUndoableChange } from './repos/change-history';
import { listEvaluationNames } from './repos/evaluations';
import { listInterventionNames, listInterventions } from './repos/interventions';
import { listOrganisationNames, listOrganisations } from './repos/organisations';
import { listReferenceData, referenceUsage } from './repos/reference-data';
import { deleteView, listViews, saveView } from './repos/saved-views';
import { searchAll } from './repos/search';
import { listEvaluationRows, studyFacets } from './repos/study-grids';
import { approachSummaries } from './services/approach-summaries';
import { addAttachment, attachmentContent, attachmentsOf, deleteAttachment } from './services/attachments';
import {
  deleteCostItem,
  deleteEvaluation,
  deleteIntervention,
  deleteOrganisation,
  getOrganisationDetail,
  deleteOutcomeResult,
  saveCostItem,
  saveEvaluation,
  saveIntervention,
  saveOrganisation,
  saveOutcomeResult,
  undoLastChange,
} from './services/editing';
import {
  deleteApproachType,
  deleteArea,
  deleteOutcomeDomain,
  deleteOutcomeGroup,
  mergeOutcomeDomain,
  moveOutcomeDomain,
  moveOutcomeGroup,
  saveApproachType,
  saveArea,
  saveOutcomeDomain,
  saveOutcomeGroup,
} from './services/reference-editing';
import { evidenceSummary } from './services/evidence';
import { gapMap } from './services/gap-map';
import { compareInterventions } from './services/compare';
import { compareCandidates } from './services/compare-candidates';
import { addToShortlist, removeFromShortlist } from './services/shortlist';
import { listShortlist } from './repos/shortlist';
import { getInterventionDetail } from './services/intervention-detail';
import { allRatings, clearOverride, overrideRating } from './services/ratings';
import { exportEntity, exportGrid } from './services/grid-export';
import { libraryInfo } from './services/library-info';
import { importReferences, previewReferences } from './services/reference-import';
import { exportLibraryBundle } from './services/library-bundle';
import { applyMerge, previewMerge } from './services/merge/merge';
import { readMergeSource } from './services/merge/merge-source';
import { valueReport } from './services/value';
import {
  deleteBaselineRate,
  deleteUnitCost,
  readValueSettings,
  replacePriceIndex,
  saveBaselineRate,
  saveUnitCost,
  saveValueSettings,
} from './services/value-settings';
import {
  getSelfAssessment,
  reviewSelfAssessment,
  saveSelfAssessment,
  submitSelfAssessment,
} from './services/self-assessments';
import { listOutcomeResults } from './services/study-grids';
import { cancelImportJob, importJobStatus, startImportJob } from './services/import-jobs';
import { checkImport, fromApiSource, inspectImport } from './services/spreadsheet-import';
import { importTemplate } from './io/import/templates';
import { APP_VERSION } from './app-version';
import { getBranding } from './repos/brief-branding';
import { listBriefs } from './repos/briefs';
import { saveBriefBranding } from './services/briefs/branding';
import { deleteBrief, getBriefOrFail, saveBrief } from './services/briefs/briefs';
import { briefDocument } from './services/briefs/document';
import {
  deleteSnapshot,
  diffSnapshot,
  listBriefSnapshots,
  snapshotFileOf,
} from './services/briefs/snapshots';

/** What the host that owns the library (the desktop window, `ewb serve`) does with library files. */
export interface LibraryFiles {
  recent: () => RecentLibrary[];
  open: (path: string) => Promise<LibrarySwitched>;
  create: (path: string) => Promise<LibrarySwitched>;
  saveCopy: (path: string) => Promise<{ path: string; sizeBytes: number }>;
  listBackups: () => BackupList;
  backUpNow: () => Promise<BackupMade>;
  restore: (fileName: string) => Promise<RestoreOutcome>;
}

export interface HandlerContext {
  library: Library;
  /** Absent where one library is opened for one command (the CLI). */
  files?: LibraryFiles;
  /** The brief template and printer; absent where briefs are not exported. */
  briefs?: BriefTools;
}

function filesOf(context: HandlerContext): LibraryFiles {
  if (context.files === undefined) {
    throw new ApiFailure(
      'FORBIDDEN',
      'Library files and backups are managed by the desktop app or `ewb serve`, not here.',
    );
  }
  return context.files;
}

const NAME_LISTS = {
  interventions: listInterventionNames,
  evaluations: listEvaluationNames,
  organisations: listOrganisationNames,
} as const;

export const handlers = {
  'library/info': (_input, { library }) => libraryInfo(library),
  'library-files/recent': (_input, context) => filesOf(context).recent(),
  'library-files/open': ({ path }, context) => filesOf(context).open(path),
  'library-files/create': ({ path }, context) => filesOf(context).create(path),
  'library-files/save-copy': ({ path }, context) => filesOf(context).saveCopy(path),
  'backups/list': (_input, context) => filesOf(context).listBackups(),
  'backups/create': (_input, context) => filesOf(context).backUpNow(),
  'backups/restore': ({ fileName }, context) => filesOf(context).restore(fileName),
  'library/list-names': ({ entity }, { library }) => NAME_LISTS[entity](library.db),
  'bundles/export': (input, { library }) => exportLibraryBundle(library.db, input),
  'merge/preview': async ({ source }, { library }) => previewMerge(library, await readMergeSource(source)),
  'merge/apply': async ({ source, ...input }, { library }) =>
    applyMerge(library, await readMergeSource(source), input),
  'reference/list': (_input, { library }) => listReferenceData(library.db),
  'reference/usage': (_input, { library }) => referenceUsage(library.db),
  'outcome-groups/save': (input, { library }) => saveOutcomeGroup(library, input),
  'outcome-groups/move': (input, { library }) => moveOutcomeGroup(library, input),
  'outcome-groups/delete': (input, { library }) => deleteOutcomeGroup(library, input),
  'outcome-domains/save': (input, { library }) => saveOutcomeDomain(library, input),
  'outcome-domains/move': (input, { library }) => moveOutcomeDomain(library, input),
  'outcome-domains/delete': (input, { library }) => deleteOutcomeDomain(library, input),
  'outcome-domains/merge': (input, { library }) => mergeOutcomeDomain(library, input),
  'approach-types/save': (input, { library }) => saveApproachType(library, input),
  'approach-types/delete': (input, { library }) => deleteApproachType(library, input),
  'areas/save': (input, { library }) => saveArea(library, input),
  'areas/delete': (input, { library }) => deleteArea(library, input),
  'interventions/list': (query, { library }) => listInterventions(library.db, query),
  'interventions/get': ({ id }, { library }) => getInterventionDetail(library.db, id),
  'interventions/save': (input, { library }) => saveIntervention(library, input),
  'interventions/delete': (input, { library }) => deleteIntervention(library, input),
  'organisations/list': (_input, { library }) => listOrganisations(library.db),
  'organisations/get': ({ id }, { library }) => getOrganisationDetail(library.db, id),
  'organisations/save': (input, { library }) => saveOrganisation(library, input),
  'organisations/delete': (input, { library }) => deleteOrganisation(library, input),
  'evaluations/list': (query, { library }) => listEvaluationRows(library.db, query),
  'outcome-results/list': (query, { library }) => listOutcomeResults(library.db, query),
  'studies/facets': (_input, { library }) => studyFacets(library.db),
  'evaluations/save': (input, { library }) => saveEvaluation(library, input),
  'evaluations/delete': (input, { library }) => deleteEvaluation(library, input),
  'outcome-results/save': (input, { library }) => saveOutcomeResult(library, input),
  'outcome-results/delete': (input, { library }) => deleteOutcomeResult(library, input),
  'exports/grid': (input, { library }) => exportGrid(library.db, input),
  'exports/entity': (input, { library }) => exportEntity(library.db, input),
  'references/preview': (input, { library }) => previewReferences(library.db, input),
  'references/import': (input, { library }) => importReferences(library, input),
  'cost-items/save': (input, { library }) => saveCostItem(library, input),
  'cost-items/delete': (input, { library }) => deleteCostItem(library, input),
  'history/list': ({ entityType, entityId }, { library }) => historyOf(library.db, entityType, entityId),
  'history/last': (_input, { library }) => ({ change: lastUndoableChange(library.db) }),
  'history/undo': ({ by }, { library }) => undoLastChange(library, by),
  'attachments/list': ({ owner }, { library }) => attachmentsOf(library.db, owner),
  'attachments/add': (input, { library }) => addAttachment(library, input),
  'attachments/content': ({ id }, { library }) => attachmentContent(library.db, id),
  'attachments/delete': (input, { library }) => deleteAttachment(library, input),
  'search/all': ({ query, limit }, { library }) => searchAll(library.db, query, limit),
  'views/list': ({ screen }, { library }) => listViews(library.db, screen),
  'views/save': (input, { library }) => ({ id: library.write(() => saveView(library.db, input)) }),
  'views/delete': ({ id }, { library }) => ({ deleted: library.write(() => deleteView(library.db, id)) }),
  'evidence/get': (input, { library }) => evidenceSummary(library.db, input),
  'ratings/list': ({ frameworkId }, { library }) => allRatings(library.db, frameworkId),
  'ratings/approaches': (input, { library }) => approachSummaries(library.db, input),
  'evidence/gap-map': (input, { library }) => gapMap(library.db, input),
  'ratings/override': (input, { library }) => overrideRating(library, input),
  'ratings/clear-override': (input, { library }) => clearOverride(library, input),
  'value/get': (input, { library }) => valueReport(library.db, input),
  'value-settings/get': (_input, { library }) => readValueSettings(library.db),
  'value-settings/save': (input, { library }) => saveValueSettings(library, input),
  'price-index/replace': (input, { library }) => replacePriceIndex(library, input),
  'unit-costs/save': (input, { library }) => saveUnitCost(library, input),
  'unit-costs/delete': (input, { library }) => deleteUnitCost(library, input),
  'baseline-rates/save': (input, { library }) => saveBaselineRate(library, input),
  'baseline-rates/delete': (input, { library }) => deleteBaselineRate(library, input),
  'compare/candidates': (input, { library }) => compareCandidates(library.db, input),
  'compare/get': (input, { library }) => compareInterventions(library.db, input),
  'shortlist/list': (_input, { library }) => listShortlist(library.db),
  'shortlist/add': (input, { library }) => addToShortlist(library, input),
  'shortlist/remove': (input, { library }) => removeFromShortlist(library, input),
  'self-assessments/get': (key, { library }) => getSelfAssessment(library.db, key),
  'self-assessments/save': (input, { library }) => saveSelfAssessment(library, input),
  'self-assessments/submit': (input, { library }) => submitSelfAssessment(library, input),
  'self-assessments/review': (input, { library }) => reviewSelfAssessment(library, input),
  'import/inspect': ({ source, entity }, { library }) =>
    inspectImport(library, { file: fromApiSource(source), entity }),
  'import/check': ({ source, entity, mapping }, { library }) =>
    checkImport(library, { file: fromApiSource(source), entity, mapping, by: 'dry run' }),
  'import/start': ({ source, entity, mapping, by }, { library }) =>
    startImportJob(library, { file: fromApiSource(source), entity, mapping, by }),
  'import/progress': ({ jobId }, { library }) => importJobStatus(library, jobId),
  'import/cancel': ({ jobId }, { library }) => cancelImportJob(library, jobId),
  'import/template': ({ entity, format }) => importTemplate(entity, format),
  'briefs/list': (_input, { library }) => listBriefs(library.db),
  'briefs/get': ({ id }, { library }) => getBriefOrFail(library.db, id),
  'briefs/save': (input, { library }) => saveBrief(library, input),
  'briefs/delete': (input, { library }) => deleteBrief(library, input),
  'briefs/document': ({ id }, { library }) => briefDocument(library, id),
  'briefs/draft-document': (fields, { library }) => draftBriefDocument(library, fields),
  'brief-branding/get': (_input, { library }) => getBranding(library.db),
  'brief-branding/save': (input, { library }) => saveBriefBranding(library, input),
  'brief-exports/start': (input, { library, briefs }) =>
    startSavedBriefExport(library, input, requireBriefTools(briefs)),
  'brief-exports/progress': ({ jobId }, { library }) => briefExportStatus(library, jobId),
  'brief-exports/file': ({ jobId }, { library }) => briefExportFile(library, jobId),
  'brief-snapshots/list': ({ id }, { library }) => listBriefSnapshots(library, id),
  'brief-snapshots/create': (input, { library, briefs }) =>
    createBriefSnapshot(library, input, requireBriefTools(briefs)),
  'brief-snapshots/file': ({ id }, { library }) => snapshotFileOf(library, id),
  'brief-snapshots/diff': ({ id }, { library }) =>
    diffSnapshot(library, id, { appVersion: APP_VERSION, now: new Date() }),
  'brief-snapshots/delete': (input, { library }) => deleteSnapshot(library, input),
} satisfies Handlers<HandlerContext>;
