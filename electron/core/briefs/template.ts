// The brief's template from resources/brief-template: its stylesheet, read once by the host from
// the app's resources, with the partnership's colours applied to it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BriefBranding } from '../../../shared/model/brief';

export interface BriefTemplate {
  /** The stylesheet, without the branding. */
  css: string;
}

export function briefTemplateDir(appRoot: string): string {
  return join(appRoot, 'resources', 'brief-template');
}

export function loadBriefTemplate(appRoot: string): BriefTemplate {
  return { css: readFileSync(join(briefTemplateDir(appRoot), 'brief.css'), 'utf8') };
}

const HEX = /^#[0-9a-fA-F]{6}$/;

/** The partnership's colours (validated #RRGGBB; the defaults otherwise) for CSS and SVG. */
export function brandColours(branding: BriefBranding): { primary: string; accent: string } {
  return {
    primary: HEX.test(branding.primaryColour) ? branding.primaryColour : '#1d4f91',
    accent: HEX.test(branding.accentColour) ? branding.accentColour : '#b8860b',
  };
}

export function brandedCss(template: BriefTemplate, branding: BriefBranding): string {
  const { primary, accent } = brandColours(branding);
  return `:root { --primary: ${primary}; --accent: ${accent}; }\n${template.css}`;
}

const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;

/** The logo as a data: URI, or null when there is none (or its content is not base64). */
export function logoDataUri(branding: BriefBranding): string | null {
  const logo = branding.logo;
  if (logo === null || !BASE64.test(logo.content)) return null;
  return `data:${logo.mediaType};base64,${logo.content}`;
}
