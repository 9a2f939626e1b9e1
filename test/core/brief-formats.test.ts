// Every format written from one brief document (a fixture with every section kind, rich text,
// illustrative figures and forest plots): the HTML is self-contained with no script; hostile text
// from the author and the library stays literal or is dropped in HTML, Markdown, DOCX and PDF, and
// nothing in the HTML runs even with its Content-Security-Policy switched off.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CHROMIUM_ARGS,
  CHROMIUM_PATH_VARIABLE,
  type ChromiumPrinter,
  chromiumPrinter,
  DEFAULT_CHROMIUM,
} from '../../electron/core/briefs/chromium-printer';
import { escapeMarkdown } from '../../electron/core/briefs/markdown';
import { type RenderedBrief, renderBrief } from '../../electron/core/briefs/render';
import { loadBriefTemplate } from '../../electron/core/briefs/template';
import { BRIEF_FORMATS, type BriefFormat } from '../../shared/model/brief';
import { briefDocumentFixture } from '../helpers/brief-document';
import { flat, markdownWords, pdfText, readDocx } from '../helpers/brief-files';
import { REPO_ROOT, tempDir, type TempDir } from '../helpers/libraries';

const template = loadBriefTemplate(REPO_ROOT);
const utf8 = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

let dir: TempDir;
let printer: ChromiumPrinter;
const hostile = {} as Record<BriefFormat, RenderedBrief>;

beforeAll(async () => {
  dir = tempDir();
  printer = chromiumPrinter();
  const doc = briefDocumentFixture({ hostile: true });
  for (const format of BRIEF_FORMATS) hostile[format] = await renderBrief(doc, format, { template, printer });
}, 60_000);
afterAll(async () => {
  await printer.close();
  dir.remove();
});

