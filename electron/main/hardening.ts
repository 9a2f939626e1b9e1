// Electron's security checklist applied to the session and to every web contents: no permissions,
// no remote requests, no navigation away from the app, no new windows, no <webview>.
import type { Session, WebContents } from 'electron';
import { isAllowedExternalUrl, isAllowedRequestUrl, isAppUrl } from './navigation';

/** Denies every permission (camera, notifications, clipboard, …) and every remote request. */
export function hardenSession(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
  session.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: !isAllowedRequestUrl(details.url) });
  });
}

/**
 * Keeps a web contents on our pages. Links to http(s) the user follows open in the default
 * browser instead; anything else is dropped.
 */
export function guardWebContents(contents: WebContents, openExternal: (url: string) => void): void {
  const leave = (url: string) => {
    if (isAllowedExternalUrl(url)) openExternal(url);
  };
  // 'will-navigate' is the main frame's; a followed link goes to the browser.
  contents.on('will-navigate', (event) => {
    if (isAppUrl(event.url)) return;
    event.preventDefault();
    if (event.isMainFrame) leave(event.url);
  });
  // 'will-frame-navigate' is every frame's, so an iframe cannot leave the app either.
  contents.on('will-frame-navigate', (event) => {
    if (!isAppUrl(event.url)) event.preventDefault();
  });
  contents.on('will-redirect', (event) => {
    if (!isAppUrl(event.url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    leave(url);
    return { action: 'deny' };
  });
}
