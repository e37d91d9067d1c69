import { existsSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';
import { inject } from 'vitest';

/** Where the tests look for Chromium: `CHROMIUM_PATH`, else Debian's package. Browser downloads are not used. */
export function chromiumPath(): string {
  const path = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
  if (!existsSync(path)) {
    throw new Error(
      `The browser tests need Chromium, and there is no Chromium at ${path}.\n` +
        `Install Debian's package (sudo apt-get install -y chromium) or point CHROMIUM_PATH at a Chromium or Chrome binary, ` +
        `e.g. CHROMIUM_PATH=/opt/chrome/chrome npm test`,
    );
  }
  return path;
}

/** Flags for a headless run on a machine with no GPU and a closed network. */
const args = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Launches Chromium for a test; without one, the test fails with the instructions from `chromiumPath`. */
export function launchBrowser(): Promise<Browser> {
  const problem = inject('browserProblem');
  if (problem) throw new Error(problem);
  return chromium.launch({ executablePath: chromiumPath(), headless: true, args });
}

/** Collects the page's uncaught errors and console errors, for a test that the page ran cleanly. */
export function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  return errors;
}
