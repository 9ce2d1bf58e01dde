import { chromium } from '@playwright/test';
import { existsSync } from 'node:fs';

/**
 * How the tests and the bench launch Chromium. No browser can be downloaded on our machines: use
 * CHROMIUM_PATH, else Playwright's own Chromium when one is installed, else Debian's
 * /usr/bin/chromium.
 */
export function chromiumLaunchOptions(): { executablePath: string | undefined; args: string[] } {
  const own = existsSync(chromium.executablePath()) ? undefined : '/usr/bin/chromium';
  return {
    executablePath: process.env.CHROMIUM_PATH || own,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
    ],
  };
}
