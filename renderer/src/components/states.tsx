// What a screen shows while it loads, when a call fails, and when there is nothing to show.
import type { ReactNode } from 'react';
import type { ApiCallError } from '../transport/api-client';

export function LoadingState({ label = 'Loading…' }: { label?: string }) {
  return (
    <div className="state state--loading" role="status">
      <span className="spinner" aria-hidden="true" />
      <span>{label}</span>
    </div>
  );
}

export function ErrorState({
  title = 'Something went wrong',
  error,
  onRetry,
}: {
  title?: string;
  error: ApiCallError;
  onRetry?: () => void;
}) {
  return (
    <div className="notice notice--error" role="alert">
      <h2 className="notice__title">{title}</h2>
      <p>{error.message}</p>
      {error.field !== undefined && <p className="muted">Field: {error.field}</p>}
      {onRetry !== undefined && (
        <button type="button" className="button" onClick={onRetry}>
          Try again
        </button>
      )}
    </div>
  );
}

export function EmptyState({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <div className="state state--empty">
      <p className="state__title">{title}</p>
      {children}
    </div>
  );
}

export function Notice({
  tone = 'info',
  title,
  children,
  role,
}: {
  tone?: 'info' | 'warning' | 'error' | 'illustrative';
  title?: string;
  children: ReactNode;
  role?: 'status' | 'note';
}) {
  return (
    <div className={`notice notice--${tone}`} role={role}>
      {title !== undefined && <p className="notice__title">{title}</p>}
      <div className="notice__body">{children}</div>
    </div>
  );
}

/** Says, politely, that a new answer is on its way while the previous one stays on screen. */
export function UpdatingStatus({ updating }: { updating: boolean }) {
  return (
    <p className="pooling-controls__status" role="status">
      {updating && (
        <>
          <span className="spinner spinner--small" aria-hidden="true" /> Updating…
        </>
      )}
    </p>
  );
}
