// A brief's forest plot as a standalone SVG string (presentation attributes, no stylesheet), so
// the same picture is inline vector in HTML and PDF and becomes a PNG for DOCX.
import {
  FOREST_LINE,
  type ForestPlotGeometry,
  forestPlotGeometry,
} from '../../../shared/charts/forest-plot-geometry';
import type { ForestPlotData } from '../../../shared/model/brief-document';
import { escapeHtml } from './markup';

export interface ForestPlotColours {
  primary: string;
  accent: string;
}

const INK = '#1f2328';
const MUTED = '#5a6270';
const RULE = '#d5d9e0';
const FONT = `font-family="Liberation Sans, Arial, sans-serif" font-size="11"`;

function text(
  x: number,
  y: number,
  words: string,
  { anchor = 'start', fill = INK, bold = false }: { anchor?: string; fill?: string; bold?: boolean } = {},
): string {
  return `<text x="${x.toFixed(1)}" y="${y.toFixed(1)}" text-anchor="${anchor}" dominant-baseline="central" fill="${fill}"${bold ? ' font-weight="bold"' : ''}>${escapeHtml(words)}</text>`;
}

/** A study's label, one or two lines centred on its row. */
function label(x: number, y: number, lines: readonly string[]): string {
  const first = y - ((lines.length - 1) * FOREST_LINE) / 2;
  return lines.map((l, i) => text(x, first + i * FOREST_LINE, l)).join('');
}

const line = (x1: number, y1: number, x2: number, y2: number, stroke: string, extra = '') =>
  `<line x1="${x1.toFixed(1)}" y1="${y1.toFixed(1)}" x2="${x2.toFixed(1)}" y2="${y2.toFixed(1)}" stroke="${stroke}"${extra}/>`;

export function forestPlotSvgFrom(g: ForestPlotGeometry, colours: ForestPlotColours, title: string): string {
  const parts: string[] = [
    `<title>${escapeHtml(title)}</title>`,
    text(g.labelX, g.headerY, 'Study', { bold: true }),
    text(g.weightX, g.headerY, 'Weight', { anchor: 'end', bold: true }),
    text(g.estimateX, g.headerY, 'Estimate (95% CI)', { anchor: 'end', bold: true }),
    line(g.labelX, g.headerY + 10, g.estimateX, g.headerY + 10, RULE),
    line(g.nullX, g.top, g.nullX, g.bottom, MUTED, ' stroke-dasharray="3 3"'),
  ];
  for (const r of g.rows) {
    parts.push(
      label(g.labelX, r.y, r.lines),
      line(r.lowerX, r.y, r.upperX, r.y, INK, ' stroke-width="1.4"'),
      line(r.lowerX, r.y - 4, r.lowerX, r.y + 4, INK),
      line(r.upperX, r.y - 4, r.upperX, r.y + 4, INK),
      `<rect x="${(r.pointX - r.size / 2).toFixed(1)}" y="${(r.y - r.size / 2).toFixed(1)}" width="${r.size.toFixed(1)}" height="${r.size.toFixed(1)}" fill="${colours.primary}"/>`,
      text(g.weightX, r.y, r.weightText, { anchor: 'end' }),
      text(g.estimateX, r.y, r.estimateText, { anchor: 'end' }),
    );
  }
  if (g.pooled !== null) {
    parts.push(
      line(g.labelX, g.pooled.y - 13, g.estimateX, g.pooled.y - 13, RULE),
      text(g.labelX, g.pooled.y, g.pooled.label, { bold: true }),
      `<polygon points="${g.pooled.points}" fill="${colours.accent}" stroke="${INK}"/>`,
      text(g.estimateX, g.pooled.y, g.pooled.estimateText, { anchor: 'end', bold: true }),
    );
  }
  parts.push(line(g.plotLeft, g.axisY, g.plotRight, g.axisY, INK));
  for (const t of g.ticks) {
    parts.push(
      line(t.x, g.axisY, t.x, g.axisY + 4, INK),
      text(t.x, g.axisY + 12, t.label, { anchor: 'middle' }),
    );
  }
  parts.push(
    text(g.favours.x, g.axisY + 27, g.favours.text, { anchor: g.favours.anchor, fill: MUTED }),
    text((g.plotLeft + g.plotRight) / 2, g.axisY + 40, g.measure, { anchor: 'middle', fill: MUTED }),
  );
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${g.width} ${g.height}" width="${g.width}" height="${g.height}" role="img" ${FONT}>${parts.join('')}</svg>`;
}

export function forestPlotSvg(data: ForestPlotData, colours: ForestPlotColours, title: string): string {
  return forestPlotSvgFrom(forestPlotGeometry(data), colours, title);
}
