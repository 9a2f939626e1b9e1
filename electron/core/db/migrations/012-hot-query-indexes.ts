// Version 12: indexes for the hot queries that still read a whole large table (found by the query
// plan test on a generated library): the catalogue sorted by cost (cheapest first, blanks last) or
// by evidence (strongest first), the gap map's pass over every outcome result, and the undo
// button's look for changes already undone.
import type { Migration } from './migration';

export const hotQueryIndexes: Migration = {
  version: 12,
  name: 'hot query indexes',
  up: (db) => {
    db.exec(`
CREATE INDEX interventions_cost_blank_last ON interventions (cost_per_participant IS NULL, cost_per_participant);
CREATE INDEX interventions_evidence_best_first ON interventions (evidence_level DESC, name COLLATE NOCASE, id);
CREATE INDEX outcome_results_evaluation_outcome ON outcome_results (evaluation_id, outcome_domain_id);
CREATE INDEX change_history_note ON change_history (note COLLATE NOCASE);
`);
  },
};
