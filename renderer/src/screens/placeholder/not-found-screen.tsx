// An address that matches no screen.
import { useDocumentTitle } from '../../app/use-document-title';
import { hrefFor } from '../../routing/routes';

export function NotFoundScreen({ path }: { path: string }) {
  useDocumentTitle('Page not found');
  return (
    <div className="page page--narrow">
      <header className="page-header">
        <h1>Page not found</h1>
        <p className="page-header__lead">
          There is no page at <code>{path}</code>. The link may be mistyped or out of date.
        </p>
      </header>
      <p>
        <a href={hrefFor({ screen: 'catalogue' })}>Go to the Catalogue</a>
      </p>
    </div>
  );
}
