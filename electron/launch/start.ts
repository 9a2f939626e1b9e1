// What `npm start` runs after the build: the desktop window when Electron can be had here, and
// otherwise the browser-served mode, saying why in one line.
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runInForeground } from './child';
import { electronVersion, installedElectronBinary, obtainElectron } from './electron-binary';
import { browserModeArgs, electronEnv, fallbackLine, planLaunch } from './launch-plan';
import { ensureElectronNativeBinding } from './native-binding';

const appRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const args = process.argv.slice(2);
const say = (line: string) => process.stdout.write(`${line}\n`);

const version = electronVersion(appRoot);
if (installedElectronBinary(appRoot) === null)
  say(`Getting Electron ${version} (downloaded once, about 100 MB)…`);
const electron = await obtainElectron(appRoot);
const native = electron.ok
  ? await ensureElectronNativeBinding({
      appRoot,
      electronPath: electron.path,
      electronVersion: version,
      log: say,
    })
  : null;
const plan = planLaunch(electron, native);

if (plan.mode === 'electron') {
  say(`Starting Evidence Workbench (Electron ${version})…`);
  process.exitCode = await runInForeground(plan.electronPath, [appRoot, ...args], {
    cwd: appRoot,
    env: electronEnv(process.env, plan.nativeBinding),
  });
} else {
  say(fallbackLine(plan.why));
  process.exitCode = await runInForeground(process.execPath, browserModeArgs(args), { cwd: appRoot });
}
