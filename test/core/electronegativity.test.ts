// Electronegativity (Doyensec's scanner for Electron security anti-patterns; offline) over electron/
// and renderer/. It exits happily whatever it finds, so this test counts the results of its SARIF
// report: every finding of medium severity or above at firm confidence or above must be switched
// off on its own line by an `eng-disable CHECK_ID: reason` comment. It cannot pass by seeing
// nothing: the same run scans probes that it must flag, namely our real window settings weakened
// and our own eng-disable comments taken out, and the renderer page carrying the CSP the hosts send.
import { cpSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, sep } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRendererAssets } from '../../electron/core/web/renderer-assets';
import { APP_START_URL, serveAppRequest } from '../../electron/main/app-protocol';
import { REPO_ROOT, tempDir, type TempDir } from '../helpers/libraries';

/** The parts of Electronegativity's programmatic API (it ships no types) this test uses. */
interface Level {
  name: string;
}
interface Issue {
  id: string;
  file: string;
  location: { line: number };
  severity: Level;
  confidence: Level;
}
interface ScanResult {
  globalChecks: number;
  atomicChecks: number;
  errors: { file: string; message: string }[];
  issues: Issue[];
}
type Electronegativity = (options: {
  input: string;
  output: string;
  isSarif: boolean;
  isRelative: boolean;
  severitySet: string;
  confidenceSet: string;
  excludeFromScan: string[];
  electronVersionOverride: string;
}) => Promise<ScanResult>;
interface Sarif {
  runs: {
    tool: { driver: { name: string } };
    results: {
      ruleId: string;
      locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } } }[];
    }[];
  }[];
}

const require = createRequire(import.meta.url);
const electronegativity = require('@doyensec/electronegativity') as Electronegativity;
const electronVersion = (require('electron/package.json') as { version: string }).version;

/** Electronegativity's levels, lowest first: `counts` keeps medium severity or above at firm confidence or above. */
const SEVERITIES = ['INFORMATIONAL', 'LOW', 'MEDIUM', 'HIGH'];
const CONFIDENCES = ['TENTATIVE', 'FIRM', 'CERTAIN'];
const counts = (issue: Issue) =>
  SEVERITIES.indexOf(issue.severity.name) >= SEVERITIES.indexOf('MEDIUM') &&
  CONFIDENCES.indexOf(issue.confidence.name) >= CONFIDENCES.indexOf('FIRM');

/** Checks not run, each with why: the scan stays offline. */
const EXCLUDED_CHECKS: Record<string, string> = {
  AvailableSecurityFixesGlobalCheck:
    "asks GitHub for Electron's release notes; package.json, not this test, keeps Electron current",
};

/** A comment opening with `eng-disable` (as the tool reads it), its check ids, a colon and the reason. */
const ENG_DISABLE = /(?:\/\*|\/\/|<!--)[ \t]*eng-disable\b([^:\n]*)(?::\s*(.*))?$/;
const CHECK_ID = /^[A-Z][A-Z0-9_]*_CHECK$/;

interface Finding {
  id: string;
  file: string;
  line: number;
  severity: string;
  confidence: string;
}

