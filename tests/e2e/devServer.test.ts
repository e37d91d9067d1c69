// `npm run dev` serves the app on the seeds, with no errors in the page.
import { afterAll, beforeAll, expect, test } from 'vitest';
import { createServer, type ViteDevServer } from 'vite';
import type { Browser } from 'playwright-core';
import { collectErrors, launchBrowser } from './browser.ts';

let server: ViteDevServer;
let browser: Browser;

beforeAll(async () => {
  server = await createServer({ configFile: 'vite.config.ts', logLevel: 'silent', server: { host: '127.0.0.1', port: 0, hmr: false } });
  await server.listen();
  browser = await launchBrowser();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

test('the dev server shows the seed article’s events', async () => {
  const page = await browser.newPage();
  const errors = collectErrors(page);
  await page.goto(server.resolvedUrls!.local[0]!);
  await page.getByRole('heading', { name: /Events in time order/ }).waitFor({ timeout: 30_000 });
  expect(await page.locator('li time[datetime="2024-04-03"]').count()).toBeGreaterThan(0);
  expect(errors).toEqual([]);
}, 60_000);
