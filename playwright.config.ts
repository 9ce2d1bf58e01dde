import { cpus } from 'node:os';
import { defineConfig, devices } from '@playwright/test';
import { chromiumLaunchOptions } from './tools/chromium.ts';

/**
 * The test server's port. The runner picks one once and its workers inherit it through the
 * environment; strictPort and no server reuse mean a port someone else holds fails loudly
 * instead of testing their site. E2E_PORT sets it by hand.
 */
process.env.E2E_PORT ??= String(20_000 + (process.pid % 20_000));
const PORT = Number(process.env.E2E_PORT);

export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.e2e.ts',
  fullyParallel: true,
  // One worker per core, at most four: each runs a Chromium beside the preview server.
  workers: Math.max(1, Math.min(4, cpus().length)),
  // The slowest honest test (axe on a full comparison) takes about 8 s idle and 20 s beside two
  // busy loops on 2 cores: 60 s leaves margin without hiding a hang.
  timeout: 60_000,
  expect: { timeout: 15_000 },
  forbidOnly: !!process.env.CI,
  retries: 0,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: 'off',
    actionTimeout: 15_000,
    navigationTimeout: 30_000,
    // Chinese is the interface's first language; tests that need English set lang=en.
    locale: 'zh-CN',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: chromiumLaunchOptions(),
      },
    },
  ],
  // The built site, as a static host would serve it (npm test builds first).
  webServer: {
    command: `npx vite preview --port ${PORT} --strictPort --host 127.0.0.1`,
    url: `http://127.0.0.1:${PORT}`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
