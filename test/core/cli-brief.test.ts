// `ewb brief` as cli.md specifies it, on the sample library: PDF, DOCX, HTML and Markdown for three
// interventions, each read back (PDF through pdftotext, DOCX through its XML) to find every
// intervention's name, rating, effect and cost as the API works them out, and the illustrative
// warning; the PDF is paginated with page numbers and vector charts; the DOCX converts in
// LibreOffice; bad input exits 2 naming the field, and a failed export leaves no file behind.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDispatch, type Dispatch } from '../../electron/core/api/dispatch';
import { createLibraryFromBundle } from '../../electron/core/services/sample-library';
import { BRIEF_FORMATS, type BriefFormat } from '../../shared/model/brief';
import type { BriefDocument } from '../../shared/model/brief-document';
import type { OutcomeResultPage } from '../../shared/model/study-grids';
import { expectOk } from '../helpers/api';
import {
  flat,
  hasSoffice,
  markdownWords,
  pdfImageCount,
  pdfPages,
  pdfText,
  readDocx,
} from '../helpers/brief-files';
import { ewb, ewbWithEnv } from '../helpers/cli';
import { type Library, SAMPLE_BUNDLE, tempDir, type TempDir } from '../helpers/libraries';

const IDS = ['kickz', 'safer-schools-partnerships', 'splash-summer-schemes'];
const OUTCOME = 'anti-social-behaviour';
const TITLE = 'Reducing anti-social behaviour in Lambeth';

let dir: TempDir;
let library: Library;
let dispatch: Dispatch;
let expected: BriefDocument;
const text = {} as Record<BriefFormat, string>;

const outPath = (format: BriefFormat) => dir.file(`brief.${format}`);

/** `ewb brief` arguments for the three interventions; `options` adds to or replaces them. */
function briefArgs(options: Record<string, string>): string[] {
  const all: Record<string, string> = {
    '--library': library.path,
    '--interventions': IDS.join(','),
    ...options,
  };
  return ['brief', ...Object.entries(all).flat()];
}

beforeAll(async () => {
  dir = tempDir();
  library = await createLibraryFromBundle(dir.file('sample.ewb'), SAMPLE_BUNDLE);
  dispatch = createDispatch({ library });
  for (const format of BRIEF_FORMATS) {
    const run = ewb(
      ...briefArgs({ '--format': format, '--out': outPath(format), '--title': TITLE, '--outcome': OUTCOME }),
    );
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  }
  // What the brief should say, worked out by the API from the same choices.
  expected = await expectOk<BriefDocument>(dispatch, 'briefs/draft-document', {
    title: TITLE,
    date: new Date().toISOString().slice(0, 10),
    outcomeId: OUTCOME,
    interventionIds: IDS,
  });
  text.pdf = flat(pdfText(outPath('pdf')));
  text.docx = flat((await readDocx(readFileSync(outPath('docx')))).text);
  text.html = flat(
    readFileSync(outPath('html'), 'utf8')
      .replace(/<[^>]*>/g, ' ')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&#39;/g, "'")
      .replace(/&amp;/g, '&'),
  );
  text.md = flat(markdownWords(readFileSync(outPath('md'), 'utf8')));
}, 120_000);
afterAll(() => {
  library.close();
  dir.remove();
});

