// A saved brief worked out from the library now: the one document every format renders and the
// preview shows. Every figure comes from the services the screens use (compare's per-intervention
// comparison, which holds the Evidence and Value tabs' own figures, and the local figures), printed
// by shared/format; each carries a stable key so a snapshot's figures can be diffed with today's.
import { illustrativeNoteText } from '../../../../shared/format/figure-text';
import { formatMoney } from '../../../../shared/format';
import { parseRichText } from '../../../../shared/format/rich-text';
import { BRIEF_SECTION_TITLES, type BriefFields } from '../../../../shared/model/brief';
import type {
  BriefDocument,
  BriefDocumentSection,
  BriefFigure,
  OptionRow,
} from '../../../../shared/model/brief-document';
import type { PoolingMethod, PoolingTest } from '../../../../shared/model/evidence';
import type { FigureKey } from '../../../../shared/model/value';
import { APP_VERSION } from '../../app-version';
import type { Library } from '../../library';
import { getBranding } from '../../repos/brief-branding';
import { historyOf } from '../../repos/change-history';
import { interventionExists } from '../../repos/interventions';
import { getSetting } from '../../repos/library-settings';
import { getArea } from '../../repos/reference-data';
import { type ComparedWithSources, compareIntervention } from '../compare';
import { chosenOutcome, localFigures } from '../local-figures';
import { localSettingFigures, methodSection } from './method-appendix';
import {
  effectBriefFigure,
  figureIllustrative,
  fitFigure,
  type IllustrativeParts,
  illustrativeParts,
  ratingFigure,
  relativeChangeFigure,
  valueBriefFigure,
} from './option-figures';
import { optionPage } from './option-page';
import { getBriefOrFail } from './briefs';
import { briefReferences } from './references';
import { briefWideUnknowns, optionUnknowns } from './unknowns';

/** compare/get's defaults: a brief shows the figures the Compare screen shows. */
const METHOD: PoolingMethod = 'REML';
const TEST: PoolingTest = 'knha';

/** The value figures an option's page prints, in the value report's order. */
const PAGE_VALUE_KEYS: readonly FigureKey[] = [
  'costPerParticipant',
  'costBand',
  'nnt',
  'costPerOutcome',
  'unitCost',
  'benefitsPerParticipant',
  'benefitCostRatio',
  'npvPerParticipant',
  'breakEvenEffect',
  'chanceBenefitsExceedCosts',
];

/** A deleted intervention's last name, from the change history that recorded its deletion. */
export function formerName(library: Library, id: string): string {
  for (const entry of historyOf(library.db, 'intervention', id)) {
    const before = entry.before as { name?: unknown } | null;
    if (typeof before?.name === 'string') return before.name;
  }
  return id;
}

interface OptionFigures {
  c: ComparedWithSources;
  parts: IllustrativeParts;
  row: OptionRow;
  page: { effect: BriefFigure; value: BriefFigure[] };
}

function optionFigures(c: ComparedWithSources, outcomeId: string): OptionFigures {
  const id = c.detail.id;
  const parts = illustrativeParts(c);
  const value = (key: FigureKey) => valueBriefFigure(id, c.figures[key], figureIllustrative(key, parts));
  const primary = c.compared.ratings[0];
  if (primary === undefined) throw new Error('The ratings service rates every framework: none came back.');
  const effect = effectBriefFigure(id, c, METHOD, TEST, parts.effect);
  return {
    c,
    parts,
    row: {
      intervention: { id, name: c.detail.name },
      // The table's rating is the first framework's (Project Oracle's), as on the Compare screen.
      rating: ratingFigure(id, primary, outcomeId, parts.studies),
      effect,
      relativeChange: relativeChangeFigure(id, c.compared, parts.effect),
      costPerParticipant: value('costPerParticipant'),
      costPerOutcome: value('costPerOutcome'),
      benefitCostRatio: value('benefitCostRatio'),
      fit: fitFigure(id, c.compared, parts.fit),
    },
    page: { effect, value: PAGE_VALUE_KEYS.map(value) },
  };
}

const rowFigures = (r: OptionRow): BriefFigure[] => [
  r.rating,
  r.effect,
  r.relativeChange,
  r.costPerParticipant,
  r.costPerOutcome,
  r.benefitCostRatio,
  r.fit,
];

