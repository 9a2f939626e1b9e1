// AG Grid set up once for the app: community modules, a theme that follows the app's light and
// dark palettes, and the style nonce the CSP requires for the <style> elements the grid injects.
import { AllCommunityModule, ModuleRegistry, themeQuartz } from 'ag-grid-community';

let registered = false;

export function registerGridModules(): void {
  if (registered) return;
  ModuleRegistry.registerModules([AllCommunityModule]);
  registered = true;
}

const NONCE_PLACEHOLDER = '__EWB_STYLE_NONCE__';

/** The nonce the host put in index.html for this page load (undefined under Vite's dev server). */
export function styleNonce(): string | undefined {
  const content = document.querySelector<HTMLMetaElement>('meta[name="ewb-style-nonce"]')?.content;
  return content === undefined || content === '' || content === NONCE_PLACEHOLDER ? undefined : content;
}

/**
 * Quartz with the app's palette. Light values are the default; the dark ones apply while
 * <html data-ag-theme-mode="dark"> is set, which useColourScheme keeps in step with the system.
 */
export const gridTheme = themeQuartz
  .withParams({
    fontFamily: 'inherit',
    fontSize: 13,
    headerFontSize: 12.5,
    headerFontWeight: 600,
    spacing: 7,
    cellHorizontalPadding: 10,
    wrapperBorderRadius: 8,
    borderRadius: 4,
    columnBorder: false,
    headerColumnBorder: false,
    rowBorder: true,
    browserColorScheme: 'light',
    backgroundColor: '#ffffff',
    foregroundColor: '#1b2430',
    textColor: '#1b2430',
    subtleTextColor: '#4f5b69',
    accentColor: '#1d5fb4',
    borderColor: '#d5dbe3',
    chromeBackgroundColor: '#f3f5f8',
    headerBackgroundColor: '#f3f5f8',
    headerTextColor: '#2a3441',
    rowHoverColor: '#eef4fc',
    selectedRowBackgroundColor: '#e1ecfa',
    oddRowBackgroundColor: '#ffffff',
    focusShadow: { spread: 3, color: '#1d5fb466' },
    menuBackgroundColor: '#ffffff',
    menuTextColor: '#1b2430',
    inputFocusBorder: { color: '#1d5fb4', width: 2 },
  })
  .withParams(
    {
      browserColorScheme: 'dark',
      backgroundColor: '#161b22',
      foregroundColor: '#e4e9f0',
      textColor: '#e4e9f0',
      subtleTextColor: '#aab4c0',
      accentColor: '#7fb2f0',
      borderColor: '#343d49',
      chromeBackgroundColor: '#1d232c',
      headerBackgroundColor: '#1d232c',
      headerTextColor: '#dde3ea',
      rowHoverColor: '#1f2a38',
      selectedRowBackgroundColor: '#233247',
      oddRowBackgroundColor: '#161b22',
      focusShadow: { spread: 3, color: '#7fb2f066' },
      menuBackgroundColor: '#1d232c',
      menuTextColor: '#e4e9f0',
      inputFocusBorder: { color: '#7fb2f0', width: 2 },
    },
    'dark',
  );
