// Playwright for the desktop app itself (Electron), apart from test/playwright.config.ts which
// drives the browser-served mode in Chromium. Run: npm run test:e2e-electron.
import { fileURLToPath } from 'node:url';
import { defineConfig } from '@playwright/test';

export default defineConfig({
  testDir: fileURLToPath(new URL('.', import.meta.url)),
  testMatch: '*.spec.ts',
  outputDir: fileURLToPath(new URL('../../test-results/e2e-electron', import.meta.url)),
  // One Electron at a time: each holds a window, a library file and the single-instance lock.
  workers: 1,
  fullyParallel: false,
  // The first run may build better-sqlite3 for Electron (about a minute) before the app starts.
  timeout: 60_000,
  expect: { timeout: 15_000 },
  reporter: [['list']],
  forbidOnly: !!process.env.CI,
});
