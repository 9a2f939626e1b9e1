// The brief as one self-contained HTML file: inline CSS, images as data: URIs, forest plots as
// inline SVG, and a Content-Security-Policy that allows no script, no fetch and no form at all.
// Every text goes through escapeHtml; the author's rich text through richTextHtml. The PDF is
// this same file printed.
import { isSafeLink } from '../../../shared/format/rich-text';
import type {
  BriefDocument,
  BriefDocumentSection,
  BriefDocumentSectionOf,
  BriefFigure,
  OptionPage,
} from '../../../shared/model/brief-document';
import { forestPlotSvg } from './forest-plot-svg';
import { escapeHtml as esc, richTextHtml } from './markup';
import {
  colophon,
  forestCaption,
  ILLUSTRATIVE_TAG,
  OPTION_COLUMNS,
  OPTION_HEADINGS,
  optionCells,
  optionKicker,
  titleFacts,
  NO_UNKNOWNS,
  unknownsByOption,
} from './outline';
import { type BriefTemplate, brandColours, brandedCss, logoDataUri } from './template';

export const BRIEF_CSP =
  "default-src 'none'; img-src data:; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'";

const tag = (f: { illustrative: boolean }) =>
  f.illustrative ? ` <span class="tag">${ILLUSTRATIVE_TAG}</span>` : '';

const figureHtml = (f: BriefFigure) => `${esc(f.text)}${tag(f)}`;

function pairs(items: readonly { label: string; value: string }[]): string {
  if (items.length === 0) return '';
  return `<dl class="pairs">${items.map((i) => `<div><dt>${esc(i.label)}</dt><dd>${esc(i.value)}</dd></div>`).join('')}</dl>`;
}

function titleBlock(doc: BriefDocument): string {
  const logo = logoDataUri(doc.branding);
  const name = doc.branding.partnershipName;
  return [
    '<header class="masthead">',
    `<div>${name === '' ? '' : `<div class="masthead__name">${esc(name)}</div>`}<div class="masthead__kind">Commissioning brief</div></div>`,
    logo === null ? '' : `<img class="masthead__logo" src="${esc(logo)}" alt="${esc(name || 'Logo')}">`,
    '</header>',
    `<h1>${esc(doc.title)}</h1>`,
    doc.question === '' ? '' : `<p class="question">${esc(doc.question)}</p>`,
    doc.illustrative ? `<p class="warning" role="note">${esc(doc.illustrativeWarning)}</p>` : '',
    `<dl class="facts">${titleFacts(doc)
      .map((f) => `<div><dt>${esc(f.label)}</dt><dd>${esc(f.value)}</dd></div>`)
      .join('')}</dl>`,
  ].join('\n');
}

function summary(s: BriefDocumentSectionOf<'summary'>): string {
  // Nothing written yet (e.g. `ewb brief`): no empty heading.
  if (s.summary.length === 0 && s.recommendation.length === 0) return '';
  return [
    `<section class="summary"><h2>${esc(s.title)}</h2>`,
    richTextHtml(s.summary),
    s.recommendation.length === 0
      ? ''
      : `<div class="callout"><h3>Recommendation</h3>${richTextHtml(s.recommendation, 4)}</div>`,
    '</section>',
  ].join('\n');
}

function options(s: BriefDocumentSectionOf<'options'>): string {
  const { cells, notes } = optionCells(s.rows);
  const head = `<tr><th scope="col">Option</th>${OPTION_COLUMNS.map((c) => `<th scope="col">${esc(c.header)}</th>`).join('')}</tr>`;
  const rows = s.rows
    .map(
      (r, i) =>
        `<tr><th scope="row">${esc(r.intervention.name)}</th>${(cells[i] ?? [])
          .map((c) => `<td>${esc(c.text)}${c.note === null ? '' : `<sup>[${c.note}]</sup>`}${tag(c)}</td>`)
          .join('')}</tr>`,
    )
    .join('\n');
  return [
    `<section class="options-section"><h2>${esc(s.title)}</h2>`,
    `<table class="options"><colgroup><col class="c-option">${OPTION_COLUMNS.map((c) => `<col${c.wide ? ' class="c-wide"' : ''}>`).join('')}</colgroup><thead>${head}</thead><tbody>${rows}</tbody></table>`,
    notes.length === 0
      ? ''
      : `<ol class="notes table-notes">${notes.map((n) => `<li>${esc(n)}</li>`).join('')}</ol>`,
    s.notes.length === 0 ? '' : `<ul class="notes">${s.notes.map((n) => `<li>${esc(n)}</li>`).join('')}</ul>`,
    '</section>',
  ].join('\n');
}

/** The option's headline figures: its effect, its first rating and its first value figure. */
function keyFigures(page: OptionPage): string {
  const figures = [page.evidence.effect, page.evidence.ratings[0]?.rating, page.value[0]].filter(
    (f): f is BriefFigure => f !== undefined,
  );
  return `<div class="key-figures">${figures
    .map(
      (f) =>
        `<div><div class="key-figures__label">${esc(f.label)}</div><div class="key-figures__value">${figureHtml(f)}</div></div>`,
    )
    .join('')}</div>`;
}

function figurePairs(figures: readonly BriefFigure[]): string {
  if (figures.length === 0) return '';
  return `<dl class="pairs">${figures.map((f) => `<div><dt>${esc(f.label)}</dt><dd>${figureHtml(f)}</dd></div>`).join('')}</dl>`;
}

