// Search results across the library (`#/search/<query>`): hits grouped by kind of record, the
// matched words highlighted, each linking to its record's page where it has one.
import { type FormEvent, useEffect, useId, useState } from 'react';
import { formatCount } from '../../../../shared/format';
import type { SearchHit } from '../../../../shared/model/finding';
import { useDocumentTitle } from '../../app/use-document-title';
import { EmptyState, ErrorState, LoadingState } from '../../components/states';
import { hrefFor } from '../../routing/routes';
import { Highlighted } from './highlighted';
import { hitHref, plainText } from './hit-links';
import { MAX_QUERY_LENGTH, useSearch } from './use-search';

const RESULT_LIMIT = 50;
const TYPE_DELAY_MS = 250;

const GROUPS: { type: SearchHit['entityType']; title: string; noun: string }[] = [
  { type: 'intervention', title: 'Interventions', noun: 'intervention' },
  { type: 'evaluation', title: 'Evaluations', noun: 'evaluation' },
  { type: 'organisation', title: 'Organisations', noun: 'organisation' },
];

function HitItem({ hit }: { hit: SearchHit }) {
  const href = hitHref(hit);
  const title = plainText(hit.title) === '' ? [{ text: 'Untitled', match: false }] : hit.title;
  return (
    <li className="search-hit" data-entity-type={hit.entityType}>
      <p className="search-hit__title">
        {href === null ? (
          <Highlighted parts={title} />
        ) : (
          <a href={href}>
            <Highlighted parts={title} />
          </a>
        )}
      </p>
      {hit.snippet.length > 0 && (
        <p className="search-hit__snippet">
          <Highlighted parts={hit.snippet} />
        </p>
      )}
    </li>
  );
}

function Results({ hits }: { hits: SearchHit[] }) {
  return (
    <>
      {GROUPS.map((group) => {
        const inGroup = hits.filter((h) => h.entityType === group.type);
        if (inGroup.length === 0) return null;
        const headingId = `search-group-${group.type}`;
        return (
          <section key={group.type} className="search-group" aria-labelledby={headingId}>
            <h2 id={headingId}>
              {group.title} <span className="search-group__count">({inGroup.length})</span>
            </h2>
            <ul className="search-hits">
              {inGroup.map((hit) => (
                <HitItem key={`${hit.entityType}:${hit.entityId}`} hit={hit} />
              ))}
            </ul>
          </section>
        );
      })}
    </>
  );
}

export function SearchScreen({ query }: { query: string }) {
  const [text, setText] = useState(query);
  const inputId = useId();
  useDocumentTitle(query.trim() === '' ? 'Search' : `Search: ${query.trim()}`);

  // Arriving from elsewhere (the command palette) with another query.
  const [seenQuery, setSeenQuery] = useState(query);
  if (query !== seenQuery) {
    setSeenQuery(query);
    if (text.trim() !== query.trim()) setText(query);
  }

  // Keep the address in step with what is typed, without a history entry per keystroke.
  useEffect(() => {
    const timer = window.setTimeout(() => {
      const href = hrefFor({ screen: 'search', query: text.trim() });
      if (window.location.hash !== href) {
        const url = new URL(window.location.href);
        url.hash = href;
        window.history.replaceState(window.history.state, '', url.href);
      }
    }, TYPE_DELAY_MS);
    return () => window.clearTimeout(timer);
  }, [text]);

  const state = useSearch(text, RESULT_LIMIT, TYPE_DELAY_MS);
  const onSubmit = (event: FormEvent) => event.preventDefault();

  return (
    <div className="page search-screen">
      <header className="page-header">
        <h1>Search</h1>
        <p className="page-header__lead">
          Interventions, evaluations and organisations in this library. Words match from their start, so
          “mentor” finds “mentoring”.
        </p>
      </header>
      <form role="search" className="search-screen__form" onSubmit={onSubmit}>
        <label htmlFor={inputId} className="search-field__label">
          Search the library
        </label>
        <input
          id={inputId}
          type="search"
          className="input search-screen__input"
          value={text}
          maxLength={MAX_QUERY_LENGTH}
          autoComplete="off"
          spellCheck={false}
          onChange={(e) => setText(e.target.value)}
        />
      </form>
      <p className="search-screen__status" role="status" aria-live="polite">
        {state.status === 'ok'
          ? state.hits.length === 0
            ? `Nothing matches “${state.query}”.`
            : `${formatCount(state.hits.length, 'result')} for “${state.query}”${
                state.hits.length >= RESULT_LIMIT ? ' (the best matches)' : ''
              }.`
          : ''}
      </p>
      {state.status === 'idle' && <EmptyState title="Type a word or a name to search the library." />}
      {state.status === 'loading' &&
        (state.previous === null ? <LoadingState label="Searching…" /> : <Results hits={state.previous} />)}
      {state.status === 'error' && <ErrorState title="The search failed" error={state.error} />}
      {state.status === 'ok' && <Results hits={state.hits} />}
    </div>
  );
}
