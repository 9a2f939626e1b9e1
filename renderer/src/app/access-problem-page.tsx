// The full page shown when the browser-served mode cannot be used: the page was opened without
// the token `ewb serve` printed, or the server no longer accepts it (it was restarted).
import type { AccessProblem } from '../transport/api-client';
import { useDocumentTitle } from './use-document-title';

export function AccessProblemPage({ problem }: { problem: Exclude<AccessProblem, null> }) {
  useDocumentTitle('Access token needed');
  return (
    <main className="access-page" id="main-content">
      <div className="access-page__card">
        <h1>
          Open the address printed by <code>ewb serve</code>, including its token
        </h1>
        {problem === 'missing-token' ? (
          <p>
            This page was opened without its access token. To keep your library private, Evidence Workbench
            only answers a browser that was given the one-off address it printed when it started.
          </p>
        ) : (
          <p>
            The access token in this tab is no longer accepted. The server has probably been restarted since
            the page was opened; each start prints a new address with a new token.
          </p>
        )}
        <p>The address looks like this, with a long token at the end:</p>
        <pre className="access-page__example">
          <code>http://127.0.0.1:PORT/?token=…</code>
        </pre>
        <p>Copy the whole address from the terminal where you ran the command and open it in this browser.</p>
      </div>
    </main>
  );
}
