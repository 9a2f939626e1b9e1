// The command palette (Ctrl/Cmd+K): a modal dialog with a combobox that jumps to any screen, or,
// as you type, to any record the library's full-text search finds.
import {
  type KeyboardEvent,
  type ReactNode,
  useCallback,
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
} from 'react';
import type { SearchHit } from '../../../shared/model/finding';
import { openUndoDialog } from '../app/undo-last-change';
import { useLibraryInfo } from '../data/app-data';
import { createOpenFlag } from './open-flag';
import { hrefFor, navigate, screenHref } from '../routing/routes';
import { Highlighted } from '../screens/search/highlighted';
import { hitHref, openHit, plainText } from '../screens/search/hit-links';
import { MAX_QUERY_LENGTH, useSearch } from '../screens/search/use-search';

// ---- Opening it from anywhere (the shortcut, the sidebar's button) ----------------------------

const palette = createOpenFlag();

export function openCommandPalette(): void {
  palette.set(true);
}

/** "Ctrl+K", or "⌘K" on a Mac. */
export function paletteShortcutLabel(): string {
  return /Mac|iPhone|iPad/.test(navigator.platform) ? '⌘K' : 'Ctrl+K';
}

// ---- What it lists ------------------------------------------------------------------------------

const SCREENS = [
  { screen: 'catalogue', label: 'Catalogue' },
  { screen: 'evaluations', label: 'Evaluations' },
  { screen: 'outcome-results', label: 'Outcome results' },
  { screen: 'organisations', label: 'Organisations' },
  { screen: 'compare', label: 'Compare' },
  { screen: 'toolkit', label: 'Toolkit' },
  { screen: 'gap-map', label: 'Evidence gap map' },
  { screen: 'briefs', label: 'Briefs' },
  { screen: 'library', label: 'Library' },
  { screen: 'import', label: 'Import from a spreadsheet' },
  { screen: 'settings', label: 'Library settings' },
  { screen: 'reference-data', label: 'Reference data' },
] as const;

const RECORD_LIMIT = 20;
const RECORDS_SHOWN = 8;
const KIND_ORDER: SearchHit['entityType'][] = ['intervention', 'evaluation', 'organisation'];
const TYPE_DELAY_MS = 150;
const KIND_LABELS: Record<SearchHit['entityType'], string> = {
  intervention: 'Intervention',
  evaluation: 'Evaluation',
  organisation: 'Organisation',
};

interface Option {
  key: string;
  group: 'screens' | 'records' | 'actions' | 'more';
  label: ReactNode;
  /** What a screen reader reads for it. */
  text: string;
  detail?: ReactNode;
  run: () => void;
}

const UNDO_LABEL = 'Undo last change…';

function optionsFor(text: string, hits: SearchHit[] | null, canChange: boolean): Option[] {
  const typed = text.trim().toLowerCase();
  const actions: Option[] =
    canChange && (typed === '' || UNDO_LABEL.toLowerCase().includes(typed))
      ? [
          {
            key: 'action:undo',
            group: 'actions',
            label: UNDO_LABEL,
            text: `${UNDO_LABEL} (shows the change first)`,
            run: openUndoDialog,
          },
        ]
      : [];
  const screens: Option[] = SCREENS.filter((s) => typed === '' || s.label.toLowerCase().includes(typed)).map(
    (s) => ({
      key: `screen:${s.screen}`,
      group: 'screens',
      label: s.label,
      text: `${s.label} (screen)`,
      run: () => navigate(screenHref(s.screen)),
    }),
  );
  // Records with a page to open: interventions first (the usual place to jump to), then
  // evaluations, then organisations, each in rank order.
  const records: Option[] = (hits ?? [])
    .filter((hit) => hitHref(hit) !== null)
    .sort((a, b) => KIND_ORDER.indexOf(a.entityType) - KIND_ORDER.indexOf(b.entityType))
    .slice(0, RECORDS_SHOWN)
    .map((hit) => ({
      key: `${hit.entityType}:${hit.entityId}`,
      group: 'records',
      label: (
        <>
          <Highlighted parts={hit.title} />
          {/* When only the text matched, show where, so the choice is not a mystery. */}
          {!hit.title.some((p) => p.match) && hit.snippet.length > 0 && (
            <span className="palette__option-snippet">
              <Highlighted parts={hit.snippet} />
            </span>
          )}
        </>
      ),
      text: `${plainText(hit.title)} (${KIND_LABELS[hit.entityType].toLowerCase()})`,
      detail: KIND_LABELS[hit.entityType],
      run: () => void openHit(hit),
    }));
  const more: Option[] =
    typed === ''
      ? []
      : [
          {
            key: 'search',
            group: 'more',
            label: `Search for “${text.trim()}”`,
            text: `Search for “${text.trim()}” — all results`,
            detail: 'All results',
            run: () => navigate(hrefFor({ screen: 'search', query: text.trim() })),
          },
        ];
  return [...records, ...screens, ...actions, ...more];
}

const GROUP_LABELS: Record<Option['group'], string> = {
  records: 'Records',
  screens: 'Screens',
  actions: 'Actions',
  more: 'Search',
};

// ---- The dialog ---------------------------------------------------------------------------------

