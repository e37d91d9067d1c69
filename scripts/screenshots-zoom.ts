// Screenshots of the chart at three zoom levels for the README: `tsx scripts/screenshots-zoom.ts` (builds the app).
// A synthetic timeline of 3,000 events (1900–2025, with dense clusters) is loaded with ?src=; the chart is shown
// whole (clusters with counts, decades), at about a year (marks, lanes, labels; months over years), and at three days
// (hours over days over months). Writes docs/zoom-1-all.png, docs/zoom-2-year.png and docs/zoom-3-days.png.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { exportJson } from '../src/lib/formats/index.ts';
import { syntheticTimeline } from './bench/syntheticTimeline.ts';
import { serveStatic } from './bench/staticServer.ts';

const work = mkdtempSync(join(tmpdir(), 'zoom-shots-'));
const [appDir, dataDir] = [join(work, 'app'), join(work, 'data')];
const vite = resolve('node_modules/vite/bin/vite.js');
const built = spawnSync(process.execPath, [vite, 'build', '--outDir', appDir, '--emptyOutDir', '--logLevel', 'warn'], { encoding: 'utf8' });
if (built.status !== 0) throw new Error(`vite build failed:\n${built.stdout}\n${built.stderr}`);
mkdirSync(dataDir);
const timeline = syntheticTimeline(3000, { seed: 3, burst: { from: Date.UTC(1969, 6, 14), days: 12 } });
writeFileSync(join(dataDir, 'timeline.json'), exportJson(timeline, { indent: 0 }));

const { url, server } = await serveStatic({ '/data/': dataDir, '/': appDir });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
});
try {
  const page = await browser.newPage({ viewport: { width: 1200, height: 760 }, deviceScaleFactor: 1 });
  await page.goto(`${url}/?src=/data/timeline.json`);
  await page.getByRole('heading', { name: /Events in time order/ }).waitFor();
  const chart = page.locator('.chart');
  const settle = () => page.waitForTimeout(500);
  mkdirSync('docs', { recursive: true });

  await settle();
  await chart.screenshot({ path: 'docs/zoom-1-all.png' });

  // About a year around July 1969: the selected event's three days, then ten zoom steps of 1.6 out.
  const event = timeline.events.find((e) => e.title === 'Burst event 6')!;
  // The list is windowed, so the event is chosen through the address, as a shared link would.
  await page.goto(`${url}/?src=/data/timeline.json&event=${encodeURIComponent(event.id)}`);
  await page.getByRole('heading', { name: /Events in time order/ }).waitFor();
  await page.getByRole('button', { name: 'Zoom to the selected event' }).click();
  await settle();
  await page.getByRole('group', { name: /Timeline chart/ }).focus();
  for (let i = 0; i < 10; i++) await page.keyboard.press('-');
  await settle();
  await chart.screenshot({ path: 'docs/zoom-2-year.png' });

  await page.getByRole('button', { name: 'Zoom to the selected event' }).click();
  await settle();
  await chart.screenshot({ path: 'docs/zoom-3-days.png' });
  console.log('wrote docs/zoom-1-all.png, docs/zoom-2-year.png and docs/zoom-3-days.png');
} finally {
  await browser.close();
  server.close();
  rmSync(work, { recursive: true, force: true });
}
