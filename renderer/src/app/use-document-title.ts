// Each screen names the window/tab after what it shows.
import { useEffect } from 'react';

export function useDocumentTitle(title: string | null): void {
  useEffect(() => {
    document.title = title === null ? 'Evidence Workbench' : `${title} — Evidence Workbench`;
  }, [title]);
}
