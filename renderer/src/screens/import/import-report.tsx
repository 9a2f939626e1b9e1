// What a check found: the first rows as read, each cell with a problem marked by an icon and its
// message (never by colour alone), then every error of the file by row and column.
import { formatInteger } from '../../../../shared/format';
import { describeImportError, type ImportReport } from '../../../../shared/model/import';

function PreviewTable({ report }: { report: ImportReport }) {
  const columns = Object.keys(report.preview[0]?.cells ?? {}).filter((c) => c !== '');
  if (columns.length === 0) return null;
  return (
    <div
      className="table-scroll import-preview"
      role="region"
      tabIndex={0}
      aria-labelledby="import-preview-caption"
    >
      <table className="table table--compact">
        <caption id="import-preview-caption" className="import-preview__caption">
          The first {formatInteger(report.preview.length)} rows as read
        </caption>
        <thead>
          <tr>
            <th scope="col">Row</th>
            {columns.map((c) => (
              <th scope="col" key={c}>
                {c}
                {report.mapping[c] === undefined && (
                  <span className="muted">
                    {report.derivedColumns.includes(c)
                      ? ' (not imported: worked out by the library)'
                      : ' (not imported)'}
                  </span>
                )}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {report.preview.map((row) => (
            <tr key={row.row}>
              <th scope="row" className="num">
                {row.row}
              </th>
              {columns.map((c) => {
                const messages = row.errors[c] ?? [];
                return (
                  <td
                    key={c}
                    className={messages.length > 0 ? 'import-cell import-cell--error' : 'import-cell'}
                  >
                    <span className="import-cell__value">{row.cells[c]}</span>
                    {messages.map((m) => (
                      <span key={m} className="import-cell__problem">
                        <span aria-hidden="true">⚠ </span>
                        <span className="visually-hidden">Problem: </span>
                        {m}
                      </span>
                    ))}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function ImportReportView({ report }: { report: ImportReport }) {
  const count = report.errors.length;
  return (
    <>
      {count === 0 ? (
        <p className="import-verdict import-verdict--ok" role="status">
          <span aria-hidden="true">✓ </span>
          All {formatInteger(report.rowCount)} rows can be imported.
        </p>
      ) : (
        <p className="import-verdict import-verdict--error" role="status">
          <span aria-hidden="true">⚠ </span>
          {formatInteger(count)} problem{count === 1 ? '' : 's'} in {formatInteger(report.rowCount)} rows:
          nothing can be imported until they are fixed in the file (or the columns mapped differently).
        </p>
      )}
      <PreviewTable report={report} />
      {count > 0 && (
        <>
          <h3 id="import-errors-heading">Every problem, by row and column</h3>
          <ol className="import-errors" tabIndex={0} aria-labelledby="import-errors-heading">
            {report.errors.map((e, k) => (
              <li key={k}>{describeImportError(e)}</li>
            ))}
          </ol>
        </>
      )}
    </>
  );
}
