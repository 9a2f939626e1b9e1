// Version 7: indexes for the evaluations and outcome-results grids, so a library of 50,000
// evaluations and 500,000 results filters and sorts on their categorical columns without scans.
import type { Migration } from './migration';

export const studyGridIndexes: Migration = {
  version: 7,
  name: 'study grid indexes',
  up: (db) => {
    db.exec(`
CREATE INDEX evaluations_title ON evaluations (title COLLATE NOCASE, id);
CREATE INDEX evaluations_design ON evaluations (design);
CREATE INDEX evaluations_year ON evaluations (year);
CREATE INDEX evaluations_sms ON evaluations (sms_score);
CREATE INDEX evaluations_country ON evaluations (country COLLATE NOCASE);
CREATE INDEX evaluations_place ON evaluations (place COLLATE NOCASE);
CREATE INDEX outcome_results_measure ON outcome_results (measure_name COLLATE NOCASE, id);
CREATE INDEX outcome_results_data_type ON outcome_results (data_type);
CREATE INDEX outcome_results_time_point ON outcome_results (time_point_months);
`);
  },
};
