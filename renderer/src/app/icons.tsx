// Line icons for the navigation; decorative (the text beside them carries the meaning).
import type { ReactNode } from 'react';

function Icon({ children }: { children: ReactNode }) {
  return (
    <svg
      className="icon"
      viewBox="0 0 24 24"
      width="20"
      height="20"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.8"
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      {children}
    </svg>
  );
}

export const CatalogueIcon = () => (
  <Icon>
    <rect x="3" y="4" width="18" height="16" rx="2" />
    <path d="M3 9h18M9 9v11" />
  </Icon>
);
export const ImportIcon = () => (
  <Icon>
    <path d="M12 3v11M7.5 9.5 12 14l4.5-4.5" />
    <path d="M4 15v4a2 2 0 0 0 2 2h12a2 2 0 0 0 2-2v-4" />
  </Icon>
);
export const EvaluationsIcon = () => (
  <Icon>
    <path d="M9 3h6M10 3v6l-5 9a2 2 0 0 0 1.8 3h10.4a2 2 0 0 0 1.8-3l-5-9V3" />
    <path d="M7.5 14h9" />
  </Icon>
);
export const OutcomeResultsIcon = () => (
  <Icon>
    <path d="M4 12h16M12 5v14" />
    <circle cx="8" cy="12" r="1.6" />
    <path d="M13 9h5v6h-5z" />
  </Icon>
);
export const OrganisationsIcon = () => (
  <Icon>
    <path d="M4 21V7l6-3v17M10 9h10v12M3 21h18" />
    <path d="M13 13h1M16 13h1M13 17h1M16 17h1M6.5 10h1M6.5 14h1" />
  </Icon>
);
export const CompareIcon = () => (
  <Icon>
    <path d="M6 20V10M12 20V4M18 20v-7" />
  </Icon>
);
export const ToolkitIcon = () => (
  <Icon>
    <circle cx="8" cy="15" r="4" />
    <circle cx="16" cy="8" r="3" />
    <path d="M3 20h18" />
  </Icon>
);
export const GapMapIcon = () => (
  <Icon>
    <rect x="3" y="3" width="7" height="7" />
    <rect x="14" y="14" width="7" height="7" />
    <path d="M14 3h7v7h-7zM3 14h7v7H3z" strokeDasharray="2 2" />
  </Icon>
);
export const BriefsIcon = () => (
  <Icon>
    <path d="M7 3h7l5 5v13H7z" />
    <path d="M14 3v5h5M10 13h6M10 17h6" />
  </Icon>
);
export const LibraryIcon = () => (
  <Icon>
    <ellipse cx="12" cy="6" rx="7" ry="3" />
    <path d="M5 6v12c0 1.7 3.1 3 7 3s7-1.3 7-3V6M5 12c0 1.7 3.1 3 7 3s7-1.3 7-3" />
  </Icon>
);
export const SettingsIcon = () => (
  <Icon>
    <path d="M4 7h10M18 7h2M4 17h4M12 17h8" />
    <circle cx="16" cy="7" r="2" />
    <circle cx="10" cy="17" r="2" />
  </Icon>
);
export const ReferenceDataIcon = () => (
  <Icon>
    <path d="M4 5h16M4 12h16M4 19h16" />
    <circle cx="8" cy="5" r="1.5" />
    <circle cx="15" cy="12" r="1.5" />
    <circle cx="10" cy="19" r="1.5" />
  </Icon>
);
export const BrandMark = () => (
  <svg
    className="brand__mark"
    viewBox="0 0 32 32"
    width="32"
    height="32"
    aria-hidden="true"
    focusable="false"
  >
    <rect width="32" height="32" rx="7" className="brand__mark-bg" />
    <path
      d="M9 22V10h13M9 16h10M9 22h13"
      fill="none"
      stroke="#fff"
      strokeWidth="3"
      strokeLinecap="round"
      strokeLinejoin="round"
    />
  </svg>
);
