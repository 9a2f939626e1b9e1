// Follows the system's light or dark preference. The app's own CSS switches by media query; this
// keeps AG Grid's theme mode (an attribute on <html>) in step with it.
import { useEffect, useSyncExternalStore } from 'react';

const QUERY = '(prefers-color-scheme: dark)';

function subscribe(onChange: () => void): () => void {
  const media = window.matchMedia(QUERY);
  media.addEventListener('change', onChange);
  return () => media.removeEventListener('change', onChange);
}

const isDark = () => window.matchMedia(QUERY).matches;

export function useColourScheme(): 'light' | 'dark' {
  const scheme = useSyncExternalStore(subscribe, isDark) ? 'dark' : 'light';
  useEffect(() => {
    document.documentElement.dataset.agThemeMode = scheme;
  }, [scheme]);
  return scheme;
}