interface Disable {
  file: string;
  line: number;
  ids: string[];
  reason: string;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(join(REPO_ROOT, dir), { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.(tsx?|html)$/.test(f))
    .map((f) => join(dir, f).split(sep).join('/'));
}

/** Every eng-disable comment in our code, where it is and what it says. */
function engDisables(files: string[]): Disable[] {
  return files.flatMap((file) =>
    readFileSync(join(REPO_ROOT, file), 'utf8')
      .split('\n')
      .flatMap((text, i) => {
        const m = ENG_DISABLE.exec(text);
        if (m === null) return [];
        const endOfComment = /\*\/|-->/;
        const ids = (m[1] ?? '')
          .split(endOfComment)[0]
          ?.split(/[\s,]+/)
          .filter((id) => id !== '');
        const reason = (m[2] ?? '').split(endOfComment)[0]?.trim() ?? '';
        return [{ file, line: i + 1, ids: ids ?? [], reason }];
      }),
  );
}

/** Replaces `from` with `to` in `text`, failing if `from` is gone (the probe must follow the file). */
function weaken(text: string, from: string, to: string): string {
  if (!text.includes(from)) throw new Error(`window-options.ts no longer contains "${from}"`);
  return text.replace(from, to);
}

/** The tool writes its report without waiting for the write to finish: read it once it is whole. */
async function readReport(path: string): Promise<Sarif> {
  for (let tries = 0; ; tries++) {
    try {
      return JSON.parse(readFileSync(path, 'utf8')) as Sarif;
    } catch (error) {
      if (tries >= 100) throw error;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
}

const SCANNED = ['electron', 'renderer'];
const WINDOW_OPTIONS = 'electron/main/window-options.ts';
const WEAKENED = 'probes/weakened/window-options.ts';
const SERVED_PAGE = 'probes/served/index.html';

let dir: TempDir;
let result: ScanResult;
let findings: Finding[];
let disables: Disable[];

beforeAll(async () => {
  dir = tempDir();
  const input = dir.file('scan');
  for (const d of SCANNED) cpSync(join(REPO_ROOT, d), join(input, d), { recursive: true });
  const files = SCANNED.flatMap(sourceFiles);
  disables = engDisables(files);

  // Our own comments taken out: each must then be flagged at its line, so none is stale or misspelt.
  for (const file of new Set(disables.map((d) => d.file))) {
    const text = readFileSync(join(REPO_ROOT, file), 'utf8');
    mkdirSync(dirname(join(input, 'probes', 'unsuppressed', file)), { recursive: true });
    writeFileSync(join(input, 'probes', 'unsuppressed', file), text.replaceAll('eng-disable', 'eng-note'));
  }
  // The window settings as they are, each security setting turned the wrong way.
  let weakened = readFileSync(join(REPO_ROOT, WINDOW_OPTIONS), 'utf8');
  for (const [from, to] of [
    ['contextIsolation: true', 'contextIsolation: false'],
    ['sandbox: true', 'sandbox: false'],
    ['webSecurity: true', 'webSecurity: false'],
    ['allowRunningInsecureContent: false', 'allowRunningInsecureContent: true'],
  ] as const)
    weakened = weaken(weakened, from, to);
  mkdirSync(dirname(join(input, WEAKENED)), { recursive: true });
  writeFileSync(join(input, WEAKENED), weakened);
  // The hosts send the CSP as a header, which a source scan cannot see: the page as the desktop
  // app serves it, with that header written into it, lets the scanner judge the policy itself.
  const page = await serveAppRequest(createRendererAssets(join(REPO_ROOT, 'renderer')), {
    url: APP_START_URL,
    method: 'GET',
  });
  const csp = page.headers.get('content-security-policy') ?? '';
  const html = (await page.text()).replace(
    '<head>',
    `<head>\n    <meta http-equiv="Content-Security-Policy" content="${csp}" />`,
  );
  mkdirSync(dirname(join(input, SERVED_PAGE)), { recursive: true });
  writeFileSync(join(input, SERVED_PAGE), html);

  const sarifPath = dir.file('electronegativity.sarif');
  result = await electronegativity({
    input,
    output: sarifPath,
    isSarif: true,
    isRelative: true,
    // The tool applies these two only to its console table, not to its report or its answer: the
    // filter is `counts` below.
    severitySet: 'medium',
    confidenceSet: 'firm',
    excludeFromScan: Object.keys(EXCLUDED_CHECKS),
    electronVersionOverride: electronVersion,
  });
  const sarif = await readReport(sarifPath);
  const results = sarif.runs[0]?.results ?? [];
  // The report lists the answer's issues in the same order; the answer adds severity and confidence.
  expect(results.map((r) => r.ruleId)).toEqual(result.issues.map((i) => i.id));
  findings = results.flatMap((r, i) => {
    const issue = result.issues[i];
    const where = r.locations[0]?.physicalLocation;
    if (issue === undefined || where === undefined || !counts(issue)) return [];
    const uri = where.artifactLocation.uri;
    return [
      {
        id: r.ruleId,
        file: uri.startsWith('file:') ? 'N/A' : uri.split(sep).join('/'),
        line: where.region.startLine,
        severity: issue.severity.name,
        confidence: issue.confidence.name,
      },
    ];
  });
}, 120_000);

afterAll(() => dir.remove());

const inProbes = (f: { file: string }) => f.file.startsWith('probes/');

describe('Electronegativity', () => {
  it('runs its checks over every file, offline, and parses them all', () => {
    expect(result.atomicChecks).toBeGreaterThanOrEqual(30);
    expect(result.globalChecks).toBeGreaterThanOrEqual(4);
    expect(result.errors).toEqual([]);
    expect(Object.values(EXCLUDED_CHECKS).every((why) => why.length > 0)).toBe(true);
  });

  it('finds nothing of medium severity at firm confidence in our code that is not justified', () => {
    const unjustified = findings
      .filter((f) => !inProbes(f))
      .map((f) => `${f.file}:${f.line} ${f.id} (${f.severity}, ${f.confidence})`);
    expect(unjustified).toEqual([]);
  });

  it('is switched off only line by line, by named checks, each with a reason', () => {
    for (const d of disables) {
      const where = `${d.file}:${d.line}`;
      // A comment on a file's first line would switch its checks off for the whole file.
      expect(d.line, where).toBeGreaterThan(1);
      expect(d.ids.length, where).toBeGreaterThan(0);
      for (const id of d.ids) expect(id, where).toMatch(CHECK_ID);
      expect(d.reason.split(/\s+/).length, `${where} gives a reason after a colon`).toBeGreaterThanOrEqual(4);
    }
  });

  it('flags each finding our eng-disable comments switch off once they are taken out', () => {
    const unsuppressed = findings.filter((f) => f.file.startsWith('probes/unsuppressed/'));
    for (const d of disables)
      for (const id of d.ids)
        expect(unsuppressed, `${d.file}:${d.line} ${id}`).toContainEqual(
          expect.objectContaining({ id, file: `probes/unsuppressed/${d.file}`, line: d.line }),
        );
  });

  it('flags our window settings once they are weakened, at the line of each', () => {
    const lines = readFileSync(join(dir.file('scan'), WEAKENED), 'utf8').split('\n');
    const flagged = findings
      .filter((f) => f.file === WEAKENED)
      .map((f) => ({ id: f.id, text: lines[f.line - 1]?.trim().split(',')[0] }))
      .sort((a, b) => a.id.localeCompare(b.id));
    expect(flagged).toEqual([
      { id: 'CONTEXT_ISOLATION_JS_CHECK', text: 'contextIsolation: false' },
      { id: 'INSECURE_CONTENT_JS_CHECK', text: 'allowRunningInsecureContent: true' },
      { id: 'SANDBOX_JS_CHECK', text: 'sandbox: false' },
      { id: 'WEB_SECURITY_JS_CHECK', text: 'webSecurity: false' },
    ]);
  });

  it('judges the CSP the hosts send no weaker than a caveat about script-src self', () => {
    const csp = result.issues.filter((i) => i.id === 'CSP_GLOBAL_CHECK');
    // Found on the served page (not "no CSP at all"), and only "maybe weak" (firm), never "weak" (certain).
    expect(csp.map((i) => ({ file: i.file.split(sep).join('/'), confidence: i.confidence.name }))).toEqual([
      { file: SERVED_PAGE, confidence: 'FIRM' },
    ]);
  });
});
