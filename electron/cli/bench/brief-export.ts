// Writing a commissioning brief for 6 interventions on a generated library, the way `ewb brief`
// and the brief-exports jobs write it (the document worked out from the library, then rendered with
// the Chromium printer), in every format, against what any brief of that content cannot avoid:
// reading the same rows (exactly the SQL the document ran, replayed on raw better-sqlite3) and the
// same printing (the very HTML and charts the renderer gave Chromium, printed again). The ratio is
// what building the document, drawing its charts and laying out the file cost on top.
import type Database from 'better-sqlite3';
import {
  BRIEF_FORMATS,
  type BriefFields,
  BriefFieldsSchema,
  type BriefFormat,
} from '../../../shared/model/brief';
import { COMPARE_MAX } from '../../../shared/model/compare';
import { draftBriefDocument } from '../../core/briefs/brief-exports';
import { chromiumPrinter } from '../../core/briefs/chromium-printer';
import { nodeBriefTools } from '../../core/briefs/host';
import type { BriefPrinter } from '../../core/briefs/printer';
import { type BriefTools, renderBrief } from '../../core/briefs/render';
import { recordStatements, replayer } from '../../core/db/statement-log';
import type { Library } from '../../core/library';
import { onGenerated, withGeneratedLibrary } from './api-vs-sql';
import { type Benchmark, type BenchResult, fastestOf, timeOnceAsync } from './benchmark';

/** Each side is timed this many times after a warm-up and the fastest kept (a print takes about a second). */
const RUNS = 3;

/** The outcome most interventions have results on, and the first COMPARE_MAX of them by id. */
function sixSharingAnOutcome(raw: Database.Database): { outcomeId: string; outcome: string; ids: string[] } {
  const busiest = raw
    .prepare(
      `SELECT d.id, d.name FROM outcome_domains d
       JOIN (SELECT r.outcome_domain_id AS id, count(DISTINCT e.intervention_id) AS interventions
             FROM outcome_results r JOIN evaluations e ON e.id = r.evaluation_id
             GROUP BY r.outcome_domain_id) c ON c.id = d.id
       ORDER BY c.interventions DESC, d.id LIMIT 1`,
    )
    .get() as { id: string; name: string } | undefined;
  if (busiest === undefined) throw new Error('brief-export: the generated library has no outcome results');
  const ids = (
    raw
      .prepare(
        `SELECT DISTINCT e.intervention_id AS id FROM evaluations e
         JOIN outcome_results r ON r.evaluation_id = e.id
         WHERE r.outcome_domain_id = ? ORDER BY e.intervention_id LIMIT ?`,
      )
      .all(busiest.id, COMPARE_MAX) as { id: string }[]
  ).map((r) => r.id);
  if (ids.length < COMPARE_MAX) {
    throw new Error(
      `brief-export: only ${ids.length} interventions have results on ${busiest.name}; ${COMPARE_MAX} are needed`,
    );
  }
  return { outcomeId: busiest.id, outcome: busiest.name, ids };
}

/** A call the renderer made on the printer, kept with its input so it can be made again. */
type PrinterCall = (printer: BriefPrinter) => Promise<Uint8Array>;

/** The printer, recording each call it is given (the HTML printed, each chart drawn). */
function recordingPrinter(printer: BriefPrinter, calls: PrinterCall[]): BriefPrinter {
  return {
    pdf: (html, furniture) => {
      calls.push((p) => p.pdf(html, furniture));
      return printer.pdf(html, furniture);
    },
    png: (svg, width, height) => {
      calls.push((p) => p.png(svg, width, height));
      return printer.png(svg, width, height);
    },
  };
}

interface FormatTiming {
  format: BriefFormat;
  ours_s: number;
  baseline_s: number;
  bytes: number;
  statements: number;
  rows: number;
  printed: number;
}

/** One format: the brief written (document + file), then its SQL and printing replayed, each timed. */
async function timeFormat(
  library: Library,
  raw: Database.Database,
  fields: BriefFields,
  format: BriefFormat,
  tools: BriefTools,
): Promise<FormatTiming> {
  let bytes = 0;
  const write = async (using: BriefTools) => {
    const file = await renderBrief(draftBriefDocument(library, fields), format, using);
    bytes = file.bytes.length;
  };
  // The warm-up records the statements and the printer's calls (and starts Chromium, once).
  const printed: PrinterCall[] = [];
  const { statements } = await recordStatements(library.db, () =>
    write({ ...tools, printer: recordingPrinter(tools.printer, printed) }),
  );
  const ours = await fastestOf(RUNS, () => timeOnceAsync(() => write(tools)));
  const replay = replayer(raw, statements);
  let rows = 0;
  const baseline = async () => {
    rows = replay();
    for (const call of printed) await call(tools.printer);
  };
  await baseline();
  return {
    format,
    ours_s: ours,
    baseline_s: await fastestOf(RUNS, () => timeOnceAsync(baseline)),
    bytes,
    statements: statements.filter((s) => s.reader).length,
    rows,
    printed: printed.length,
  };
}

const kib = (bytes: number) => `${(bytes / 1024).toFixed(0)} KiB`;

/** The brief written in each of `formats`, timed against its baseline (the benchmark: all four). */
export function timeBriefExport(
  { appRoot, log }: Parameters<Benchmark['run']>[0],
  formats: readonly BriefFormat[] = BRIEF_FORMATS,
): Promise<BenchResult> {
  return withGeneratedLibrary(log, async (library, raw) => {
    const chosen = sixSharingAnOutcome(raw);
    const fields = BriefFieldsSchema.parse({
      title: `Commissioning brief: ${chosen.outcome}`,
      date: new Date().toISOString().slice(0, 10),
      outcomeId: chosen.outcomeId,
      interventionIds: chosen.ids,
    });
    const printer = chromiumPrinter();
    const tools = nodeBriefTools(appRoot, printer);
    const timings: FormatTiming[] = [];
    try {
      for (const format of formats) {
        log(`brief-export: a brief for ${COMPARE_MAX} interventions as ${format.toUpperCase()}…`);
        timings.push(await timeFormat(library, raw, fields, format, tools));
      }
    } finally {
      await printer.close();
    }
    const ours = timings.reduce((s, t) => s + t.ours_s, 0);
    const baseline = timings.reduce((s, t) => s + t.baseline_s, 0);
    const [first] = timings;
    return {
      name: 'brief-export',
      workload: `a brief on ${chosen.outcome} for ${COMPARE_MAX} interventions written in each format (${formats.join(', ')}) as \`ewb brief\` writes it ${onGenerated()}`,
      ours_s: ours,
      baseline:
        'per format, the SQL statements building the document ran, replayed with the same parameters on raw better-sqlite3, ' +
        'and the same printing: the very HTML and charts the renderer gave Chromium, printed again',
      baseline_s: baseline,
      ratio: ours / baseline,
      notes: [
        ...timings.map(
          (t) =>
            `${t.format}: ours ${t.ours_s.toFixed(3)} s, baseline ${t.baseline_s.toFixed(3)} s (ratio ${(t.ours_s / t.baseline_s).toFixed(2)}), ` +
            `${kib(t.bytes)}, ${t.printed} ${t.printed === 1 ? 'call' : 'calls'} of the printer`,
        ),
        `SQL: ${first?.statements.toLocaleString('en-GB') ?? 0} statements, ${first?.rows.toLocaleString('en-GB') ?? 0} rows per brief`,
        `interventions ${chosen.ids.join(', ')}`,
      ],
    };
  });
}

export const briefExportBenchmark: Benchmark = {
  name: 'brief-export',
  run: (context) => timeBriefExport(context),
};
