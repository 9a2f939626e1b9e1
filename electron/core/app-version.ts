// The app's version, from package.json as Electron's app.getVersion() reads it, for the hosts that
// run without Electron (the CLI, `ewb serve`, tests): briefs print it in their method appendix.
import packageJson from '../../package.json' with { type: 'json' };

export const APP_VERSION: string = packageJson.version;
