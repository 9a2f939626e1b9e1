// `#/gap-map`: the evidence gap map. Approach types or interventions (rows) against the outcome
// taxonomy (columns, grouped), each cell giving the number of studies and the strongest design,
// shaded by evidence strength with a pattern as well (never colour alone). Choosing a cell lists
// its studies with links to them; the map downloads as CSV and as PNG.
import { type Ref, useId, useRef, useState } from 'react';
import { formatCount } from '../../../../shared/format';
import {
  EVIDENCE_STRENGTH_LABELS,
  EVIDENCE_STRENGTHS,
  GAP_MAP_ROWS,
  type GapMap,
  type GapMapCell,
  type GapMapRows,
} from '../../../../shared/model/gap-map';
import { DESIGN_LABELS } from '../../../../shared/model/vocabulary';
import { useDocumentTitle } from '../../app/use-document-title';
import { RadioGroup } from '../../components/form-controls';
import { ErrorState, LoadingState } from '../../components/states';
import { downloadBlob } from '../../data/downloads';
import { useApiQuery, useSteady } from '../../data/use-api-query';
import { evaluationHref, hrefFor, interventionHref } from '../../routing/routes';
import {
  cellIndex,
  cellKey,
  cellStudies,
  cellSummary,
  DESIGN_SHORT,
  gapMapCsv,
  rowsLabel,
} from './gap-map-model';
import { gapMapPng } from './gap-map-png';

const ROW_CHOICES: Record<GapMapRows, string> = {
  approaches: 'Approach types',
  interventions: 'Interventions',
};

interface Chosen {
  rowId: string;
  outcomeId: string;
}

function Legend() {
  return (
    <ul className="gap-legend" aria-label="Evidence strength">
      {[...EVIDENCE_STRENGTHS].reverse().map((s) => (
        <li key={s} className="gap-legend__item">
          <span className={`gap-swatch gap-cell--${s}`} aria-hidden="true" />
          {EVIDENCE_STRENGTH_LABELS[s]}
        </li>
      ))}
      <li className="gap-legend__item muted small">
        Each cell: number of studies, then the strongest design (RCT randomised, cRCT cluster randomised, SR
        systematic review, QED comparison group, Matched, Pre/post, ToC theory of change). A blank cell is a
        gap: no study in this library.
      </li>
    </ul>
  );
}

