// `ewb meta` end to end, as a script runs it: a metafor fixture's request on stdin (and through
// --input FILE) gives metafor's result on stdout; bad input gives the JSON error of cli.md on
// stdout with exit code 2, and a fit that fails gives it with exit code 1.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ewbWithInput } from '../helpers/cli-input';
import { tempDir, type TempDir } from '../helpers/libraries';
import { differences, metaforFixtures, type MetaforFixture } from '../helpers/metafor-fixtures';

const fixture = (name: string): MetaforFixture => {
  const found = metaforFixtures().find((f) => f.name === name);
  if (found === undefined) throw new Error(`no fixture ${name}`);
  return found;
};

let dir: TempDir;
beforeAll(() => {
  dir = tempDir();
});
afterAll(() => dir.remove());

interface ErrorOutput {
  error: { code: string; message: string; field: string | null };
}

describe('ewb meta', () => {
  it('pools a request from stdin exactly as metafor does (REML, Hartung-Knapp, every extra)', () => {
    const { request, result } = fixture('bcg-or-reml-knha');
    const run = ewbWithInput(JSON.stringify(request), 'meta');
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(differences(JSON.parse(run.stdout), result)).toEqual([]);
  });

  it('reads the request from --input FILE', () => {
    const { request, result } = fixture('zero-cells-or-drop00');
    const file = join(dir.path, 'request.json');
    writeFileSync(file, JSON.stringify(request));
    const run = ewbWithInput('', 'meta', '--input', file);
    expect(run.status).toBe(0);
    expect(differences(JSON.parse(run.stdout), result)).toEqual([]);
  });

  it('answers bad input with a JSON error naming the field, on stdout, and exit code 2', () => {
    const notJson = ewbWithInput('{"measure": ', 'meta');
    expect(notJson.status).toBe(2);
    expect(JSON.parse(notJson.stdout)).toMatchObject({ error: { code: 'INVALID_INPUT', field: null } });

    const uneven = ewbWithInput(
      JSON.stringify({ measure: 'GEN', yi: [0.1, 0.2, 0.3], vi: [0.01, 0.02] }),
      'meta',
    );
    expect(uneven.status).toBe(2);
    const error = (JSON.parse(uneven.stdout) as ErrorOutput).error;
    expect(error).toMatchObject({ code: 'INVALID_INPUT', field: 'vi' });
    expect(error.message).toMatch(/vi has 2 values but yi has 3/);
    expect(Object.keys(error)).toEqual(['code', 'message', 'field']);

    const missing = ewbWithInput('', 'meta', '--input', join(dir.path, 'absent.json'));
    expect(missing.status).toBe(2);
    expect(JSON.parse(missing.stdout)).toMatchObject({ error: { code: 'INVALID_INPUT', field: 'input' } });
  });

  it('reports a fit that does not converge with exit code 1', () => {
    const run = ewbWithInput(JSON.stringify(fixture('reml-no-convergence').request), 'meta');
    expect(run.status).toBe(1);
    expect(JSON.parse(run.stdout)).toMatchObject({ error: { code: 'INTERNAL', field: 'control.maxiter' } });
  });

  it('has help', () => {
    const run = ewbWithInput('', 'meta', '--help');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/usage: ewb meta \[--input FILE\]/);
  });
});
