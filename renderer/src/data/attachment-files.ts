// Files between the browser and the API: a chosen file read as base64 (attachments/add, merging a
// library file), and bytes or a bundle handed to the browser as a download (always as a file,
// never shown inline in the app, whatever their type).
import { downloadBlob } from './downloads';

/** The file's bytes as base64 (FileReader's data URL without its "data:…;base64," prefix). */
export function readAsBase64(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const url = typeof reader.result === 'string' ? reader.result : '';
      resolve(url.slice(url.indexOf(',') + 1));
    };
    reader.onerror = () => reject(reader.error ?? new Error('The file could not be read.'));
    reader.readAsDataURL(file);
  });
}

/** Saves `base64` as a download named `fileName`. */
export function downloadBytes(fileName: string, base64: string): void {
  const text = atob(base64);
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
  downloadBlob(fileName, new Blob([bytes], { type: 'application/octet-stream' }));
}
