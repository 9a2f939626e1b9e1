// A brief export run as a job: the API starts it and returns at once; the UI polls its phase
// (gathering → drawing → writing → done) and progress, then fetches the file. A failure says why,
// and no file is kept from a failed job.
import { randomUUID } from 'node:crypto';
import { ApiFailure } from '../../../shared/errors';
import type { BriefExportStatus, BriefFile, BriefFormat } from '../../../shared/model/brief';
import type { BriefDocument } from '../../../shared/model/brief-document';
import { jobRegistry } from '../job-registry';
import type { Library } from '../library';
import { type BriefTools, type RenderedBrief, renderBrief } from './render';

interface Job {
  status: BriefExportStatus;
  file: RenderedBrief | null;
}

/** Finished jobs kept for their last poll and fetch (files can be large: few are kept). */
const jobs = jobRegistry<Job>(8);

export interface BriefExportRequest {
  format: BriefFormat;
  /** Works the brief out from the library (the "gathering" phase). */
  gather: () => BriefDocument | Promise<BriefDocument>;
  tools: BriefTools;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

async function run(job: Job, request: BriefExportRequest): Promise<void> {
  const doc = await request.gather();
  Object.assign(job.status, { phase: 'drawing', progress: 0.2 });
  const file = await renderBrief(doc, request.format, request.tools, (phase, progress) =>
    Object.assign(job.status, { phase, progress }),
  );
  job.file = file;
  Object.assign(job.status, {
    state: 'succeeded',
    phase: 'done',
    progress: 1,
    file: { fileName: file.fileName, mediaType: file.mediaType, sizeBytes: file.bytes.byteLength },
  });
}

export function startBriefExport(library: Library, request: BriefExportRequest): { jobId: string } {
  const jobId = randomUUID();
  const job: Job = {
    status: { jobId, state: 'running', phase: 'gathering', progress: 0, message: null, file: null },
    file: null,
  };
  jobs.add(library, jobId, job);
  // Started on the next turn, so even a brief that fails at once is reported by progress, not here.
  void Promise.resolve()
    .then(() => run(job, request))
    .catch((error: unknown) => {
      job.file = null;
      Object.assign(job.status, {
        state: 'failed',
        message: `The brief could not be exported as ${request.format.toUpperCase()}: ${messageOf(error)}`,
      });
    });
  return { jobId };
}

function findJob(library: Library, jobId: string): Job {
  const job = jobs.get(library, jobId);
  if (job === undefined) throw new ApiFailure('NOT_FOUND', `No brief export "${jobId}".`, 'jobId');
  return job;
}

export function briefExportStatus(library: Library, jobId: string): BriefExportStatus {
  const { status } = findJob(library, jobId);
  return { ...status, file: status.file === null ? null : { ...status.file } };
}

export function briefExportFile(library: Library, jobId: string): BriefFile {
  const job = findJob(library, jobId);
  if (job.file === null) {
    const why = job.status.state === 'failed' ? job.status.message : 'it is still being written';
    throw new ApiFailure('CONFLICT', `The brief export has no file: ${why}`, 'jobId');
  }
  return {
    fileName: job.file.fileName,
    mediaType: job.file.mediaType,
    content: Buffer.from(job.file.bytes).toString('base64'),
  };
}
