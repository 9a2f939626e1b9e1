// Files attached to an intervention or an evaluation (reports, protocols, data), stored inside the
// library. Their bytes cross the API as base64, whose length is checked before anything is decoded.
import { z } from 'zod';
import { ActorSchema } from './editing';

/** The largest file an attachment may hold: a long evaluation report with figures fits. */
export const MAX_ATTACHMENT_BYTES = 20 * 1024 * 1024;
/** The base64 length of a file of the largest size (4 characters for every 3 bytes, padded). */
export const MAX_ATTACHMENT_BASE64_LENGTH = 4 * Math.ceil(MAX_ATTACHMENT_BYTES / 3);
export const MAX_FILE_NAME_LENGTH = 255;

/** The refusal for a file over the limit, the same in the form and at the boundary. */
export const TOO_LARGE_MESSAGE = `the file is larger than ${MAX_ATTACHMENT_BYTES / (1024 * 1024)} MB, the most an attachment may hold`;

export const ATTACHMENT_OWNER_KINDS = ['intervention', 'evaluation'] as const;
export type AttachmentOwnerKind = (typeof ATTACHMENT_OWNER_KINDS)[number];

export const AttachmentOwnerSchema = z
  .object({ kind: z.enum(ATTACHMENT_OWNER_KINDS), id: z.string().min(1, 'an id is required').max(120) })
  .strict();
export type AttachmentOwner = z.infer<typeof AttachmentOwnerSchema>;

/** C0 controls and DEL: never part of a file name (they hide text or end it early). */
export function isControlCharacter(c: string): boolean {
  const code = c.charCodeAt(0);
  return code < 0x20 || code === 0x7f;
}

/** A name, not a path: the file is stored by content and only ever written back under this name. */
export const FileNameSchema = z
  .string()
  .trim()
  .min(1, 'the file needs a name')
  .max(MAX_FILE_NAME_LENGTH, `a file name has at most ${MAX_FILE_NAME_LENGTH} characters`)
  .refine((name) => !/[/\\]/.test(name), 'a file name cannot contain / or \\')
  .refine((name) => ![...name].some(isControlCharacter), 'a file name cannot contain control characters')
  .refine((name) => name !== '.' && name !== '..', 'a file name cannot be "." or ".."');

const Base64Schema = z
  .string()
  .min(1, 'the file is empty')
  .max(MAX_ATTACHMENT_BASE64_LENGTH, TOO_LARGE_MESSAGE)
  .refine((s) => s.length % 4 === 0 && /^[A-Za-z0-9+/]*={0,2}$/.test(s), 'the content must be base64');

export const AttachmentListInputSchema = z.object({ owner: AttachmentOwnerSchema }).strict();

export const AttachmentAddSchema = z
  .object({
    owner: AttachmentOwnerSchema,
    fileName: FileNameSchema,
    /** The file's bytes in base64; its media type is sniffed from them by the core. */
    content: Base64Schema,
    by: ActorSchema,
  })
  .strict();
export type AttachmentAdd = z.input<typeof AttachmentAddSchema>;

export const AttachmentIdSchema = z.object({ id: z.string().min(1, 'an id is required').max(120) }).strict();
export const AttachmentDeleteSchema = AttachmentIdSchema.extend({ by: ActorSchema }).strict();

/** What the library knows about an attached file, without its bytes. */
export interface Attachment {
  id: string;
  owner: AttachmentOwner;
  fileName: string;
  mediaType: string;
  sizeBytes: number;
  sha256: string;
  createdAt: string;
}

export interface AttachmentContent {
  attachment: Attachment;
  /** The file's bytes in base64. */
  content: string;
}

/** Why a file of `bytes` cannot be attached, or null: checked before a browser reads the file. */
export function attachmentSizeProblem(bytes: number): string | null {
  if (bytes === 0) return 'the file is empty';
  return bytes > MAX_ATTACHMENT_BYTES ? TOO_LARGE_MESSAGE : null;
}
