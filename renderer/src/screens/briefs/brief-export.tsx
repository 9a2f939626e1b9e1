// Export buttons for the four formats, the running export's progress (a progress bar and a
// polite status line) and then the file, or why it failed.
import { BRIEF_FORMATS, type BriefFormat } from '../../../../shared/model/brief';
import { formatPercent } from '../../../../shared/format';
import { useBriefExport } from './use-brief-export';

export const FORMAT_NAMES: Record<BriefFormat, string> = {
  pdf: 'PDF',
  docx: 'Word (DOCX)',
  html: 'HTML',
  md: 'Markdown',
};

const PHASE_WORDS = {
  gathering: 'Gathering the figures',
  drawing: 'Drawing the charts',
  writing: 'Writing the file',
  done: 'Finished',
} as const;

export function BriefExport({ briefId }: { briefId: string }) {
  const { state, start } = useBriefExport(briefId);
  const running = state.status === 'running';
  const progress = state.status === 'running' ? (state.progress?.progress ?? 0) : null;
  return (
    <section className="panel brief-export" aria-labelledby="brief-export-title">
      <h2 id="brief-export-title">Export</h2>
      <p className="muted small">
        Each file is written from the library as it is now, with the partnership&rsquo;s branding.
      </p>
      <div className="brief-export__buttons">
        {BRIEF_FORMATS.map((format) => (
          <button
            key={format}
            type="button"
            className="button"
            // Not `disabled`: disabling the focused button would drop keyboard focus to the page.
            aria-disabled={running}
            onClick={() => {
              if (!running) start(format);
            }}
          >
            Export {FORMAT_NAMES[format]}
          </button>
        ))}
      </div>
      {state.status === 'running' && (
        <div className="brief-export__progress">
          <progress
            className="brief-export__bar"
            max={1}
            value={progress ?? 0}
            aria-label={`Exporting ${FORMAT_NAMES[state.format]}`}
          />
        </div>
      )}
      <div role="status" className="brief-export__status" data-export-state={state.status}>
        {state.status === 'running' &&
          `Exporting ${FORMAT_NAMES[state.format]}: ${state.progress === null ? 'starting' : `${PHASE_WORDS[state.progress.phase]} (${formatPercent(state.progress.progress)})`}…`}
        {state.status === 'done' &&
          (state.fileName === null
            ? 'Export finished; the file was not saved.'
            : `Exported ${state.fileName}.`)}
      </div>
      {state.status === 'failed' && (
        <p className="field-error" role="alert" data-export-error="">
          The {FORMAT_NAMES[state.format]} export failed: {state.message}
        </p>
      )}
    </section>
  );
}
