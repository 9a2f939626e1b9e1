// The brief as an editable Word document (docx): real headings, real tables for the options and
// the facts, the author's rich text as runs and lists, a header and a footer with page numbers,
// the logo, and each forest plot as an SVG image with a PNG fallback (drawn by the printer) for
// word processors without SVG. docx escapes every text it writes, so nothing becomes markup.
import {
  AlignmentType,
  BorderStyle,
  Document,
  ExternalHyperlink,
  Footer,
  Header,
  HeadingLevel,
  ImageRun,
  LevelFormat,
  Packer,
  PageBreak,
  PageNumber,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
  type IParagraphOptions,
  type ParagraphChild,
} from 'docx';
import { forestPlotGeometry } from '../../../shared/charts/forest-plot-geometry';
import { isSafeLink, type RichBlock, type RichInline } from '../../../shared/format/rich-text';
import type {
  BriefDocument,
  BriefDocumentSection,
  BriefFigure,
  ForestPlotData,
  OptionPage,
} from '../../../shared/model/brief-document';
import { forestPlotSvgFrom } from './forest-plot-svg';
import { imageSize } from './image-size';
import {
  colophon,
  forestCaption,
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
import type { BriefPrinter } from './printer';
import { brandColours } from './template';

type Block = Paragraph | Table;

const FONT = 'Liberation Sans';
const NUMBERED = 'brief-numbered';
/** Usable width of an A4 page with 2 cm margins, in pixels at 96 to the inch. */
const CONTENT_PX = 642;
const WARN_FILL = 'FFF4D6';
const TINT_FILL = 'F3F5F8';

interface Context {
  primary: string;
  accent: string;
  /** Numbered lists each restart at 1: a fresh instance of the one numbering definition. */
  nextList: () => number;
  forestImages: Map<ForestPlotData, { svg: Uint8Array; png: Uint8Array; width: number; height: number }>;
}

const hex = (colour: string) => colour.slice(1).toUpperCase();

interface Marks {
  bold?: boolean;
  italics?: boolean;
  style?: string;
}

function inlineRuns(nodes: readonly RichInline[], marks: Marks = {}): ParagraphChild[] {
  return nodes.flatMap((n): ParagraphChild[] => {
    switch (n.type) {
      case 'text':
        return [new TextRun({ text: n.text, ...marks })];
      case 'strong':
        return inlineRuns(n.children, { ...marks, bold: true });
      case 'emphasis':
        return inlineRuns(n.children, { ...marks, italics: true });
      case 'link':
        return isSafeLink(n.href)
          ? [
              new ExternalHyperlink({
                link: n.href,
                children: inlineRuns(n.children, { ...marks, style: 'Hyperlink' }),
              }),
            ]
          : inlineRuns(n.children, marks);
    }
  });
}

const HEADINGS = [
  HeadingLevel.HEADING_1,
  HeadingLevel.HEADING_2,
  HeadingLevel.HEADING_3,
  HeadingLevel.HEADING_4,
] as const;

function heading(level: 1 | 2 | 3 | 4, text: string, options: IParagraphOptions = {}): Paragraph {
  return new Paragraph({
    heading: HEADINGS[level - 1],
    keepNext: true,
    children: [new TextRun(text)],
    ...options,
  });
}

function richBlocks(blocks: readonly RichBlock[], ctx: Context, baseLevel: 3 | 4 = 3): Paragraph[] {
  return blocks.flatMap((b) => {
    switch (b.type) {
      case 'heading':
        return [
          new Paragraph({
            heading: HEADINGS[Math.min(3, baseLevel + b.level - 3)],
            keepNext: true,
            children: inlineRuns(b.children),
          }),
        ];
      case 'paragraph':
        return [new Paragraph({ children: inlineRuns(b.children) })];
      case 'list': {
        const instance = b.ordered ? ctx.nextList() : 0;
        return b.items.map(
          (item) =>
            new Paragraph({
              children: inlineRuns(item),
              ...(b.ordered
                ? { numbering: { reference: NUMBERED, level: 0, instance } }
                : { bullet: { level: 0 } }),
            }),
        );
      }
    }
  });
}

const para = (text: string, options: IParagraphOptions = {}) =>
  new Paragraph({ children: [new TextRun(text)], ...options });

function cell(
  children: ParagraphChild[],
  { fill, width }: { fill?: string; width?: number } = {},
): TableCell {
  return new TableCell({
    children: [new Paragraph({ children, spacing: { after: 0 } })],
    ...(fill === undefined ? {} : { shading: { type: ShadingType.CLEAR, color: 'auto', fill } }),
    ...(width === undefined ? {} : { width: { size: width, type: WidthType.PERCENTAGE } }),
    margins: { top: 60, bottom: 60, left: 90, right: 90 },
  });
}

const headerText = (text: string) => [new TextRun({ text, bold: true, color: 'FFFFFF', size: 16 })];
const bodyText = (text: string, bold = false) => [new TextRun({ text, bold, size: 16 })];

/** Usable width of the page in twentieths of a point (A4 less 2 cm margins). */
const CONTENT_TWIPS = 9638;

/** Column widths from weights (a wide column takes twice an ordinary one's share). */
function columnWidths(weights: readonly number[]): number[] {
  const total = weights.reduce((a, b) => a + b, 0);
  return weights.map((w) => Math.floor((CONTENT_TWIPS * w) / total));
}

function table(
  headers: readonly string[],
  rows: readonly (readonly string[])[],
  ctx: Context,
  weights: readonly number[],
): Table {
  return new Table({
    width: { size: CONTENT_TWIPS, type: WidthType.DXA },
    columnWidths: columnWidths(weights),
    layout: TableLayoutType.FIXED,
    rows: [
      new TableRow({
        tableHeader: true,
        cantSplit: true,
        children: headers.map((h) => cell(headerText(h), { fill: ctx.primary })),
      }),
      ...rows.map(
        (r, i) =>
          // A long row may continue on the next page rather than leave one half empty.
          new TableRow({
            children: r.map((v, k) => cell(bodyText(v, k === 0), i % 2 === 1 ? { fill: TINT_FILL } : {})),
          }),
      ),
    ],
  });
}

function pairsTable(items: readonly { label: string; value: string }[]): Table[] {
  if (items.length === 0) return [];
  return [
    new Table({
      width: { size: 100, type: WidthType.PERCENTAGE },
      borders: {
        top: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
        bottom: { style: BorderStyle.SINGLE, size: 2, color: 'D5D9E0' },
        left: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
        right: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
        insideHorizontal: { style: BorderStyle.SINGLE, size: 2, color: 'D5D9E0' },
        insideVertical: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
      },
      rows: items.map(
        (i) =>
          new TableRow({
            cantSplit: true,
            children: [
              cell([new TextRun({ text: i.label, color: '5A6270', size: 18 })], { width: 30 }),
              cell([new TextRun({ text: i.value, size: 18 })], { width: 70 }),
            ],
          }),
      ),
    }),
  ];
}

const figureLine = (f: BriefFigure) =>
  new Paragraph({
    children: [new TextRun({ text: `${f.label}: `, bold: true }), new TextRun(figureText(f))],
  });

function forestBlocks(forest: ForestPlotData, name: string, ctx: Context): Paragraph[] {
  const image = ctx.forestImages.get(forest);
  if (image === undefined) return [];
  const width = Math.min(CONTENT_PX, image.width);
  const height = Math.round((image.height * width) / image.width);
  return [
    new Paragraph({
      keepNext: true,
      children: [
        new ImageRun({
          type: 'svg',
          data: image.svg,
          fallback: { type: 'png', data: image.png },
          transformation: { width, height },
          altText: {
            name: `Forest plot: ${name}`,
            description: `Forest plot: ${name}. ${forest.measure}.`,
            title: `Forest plot: ${name}`,
          },
        }),
      ],
    }),
    para(forestCaption(forest), {
      style: 'Caption',
    }),
  ];
}

function optionPage(
  p: OptionPage,
  index: number,
  total: number,
  sectionTitle: string,
  ctx: Context,
): Block[] {
  const i = p.intervention;
  const meta = [i.approachType, i.provider === null ? '' : `Provided by ${i.provider}`].filter(
    (s) => s !== '',
  );
  return [
    new Paragraph({
      children: [
        new PageBreak(),
        new TextRun({
          text: `${sectionTitle} · ${optionKicker(index, total)}`.toUpperCase(),
          color: '5A6270',
          size: 16,
        }),
      ],
    }),
    heading(2, p.illustrative ? `${i.name} (illustrative)` : i.name),
    ...(meta.length === 0
      ? []
      : [new Paragraph({ children: [new TextRun({ text: meta.join(' · '), color: '5A6270' })] })]),
    ...(i.summary === '' ? [] : [para(i.summary)]),
    heading(3, OPTION_HEADINGS.whatItIs),
    ...pairsTable(p.whatItIs),
    ...(p.theoryOfChange.length === 0
      ? []
      : [
          heading(3, OPTION_HEADINGS.theoryOfChange),
          ...p.theoryOfChange.map(
            (s) =>
              new Paragraph({
                children: [
                  new TextRun({ text: `${s.label}: `, bold: true }),
                  new TextRun(s.items.join('; ')),
                ],
                bullet: { level: 0 },
              }),
          ),
        ]),
    heading(3, OPTION_HEADINGS.evidence),
    figureLine(p.evidence.effect),
    ...p.evidence.ratings.flatMap((r) => [
      new Paragraph({
        children: [new TextRun({ text: `${r.framework}: `, bold: true }), new TextRun(figureText(r.rating))],
      }),
      ...r.explanation.map((e) => new Paragraph({ children: [new TextRun(e)], bullet: { level: 0 } })),
    ]),
    ...(p.evidence.forest === null ? [] : forestBlocks(p.evidence.forest, i.name, ctx)),
    heading(3, OPTION_HEADINGS.value),
    ...pairsTable(p.value.map((f) => ({ label: f.label, value: figureText(f) }))),
    heading(3, OPTION_HEADINGS.implementation),
    ...pairsTable(p.implementation.facts),
    ...richBlocks(p.implementation.note, ctx, 4),
    heading(3, OPTION_HEADINGS.localDelivery),
    ...pairsTable(p.localDelivery.facts),
    ...richBlocks(p.localDelivery.note, ctx, 4),
  ];
}

function section(s: BriefDocumentSection, ctx: Context): Block[] {
  switch (s.kind) {
    case 'summary':
      return [
        heading(2, s.title),
        ...richBlocks(s.summary, ctx),
        ...(s.recommendation.length === 0
          ? []
          : [heading(3, 'Recommendation'), ...richBlocks(s.recommendation, ctx, 4)]),
      ];
    case 'options': {
      const { cells, notes } = optionCells(s.rows);
      return [
        heading(2, s.title),
        table(
          ['Option', ...OPTION_COLUMNS.map((c) => c.header)],
          s.rows.map((r, i) => [r.intervention.name, ...(cells[i] ?? []).map(optionCellText)]),
          ctx,
          [1.4, ...OPTION_COLUMNS.map((c) => (c.wide ? 1.8 : 1))],
        ),
        ...notes.map(
          (n, i) =>
            new Paragraph({
              children: [new TextRun({ text: `[${i + 1}] ${n}`, size: 17, color: '5A6270' })],
            }),
        ),
        ...s.notes.map(
          (n) =>
            new Paragraph({
              children: [new TextRun({ text: n, size: 17, color: '5A6270' })],
              bullet: { level: 0 },
            }),
        ),
      ];
    }
    case 'option-pages':
      return s.pages.flatMap((p, i) => optionPage(p, i, s.pages.length, s.title, ctx));
    case 'unknowns':
      return [
        heading(2, s.title),
        ...(s.items.length === 0
          ? [para(NO_UNKNOWNS)]
          : unknownsByOption(s.items).flatMap((g) => [
              new Paragraph({ keepNext: true, children: [new TextRun({ text: g.option, bold: true })] }),
              ...g.texts.map((t) => new Paragraph({ bullet: { level: 0 }, children: [new TextRun(t)] })),
            ])),
      ];
    case 'references': {
      const instance = ctx.nextList();
      return [
        heading(2, s.title),
        ...s.references.map(
          (r) =>
            new Paragraph({
              numbering: { reference: NUMBERED, level: 0, instance },
              children: [
                new TextRun(r.citation),
                ...(r.url !== null && isSafeLink(r.url)
                  ? [
                      new TextRun(' '),
                      new ExternalHyperlink({
                        link: r.url,
                        children: [new TextRun({ text: r.url, style: 'Hyperlink' })],
                      }),
                    ]
                  : []),
                ...(r.interventions.length === 0
                  ? []
                  : [new TextRun({ text: ` Evaluates: ${r.interventions.join(', ')}.`, color: '5A6270' })]),
              ],
            }),
        ),
      ];
    }
    case 'method':
      return [
        new Paragraph({ children: [new PageBreak()] }),
        heading(2, s.title),
        ...s.methods.flatMap((m) => [heading(3, m.name), para(m.text)]),
        ...(s.settings.length === 0 ? [] : [heading(3, 'Library and settings'), ...pairsTable(s.settings)]),
      ];
  }
}

function logoParagraph(doc: BriefDocument): Paragraph[] {
  const logo = doc.branding.logo;
  if (logo === null) return [];
  const bytes = Buffer.from(logo.content, 'base64');
  const size = imageSize(bytes, logo.mediaType);
  if (size === null || size.width === 0 || size.height === 0) return [];
  const height = Math.min(60, size.height);
  const width = Math.round((size.width * height) / size.height);
  return [
    new Paragraph({
      alignment: AlignmentType.RIGHT,
      children: [
        new ImageRun({
          type: logo.mediaType === 'image/png' ? 'png' : 'jpg',
          data: bytes,
          transformation: { width, height },
          altText: { name: 'Logo', description: doc.branding.partnershipName || 'Logo', title: 'Logo' },
        }),
      ],
    }),
  ];
}

function titleBlock(doc: BriefDocument, ctx: Context): Block[] {
  const name = doc.branding.partnershipName;
  return [
    ...logoParagraph(doc),
    new Paragraph({
      children: [
        new TextRun({ text: name === '' ? '' : `${name} · `, bold: true, color: ctx.primary }),
        new TextRun({ text: 'COMMISSIONING BRIEF', color: '5A6270', size: 16 }),
      ],
      border: { bottom: { style: BorderStyle.SINGLE, size: 24, color: ctx.primary, space: 4 } },
    }),
    new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(doc.title)] }),
    ...(doc.question === ''
      ? []
      : [new Paragraph({ children: [new TextRun({ text: doc.question, size: 24 })] })]),
    ...(doc.illustrative
      ? [
          new Paragraph({
            shading: { type: ShadingType.CLEAR, color: 'auto', fill: WARN_FILL },
            border: { left: { style: BorderStyle.SINGLE, size: 36, color: 'C58F00', space: 6 } },
            spacing: { before: 120, after: 120 },
            children: [
              new TextRun({ text: `Warning: ${doc.illustrativeWarning}`, bold: true, color: '6B4A00' }),
            ],
          }),
        ]
      : []),
    ...pairsTable(titleFacts(doc)),
  ];
}

