// One brief document written in one format: the HTML (also what the PDF prints), DOCX or Markdown,
// with the file's name and media type. Progress is reported by phase for the export jobs.
import { BRIEF_MEDIA_TYPES, type BriefExportPhase, type BriefFormat } from '../../../shared/model/brief';
import type { BriefDocument } from '../../../shared/model/brief-document';
import { renderBriefDocx } from './docx';
import { renderBriefHtml } from './html';
import { renderBriefMarkdown } from './markdown';
import { type BriefPrinter, pdfFurniture } from './printer';
import type { BriefTemplate } from './template';

/** What rendering needs from the host: the template from resources/ and a printer. */
export interface BriefTools {
  template: BriefTemplate;
  printer: BriefPrinter;
}

export interface RenderedBrief {
  fileName: string;
  mediaType: string;
  bytes: Uint8Array;
}

/** "Reducing youth reoffending" of 2026-11-26 → "reducing-youth-reoffending-2026-11-26.pdf". */
export function briefFileName(doc: BriefDocument, format: BriefFormat): string {
  const slug = doc.title
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return `${slug || 'brief'}-${doc.date}.${format}`;
}

const utf8 = (text: string) => new TextEncoder().encode(text);

export async function renderBrief(
  doc: BriefDocument,
  format: BriefFormat,
  tools: BriefTools,
  onPhase: (phase: BriefExportPhase, progress: number) => void = () => undefined,
): Promise<RenderedBrief> {
  onPhase('drawing', 0.3);
  let bytes: Uint8Array;
  switch (format) {
    case 'html':
      bytes = utf8(renderBriefHtml(doc, tools.template));
      break;
    case 'md':
      bytes = utf8(renderBriefMarkdown(doc));
      break;
    case 'pdf': {
      const html = renderBriefHtml(doc, tools.template);
      onPhase('writing', 0.5);
      bytes = await tools.printer.pdf(html, pdfFurniture(doc.title, doc.branding.partnershipName));
      break;
    }
    case 'docx':
      bytes = await renderBriefDocx(doc, tools.printer, () => onPhase('writing', 0.7));
      break;
  }
  onPhase('writing', 0.9);
  return { fileName: briefFileName(doc, format), mediaType: BRIEF_MEDIA_TYPES[format], bytes };
}
