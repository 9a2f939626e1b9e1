// The desktop's brief printer: a hidden, sandboxed window with JavaScript off loads the brief's
// HTML as a data: URL (allowed by the hardened session, which refuses anything remote) and
// prints it with webContents.printToPDF, with the same page and furniture as headless Chromium;
// charts for DOCX are drawn there too and captured with capturePage.
import { BrowserWindow } from 'electron';
import { type BriefPrinter, PDF_PAGE, type PdfFurniture } from '../core/briefs/printer';
import { printWindowOptions } from './window-options';

/** The page to print, self-contained, as the one kind of URL the print window loads. */
const printableDataUrl = (html: string) =>
  `data:text/html;charset=utf-8;base64,${Buffer.from(html, 'utf8').toString('base64')}`;

/** An A4 page's width and height in CSS pixels. */
const A4_PX = { width: 794, height: 1123 };

async function withWindow<T>(
  size: { width: number; height: number },
  html: string,
  work: (window: BrowserWindow) => Promise<T>,
): Promise<T> {
  const window = new BrowserWindow(printWindowOptions(size.width, size.height));
  try {
    await window.loadURL(printableDataUrl(html));
    return await work(window);
  } finally {
    window.destroy();
  }
}

export function electronPrinter(): BriefPrinter {
  return {
    pdf: (html: string, furniture: PdfFurniture) =>
      withWindow(A4_PX, html, async (window) => {
        const pdf = await window.webContents.printToPDF({
          pageSize: PDF_PAGE.format,
          margins: PDF_PAGE.marginInches,
          printBackground: true,
          displayHeaderFooter: true,
          headerTemplate: furniture.headerTemplate,
          footerTemplate: furniture.footerTemplate,
        });
        return new Uint8Array(pdf);
      }),
    png: (svg: string, width: number, height: number) =>
      withWindow(
        { width: Math.ceil(width), height: Math.ceil(height) },
        `<!doctype html><html><body style="margin:0;background:#fff">${svg}</body></html>`,
        async (window) => {
          const image = await window.webContents.capturePage(
            { x: 0, y: 0, width: Math.ceil(width), height: Math.ceil(height) },
            { stayHidden: true },
          );
          return new Uint8Array(image.toPNG());
        },
      ),
  };
}
