// The default library lives in the same per-user folder Electron uses for the app.
import { describe, expect, it } from 'vitest';
import { defaultLibraryPath, userDataDir } from '../../electron/core/user-data';

describe('userDataDir', () => {
  it('follows each platform’s convention', () => {
    expect(userDataDir('linux', {}, '/home/ana')).toBe('/home/ana/.config/Evidence Workbench');
    expect(userDataDir('linux', { XDG_CONFIG_HOME: '/cfg' }, '/home/ana')).toBe('/cfg/Evidence Workbench');
    expect(userDataDir('darwin', {}, '/Users/ana')).toBe(
      '/Users/ana/Library/Application Support/Evidence Workbench',
    );
    expect(userDataDir('win32', { APPDATA: 'C:/Users/ana/AppData/Roaming' }, 'C:/Users/ana')).toMatch(
      /Roaming[\\/]Evidence Workbench$/,
    );
    expect(userDataDir('linux', { EWB_USER_DATA: '/tmp/x' }, '/home/ana')).toBe('/tmp/x');
  });

  it('names the default library file', () => {
    expect(defaultLibraryPath('/data')).toBe('/data/Evidence library.ewb');
  });
});
