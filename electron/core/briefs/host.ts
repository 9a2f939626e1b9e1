// What exporting a brief needs from the host that runs the core: the template from resources/,
// a printer (headless Chromium for Node hosts, a hidden window in the desktop app) and the app's
// version, which every brief prints in its method appendix.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ApiFailure } from '../../../shared/errors';
import { chromiumPrinter } from './chromium-printer';
import type { BriefPrinter } from './printer';
import type { BriefTools } from './render';
import { loadBriefTemplate } from './template';

export interface BriefHost extends BriefTools {
  appVersion: string;
}

/** The host's brief tools, or a refusal naming where briefs can be exported. */
export function requireBriefHost(host: BriefHost | undefined): BriefHost {
  if (host === undefined) {
    throw new ApiFailure(
      'FORBIDDEN',
      'Briefs are exported by the desktop app, `ewb serve` or `ewb brief`, which supply the printer.',
    );
  }
  return host;
}

/** The version in the app's package.json (the repository's, or the packaged app's). */
export function appVersionAt(appRoot: string): string {
  const { version } = JSON.parse(readFileSync(join(appRoot, 'package.json'), 'utf8')) as {
    version?: unknown;
  };
  return typeof version === 'string' ? version : 'unknown';
}

/** For Node hosts (the CLI, `ewb serve`): headless Chromium prints. */
export function nodeBriefHost(appRoot: string, printer: BriefPrinter = chromiumPrinter()): BriefHost {
  return { template: loadBriefTemplate(appRoot), printer, appVersion: appVersionAt(appRoot) };
}