export function CommandPalette() {
  const isOpen = palette.useOpen();

  useEffect(() => {
    const onKeyDown = (event: globalThis.KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === 'k') {
        event.preventDefault();
        palette.set(!palette.get());
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);

  return isOpen ? <PaletteDialog onClose={() => palette.set(false)} /> : null;
}

function PaletteDialog({ onClose }: { onClose: () => void }) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const returnFocus = useRef<Element | null>(null);
  const [text, setText] = useState('');
  // The chosen option by key, so it stays chosen when search results arrive and the list shifts.
  const [activeKey, setActiveKey] = useState<string | null>(null);
  const baseId = useId();
  const titleId = `${baseId}-title`;
  const listId = `${baseId}-list`;
  const hintId = `${baseId}-hint`;
  const optionId = (i: number) => `${baseId}-option-${i}`;

  const search = useSearch(text, RECORD_LIMIT, TYPE_DELAY_MS);
  const hits = search.status === 'ok' ? search.hits : search.status === 'loading' ? search.previous : null;
  const canChange = useLibraryInfo().readOnlyReason === null;
  const options = useMemo(
    () => optionsFor(text, text.trim() === '' ? null : hits, canChange),
    [text, hits, canChange],
  );
  const keyedIndex = options.findIndex((o) => o.key === activeKey);
  const activeIndex = options.length === 0 ? -1 : Math.max(keyedIndex, 0);
  const setActive = (index: number) => setActiveKey(options[index]?.key ?? null);

  // A modal <dialog>: the rest of the page is inert (focus stays inside) and Escape closes it.
  useEffect(() => {
    const dialog = dialogRef.current;
    returnFocus.current = document.activeElement;
    dialog?.showModal();
    inputRef.current?.focus();
    return () => {
      dialog?.close();
      const previous = returnFocus.current;
      if (previous instanceof HTMLElement && previous.isConnected) previous.focus();
    };
  }, []);

  useEffect(() => {
    if (activeIndex < 0) return;
    document.getElementById(`${baseId}-option-${activeIndex}`)?.scrollIntoView({ block: 'nearest' });
  }, [activeIndex, baseId]);

  const choose = useCallback(
    (option: Option | undefined) => {
      if (option === undefined) return;
      // Close first: focus goes back to where it was, then the next screen (if any) takes it.
      onClose();
      option.run();
    },
    [onClose],
  );

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const count = options.length;
    if (event.key === 'ArrowDown' && count > 0) {
      event.preventDefault();
      setActive((activeIndex + 1) % count);
    } else if (event.key === 'ArrowUp' && count > 0) {
      event.preventDefault();
      setActive((activeIndex - 1 + count) % count);
    } else if (event.key === 'Home' && count > 0 && event.ctrlKey) {
      event.preventDefault();
      setActive(0);
    } else if (event.key === 'End' && count > 0 && event.ctrlKey) {
      event.preventDefault();
      setActive(count - 1);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      choose(options[activeIndex]);
    }
  };

  const groups = (['records', 'screens', 'actions', 'more'] as const)
    .map((group) => ({
      group,
      items: options.map((o, i) => ({ o, i })).filter(({ o }) => o.group === group),
    }))
    .filter((g) => g.items.length > 0);

  const searching = search.status === 'loading' && text.trim() !== '';
  const status =
    text.trim() === ''
      ? ''
      : searching
        ? 'Searching…'
        : search.status === 'error'
          ? `The search failed: ${search.error.message}`
          : `${options.length} ${options.length === 1 ? 'choice' : 'choices'}`;

  return (
    // The native dialog handles Escape (its cancel event) and keeps focus inside while open.
    <dialog
      ref={dialogRef}
      className="palette"
      aria-modal="true"
      aria-labelledby={titleId}
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
      onClick={(e) => {
        if (e.target === dialogRef.current) onClose(); // a click on the backdrop
      }}
    >
      <h2 id={titleId} className="visually-hidden">
        Go to a screen or record
      </h2>
      <div className="palette__field">
        <input
          ref={inputRef}
          className="palette__input"
          type="text"
          role="combobox"
          aria-label="Go to a screen or record"
          aria-expanded={options.length > 0}
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={activeIndex >= 0 ? optionId(activeIndex) : undefined}
          aria-describedby={hintId}
          placeholder="Go to a screen, or search interventions, evaluations and organisations…"
          autoComplete="off"
          spellCheck={false}
          maxLength={MAX_QUERY_LENGTH}
          value={text}
          onChange={(e) => {
            setText(e.target.value);
            setActiveKey(null);
          }}
          onKeyDown={onKeyDown}
        />
      </div>
      {/* Options are chosen from the input (aria-activedescendant); a scrolling list must not be a tab stop. */}
      <div
        id={listId}
        role="listbox"
        aria-label="Screens and records"
        className="palette__list"
        tabIndex={-1}
      >
        {groups.map(({ group, items }) => (
          <div key={group} role="group" aria-labelledby={`${baseId}-${group}`} className="palette__group">
            <div id={`${baseId}-${group}`} className="palette__group-label" role="presentation">
              {GROUP_LABELS[group]}
            </div>
            {items.map(({ o, i }) => (
              <div
                key={o.key}
                id={optionId(i)}
                role="option"
                aria-selected={i === activeIndex}
                aria-label={o.text}
                className="palette__option"
                onMouseMove={() => {
                  if (i !== activeIndex) setActive(i);
                }}
                onClick={() => choose(o)}
              >
                <span className="palette__option-label">{o.label}</span>
                {o.detail !== undefined && <span className="palette__option-detail">{o.detail}</span>}
              </div>
            ))}
          </div>
        ))}
      </div>
      <div className="palette__footer">
        <p id={hintId} className="palette__hint">
          ↑ ↓ to choose, Enter to open, Esc to close
        </p>
        <p className="palette__status" role="status" aria-live="polite">
          {status}
        </p>
      </div>
    </dialog>
  );
}