/** briefs/document: a saved brief worked out now, with the app's version. */
export function briefDocument(library: Library, id: string): BriefDocument {
  return buildBriefDocument(library, getBriefOrFail(library.db, id), {
    appVersion: APP_VERSION,
    now: new Date(),
  });
}

export function buildBriefDocument(
  library: Library,
  brief: BriefFields & { id: string },
  options: { appVersion: string; now: Date },
): BriefDocument {
  const db = library.db;
  const outcome = chosenOutcome(db, brief.outcomeId);
  const areaRow = brief.areaId === null ? null : getArea(db, brief.areaId);
  const area = areaRow === null ? null : { id: areaRow.id, name: areaRow.name };
  const present = brief.interventionIds.filter((id) => interventionExists(db, id));
  const gone = brief.interventionIds
    .filter((id) => !present.includes(id))
    .map((id) => formerName(library, id));
  const compared = present.map((id) => compareIntervention(db, id, outcome, area?.id ?? null, METHOD, TEST));
  const local = localFigures(db, outcome, area?.id ?? null);
  const figured = compared.map((c) => optionFigures(c, outcome.id));
  const localSettings = localSettingFigures(local);
  const libraryName = getSetting(db, 'name') ?? 'Evidence library';
  const included = brief.sections.filter((s) => s.included).map((s) => s.kind);

  const printed: BriefFigure[] = [];
  const illustrativeOption =
    included.includes('option-pages') && compared.some((c) => c.compared.illustrative);
  for (const kind of included) {
    if (kind === 'options') printed.push(...figured.flatMap((f) => rowFigures(f.row)));
    if (kind === 'option-pages')
      printed.push(
        ...figured.flatMap((f) => [
          ...f.c.compared.ratings.map((r) => ratingFigure(f.c.detail.id, r, outcome.id, f.parts.studies)),
          f.page.effect,
          ...f.page.value,
        ]),
      );
    if (kind === 'method') printed.push(...localSettings);
  }
  // A figure printed in two sections is one figure.
  const figures = [...new Map(printed.map((f) => [f.key, f])).values()];
  const illustrative = figures.some((f) => f.illustrative) || illustrativeOption;

  const sections = included.map((kind): BriefDocumentSection => {
    const title = BRIEF_SECTION_TITLES[kind];
    switch (kind) {
      case 'summary':
        return {
          kind,
          title,
          summary: parseRichText(brief.summary),
          recommendation: parseRichText(brief.recommendation),
        };
      case 'options':
        return {
          kind,
          title,
          rows: figured.map((f) => f.row),
          notes: [
            `Effects are standardised mean differences (Hedges' g) on ${outcome.name.toLowerCase()}: positive means beneficial.`,
            ...(local.settings.priceYear === null
              ? []
              : [`Costs are in ${local.settings.priceYear} prices.`]),
            ...gone.map((name) => `${name} is no longer in the library, so it is left out.`),
            ...(illustrative ? [illustrativeNoteText()] : []),
          ],
        };
      case 'option-pages':
        return {
          kind,
          title,
          pages: figured.map((f) =>
            optionPage(f.c, f.page, {
              outcomeId: outcome.id,
              method: METHOD,
              area,
              note: brief.optionNotes.find((n) => n.interventionId === f.c.detail.id),
              parts: f.parts,
            }),
          ),
        };
      case 'unknowns':
        return {
          kind,
          title,
          items: [...compared.flatMap(optionUnknowns), ...briefWideUnknowns(local, gone, illustrative)],
        };
      case 'references':
        return { kind, title, references: briefReferences(compared.map((c) => c.detail)) };
      case 'method':
        return methodSection(
          title,
          {
            options: compared,
            local,
            method: METHOD,
            test: TEST,
            outcomeId: outcome.id,
            libraryName,
            schemaVersion: db.pragma('user_version', { simple: true }) as number,
            appVersion: options.appVersion,
            now: options.now,
            area: area?.name ?? null,
          },
          localSettings,
        );
    }
  });

  return {
    briefId: brief.id,
    title: brief.title,
    question: brief.question,
    audience: brief.audience,
    area: area?.name ?? null,
    date: brief.date,
    author: brief.author,
    budget: brief.budget === null ? null : formatMoney(brief.budget),
    outcome,
    libraryName,
    appVersion: options.appVersion,
    generatedAt: options.now.toISOString(),
    branding: getBranding(db),
    illustrative,
    // The screens' own note over illustrative figures.
    illustrativeWarning: illustrativeNoteText(),
    sections,
    figures,
  };
}
