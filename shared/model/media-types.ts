// What kind of file an attachment is, decided from its first bytes (never from what a client
// says), with a label for people, and the extensions a copy opened with the system viewer may have (the
// first is given to one whose name has none of them).

export const MEDIA_TYPES = {
  'application/pdf': { label: 'PDF document', extensions: ['.pdf'], viewable: true },
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': {
    label: 'Word document',
    extensions: ['.docx'],
    viewable: true,
  },
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': {
    label: 'Excel workbook',
    extensions: ['.xlsx'],
    viewable: true,
  },
  'application/zip': { label: 'ZIP archive', extensions: ['.zip'], viewable: false },
  'image/png': { label: 'PNG image', extensions: ['.png'], viewable: true },
  'image/jpeg': { label: 'JPEG image', extensions: ['.jpg', '.jpeg'], viewable: true },
  'text/csv': { label: 'CSV table', extensions: ['.csv'], viewable: true },
  'text/plain': { label: 'Plain text', extensions: ['.txt'], viewable: true },
  'application/octet-stream': { label: 'Other file', extensions: ['.bin'], viewable: false },
} as const satisfies Record<string, { label: string; extensions: readonly string[]; viewable: boolean }>;

export type MediaType = keyof typeof MEDIA_TYPES;
export const FALLBACK_MEDIA_TYPE: MediaType = 'application/octet-stream';

export function isMediaType(value: string): value is MediaType {
  return Object.hasOwn(MEDIA_TYPES, value);
}

/** Whether the desktop app hands a file of this type to the system viewer (never an unknown one). */
export function opensInViewer(mediaType: string): boolean {
  return isMediaType(mediaType) && MEDIA_TYPES[mediaType].viewable;
}

/** A person's name for a stored media type ("PDF document"), or the type itself if unknown. */
export function mediaTypeLabel(mediaType: string): string {
  return isMediaType(mediaType) ? MEDIA_TYPES[mediaType].label : mediaType;
}

const ascii = (text: string): number[] => [...text].map((c) => c.charCodeAt(0));

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return bytes.length >= prefix.length && prefix.every((b, i) => bytes[i] === b);
}

/** Whether `bytes` holds the ASCII `text` anywhere (zip entry names are stored uncompressed). */
function containsAscii(bytes: Uint8Array, text: string): boolean {
  const needle = ascii(text);
  const first = needle[0] ?? 0;
  for (let at = bytes.indexOf(first); at !== -1; at = bytes.indexOf(first, at + 1)) {
    if (needle.every((b, i) => bytes[at + i] === b)) return true;
  }
  return false;
}

/** Valid UTF-8 holding no control characters other than tab, line feed, form feed and return. */
function isText(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length;) {
    const b = bytes[i] ?? 0;
    if (b < 0x80) {
      if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0c && b !== 0x0d) return false;
      if (b === 0x7f) return false;
      i += 1;
      continue;
    }
    const length = b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (length === 0 || i + length > bytes.length) return false;
    for (let k = 1; k < length; k++) if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) return false;
    i += length;
  }
  return true;
}

const PDF = ascii('%PDF-');
const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const JPEG = [0xff, 0xd8, 0xff];
const ZIP = [0x50, 0x4b, 0x03, 0x04];
const UTF8_BOM = [0xef, 0xbb, 0xbf];

/** The media type of a file from its content; the name only tells CSV from other text. */
export function sniffMediaType(bytes: Uint8Array, fileName: string): MediaType {
  if (startsWith(bytes, PDF)) return 'application/pdf';
  if (startsWith(bytes, PNG)) return 'image/png';
  if (startsWith(bytes, JPEG)) return 'image/jpeg';
  if (startsWith(bytes, ZIP)) {
    if (containsAscii(bytes, 'word/document.xml'))
      return 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
    if (containsAscii(bytes, 'xl/workbook.xml'))
      return 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
    return 'application/zip';
  }
  const body = startsWith(bytes, UTF8_BOM) ? bytes.subarray(UTF8_BOM.length) : bytes;
  if (bytes.length > 0 && isText(body)) return /\.csv$/i.test(fileName) ? 'text/csv' : 'text/plain';
  return FALLBACK_MEDIA_TYPE;
}
