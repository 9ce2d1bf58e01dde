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

/** The specs that build a site of their own besides the one under test. */
const BUILDS = ['**/site.e2e.ts', '**/prerender.e2e.ts'];
const browser = { ...devices['Desktop Chrome'], launchOptions: chromiumLaunchOptions() };

export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.e2e.ts',
  fullyParallel: true,
  // One worker more than the cores, at most four. A test mostly waits (on the page, a worker, the
  // preview server): with one worker per core, 2 cores were busy 39 % of the run (219 s of CPU in
  // 4.7 min); a third worker fills some of the rest.
  workers: Math.min(4, cpus().length + 1),
  // The slowest honest test (axe on a full comparison) takes about 8 s idle and 20 s beside two
  // busy loops on 2 cores: 60 s leaves margin without hiding a hang.
  timeout: 60_000,
  expect: { timeout: 15_000 },
  forbidOnly: !!process.env.CI,
  // In CI one retry, so that a test which fails once and then passes is reported as flaky (the
  // list reporter names it) rather than blocking a landing; locally none. Each flaky test is a
  // defect to fix: three fresh-clone runs on 2026-12-08 each had a different one, each then fixed.
  retries: process.env.CI ? 1 : 0,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: 'off',
    actionTimeout: 15_000,
    navigationTimeout: 30_000,
    // Chinese is the interface's first language; tests that need English set lang=en.
    locale: 'zh-CN',
  },
  // Two projects only to order the run: the runner hands out the first project's tests first, so
  // the specs that build sites of their own (a sub-path, a large collection, passim's) start at
  // once beside the rest, instead of ending the run on one worker while the others sit idle.
  projects: [
    { name: 'builds', testMatch: BUILDS, use: browser },
    { name: 'chromium', testIgnore: BUILDS, use: browser },
  ],
  // The built site, as a static host would serve it (npm test builds first).
  webServer: {
    command: `npx vite preview --port ${PORT} --strictPort --host 127.0.0.1`,
    url: `http://127.0.0.1:${PORT}`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
