// Getting a brief's generated file to the person: in the browser it is downloaded; on the desktop
// the app asks where to save it (host methods), since a window cannot write files itself.
import { downloadBytes } from '../../data/attachment-files';
import { call, callHost, transportKind } from '../../transport/api-client';

/** Hands over a finished export; the file's name, or null when the person cancelled saving it. */
export async function deliverExport(jobId: string): Promise<string | null> {
  if (transportKind() === 'desktop') {
    const saved = await callHost('brief-exports/save', { jobId });
    return saved.saved ? saved.fileName : null;
  }
  const file = await call('brief-exports/file', { jobId });
  downloadBytes(file.fileName, file.content);
  return file.fileName;
}

/** Hands over a snapshot's frozen file, as deliverExport does. */
export async function deliverSnapshot(id: string): Promise<string | null> {
  if (transportKind() === 'desktop') {
    const saved = await callHost('brief-snapshots/save', { id });
    return saved.saved ? saved.fileName : null;
  }
  const file = await call('brief-snapshots/file', { id });
  downloadBytes(file.fileName, file.content);
  return file.fileName;
}
