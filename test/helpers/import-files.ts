// Files for import tests: valid intervention rows in bulk, and zips built byte by byte so a test
// can declare any sizes it likes (a zip bomb) or pack a huge sheet into a small file.
import { deflateRawSync } from 'node:zlib';
import { toCsv } from '../../shared/format/csv';

export const INTERVENTION_HEADERS = [
  'Id',
  'Name',
  'Summary',
  'Approach type',
  'Prevention tier',
  'Strand',
  'Status',
  'Youngest age',
  'Oldest age',
  'Areas',
  'Settings',
  'Manual available',
  'Start date',
  'End date',
  'Sessions',
  'Duration (weeks)',
  'Evidence level',
  'Validation status',
] as const;
export type InterventionColumn = (typeof INTERVENTION_HEADERS)[number];

/** A valid intervention row, distinct per n. */
export function interventionRow(n: number): Record<InterventionColumn, string> {
  return {
    Id: `imported-${n}`,
    Name: `Imported programme ${n}`,
    Summary: `Programme number ${n}, imported from a spreadsheet.`,
    'Approach type': n % 2 === 0 ? 'Mentoring' : 'sports-diversion',
    'Prevention tier': 'targeted',
    Strand: n % 3 === 0 ? 'Youth justice' : 'engagement',
    Status: 'active',
    'Youngest age': '10',
    'Oldest age': '17',
    Areas: 'Lambeth; Southwark',
    Settings: 'school; community',
    'Manual available': 'yes',
    'Start date': '2019-04',
    'End date': '2021',
    Sessions: '12',
    'Duration (weeks)': '12.5',
    'Evidence level': '2',
    'Validation status': 'not-assessed',
  };
}

export function interventionsCsv(rows: readonly Record<string, string>[], extra: string[][] = []): Buffer {
  const table = [
    [...INTERVENTION_HEADERS],
    ...rows.map((r) => INTERVENTION_HEADERS.map((h) => r[h] ?? '')),
    ...extra,
  ];
  return Buffer.from(toCsv(table), 'utf8');
}

export interface ZipPart {
  name: string;
  data: Buffer;
  /** Declare these sizes in the directory instead of the true ones. */
  declaredSize?: number;
  stored?: boolean;
  /** `data` is already deflated (then `declaredSize` gives its inflated size). */
  precompressed?: boolean;
}

/** A zip of the parts, deflated, with the directory saying what the part asks it to. */
export function buildZip(parts: readonly ZipPart[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const p of parts) {
    const name = Buffer.from(p.name, 'utf8');
    const body = p.stored || p.precompressed ? p.data : deflateRawSync(p.data, { level: 9 });
    const size = p.declaredSize ?? p.data.length;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(p.stored ? 0 : 8, 8);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(p.stored ? 0 : 8, 10);
    central.writeUInt32LE(body.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, body);
    centrals.push(central, name);
    offset += 30 + name.length + body.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

/** The parts of a minimal workbook around one sheet's XML. */
export function workbookParts(sheetXml: Buffer): ZipPart[] {
  const text = (s: string) => Buffer.from(s, 'utf8');
  return [
    {
      name: '[Content_Types].xml',
      data: text(
        '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
      ),
    },
    {
      name: '_rels/.rels',
      data: text(
        '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
      ),
    },
    {
      name: 'xl/workbook.xml',
      data: text(
        '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>',
      ),
    },
    {
      name: 'xl/_rels/workbook.xml.rels',
      data: text(
        '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
      ),
    },
    { name: 'xl/worksheets/sheet1.xml', data: sheetXml },
  ];
}

/** Sheet XML with inline-string rows: small enough to build in memory for a few thousand rows. */
export function sheetXml(rows: readonly (readonly string[])[], dimension?: string): Buffer {
  const col = (k: number) => String.fromCharCode(65 + k);
  const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const body = rows
    .map(
      (cells, r) =>
        `<row r="${r + 1}">${cells.map((c, k) => `<c r="${col(k)}${r + 1}" t="inlineStr"><is><t>${escape(c)}</t></is></c>`).join('')}</row>`,
    )
    .join('');
  const dim = dimension === undefined ? '' : `<dimension ref="${dimension}"/>`;
  return Buffer.from(
    `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${dim}<sheetData>${body}</sheetData></worksheet>`,
    'utf8',
  );
}
