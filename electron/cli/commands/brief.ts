// `ewb brief`: a commissioning brief for the chosen interventions, worked out from the library
// through the same API as the app (briefs/draft-document) and written as PDF, DOCX, HTML or
// Markdown. The file is written whole or not at all: a failed export leaves nothing at --out.
import { dirname, resolve } from 'node:path';
import { existsSync, statSync } from 'node:fs';
import { BRIEF_FORMATS, type BriefFormat, BriefFieldsSchema } from '../../../shared/model/brief';
import { COMPARE_MAX } from '../../../shared/model/compare';
import { chromiumPrinter } from '../../core/briefs/chromium-printer';
import { nodeBriefTools } from '../../core/briefs/host';
import type { BriefPrinter } from '../../core/briefs/printer';
import { renderBrief } from '../../core/briefs/render';
import { writeWholeFile } from '../../core/io/whole-file';
import { type Command, type CommandIo, UsageError, requireString } from '../command';
import { type Call, withLibraryForReading } from '../library-option';

const isFormat = (f: string): f is BriefFormat => (BRIEF_FORMATS as readonly string[]).includes(f);

function interventionIds(values: Record<string, string | boolean | undefined>): string[] {
  const ids = requireString(values, 'interventions')
    .split(',')
    .map((id) => id.trim())
    .filter((id) => id !== '');
  if (ids.length === 0) throw new UsageError('--interventions needs at least one intervention id');
  if (ids.length > COMPARE_MAX)
    throw new UsageError(`--interventions: a brief holds at most ${COMPARE_MAX} interventions`);
  if (new Set(ids).size !== ids.length) throw new UsageError('--interventions: each id may be given once');
  return ids;
}

/** The outcome domain with the most results among the chosen interventions (ties: by name). */
async function busiestOutcome(call: Call, ids: string[]): Promise<string> {
  const counts = new Map<string, { name: string; results: number }>();
  for (let offset = 0; ; offset += 500) {
    const page = await call('outcome-results/list', {
      offset,
      limit: 500,
      filters: { interventionId: ids },
    });
    for (const row of page.rows) {
      const entry = counts.get(row.outcome.id) ?? { name: row.outcome.name, results: 0 };
      entry.results += 1;
      counts.set(row.outcome.id, entry);
    }
    if (offset + page.rows.length >= page.total || page.rows.length === 0) break;
  }
  const [best] = [...counts].sort(
    ([, a], [, b]) => b.results - a.results || a.name.localeCompare(b.name, 'en-GB'),
  );
  if (best === undefined)
    throw new UsageError('--outcome is required: the chosen interventions have no outcome results');
  return best[0];
}

interface BriefRequest {
  ids: string[];
  format: BriefFormat;
  out: string;
  title: string | undefined;
  outcome: string | undefined;
}

async function writeBrief(
  call: Call,
  io: CommandIo,
  printer: BriefPrinter,
  request: BriefRequest,
): Promise<number> {
  const known = new Set((await call('library/list-names', { entity: 'interventions' })).map((n) => n.id));
  const unknown = request.ids.filter((id) => !known.has(id));
  if (unknown.length > 0)
    throw new UsageError(
      `--interventions: no intervention with id ${unknown.map((id) => `"${id}"`).join(', ')}`,
    );
  const domains = (await call('reference/list', {})).outcomeDomains;
  const outcomeId = request.outcome ?? (await busiestOutcome(call, request.ids));
  const outcome = domains.find((d) => d.id === outcomeId);
  if (outcome === undefined) throw new UsageError(`--outcome: no outcome domain with id "${outcomeId}"`);
  const fields = BriefFieldsSchema.safeParse({
    title: request.title ?? `Commissioning brief: ${outcome.name}`,
    date: new Date().toISOString().slice(0, 10),
    outcomeId,
    interventionIds: request.ids,
  });
  if (!fields.success) {
    const [issue] = fields.error.issues;
    const field = String(issue?.path[0] ?? 'title');
    throw new UsageError(
      `--${field === 'interventionIds' ? 'interventions' : field}: ${issue?.message ?? 'invalid'}`,
    );
  }
  const document = await call('briefs/draft-document', fields.data);
  const file = await renderBrief(document, request.format, nodeBriefTools(io.appRoot, printer));
  await writeWholeFile(request.out, file.bytes);
  const options = document.sections.find((s) => s.kind === 'options');
  const count = options?.kind === 'options' ? options.rows.length : request.ids.length;
  io.out(
    `Wrote a ${request.format.toUpperCase()} brief on ${outcome.name} for ${count} intervention${count === 1 ? '' : 's'} to ${request.out}${document.illustrative ? ' (includes illustrative figures)' : ''}.`,
  );
  return 0;
}

export const briefCommand: Command = {
  name: 'brief',
  summary: 'a commissioning brief for chosen interventions, as PDF, DOCX, HTML or Markdown',
  usage: `brief --library FILE --interventions ID,ID… --format ${BRIEF_FORMATS.join('|')} --out FILE [--title T] [--outcome DOMAIN]`,
  options: {
    library: { type: 'string' },
    interventions: { type: 'string' },
    format: { type: 'string' },
    out: { type: 'string' },
    title: { type: 'string' },
    outcome: { type: 'string' },
  },
  async run(values, io) {
    const format = requireString(values, 'format');
    if (!isFormat(format))
      throw new UsageError(`--format must be one of ${BRIEF_FORMATS.join(', ')} (got "${format}")`);
    const out = resolve(requireString(values, 'out'));
    if (!existsSync(dirname(out)) || !statSync(dirname(out)).isDirectory())
      throw new UsageError(`--out: the folder ${dirname(out)} does not exist`);
    const request: BriefRequest = {
      ids: interventionIds(values),
      format,
      out,
      title: typeof values.title === 'string' ? values.title : undefined,
      outcome: typeof values.outcome === 'string' ? values.outcome : undefined,
    };
    const printer = chromiumPrinter();
    try {
      return await withLibraryForReading(values, (call) => writeBrief(call, io, printer, request));
    } finally {
      await printer.close();
    }
  },
};
