// The brief as Markdown. Text from the author and the library is escaped so that Markdown- and
// HTML-significant characters stay literal (a `<script>` or `[x](javascript:…)` prints as typed
// and never becomes markup); the author's rich text is written back from its parsed tree, so only
// the links the parser kept (http(s), mailto) are links. Forest plots become tables of studies.
import { isSafeLink, type RichBlock, type RichInline } from '../../../shared/format/rich-text';
import type {
  BriefDocument,
  BriefDocumentSection,
  ForestPlotData,
  OptionPage,
  OptionRow,
} from '../../../shared/model/brief-document';
import { formatEffect, formatEffectInterval, formatPercent } from '../../../shared/format';
import {
  colophon,
  figureText,
  OPTION_COLUMNS,
  OPTION_HEADINGS,
  optionCellText,
  optionCells,
  optionKicker,
  titleFacts,
  NO_UNKNOWNS,
  unknownsByOption,
} from './outline';

/**
 * Text made literal in Markdown: inline markers and brackets are backslash-escaped, `<` becomes an
 * entity (so no HTML tag or autolink forms), and a line-start marker (#, -, +, >, "1.") is escaped.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .replace(/[\\`*_{}[\]>|~!]/g, (c) => `\\${c}`)
    .replace(/</g, '&lt;')
    .replace(/^([#+-])(?=\s|$)/, '\\$1')
    .replace(/^(\d+)([.)])(?=\s|$)/, '$1\\$2');
}

/** A table cell: escaped, on one line. */
const cell = (text: string) => escapeMarkdown(text);

function inline(nodes: readonly RichInline[]): string {
  return nodes
    .map((n) => {
      switch (n.type) {
        case 'text':
          return escapeMarkdown(n.text);
        case 'strong':
          return `**${inline(n.children)}**`;
        case 'emphasis':
          return `*${inline(n.children)}*`;
        case 'link':
          return isSafeLink(n.href) ? `[${inline(n.children)}](<${n.href}>)` : inline(n.children);
      }
    })
    .join('');
}

function rich(blocks: readonly RichBlock[], baseLevel = 3): string[] {
  return blocks.flatMap((b) => {
    switch (b.type) {
      case 'heading':
        return [`${'#'.repeat(Math.min(6, baseLevel + b.level - 2))} ${inline(b.children)}`, ''];
      case 'paragraph':
        return [inline(b.children), ''];
      case 'list':
        return [...b.items.map((item, i) => `${b.ordered ? `${i + 1}.` : '-'} ${inline(item)}`), ''];
    }
  });
}

function table(headers: readonly string[], rows: readonly (readonly string[])[]): string[] {
  return [
    `| ${headers.map(cell).join(' | ')} |`,
    `| ${headers.map(() => '---').join(' | ')} |`,
    ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`),
    '',
  ];
}

const pairs = (items: readonly { label: string; value: string }[]) =>
  items.length === 0
    ? []
    : [...items.map((i) => `- **${escapeMarkdown(i.label)}:** ${escapeMarkdown(i.value)}`), ''];

function forestTable(f: ForestPlotData): string[] {
  const rows = f.rows.map((r) => [
    r.illustrative ? `${r.label} (illustrative)` : r.label,
    formatEffect(r.estimate),
    formatEffectInterval(r.lower, r.upper),
    r.weightPct === null ? '' : formatPercent(r.weightPct / 100, 1),
  ]);
  if (f.pooled !== null)
    rows.push([
      f.pooled.label,
      formatEffect(f.pooled.estimate),
      formatEffectInterval(f.pooled.lower, f.pooled.upper),
      '100%',
    ]);
  return [`*${escapeMarkdown(f.measure)}*`, '', ...table(['Study', 'Estimate', '95% CI', 'Weight'], rows)];
}

function optionPage(p: OptionPage, index: number, total: number): string[] {
  const i = p.intervention;
  return [
    `## ${escapeMarkdown(i.name)}${p.illustrative ? ' (illustrative)' : ''}`,
    '',
    `*${escapeMarkdown(optionKicker(index, total))}${i.approachType === '' ? '' : ` · ${escapeMarkdown(i.approachType)}`}${i.provider === null ? '' : ` · provided by ${escapeMarkdown(i.provider)}`}*`,
    '',
    ...(i.summary === '' ? [] : [escapeMarkdown(i.summary), '']),
    `### ${OPTION_HEADINGS.whatItIs}`,
    '',
    ...pairs(p.whatItIs),
    ...(p.theoryOfChange.length === 0
      ? []
      : [
          `### ${OPTION_HEADINGS.theoryOfChange}`,
          '',
          ...p.theoryOfChange.map(
            (s) => `- **${escapeMarkdown(s.label)}:** ${s.items.map(escapeMarkdown).join('; ')}`,
          ),
          '',
        ]),
    `### ${OPTION_HEADINGS.evidence}`,
    '',
    `**${escapeMarkdown(p.evidence.effect.label)}:** ${escapeMarkdown(figureText(p.evidence.effect))}`,
    '',
    ...p.evidence.ratings.flatMap((r) => [
      `**${escapeMarkdown(r.framework)}:** ${escapeMarkdown(figureText(r.rating))}`,
      '',
      ...r.explanation.map((e) => `- ${escapeMarkdown(e)}`),
      ...(r.explanation.length === 0 ? [] : ['']),
    ]),
    ...(p.evidence.forest === null ? [] : forestTable(p.evidence.forest)),
    `### ${OPTION_HEADINGS.value}`,
    '',
    ...pairs(p.value.map((f) => ({ label: f.label, value: figureText(f) }))),
    `### ${OPTION_HEADINGS.implementation}`,
    '',
    ...pairs(p.implementation.facts),
    ...rich(p.implementation.note, 4),
    `### ${OPTION_HEADINGS.localDelivery}`,
    '',
    ...pairs(p.localDelivery.facts),
    ...rich(p.localDelivery.note, 4),
  ];
}

