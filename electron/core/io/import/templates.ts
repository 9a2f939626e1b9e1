// A template per kind of record: the header row of its fields' labels and a notes row saying what
// each takes (skipped on import); the XLSX one also has a Notes sheet listing every field.
import { neutraliseFormula, toCsv } from '../../../../shared/format/csv';
import { type ImportEntity, type ImportTemplate, type TableFormat } from '../../../../shared/model/import';
import { ENTITY_SPECS, type FieldSpec } from './fields';
import { NOTES_MARKER } from './source-table';

function note(f: FieldSpec): string {
  const choices = f.choices === undefined ? '' : ` One of: ${f.choices.join(', ')}.`;
  return `${f.required ? 'Required. ' : ''}${f.description}${choices}`;
}

function rows(entity: ImportEntity): string[][] {
  const fields = ENTITY_SPECS[entity].fields;
  return [
    fields.map((f) => f.label),
    fields.map((f, k) => (k === 0 ? `${NOTES_MARKER}: ${note(f)}` : note(f))),
  ];
}

async function xlsxTemplate(entity: ImportEntity): Promise<Buffer> {
  const { default: Excel } = await import('exceljs'); // large: loaded only when a template is asked for
  const workbook = new Excel.Workbook();
  const sheet = workbook.addWorksheet(ENTITY_SPECS[entity].noun);
  for (const row of rows(entity)) sheet.addRow(row.map(neutraliseFormula));
  sheet.getRow(1).font = { bold: true };
  sheet.columns.forEach((c) => (c.width = 24));
  const notes = workbook.addWorksheet('Notes');
  notes.addRow(['Column', 'Field', 'Required', 'What it takes']).font = { bold: true };
  for (const f of ENTITY_SPECS[entity].fields) {
    notes.addRow([f.label, f.key, f.required ? 'yes' : 'no', note(f)].map(neutraliseFormula));
  }
  notes.columns.forEach((c, k) => (c.width = k === 3 ? 80 : 24));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export async function importTemplate(entity: ImportEntity, format: TableFormat): Promise<ImportTemplate> {
  const name = `${entity}-template.${format}`;
  if (format === 'csv') {
    return {
      fileName: name,
      mediaType: 'text/csv',
      content: Buffer.from(toCsv(rows(entity)), 'utf8').toString('base64'),
    };
  }
  return {
    fileName: name,
    mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    content: (await xlsxTemplate(entity)).toString('base64'),
  };
}
