// The XSS spec's look inside a brief's exported files: each format is written through the API (the
// export job the UI runs) and searched for anything live a payload could have become. Markdown,
// DOCX and PDF cannot run script where they are written, but a reader may: an HTML tag or a
// javascript: link in them would be live in a Markdown viewer, Word or a PDF reader.
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import type { APIRequestContext } from '@playwright/test';
import JSZip from 'jszip';
import type { BriefFormat } from '../../shared/model/brief';
import { api, type ServedLibrary } from './fixtures';

/** The brief written in a format by an export job, polled until it is done. */
export async function exportBrief(
  request: APIRequestContext,
  served: ServedLibrary,
  id: string,
  format: BriefFormat,
): Promise<Buffer> {
  const { jobId } = await api(request, served, 'brief-exports/start', { id, format });
  for (let polls = 0; polls < 600; polls += 1) {
    const status = await api(request, served, 'brief-exports/progress', { jobId });
    if (status.state === 'failed') throw new Error(`The ${format} export failed: ${status.message ?? ''}`);
    if (status.state === 'succeeded') {
      const file = await api(request, served, 'brief-exports/file', { jobId });
      return Buffer.from(file.content, 'base64');
    }
    await new Promise((done) => setTimeout(done, 100));
  }
  throw new Error(`The ${format} export did not finish within a minute.`);
}

/** A link address a brief may carry (shared/format/rich-text.ts's rule). */
const SAFE_ADDRESS = /^(https?:\/\/|mailto:)[^\s<>"'`]+$/i;

/**
 * What in the Markdown a renderer would make live: any `<` that does not open a safe autolink or a
 * link's `<address>` (the exporter writes every other `<` as `&lt;`), and any link whose address
 * is not http(s) or mailto.
 */
export function liveMarkdown(md: string): string[] {
  const found: string[] = [];
  for (const match of md.matchAll(/<([^>\n]*)>?/g)) {
    if (!SAFE_ADDRESS.test(match[1] ?? '')) found.push(`raw "${match[0].slice(0, 60)}"`);
  }
  // A link's `](` that is not backslash-escaped text: its address must be a safe one in <…>.
  for (const match of md.matchAll(/(?<!\\)\]\(([^)\n]*)\)?/g)) {
    const address = /^<([^>]*)>$/.exec(match[1] ?? '')?.[1] ?? '';
    if (!SAFE_ADDRESS.test(address)) found.push(`link "${match[0].slice(0, 60)}"`);
  }
  return found;
}

/**
 * What in a DOCX Word would make live: an element outside the WordprocessingML vocabularies (a
 * payload's tag written unescaped would be one, if the XML parsed at all) and an external
 * relationship (a hyperlink's target) that is not http(s) or mailto.
 */
export async function liveDocx(docx: Buffer): Promise<string[]> {
  const zip = await JSZip.loadAsync(docx);
  const read = async (path: string) => (await zip.file(path)?.async('string')) ?? '';
  const found: string[] = [];
  const document = await read('word/document.xml');
  if (document === '') found.push('no word/document.xml');
  for (const match of document.matchAll(/<\/?([^\s/>?!]+)/g)) {
    if (!/^[a-z][a-z0-9]*:[A-Za-z]/.test(match[1] ?? '')) found.push(`element <${match[1] ?? ''}>`);
  }
  const relationships = await read('word/_rels/document.xml.rels');
  for (const match of relationships.matchAll(/<Relationship\b[^>]*>/g)) {
    const target = /\bTarget="([^"]*)"/.exec(match[0])?.[1] ?? '';
    if (/TargetMode="External"/.test(match[0]) && !SAFE_ADDRESS.test(target.replaceAll('&amp;', '&')))
      found.push(`external target "${target.slice(0, 60)}"`);
  }
  return found;
}

/**
 * What in a PDF a reader would run or follow: JavaScript or launch actions, and link annotations
 * whose address is not http(s) or mailto; and its text as pdftotext reads it (for the payloads to
 * be found there as literal text).
 */
export function livePdf(pdf: Buffer, path: string): { live: string[]; text: string } {
  writeFileSync(path, pdf);
  const raw = pdf.toString('latin1');
  const live: string[] = [];
  // (Not the short `/JS` key: three bytes that compressed streams may hold by chance.)
  for (const action of ['/JavaScript', '/Launch', '/SubmitForm', '/ImportData']) {
    if (raw.includes(action)) live.push(`${action} action`);
  }
  for (const match of raw.matchAll(/\/URI\s*\(((?:\\.|[^\\)])*)\)/g)) {
    const address = (match[1] ?? '').replace(/\\(.)/g, '$1');
    if (!SAFE_ADDRESS.test(address)) live.push(`link to "${address.slice(0, 60)}"`);
  }
  const text = spawnSync('pdftotext', ['-enc', 'UTF-8', path, '-'], { encoding: 'utf8' });
  if (text.status !== 0) live.push(`pdftotext failed: ${text.stderr}`);
  return { live, text: text.stdout };
}