describe('ewb brief', () => {
  it.each(BRIEF_FORMATS)('%s: every intervention with its rating, effect and cost', (format) => {
    const options = expected.sections.find((s) => s.kind === 'options');
    expect(options?.kind === 'options' && options.rows.length).toBe(3);
    if (options?.kind !== 'options') return;
    expect(text[format]).toContain(TITLE);
    for (const row of options.rows) {
      expect(text[format]).toContain(row.intervention.name);
      for (const figure of [row.rating, row.effect, row.costPerParticipant]) {
        expect(text[format], `${row.intervention.name}: ${figure.label}`).toContain(flat(figure.text));
      }
    }
  });

  it.each(BRIEF_FORMATS)('%s: carries the illustrative-data warning', (format) => {
    // The sample library's figures include illustrative ones, so the warning must show.
    expect(expected.illustrative).toBe(true);
    expect(text[format]).toContain(flat(expected.illustrativeWarning));
  });

  it('PDF: paginated A4 with "Page X of Y" and charts kept as vector graphics', () => {
    const pages = pdfPages(outPath('pdf'));
    expect(pages).toBeGreaterThan(1);
    expect(text.pdf).toContain(`Page 1 of ${pages}`);
    expect(text.pdf).toContain(`Page ${pages} of ${pages}`);
    // The forest plot's words are text in the PDF (drawn as SVG), and nothing is a raster image.
    expect(text.pdf).toContain('Favours the intervention');
    expect(pdfImageCount(outPath('pdf'))).toBe(0);
    const size = execFileSync('pdfinfo', [outPath('pdf')], { encoding: 'utf8' });
    expect(size).toMatch(/Page size:.*pts \(A4\)/);
  });

  it('DOCX: real headings, tables, page numbers and the forest plot as an image', async () => {
    const docx = await readDocx(readFileSync(outPath('docx')));
    expect(docx.documentXml).toMatch(/<w:pStyle w:val="Heading2"\/>/);
    expect(docx.documentXml).toContain('<w:tbl>');
    expect(docx.documentXml).toMatch(/<w:drawing>/);
    const zip = execFileSync('unzip', ['-l', outPath('docx')], { encoding: 'utf8' });
    expect(zip).toMatch(/word\/media\/.+\.png/);
    expect(zip).toMatch(/word\/media\/.+\.svg/);
    expect(zip).toMatch(/word\/footer\d*\.xml/);
    const footers = execFileSync('unzip', ['-p', outPath('docx'), 'word/footer*.xml'], { encoding: 'utf8' });
    expect(footers).toContain('NUMPAGES');
  });

  it('DOCX converts to PDF in LibreOffice without error', (context) => {
    if (!hasSoffice()) {
      console.log('Skipped: LibreOffice (soffice) is not installed here.');
      context.skip();
    }
    const profile = mkdtempSync(join(tmpdir(), 'ewb-soffice-'));
    const out = dir.file('soffice');
    try {
      execFileSync(
        'soffice',
        [
          `-env:UserInstallation=file://${profile}`,
          '--headless',
          '--convert-to',
          'pdf',
          '--outdir',
          out,
          outPath('docx'),
        ],
        { encoding: 'utf8', timeout: 120_000 },
      );
    } finally {
      rmSync(profile, { recursive: true, force: true });
    }
    const converted = join(out, 'brief.pdf');
    expect(pdfPages(converted)).toBeGreaterThan(1);
    expect(flat(pdfText(converted))).toContain(TITLE);
  }, 150_000);

  it('without --outcome, compares on the outcome with the most results among the interventions', async () => {
    const page = await expectOk<OutcomeResultPage>(dispatch, 'outcome-results/list', {
      limit: 500,
      filters: { interventionId: IDS },
    });
    const counts = new Map<string, number>();
    for (const r of page.rows) counts.set(r.outcome.name, (counts.get(r.outcome.name) ?? 0) + 1);
    const [busiest] = [...counts].sort((a, b) => b[1] - a[1]);
    const out = dir.file('default-outcome.md');
    const run = ewb(...briefArgs({ '--format': 'md', '--out': out }));
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(`brief on ${busiest?.[0]}`);
    expect(markdownWords(readFileSync(out, 'utf8'))).toContain(`**Outcome compared:** ${busiest?.[0]}`);
  });

  it.each([
    [['--outcome', 'no-such-outcome'], /--outcome: no outcome domain with id "no-such-outcome"/],
    [['--interventions', 'kickz,nobody'], /--interventions: no intervention with id "nobody"/],
    [['--format', 'odt'], /--format must be one of pdf, docx, html, md/],
    [['--title', ' '], /--title: give the brief a title/],
  ])('bad input %j exits 2 naming the field and writes nothing', (change, message) => {
    const out = dir.file('refused', 'brief.pdf');
    execFileSync('mkdir', ['-p', dir.file('refused')]);
    const run = ewb(
      ...briefArgs({
        '--format': 'pdf',
        '--out': out,
        '--outcome': OUTCOME,
        [change[0] ?? '']: change[1] ?? '',
      }),
    );
    expect(run.status).toBe(2);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(message);
    expect(readdirSync(dir.file('refused'))).toEqual([]);
  });

  it('a printer that fails leaves no file, not even a partial one', () => {
    const folder = dir.file('failed');
    execFileSync('mkdir', ['-p', folder]);
    const run = ewbWithEnv(
      { EWB_CHROMIUM_PATH: dir.file('no-chromium-here') },
      ...briefArgs({ '--format': 'pdf', '--out': join(folder, 'brief.pdf') }),
    );
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/Chromium could not be started .*EWB_CHROMIUM_PATH/);
    expect(readdirSync(folder)).toEqual([]);
  });
});
