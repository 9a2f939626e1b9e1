// What exporting a brief needs from the host that runs the core: the template from resources/ and
// a printer (headless Chromium for Node hosts, a hidden window in the desktop app).
import { ApiFailure } from '../../../shared/errors';
import { chromiumPrinter } from './chromium-printer';
import type { BriefPrinter } from './printer';
import type { BriefTools } from './render';
import { loadBriefTemplate } from './template';

/** The host's brief tools, or a refusal naming where briefs can be exported. */
export function requireBriefTools(tools: BriefTools | undefined): BriefTools {
  if (tools === undefined) {
    throw new ApiFailure(
      'FORBIDDEN',
      'Briefs are exported by the desktop app, `ewb serve` or `ewb brief`, which supply the printer.',
    );
  }
  return tools;
}

/** For Node hosts (the CLI, `ewb serve`): headless Chromium prints. */
export function nodeBriefTools(appRoot: string, printer: BriefPrinter = chromiumPrinter()): BriefTools {
  return { template: loadBriefTemplate(appRoot), printer };
}