function optionsTable(rows: readonly OptionRow[]): string[] {
  const { cells, notes } = optionCells(rows);
  return [
    ...table(
      ['Option', ...OPTION_COLUMNS.map((c) => c.header)],
      rows.map((r, i) => [r.intervention.name, ...(cells[i] ?? []).map(optionCellText)]),
    ),
    ...notes.map((n, i) => `${i + 1}. ${escapeMarkdown(n)}`),
    ...(notes.length === 0 ? [] : ['']),
  ];
}

function section(s: BriefDocumentSection): string[] {
  const heading = [`## ${escapeMarkdown(s.title)}`, ''];
  switch (s.kind) {
    case 'summary':
      return [
        ...heading,
        ...rich(s.summary),
        ...(s.recommendation.length === 0 ? [] : ['### Recommendation', '', ...rich(s.recommendation, 4)]),
      ];
    case 'options':
      return [...heading, ...optionsTable(s.rows), ...s.notes.map((n) => `- ${escapeMarkdown(n)}`), ''];
    case 'option-pages':
      return [
        ...heading,
        ...s.pages.flatMap((p, i) =>
          optionPage(p, i, s.pages.length).map((l) => l.replace(/^(#{2,5}) /, '#$1 ')),
        ),
      ];
    case 'unknowns':
      return [
        ...heading,
        ...(s.items.length === 0
          ? [NO_UNKNOWNS, '']
          : [
              ...unknownsByOption(s.items).flatMap((g) => [
                `- **${escapeMarkdown(g.option)}**`,
                ...g.texts.map((t) => `  - ${escapeMarkdown(t)}`),
              ]),
              '',
            ]),
      ];
    case 'references':
      return [
        ...heading,
        ...s.references.map(
          (r, i) =>
            `${i + 1}. ${escapeMarkdown(r.citation)}${r.url !== null && isSafeLink(r.url) ? ` <${r.url}>` : ''}${r.interventions.length === 0 ? '' : ` (evaluates ${escapeMarkdown(r.interventions.join(', '))})`}`,
        ),
        '',
      ];
    case 'method':
      return [
        ...heading,
        ...s.methods.flatMap((m) => [`### ${escapeMarkdown(m.name)}`, '', escapeMarkdown(m.text), '']),
        ...(s.settings.length === 0 ? [] : ['### Library and settings', '', ...pairs(s.settings)]),
      ];
  }
}

export function renderBriefMarkdown(doc: BriefDocument): string {
  const name = doc.branding.partnershipName;
  return [
    ...(name === '' ? [] : [`*${escapeMarkdown(name)} · Commissioning brief*`, '']),
    `# ${escapeMarkdown(doc.title)}`,
    '',
    ...(doc.question === '' ? [] : [`**${escapeMarkdown(doc.question)}**`, '']),
    ...(doc.illustrative ? [`> **Warning:** ${escapeMarkdown(doc.illustrativeWarning)}`, ''] : []),
    ...pairs(titleFacts(doc)),
    ...doc.sections.flatMap(section),
    '---',
    '',
    `*${escapeMarkdown(colophon(doc))}*`,
    '',
  ].join('\n');
}
