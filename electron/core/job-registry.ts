// The jobs a library runs (imports, brief exports), kept per open library so a poll finds its job
// and a closed library's jobs go with it; only the most recent few are kept once finished.
import type { Library } from './library';

export interface JobRegistry<J> {
  add: (library: Library, id: string, job: J) => void;
  get: (library: Library, id: string) => J | undefined;
  all: (library: Library) => J[];
}

export function jobRegistry<J>(kept: number): JobRegistry<J> {
  const byLibrary = new WeakMap<Library, Map<string, J>>();
  const jobsOf = (library: Library) => {
    let jobs = byLibrary.get(library);
    if (jobs === undefined) {
      jobs = new Map();
      byLibrary.set(library, jobs);
    }
    return jobs;
  };
  return {
    add: (library, id, job) => {
      const jobs = jobsOf(library);
      jobs.set(id, job);
      for (const old of [...jobs.keys()].slice(0, Math.max(0, jobs.size - kept))) jobs.delete(old);
    },
    get: (library, id) => jobsOf(library).get(id),
    all: (library) => [...jobsOf(library).values()],
  };
}