function optionPage(
  doc: BriefDocument,
  page: OptionPage,
  index: number,
  total: number,
  sectionTitle: string,
): string {
  const i = page.intervention;
  const { evidence } = page;
  const meta = [i.approachType, i.provider === null ? null : `Provided by ${i.provider}`].filter(
    (x): x is string => x !== null && x !== '',
  );
  const forest =
    evidence.forest === null
      ? ''
      : `<figure class="figure">${forestPlotSvg(evidence.forest, brandColours(doc.branding), `Forest plot: ${i.name}`)}<figcaption>${esc(forestCaption(evidence.forest))}</figcaption></figure>`;
  return [
    `<section class="option-page">`,
    `<p class="option-page__kicker">${esc(sectionTitle)} · ${esc(optionKicker(index, total))}</p>`,
    `<h2>${esc(i.name)}${tag(page)}</h2>`,
    meta.length === 0 ? '' : `<p class="option-page__meta">${esc(meta.join(' · '))}</p>`,
    i.summary === '' ? '' : `<p class="option-page__summary">${esc(i.summary)}</p>`,
    keyFigures(page),
    `<h3>${OPTION_HEADINGS.whatItIs}</h3>${pairs(page.whatItIs)}`,
    page.theoryOfChange.length === 0
      ? ''
      : `<h3>${OPTION_HEADINGS.theoryOfChange}</h3><div class="toc-steps">${page.theoryOfChange
          .map(
            (step) =>
              `<div><strong>${esc(step.label)}</strong><ul>${step.items.map((it) => `<li>${esc(it)}</li>`).join('')}</ul></div>`,
          )
          .join('')}</div>`,
    `<h3>${OPTION_HEADINGS.evidence}</h3>`,
    `<p><strong>${esc(evidence.effect.label)}:</strong> ${figureHtml(evidence.effect)}</p>`,
    evidence.ratings
      .map(
        (r) =>
          `<div class="rating"><div class="rating__head">${esc(r.framework)}: ${figureHtml(r.rating)}</div>${
            r.explanation.length === 0
              ? ''
              : `<ul>${r.explanation.map((e) => `<li>${esc(e)}</li>`).join('')}</ul>`
          }</div>`,
      )
      .join(''),
    forest,
    `<div class="keep"><h3>${OPTION_HEADINGS.value}</h3>${figurePairs(page.value)}</div>`,
    `<div class="two-col keep"><div><h3>${OPTION_HEADINGS.implementation}</h3>${pairs(page.implementation.facts)}${richTextHtml(page.implementation.note, 4)}</div>`,
    `<div><h3>${OPTION_HEADINGS.localDelivery}</h3>${pairs(page.localDelivery.facts)}${richTextHtml(page.localDelivery.note, 4)}</div></div>`,
    '</section>',
  ].join('\n');
}

function unknowns(s: BriefDocumentSectionOf<'unknowns'>): string {
  const items =
    s.items.length === 0
      ? `<p>${NO_UNKNOWNS}</p>`
      : `<ul class="unknowns">${unknownsByOption(s.items)
          .map(
            (g) =>
              `<li><strong>${esc(g.option)}</strong><ul>${g.texts.map((t) => `<li>${esc(t)}</li>`).join('')}</ul></li>`,
          )
          .join('')}</ul>`;
  return `<section class="unknowns-section"><h2>${esc(s.title)}</h2>${items}</section>`;
}

function references(s: BriefDocumentSectionOf<'references'>): string {
  const items = s.references
    .map((r) => {
      const url =
        r.url === null
          ? ''
          : isSafeLink(r.url)
            ? ` <a href="${esc(r.url)}" rel="noreferrer">${esc(r.url)}</a>`
            : ` ${esc(r.url)}`;
      return `<li>${esc(r.citation)}${url}${r.interventions.length === 0 ? '' : `<div class="evaluates">Evaluates: ${esc(r.interventions.join(', '))}</div>`}</li>`;
    })
    .join('');
  return `<section><h2>${esc(s.title)}</h2>${s.references.length === 0 ? '<p>No evaluations are cited.</p>' : `<ol class="references">${items}</ol>`}</section>`;
}

function method(s: BriefDocumentSectionOf<'method'>): string {
  return [
    `<section class="method"><h2>${esc(s.title)}</h2>`,
    s.methods.map((m) => `<h3>${esc(m.name)}</h3><p>${esc(m.text)}</p>`).join(''),
    s.settings.length === 0 ? '' : `<h3>Library and settings</h3>${pairs(s.settings)}`,
    '</section>',
  ].join('\n');
}

function section(doc: BriefDocument, s: BriefDocumentSection): string {
  switch (s.kind) {
    case 'summary':
      return summary(s);
    case 'options':
      return options(s);
    case 'option-pages':
      return s.pages.map((p, i) => optionPage(doc, p, i, s.pages.length, s.title)).join('\n');
    case 'unknowns':
      return unknowns(s);
    case 'references':
      return references(s);
    case 'method':
      return method(s);
  }
}

export function renderBriefHtml(doc: BriefDocument, template: BriefTemplate): string {
  return [
    '<!doctype html>',
    '<html lang="en-GB">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${BRIEF_CSP}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${esc(doc.title)}</title>`,
    `<style>${brandedCss(template, doc.branding)}</style>`,
    '</head>',
    '<body>',
    '<main>',
    titleBlock(doc),
    ...doc.sections.map((s) => section(doc, s)),
    `<p class="colophon">${esc(colophon(doc))}</p>`,
    '</main>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
