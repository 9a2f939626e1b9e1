// Reading generated briefs back as text, as a reader of each format would see it: PDF through
// pdftotext, DOCX through its word/document.xml, Markdown with its escapes undone.
import { execFileSync, spawnSync } from 'node:child_process';
import JSZip from 'jszip';

/** Runs of whitespace as one space, so text wrapped across lines still matches. */
export const flat = (text: string) => text.replace(/\s+/g, ' ').trim();

export function pdfText(path: string): string {
  return execFileSync('pdftotext', ['-enc', 'UTF-8', path, '-'], { encoding: 'utf8' });
}

export function pdfPages(path: string): number {
  const info = execFileSync('pdfinfo', [path], { encoding: 'utf8' });
  return Number(/^Pages:\s+(\d+)/m.exec(info)?.[1] ?? 0);
}

/** Raster images embedded in a PDF (pdfimages -list rows after its two header lines). */
export function pdfImageCount(path: string): number {
  const list = execFileSync('pdfimages', ['-list', path], { encoding: 'utf8' });
  return list.trim().split('\n').length - 2;
}

const XML_ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
const decodeXml = (s: string) =>
  s.replace(/&(lt|gt|amp|quot|apos);/g, (_m, e: string) => XML_ENTITIES[e] ?? _m);

export interface DocxParts {
  documentXml: string;
  relationships: string;
  /** The words of each paragraph, one paragraph per line. */
  text: string;
}

export async function readDocx(bytes: Uint8Array): Promise<DocxParts> {
  const zip = await JSZip.loadAsync(bytes);
  const documentXml = (await zip.file('word/document.xml')?.async('string')) ?? '';
  const relationships = (await zip.file('word/_rels/document.xml.rels')?.async('string')) ?? '';
  const text = [...documentXml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)]
    .map(([p]) =>
      [...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => decodeXml(t[1] ?? '')).join(''),
    )
    .join('\n');
  return { documentXml, relationships, text };
}

/** Markdown as its reader sees the words: backslash escapes and &lt; undone. */
export function markdownWords(md: string): string {
  return md.replace(/\\(.)/g, '$1').replace(/&lt;/g, '<');
}

export const hasSoffice = () => spawnSync('soffice', ['--version'], { encoding: 'utf8' }).status === 0;
