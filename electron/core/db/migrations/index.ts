// Every migration, in order. Add a file per new version and list it here.
import { initialSchema } from './001-initial-schema';
import { ratingOverrides } from './002-rating-overrides';
import { savedViews } from './003-saved-views';
import { valueReferenceData } from './004-value-reference-data';
import { selfAssessments } from './005-self-assessments';
import { removedAttachments } from './006-removed-attachments';
import { studyGridIndexes } from './007-study-grid-indexes';
import { gdpDeflator } from './008-gdp-deflator';
import { shortlist } from './009-shortlist';
import { importMappings } from './010-import-mappings';
import { briefs } from './011-briefs';
import type { Migration } from './migration';

export const MIGRATIONS: readonly Migration[] = [
  initialSchema,
  ratingOverrides,
  savedViews,
  valueReferenceData,
  selfAssessments,
  removedAttachments,
  studyGridIndexes,
  gdpDeflator,
  shortlist,
  importMappings,
  briefs,
];

export const LATEST_SCHEMA_VERSION = MIGRATIONS.reduce((v, m) => Math.max(v, m.version), 0);
