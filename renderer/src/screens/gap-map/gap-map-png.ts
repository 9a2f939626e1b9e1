// The gap map drawn on a canvas and saved as PNG: the same rows, columns, counts, designs and
// shading (with the same patterns) as the screen, in light colours for print. Drawn here rather
// than captured, so it needs no remote content and nothing the app's CSP forbids.
import {
  EVIDENCE_STRENGTHS,
  EVIDENCE_STRENGTH_LABELS,
  type EvidenceStrength,
  type GapMap,
} from '../../../../shared/model/gap-map';
import { cellIndex, cellKey, DESIGN_SHORT, rowsLabel } from './gap-map-model';

const PAD = 16;
const ROW_HEAD = 300;
const CELL_W = 56;
const CELL_H = 32;
const TITLE_H = 36;
const GROUP_H = 26;
const COLUMN_H = 200;
const LEGEND_H = 70;
/** Chromium's largest canvas side. */
const MAX_SIDE = 32_000;
const FONT = 'Arial, "Liberation Sans", sans-serif';

const FILL: Record<EvidenceStrength, string> = { strong: '#1a5aab', moderate: '#8fb4e3', weak: '#e7effa' };
const INK: Record<EvidenceStrength, string> = { strong: '#ffffff', moderate: '#102540', weak: '#102540' };

/** Shading plus a pattern, as on screen: strong solid, moderate hatched, weak dotted. */
function shade(
  ctx: CanvasRenderingContext2D,
  strength: EvidenceStrength,
  x: number,
  y: number,
  w: number,
  h: number,
) {
  ctx.fillStyle = FILL[strength];
  ctx.fillRect(x, y, w, h);
  ctx.save();
  ctx.beginPath();
  ctx.rect(x, y, w, h);
  ctx.clip();
  ctx.strokeStyle = 'rgba(16, 37, 64, 0.35)';
  ctx.fillStyle = 'rgba(16, 37, 64, 0.35)';
  if (strength === 'moderate') {
    for (let k = -h; k < w; k += 7) {
      ctx.beginPath();
      ctx.moveTo(x + k, y + h);
      ctx.lineTo(x + k + h, y);
      ctx.stroke();
    }
  } else if (strength === 'weak') {
    for (let i = x + 3; i < x + w; i += 7)
      for (let j = y + 3; j < y + h; j += 7) ctx.fillRect(i, j, 1.5, 1.5);
  }
  ctx.restore();
}

function clipText(ctx: CanvasRenderingContext2D, text: string, width: number): string {
  if (ctx.measureText(text).width <= width) return text;
  let cut = text;
  while (cut.length > 1 && ctx.measureText(`${cut}…`).width > width) cut = cut.slice(0, -1);
  return `${cut.trimEnd()}…`;
}

/** The map as a PNG; rejects when it is too large for one image (the CSV has it all). */
export function gapMapPng(map: GapMap, title: string): Promise<Blob> {
  const outcomes = map.groups.flatMap((g) => g.outcomes);
  const width = PAD * 2 + ROW_HEAD + outcomes.length * CELL_W;
  const top = PAD + TITLE_H + GROUP_H + COLUMN_H;
  const height = top + map.rowHeads.length * CELL_H + LEGEND_H + PAD;
  if (width > MAX_SIDE || height > MAX_SIDE) {
    return Promise.reject(new Error('The map has too many rows for one image: export it as CSV instead.'));
  }
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const ctx = canvas.getContext('2d');
  if (ctx === null) return Promise.reject(new Error('This browser cannot draw the image.'));
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, width, height);
  ctx.fillStyle = '#1b2430';
  ctx.textBaseline = 'middle';
  ctx.font = `bold 18px ${FONT}`;
  ctx.fillText(clipText(ctx, title, width - 2 * PAD), PAD, PAD + TITLE_H / 2);

  // Column groups, then each outcome's name turned upwards.
  let x = PAD + ROW_HEAD;
  ctx.strokeStyle = '#aab5c3';
  for (const group of map.groups) {
    const w = group.outcomes.length * CELL_W;
    ctx.font = `bold 12px ${FONT}`;
    ctx.fillStyle = '#1b2430';
    ctx.fillText(clipText(ctx, group.name, w - 8), x + 4, PAD + TITLE_H + GROUP_H / 2);
    ctx.strokeRect(x, PAD + TITLE_H, w, GROUP_H + COLUMN_H + map.rowHeads.length * CELL_H);
    ctx.font = `12px ${FONT}`;
    group.outcomes.forEach((o, k) => {
      ctx.save();
      ctx.translate(x + k * CELL_W + CELL_W / 2, top - 6);
      ctx.rotate(-Math.PI / 2);
      ctx.fillText(clipText(ctx, o.name, COLUMN_H - 12), 0, 0);
      ctx.restore();
    });
    x += w;
  }
  ctx.font = `bold 12px ${FONT}`;
  ctx.fillText(rowsLabel(map), PAD, top - 12);

  const cells = cellIndex(map);
  map.rowHeads.forEach((row, r) => {
    const y = top + r * CELL_H;
    ctx.fillStyle = r % 2 === 0 ? '#f7f9fb' : '#ffffff';
    ctx.fillRect(PAD, y, ROW_HEAD + outcomes.length * CELL_W, CELL_H);
    ctx.fillStyle = '#1b2430';
    ctx.font = `13px ${FONT}`;
    ctx.fillText(clipText(ctx, row.name, ROW_HEAD - 12), PAD + 4, y + CELL_H / 2);
    outcomes.forEach((o, c) => {
      const cell = cells.get(cellKey(row.id, o.id));
      const cx = PAD + ROW_HEAD + c * CELL_W;
      if (cell === undefined) return;
      shade(ctx, cell.strength, cx + 2, y + 2, CELL_W - 4, CELL_H - 4);
      ctx.fillStyle = INK[cell.strength];
      ctx.textAlign = 'center';
      ctx.font = `bold 12px ${FONT}`;
      ctx.fillText(String(cell.studyCount), cx + CELL_W / 2, y + 10);
      ctx.font = `10px ${FONT}`;
      ctx.fillText(DESIGN_SHORT[cell.strongestDesign], cx + CELL_W / 2, y + 23);
      ctx.textAlign = 'start';
    });
  });

  // The legend: each strength's shading and pattern, and what a cell's two lines say.
  let lx = PAD;
  const ly = top + map.rowHeads.length * CELL_H + 16;
  ctx.font = `12px ${FONT}`;
  for (const strength of [...EVIDENCE_STRENGTHS].reverse()) {
    shade(ctx, strength, lx, ly, 28, 18);
    ctx.fillStyle = '#1b2430';
    const label = EVIDENCE_STRENGTH_LABELS[strength];
    ctx.fillText(label, lx + 34, ly + 9);
    lx += 34 + ctx.measureText(label).width + 24;
  }
  ctx.fillText(
    'Each cell: number of studies, then the strongest design (RCT randomised, cRCT cluster randomised, SR systematic review, QED comparison group, Matched, Pre/post, ToC theory of change).',
    PAD,
    ly + 40,
  );
  return new Promise((resolve, reject) =>
    canvas.toBlob(
      (blob) => (blob === null ? reject(new Error('The image could not be made.')) : resolve(blob)),
      'image/png',
    ),
  );
}
