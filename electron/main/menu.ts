// The application menu as data: File (new, open, recent, save a copy, quit) plus the standard Edit, View,
// Window and Help menus. Built from plain values so tests can read it without Electron.
import { basename } from 'node:path';
import type { MenuItemConstructorOptions } from 'electron';

export interface MenuActions {
  newLibrary: () => void;
  newLibraryFromSample: () => void;
  openLibrary: () => void;
  openRecent: (path: string) => void;
  saveCopy: () => void;
  clearRecent: () => void;
  showLibraryInFolder: () => void;
  about: () => void;
}

export interface MenuState {
  platform: NodeJS.Platform;
  /** DevTools and reload are for development only. */
  isPackaged: boolean;
  recent: readonly string[];
  hasLibrary: boolean;
}

function recentItems(state: MenuState, actions: MenuActions): MenuItemConstructorOptions[] {
  const items: MenuItemConstructorOptions[] = state.recent.map((path) => ({
    label: basename(path),
    sublabel: path,
    toolTip: path,
    click: () => actions.openRecent(path),
  }));
  if (items.length === 0) items.push({ label: 'No Recent Libraries', enabled: false });
  items.push(
    { type: 'separator' },
    { label: 'Clear Recent', enabled: state.recent.length > 0, click: actions.clearRecent },
  );
  return items;
}

export function menuTemplate(state: MenuState, actions: MenuActions): MenuItemConstructorOptions[] {
  const mac = state.platform === 'darwin';
  const file: MenuItemConstructorOptions = {
    label: '&File',
    submenu: [
      { label: 'New Library…', accelerator: 'CmdOrCtrl+N', click: actions.newLibrary },
      { label: 'New Library from Sample…', click: actions.newLibraryFromSample },
      { type: 'separator' },
      { label: 'Open Library…', accelerator: 'CmdOrCtrl+O', click: actions.openLibrary },
      { label: 'Open Recent', submenu: recentItems(state, actions) },
      { type: 'separator' },
      {
        label: 'Save a Copy…',
        accelerator: 'CmdOrCtrl+Shift+S',
        enabled: state.hasLibrary,
        click: actions.saveCopy,
      },
      { type: 'separator' },
      {
        label: mac ? 'Reveal Library in Finder' : 'Show Library in Folder',
        enabled: state.hasLibrary,
        click: actions.showLibraryInFolder,
      },
      { type: 'separator' },
      mac ? { role: 'close' } : { role: 'quit', label: 'Quit' },
    ],
  };
  const developing: MenuItemConstructorOptions[] = state.isPackaged
    ? []
    : [{ role: 'reload' }, { role: 'forceReload' }, { role: 'toggleDevTools' }, { type: 'separator' }];
  const view: MenuItemConstructorOptions = {
    label: '&View',
    submenu: [
      ...developing,
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      { type: 'separator' },
      { role: 'togglefullscreen' },
    ],
  };
  const about: MenuItemConstructorOptions = { label: 'About Evidence Workbench', click: actions.about };
  const help: MenuItemConstructorOptions = { role: 'help', submenu: mac ? [] : [about] };
  return [
    ...(mac
      ? [
          {
            label: 'Evidence Workbench',
            submenu: [
              about,
              { type: 'separator' },
              { role: 'services' },
              { type: 'separator' },
              { role: 'hide' },
              { role: 'hideOthers' },
              { role: 'unhide' },
              { type: 'separator' },
              { role: 'quit' },
            ],
          } satisfies MenuItemConstructorOptions,
        ]
      : []),
    file,
    { role: 'editMenu' },
    view,
    { role: 'windowMenu' },
    help,
  ];
}
