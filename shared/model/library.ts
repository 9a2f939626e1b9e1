// What the app says about the open library file, and its reference data.
import type { AreaKind, OrganisationKind } from './vocabulary';
import type { NamedRef } from './catalogue';

export const LIBRARY_ENTITIES = ['interventions', 'evaluations', 'organisations'] as const;
export type LibraryEntity = (typeof LIBRARY_ENTITIES)[number];

export interface LibraryInfo {
  path: string;
  fileName: string;
  name: string;
  description: string | null;
  schemaVersion: number;
  appSchemaVersion: number;
  /** Set when the library can be read but not changed, with the reason a person can act on. */
  readOnlyReason: string | null;
  /** Set when the file was found damaged on opening (it is then read-only and never written). */
  damage: LibraryDamage | null;
  fileSizeBytes: number;
  counts: Record<'interventions' | 'evaluations' | 'outcomeResults' | 'costItems' | 'organisations', number>;
  /** True when the library holds illustrative (invented) figures that must be labelled. */
  hasIllustrativeData: boolean;
}

/** What the checks on opening found wrong with a library file. */
export interface LibraryDamage {
  /** One line each: what SQLite's quick_check and the file's own structure showed. */
  problems: string[];
  /** False when SQLite could not read it at all: nothing of it is shown, only its backups. */
  readable: boolean;
}

export interface EntityName {
  id: string;
  name: string;
  /** For evaluations: the intervention they evaluate. */
  interventionId?: string;
  kind?: OrganisationKind;
}

export interface ReferenceData {
  approachTypes: (NamedRef & { description: string | null })[];
  /** Regions first, then cities, then boroughs and other places, each by name. */
  areas: (NamedRef & { kind: AreaKind; parentId: string | null })[];
  /** In the order the user gave them; domains in their group's order. */
  outcomeGroups: NamedRef[];
  outcomeDomains: (NamedRef & { groupId: string; higherIsBetter: boolean; description: string | null })[];
  documents: { id: string; title: string; publisher: string | null; date: string | null }[];
}

/** What uses each row of the reference lists, by id, as counted phrases ("12 outcome results"). */
export interface ReferenceUsage {
  outcomeGroups: Record<string, string[]>;
  outcomeDomains: Record<string, string[]>;
  approachTypes: Record<string, string[]>;
  areas: Record<string, string[]>;
}
