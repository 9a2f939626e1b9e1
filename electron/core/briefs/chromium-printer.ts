// The printer for Node hosts (the CLI, `ewb serve`): headless Chromium through playwright-core,
// JavaScript off, every network request refused. One browser is launched on first use and
// closed after a minute idle (or by close()), so a DOCX with several charts launches it once.
import type { Browser, BrowserContext } from 'playwright-core';
import { type BriefPrinter, PDF_PAGE, type PdfFurniture, PrinterUnavailable } from './printer';

/** Overrides the Chromium the PDF is printed with. */
export const CHROMIUM_PATH_VARIABLE = 'EWB_CHROMIUM_PATH';
export const DEFAULT_CHROMIUM = '/usr/bin/chromium';
/** Flags that work as root on these machines; without the networking ones Chromium calls home. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
] as const;
const IDLE_MS = 60_000;

export interface ChromiumPrinter extends BriefPrinter {
  close: () => Promise<void>;
}

export function chromiumPrinter(
  executablePath = process.env[CHROMIUM_PATH_VARIABLE] || DEFAULT_CHROMIUM,
): ChromiumPrinter {
  let running: Promise<Browser> | null = null;
  let idle: ReturnType<typeof setTimeout> | null = null;

  const launch = async () => {
    const { chromium } = await import('playwright-core'); // loaded only when a brief is printed
    try {
      // Playwright gives each launch a fresh temporary profile, removed when the browser closes.
      return await chromium.launch({
        executablePath,
        args: [...CHROMIUM_ARGS],
      });
    } catch (error) {
      throw new PrinterUnavailable(
        `Chromium could not be started from ${executablePath} (set ${CHROMIUM_PATH_VARIABLE} to another): ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`,
      );
    }
  };

  const close = async () => {
    if (idle !== null) clearTimeout(idle);
    idle = null;
    const current = running;
    running = null;
    if (current === null) return;
    const browser = await current.catch(() => null);
    await browser?.close();
  };

  /** A fresh context per job: no script, no network, nothing kept between briefs. */
  const withContext = async <T>(work: (context: BrowserContext) => Promise<T>): Promise<T> => {
    if (idle !== null) clearTimeout(idle);
    running ??= launch();
    const pending = running;
    const browser = await pending.catch((error: unknown) => {
      if (running === pending) running = null;
      throw error;
    });
    const context = await browser.newContext({ javaScriptEnabled: false, deviceScaleFactor: 2 });
    try {
      await context.route('**/*', (route) => route.abort());
      return await work(context);
    } finally {
      await context.close();
      idle = setTimeout(() => void close(), IDLE_MS);
      idle.unref();
    }
  };

  return {
    close,
    pdf: (html: string, furniture: PdfFurniture) =>
      withContext(async (context) => {
        const page = await context.newPage();
        await page.setContent(html, { waitUntil: 'load' });
        await page.emulateMedia({ media: 'print' });
        return page.pdf({
          format: PDF_PAGE.format,
          margin: PDF_PAGE.margin,
          printBackground: true,
          displayHeaderFooter: true,
          headerTemplate: furniture.headerTemplate,
          footerTemplate: furniture.footerTemplate,
        });
      }),
    png: (svg: string, width: number, height: number) =>
      withContext(async (context) => {
        const page = await context.newPage();
        await page.setViewportSize({ width: Math.ceil(width), height: Math.ceil(height) });
        await page.setContent(
          `<!doctype html><html><body style="margin:0;background:#fff">${svg}</body></html>`,
          { waitUntil: 'load' },
        );
        return page.screenshot({ clip: { x: 0, y: 0, width, height }, type: 'png' });
      }),
  };
}