function MapTable({
  map,
  chosen,
  onChoose,
}: {
  map: GapMap;
  chosen: Chosen | null;
  onChoose: (c: Chosen) => void;
}) {
  const cells = cellIndex(map);
  const outcomes = map.groups.flatMap((g) => g.outcomes.map((o) => ({ ...o, group: g.name })));
  return (
    <div
      className="table-scroll gap-map__scroll"
      role="region"
      aria-labelledby="gap-map-caption"
      tabIndex={0}
    >
      <table className="gap-map__table" data-rows={map.rows}>
        <caption id="gap-map-caption" className="visually-hidden">
          Evidence gap map: {ROW_CHOICES[map.rows].toLowerCase()} against outcome domains; each cell gives the
          number of studies and the strongest design. Choose a cell to list its studies.
        </caption>
        <thead>
          <tr>
            <td className="gap-map__corner" />
            {map.groups.map((g) => (
              <th key={g.id} scope="colgroup" colSpan={g.outcomes.length} className="gap-map__group">
                {g.name}
              </th>
            ))}
          </tr>
          <tr>
            <th scope="col" className="gap-map__row-label">
              {rowsLabel(map)}
            </th>
            {outcomes.map((o) => (
              <th key={o.id} scope="col" className="gap-map__outcome" data-outcome={o.id}>
                <span>{o.name}</span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {map.rowHeads.map((row) => (
            <tr key={row.id} data-row={row.id}>
              <th scope="row" className="gap-map__row-head">
                {map.rows === 'interventions' ? <a href={interventionHref(row.id)}>{row.name}</a> : row.name}
              </th>
              {outcomes.map((o) => {
                const cell = cells.get(cellKey(row.id, o.id));
                if (cell === undefined)
                  return (
                    <td key={o.id} className="gap-cell gap-cell--gap" data-outcome={o.id} data-studies="0">
                      <span className="visually-hidden">No studies</span>
                    </td>
                  );
                const pressed = chosen?.rowId === row.id && chosen.outcomeId === o.id;
                return (
                  <td
                    key={o.id}
                    className="gap-cell"
                    data-outcome={o.id}
                    data-studies={cell.studyCount}
                    data-design={cell.strongestDesign}
                  >
                    <button
                      type="button"
                      className={`gap-cell__button gap-cell--${cell.strength}`}
                      aria-pressed={pressed}
                      aria-label={`${row.name}, ${o.name}: ${cellSummary(cell)}. List the studies.`}
                      onClick={() => onChoose({ rowId: row.id, outcomeId: o.id })}
                    >
                      <span className="gap-cell__count">{cell.studyCount}</span>
                      <span className="gap-cell__design">{DESIGN_SHORT[cell.strongestDesign]}</span>
                    </button>
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

function CellStudies({
  map,
  cell,
  headingRef,
}: {
  map: GapMap;
  cell: GapMapCell;
  headingRef: Ref<HTMLHeadingElement>;
}) {
  const row = map.rowHeads.find((r) => r.id === cell.rowId);
  const outcome = map.groups.flatMap((g) => g.outcomes).find((o) => o.id === cell.outcomeId);
  return (
    <section
      className="panel gap-map__studies"
      aria-labelledby="gap-map-studies-title"
      data-testid="gap-map-studies"
    >
      <h2 id="gap-map-studies-title" tabIndex={-1} ref={headingRef}>
        {row?.name} on {outcome?.name}: {formatCount(cell.studyCount, 'study', 'studies')}
      </h2>
      <p className="muted">Strongest design: {DESIGN_LABELS[cell.strongestDesign]}.</p>
      <ul className="gap-map__study-list">
        {cellStudies(map, cell).map((s) => (
          <li key={s.evaluationId} data-evaluation={s.evaluationId}>
            <a href={evaluationHref(s.intervention.id, s.evaluationId)}>
              {s.title}
              {s.year === null ? '' : ` (${s.year})`}
            </a>
            <span className="muted small">
              {' '}
              {DESIGN_LABELS[s.design]}
              {map.rows === 'approaches' ? ` · ${s.intervention.name}` : ''}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}

export function GapMapScreen() {
  useDocumentTitle('Evidence gap map');
  const [rows, setRows] = useState<GapMapRows>('approaches');
  const [chosen, setChosen] = useState<Chosen | null>(null);
  const [exportError, setExportError] = useState<string | null>(null);
  const query = useSteady(useApiQuery('evidence/gap-map', { rows }));
  const headingRef = useRef<HTMLHeadingElement>(null);
  const rowsId = useId();
  const map = query.status === 'ok' && query.value.rows === rows ? query.value : null;
  const chosenCell =
    map === null || chosen === null
      ? undefined
      : map.cells.find((c) => c.rowId === chosen.rowId && c.outcomeId === chosen.outcomeId);

  const choose = (c: Chosen) => {
    setChosen(c);
    // After the list renders, take the reader to it.
    window.setTimeout(() => headingRef.current?.focus(), 0);
  };
  const fileName = (extension: string) => `evidence-gap-map-${rows}.${extension}`;
  const title = `Evidence gap map: ${ROW_CHOICES[rows].toLowerCase()} against outcome domains`;

  return (
    <div className="page gap-map">
      <header className="page-header">
        <h1>Evidence gap map</h1>
        <p className="page-header__lead">
          Where this library has evidence and where it has none: each cell counts the studies that measured an
          outcome and names the strongest design among them. Computed from the evaluations each time you open
          it. <a href={hrefFor({ screen: 'toolkit' })}>See the pooled effects in the toolkit</a>.
        </p>
      </header>
      <div className="gap-map__controls">
        <RadioGroup
          id={rowsId}
          legend="Rows"
          name="gap-map-rows"
          value={rows}
          options={GAP_MAP_ROWS.map((r) => ({ value: r, label: ROW_CHOICES[r] }))}
          onChange={(value) => {
            setRows(value as GapMapRows);
            setChosen(null);
          }}
          error={null}
        />
        <div className="gap-map__exports">
          <button
            type="button"
            className="button"
            disabled={map === null}
            onClick={() => {
              if (map !== null)
                downloadBlob(fileName('csv'), new Blob([gapMapCsv(map)], { type: 'text/csv' }));
            }}
          >
            Download CSV
          </button>
          <button
            type="button"
            className="button"
            disabled={map === null}
            onClick={() => {
              if (map === null) return;
              setExportError(null);
              gapMapPng(map, title).then(
                (blob) => downloadBlob(fileName('png'), blob),
                (error: unknown) => setExportError(error instanceof Error ? error.message : String(error)),
              );
            }}
          >
            Download PNG
          </button>
        </div>
      </div>
      {exportError !== null && (
        <p className="notice notice--error" role="alert">
          {exportError}
        </p>
      )}
      {query.status === 'error' && <ErrorState error={query.error} onRetry={query.reload} />}
      {map === null && query.status !== 'error' && <LoadingState label="Mapping the studies…" />}
      {map !== null && (
        <>
          <Legend />
          <MapTable map={map} chosen={chosen} onChoose={choose} />
          {chosenCell !== undefined && <CellStudies map={map} cell={chosenCell} headingRef={headingRef} />}
        </>
      )}
    </div>
  );
}
