// Hands a file the app made (an attachment's bytes, an export) to the browser as a download. In
// the desktop window Electron's own download handling asks where to save it.

/** Saves `blob` as a download named `fileName`. */
export function downloadBlob(fileName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started from the link; the object URL is only needed until then.
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
