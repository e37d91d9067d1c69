// A large timeline file from another address arrives slowly: the page says how far it has got while the file comes,
// then shows the timeline.
import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { collectErrors, launchBrowser } from './browser.ts';
import { exportJson } from '../../src/lib/formats/index.ts';
import { syntheticTimeline } from '../../scripts/bench/syntheticTimeline.ts';

const body = Buffer.from(exportJson(syntheticTimeline(4000, { seed: 5 }), { indent: 0 }));
let server: Server;
let address: string;
let browser: Browser;

beforeAll(async () => {
  // Sends the file in 40 pieces, 60 ms apart: about 2.4 s for the whole, as a slow link would.
  server = createServer((_request, response) => {
    response.writeHead(200, { 'content-type': 'application/json', 'access-control-allow-origin': '*' });
    const size = Math.ceil(body.length / 40);
    let at = 0;
    const next = () => {
      if (at >= body.length) return void response.end();
      response.write(body.subarray(at, (at += size)));
      setTimeout(next, 60);
    };
    next();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as { port: number }).port;
  address = `http://127.0.0.1:${port}/slow.json`;
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
});

test('the loading message counts the bytes and the events read, then the timeline appears', async () => {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const errors = collectErrors(page);
  await page.goto(`${inject('baseURL')}?src=${encodeURIComponent(address)}`);
  const status = page.getByRole('status').filter({ hasText: 'Loading the timeline from' });
  // Part of the way: some bytes read and some events already checked, fewer than the file holds.
  await expect.poll(async () => (await status.textContent()) ?? '', { timeout: 10_000 }).toMatch(/(kB|MB) read, [\d,]+ events?/);
  const events = Number(/([\d,]+) events?/.exec((await status.textContent())!)![1]!.replace(/,/g, ''));
  expect(events).toBeGreaterThan(0);
  expect(events).toBeLessThan(4000);
  await page.getByRole('heading', { name: /Events in time order/ }).waitFor({ timeout: 20_000 });
  expect(await status.count()).toBe(0);
  expect(errors).toEqual([]);
}, 30_000);
