// Media types are sniffed from a file's first bytes; a name only tells CSV from other text.
import { describe, expect, it } from 'vitest';
import { mediaTypeLabel, opensInViewer, sniffMediaType } from '../../shared/model/media-types';

const bytes = (...parts: (string | number[])[]) =>
  Uint8Array.from(parts.flatMap((p) => (typeof p === 'string' ? [...p].map((c) => c.charCodeAt(0)) : p)));

/** The start of a zip whose first entry is `entry` (names are stored uncompressed). */
const zipWith = (entry: string) => bytes([0x50, 0x4b, 0x03, 0x04], [20, 0, 0, 0, 8, 0], entry, [0, 1, 2]);

describe('sniffMediaType', () => {
  it('knows PDF, PNG and JPEG by their signatures, whatever the name says', () => {
    expect(sniffMediaType(bytes('%PDF-1.7\n'), 'report.docx')).toBe('application/pdf');
    expect(sniffMediaType(bytes([0x89], 'PNG', [0x0d, 0x0a, 0x1a, 0x0a, 0]), 'x.pdf')).toBe('image/png');
    expect(sniffMediaType(bytes([0xff, 0xd8, 0xff, 0xe0]), 'x.txt')).toBe('image/jpeg');
  });

  it('tells Word and Excel files from other zips by their entries', () => {
    expect(sniffMediaType(zipWith('word/document.xml'), 'a')).toBe(
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    );
    expect(sniffMediaType(zipWith('xl/workbook.xml'), 'a')).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    expect(sniffMediaType(zipWith('readme.txt'), 'report.docx')).toBe('application/zip');
  });

  it('takes valid UTF-8 without control characters as text, CSV by its name', () => {
    expect(sniffMediaType(bytes('Findings: fewer arrests.\r\n\tSee table 2.\n'), 'notes')).toBe('text/plain');
    expect(sniffMediaType(Uint8Array.from([0xef, 0xbb, 0xbf, 0x63, 0xc3, 0xa9]), 'n.txt')).toBe('text/plain');
    expect(sniffMediaType(bytes('a,b\n1,2\n'), 'Data.CSV')).toBe('text/csv');
  });

  it('falls back to application/octet-stream for anything else', () => {
    expect(sniffMediaType(bytes('MZ', [0x90, 0]), 'report.pdf')).toBe('application/octet-stream');
    expect(sniffMediaType(Uint8Array.from([0x63, 0xc3]), 'cut.txt')).toBe('application/octet-stream');
    expect(sniffMediaType(Uint8Array.from([0x68, 0x00, 0x69]), 'nul.txt')).toBe('application/octet-stream');
    expect(sniffMediaType(new Uint8Array(0), 'empty.txt')).toBe('application/octet-stream');
  });
});

describe('labels and the system viewer', () => {
  it('names known types and opens only safe, known ones', () => {
    expect(mediaTypeLabel('application/pdf')).toBe('PDF document');
    expect(mediaTypeLabel('application/x-unknown')).toBe('application/x-unknown');
    expect(opensInViewer('application/pdf')).toBe(true);
    expect(opensInViewer('application/octet-stream')).toBe(false);
    expect(opensInViewer('application/x-msdownload')).toBe(false);
  });
});
