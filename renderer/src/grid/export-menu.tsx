// "Export" in a grid's toolbar: the view as shown (every matching row, the visible columns in their
// order under their headings, the filters, search and sort) written by the library as CSV or XLSX,
// then downloaded (browser) or saved where the user chooses (desktop).
import { useState } from 'react';
import { formatCount } from '../../../shared/format';
import type { ExportFormat, GridExportInput, GridExportView } from '../../../shared/model/exports';
import { downloadBytes } from '../data/attachment-files';
import { call, callHost, transportKind } from '../transport/api-client';
import { ToolbarPopover } from './toolbar-popover';

const FORMATS: { format: ExportFormat; label: string }[] = [
  { format: 'csv', label: 'CSV file (.csv)' },
  { format: 'xlsx', label: 'Excel workbook (.xlsx)' },
];

/** Writes the export and hands it to the user; what to tell them afterwards. */
async function runExport(input: GridExportInput): Promise<string> {
  if (transportKind() === 'browser') {
    const file = await call('exports/grid', input);
    downloadBytes(file.fileName, file.content);
    return `Downloaded ${file.fileName}: ${formatCount(file.rowCount, 'row')}.`;
  }
  const saved = await callHost('exports/save', input);
  return saved.saved ? `Saved ${saved.fileName}: ${formatCount(saved.rowCount, 'row')}.` : 'Not saved.';
}

function ExportPanel({ request }: { request: () => GridExportView | null }) {
  const [pending, setPending] = useState(false);
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const start = async (format: ExportFormat) => {
    const built = request();
    if (built === null) return;
    setPending(true);
    setMessage(null);
    try {
      setMessage({ text: await runExport({ ...built, format }), error: false });
    } catch (error) {
      setMessage({ text: error instanceof Error ? error.message : String(error), error: true });
    } finally {
      setPending(false);
    }
  };
  return (
    <div className="export-menu">
      <p className="export-menu__lead">
        Every row that matches the search and filters, with the columns shown in their order, sorted as shown.
      </p>
      <div className="export-menu__buttons">
        {FORMATS.map(({ format, label }) => (
          <button
            key={format}
            type="button"
            className="button button--small"
            disabled={pending}
            onClick={() => void start(format)}
          >
            {label}
          </button>
        ))}
      </div>
      <p className={message?.error === true ? 'field-error' : 'muted small'} role="status" aria-live="polite">
        {pending ? 'Exporting…' : (message?.text ?? '')}
      </p>
    </div>
  );
}

export function ExportMenu({ request }: { request: () => GridExportView | null }) {
  return (
    <ToolbarPopover label="Export" title="Export this view">
      <ExportPanel request={request} />
    </ToolbarPopover>
  );
}
