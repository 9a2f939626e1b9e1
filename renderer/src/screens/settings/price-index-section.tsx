// The price index that converts costs between price years: the series as stored, year by year with
// its source, and a box to paste an updated series (copied from a spreadsheet or a published table)
// that previews the years it read, names the line or row it could not read, and replaces the series.
import { useState } from 'react';
import { formatInteger, formatNumber, formatPartialDate } from '../../../../shared/format';
import {
  GDP_DEFLATOR_SERIES,
  type PriceIndexReplace,
  PriceIndexReplaceSchema,
  type ValueSettings,
  parsePriceIndexPaste,
} from '../../../../shared/model/value';
import { Fieldset, TextField } from '../../components/form-controls';
import { announceLibraryChange } from '../../data/library-changes';
import { SourceFields } from './reference-section';
import {
  controlId,
  type Issue,
  issuesOf,
  saveOrRefuse,
  StudyForm,
  textFrom,
  useActor,
  useDisclosure,
  useSubmitState,
} from '../study-editing/form-support';

const P = 'index';
const LABELS = { rows: 'Series', source: 'Source', sourceDate: 'Source date' } as const;
const indexValue = (value: number) => formatNumber(value, { maximumFractionDigits: 4 });

type Index = ValueSettings['priceIndex'];

/** Zod's complaints about single rows, as one issue on the series naming the row and its year. */
function rowIssues(
  issues: readonly { path: readonly PropertyKey[]; message: string }[],
  rows: readonly { year: number }[],
): Issue[] {
  const out: Issue[] = [];
  for (const issue of issues) {
    const [head, index] = issue.path;
    if (head !== 'rows' || typeof index !== 'number') continue;
    const year = rows[index]?.year;
    out.push({
      field: 'rows',
      message: `Row ${index + 1}${year === undefined ? '' : ` (${year})`}: ${issue.message}`,
    });
  }
  return out;
}