/** Draws each forest plot once: the SVG for Word, and its PNG fallback by the printer. */
async function drawForestPlots(doc: BriefDocument, printer: BriefPrinter): Promise<Context['forestImages']> {
  const colours = brandColours(doc.branding);
  const images: Context['forestImages'] = new Map();
  for (const s of doc.sections) {
    if (s.kind !== 'option-pages') continue;
    for (const p of s.pages) {
      const forest = p.evidence.forest;
      if (forest === null) continue;
      const g = forestPlotGeometry(forest);
      const svg = forestPlotSvgFrom(g, colours, `Forest plot: ${p.intervention.name}`);
      const png = await printer.png(svg, g.width, g.height);
      images.set(forest, { svg: Buffer.from(svg, 'utf8'), png, width: g.width, height: g.height });
    }
  }
  return images;
}

export async function renderBriefDocx(
  doc: BriefDocument,
  printer: BriefPrinter,
  onDrawn: () => void = () => undefined,
): Promise<Uint8Array> {
  const { primary, accent } = brandColours(doc.branding);
  let lists = 0;
  const ctx: Context = {
    primary: hex(primary),
    accent: hex(accent),
    nextList: () => ++lists,
    forestImages: await drawForestPlots(doc, printer),
  };
  onDrawn();
  const headingRun = { font: 'Liberation Serif', color: ctx.primary, bold: true };
  const document = new Document({
    creator: doc.author || 'Evidence Workbench',
    title: doc.title,
    description: `Commissioning brief generated by Evidence Workbench ${doc.appVersion}`,
    styles: {
      default: {
        document: { run: { font: FONT, size: 20 }, paragraph: { spacing: { after: 100 } } },
        title: { run: { ...headingRun, size: 48 }, paragraph: { spacing: { before: 120, after: 120 } } },
        heading1: { run: { ...headingRun, size: 36 } },
        heading2: {
          run: { ...headingRun, size: 32 },
          paragraph: {
            spacing: { before: 360, after: 120 },
            border: { bottom: { style: BorderStyle.SINGLE, size: 12, color: ctx.accent, space: 2 } },
          },
        },
        heading3: { run: { ...headingRun, size: 24 }, paragraph: { spacing: { before: 240, after: 80 } } },
        heading4: { run: { ...headingRun, size: 21 }, paragraph: { spacing: { before: 160, after: 60 } } },
        hyperlink: { run: { color: ctx.primary, underline: {} } },
      },
    },
    numbering: {
      config: [
        {
          reference: NUMBERED,
          levels: [
            {
              level: 0,
              format: LevelFormat.DECIMAL,
              text: '%1.',
              alignment: AlignmentType.START,
              style: { paragraph: { indent: { left: 400, hanging: 300 } } },
            },
          ],
        },
      ],
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: 11906, height: 16838 },
            margin: { top: 1134, bottom: 1134, left: 1134, right: 1134 },
          },
        },
        headers: {
          default: new Header({
            children: [
              new Paragraph({
                children: [
                  new TextRun({
                    text: [doc.branding.partnershipName, doc.title].filter((s) => s !== '').join(' · '),
                    size: 16,
                    color: '5A6270',
                  }),
                ],
              }),
            ],
          }),
        },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.RIGHT,
                children: [
                  new TextRun({
                    children: ['Page ', PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES],
                    size: 16,
                    color: '5A6270',
                  }),
                ],
              }),
            ],
          }),
        },
        children: [
          ...titleBlock(doc, ctx),
          ...doc.sections.flatMap((s) => section(s, ctx)),
          new Paragraph({
            spacing: { before: 360 },
            children: [new TextRun({ text: colophon(doc), size: 16, color: '5A6270' })],
          }),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(document));
}
