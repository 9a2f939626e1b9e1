// The table that implements shared/api.ts: one entry per method, checked by the compiler.
import type { Handlers } from '../../shared/api';
import type { Library } from './library';
import { historyOf, lastUndoableChange } from './repos/change-history';
import { listEvaluationNames } from './repos/evaluations';
import { listInterventionNames, listInterventions } from './repos/interventions';
import { listOrganisationNames, listOrganisations } from './repos/organisations';
import { listReferenceData } from './repos/reference-data';
import { deleteView, listViews, saveView } from './repos/saved-views';
import { searchAll } from './repos/search';
import { approachSummaries } from './services/approach-summaries';
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
import { evidenceSummary } from './services/evidence';
import { getInterventionDetail } from './services/intervention-detail';
import { allRatings, clearOverride, overrideRating } from './services/ratings';
import { libraryInfo } from './services/library-info';

export interface HandlerContext {
  library: Library;
}

const NAME_LISTS = {
  interventions: listInterventionNames,
  evaluations: listEvaluationNames,
  organisations: listOrganisationNames,
} as const;

export const handlers = {
  'library/info': (_input, { library }) => libraryInfo(library),
  'library/list-names': ({ entity }, { library }) => NAME_LISTS[entity](library.db),
  'reference/list': (_input, { library }) => listReferenceData(library.db),
  'interventions/list': (query, { library }) => listInterventions(library.db, query),
  'interventions/get': ({ id }, { library }) => getInterventionDetail(library.db, id),
  'interventions/save': (input, { library }) => saveIntervention(library, input),
  'interventions/delete': (input, { library }) => deleteIntervention(library, input),
  'organisations/list': (_input, { library }) => listOrganisations(library.db),
  'organisations/get': ({ id }, { library }) => getOrganisationDetail(library.db, id),
  'organisations/save': (input, { library }) => saveOrganisation(library, input),
  'organisations/delete': (input, { library }) => deleteOrganisation(library, input),
  'evaluations/save': (input, { library }) => saveEvaluation(library, input),
  'evaluations/delete': (input, { library }) => deleteEvaluation(library, input),
  'outcome-results/save': (input, { library }) => saveOutcomeResult(library, input),
  'outcome-results/delete': (input, { library }) => deleteOutcomeResult(library, input),
  'cost-items/save': (input, { library }) => saveCostItem(library, input),
  'cost-items/delete': (input, { library }) => deleteCostItem(library, input),
  'history/list': ({ entityType, entityId }, { library }) => historyOf(library.db, entityType, entityId),
  'history/last': (_input, { library }) => ({ change: lastUndoableChange(library.db) }),
  'history/undo': ({ by }, { library }) => undoLastChange(library, by),
  'search/all': ({ query, limit }, { library }) => searchAll(library.db, query, limit),
  'views/list': ({ screen }, { library }) => listViews(library.db, screen),
  'views/save': (input, { library }) => ({ id: library.write(() => saveView(library.db, input)) }),
  'views/delete': ({ id }, { library }) => ({ deleted: library.write(() => deleteView(library.db, id)) }),
  'evidence/get': (input, { library }) => evidenceSummary(library.db, input),
  'ratings/list': ({ frameworkId }, { library }) => allRatings(library.db, frameworkId),
  'ratings/approaches': (input, { library }) => approachSummaries(library.db, input),
  'ratings/override': (input, { library }) => overrideRating(library, input),
  'ratings/clear-override': (input, { library }) => clearOverride(library, input),
} satisfies Handlers<HandlerContext>;
