// The desktop's answers to the attachment host methods: a copy opened with the system viewer, or
// saved where the user chooses. Node only (Electron's shell and dialog are passed in), so tests run
// it under Node. The bytes come through the core's API and are checked against their sha256.
import { createHash } from 'node:crypto';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import type { ApiError } from '../../shared/errors';
import { type AttachmentContent, isControlCharacter } from '../../shared/model/attachments';
import { isMediaType, MEDIA_TYPES, mediaTypeLabel, opensInViewer } from '../../shared/model/media-types';
import type { HostHandlers, InvokeDispatch } from './ipc-guard';

const MAX_NAME_LENGTH = 120;
const WINDOWS_FORBIDDEN = '<>:"/\\|?*';
const WINDOWS_RESERVED = /^(con|prn|aux|nul|com\d|lpt\d)(\..*)?$/i;

/**
 * A name that is safe to write on any system: no path, no characters Windows forbids, no leading
 * dot (hidden) or trailing dot or space, not a device name, not too long; `extension` forced on when
 * given and the name has another (so the viewer, not an interpreter, gets the file).
 */
export function safeFileName(fileName: string, extensions?: readonly string[]): string {
  let name = [...fileName]
    .map((c) => (isControlCharacter(c) || WINDOWS_FORBIDDEN.includes(c) ? '_' : c))
    .join('')
    .replace(/^[.\s]+/, '')
    .replace(/[.\s]+$/, '');
  if (name === '') name = 'attachment';
  if (WINDOWS_RESERVED.test(name)) name = `_${name}`;
  const first = extensions?.[0];
  if (first !== undefined && !extensions?.includes(extname(name).toLowerCase())) name = `${name}${first}`;
  const extension = extname(name);
  return name.length <= MAX_NAME_LENGTH
    ? name
    : `${name.slice(0, MAX_NAME_LENGTH - extension.length)}${extension}`;
}

export interface AttachmentHostOptions {
  dispatch: () => InvokeDispatch;
  /** A folder only this user can read, made for this run on first use and removed on quit. */
  tempRoot: () => string;
  /** Electron's shell.openPath: resolves with an error message, or '' when the file opened. */
  openPath: (path: string) => Promise<string>;
  /** A save dialog suggesting `fileName`; the path chosen, or null when cancelled. */
  chooseSavePath: (fileName: string) => Promise<string | null>;
}

type Fetched =
  { ok: true; attachment: AttachmentContent['attachment']; bytes: Buffer } | { ok: false; error: ApiError };

async function fetchFile(dispatch: InvokeDispatch, id: string): Promise<Fetched> {
  const result = await dispatch('attachments/content', { id });
  if (!result.ok) return result;
  const { attachment, content } = result.value as AttachmentContent;
  const bytes = Buffer.from(content, 'base64');
  if (createHash('sha256').update(bytes).digest('hex') !== attachment.sha256) {
    return {
      ok: false,
      error: {
        code: 'CONFLICT',
        message: `${attachment.fileName} is damaged: its content does not match its checksum.`,
      },
    };
  }
  return { ok: true, attachment, bytes };
}

export function attachmentHost(
  options: AttachmentHostOptions,
): Pick<HostHandlers, 'attachments/open' | 'attachments/save'> {
  return {
    'attachments/open': async ({ id }) => {
      const file = await fetchFile(options.dispatch(), id);
      if (!file.ok) return file;
      const { attachment, bytes } = file;
      if (!isMediaType(attachment.mediaType) || !opensInViewer(attachment.mediaType)) {
        return {
          ok: false,
          error: {
            code: 'FORBIDDEN',
            message: `${attachment.fileName} (${mediaTypeLabel(attachment.mediaType)}) is not opened directly, for safety: save a copy instead.`,
          },
        };
      }
      // A fresh folder per file, so two files of the same name never overwrite each other.
      const folder = await mkdtemp(join(options.tempRoot(), 'open-'));
      const path = join(
        folder,
        safeFileName(attachment.fileName, MEDIA_TYPES[attachment.mediaType].extensions),
      );
      await writeFile(path, bytes, { mode: 0o600, flag: 'wx' });
      const problem = await options.openPath(path);
      if (problem !== '') {
        return {
          ok: false,
          error: {
            code: 'INTERNAL',
            message: `The system could not open ${attachment.fileName}: ${problem}`,
          },
        };
      }
      return { ok: true, value: { opened: true } };
    },
    'attachments/save': async ({ id }) => {
      const file = await fetchFile(options.dispatch(), id);
      if (!file.ok) return file;
      const path = await options.chooseSavePath(safeFileName(file.attachment.fileName));
      if (path === null) return { ok: true, value: { saved: false } };
      await writeFile(path, file.bytes);
      return { ok: true, value: { saved: true } };
    },
  };
}