describe('the HTML brief', () => {
  it('is one offline file: inline CSS, a CSP allowing no script, no remote address', () => {
    const html = utf8(hostile.html.bytes);
    expect(html).toMatch(
      /<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src data:; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'">/,
    );
    expect(html).not.toMatch(/<script|<link |<iframe|<object|<embed/i);
    expect(html).not.toMatch(/\s(src|srcset)="(?!data:)/i);
    // The forest plots are inline SVG, one per option.
    expect(html.match(/<svg /g)?.length).toBe(3);
  });

  it('keeps hostile text literal: nothing runs even with the CSP bypassed', async () => {
    const browser = await chromium.launch({
      executablePath: process.env[CHROMIUM_PATH_VARIABLE] || DEFAULT_CHROMIUM,
      args: [...CHROMIUM_ARGS],
    });
    try {
      const context = await browser.newContext({ bypassCSP: true, javaScriptEnabled: true });
      // Nothing may be fetched but the file itself.
      await context.route(
        (url) => url.protocol !== 'file:',
        (route) => route.abort(),
      );
      const page = await context.newPage();
      const dialogs: string[] = [];
      page.on('dialog', (dialog) => {
        dialogs.push(dialog.message());
        void dialog.dismiss();
      });
      // The canary: any script of the page that ran would flip it (and alert would open a dialog).
      await page.addInitScript(() => {
        (window as unknown as { canary: string }).canary = 'alive';
        window.alert = () => {
          (window as unknown as { canary: string }).canary = 'script ran';
        };
      });
      const file = dir.file('hostile.html');
      writeFileSync(file, hostile.html.bytes);
      await page.goto(`file://${file}`);
      await page.waitForTimeout(300);
      const found = await page.evaluate(() => ({
        canary: (window as unknown as { canary: string }).canary,
        scripts: document.querySelectorAll('script').length,
        images: document.querySelectorAll('img').length,
        handlers: [...document.querySelectorAll('*')].flatMap((el) =>
          [...el.attributes].filter((a) => a.name.startsWith('on')).map((a) => a.name),
        ),
        badLinks: [...document.querySelectorAll('a')]
          .map((a) => a.getAttribute('href') ?? '')
          .filter((h) => !/^(https?:|mailto:)/.test(h)),
        text: document.body.innerText,
      }));
      expect(found.canary).toBe('alive');
      expect(dialogs).toEqual([]);
      expect(found.scripts).toBe(0);
      expect(found.images).toBe(0);
      expect(found.handlers).toEqual([]);
      expect(found.badLinks).toEqual([]);
      // Shown as typed, the javascript: link reduced to its words.
      expect(found.text).toContain('<script>alert(1)</script>');
      expect(found.text).toContain('<img src=x onerror=alert(1)>');
      expect(found.text).toContain('Youth Clubs <script>alert(2)</script>');
      expect(found.text).not.toContain('javascript:');
    } finally {
      await browser.close();
    }
  });
});

describe('the partnership branding', () => {
  const logo = readFileSync(join(REPO_ROOT, 'resources', 'icons', 'png', '32x32.png'));
  const branded = {
    ...briefDocumentFixture(),
    branding: {
      partnershipName: 'Northtown & District <Partnership>',
      primaryColour: '#aa0000',
      accentColour: '#00aa00',
      logo: { mediaType: 'image/png' as const, content: logo.toString('base64') },
    },
  };

  it('colours the HTML, shows the logo inline and the name escaped', async () => {
    const html = utf8((await renderBrief(branded, 'html', { template, printer })).bytes);
    expect(html).toContain(':root { --primary: #aa0000; --accent: #00aa00; }');
    expect(html).toContain(
      `<img class="masthead__logo" src="data:image/png;base64,${logo.toString('base64')}"`,
    );
    expect(html).toContain('Northtown &amp; District &lt;Partnership&gt;');
    // The forest plots take the partnership's colours too.
    expect(html).toMatch(/<rect [^>]*fill="#aa0000"/);
  });

  it('puts the logo and the colours in the DOCX, and drops a logo that is not base64', async () => {
    const docx = await JSZip.loadAsync((await renderBrief(branded, 'docx', { template, printer })).bytes);
    const media = Object.keys(docx.files).filter((f) => f.startsWith('word/media/'));
    const sizes = await Promise.all(
      media.map(async (f) => (await docx.file(f)?.async('uint8array'))?.length),
    );
    expect(sizes).toContain(logo.length);
    const styles = (await docx.file('word/styles.xml')?.async('string')) ?? '';
    expect(styles).toContain('<w:color w:val="AA0000"/>');
    const broken = {
      ...branded,
      branding: { ...branded.branding, logo: { mediaType: 'image/png' as const, content: '"><script>' } },
    };
    expect(utf8((await renderBrief(broken, 'html', { template, printer })).bytes)).not.toContain('<img');
  });
});

describe('hostile text in the other formats', () => {
  it('Markdown shows it literally: no tag, no link to javascript:', () => {
    const md = utf8(hostile.md.bytes);
    expect(md).not.toMatch(/<(script|img)/i);
    expect(md).not.toContain('](javascript:');
    expect(md).not.toContain('javascript:');
    const words = markdownWords(md);
    expect(words).toContain('<script>alert(1)</script>');
    expect(words).toContain('<img src=x onerror=alert(1)>');
    // The safe links the author wrote stay links.
    expect(md).toContain('[a link](<https://example.org/report>)');
  });

  it('DOCX holds it as text: escaped XML, no javascript: relationship, real hyperlinks kept', async () => {
    const docx = await readDocx(hostile.docx.bytes);
    expect(docx.documentXml).not.toMatch(/<script|<img/i);
    expect(docx.relationships).not.toContain('javascript:');
    expect(docx.relationships).toContain('https://example.org/report');
    expect(docx.text).toContain('<script>alert(1)</script>');
    expect(docx.text).toContain('<img src=x onerror=alert(1)>');
    expect(docx.text).not.toContain('javascript:');
  });

  it('PDF prints it as text', () => {
    const file = dir.file('hostile.pdf');
    writeFileSync(file, hostile.pdf.bytes);
    const text = flat(pdfText(file));
    expect(text).toContain('<script>alert(1)</script>');
    expect(text).toContain('<img src=x onerror=alert(1)>');
    expect(text).not.toContain('javascript:');
  });
});

describe('escapeMarkdown', () => {
  it.each([
    ['<b>bold</b>', '&lt;b\\>bold&lt;/b\\>'],
    ['[x](javascript:alert(1))', '\\[x\\](javascript:alert(1))'],
    ['**not bold** _nor this_', '\\*\\*not bold\\*\\* \\_nor this\\_'],
    ['# not a heading', '\\# not a heading'],
    ['1. not a list', '1\\. not a list'],
    ['-0.21 (-0.35 to -0.07)', '-0.21 (-0.35 to -0.07)'],
  ])('%s → %s', (text, escaped) => {
    expect(escapeMarkdown(text)).toBe(escaped);
    expect(markdownWords(escapeMarkdown(text))).toBe(text);
  });
});
