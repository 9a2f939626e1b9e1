// A brief rendered from the library: the one document model every format is written from (HTML,
// PDF from that HTML, DOCX, Markdown) and the in-app preview shows. Figures arrive formatted (by
// shared/format, so every format prints them alike) with the number, source and illustrative flag
// they came from, so each can be traced to its inputs and a snapshot's figures can be diffed.
import type { RichBlock } from '../format/rich-text';
import type { GapKind } from './compare';
import type { NamedRef } from './catalogue';
import type { BriefBranding, BriefSectionKind } from './brief';

/** One figure as a brief prints it. */
export interface BriefFigure {
  /** Stable across regenerations: `<interventionId>/<what>` or `brief/<what>`; snapshots diff by it. */
  key: string;
  label: string;
  /** As printed, e.g. "−0.21 (−0.35 to −0.07)", "£1,240", "Not known: needs a baseline rate". */
  text: string;
  /** The number behind the text; null for a missing figure or a non-numeric one (a rating). */
  value: number | null;
  illustrative: boolean;
  /** Where it comes from: the inputs, a citation or a setting. */
  source: string;
}

/** A forest plot's data; each format draws it (SVG in HTML/PDF, an image in DOCX, a table in Markdown). */
export interface ForestPlotData {
  /** What the estimates are, e.g. "Standardised mean difference (Hedges' g)". */
  measure: string;
  /** Where "no effect" lies: 0 for differences, 1 for ratios. */
  nullValue: number;
  /** Which side of the null means better for the outcome. */
  betterSide: 'left' | 'right';
  rows: {
    label: string;
    estimate: number;
    lower: number;
    upper: number;
    /** Weight in the pooled estimate (%), null for one study. */
    weightPct: number | null;
    illustrative: boolean;
  }[];
  pooled: { label: string; estimate: number; lower: number; upper: number } | null;
}

/** The options table: one row per intervention, one column per figure. */
export interface OptionRow {
  intervention: NamedRef;
  rating: BriefFigure;
  effect: BriefFigure;
  relativeChange: BriefFigure;
  costPerParticipant: BriefFigure;
  costPerOutcome: BriefFigure;
  benefitCostRatio: BriefFigure;
  fit: BriefFigure;
}

/** One option's page. */
export interface OptionPage {
  intervention: NamedRef & { summary: string; approachType: string; provider: string | null };
  /** What it is: description, target group, settings, delivery, as label/value lines. */
  whatItIs: { label: string; value: string }[];
  /** Inputs → activities → outputs → outcomes, and assumptions; empty when not recorded. */
  theoryOfChange: { label: string; items: string[] }[];
  evidence: {
    /** Each framework's rating with its explanation. */
    ratings: { framework: string; rating: BriefFigure; explanation: string[] }[];
    effect: BriefFigure;
    forest: ForestPlotData | null;
  };
  value: BriefFigure[];
  /** From the library (manual, staffing, reach) followed by the author's note. */
  implementation: { facts: { label: string; value: string }[]; note: RichBlock[] };
  localDelivery: { facts: { label: string; value: string }[]; note: RichBlock[] };
  illustrative: boolean;
}

export interface UnknownItem {
  /** Null for a brief-wide gap. */
  intervention: string | null;
  /** `not-in-library`: an option whose intervention has been deleted since the brief was written. */
  kind: GapKind | 'non-uk-evidence' | 'not-in-library';
  text: string;
}

export interface BriefReference {
  /** The evaluation's id. */
  id: string;
  /** As cited, e.g. "Smith, J. (2019) Title. Publisher." */
  citation: string;
  url: string | null;
  /** The interventions it evaluates. */
  interventions: string[];
}

export type BriefDocumentSection =
  | { kind: 'summary'; title: string; summary: RichBlock[]; recommendation: RichBlock[] }
  | { kind: 'options'; title: string; rows: OptionRow[]; notes: string[] }
  | { kind: 'option-pages'; title: string; pages: OptionPage[] }
  | { kind: 'unknowns'; title: string; items: UnknownItem[] }
  | { kind: 'references'; title: string; references: BriefReference[] }
  | {
      kind: 'method';
      title: string;
      /** Frameworks and formulas used, each with a sentence. */
      methods: { name: string; text: string }[];
      /** Library name and version, generation date, local settings. */
      settings: { label: string; value: string }[];
    };

/** Sections by kind, for renderers that switch on it. */
export type BriefDocumentSectionOf<K extends BriefSectionKind> = Extract<BriefDocumentSection, { kind: K }>;

export interface BriefDocument {
  briefId: string;
  title: string;
  question: string;
  audience: string;
  area: string | null;
  date: string;
  author: string;
  /** As printed, or null when not stated. */
  budget: string | null;
  outcome: NamedRef & { higherIsBetter: boolean };
  libraryName: string;
  appVersion: string;
  /** ISO date-time the figures were worked out. */
  generatedAt: string;
  branding: BriefBranding;
  /** True when any figure shown rests on illustrative data: every format then carries the warning. */
  illustrative: boolean;
  /** The warning's words, the same in every format. */
  illustrativeWarning: string;
  /** The included sections, in the author's order. */
  sections: BriefDocumentSection[];
  /** Every figure the document prints, flattened: what a snapshot stores and its diff compares. */
  figures: BriefFigure[];
}
