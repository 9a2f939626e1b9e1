// An import run as a job: the API starts it and returns at once; the UI polls its progress and
// may cancel it. Cancelling while rows are read or checked stops before anything is written; the
// write is one transaction, so a job is either wholly imported or not at all.
import { randomUUID } from 'node:crypto';
import { ApiFailure } from '../../../shared/errors';
import { type ImportJobStatus, startingJob } from '../../../shared/model/import';
import { ImportCancelled } from '../io/import/check-rows';
import { jobRegistry } from '../job-registry';
import type { Library } from '../library';
import { type ImportRequest, runImport } from './spreadsheet-import';

interface Job {
  status: ImportJobStatus;
  cancelRequested: boolean;
}

/** Finished jobs kept for their last poll; older ones are forgotten. */
const jobs = jobRegistry<Job>(20);

function snapshot(job: Job): ImportJobStatus {
  return { ...job.status, errors: [...job.status.errors] };
}

export function startImportJob(library: Library, request: ImportRequest): { jobId: string } {
  if (library.readOnlyReason !== null) throw new ApiFailure('READ_ONLY', library.readOnlyReason);
  if (jobs.all(library).some((j) => j.status.state === 'running')) {
    throw new ApiFailure('CONFLICT', 'Another import is running: wait for it to finish or cancel it.');
  }
  const jobId = randomUUID();
  const job: Job = {
    status: startingJob(jobId),
    cancelRequested: false,
  };
  jobs.add(library, jobId, job);
  void runImport(library, request, {
    onProgress: (phase, done, total) => Object.assign(job.status, { phase, done, total }),
    isCancelled: () => job.cancelRequested,
  }).then(
    (outcome) =>
      Object.assign(job.status, {
        state: outcome.errors.length === 0 ? 'succeeded' : 'failed',
        imported: outcome.imported,
        errors: outcome.errors,
        message:
          outcome.errors.length === 0
            ? `Imported ${outcome.imported} row${outcome.imported === 1 ? '' : 's'}.`
            : `Nothing was imported: ${outcome.errors.length} error${outcome.errors.length === 1 ? '' : 's'}.`,
      }),
    (error: unknown) =>
      Object.assign(job.status, {
        state: error instanceof ImportCancelled ? 'cancelled' : 'failed',
        message:
          error instanceof ImportCancelled
            ? 'The import was cancelled: nothing was written.'
            : `Nothing was imported: ${error instanceof Error ? error.message : String(error)}`,
      }),
  );
  return { jobId };
}

function findJob(library: Library, jobId: string): Job {
  const job = jobs.get(library, jobId);
  if (job === undefined) throw new ApiFailure('NOT_FOUND', `No import job "${jobId}".`, 'jobId');
  return job;
}

export function importJobStatus(library: Library, jobId: string): ImportJobStatus {
  return snapshot(findJob(library, jobId));
}

/** Asks a running job to stop; a job already finished is left as it is (undo reverses an import). */
export function cancelImportJob(library: Library, jobId: string): ImportJobStatus {
  const job = findJob(library, jobId);
  if (job.status.state === 'running') job.cancelRequested = true;
  return snapshot(job);
}