function Preview({ rows }: { rows: readonly { year: number; value: number }[] }) {
  const first = rows[0];
  const last = rows[rows.length - 1];
  return (
    <div className="index-preview" data-field="preview">
      <p className="small" role="status">
        Read {formatInteger(rows.length)} years
        {first !== undefined && last !== undefined && `, ${first.year} to ${last.year}`}. Saving replaces the
        whole series.
      </p>
      <div
        className="table-scroll index-preview__table"
        role="region"
        aria-label="Preview of the pasted series"
        tabIndex={0}
      >
        <table className="table table--compact">
          <caption className="visually-hidden">The pasted series as read</caption>
          <thead>
            <tr>
              <th scope="col">Row</th>
              <th scope="col">Year</th>
              <th scope="col" className="num">
                Index value
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r, index) => (
              <tr key={r.year} data-preview-year={r.year}>
                <td>{index + 1}</td>
                <td>{r.year}</td>
                <td className="num">{indexValue(r.value)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}

function PasteForm({ index, onClose }: { index: Index; onClose: () => void }) {
  const actor = useActor();
  const state = useSubmitState();
  const [text, setText] = useState('');
  const [source, setSource] = useState('');
  const [sourceDate, setSourceDate] = useState('');
  // The series as last submitted: a refusal of its rows holds until the paste changes.
  const [submitted, setSubmitted] = useState<string | null>(null);
  const parsed = text.trim() === '' ? null : parsePriceIndexPaste(text);
  // The paste is read as it is typed; its error shows at once, the others after Save.
  const pasteError = parsed !== null && !parsed.ok ? parsed.message : null;

  const submit = async () => {
    setSubmitted(text);
    const rows = parsed?.ok === true ? parsed.rows : [];
    const pre: Issue[] =
      parsed === null
        ? [{ field: 'rows', message: 'Paste at least two years of the index' }]
        : parsed.ok
          ? []
          : [{ field: 'rows', message: parsed.message }];
    const payload: PriceIndexReplace = {
      series: index.series || GDP_DEFLATOR_SERIES,
      rows,
      source,
      sourceDate: textFrom(sourceDate),
      by: actor.by,
    };
    const check = PriceIndexReplaceSchema.safeParse(payload);
    const found = check.success
      ? pre
      : issuesOf(
          check.error.issues.filter((i) => i.path[0] !== 'rows' || pre.length === 0),
          [...pre, ...rowIssues(check.error.issues, rows)],
        );
    if ((await saveOrRefuse(state, found, 'price-index/replace', payload)) === null) return;
    actor.remember();
    announceLibraryChange('price-index-title');
    onClose();
  };

  const seriesError = pasteError ?? (text === submitted ? state.errorOf('rows') : null);
  return (
    <StudyForm
      prefix={P}
      title={`Paste an updated series: ${index.name}`}
      labels={LABELS}
      issues={state.issues}
      attempt={state.attempt}
      pending={state.pending}
      actor={actor}
      onSubmit={() => void submit()}
      onCancel={onClose}
      saveLabel="Replace the series"
    >
      <Fieldset legend="The series">
        <TextField
          wide
          multiline
          id={controlId(P, 'rows')}
          label="Series: one year and its index value per line"
          value={text}
          onChange={setText}
          error={seriesError}
          hint="As copied from a spreadsheet or a published table: “2015-16  95.1”, “2015/16,95.1” or “2015 ⇥ 95.1”. A financial year is recorded by its first year; a header line is skipped."
          className="index-paste"
        />
        {parsed?.ok === true && <Preview rows={parsed.rows} />}
        <SourceFields
          prefix={P}
          source={source}
          sourceDate={sourceDate}
          onSource={setSource}
          onSourceDate={setSourceDate}
          errorOf={state.errorOf}
          hint="The release it comes from, e.g. “HM Treasury, GDP deflators at market prices, and money GDP, June 2025 (Quarterly National Accounts)”"
        />
      </Fieldset>
    </StudyForm>
  );
}

export function PriceIndexSection({ index, readOnly }: { index: Index; readOnly: boolean }) {
  const { open, show, close, opener } = useDisclosure();
  const sources = [...new Set(index.rows.map((r) => r.source))];
  return (
    <section className="record-section" aria-labelledby="price-index-title" data-section="price-index">
      <h2 id="price-index-title" tabIndex={-1}>
        Price index: {index.name}
      </h2>
      <p className="muted small">
        Converts a cost from its price year to the analysis price year: amount × index(analysis year) ÷
        index(cost&rsquo;s year).
      </p>
      <p className="muted small" data-field="year-convention">
        Each year is a calendar year, or a financial year recorded by the year it starts (2015 for 2015/16),
        the same way price years of costs are recorded. A calendar-year series converts a cost in 2015/16
        prices with 2015&rsquo;s value; a financial-year series matches it exactly.
      </p>
      {index.rows.length === 0 ? (
        <p data-field="no-index">
          No years yet. Paste a series below; until then, figures that convert between price years are shown
          as missing.
        </p>
      ) : (
        <>
          <p className="small" data-field="index-source">
            Source: {sources.join('; ')}
            {index.rows[0]?.sourceDate !== null && index.rows[0]?.sourceDate !== undefined && (
              <> ({formatPartialDate(index.rows[0].sourceDate)})</>
            )}
          </p>
          <div
            className="table-scroll index-table"
            role="region"
            aria-label="Price index series"
            tabIndex={0}
          >
            <table className="table table--compact" id="price-index-table">
              <caption className="visually-hidden">
                {index.name}, {index.rows.length} years
              </caption>
              <thead>
                <tr>
                  <th scope="col">Year</th>
                  <th scope="col" className="num">
                    Index value
                  </th>
                  {sources.length > 1 && <th scope="col">Source</th>}
                </tr>
              </thead>
              <tbody>
                {index.rows.map((r) => (
                  <tr key={r.year} data-year={r.year}>
                    <th scope="row">{r.year}</th>
                    <td className="num" data-field="value">
                      {indexValue(r.value)}
                    </td>
                    {sources.length > 1 && <td>{r.source}</td>}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
      {!readOnly &&
        (open ? (
          <div className="study-panel">
            <PasteForm index={index} onClose={close} />
          </div>
        ) : (
          <p className="study-actions">
            <button type="button" className="button button--small" ref={opener} onClick={show}>
              Paste an updated series
            </button>
          </p>
        ))}
    </section>
  );
}
